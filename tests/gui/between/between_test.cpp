// Between operations (issue 9), through the window: schedule a joint training, record who came,
// agree an action item and find it in Today; log a tip in the intake form, triage it and link it
// to an operation from either side; enter each agency's feedback after an operation and after the
// training; see a protocol review that is due in Today. Every edit undoable.

#include "actions.h"
#include "dialoganswers.h"
#include "document.h"
#include "guitest.h"
#include "mainwindow.h"
#include "records/childtablemodel.h"
#include "today/followupmodel.h"
#include "meetings/meetinglistmodel.h"
#include "tips/tiplistmodel.h"
#include "store/store.h"
#include "directory/agencyactionitems.h"
#include "records/childrecordspage.h"
#include "directory/directoryview.h"
#include "operations/linkedtipspage.h"
#include "meetings/meetingsview.h"
#include "operations/operationeditor.h"
#include "operations/operationsview.h"
#include "protocols/protocolsview.h"
#include "tips/tipsview.h"
#include "today/todayview.h"
#include "widgets/timefield.h"

#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace tandem;

namespace {

using test::click;

void typeInto(QWidget* field, const QString& text)
{
    field->setFocus(Qt::OtherFocusReason);
    if (auto* line = qobject_cast<QLineEdit*>(field))
        line->selectAll();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(field))
        spin->selectAll();
    QTest::keyClicks(field, text);
}

void pick(QComboBox* combo, const QString& text)
{
    QVERIFY2(combo, "missing combo box");
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;

} // namespace

class BetweenTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::ManualClock m_clock;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_police;
    QUuid m_refuge;
    QUuid m_inspectorate;
    QUuid m_operation;

    Store& store() { return *m_window->store(); }
    template <typename T>
    T* in(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_clock.now, Qt::UTC); }
    Row row(const char* entity, const QUuid& id)
    {
        Result<Row> r = store().get(QString::fromLatin1(entity), id);
        return r ? *r : Row();
    }
    // Picks the view in the navigation list by its text, as a person would.
    bool show(View* view)
    {
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        const QList<QListWidgetItem*> items = navigation->findItems(view->navigationText(), Qt::MatchExactly);
        if (items.size() != 1)
            return false;
        navigation->setCurrentItem(items.first());
        view->takeFocus();
        return m_window->currentView() == view;
    }
    int followUpRow(const QString& title)
    {
        FollowUpModel* m = m_window->todayView()->followUps();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, FollowUpModel::What).data().toString() == title)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createFile(m_dir.filePath(QStringLiteral("between-%1.tandem").arg(QUuid::createUuid().toString(QUuid::Id128))),
                                     QStringLiteral("Eastbrook Task Force"), test::kOfficePassphrase));
        store().setWallClock(m_clock.fn());
        const auto agency = [this](const char* name, const char* kind) {
            Result<QUuid> id = store().insert(QStringLiteral("agency"), {{QStringLiteral("name"), QString::fromUtf8(name)},
                                                                         {QStringLiteral("kind"), QString::fromLatin1(kind)}});
            return id ? *id : QUuid();
        };
        m_police = agency("Eastfold Police Service", "police");
        m_refuge = agency("Harbourside Refuge", "ngo_victim_services");
        m_inspectorate = agency("Marrow Quay Labour Inspectorate", "labour_inspection");
        Result<QUuid> op = store().insert(QStringLiteral("operation"),
                                          {{QStringLiteral("code_name"), QStringLiteral("Operation Kite")},
                                           {QStringLiteral("status"), QStringLiteral("planned")},
                                           {QStringLiteral("lead_agency"), m_police},
                                           {QStringLiteral("starts_at"), now().addDays(3)}});
        QVERIFY(op);
        m_operation = *op;
        Dialogs::takeMessages();
    }

    void cleanup()
    {
        m_window.reset();
        const QList<Dialogs::Message> unread = Dialogs::takeMessages();
        for (const Dialogs::Message& m : unread)
            qWarning() << "message not checked by the test:" << m.text << m.details;
    }

    void navigationOrder()
    {
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QStringList texts;
        for (int i = 0; i < navigation->count(); ++i)
            texts << navigation->item(i)->text().section(QStringLiteral(" ("), 0, 0);
        const int survivors = int(texts.indexOf(QStringLiteral("Survivors")));
        QVERIFY(survivors >= 0);
        QCOMPARE(texts.indexOf(QStringLiteral("Meetings")), survivors + 1);
        QCOMPARE(texts.indexOf(QStringLiteral("Tips")), survivors + 2);
    }

    // RecordListView::setDocument(), shared by meetings and tips: the file is kept at once, its
    // records are read only when the view is first shown.
    void meetingsAndTipsAreReadWhenFirstShown()
    {
        QVERIFY(store().insert(QStringLiteral("tip"), {{QStringLiteral("received_at"), now()},
                                                      {QStringLiteral("channel"), QStringLiteral("hotline")},
                                                      {QStringLiteral("place"), QStringLiteral("Harbour Road car wash")},
                                                      {QStringLiteral("description"), QStringLiteral("Workers sleep on site")}}));
        TipsView* tips = m_window->tipsView();
        auto* table = tips->findChild<QTableView*>(QStringLiteral("tipsTable"));
        QVERIFY(!tips->isVisible());
        QCOMPARE(tips->document(), m_window->document());
        QCOMPARE(table->model()->rowCount(), 0);
        m_window->showView(tips);
        QVERIFY(tips->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
        MeetingsView* meetings = m_window->meetingsView();
        QVERIFY(!meetings->isVisible());
        QCOMPARE(meetings->document(), m_window->document());
    }

    void scheduleTrainingAttendanceAndActionItemInToday()
    {
        MeetingsView* view = m_window->meetingsView();
        QVERIFY(show(view));
        QUndoStack* undo = m_window->document()->undoStack();

        // A new meeting: refused without a title, with the reason under the title.
        QTest::keySequence(in<QTreeView>(view, "meetingsTree"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QVERIFY(in<QPushButton>(view, "meetingsCreate")->isVisible());
        auto* starts = in<TimeField>(view, "meeting_starts_at");
        QVERIFY(starts->value().isValid()); // the next working morning is suggested
        QVERIFY(starts->value() > now());
        click(in<QPushButton>(view, "meetingsCreate"));
        auto* message = in<QLabel>(view, "meeting_titleMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Title is required.")), qPrintable(message->text()));

        pick(in<QComboBox>(view, "meeting_kind"), QStringLiteral("Joint training"));
        typeInto(in<QLineEdit>(view, "meeting_title"), QStringLiteral("Trauma-informed interviewing"));
        typeInto(in<QLineEdit>(view, "meeting_place"), QStringLiteral("Copperlea community hall"));
        pick(in<QComboBox>(view, "meeting_organiser"), QStringLiteral("Harbourside Refuge"));
        const QDateTime at = now().addDays(2);
        starts->setValue(at);
        QTest::keyClick(in<QLineEdit>(view, "meeting_title"), Qt::Key_Return, Qt::ControlModifier);
        const QUuid meeting = view->current();
        QVERIFY(!meeting.isNull());
        const Row made = row("meeting", meeting);
        QCOMPARE(made.text(QStringLiteral("kind")), QStringLiteral("training"));
        QCOMPARE(made.text(QStringLiteral("title")), QStringLiteral("Trauma-informed interviewing"));
        QCOMPARE(made.value(QStringLiteral("organiser")).toUuid(), m_refuge);
        QCOMPARE(made.value(QStringLiteral("starts_at")).toDateTime().toSecsSinceEpoch(), at.toSecsSinceEpoch() / 60 * 60);
        // Coming this week, in the calendar.
        QCOMPARE(view->model()->indexOf(meeting).data(MeetingListModel::BandRole).toInt(), int(MeetingListModel::Week));
        QCOMPARE(view->tabs()->currentWidget(), view->attendance());

        // Who came, and how many.
        struct Came {
            const char* agency;
            const char* people;
        };
        for (const Came& c : {Came{"Eastfold Police Service", "12"}, Came{"Marrow Quay Labour Inspectorate", "4"}}) {
            click(in<QPushButton>(view, "meetingAttendanceAdd"));
            pick(in<QComboBox>(view->attendance(), "attendance_agency"), QString::fromUtf8(c.agency));
            typeInto(in<QSpinBox>(view->attendance(), "attendance_headcount"), QString::fromLatin1(c.people));
            click(in<QPushButton>(view, "meetingAttendanceCreate"));
        }
        QCOMPARE(view->attendance()->model()->rowCount(), 2);
        QCOMPARE(view->tabs()->tabText(1), QStringLiteral("Attendan&ce (2 agencies, 16 people)"));
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT sum(headcount) FROM attendance WHERE meeting = ? AND deleted = 0"),
                                           {meeting.toRfc4122()});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 16);

        // An action item agreed there, due in two days (a week after the meeting is suggested).
        view->tabs()->setCurrentWidget(view->actionItems());
        click(in<QPushButton>(view, "meetingActionsAdd"));
        auto* due = in<TimeField>(view->actionItems(), "action_item_due_at");
        QCOMPARE(due->value().toSecsSinceEpoch(), at.addDays(7).toSecsSinceEpoch() / 60 * 60);
        typeInto(in<QLineEdit>(view->actionItems(), "action_item_title"), QStringLiteral("Share the interview checklist"));
        pick(in<QComboBox>(view->actionItems(), "action_item_owner_agency"), QStringLiteral("Harbourside Refuge"));
        due->setValue(now().addDays(2));
        click(in<QPushButton>(view, "meetingActionsCreate"));
        QCOMPARE(view->actionItems()->model()->rowCount(), 1);
        const QUuid action = view->actionItems()->model()->idAt(0);
        QCOMPARE(row("action_item", action).value(QStringLiteral("meeting")).toUuid(), meeting);
        QCOMPARE(row("action_item", action).value(QStringLiteral("owner_agency")).toUuid(), m_refuge);
        QCOMPARE(view->tabs()->tabText(2), QStringLiteral("Act&ion items (1 open)"));

        // An older meeting whose follow-up is late shows first, as overdue.
        Result<QUuid> old = store().insert(QStringLiteral("meeting"), {{QStringLiteral("kind"), QStringLiteral("coordination")},
                                                                      {QStringLiteral("title"), QStringLiteral("Monthly coordination")},
                                                                      {QStringLiteral("starts_at"), now().addDays(-20)}});
        QVERIFY(old);
        QVERIFY(store().insert(QStringLiteral("action_item"), {{QStringLiteral("meeting"), *old},
                                                               {QStringLiteral("title"), QStringLiteral("Update the referral list")},
                                                               {QStringLiteral("owner_agency"), m_police},
                                                               {QStringLiteral("due_at"), now().addDays(-3)}}));
        QCOMPARE(view->model()->indexOf(*old).data(MeetingListModel::BandRole).toInt(), int(MeetingListModel::Overdue));
        QCOMPARE(view->model()->index(0, 0).data(MeetingListModel::BandRole).toInt(), int(MeetingListModel::Overdue));
        QCOMPARE(view->current(), meeting); // the selection stayed

        // Today: both, the overdue one first, beside the survivors' steps.
        TodayView* today = m_window->todayView();
        QVERIFY(show(today));
        FollowUpModel* followUps = today->followUps();
        QCOMPARE(followUps->count(FollowUpModel::ActionItem), qint64(2));
        QCOMPARE(followUpRow(QStringLiteral("Update the referral list")), 0);
        const int r = followUpRow(QStringLiteral("Share the interview checklist"));
        QCOMPARE(r, 1);
        QVERIFY(followUps->index(0, FollowUpModel::Timing).data().toString().endsWith(QStringLiteral("late")));
        QCOMPARE(followUps->index(r, FollowUpModel::From).data().toString(), QStringLiteral("Meeting: Trauma-informed interviewing"));
        QCOMPARE(followUps->index(r, FollowUpModel::Owner).data().toString(), QStringLiteral("Harbourside Refuge"));
        QVERIFY(followUps->index(r, FollowUpModel::Timing).data().toString().startsWith(QStringLiteral("in ")));
        QVERIFY(in<QLabel>(today, "todayFollowUpSummary")->text().startsWith(QStringLiteral("1 overdue")));

        // Ticked done with one key; undo brings it back.
        QTableView* table = today->followUpTable();
        table->setFocus(Qt::OtherFocusReason);
        table->setCurrentIndex(followUps->index(r, 0));
        const int before = undo->count();
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(row("action_item", action).value(QStringLiteral("done_at")).toDateTime().isValid());
        QCOMPARE(followUpRow(QStringLiteral("Share the interview checklist")), -1);
        QCOMPARE(undo->count(), before + 1);
        m_window->actions()->undo()->trigger();
        QVERIFY(row("action_item", action).isNull(QStringLiteral("done_at")));
        QCOMPARE(followUpRow(QStringLiteral("Share the interview checklist")), 1);

        // Opening it goes to its meeting.
        table->setCurrentIndex(followUps->index(1, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_window->currentView(), view);
        QCOMPARE(view->current(), meeting);

        // Deleting the meeting asks, takes its attendance, and Undo brings both back.
        Dialogs::setNextAnswer(true);
        click(in<QPushButton>(view, "meetingsDelete"));
        QCOMPARE(Dialogs::takeMessages().size(), 1);
        QVERIFY(row("meeting", meeting).deleted);
        QVERIFY(!view->model()->indexOf(meeting).isValid());
        m_window->actions()->undo()->trigger();
        QVERIFY(!row("meeting", meeting).deleted);
        QVERIFY(view->model()->indexOf(meeting).isValid());
        q = store().exec(QStringLiteral("SELECT count(*) FROM attendance WHERE meeting = ? AND deleted = 0"), {meeting.toRfc4122()});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 2);
        q->finish();

        // The owner agency's entry in the Agencies directory lists what it owes, overdue in red,
        // and an item done anywhere leaves the list at once.
        auto* agencies = m_window->findChild<DirectoryView*>(QStringLiteral("agenciesView"));
        QVERIFY(show(agencies));
        auto* owned = agencies->findChild<AgencyActionItems*>(QStringLiteral("agencyActionItems"));
        QVERIFY(owned);
        QVERIFY(agencies->select(m_refuge));
        QVERIFY(owned->isVisible());
        QCOMPARE(owned->count(), 1);
        auto* list = owned->findChild<QTreeWidget*>(QStringLiteral("agencyActionItemsList"));
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Share the interview checklist"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Trauma-informed interviewing"));
        QVERIFY(agencies->select(m_police));
        QCOMPARE(owned->count(), 1);
        QVERIFY(list->topLevelItem(0)->text(2).endsWith(QStringLiteral("(overdue)")));
        QVERIFY(agencies->select(m_refuge));
        QVERIFY(store().update(QStringLiteral("action_item"), action, {{QStringLiteral("done_at"), now()}}));
        QCOMPARE(owned->count(), 0);
        QCOMPARE(owned->findChild<QLabel*>(QStringLiteral("agencyActionItemsHeading"))->text(),
                 QStringLiteral("No open action items"));
    }

    void meetingThatEndsBeforeItStartsIsRefused()
    {
        MeetingsView* view = m_window->meetingsView();
        QVERIFY(show(view));
        view->startNew();
        typeInto(in<QLineEdit>(view, "meeting_title"), QStringLiteral("Outreach at the market"));
        pick(in<QComboBox>(view, "meeting_kind"), QStringLiteral("Community outreach"));
        in<TimeField>(view, "meeting_starts_at")->setValue(now().addDays(4));
        in<TimeField>(view, "meeting_ends_at")->setValue(now().addDays(3));
        QVERIFY(view->createNew().isNull());
        auto* message = in<QLabel>(view, "meetingDetailsMessage");
        QVERIFY2(message->text().contains(QStringLiteral("the meeting ends before it starts")), qPrintable(message->text()));
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT count(*) FROM meeting"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void logTipTriageAndLinkFromBothSides()
    {
        TipsView* view = m_window->tipsView();
        QVERIFY(show(view));
        QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        // The time and the channel are filled in; the rest is a few keys and ticks.
        QCOMPARE(in<TimeField>(view, "tip_received_at")->value().toSecsSinceEpoch(), now().toSecsSinceEpoch() / 60 * 60);
        QCOMPARE(in<QComboBox>(view, "tip_channel")->currentText(), QStringLiteral("Hotline"));
        QCOMPARE(in<QComboBox>(view, "tip_sharing")->currentData().toString(), QStringLiteral("office"));
        typeInto(in<QLineEdit>(view, "tip_place"), QStringLiteral("Gullhaven bus depot"));
        auto* indicators = in<QListWidget>(view, "tip_indicators");
        QVERIFY(indicators->count() >= 12);
        for (const QString& label : {QStringLiteral("Identity documents held by someone else"), QStringLiteral("Lives where they work")}) {
            const QList<QListWidgetItem*> items = indicators->findItems(label, Qt::MatchExactly);
            QCOMPARE(items.size(), 1);
            items.first()->setCheckState(Qt::Checked);
        }
        in<QWidget>(view, "tip_description")->setFocus();
        QTest::keyClicks(in<QWidget>(view, "tip_description"), QStringLiteral("Workers collected by van at dawn"));
        in<QLineEdit>(view, "tip_place")->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(in<QLineEdit>(view, "tip_place"), Qt::Key_Return, Qt::ControlModifier);
        const QUuid tip = view->current();
        QVERIFY(!tip.isNull());
        Row t = row("tip", tip);
        QCOMPARE(t.text(QStringLiteral("status")), QStringLiteral("new"));
        QCOMPARE(t.text(QStringLiteral("sharing")), QStringLiteral("office"));
        QCOMPARE(t.text(QStringLiteral("channel")), QStringLiteral("hotline"));
        QCOMPARE(t.value(QStringLiteral("indicators")).toStringList(),
                 (QStringList{QStringLiteral("documents_withheld"), QStringLiteral("lives_at_workplace")}));
        QCOMPARE(t.text(QStringLiteral("description")), QStringLiteral("Workers collected by van at dawn"));
        QCOMPARE(view->model()->index(0, TipListModel::Indicators).data().toString(), QStringLiteral("2 indicators"));
        QCOMPARE(in<QLabel>(view, "tipsTriageState")->text(), QStringLiteral("Status: New"));

        // Unticking an indicator of a logged tip is one undoable edit.
        const int before = m_window->document()->undoStack()->count();
        indicators->findItems(QStringLiteral("Lives where they work"), Qt::MatchExactly).first()->setCheckState(Qt::Unchecked);
        QCOMPARE(row("tip", tip).value(QStringLiteral("indicators")).toStringList(), QStringList{QStringLiteral("documents_withheld")});
        QCOMPARE(m_window->document()->undoStack()->count(), before + 1);
        m_window->actions()->undo()->trigger();
        QCOMPARE(row("tip", tip).value(QStringLiteral("indicators")).toStringList().size(), 2);
        QCOMPARE(indicators->findItems(QStringLiteral("Lives where they work"), Qt::MatchExactly).first()->checkState(), Qt::Checked);

        // Triage: assessed, then linked to the operation it led to, picked in the search dialog:
        // the only open operation is selected at once, so Enter takes it. Undoable.
        click(in<QPushButton>(view, "tipsAssessed"));
        QCOMPARE(row("tip", tip).text(QStringLiteral("status")), QStringLiteral("assessed"));
        QStringList seen;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            seen << d.windowTitle() << in<QLabel>(&d, "pickerLabel")->text() << in<QLabel>(&d, "pickerCount")->text()
                 << in<QListView>(&d, "pickerList")->currentIndex().data().toString();
            QTest::keyClick(in<QLineEdit>(&d, "pickerSearch"), Qt::Key_Return);
        });
        view->takeFocus();
        QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QCOMPARE(seen.size(), 4);
        QCOMPARE(seen[0], QStringLiteral("Link to an operation"));
        QCOMPARE(seen[1], QStringLiteral("The operation this tip led to:"));
        QCOMPARE(seen[2], QStringLiteral("The only open operation"));
        QVERIFY2(seen[3].startsWith(QStringLiteral("Operation Kite — Planned, ")), qPrintable(seen[3]));
        t = row("tip", tip);
        QCOMPARE(t.text(QStringLiteral("status")), QStringLiteral("linked"));
        QCOMPARE(t.value(QStringLiteral("operation")).toUuid(), m_operation);
        QCOMPARE(view->current(), tip); // still shown, though no longer open
        QCOMPARE(in<QLabel>(view, "tipsTriageState")->text(), QStringLiteral("Status: Linked to Operation Kite"));
        QVERIFY(in<QPushButton>(view, "tipsUnlink")->isVisible());
        m_window->actions()->undo()->trigger();
        t = row("tip", tip);
        QCOMPARE(t.text(QStringLiteral("status")), QStringLiteral("assessed"));
        QVERIFY(t.isNull(QStringLiteral("operation")));

        // Esc in the picker changes nothing.
        bool dismissed = false;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            QTest::keyClick(in<QLineEdit>(&d, "pickerSearch"), Qt::Key_Escape);
            dismissed = !d.isVisible() && d.result() == QDialog::Rejected;
        });
        click(in<QPushButton>(view, "tipsLink"));
        QVERIFY(dismissed);
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QCOMPARE(row("tip", tip).text(QStringLiteral("status")), QStringLiteral("assessed"));

        // From the operation: "Link a tip", found by its place, its channel or its description.
        Result<QUuid> other = store().insert(QStringLiteral("tip"), {{QStringLiteral("received_at"), now().addDays(-2)},
                                                                    {QStringLiteral("channel"), QStringLiteral("walk_in")},
                                                                    {QStringLiteral("place"), QStringLiteral("Copperlea market")}});
        QVERIFY(other);
        OperationsView* operations = m_window->operationsView();
        QVERIFY(show(operations));
        operations->openOperation(m_operation);
        OperationEditor* editor = operations->editor();
        editor->tabs()->setCurrentWidget(editor->tips());
        seen.clear();
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            const auto look = [&] {
                seen << in<QLabel>(&d, "pickerCount")->text() << in<QListView>(&d, "pickerList")->currentIndex().data().toString();
            };
            look();
            for (const QString& words : {QStringLiteral("copperlea"), QStringLiteral("walk"), QStringLiteral("VAN dawn")}) {
                test::type(d, "pickerSearch", words);
                look();
            }
            QTest::keyClick(in<QLineEdit>(&d, "pickerSearch"), Qt::Key_Return);
        });
        click(in<QPushButton>(editor, "planTipsLink"));
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QCOMPARE(seen.size(), 8);
        QCOMPARE(seen[0], QStringLiteral("2 open tips"));
        QVERIFY2(seen[1].endsWith(QStringLiteral("Hotline, Gullhaven bus depot")), qPrintable(seen[1])); // the latest
        QCOMPARE(seen[2], QStringLiteral("1 of 2 open tips"));
        QVERIFY2(seen[3].endsWith(QStringLiteral("Walk-in, Copperlea market")), qPrintable(seen[3]));
        QCOMPARE(seen[4], QStringLiteral("1 of 2 open tips"));
        QVERIFY2(seen[5].endsWith(QStringLiteral("Walk-in, Copperlea market")), qPrintable(seen[5]));
        QCOMPARE(seen[6], QStringLiteral("1 of 2 open tips"));
        QVERIFY2(seen[7].endsWith(QStringLiteral("Hotline, Gullhaven bus depot")), qPrintable(seen[7]));
        QCOMPARE(row("tip", tip).text(QStringLiteral("status")), QStringLiteral("linked"));
        QCOMPARE(row("tip", tip).value(QStringLiteral("operation")).toUuid(), m_operation);
        QCOMPARE(row("tip", *other).text(QStringLiteral("status")), QStringLiteral("new"));
        QCOMPARE(editor->tips()->model()->rowCount(), 1);
        QCOMPARE(editor->tabs()->tabText(editor->tabs()->indexOf(editor->tips())), QStringLiteral("Ti&ps (1)"));
        // No open tip is left: the person is told so, nothing changes.
        QVERIFY(store().update(QStringLiteral("tip"), *other, {{QStringLiteral("status"), QStringLiteral("closed")}}));
        click(in<QPushButton>(editor, "planTipsLink"));
        const QList<Dialogs::Message> told = Dialogs::takeMessages();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told[0].text, QStringLiteral("There is no open tip to link."));

        // Closed from the tips view; the open filter no longer lists it, All does.
        QVERIFY(show(view));
        QVERIFY(view->select(tip));
        click(in<QPushButton>(view, "tipsClose"));
        QCOMPARE(row("tip", tip).text(QStringLiteral("status")), QStringLiteral("closed"));
        view->filter()->setCurrentIndex(view->filter()->findData(int(TipListModel::Open)));
        QCOMPARE(view->model()->rowOf(tip), -1);
        view->filter()->setCurrentIndex(view->filter()->findData(int(TipListModel::All)));
        QVERIFY(view->model()->rowOf(tip) >= 0);
    }

    // The picker searches the database, not a first batch: an operation older than the 500 most
    // recent is found by part of its code name, and linked with Enter; the keyboard alone picks
    // another match.
    void operationOlderThanTheLatest500IsFoundAndLinked()
    {
        QList<QUuid> beacons;
        {
            Result<Transaction> tx = store().begin();
            QVERIFY(tx);
            for (int i = 0; i < 600; ++i) {
                Result<QUuid> op = store().insert(QStringLiteral("operation"),
                                                  {{QStringLiteral("code_name"), QStringLiteral("Operation Beacon %1").arg(i)},
                                                   {QStringLiteral("status"), QStringLiteral("planned")},
                                                   {QStringLiteral("starts_at"), now().addDays(-i)}});
                QVERIFY(op);
                beacons << *op;
            }
            QVERIFY(tx->commit());
        }
        Result<QUuid> old = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Quillwort")},
                                                                        {QStringLiteral("status"), QStringLiteral("approved")},
                                                                        {QStringLiteral("starts_at"), now().addDays(-900)}});
        QVERIFY(old);
        // Closed: not offered, though its name matches too.
        QVERIFY(store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Quillmoss")},
                                                             {QStringLiteral("status"), QStringLiteral("closed")},
                                                             {QStringLiteral("starts_at"), now().addDays(-800)}}));
        Result<QUuid> tip = store().insert(QStringLiteral("tip"), {{QStringLiteral("received_at"), now().addDays(-1)},
                                                                  {QStringLiteral("channel"), QStringLiteral("hotline")},
                                                                  {QStringLiteral("place"), QStringLiteral("Saltmarsh cannery")},
                                                                  {QStringLiteral("status"), QStringLiteral("assessed")}});
        QVERIFY(tip);
        TipsView* view = m_window->tipsView();
        QVERIFY(show(view));
        QVERIFY(view->select(*tip));

        QStringList seen;
        int loaded = -1;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            loaded = in<QListView>(&d, "pickerList")->model()->rowCount();
            seen << in<QLabel>(&d, "pickerCount")->text();
            QTest::keyClicks(in<QLineEdit>(&d, "pickerSearch"), QStringLiteral("quill"));
            seen << in<QLabel>(&d, "pickerCount")->text() << in<QListView>(&d, "pickerList")->currentIndex().data().toString();
            QTest::keyClick(in<QLineEdit>(&d, "pickerSearch"), Qt::Key_Return);
        });
        view->takeFocus();
        QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QCOMPARE(loaded, 100); // a page; more as the list scrolls
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen[0], QStringLiteral("602 open operations"));
        QCOMPARE(seen[1], QStringLiteral("1 of 602 open operations"));
        QVERIFY2(seen[2].startsWith(QStringLiteral("Operation Quillwort — Approved, ")), qPrintable(seen[2]));
        QCOMPARE(row("tip", *tip).text(QStringLiteral("status")), QStringLiteral("linked"));
        QCOMPARE(row("tip", *tip).value(QStringLiteral("operation")).toUuid(), *old);
        m_window->actions()->undo()->trigger();
        QVERIFY(row("tip", *tip).isNull(QStringLiteral("operation")));

        // Keyboard only: "beacon 5" finds Beacon 5, 50–59 and 500–599, the latest start first;
        // Down moves to the second, Enter takes it.
        seen.clear();
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            auto* search = in<QLineEdit>(&d, "pickerSearch");
            QTest::keyClicks(search, QStringLiteral("beacon 5"));
            seen << in<QLabel>(&d, "pickerCount")->text() << in<QListView>(&d, "pickerList")->currentIndex().data().toString();
            QTest::keyClick(search, Qt::Key_Down);
            seen << in<QListView>(&d, "pickerList")->currentIndex().data().toString();
            QTest::keyClick(search, Qt::Key_Return);
        });
        click(in<QPushButton>(view, "tipsLink"));
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen[0], QStringLiteral("111 of 602 open operations"));
        QVERIFY2(seen[1].startsWith(QStringLiteral("Operation Beacon 5 — ")), qPrintable(seen[1]));
        QVERIFY2(seen[2].startsWith(QStringLiteral("Operation Beacon 50 — ")), qPrintable(seen[2]));
        QCOMPARE(row("tip", *tip).value(QStringLiteral("operation")).toUuid(), beacons[50]);
    }

    void tipWithoutTimeIsRefused()
    {
        TipsView* view = m_window->tipsView();
        QVERIFY(show(view));
        view->startNew();
        in<TimeField>(view, "tip_received_at")->setValue({});
        QVERIFY(view->createNew().isNull());
        auto* message = in<QLabel>(view, "tip_received_atMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Received is required.")), qPrintable(message->text()));
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT count(*) FROM tip"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void feedbackFromOperationAndTraining()
    {
        // After the operation: each agency's ratings, from the operation's plan.
        OperationsView* operations = m_window->operationsView();
        QVERIFY(show(operations));
        operations->openOperation(m_operation);
        OperationEditor* editor = operations->editor();
        ChildRecordsPage* page = editor->feedback();
        editor->tabs()->setCurrentWidget(page);
        click(in<QPushButton>(page, "planFeedbackAdd"));
        click(in<QPushButton>(page, "planFeedbackCreate"));
        auto* message = in<QLabel>(page, "feedback_agencyMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Agency is required.")), qPrintable(message->text()));
        pick(in<QComboBox>(page, "feedback_agency"), QStringLiteral("Harbourside Refuge"));
        typeInto(in<QSpinBox>(page, "feedback_rating_planning"), QStringLiteral("4"));
        typeInto(in<QSpinBox>(page, "feedback_rating_communication"), QStringLiteral("3"));
        typeInto(in<QSpinBox>(page, "feedback_rating_victim_care"), QStringLiteral("5"));
        typeInto(in<QSpinBox>(page, "feedback_rating_safety"), QStringLiteral("4"));
        in<QWidget>(page, "feedback_what_to_change")->setFocus();
        QTest::keyClicks(in<QWidget>(page, "feedback_what_to_change"), QStringLiteral("Interpreters at the briefing"));
        click(in<QPushButton>(page, "planFeedbackCreate"));
        QCOMPARE(page->model()->rowCount(), 1);
        Row f = row("feedback", page->model()->idAt(0));
        QCOMPARE(f.value(QStringLiteral("operation")).toUuid(), m_operation);
        QVERIFY(f.isNull(QStringLiteral("meeting")));
        QCOMPARE(f.value(QStringLiteral("agency")).toUuid(), m_refuge);
        QCOMPARE(f.value(QStringLiteral("rating_planning")).toLongLong(), 4);
        QCOMPARE(f.value(QStringLiteral("rating_victim_care")).toLongLong(), 5);
        QCOMPARE(f.text(QStringLiteral("what_to_change")), QStringLiteral("Interpreters at the briefing"));
        QCOMPARE(editor->tabs()->tabText(editor->tabs()->indexOf(page)), QStringLiteral("Fee&dback (1)"));

        // After the training: from the meeting.
        Result<QUuid> training = store().insert(QStringLiteral("meeting"), {{QStringLiteral("kind"), QStringLiteral("training")},
                                                                           {QStringLiteral("title"), QStringLiteral("Evidence for NGO staff")},
                                                                           {QStringLiteral("starts_at"), now().addDays(-1)}});
        QVERIFY(training);
        MeetingsView* meetings = m_window->meetingsView();
        QVERIFY(show(meetings));
        QVERIFY(meetings->select(*training));
        meetings->tabs()->setCurrentWidget(meetings->feedback());
        click(in<QPushButton>(meetings, "meetingFeedbackAdd"));
        pick(in<QComboBox>(meetings->feedback(), "feedback_agency"), QStringLiteral("Eastfold Police Service"));
        typeInto(in<QSpinBox>(meetings->feedback(), "feedback_rating_communication"), QStringLiteral("5"));
        click(in<QPushButton>(meetings, "meetingFeedbackCreate"));
        QCOMPARE(meetings->feedback()->model()->rowCount(), 1);
        f = row("feedback", meetings->feedback()->model()->idAt(0));
        QCOMPARE(f.value(QStringLiteral("meeting")).toUuid(), *training);
        QVERIFY(f.isNull(QStringLiteral("operation")));
        QCOMPARE(f.value(QStringLiteral("rating_communication")).toLongLong(), 5);
        QVERIFY(f.isNull(QStringLiteral("rating_planning")));
        // Undo takes it away.
        m_window->actions()->undo()->trigger();
        QCOMPARE(meetings->feedback()->model()->rowCount(), 0);
    }

    void dueTasksAndProtocolReviewsInToday()
    {
        // A task of the operation, overdue; one of a cancelled operation is not owed.
        QVERIFY(store().insert(QStringLiteral("task"), {{QStringLiteral("operation"), m_operation},
                                                        {QStringLiteral("phase"), QStringLiteral("preparation")},
                                                        {QStringLiteral("title"), QStringLiteral("Book the interpreters")},
                                                        {QStringLiteral("owner_agency"), m_refuge},
                                                        {QStringLiteral("due_at"), now().addSecs(-2 * 3600)}}));
        Result<QUuid> cancelled = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Wren")},
                                                                              {QStringLiteral("status"), QStringLiteral("cancelled")}});
        QVERIFY(cancelled);
        QVERIFY(store().insert(QStringLiteral("task"), {{QStringLiteral("operation"), *cancelled},
                                                        {QStringLiteral("phase"), QStringLiteral("preparation")},
                                                        {QStringLiteral("title"), QStringLiteral("Never owed")},
                                                        {QStringLiteral("due_at"), now().addSecs(-3600)}}));
        // The office's protocols: one is due for review in five days.
        Result<std::vector<Row>> protocols = store().select(QStringLiteral("protocol"), QStringLiteral("status = 'active'"));
        QVERIFY(protocols && !protocols->empty());
        const Row protocol = protocols->front();
        QVERIFY(store().update(QStringLiteral("protocol"), protocol.id, {{QStringLiteral("next_review_at"), now().addDays(5)}}));

        TodayView* today = m_window->todayView();
        QVERIFY(show(today));
        FollowUpModel* followUps = today->followUps();
        const int task = followUpRow(QStringLiteral("Book the interpreters"));
        QCOMPARE(task, 0);
        QCOMPARE(followUpRow(QStringLiteral("Never owed")), -1);
        QCOMPARE(followUps->index(task, FollowUpModel::From).data().toString(), QStringLiteral("Operation: Operation Kite"));
        const QString reviewTitle = QStringLiteral("Review “%1”").arg(protocol.text(QStringLiteral("name")));
        const int review = followUpRow(reviewTitle);
        QVERIFY(review > task);
        QCOMPARE(followUps->count(FollowUpModel::Review), qint64(1));
        QVERIFY(!(followUps->flags(followUps->index(review, 0)) & Qt::ItemIsUserCheckable));

        // Ticking the task records it done.
        QVERIFY(followUps->setData(followUps->index(task, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(followUpRow(QStringLiteral("Book the interpreters")), -1);

        // The review opens its protocol; once reviewed (a later date), it leaves Today.
        today->followUpTable()->setCurrentIndex(followUps->index(followUpRow(reviewTitle), 0));
        click(in<QPushButton>(today, "todayFollowUpOpen"));
        QCOMPARE(m_window->currentView(), m_window->protocolsView());
        QCOMPARE(m_window->protocolsView()->currentProtocol(), protocol.id);
        QVERIFY(store().update(QStringLiteral("protocol"), protocol.id, {{QStringLiteral("next_review_at"), now().addDays(365)}}));
        QVERIFY(show(today));
        QCOMPARE(followUpRow(reviewTitle), -1);
    }
};

TANDEM_GUI_TEST_MAIN(BetweenTest)
#include "between_test.moc"
