// Planning an operation as a task-force lead does it, through the window: create it, add targets
// and assignments, try to approve it too early and read what is missing, fix it, approve, undo back
// to draft and redo, find it by searching, and move a task on the timeline.

#include "actions.h"
#include "dialoganswers.h"
#include "document.h"
#include "guitest.h"
#include "mainwindow.h"
#include "records/childtablemodel.h"
#include "operations/operationlistmodel.h"
#include "store/store.h"
#include "records/childrecordspage.h"
#include "operations/logpage.h"
#include "operations/operationeditor.h"
#include "operations/operationfilterbar.h"
#include "operations/operationsview.h"
#include "operations/timelinechart.h"
#include "operations/timelinepage.h"
#include "widgets/limitedlineedit.h"
#include "widgets/timefield.h"

#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using namespace tandem;

namespace {

// Chooses `text` in a combo box as a person does with the keyboard: one step onto it, which is
// one "activated" (one edit), whatever was chosen before.
void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    QVERIFY2(index > 0, qPrintable(text));
    {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(index - 1);
    }
    combo->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), text);
}

void typeInto(QWidget* field, const QString& text)
{
    field->setFocus(Qt::OtherFocusReason);
    if (auto* line = qobject_cast<QLineEdit*>(field))
        line->selectAll();
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(field))
        spin->selectAll();
    QTest::keyClicks(field, text);
}

using test::click;

} // namespace

class PlanningTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_police;
    QUuid m_inspectorate;

    template <typename T>
    T* find(const char* name)
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    Store& store() { return *m_window->store(); }
    QVariant stored(const char* entity, const QUuid& id, const char* field)
    {
        Result<Row> row = store().get(QString::fromLatin1(entity), id);
        return row ? row->value(QString::fromLatin1(field)) : QVariant();
    }
    qint64 count(const char* sql, const QUuid& op)
    {
        Result<QSqlQuery> q = store().exec(QString::fromLatin1(sql), {op.toRfc4122()});
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    OperationsView* view() { return m_window->operationsView(); }
    OperationEditor* editor() { return view()->editor(); }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        Dialogs::setTestMode(true);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createFile(m_dir.filePath(QStringLiteral("plan-%1.tandem").arg(QUuid::createUuid().toString(QUuid::Id128))),
                                     QStringLiteral("Eastbrook Task Force"), test::kOfficePassphrase));
        Result<QUuid> police = store().insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Eastfold Police Service")},
                                                                        {QStringLiteral("kind"), QStringLiteral("police")}});
        Result<QUuid> inspectorate = store().insert(QStringLiteral("agency"),
                                                    {{QStringLiteral("name"), QStringLiteral("Eastfold Labour Inspectorate")},
                                                     {QStringLiteral("kind"), QStringLiteral("labour_inspection")}});
        QVERIFY(police && inspectorate);
        m_police = *police;
        m_inspectorate = *inspectorate;
    }

    void cleanup()
    {
        m_window.reset();
        const QList<Dialogs::Message> unread = Dialogs::takeMessages();
        for (const Dialogs::Message& m : unread)
            qWarning() << "message not checked by the test:" << m.text << m.details;
    }

    void planApproveUndoSearchAndDrag()
    {
        QUndoStack* undo = m_window->document()->undoStack();

        // A new operation: the editor opens on its code name, ready to type over.
        click(find<QPushButton>("newOperation"));
        QVERIFY(view()->isEditing());
        const QUuid op = editor()->operation();
        QVERIFY(!op.isNull());
        auto* codeName = find<QLineEdit>("operation_code_name");
        QCOMPARE(QApplication::focusWidget(), codeName);
        QCOMPARE(codeName->selectedText(), QStringLiteral("New operation"));
        QTest::keyClicks(codeName, QStringLiteral("Operation Lantern"));
        QTest::keyClick(codeName, Qt::Key_Tab);
        QCOMPARE(stored("operation", op, "code_name").toString(), QStringLiteral("Operation Lantern"));
        QCOMPARE(find<QLabel>("editorTitle")->text(), QStringLiteral("Operation Lantern"));
        QCOMPARE(stored("operation", op, "status").toString(), QStringLiteral("draft"));
        // Prepared by the person at the keyboard, chosen from the office's people (issue 17).
        QVERIFY(!store().actor().person.isNull());
        QCOMPARE(stored("operation", op, "prepared_by").toString(), store().actor().name);
        auto* preparedBy = find<QComboBox>("operation_prepared_by");
        QCOMPARE(preparedBy->currentText(), store().actor().name);
        QCOMPARE(preparedBy->findText(store().actor().name), 0);
        // A name that is none of the office's people is refused, said under the field, not kept.
        editor()->tabs()->setCurrentIndex(0);
        preparedBy->lineEdit()->selectAll();
        typeInto(preparedBy->lineEdit(), QStringLiteral("Insp. Nobody"));
        QTest::keyClick(preparedBy->lineEdit(), Qt::Key_Tab);
        QCOMPARE(stored("operation", op, "prepared_by").toString(), store().actor().name);
        QCOMPARE(preparedBy->currentText(), store().actor().name);
        QVERIFY(find<QLabel>("operation_prepared_byMessage")->text().contains(QStringLiteral("\"Insp. Nobody\" is none of them")));

        // The lead agency, from the directory, and the start time.
        auto* lead = find<QComboBox>("operation_lead_agency");
        choose(lead, QStringLiteral("Eastfold Police Service"));
        QCOMPARE(stored("operation", op, "lead_agency").toUuid(), m_police);
        auto* starts = find<TimeField>("operation_starts_at");
        click(starts->findChild<QToolButton*>(QStringLiteral("timeSet")));
        const QDateTime start = stored("operation", op, "starts_at").toDateTime();
        QVERIFY(start.isValid());

        // Two targets. The second is refused until it has an address, and says so under the form.
        editor()->tabs()->setCurrentWidget(editor()->targets());
        click(find<QPushButton>("planTargetsAdd"));
        QCOMPARE(find<QLineEdit>("target_label")->text(), QStringLiteral("Target A"));
        typeInto(find<QLineEdit>("target_address"), QStringLiteral("12 Mill Lane, Wrenmouth"));
        click(find<QPushButton>("planTargetsCreate"));
        QCOMPARE(count("SELECT count(*) FROM target WHERE operation = ? AND deleted = 0", op), 1);
        click(find<QPushButton>("planTargetsAdd"));
        QCOMPARE(find<QLineEdit>("target_label")->text(), QStringLiteral("Target B"));
        click(find<QPushButton>("planTargetsCreate"));
        // Said right under the address (issue 14), not at the foot of the form.
        auto* targetMessage = find<QLabel>("target_addressMessage");
        QVERIFY(targetMessage->isVisible());
        QCOMPARE(targetMessage->text(), QStringLiteral("Address is required."));
        QCOMPARE(count("SELECT count(*) FROM target WHERE operation = ? AND deleted = 0", op), 1);
        typeInto(find<QLineEdit>("target_address"), QStringLiteral("3 Kiln Yard, Wrenmouth"));
        click(find<QPushButton>("planTargetsCreate"));
        QVERIFY(!targetMessage->isVisible());
        QCOMPARE(count("SELECT count(*) FROM target WHERE operation = ? AND deleted = 0", op), 2);
        QCOMPARE(editor()->tabs()->tabText(editor()->tabs()->currentIndex()), QStringLiteral("&Targets (2)"));

        // Three assignments: the lead, an entry team, and victim services by an NGO that is not in
        // the directory yet, added on the spot.
        editor()->tabs()->setCurrentWidget(editor()->assignments());
        click(find<QPushButton>("planAssignmentsAdd"));
        auto* agency = find<QComboBox>("assignment_agency");
        agency->setCurrentIndex(agency->findText(QStringLiteral("Eastfold Police Service")));
        QCOMPARE(find<QComboBox>("assignment_role")->currentText(), QStringLiteral("Lead"));
        typeInto(find<QSpinBox>("assignment_headcount"), QStringLiteral("6"));
        click(find<QPushButton>("planAssignmentsCreate"));
        click(find<QPushButton>("planAssignmentsAdd"));
        QCOMPARE(find<QComboBox>("assignment_role")->currentText(), QStringLiteral("Entry"));
        agency->setCurrentIndex(agency->findText(QStringLiteral("Eastfold Labour Inspectorate")));
        click(find<QPushButton>("planAssignmentsCreate"));
        click(find<QPushButton>("planAssignmentsAdd"));
        agency->lineEdit()->setText(QStringLiteral("Harbourside Survivor Advocacy"));
        {
            const QSignalBlocker block(find<QComboBox>("assignment_role"));
            find<QComboBox>("assignment_role")->setCurrentIndex(find<QComboBox>("assignment_role")->findText(QStringLiteral("Victim services")));
        }
        Dialogs::setNextChoice(5); // NGO victim services
        const int before = undo->count();
        click(find<QPushButton>("planAssignmentsCreate"));
        QList<Dialogs::Message> asked = Dialogs::takeMessages();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked[0].text.contains(QStringLiteral("“Harbourside Survivor Advocacy” is not in the directory")));
        QCOMPARE(undo->count(), before + 1); // the agency and the assignment: one step
        QCOMPARE(count("SELECT count(*) FROM assignment WHERE operation = ? AND deleted = 0", op), 3);
        Result<QSqlQuery> ngo = store().exec(QStringLiteral("SELECT kind FROM agency WHERE name = 'Harbourside Survivor Advocacy'"));
        QVERIFY(ngo && ngo->next());
        QCOMPARE(ngo->value(0).toString(), QStringLiteral("ngo_victim_services"));
        ngo->finish();
        // The acknowledged tick, in the table.
        auto* assignmentsTable = find<QTableView>("planAssignmentsTable");
        ChildTableModel* assignments = editor()->assignments()->model();
        const QModelIndex ack = assignments->index(0, assignments->columnOf(QStringLiteral("acknowledged")));
        QVERIFY(assignments->setData(ack, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(stored("assignment", assignments->idAt(0), "acknowledged").toBool(), true);
        QVERIFY(assignmentsTable->isVisible());

        // Planned, then approval: refused while the risk is not assessed, and the dialog and the
        // line under the header say exactly that.
        auto* next = find<QPushButton>("statusNext");
        QCOMPARE(next->text(), QStringLiteral("Mark as planned"));
        click(next);
        QCOMPARE(stored("operation", op, "status").toString(), QStringLiteral("planned"));
        QCOMPARE(next->text(), QStringLiteral("Approve"));
        click(next);
        QCOMPARE(stored("operation", op, "status").toString(), QStringLiteral("planned"));
        QList<Dialogs::Message> refused = Dialogs::takeMessages();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].icon, QMessageBox::Warning);
        QCOMPARE(refused[0].text, QStringLiteral("The operation cannot move to Approved yet."));
        QCOMPARE(refused[0].details, QStringLiteral("The risk level is not assessed."));
        auto* workflow = find<QLabel>("workflowMessage");
        QVERIFY(workflow->isVisible());
        QVERIFY(workflow->text().contains(QStringLiteral("The risk level is not assessed.")));

        // Fixed on the Risk tab, and approved.
        editor()->tabs()->setCurrentIndex(2);
        choose(find<QComboBox>("operation_risk_level"), QStringLiteral("High"));
        QCOMPARE(stored("operation", op, "risk_level").toString(), QStringLiteral("high"));
        // The line under the header no longer says what is no longer missing (issue 14).
        QVERIFY(!workflow->isVisible());
        QTest::keySequence(editor(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right)); // the next step
        QCOMPARE(stored("operation", op, "status").toString(), QStringLiteral("approved"));
        QVERIFY(!workflow->isVisible());
        QCOMPARE(find<QLabel>("editorStatus")->text(), QStringLiteral("Approved"));

        // Undo to the draft (approval, the risk level, planning), then redo it all.
        QAction* undoAction = m_window->actions()->undo();
        QAction* redoAction = m_window->actions()->redo();
        QCOMPARE(undo->undoText(), QStringLiteral("Move Operation Lantern to Approved"));
        for (int i = 0; i < 3; ++i)
            undoAction->trigger();
        QCOMPARE(stored("operation", op, "status").toString(), QStringLiteral("draft"));
        QVERIFY(stored("operation", op, "risk_level").isNull());
        QCOMPARE(find<QLabel>("editorStatus")->text(), QStringLiteral("Draft"));
        QCOMPARE(find<QComboBox>("operation_risk_level")->currentText(), QStringLiteral("Not set"));
        QVERIFY(stored("operation", op, "approved_by").isNull());
        // Undoing a move is a move too, by the core: logged and audited, the move itself kept in both.
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'status' AND subject = "
                       "(SELECT code_name FROM operation WHERE id = ?) AND details LIKE '%: taken back (undo)'",
                       op),
                 2);
        QCOMPARE(count("SELECT count(*) FROM note WHERE operation = ? AND deleted = 0 AND text LIKE '%taken back (undo).'", op), 2);
        QCOMPARE(count("SELECT count(*) FROM note WHERE operation = ? AND deleted = 0 AND text LIKE 'Status moved%'", op), 2);
        for (int i = 0; i < 3; ++i)
            redoAction->trigger();
        QCOMPARE(stored("operation", op, "status").toString(), QStringLiteral("approved"));
        QCOMPARE(stored("operation", op, "risk_level").toString(), QStringLiteral("high"));
        QCOMPARE(find<QLabel>("editorStatus")->text(), QStringLiteral("Approved"));
        QVERIFY(!stored("operation", op, "approved_by").toString().isEmpty());
        QCOMPARE(count("SELECT count(*) FROM note WHERE operation = ? AND deleted = 0 AND text LIKE 'Status moved%'", op), 4);

        // A task on the timeline, dragged two hours later: one undoable edit.
        editor()->tabs()->setCurrentWidget(editor()->timeline());
        click(find<QPushButton>("planTasksAdd"));
        typeInto(find<QLineEdit>("task_title"), QStringLiteral("Brief the entry teams"));
        auto* due = find<TimeField>("task_due_at");
        click(due->findChild<QToolButton*>(QStringLiteral("timeSet")));
        QCOMPARE(due->value(), start); // a new task is due at the operation's start
        click(find<QPushButton>("planTasksCreate"));
        ChildTableModel* tasks = editor()->timeline()->tasks()->model();
        QCOMPARE(tasks->rowCount(), 1);
        const QUuid task = tasks->idAt(0);
        TimelineChart* chart = editor()->timeline()->chart();
        chart->setScale(60); // 60 pixels an hour
        const QRect marker = chart->taskRect(task);
        QVERIFY(marker.isValid());
        const QPoint from(marker.left() + 7, marker.center().y());
        const QPoint to = from + QPoint(120, 0);
        QTest::mousePress(chart, Qt::LeftButton, {}, from);
        QTest::mouseMove(chart, from + QPoint(40, 0));
        QTest::mouseMove(chart, to);
        QTest::mouseRelease(chart, Qt::LeftButton, {}, to);
        QCOMPARE(stored("task", task, "due_at").toDateTime(), start.addSecs(2 * 3600));
        QCOMPARE(undo->undoText(), QStringLiteral("Move task “Brief the entry teams”"));
        QCOMPARE(chart->selected(), task);
        // And with the keyboard: Alt+Right is a quarter of an hour later.
        chart->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(chart, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(stored("task", task, "due_at").toDateTime(), start.addSecs(2 * 3600 + 900));
        undoAction->trigger();
        undoAction->trigger();
        QCOMPARE(stored("task", task, "due_at").toDateTime(), start);
        QCOMPARE(chart->taskRect(task).left(), marker.left());
        redoAction->trigger();
        QCOMPARE(stored("task", task, "due_at").toDateTime(), start.addSecs(2 * 3600));

        // Back to the list: search for it, by its name and by a target's street.
        QTest::keyClick(editor()->tabs()->currentWidget(), Qt::Key_Escape);
        QVERIFY(!view()->isEditing());
        QCOMPARE(view()->currentOperation(), op);
        Result<QUuid> other = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Kite")}});
        QVERIFY(other);
        auto* search = find<LimitedLineEdit>("operationSearch");
        QTest::keySequence(view(), QKeySequence::Find);
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("lant"));
        QCOMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(view()->model()->idAt(0), op);
        QCOMPARE(find<QLabel>("operationCount")->text(), QStringLiteral("1 of 2 operations"));
        search->clear();
        QCOMPARE(view()->model()->rowCount(), 2);
        QTest::keyClicks(search, QStringLiteral("kiln wren"));
        QCOMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(view()->model()->idAt(0), op);
        QTest::keyClicks(search, QStringLiteral(" nowhere"));
        QCOMPARE(view()->model()->rowCount(), 0);
        QCOMPARE(find<QLabel>("operationCount")->text(), QStringLiteral("None of 2 operations match"));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(view()->model()->rowCount(), 2);
    }

    void duplicateAndDeleteFromTheList()
    {
        // Completed, not closed: a closed operation is read only, never deleted (planrules_test.cpp).
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Heron")},
                                                                       {QStringLiteral("status"), QStringLiteral("completed")},
                                                                       {QStringLiteral("starts_at"), QStringLiteral("2026-03-03T04:30:00Z")},
                                                                       {QStringLiteral("lead_agency"), m_police}});
        QVERIFY(op);
        QVERIFY(store().insert(QStringLiteral("target"), {{QStringLiteral("operation"), *op}, {QStringLiteral("label"), QStringLiteral("Barn")},
                                                         {QStringLiteral("address"), QStringLiteral("2 Field Road")}}));
        QVERIFY(view()->selectOperation(*op));
        auto* table = find<QTableView>("operationsTable");
        table->setFocus(Qt::OtherFocusReason);
        QUndoStack* undo = m_window->document()->undoStack();

        // Ctrl+D: a draft copy opens, a week or more later, with the target; one undo step.
        QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(view()->isEditing());
        const QUuid copy = editor()->operation();
        QVERIFY(copy != *op);
        QCOMPARE(stored("operation", copy, "code_name").toString(), QStringLiteral("Operation Heron (copy)"));
        QCOMPARE(stored("operation", copy, "status").toString(), QStringLiteral("draft"));
        const QDateTime copyStart = stored("operation", copy, "starts_at").toDateTime();
        QVERIFY(copyStart > QDateTime::fromMSecsSinceEpoch(store().wallClock(), Qt::UTC));
        QCOMPARE(copyStart.time(), QTime(4, 30));
        QCOMPARE(count("SELECT count(*) FROM target WHERE operation = ? AND deleted = 0", copy), 1);
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Duplicate “Operation Heron”"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!view()->isEditing());

        // Delete asks first, naming what goes (a target); cancelled, it keeps it. With work in it,
        // the code name is typed to confirm.
        QVERIFY(view()->selectOperation(*op));
        table->setFocus(Qt::OtherFocusReason);
        QStringList lost;
        Dialogs::setNextDialogAnswer([&lost](QDialog& d) {
            lost = test::child<QLabel>(d, "confirmNameLost")->text().split(QLatin1Char('\n'));
            QVERIFY(test::click(d, "cancelButton"));
        });
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(lost.contains(QStringLiteral("• Targets: 1")));
        QVERIFY(!store().get(QStringLiteral("operation"), *op)->deleted);
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "confirmNameEdit", QStringLiteral("Operation Heron"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(store().get(QStringLiteral("operation"), *op)->deleted);
        QCOMPARE(view()->model()->totalCount(), qint64(1));
        m_window->actions()->undo()->trigger();
        QVERIFY(!store().get(QStringLiteral("operation"), *op)->deleted);
        QCOMPARE(count("SELECT count(*) FROM target WHERE operation = ? AND deleted = 0", *op), 1);
        QCOMPARE(view()->model()->totalCount(), qint64(2));
    }

    void closingNamesTheOpenSteps()
    {
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Wren")},
                                                                       {QStringLiteral("status"), QStringLiteral("completed")}});
        QVERIFY(op);
        // A survivor with one mandatory step open (a protocol of one step).
        Result<QUuid> proto = store().insert(QStringLiteral("protocol"), {{QStringLiteral("family"), QUuid::createUuid()},
                                                                          {QStringLiteral("name"), QStringLiteral("First hours")}});
        QVERIFY(proto);
        Result<QUuid> step = store().insert(QStringLiteral("protocol_step"),
                                            {{QStringLiteral("protocol"), *proto}, {QStringLiteral("position"), 1},
                                             {QStringLiteral("title"), QStringLiteral("Offer medical care")},
                                             {QStringLiteral("owner_role"), QStringLiteral("medical")}, {QStringLiteral("mandatory"), true}});
        QVERIFY(step);
        Result<QUuid> survivor = store().insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0007")},
                                                                             {QStringLiteral("operation"), *op}});
        QVERIFY(survivor);
        Result<QUuid> item = store().insert(QStringLiteral("checklist_item"), {{QStringLiteral("survivor"), *survivor},
                                                                               {QStringLiteral("step"), *step}});
        QVERIFY(item);
        view()->openOperation(*op);
        auto* next = find<QPushButton>("statusNext");
        QCOMPARE(next->text(), QStringLiteral("Close"));
        click(next);
        QList<Dialogs::Message> refused = Dialogs::takeMessages();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].details, QStringLiteral("Survivor V-2026-0007: the mandatory step “Offer medical care” is still open."));
        QCOMPARE(stored("operation", *op, "status").toString(), QStringLiteral("completed"));
        QVERIFY(store().update(QStringLiteral("checklist_item"), *item, {{QStringLiteral("state"), QStringLiteral("declined")},
                                                                         {QStringLiteral("reason"), QStringLiteral("her own doctor")}}));
        click(next);
        QCOMPARE(stored("operation", *op, "status").toString(), QStringLiteral("closed"));
        QVERIFY(!next->isVisible()); // closed is the end; the menu can reopen it
        QVERIFY(find<QAction>("moveTo_completed"));
    }

    void logNotesWithEnter()
    {
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Finch")}});
        QVERIFY(op);
        view()->openOperation(*op);
        editor()->tabs()->setCurrentWidget(editor()->log());
        auto* author = find<LimitedLineEdit>("logAuthor");
        auto* entry = find<LimitedLineEdit>("logEntry");
        // Written in the name of the person at the keyboard, not a name anyone may type (issue 17).
        QVERIFY(!store().actor().person.isNull());
        QCOMPARE(author->text(), store().actor().name);
        QVERIFY(author->isReadOnly());
        typeInto(entry, QStringLiteral("All teams at the RV point"));
        QTest::keyClick(entry, Qt::Key_Return);
        store().setWallClock([t = store().wallClock()] { return t + 60000; });
        typeInto(entry, QStringLiteral("Go given"));
        QTest::keyClick(entry, Qt::Key_Enter);
        QVERIFY(entry->text().isEmpty());
        ChildTableModel* notes = editor()->log()->model();
        QCOMPARE(notes->rowCount(), 2);
        // Newest first, stamped, by the name given.
        QCOMPARE(notes->index(0, notes->columnOf(QStringLiteral("text"))).data().toString(), QStringLiteral("Go given"));
        QCOMPARE(notes->index(1, notes->columnOf(QStringLiteral("text"))).data().toString(), QStringLiteral("All teams at the RV point"));
        QCOMPARE(notes->index(0, notes->columnOf(QStringLiteral("author"))).data().toString(), store().actor().name);
        QVERIFY(notes->rowAt(0).value(QStringLiteral("at")).toDateTime() > notes->rowAt(1).value(QStringLiteral("at")).toDateTime());
        m_window->actions()->undo()->trigger();
        QCOMPARE(notes->rowCount(), 1);
        // A name typed before people were known is not what a note is written under any more.
        QVERIFY(!QSettings().contains(QStringLiteral("log/author")));
    }
};

TANDEM_GUI_TEST_MAIN(PlanningTest)
#include "planning_test.moc"
