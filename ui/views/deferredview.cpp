#include "deferredview.h"

#include "accessiblenames.h"
#include "widgets/columnfit.h"

#include <QCoreApplication>
#include <QSettings>
#include <QVBoxLayout>

namespace tandem {

DeferredView::DeferredView(const char* context, const char* title, const char* icon, const QString& objectName,
                           Make make, QWidget* parent)
    : View(title, icon, parent), m_context(context), m_make(std::move(make))
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
}

View* DeferredView::view()
{
    if (m_view)
        return m_view;
    m_view = m_make(this);
    m_make = nullptr;
    Q_ASSERT(m_view && m_view->objectName() == objectName());
    // What the window gives every field and table it has when it is built (MainWindow).
    nameFieldsByTheirLabels(m_view);
    ColumnFitter::installAll(m_view);
    layout()->addWidget(m_view);
    // Its size before its layout: a splitter restored at another width keeps its pixels, not its
    // proportions, and would not look as it was left.
    m_view->resize(size());
    connect(m_view, &View::navigationTextChanged, this, &View::navigationTextChanged);
    if (m_layoutRestored) {
        QSettings settings;
        settings.beginGroup(m_settingsGroup);
        m_view->restoreLayout(settings);
    }
    m_view->setDocument(m_document);
    // Built while this is shown (showEvent): shown now, not at the next turn of the event loop as a
    // layout would, so that it takes the focus at once.
    if (isVisible())
        m_view->show();
    return m_view;
}

QString DeferredView::title() const
{
    return m_view ? m_view->title() : QCoreApplication::translate(m_context, View::titleSource());
}

QString DeferredView::navigationText() const
{
    return m_view ? m_view->navigationText() : title();
}

void DeferredView::setDocument(Document* document)
{
    m_document = document;
    if (m_view)
        m_view->setDocument(document);
}

void DeferredView::saveLayout(QSettings& settings) const
{
    if (m_view)
        m_view->saveLayout(settings);
}

void DeferredView::restoreLayout(const QSettings& settings)
{
    if (m_view) {
        m_view->restoreLayout(settings);
        return;
    }
    m_settingsGroup = settings.group();
    m_layoutRestored = true;
}

void DeferredView::takeFocus()
{
    view()->takeFocus();
}

void DeferredView::showEvent(QShowEvent* event)
{
    view();
    View::showEvent(event);
}

} // namespace tandem
