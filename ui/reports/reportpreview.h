#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;

namespace tandem {

// The pages of a report as they will print, before anything leaves the office: fit to width or
// to the page, zoom, page by page, and Print…. Unlike QPrintPreviewDialog, whose own Print button
// paints straight onto the printer (so the copy would miss the audit log), Print… here only asks
// (printRequested) and the report dialog prints through its one audited path.
class ReportPreview : public QDialog {
    Q_OBJECT

public:
    // `printer` (not owned) gives the paper and resolution the pages are laid out for.
    explicit ReportPreview(QPrinter* printer, QWidget* parent = nullptr);

    // The pages as laid out (pageCount(), currentPage()).
    QPrintPreviewWidget* pages() const { return m_pages; }

Q_SIGNALS:
    // Paint the report on `printer`: the preview's own, recording the pages to show.
    void paintRequested(QPrinter* printer);
    // The user chose Print…
    void printRequested();

private:
    void updatePageText();

    QPrintPreviewWidget* m_pages;
    QLabel* m_pageText;
    QAction* m_previous;
    QAction* m_next;
};

} // namespace tandem
