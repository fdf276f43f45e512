#pragma once

#include <QIcon>
#include <QWidget>

class QSettings;

namespace tandem {

class Document;

// One page of the main window, reached from the navigation list (Operations now; Today,
// Survivors, Directories, Exchange and Dashboard as they come). MainWindow hands every view the
// open document (the store and its undo stack) and asks it to save and restore its layout; a view
// never owns the document.
class View : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The name and icon in the navigation list: by default those given to the constructor below,
    // the title translated in the language loaded when it is asked for.
    virtual QString title() const;
    virtual QIcon icon() const;
    // The text of the view's navigation entry: the title, or the title with a count (e.g.
    // "Exchange (3)"); a view that changes it emits navigationTextChanged().
    virtual QString navigationText() const { return title(); }
    // The open document, or null after Close. The view must drop every pointer into the old one.
    virtual void setDocument(Document* document) = 0;
    // Splitter sizes, column widths and the like; `settings` is already in the view's group.
    virtual void saveLayout(QSettings& settings) const = 0;
    virtual void restoreLayout(const QSettings& settings) = 0;
    // Gives the keyboard to the view's main widget (e.g. its list).
    virtual void takeFocus() = 0;

Q_SIGNALS:
    void navigationTextChanged();

protected:
    // `title`: the view's name in English, marked with QT_TRANSLATE_NOOP in the context of the
    // view's own class (its tr() context: the class name with its namespace), so that title()
    // translates it there; `icon`: the icon's resource path. Both are string literals.
    View(const char* title, const char* icon, QWidget* parent);

    // For a view that reads its data only when it is first shown (a file opens on another view,
    // and its first screen should not wait for this one): setDocument() calls
    // setDocumentWhenShown(), which hands loadDocument() the document at once when the view is
    // visible (or the document is null), else at the first show or ensureLoaded(), whichever
    // comes first. Accessors that need the data call ensureLoaded().
    void setDocumentWhenShown(Document* document);
    void ensureLoaded();
    virtual void loadDocument(Document* document);
    void showEvent(QShowEvent* event) override;
    // The title as given to the constructor, untranslated.
    const char* titleSource() const { return m_title; }

private:
    const char* m_title = nullptr;
    const char* m_icon = nullptr;
    Document* m_pending = nullptr; // null once handed over (or when there is none)
    bool m_waiting = false;
};

} // namespace tandem
