#include "view.h"

namespace tandem {

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
