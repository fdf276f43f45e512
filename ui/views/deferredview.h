#pragma once

#include "views/view.h"

#include <QString>

#include <functional>

namespace tandem {

// A view built the first time it is shown or asked for, standing in the main window's navigation
// and stack until then. The window opens on the operations list, and building every other view
// with it (survivors, meetings, tips, protocols, the dashboard: two thirds of the window's
// construction) made the first screen wait for screens nobody had opened yet.
//
// It stands in fully: its title and icon are the view's own (declared by the view class as
// kTitle and kIcon, so they are written once), it keeps the document until the view exists and
// hands it over then, and it restores the view's saved layout when the view is built (a layout
// never restored is never saved over). `make` builds the view with the given parent and wires
// what the window wires to it.
class DeferredView : public View {
    Q_OBJECT

public:
    using Make = std::function<View*(QWidget* parent)>;

    // `context`: the view class's name with its namespace, the tr() context of `title`.
    DeferredView(const char* context, const char* title, const char* icon, const QString& objectName, Make make,
                 QWidget* parent);

    // The view, built now if it was not yet.
    View* view();

    QString title() const override;
    QString navigationText() const override;
    void setDocument(Document* document) override;
    void saveLayout(QSettings& settings) const override;
    void restoreLayout(const QSettings& settings) override;
    void takeFocus() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    const char* m_context;
    Make m_make;
    View* m_view = nullptr;
    Document* m_document = nullptr;
    QString m_settingsGroup; // where restoreLayout() found the view's layout
    bool m_layoutRestored = false;
};

} // namespace tandem
