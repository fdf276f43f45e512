// Plans that hold (issue 17), through the window: approving shows who and when; a change to the
// approved plan raises the "Changed since approval" banner with what changed, briefing is refused
// until "Approve Again"; a closed operation's editor is read only, with a banner whose "Reopen…"
// asks the reason.

#include "dialoganswers.h"
#include "document.h"
#include "guitest.h"
#include "screenshots.h"
#include "mainwindow.h"
#include "operations/operationeditor.h"
#include "operations/operationsview.h"
#include "operations/planbanners.h"
#include "records/childrecordspage.h"
#include "today/followupmodel.h"
#include "today/todayview.h"
#include "records/childtablemodel.h"
#include "forms/fieldeditor.h"
#include "forms/recordform.h"
#include "store/store.h"

#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTreeWidget>

using namespace tandem;

namespace {

using test::click;


} // namespace

class PlanRulesTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T* find(const char* name)
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    Store& store() { return *m_window->store(); }
    QString status(const QUuid& op)
    {
        Result<Row> row = store().get(QStringLiteral("operation"), op);
        return row ? row->text(QStringLiteral("status")) : QString();
    }
    OperationEditor* editor() { return m_window->operationsView()->editor(); }

    // An operation with everything approval needs, in `status`.
    QUuid operation(const QString& status)
    {
        Result<QUuid> police = store().insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Eastfold Police Service")},
                                                                        {QStringLiteral("kind"), QStringLiteral("police")}});
        Result<QUuid> ngo = store().insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Harbourside Advocacy")},
                                                                     {QStringLiteral("kind"), QStringLiteral("ngo_victim_services")}});
        Result<QUuid> op = store().insert(
            QStringLiteral("operation"),
            {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")}, {QStringLiteral("status"), status},
             {QStringLiteral("lead_agency"), *police}, {QStringLiteral("risk_level"), QStringLiteral("high")},
             {QStringLiteral("approved_by"), status == QLatin1String("planned") ? QVariant() : QVariant(QStringLiteral("Supt. Ashdown"))},
             {QStringLiteral("starts_at"), QDateTime::currentDateTimeUtc().addSecs(-3600)}});
        if (!op)
            return {};
        if (!store().insert(QStringLiteral("target"), {{QStringLiteral("operation"), *op}, {QStringLiteral("label"), QStringLiteral("Target A")},
                                                       {QStringLiteral("address"), QStringLiteral("12 Mill Lane, Wrenmouth")}}))
            return {};
        if (!store().insert(QStringLiteral("assignment"), {{QStringLiteral("operation"), *op}, {QStringLiteral("agency"), *ngo},
                                                           {QStringLiteral("role"), QStringLiteral("victim_services")}}))
            return {};
        return *op;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        Dialogs::setTestMode(true);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1100, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createFile(m_dir.filePath(QStringLiteral("plan-%1.tandem").arg(QUuid::createUuid().toString(QUuid::Id128))),
                                     QStringLiteral("Eastbrook Task Force"), test::kOfficePassphrase));
    }

    void cleanup()
    {
        m_window.reset();
        const QList<Dialogs::Message> unread = Dialogs::takeMessages();
        for (const Dialogs::Message& m : unread)
            qWarning() << "message not checked by the test:" << m.text << m.details;
    }

    void changedSinceApprovalBanner()
    {
        const QUuid op = operation(QStringLiteral("planned"));
        QVERIFY(!op.isNull());
        m_window->operationsView()->openOperation(op);
        auto* next = find<QPushButton>("statusNext");
        QCOMPARE(next->text(), QStringLiteral("Approve"));
        click(next);
        QCOMPARE(status(op), QStringLiteral("approved"));
        auto* approval = find<QLabel>("approvalLine");
        QVERIFY(approval->isVisible());
        QVERIFY(approval->text().startsWith(QStringLiteral("Approved by %1 on ").arg(store().actor().name)));
        QWidget* banner = editor()->banners()->approvalBanner();
        QVERIFY(!banner->isVisible());

        // The risk lowered on the Risk tab, after approval: the banner says what changed.
        editor()->tabs()->setCurrentIndex(2);
        auto* risk = find<QComboBox>("operation_risk_level");
        risk->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(risk, Qt::Key_Down); // High → Critical? whichever follows: one change
        QVERIFY(banner->isVisible());
        QTreeWidget* changes = find<QTreeWidget>("approvalChanges");
        QCOMPARE(changes->topLevelItemCount(), 1);
        QCOMPARE(changes->topLevelItem(0)->text(0), QStringLiteral("Risk level"));
        QCOMPARE(changes->topLevelItem(0)->text(1), QStringLiteral("High"));
        QCOMPARE(changes->topLevelItem(0)->text(2), risk->currentText());
        QCOMPARE(changes->topLevelItem(0)->text(3), store().actor().name);
        test::screenshot(m_window.get(), QStringLiteral("changed-since-approval"), QStringLiteral("plans"));

        // Briefing is refused until it is approved again.
        QCOMPARE(next->text(), QStringLiteral("Mark as briefed"));
        click(next);
        QCOMPARE(status(op), QStringLiteral("approved"));
        QList<Dialogs::Message> refused = Dialogs::takeMessages();
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused[0].details.contains(QStringLiteral("approve it again")));
        click(find<QPushButton>("approveAgain"));
        QVERIFY(!banner->isVisible());
        click(next);
        QCOMPARE(status(op), QStringLiteral("briefed"));
    }

    void closedOperationIsReadOnly()
    {
        const QUuid op = operation(QStringLiteral("completed"));
        QVERIFY(!op.isNull());
        m_window->operationsView()->openOperation(op);
        auto* next = find<QPushButton>("statusNext");
        QCOMPARE(next->text(), QStringLiteral("Close"));
        click(next);
        QCOMPARE(status(op), QStringLiteral("closed"));
        QWidget* banner = editor()->banners()->closedBanner();
        QVERIFY(banner->isVisible());
        QVERIFY(!editor()->tabs()->widget(0)->isEnabled());         // the overview
        QVERIFY(!editor()->targets()->isEnabled());
        QVERIFY(!editor()->assignments()->isEnabled());
        QVERIFY(editor()->feedback()->isEnabled());                  // feedback comes after closing
        test::screenshot(m_window.get(), QStringLiteral("closed"), QStringLiteral("plans"));

        // Reopening asks why; cancelled, nothing moves.
        Dialogs::setNextDialogAnswer([](QDialog& d) { test::click(d, "cancelButton"); });
        click(find<QPushButton>("reopenButton"));
        QCOMPARE(status(op), QStringLiteral("closed"));
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "reasonEdit", QStringLiteral("the search record was incomplete"));
            test::click(d, "okButton");
        });
        click(find<QPushButton>("reopenButton"));
        QCOMPARE(status(op), QStringLiteral("completed"));
        QVERIFY(!banner->isVisible());
        QVERIFY(editor()->targets()->isEnabled());
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT count(*) FROM note WHERE operation = ? AND text LIKE '%search record%'"),
                                           {op.toRfc4122()});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
    }

    // Warrants (issue 21): a target marked as needing one stops approval, which names it; a warrant
    // added on the Warrants tab with the target ticked lets the plan be approved.
    void warrantNeededForApproval()
    {
        const QUuid op = operation(QStringLiteral("planned"));
        QVERIFY(!op.isNull());
        m_window->operationsView()->openOperation(op);
        editor()->tabs()->setCurrentWidget(editor()->targets());
        editor()->targets()->select(editor()->targets()->model()->idAt(0));
        auto* needs = find<QCheckBox>("target_needs_warrant");
        QVERIFY(needs && !needs->isChecked());
        needs->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(needs, Qt::Key_Space);
        Result<QSqlQuery> marked = store().exec(QStringLiteral("SELECT needs_warrant FROM target WHERE operation = ?"), {op.toRfc4122()});
        QVERIFY(marked && marked->next());
        QCOMPARE(marked->value(0).toInt(), 1);

        auto* next = find<QPushButton>("statusNext");
        QCOMPARE(next->text(), QStringLiteral("Approve"));
        click(next);
        QCOMPARE(status(op), QStringLiteral("planned"));
        QList<Dialogs::Message> refused = Dialogs::takeMessages();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused[0].details.contains(QStringLiteral("Target “Target A” needs a warrant, and no warrant of the operation covers it.")),
                 qPrintable(refused[0].details));

        // The warrant, on its own tab: valid from yesterday for a month, covering Target A.
        ChildRecordsPage* warrants = editor()->warrants();
        editor()->tabs()->setCurrentWidget(warrants);
        click(find<QPushButton>("planWarrantsAdd"));
        RecordForm* form = warrants->form();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::keyClicks(find<QLineEdit>("warrant_number"), QStringLiteral("2026/114"));
        QTest::keyClicks(find<QLineEdit>("warrant_court"), QStringLiteral("Wrenmouth District Court"));
        form->editor(QStringLiteral("issued_at"))->setValue(now.addDays(-1));
        form->editor(QStringLiteral("expires_at"))->setValue(now.addDays(30));
        auto* targets = find<QListWidget>("warrant_targets");
        QCOMPARE(targets->count(), 1);
        QCOMPARE(targets->item(0)->text(), QStringLiteral("Target A"));
        targets->item(0)->setCheckState(Qt::Checked);
        click(find<QPushButton>("planWarrantsCreate"));
        QCOMPARE(warrants->model()->rowCount(), 1);
        const int covered = warrants->model()->columnOf(QStringLiteral("targets"));
        QCOMPARE(warrants->model()->index(0, covered).data().toString(), QStringLiteral("Target A"));
        QVERIFY(editor()->tabs()->tabText(editor()->tabs()->indexOf(warrants)).contains(QStringLiteral("(1)")));
        test::screenshot(m_window.get(), QStringLiteral("warrants"), QStringLiteral("plans"));

        click(next);
        QCOMPARE(status(op), QStringLiteral("approved"));
        QVERIFY(Dialogs::takeMessages().isEmpty());
    }

    // Today lists a warrant that expires before its operation starts, due at the start, and opens
    // the operation.
    void todayListsLapsingWarrants()
    {
        const QUuid op = operation(QStringLiteral("planned"));
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(5);
        QVERIFY(store().update(QStringLiteral("operation"), op, {{QStringLiteral("starts_at"), start}}));
        QVERIFY(store().insert(QStringLiteral("warrant"), {{QStringLiteral("operation"), op},
                                                            {QStringLiteral("number"), QStringLiteral("2026/301")},
                                                            {QStringLiteral("court"), QStringLiteral("Wrenmouth District Court")},
                                                            {QStringLiteral("issued_at"), start.addDays(-30)},
                                                            {QStringLiteral("expires_at"), start.addDays(-2)}}));
        m_window->showView(m_window->todayView());
        FollowUpModel* followUps = m_window->todayView()->followUps();
        followUps->reload();
        QCOMPARE(followUps->count(FollowUpModel::Warrant), qint64(1));
        int row = -1;
        for (int i = 0; i < followUps->rowCount(); ++i) {
            if (followUps->index(i, 0).data(FollowUpModel::KindRole).toInt() == FollowUpModel::Warrant)
                row = i;
        }
        QVERIFY(row >= 0);
        QCOMPARE(followUps->index(row, FollowUpModel::What).data().toString(),
                 QStringLiteral("Warrant 2026/301 expires before the operation starts"));
        QCOMPARE(followUps->index(row, 0).data(FollowUpModel::ParentRole).toUuid(), op);
        QVERIFY(find<QLabel>("todayFollowUpSummary")->text().contains(QStringLiteral("1 warrant lapses before its operation")));
    }
};

TANDEM_GUI_TEST_MAIN(PlanRulesTest)
#include "planrules_test.moc"
