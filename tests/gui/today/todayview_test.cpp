// The liaison's day: the Today view, overdue first, one-click ticking, filters, and the overdue
// count in the status bar and the navigation kept current as the clock passes due times.

#include "guitest.h"

#include "actions.h"
#include "dialoganswers.h"
#include "screenshots.h"
#include "survivors/duewatcher.h"
#include "mainwindow.h"
#include "domain/retention.h"
#include "today/followupmodel.h"
#include "today/todaymodel.h"
#include "store/store.h"
#include "survivorsample.h"
#include "testsupport.h"
#include "survivors/survivorsview.h"
#include "today/todayview.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace tandem;

namespace {

constexpr int kSurvivors = 4;

} // namespace

class TodayViewTest : public QObject {
    Q_OBJECT

private:
    test::ManualClock m_clock;
    std::unique_ptr<test::TempStore> m_file;
    std::unique_ptr<MainWindow> m_window;
    test::SurvivorSample m_sample;

    Store& store() { return *m_window->store(); }
    TodayView* view() { return m_window->todayView(); }
    TodayModel* model() { return view()->model(); }
    QString navigationText()
    {
        return m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->item(1)->text();
    }
    QString statusText() { return m_window->findChild<QLabel*>(QStringLiteral("overdueLabel"))->text(); }
    QModelIndex firstStep(DueBand band)
    {
        return model()->index(0, 0, model()->index(0, 0, model()->bandIndex(band)));
    }
    QString state(const QUuid& item) { return store().get(QStringLiteral("checklist_item"), item)->text(QStringLiteral("state")); }

private Q_SLOTS:
    void init()
    {
        m_file = std::make_unique<test::TempStore>();
        m_file->store->setWallClock(m_clock.fn());
        // The file's one person, whom the window acts as: "done by".
        QVERIFY(m_file->store->exec(QStringLiteral("UPDATE person SET name = ?"), {QStringLiteral("Liaison Tester")}));
        Result<test::SurvivorSample> sample = test::fillSurvivorSample(*m_file->store, kSurvivors, m_clock.now);
        QVERIFY2(sample.ok(), qPrintable(sample ? QString() : sample.error().text()));
        m_sample = *sample;
        m_file->store.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(m_window->openFile(m_file->path()));
        store().setWallClock(m_clock.fn());
        // The count comes from the event loop right after opening, not during it.
        QCOMPARE(m_window->dueWatcher()->overdueCount(), qint64(0));
        QTRY_VERIFY(m_window->dueWatcher()->overdueCount() > 0);
        m_window->showView(view());
        Dialogs::takeMessages();
    }
    void cleanup()
    {
        m_window.reset();
        m_file.reset();
    }

    void overdueFirstGroupedBySurvivor()
    {
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(model()->bandIndex(DueBand::Overdue).data().toString().startsWith(QStringLiteral("Overdue")));
        QVERIFY(model()->bandIndex(DueBand::Soon).data().toString().startsWith(QStringLiteral("Due in the next 24 hours")));
        // The interpreter (and, for the minor, the child-appropriate interview) before any interview.
        // Every survivor: interpreter; survivor 1 (minor): child interview; survivors 0 and 3 (foreign): independent interpreter.
        QCOMPARE(model()->stepCount(DueBand::BeforeInterview), qint64(kSurvivors + 1 + 2));
        QCOMPARE(firstStep(DueBand::BeforeInterview).siblingAtColumn(TodayModel::Due).data().toString(),
                 QStringLiteral("Before first interview"));
        QVERIFY(firstStep(DueBand::BeforeInterview).siblingAtColumn(TodayModel::Timing).data().toString().startsWith(QStringLiteral("rescued ")));
        const qint64 overdue = model()->stepCount(DueBand::Overdue);
        QVERIFY(overdue > 0);
        // The most overdue survivor first: the one rescued longest ago.
        const QModelIndex survivor = model()->index(0, 0, model()->bandIndex(DueBand::Overdue));
        QVERIFY(survivor.data().toString().startsWith(QStringLiteral("V-2026-0004")));
        QVERIFY(view()->tree()->isExpanded(survivor));
        QVERIFY(firstStep(DueBand::Overdue).siblingAtColumn(TodayModel::Timing).data().toString().endsWith(QStringLiteral("late")));
        QVERIFY(firstStep(DueBand::Soon).siblingAtColumn(TodayModel::Timing).data().toString().startsWith(QStringLiteral("in ")));
        // The count is everywhere.
        QCOMPARE(m_window->dueWatcher()->overdueCount(), overdue);
        QCOMPARE(navigationText(), QStringLiteral("Today (%1)").arg(overdue));
        QVERIFY(statusText().contains(QStringLiteral("%1 steps overdue").arg(overdue)));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("todaySummary"))->text().startsWith(QStringLiteral("%1 overdue").arg(overdue)));
    }

    void oneKeyTicksAndTheCountFollows()
    {
        const qint64 overdue = model()->stepCount(DueBand::Overdue);
        QTreeView* tree = view()->tree();
        tree->setFocus();
        tree->setCurrentIndex(firstStep(DueBand::Overdue));
        const QUuid item = firstStep(DueBand::Overdue).data(TodayModel::IdRole).toUuid();
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(state(item), QStringLiteral("done"));
        QCOMPARE(model()->stepCount(DueBand::Overdue), overdue - 1);
        QVERIFY(!model()->indexOfStep(item).isValid());
        QCOMPARE(navigationText(), QStringLiteral("Today (%1)").arg(overdue - 1));
        // The next step took its place: Space again ticks that one.
        const QUuid next = tree->currentIndex().data(TodayModel::IdRole).toUuid();
        QCOMPARE(next, firstStep(DueBand::Overdue).data(TodayModel::IdRole).toUuid());
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(state(next), QStringLiteral("done"));
        QCOMPARE(model()->stepCount(DueBand::Overdue), overdue - 2);
        m_window->actions()->undo()->trigger();
        QCOMPARE(state(next), QStringLiteral("open"));

        // Declined by the survivor: the selected step, once the reason is given.
        tree->setCurrentIndex(firstStep(DueBand::Overdue));
        const QUuid declined = firstStep(DueBand::Overdue).data(TodayModel::IdRole).toUuid();
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "reasonEdit", QStringLiteral("Will see her own doctor"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("todayDeclined")), Qt::LeftButton);
        QCOMPARE(state(declined), QStringLiteral("declined"));
        QCOMPARE(m_window->dueWatcher()->overdueCount(), overdue - 2);

        // Undo brings the decline back to the list.
        m_window->actions()->undo()->trigger();
        QCOMPARE(state(declined), QStringLiteral("open"));
        QVERIFY(model()->indexOfStep(declined).isValid());
        QCOMPARE(navigationText(), QStringLiteral("Today (%1)").arg(overdue - 1));
    }

    void aStepThatBecomesDueAppearsWithoutARestart()
    {
        m_window->dueWatcher()->setMaximumInterval(20);
        const qint64 overdue = model()->stepCount(DueBand::Overdue);
        const QModelIndex soon = firstStep(DueBand::Soon);
        const QUuid item = soon.data(TodayModel::IdRole).toUuid();
        const QDateTime due = store().get(QStringLiteral("checklist_item"), item)->value(QStringLiteral("due_at")).toDateTime();
        QVERIFY(due.isValid());
        QSignalSpy changed(m_window->dueWatcher(), &DueWatcher::overdueCountChanged);

        // The clock passes the due time; nothing is edited, nothing reloaded by hand.
        m_clock.now = (due.toSecsSinceEpoch() + 1) * 1000;
        QTRY_VERIFY_WITH_TIMEOUT(model()->stepCount(DueBand::Overdue) > overdue, 3000);
        QVERIFY(changed.size() >= 1);
        const QModelIndex now = model()->indexOfStep(item);
        QVERIFY(now.isValid());
        QCOMPARE(now.data(TodayModel::BandRole).toInt(), int(DueBand::Overdue));
        const qint64 count = m_window->dueWatcher()->overdueCount();
        QCOMPARE(count, model()->stepCount(DueBand::Overdue));
        QTRY_COMPARE(navigationText(), QStringLiteral("Today (%1)").arg(count));
        QVERIFY(statusText().contains(QStringLiteral("%1 steps overdue").arg(count)));

        // A step more than a day away enters "due in the next 24 hours" when it comes that close.
        m_clock.now += qint64(40) * 24 * 3600 * 1000;
        QTRY_COMPARE_WITH_TIMEOUT(model()->stepCount(DueBand::Soon), qint64(0), 3000);
    }

    void filtersByOwnerAndOperation()
    {
        QComboBox* role = m_window->findChild<QComboBox*>(QStringLiteral("todayRoleFilter"));
        const int medical = role->findData(QStringLiteral("medical"));
        QVERIFY(medical > 0);
        role->setCurrentIndex(medical);
        Q_EMIT role->activated(medical);
        const QModelIndex overdue = model()->bandIndex(DueBand::Overdue);
        QVERIFY(model()->rowCount(overdue) > 0);
        for (int s = 0; s < model()->rowCount(overdue); ++s) {
            const QModelIndex survivor = model()->index(s, 0, overdue);
            for (int k = 0; k < model()->rowCount(survivor); ++k)
                QCOMPARE(model()->index(k, TodayModel::Owner, survivor).data().toString(), QStringLiteral("Medical"));
        }
        QComboBox* operation = m_window->findChild<QComboBox*>(QStringLiteral("todayOperationFilter"));
        const int amber = operation->findText(QStringLiteral("Operation Amber Weir"));
        QVERIFY(amber > 0);
        operation->setCurrentIndex(amber);
        Q_EMIT operation->activated(amber);
        for (int s = 0; s < model()->rowCount(overdue); ++s)
            QVERIFY(model()->index(s, 0, overdue).data().toString().contains(QStringLiteral("Amber Weir")));
        // The status bar counts every overdue step, whatever the filter.
        QVERIFY(m_window->dueWatcher()->overdueCount() > model()->stepCount(DueBand::Overdue));

        // Nothing for legal aid yet (its first steps are due 72 hours after T0): the view says so.
        const int legal = role->findData(QStringLiteral("legal"));
        role->setCurrentIndex(legal);
        Q_EMIT role->activated(legal);
        QCOMPARE(model()->stepCount(DueBand::Overdue) + model()->stepCount(DueBand::Soon), qint64(0));
        QLabel* empty = m_window->findChild<QLabel*>(QStringLiteral("todayEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("for this owner and operation")));
    }

    void opensTheSurvivor()
    {
        QTreeView* tree = view()->tree();
        const QModelIndex step = firstStep(DueBand::Overdue);
        tree->setCurrentIndex(step);
        const QUuid survivor = step.parent().data(TodayModel::IdRole).toUuid();
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("todayOpenSurvivor")), Qt::LeftButton);
        QVERIFY(m_window->survivorsView()->isVisible());
        QCOMPARE(m_window->survivorsView()->currentSurvivor(), survivor);
    }

    void identitiesKeptPastRetentionAreDue()
    {
        // A survivor of an operation that closed, with an identity, no consent and no checklist.
        store().setWriteRulesPaused(true);
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Slate Harbour")},
                                                                        {QStringLiteral("status"), QStringLiteral("closed")}});
        QVERIFY(op.ok());
        store().setWriteRulesPaused(false);
        Result<QUuid> survivor = store().insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2025-0090")},
                                                                             {QStringLiteral("operation"), *op}});
        QVERIFY(survivor.ok());
        QVERIFY(store().insert(QStringLiteral("survivor_identity"), {{QStringLiteral("survivor"), *survivor},
                                                                     {QStringLiteral("name"), QStringLiteral("Retention Marker Q7")}}).ok());
        QTableView* table = view()->followUpTable();
        const auto erasureRows = [&] {
            int n = 0;
            for (int r = 0; r < table->model()->rowCount(); ++r)
                n += table->model()->index(r, 0).data(FollowUpModel::KindRole).toInt() == FollowUpModel::Erasure;
            return n;
        };
        QCOMPARE(erasureRows(), 0); // no period set

        // A lead sets 12 months in Edit > Preferences; thirteen months later it is due.
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* months = d.findChild<QSpinBox*>(QStringLiteral("retentionMonths"));
            QVERIFY(months && months->isEnabled());
            QCOMPARE(months->value(), 0);
            months->setValue(12);
            d.findChild<QTabWidget*>()->setCurrentIndex(1);
            test::screenshot(&d, QStringLiteral("preferences"), QStringLiteral("erasure"));
            QVERIFY(test::click(d, "okButton"));
        });
        m_window->actions()->preferences()->trigger();
        Result<std::optional<int>> period = retention::period(store());
        QVERIFY(period.ok() && *period == 12);
        m_clock.now += qint64(400) * 86400 * 1000;
        view()->followUps()->reload();
        QCOMPARE(erasureRows(), 1);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("todayFollowUpSummary"))->text().contains(QStringLiteral("1 identity due for erasure")));
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(FollowUpModel::KindRole).toInt() == FollowUpModel::Erasure)
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY(table->model()->index(row, 0).data().toString().contains(QStringLiteral("V-2025-0090")));
        QVERIFY(!(table->model()->flags(table->model()->index(row, 0)) & Qt::ItemIsUserCheckable));
        table->setCurrentIndex(table->model()->index(row, 0));
        test::screenshot(m_window.get(), QStringLiteral("today"), QStringLiteral("erasure"));
        // Nothing of the identity shows in Today.
        for (int r = 0; r < table->model()->rowCount(); ++r)
            for (int c = 0; c < table->model()->columnCount(); ++c)
                QVERIFY(!table->model()->index(r, c).data().toString().contains(QStringLiteral("Retention Marker")));
        // Open takes the liaison to the survivor, where the identity is erased.
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("todayFollowUpOpen")), Qt::LeftButton);
        QVERIFY(m_window->survivorsView()->isVisible());
        QCOMPARE(m_window->survivorsView()->currentSurvivor(), *survivor);
    }
};

TANDEM_GUI_TEST_MAIN(TodayViewTest)
#include "todayview_test.moc"
