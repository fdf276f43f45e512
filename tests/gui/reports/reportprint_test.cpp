// Preview and print of a report (issue 6) on a demo operation, through the window: the Report
// menu's dialog opens the preview, which lays the report out in pages; printing goes through the
// same painting to a QPrinter (here one that writes PDF, read back with pdftotext) and is
// recorded in the audit log; Print… in the preview takes the same audited path, never a print of
// its own; a preview alone leaves no entry (nothing left the office).

#include "guitest.h"

#include "actions.h"
#include "dialoganswers.h"
#include "reports/reportdialog.h"
#include "reports/reportpreview.h"
#include "mainwindow.h"
#include "demo/demo.h"
#include "report/document.h"
#include "store/store.h"
#include "testsupport.h"
#include "operations/operationsview.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QSpinBox>
#include <QSqlQuery>

using namespace tandem;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Dark pixels in the middle of the view, where the page fitted in it lies (away from its edges
// and their shadow): text was painted there.
int inkedPixels(const QImage& image)
{
    const QRect middle = image.rect().adjusted(image.width() / 4, image.height() / 4, -image.width() / 4,
                                               -image.height() / 4);
    int n = 0;
    for (int y = middle.top(); y <= middle.bottom(); ++y)
        for (int x = middle.left(); x <= middle.right(); ++x)
            n += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return n;
}

} // namespace

class ReportPrintTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempStore> m_file;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_operation;
    QString m_codeName;

    Store& store() { return *m_window->store(); }

    QStringList printEntries()
    {
        QStringList details;
        Result<QSqlQuery> q = store().exec(
            QStringLiteral("SELECT details FROM audit_log WHERE action = 'report' AND details LIKE '%; print; %' "
                           "ORDER BY seq"));
        while (q && q->next())
            details << q->value(0).toString();
        return details;
    }
    qint64 reportEntries()
    {
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'report'"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A small demo task force, made once; every test opens the same file.
        m_file = std::make_unique<test::TempStore>(QStringLiteral("Demo Task Force"));
        demo::Options options;
        options.operations = 12;
        QVERIFY(demo::generate(**m_file, options));
        // The completed operation with the most survivors: a report with several pages.
        Result<QSqlQuery> q = (*m_file)->exec(QStringLiteral(
            "SELECT o.id, o.code_name FROM operation o JOIN survivor s ON s.operation = o.id WHERE o.deleted = 0 "
            "AND o.status IN ('completed', 'closed') GROUP BY o.id ORDER BY COUNT(*) DESC, o.id LIMIT 1"));
        QVERIFY(q && q->next());
        m_operation = QUuid::fromRfc4122(q->value(0).toByteArray());
        m_codeName = q->value(1).toString();
        QVERIFY(!m_codeName.isEmpty());
        m_file->store.reset();
    }
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(m_window->openFile(m_file->path()));
        Dialogs::takeMessages();
    }
    void cleanup()
    {
        m_window.reset();
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
    }

    void theReportMenuPreviewShowsThePages()
    {
        QVERIFY(m_window->operationsView()->selectOperation(m_operation));
        const qint64 before = reportEntries();
        int pages = 0;
        int current = 0;
        QString pageText;
        QString title;
        int ink = 0;
        // The report dialog: Preview…; then the preview itself, as a person sees it.
        Dialogs::setNextDialogAnswer([](QDialog& d) { QVERIFY(test::click(d, "reportPreview")); });
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            title = d.windowTitle();
            auto* preview = d.findChild<QPrintPreviewWidget*>(QStringLiteral("reportPreviewPages"));
            QVERIFY(preview);
            pages = preview->pageCount();
            current = preview->currentPage();
            pageText = d.findChild<QLabel*>(QStringLiteral("reportPreviewPage"))->text();
            preview->fitInView();
            ink = inkedPixels(preview->grab().toImage());
        });
        m_window->findChild<QAction*>(QStringLiteral("actionOperationOrder"))->trigger();
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QVERIFY(Dialogs::takeMessages().isEmpty());
        QCOMPARE(title, QStringLiteral("Preview: %1").arg(m_codeName));
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        QCOMPARE(current, 1);
        QCOMPARE(pageText, QStringLiteral("Page 1 of %1").arg(pages));
        QVERIFY2(ink > 500, qPrintable(QString::number(ink))); // the page is drawn, not blank
        QCOMPARE(reportEntries(), before);                      // a preview leaves nothing out
    }

    void printingPaintsThePreviewedPagesAndIsAudited()
    {
        const qsizetype before = printEntries().size();
        ReportDialog dialog(store(), m_operation, report::Kind::AfterAction, m_window.get());
        dialog.show();
        dialog.findChild<QSpinBox*>(QStringLiteral("reportCopy"))->setValue(3);
        // The preview's page count, to compare with what is printed.
        int previewPages = 0;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            previewPages = d.findChild<QPrintPreviewWidget*>(QStringLiteral("reportPreviewPages"))->pageCount();
        });
        QVERIFY(test::click(dialog, "reportPreview"));
        QVERIFY(previewPages > 0);

        // A printer that writes PDF stands for the one the print dialog would give.
        const QString path = m_file->file(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(dialog.writeOptions().pageSize == report::PageSize::Letter ? QPageSize::Letter
                                                                                                   : QPageSize::A4));
        QVERIFY(dialog.printTo(printer));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(m_codeName), qPrintable(text.left(400)));
        QVERIFY(text.contains(report::defaultMarking()));
        QVERIFY(text.contains(QStringLiteral("Copy 3")));
        QVERIFY(text.contains(QStringLiteral("After-action report")));
        const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), previewPages);
        for (const QString& page : pages)
            QVERIFY(page.contains(report::defaultMarking()));
        const QStringList entries = printEntries();
        QCOMPARE(entries.size(), before + 1);
        QVERIFY(entries.last().contains(QStringLiteral("printed.pdf")));
        QVERIFY(entries.last().contains(QStringLiteral("copy 3")));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("reportResult"))->text().contains(QStringLiteral("printed.pdf")));
    }

    void printInThePreviewGoesThroughThePrintDialogAndTheAudit()
    {
        const qsizetype before = printEntries().size();
        ReportDialog dialog(store(), m_operation, report::Kind::OperationOrder, m_window.get());
        dialog.show();
        const QString path = m_file->file(QStringLiteral("from-preview.pdf"));
        bool previewClosed = false;
        QString printDialogName;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            QAction* print = d.findChild<QAction*>(QStringLiteral("reportPreviewPrint"));
            QVERIFY(print);
            print->trigger();
            previewClosed = !d.isVisible();
        });
        // The print dialog, answered as a person would: print to a PDF file.
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            printDialogName = d.objectName();
            auto& printDialog = static_cast<QPrintDialog&>(d);
            printDialog.printer()->setOutputFormat(QPrinter::PdfFormat);
            printDialog.printer()->setOutputFileName(path);
            printDialog.done(QDialog::Accepted);
        });
        QVERIFY(test::click(dialog, "reportPreview"));
        QCOMPARE(printDialogName, QStringLiteral("reportPrintDialog"));
        QVERIFY(previewClosed);
        const QString text = pdfText(path);
        QVERIFY2(text.contains(m_codeName), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Operation order")));
        const QStringList entries = printEntries();
        QCOMPARE(entries.size(), before + 1);
        QVERIFY(entries.last().contains(QStringLiteral("from-preview.pdf")));

        // Cancelling the print dialog prints nothing and records nothing.
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            d.findChild<QAction*>(QStringLiteral("reportPreviewPrint"))->trigger();
        });
        QVERIFY(test::click(dialog, "reportPreview"));
        QCOMPARE(printEntries().size(), before + 1);
    }
};

TANDEM_GUI_TEST_MAIN(ReportPrintTest)
#include "reportprint_test.moc"
