// Screenshots of the survivor-assistance views on a demo database, for people to look at (not a
// ctest test): tandem_survivor_screens OUTPUT_DIR writes OUTPUT_DIR/survivors-*.png.
// Run it under a real display server, e.g. xvfb-run -a -s "-screen 0 1400x900x24".

#include "demo/demo.h"
#include "dialoganswers.h"
#include "dialogs/prompts.h"
#include "domain/office.h"
#include "mainwindow.h"
#include "survivors/checklistmodel.h"
#include "protocols/protocollistmodel.h"
#include "survivors/survivorlistmodel.h"
#include "today/todaymodel.h"
#include "screentool.h"
#include "store/store.h"
#include "survivors/checklistpanel.h"
#include "survivors/identitypanel.h"
#include "operations/operationsview.h"
#include "protocols/protocolsview.h"
#include "survivors/referralbox.h"
#include "survivors/survivordetail.h"
#include "survivors/survivorsview.h"
#include "today/todayview.h"

#include <QApplication>
#include <QLineEdit>
#include <QRadioButton>
#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace tandem;

namespace {

// The screenshots' own office passphrase (a synthetic file in a temporary home).
const QString kPassphrase = QStringLiteral("screenshot passphrase, not a secret");


bool save(QWidget& window, const QString& dir, const char* name)
{
    return test::saveWindow(window, QDir(dir).filePath(QStringLiteral("survivors-%1.png").arg(QLatin1String(name))));
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationName(QStringLiteral("Tandem"));
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);

    const QString path = home.filePath(QStringLiteral("demo.tandem"));
    {
        Result<std::unique_ptr<Store>> store = createOffice(path, QStringLiteral("Harbourside Victim Services"), kPassphrase);
        if (!store)
            return 1;
        demo::Options options;
        options.operations = 120;
        options.anchor = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
        if (!demo::generate(**store, options))
            return 1;
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openFile(path))
        return 1;

    window.showView(window.todayView());
    TodayModel* today = window.todayView()->model();
    const QModelIndex firstSurvivor = today->index(0, 0, today->bandIndex(DueBand::Overdue));
    window.todayView()->tree()->setCurrentIndex(today->index(0, 0, firstSurvivor));
    save(window, out, "today");

    // The survivor with the most overdue steps, its checklist on the first overdue step.
    SurvivorsView* survivors = window.survivorsView();
    window.showView(survivors);
    survivors->selectSurvivor(survivors->model()->idAt(0));
    save(window, out, "checklist");

    auto* tabs = survivors->findChild<QTabWidget*>(QStringLiteral("survivorTabs"));
    tabs->setCurrentIndex(2);
    // A survivor with consents, one of them withdrawn if there is one.
    Result<QSqlQuery> q = window.store()->exec(QStringLiteral(
        "SELECT survivor FROM consent WHERE deleted = 0 GROUP BY survivor ORDER BY count(withdrawn_at) DESC, count(*) DESC LIMIT 1"));
    if (q && q->next())
        survivors->selectSurvivor(QUuid::fromRfc4122(q->value(0).toByteArray()));
    save(window, out, "consents");

    tabs->setCurrentIndex(3);
    save(window, out, "identity-hidden");
    // Revealing asks for the office passphrase; answered here as a person would.
    Dialogs::setTestMode(true);
    Dialogs::setNextDialogAnswer(test::passphrase(kPassphrase));
    survivors->detail()->identity()->reveal();
    Dialogs::setTestMode(false);
    save(window, out, "identity-revealed");
    tabs->setCurrentIndex(1);
    save(window, out, "details");

    // A minor's referral (issue 14): the picker filtered to what the survivor needs, the answer,
    // and the checklist that shows it.
    tabs->setCurrentIndex(0);
    Result<QSqlQuery> minor = window.store()->exec(QStringLiteral(
        "SELECT i.id, s.id FROM checklist_item i JOIN survivor s ON s.id = i.survivor WHERE s.minor = 1 AND s.deleted = 0"
        " AND i.deleted = 0 AND i.service IS NULL AND s.languages IS NOT NULL AND i.state IN ('open', 'in_progress')"
        " ORDER BY i.due_at LIMIT 1"));
    if (minor && minor->next()) {
        const QUuid item = QUuid::fromRfc4122(minor->value(0).toByteArray());
        survivors->selectSurvivor(QUuid::fromRfc4122(minor->value(1).toByteArray()));
        survivors->detail()->checklist()->selectItem(item);
        auto* referral = window.findChild<ReferralBox*>();
        Dialogs::setTestMode(true);
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            save(d, out, "referral-picker");
            if (auto* search = d.findChild<QLineEdit*>(QStringLiteral("pickerSearch")))
                QTest::keyClick(search, Qt::Key_Return);
        });
        referral->chooseService();
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            if (auto* refused = d.findChild<QRadioButton*>(QStringLiteral("referralRefused")))
                refused->click();
            test::type(d, "referralReason", QStringLiteral("No bed free before Monday"));
            save(d, out, "referral-answer");
            test::click(d, "okButton");
        });
        referral->recordAnswer();
        Dialogs::setTestMode(false);
        save(window, out, "referral");
    }

    window.showView(window.protocolsView());
    window.protocolsView()->selectProtocol(window.protocolsView()->model()->item(0)->id);
    save(window, out, "protocols");

    window.showView(window.operationsView());
    Result<QSqlQuery> op = window.store()->exec(QStringLiteral(
        "SELECT s.operation FROM survivor s JOIN operation o ON o.id = s.operation WHERE o.status = 'in_progress'"
        " OR o.status = 'completed' GROUP BY s.operation ORDER BY count(*) DESC LIMIT 1"));
    if (op && op->next())
        window.operationsView()->selectOperation(QUuid::fromRfc4122(op->value(0).toByteArray()));
    save(window, out, "operation-progress");
    return 0;
}
