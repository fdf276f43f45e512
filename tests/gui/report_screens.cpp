// Screenshots of the dashboard and the report dialog, and each report as PDF, for people to look
// at (issue 6). Not a test. Usage: tandem_report_screens DB OUT_DIR (run under Xvfb).

#include "dialogs/prompts.h"
#include "reports/reportdialog.h"
#include "mainwindow.h"
#include "report/export.h"
#include "store/keystore.h"
#include "store/store.h"
#include "dashboard/dashboardview.h"
#include "dashboard/figurepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QAbstractItemView>
#include <QDir>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace tandem;

namespace {

void save(QWidget* w, const QString& path)
{
    QTest::qWait(200);
    if (!w->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tandem screens"));
    QApplication::setApplicationName(QStringLiteral("Tandem screens"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: tandem_report_screens DB OUT_DIR\n");
        return 2;
    }
    const QString db = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openFile(db))
        return 1;
    Store& store = *window.store();

    // The operation with the most survivors, completed, for the reports and the dialog.
    Result<QSqlQuery> q = store.exec(QStringLiteral(
        "SELECT o.id FROM operation o JOIN survivor s ON s.operation = o.id WHERE o.deleted = 0 AND "
        "o.status IN ('completed', 'closed') GROUP BY o.id ORDER BY COUNT(*) DESC, o.id LIMIT 1"));
    if (!q || !q->next())
        return 1;
    const QUuid operation = QUuid::fromRfc4122(q->value(0).toByteArray());

    DashboardView* dashboard = window.dashboardView();
    window.showView(dashboard);
    report::DashboardFilter filter = report::DashboardFilter::lastMonths(
        12, QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC).date());
    dashboard->setFilter(filter);
    QSignalSpy computed(dashboard, &DashboardView::computed);
    dashboard->refresh();
    if (!computed.wait(120000))
        return 1;
    save(&window, out.filePath(QStringLiteral("reports-dashboard.png")));
    // A figure as its PNG export: the title and the filters above the chart (issue 14).
    const QString figure = out.filePath(QStringLiteral("reports-dashboard-figure.png"));
    if (!dashboard->panels().isEmpty() && dashboard->panels().front()->savePng(figure))
        std::printf("%s\n", qPrintable(figure));
    auto* scroll = dashboard->findChild<QScrollArea*>(QStringLiteral("dashboardScroll"));
    for (int page = 2; page <= 6; ++page) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->value() + scroll->viewport()->height());
        save(&window, out.filePath(QStringLiteral("reports-dashboard-%1.png").arg(page)));
    }

    ReportDialog dialog(store, operation, report::Kind::AfterAction, &window);
    dialog.show();
    save(&dialog, out.filePath(QStringLiteral("reports-dialog.png")));
    auto* recipient = dialog.findChild<QComboBox*>(QStringLiteral("reportRecipient"));
    for (int i = 1; i < recipient->count(); ++i) {
        if (!recipient->itemData(i).toUuid().isNull()) { // the first office (or agency), past the separator
            recipient->setCurrentIndex(i);
            save(&dialog, out.filePath(QStringLiteral("reports-dialog-recipient.png")));
            break;
        }
    }
    // The agency most of the operation's survivors agreed to share their identity with: the
    // identities option enabled for it, and its copy as PDF (with the identities when
    // TANDEM_PASSPHRASE opens them).
    Result<QSqlQuery> agency = store.exec(
        QStringLiteral("SELECT c.recipient_agency FROM consent c JOIN survivor s ON s.id = c.survivor "
                       "WHERE s.operation = ? AND c.scope = 'identity' AND c.deleted = 0 AND c.withdrawn_at IS NULL "
                       "AND c.recipient_agency IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1"),
        {operation.toRfc4122()});
    if (agency && agency->next()) {
        const QUuid id = QUuid::fromRfc4122(agency->value(0).toByteArray());
        recipient->setCurrentIndex(recipient->findData(id));
        save(&dialog, out.filePath(QStringLiteral("reports-dialog-agency.png")));
        // The list open: offices, then agencies, each labelled (the popup is a window of its own).
        recipient->showPopup();
        QTest::qWait(300);
        const QRect area = dialog.frameGeometry().united(recipient->view()->window()->frameGeometry());
        const QString list = out.filePath(QStringLiteral("reports-dialog-recipient-list.png"));
        if (dialog.screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(list))
            std::printf("%s\n", qPrintable(list));
        recipient->hidePopup();
        std::optional<OfficeKeys> keys;
        report::Options o;
        o.kind = report::Kind::AfterAction;
        o.copyNumber = 2;
        o.recipient = report::Recipient::agency(id);
        if (const QString passphrase = qEnvironmentVariable("TANDEM_PASSPHRASE"); !passphrase.isEmpty()) {
            if (Result<OfficeKeys> unlocked = unlockOfficeKeys(store, passphrase)) {
                keys.emplace(std::move(*unlocked));
                store.setIdentityKeys(&*keys);
                o.identities = true;
            }
        }
        const QString path = out.filePath(QStringLiteral("reports-after-action-agency.pdf"));
        Result<report::ExportSummary> r = report::exportReport(store, operation, o, report::Format::Pdf, path);
        if (!r) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(r.error().context), qPrintable(r.error().message));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
        store.setIdentityKeys(nullptr);

        // The preview of that copy (Dialogs in test mode shows it without a modal loop).
        Dialogs::setTestMode(true);
        Dialogs::setNextDialogAnswer([&](QDialog& preview) {
            preview.resize(900, 900);
            save(&preview, out.filePath(QStringLiteral("reports-preview.png")));
        });
        if (auto* button = dialog.findChild<QPushButton*>(QStringLiteral("reportPreview")))
            button->click();
        Dialogs::setTestMode(false);
    }

    for (const report::Kind kind : {report::Kind::OperationOrder, report::Kind::AfterAction}) {
        report::Options o;
        o.kind = kind;
        o.copyNumber = 1;
        for (const report::Format format : {report::Format::Pdf, report::Format::Html, report::Format::Odt,
                                            report::Format::Csv}) {
            const QString path = out.filePath(QStringLiteral("reports-%1.%2")
                                                  .arg(report::kindToken(kind), report::formatToken(format)));
            Result<report::ExportSummary> r = report::exportReport(store, operation, o, format, path);
            if (!r) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(r.error().context), qPrintable(r.error().message));
                return 1;
            }
            std::printf("%s\n", qPrintable(path));
        }
        report::WriteOptions letter;
        letter.pageSize = report::PageSize::Letter;
        const QString path = out.filePath(QStringLiteral("reports-%1-letter.pdf").arg(report::kindToken(kind)));
        if (!report::exportReport(store, operation, o, report::Format::Pdf, path, letter))
            return 1;
    }
    return 0;
}
