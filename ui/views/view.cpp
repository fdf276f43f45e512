#include "view.h"

#include <QCoreApplication>

namespace tandem {

View::View(const char* title, const char* icon, QWidget* parent) : QWidget(parent), m_title(title), m_icon(icon) {}

QString View::title() const
{
    return m_title ? QCoreApplication::translate(metaObject()->className(), m_title) : QString();
}

QIcon View::icon() const
{
    return m_icon ? QIcon(QString::fromLatin1(m_icon)) : QIcon();
}

void View::setDocumentWhenShown(Document* document)
{
    m_pending = document;
    m_waiting = document && !isVisible();
    // Until then the view holds nothing of the old document.
    loadDocument(m_waiting ? nullptr : document);
}

void View::ensureLoaded()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    loadDocument(m_pending);
}

void View::loadDocument(Document*) {}

void View::showEvent(QShowEvent* event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

} // namespace tandem
