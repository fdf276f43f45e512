#include "reports/reportpreview.h"

#include "screenfit.h"
#include "widgets/named.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace tandem {

ReportPreview::ReportPreview(QPrinter* printer, QWidget* parent)
    : QDialog(parent)
    , m_pages(named<QPrintPreviewWidget>(QStringLiteral("reportPreviewPages"), printer, this))
    , m_pageText(named<QLabel>(QStringLiteral("reportPreviewPage"), this))
    , m_previous(named<QAction>(QStringLiteral("reportPreviewPrevious"), tr("&Previous Page"), this))
    , m_next(named<QAction>(QStringLiteral("reportPreviewNext"), tr("&Next Page"), this))
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    m_previous->setShortcut(QKeySequence::MoveToPreviousPage);
    m_next->setShortcut(QKeySequence::MoveToNextPage);

    auto* fitWidth = new QAction(tr("Fit &Width"), this);
    auto* fitPage = new QAction(tr("Whole P&age"), this);
    auto* zoomIn = new QAction(tr("Zoom &In"), this);
    auto* zoomOut = new QAction(tr("Zoom &Out"), this);
    auto* print = new QAction(tr("P&rint…"), this);
    print->setObjectName(QStringLiteral("reportPreviewPrint"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    print->setShortcut(QKeySequence::Print);

    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(print);
    tools->addSeparator();
    tools->addAction(fitWidth);
    tools->addAction(fitPage);
    tools->addAction(zoomIn);
    tools->addAction(zoomOut);
    tools->addSeparator();
    tools->addAction(m_previous);
    tools->addWidget(m_pageText);
    tools->addAction(m_next);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true); // Return closes, as Escape does
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(900, 1000));

    connect(m_pages, &QPrintPreviewWidget::paintRequested, this, &ReportPreview::paintRequested);
    connect(m_pages, &QPrintPreviewWidget::previewChanged, this, &ReportPreview::updatePageText);
    connect(fitWidth, &QAction::triggered, m_pages, &QPrintPreviewWidget::fitToWidth);
    connect(fitPage, &QAction::triggered, m_pages, &QPrintPreviewWidget::fitInView);
    connect(zoomIn, &QAction::triggered, m_pages, [this] { m_pages->zoomIn(); });
    connect(zoomOut, &QAction::triggered, m_pages, [this] { m_pages->zoomOut(); });
    connect(m_previous, &QAction::triggered, this, [this] {
        m_pages->setCurrentPage(m_pages->currentPage() - 1);
        updatePageText();
    });
    connect(m_next, &QAction::triggered, this, [this] {
        m_pages->setCurrentPage(m_pages->currentPage() + 1);
        updatePageText();
    });
    connect(print, &QAction::triggered, this, &ReportPreview::printRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_pages->fitToWidth();
    updatePageText();
}

void ReportPreview::updatePageText()
{
    const int page = m_pages->currentPage();
    const int pages = m_pages->pageCount();
    m_pageText->setText(pages > 0 ? tr("Page %1 of %2").arg(locale().toString(page), locale().toString(pages))
                                  : QString());
    m_previous->setEnabled(page > 1);
    m_next->setEnabled(page < pages);
}

} // namespace tandem
