// A day without a slip (issue 14), the liaison's hazards: a note typed into a checklist step is
// never thrown away (another survivor or step clicked, a reload); in Today, a step that leaves the
// list never hands the current row, and the next Space, to another survivor's step, and letters
// do not search the list; an age band under 18 makes a minor, with the child-protection steps;
// declining a step, "not applicable" and withdrawing a consent ask why and record it.

#include "guitest.h"

#include "actions.h"
#include "dialoganswers.h"
#include "survivors/duewatcher.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "survivors/checklistmodel.h"
#include "survivors/consentmodel.h"
#include "survivors/survivorlistmodel.h"
#include "today/todaymodel.h"
#include "store/store.h"
#include "survivorsample.h"
#include "testsupport.h"
#include "survivors/checklistpanel.h"
#include "survivors/consentpanel.h"
#include "survivors/survivordetail.h"
#include "survivors/survivorsview.h"
#include "today/todayview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace tandem;

namespace {

constexpr int kSurvivors = 4;

// The answer to the reason dialog: types `reason` and confirms.
Dialogs::DialogAnswer giveReason(const QString& reason)
{
    return [=](QDialog& d) {
        test::type(d, "reasonEdit", reason);
        test::click(d, "okButton");
    };
}

} // namespace

class SlipsTest : public QObject {
    Q_OBJECT

private:
    test::ManualClock m_clock;
    std::unique_ptr<test::TempStore> m_file;
    std::unique_ptr<MainWindow> m_window;
    test::SurvivorSample m_sample;

    Store& store() { return *m_window->store(); }
    SurvivorsView* survivors() { return m_window->survivorsView(); }
    ChecklistPanel* checklist() { return survivors()->detail()->checklist(); }
    TodayView* today() { return m_window->todayView(); }
    TodayModel* todayModel() { return today()->model(); }
    template <typename T>
    T* child(const char* name)
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }
    Row row(const char* entity, const QUuid& id) { return *store().get(QString::fromLatin1(entity), id); }
    QString state(const QUuid& item) { return row("checklist_item", item).text(QStringLiteral("state")); }
    // Clicks row `row` of the survivors list, as a person does.
    void clickSurvivor(const QUuid& id)
    {
        auto* table = child<QTableView>("survivorsTable");
        const int r = survivors()->model()->rowOf(id);
        QVERIFY(r >= 0);
        const QRect rect = table->visualRect(survivors()->model()->index(r, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }
    void clickStep(int r)
    {
        QTableView* table = checklist()->table();
        const QRect rect = table->visualRect(checklist()->model()->index(r, ChecklistModel::Due));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }
    // The step rows of a survivor in a band of Today.
    QModelIndex todaySurvivor(DueBand band, const QUuid& survivor)
    {
        const QModelIndex b = todayModel()->bandIndex(band);
        for (int s = 0; s < todayModel()->rowCount(b); ++s) {
            const QModelIndex i = todayModel()->index(s, 0, b);
            if (i.data(TodayModel::IdRole).toUuid() == survivor)
                return i;
        }
        return {};
    }
    QUuid currentTodaySurvivor()
    {
        QModelIndex i = today()->tree()->currentIndex().siblingAtColumn(0);
        if (i.data(TodayModel::KindRole).toInt() == TodayModel::StepRow)
            i = i.parent();
        return i.data(TodayModel::IdRole).toUuid();
    }

private Q_SLOTS:
    void init()
    {
        QSettings().setValue(QStringLiteral("backup/routine"), false);
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
        Dialogs::takeMessages();
    }
    void cleanup()
    {
        const int unused = Dialogs::pendingDialogAnswers();
        Dialogs::setTestMode(true); // nothing left over for the next test
        QCOMPARE(unused, 0);
        m_window.reset();
        m_file.reset();
    }

    // Hazard 1: the note typed into a step goes to that step when another survivor is clicked,
    // when another step is clicked, and a reload of the list meanwhile leaves it as typed.
    void aTypedNoteIsNeverThrownAway()
    {
        m_window->showView(survivors());
        const QUuid first = m_sample.survivors[0];
        const QUuid second = m_sample.survivors[2];
        QVERIFY(survivors()->selectSurvivor(first));
        QTRY_COMPARE(survivors()->detail()->survivor(), first);
        clickStep(0);
        const QUuid step = checklist()->currentItem();
        QVERIFY(!step.isNull());
        auto* note = child<QPlainTextEdit>("stepNote");
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Shelter called, bed kept until 22:00"));
        test::screenshot(note, QStringLiteral("note-typed"), QStringLiteral("slips"));

        // Something else is written meanwhile (the list reads again): what is typed stays.
        QVERIFY(store().update(QStringLiteral("survivor"), m_sample.survivors[1], {{QStringLiteral("nationality"), QStringLiteral("Ruritanian")}}));
        checklist()->model()->reload();
        QCOMPARE(note->toPlainText(), QStringLiteral("Shelter called, bed kept until 22:00"));
        QCOMPARE(checklist()->currentItem(), step);

        // Another survivor clicked: the note is the step's, not lost.
        clickSurvivor(second);
        QTRY_COMPARE(survivors()->detail()->survivor(), second);
        QCOMPARE(row("checklist_item", step).text(QStringLiteral("note")), QStringLiteral("Shelter called, bed kept until 22:00"));

        // Another step of the same survivor clicked: the same.
        clickStep(0);
        const QUuid other = checklist()->currentItem();
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Interpreter booked"));
        clickStep(1);
        QVERIFY(checklist()->currentItem() != other);
        QCOMPARE(row("checklist_item", other).text(QStringLiteral("note")), QStringLiteral("Interpreter booked"));

        // Undo takes the note back out, as any edit.
        m_window->actions()->undo()->trigger();
        QCOMPARE(row("checklist_item", other).text(QStringLiteral("note")), QString());
    }

    // Hazard 2: declining a survivor's last step in the list never lands on another survivor's
    // step; the next Space ticks nothing of theirs.
    void todayNeverHandsTheNextKeyToAnotherSurvivor()
    {
        m_window->showView(today());
        QComboBox* role = child<QComboBox>("todayRoleFilter");
        const int medical = role->findData(QStringLiteral("medical"));
        role->setCurrentIndex(medical);
        Q_EMIT role->activated(medical);
        // One medical step each, overdue, for the three survivors rescued longest ago.
        const QModelIndex overdue = todayModel()->bandIndex(DueBand::Overdue);
        QVERIFY(todayModel()->rowCount(overdue) >= 2);
        const QModelIndex firstSurvivor = todayModel()->index(0, 0, overdue);
        const QModelIndex secondSurvivor = todayModel()->index(1, 0, overdue);
        QCOMPARE(todayModel()->rowCount(firstSurvivor), 1);
        const QUuid a = firstSurvivor.data(TodayModel::IdRole).toUuid();
        const QUuid b = secondSurvivor.data(TodayModel::IdRole).toUuid();
        const QUuid aStep = todayModel()->index(0, 0, firstSurvivor).data(TodayModel::IdRole).toUuid();
        const QUuid bStep = todayModel()->index(0, 0, secondSurvivor).data(TodayModel::IdRole).toUuid();

        QTreeView* tree = today()->tree();
        tree->setFocus();
        tree->setCurrentIndex(todayModel()->index(0, 0, firstSurvivor));
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "reasonEdit", QStringLiteral("Prefers her own doctor tomorrow"));
            test::screenshot(&d, QStringLiteral("today-decline-reason"), QStringLiteral("slips"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(child<QPushButton>("todayDeclined"), Qt::LeftButton);
        QCOMPARE(state(aStep), QStringLiteral("declined"));
        QCOMPARE(row("checklist_item", aStep).text(QStringLiteral("reason")), QStringLiteral("Prefers her own doctor tomorrow"));

        // The current row is not one of B's steps: at most B's own row, where Space ticks nothing.
        const QModelIndex current = tree->currentIndex();
        QVERIFY(current.data(TodayModel::KindRole).toInt() != TodayModel::StepRow || currentTodaySurvivor() == a);
        test::screenshot(tree, QStringLiteral("today-after-decline"), QStringLiteral("slips"));
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(state(bStep), QStringLiteral("open"));
        QVERIFY(!child<QPushButton>("todayDone")->isEnabled());
        Q_UNUSED(b)
    }

    // Hazard 2, the keys: the survivor page's letters act on the current step here too, and no
    // other letter moves the current row to another survivor by searching.
    void todayLettersNeverJumpToAnotherSurvivor()
    {
        m_window->showView(today());
        const QModelIndex overdue = todayModel()->bandIndex(DueBand::Overdue);
        const QModelIndex first = todayModel()->index(0, 0, overdue);
        const QUuid a = first.data(TodayModel::IdRole).toUuid();
        QTreeView* tree = today()->tree();
        tree->setFocus();
        // The last of A's overdue steps: the next "E…" step in the list is another survivor's.
        const QModelIndex last = todayModel()->index(todayModel()->rowCount(first) - 1, 0, first);
        tree->setCurrentIndex(last);
        const QUuid step = last.data(TodayModel::IdRole).toUuid();
        for (const Qt::Key key : {Qt::Key_E, Qt::Key_I, Qt::Key_S, Qt::Key_A, Qt::Key_V}) {
            QTest::keyClick(tree, key);
            QCOMPARE(currentTodaySurvivor(), a);
            QCOMPARE(tree->currentIndex().data(TodayModel::IdRole).toUuid(), step);
        }
        // N: not applicable, as on the survivor's page; it asks why first (cancelled: nothing).
        QTest::keyClick(tree, Qt::Key_N);
        QCOMPARE(state(step), QStringLiteral("open"));
        Dialogs::setNextDialogAnswer(giveReason(QStringLiteral("Already housed by her sister")));
        QTest::keyClick(tree, Qt::Key_N);
        QCOMPARE(state(step), QStringLiteral("not_applicable"));
        QCOMPARE(row("checklist_item", step).text(QStringLiteral("reason")), QStringLiteral("Already housed by her sister"));
        QCOMPARE(currentTodaySurvivor(), a);
    }

    // Hazard 3: an age band under 18 makes a minor, and the child-protection steps follow.
    void anAgeBandUnder18MakesAMinor()
    {
        m_window->showView(survivors());
        const QUuid adult = m_sample.survivors[0];
        QVERIFY(survivors()->selectSurvivor(adult));
        QTRY_COMPARE(survivors()->detail()->survivor(), adult);
        child<QTabWidget>("survivorTabs")->setCurrentIndex(1);
        const auto titles = [this] {
            QStringList out;
            for (int r = 0; r < checklist()->model()->rowCount(); ++r)
                out << checklist()->model()->item(r)->title;
            return out;
        };
        QVERIFY(!titles().contains(QStringLiteral("Placement suited to a child")));
        QComboBox* band = child<QComboBox>("survivorAgeBand");
        const int young = band->findData(QStringLiteral("12_15"));
        QVERIFY(young >= 0);
        band->setCurrentIndex(young);
        Q_EMIT band->activated(young);
        QVERIFY(row("survivor", adult).value(QStringLiteral("minor")).toBool());
        QVERIFY(titles().contains(QStringLiteral("Placement suited to a child")));
        QVERIFY(titles().contains(QStringLiteral("Child-protection services notified within 24 hours")));
        // The box follows the band; it is not the liaison's to untick.
        QCheckBox* minor = child<QCheckBox>("survivorMinor");
        test::screenshot(minor, QStringLiteral("age-band-minor"), QStringLiteral("slips"));
        QVERIFY(minor->isChecked());
        QVERIFY(!minor->isEnabled());
        // One undo step takes back the band, the minor and the steps.
        m_window->actions()->undo()->trigger();
        QVERIFY(!row("survivor", adult).value(QStringLiteral("minor")).toBool());
        QCOMPARE(row("survivor", adult).text(QStringLiteral("age_band")), QStringLiteral("25_34"));
        QVERIFY(!titles().contains(QStringLiteral("Placement suited to a child")));
    }

    // Hazard 6: declined and not applicable ask why and for confirmation; the reason is recorded
    // and shown. Cancelled, nothing changes.
    void decliningAStepAsksWhy()
    {
        m_window->showView(survivors());
        QVERIFY(survivors()->selectSurvivor(m_sample.survivors[2]));
        QTRY_COMPARE(survivors()->detail()->survivor(), m_sample.survivors[2]);
        clickStep(0);
        const QUuid step = checklist()->currentItem();
        QTest::mouseClick(child<QPushButton>("tickDeclined"), Qt::LeftButton);
        QCOMPARE(state(step), QStringLiteral("open"));
        // The dialog's button waits for a reason.
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            QVERIFY(!test::child<QPushButton>(d, "okButton")->isEnabled());
            test::type(d, "reasonEdit", QStringLiteral("   "));
            QVERIFY(!test::child<QPushButton>(d, "okButton")->isEnabled());
            test::type(d, "reasonEdit", QStringLiteral("Does not want a medical check now"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(child<QPushButton>("tickDeclined"), Qt::LeftButton);
        QCOMPARE(state(step), QStringLiteral("declined"));
        QCOMPARE(row("checklist_item", step).text(QStringLiteral("reason")), QStringLiteral("Does not want a medical check now"));
        QTRY_COMPARE(checklist()->currentItem(), step);
        QLabel* reason = child<QLabel>("stepReason");
        test::screenshot(reason, QStringLiteral("step-reason"), QStringLiteral("slips"));
        QVERIFY(reason->isVisible());
        QCOMPARE(reason->text(), QStringLiteral("Does not want a medical check now"));
        const int r = checklist()->model()->rowOf(step);
        QVERIFY(checklist()->model()->index(r, ChecklistModel::State).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("Does not want a medical check now")));
        // Reopened, the reason goes with the decline.
        QTest::mouseClick(child<QPushButton>("tickReopen"), Qt::LeftButton);
        QCOMPARE(state(step), QStringLiteral("open"));
        QVERIFY(row("checklist_item", step).isNull(QStringLiteral("reason")));
    }

    void withdrawingAConsentAsksWhy()
    {
        m_window->showView(survivors());
        const QUuid survivor = m_sample.survivors[0];
        QVERIFY(survivors()->selectSurvivor(survivor));
        QTRY_COMPARE(survivors()->detail()->survivor(), survivor);
        child<QTabWidget>("survivorTabs")->setCurrentIndex(2);
        ConsentPanel* panel = survivors()->detail()->consents();
        panel->table()->setCurrentIndex(panel->model()->index(0, 0));
        const QUuid consent = panel->model()->idAt(0);
        QTest::mouseClick(child<QPushButton>("withdrawConsent"), Qt::LeftButton);
        QVERIFY(row("consent", consent).isNull(QStringLiteral("withdrawn_at")));
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "reasonEdit", QStringLiteral("Asked us by phone to stop"));
            test::screenshot(&d, QStringLiteral("consent-withdraw"), QStringLiteral("slips"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(child<QPushButton>("withdrawConsent"), Qt::LeftButton);
        QVERIFY(!row("consent", consent).isNull(QStringLiteral("withdrawn_at")));
        QCOMPARE(row("consent", consent).text(QStringLiteral("withdrawn_reason")), QStringLiteral("Asked us by phone to stop"));
        panel->table()->setCurrentIndex(panel->model()->index(panel->model()->rowCount() - 1, 0));
        panel->table()->setCurrentIndex(panel->model()->index(0, 0));
        QVERIFY(child<QLabel>("consentWithdrawal")->text().contains(QStringLiteral("Asked us by phone to stop")));
        test::screenshot(panel, QStringLiteral("consent-withdrawn"), QStringLiteral("slips"));
    }
};

TANDEM_GUI_TEST_MAIN(SlipsTest)
#include "slips_test.moc"
