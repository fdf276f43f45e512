// A day without a slip (issue 14), the lead's hazards: importing a protocol's next version
// retires the earlier one; the plan editor shows what is stored after a refused time, also when
// reopened; retiring a protocol asks why; deleting an operation with work in it asks for its
// name; backups now and routinely, owner-only. And the small slips: no Duplicate or Delete
// without a selected operation, the open file reopened from Open Recent is just focused, a new
// agency's kind follows the role it is added for, end, briefing and reporting times start from
// the operation's start.

#include "guitest.h"

#include "actions.h"
#include "dialoganswers.h"
#include "document.h"
#include "domain/protocolfile.h"
#include "domain/protocols.h"
#include "forms/fieldeditor.h"
#include "forms/recordform.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "operations/operationlistmodel.h"
#include "protocols/protocollistmodel.h"
#include "store/backup.h"
#include "store/store.h"
#include "testsupport.h"
#include "records/childrecordspage.h"
#include "operations/operationeditor.h"
#include "operations/operationfilterbar.h"
#include "operations/operationsview.h"
#include "protocols/protocoleditor.h"
#include "protocols/protocolsview.h"
#include "widgets/limitedlineedit.h"
#include "widgets/timefield.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace tandem;

namespace {

const QUuid kFamily = QUuid::fromString(QStringLiteral("019bbef3-b000-7aaa-8000-000000000042"));

ProtocolFile protocolVersion(int version)
{
    ProtocolFile p;
    p.family = kFamily;
    p.name = QStringLiteral("Labour site checklist");
    p.version = version;
    ProtocolStepSpec step;
    step.key = QStringLiteral("wages");
    step.title = QStringLiteral("Unpaid wages recorded");
    step.ownerRole = QStringLiteral("case_manager");
    step.dueOffsetMinutes = 60 * (24 + version);
    p.steps.push_back(step);
    return p;
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class PlanSlipsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempStore> m_file;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_op;      // Operation Lantern: starts 04:00, ends 10:00, with a target and log notes
    QUuid m_draft;   // Operation Sparrow: an empty draft

    Store& store() { return *m_window->store(); }
    OperationsView* operations() { return m_window->operationsView(); }
    OperationEditor* editor() { return operations()->editor(); }
    template <typename T>
    T* find(const char* name)
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    Row row(const char* entity, const QUuid& id) { return *store().get(QString::fromLatin1(entity), id); }
    void open()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(m_window->openFile(m_file->path()));
        Dialogs::takeMessages();
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("backup/routine"), false);
        m_file = std::make_unique<test::TempStore>();
        Store& s = *m_file->store;
        Result<QUuid> op = s.insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")},
                                                                 {QStringLiteral("status"), QStringLiteral("in_progress")},
                                                                 {QStringLiteral("starts_at"), QStringLiteral("2026-06-02T04:00:00Z")},
                                                                 {QStringLiteral("ends_at"), QStringLiteral("2026-06-02T10:00:00Z")}});
        Result<QUuid> draft = s.insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Sparrow")}});
        QVERIFY(op && draft);
        m_op = *op;
        m_draft = *draft;
        QVERIFY(s.insert(QStringLiteral("target"), {{QStringLiteral("operation"), m_op}, {QStringLiteral("label"), QStringLiteral("Target A")},
                                                   {QStringLiteral("address"), QStringLiteral("12 Mill Lane")}}));
        for (int i = 0; i < 11; ++i)
            QVERIFY(s.insert(QStringLiteral("note"), {{QStringLiteral("operation"), m_op},
                                                     {QStringLiteral("at"), utc("2026-06-02T05:00:00Z").addSecs(60 * i)},
                                                     {QStringLiteral("text"), QStringLiteral("Log entry %1").arg(i + 1)}}));
        QVERIFY(importProtocol(s, protocolVersion(2)));
        m_file->store.reset();
        open();
    }
    void cleanup()
    {
        const int unused = Dialogs::pendingDialogAnswers();
        Dialogs::setTestMode(true); // nothing left over for the next test
        QCOMPARE(unused, 0);
        m_window.reset();
        m_file.reset();
        Dialogs::takeMessages();
    }

    // Hazard 4: version 3 imported in the window retires version 2: never two in force.
    void importingTheNextVersionRetiresTheEarlier()
    {
        const QString path = m_file->file(QStringLiteral("labour-v3.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(writeProtocolFile(protocolVersion(3)));
        out.close();
        m_window->showView(m_window->protocolsView());
        Dialogs::setNextFileName(path);
        m_window->protocolsView()->importFile();
        const QUuid v2 = protocolRowId(kFamily, 2);
        const QUuid v3 = protocolRowId(kFamily, 3);
        QCOMPARE(row("protocol", v3).text(QStringLiteral("status")), QStringLiteral("active"));
        QCOMPARE(row("protocol", v2).text(QStringLiteral("status")), QStringLiteral("retired"));
        QCOMPARE(row("protocol", v2).text(QStringLiteral("retired_reason")), QStringLiteral("replaced by version 3"));
        const QList<Dialogs::Message> said = Dialogs::takeMessages();
        QCOMPARE(said.size(), 1);
        QVERIFY(said[0].details.contains(QStringLiteral("version 2")));
        // In force: exactly one version of the family.
        Result<std::vector<Row>> active = activeProtocols(store());
        int ofFamily = 0;
        for (const Row& r : *active)
            ofFamily += r.value(QStringLiteral("family")).toUuid() == kFamily ? 1 : 0;
        QCOMPARE(ofFamily, 1);
        QCOMPARE(store().select(QStringLiteral("protocol"), QStringLiteral("family = ? AND status = 'active'"), {kFamily.toRfc4122()})->size(),
                 size_t(1));
    }

    // Hazard 6: retiring a protocol asks why; the reason is stored and shown.
    void retiringAProtocolAsksWhy()
    {
        ProtocolsView* view = m_window->protocolsView();
        m_window->showView(view);
        const QUuid v2 = protocolRowId(kFamily, 2);
        QVERIFY(view->selectProtocol(v2));
        QTest::mouseClick(find<QPushButton>("retireProtocol"), Qt::LeftButton);
        QCOMPARE(row("protocol", v2).text(QStringLiteral("status")), QStringLiteral("active"));
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "reasonEdit", QStringLiteral("Superseded by the regional labour protocol"));
            test::screenshot(&d, QStringLiteral("retire-protocol"), QStringLiteral("slips"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(find<QPushButton>("retireProtocol"), Qt::LeftButton);
        QCOMPARE(row("protocol", v2).text(QStringLiteral("status")), QStringLiteral("retired"));
        QCOMPARE(row("protocol", v2).text(QStringLiteral("retired_reason")), QStringLiteral("Superseded by the regional labour protocol"));
        QVERIFY(find<QLabel>("protocolBanner")->text().contains(QStringLiteral("Superseded by the regional labour protocol")));
        test::screenshot(view, QStringLiteral("protocol-retired"), QStringLiteral("slips"));
        // Made active again: no reason is left behind.
        QTest::mouseClick(find<QPushButton>("retireProtocol"), Qt::LeftButton);
        QCOMPARE(row("protocol", v2).text(QStringLiteral("status")), QStringLiteral("active"));
        QVERIFY(row("protocol", v2).isNull(QStringLiteral("retired_reason")));
    }

    // Hazard 5: a refused end time does not stay on screen, nor after reopening.
    void thePlanShowsWhatIsStored()
    {
        operations()->openOperation(m_op);
        auto* ends = find<TimeField>("operation_ends_at");
        auto* edit = ends->findChild<QDateTimeEdit*>(QStringLiteral("timeEdit"));
        const QDateTime stored = utc("2026-06-02T10:00:00Z");
        edit->setFocus(Qt::OtherFocusReason);
        edit->setDateTime(utc("2026-06-02T03:30:00Z").toLocalTime());
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(row("operation", m_op).value(QStringLiteral("ends_at")).toDateTime(), stored);
        // Said under the end time itself (issue 14, item 9).
        QVERIFY(find<QLabel>("operation_ends_atMessage")->text().contains(QStringLiteral("the operation ends before it starts")));
        QCOMPARE(ends->value(), stored);
        test::screenshot(ends, QStringLiteral("plan-refused-end"), QStringLiteral("slips"));
        // Back to the list and in again: what is stored, still.
        operations()->closeEditor();
        operations()->openOperation(m_op);
        QCOMPARE(ends->value(), stored);
    }

    // Hazard 6: an operation with work in it is deleted only once its name is typed; a "yes" to
    // a light question is not enough. An empty draft keeps the light question.
    void deletingAnOperationWithWorkAsksForItsName()
    {
        QVERIFY(operations()->selectOperation(m_op));
        Dialogs::setNextAnswer(true);
        QVERIFY(!operations()->deleteCurrent());
        QVERIFY(!row("operation", m_op).deleted);
        Dialogs::takeMessages();
        QStringList lost;
        Dialogs::setNextDialogAnswer([&lost](QDialog& d) {
            lost = test::child<QLabel>(d, "confirmNameLost")->text().split(QLatin1Char('\n'));
            test::type(d, "confirmNameEdit", QStringLiteral("Operation Lanter"));
            test::screenshot(&d, QStringLiteral("delete-operation"), QStringLiteral("slips"));
            QVERIFY(!test::child<QPushButton>(d, "okButton")->isEnabled());
            test::type(d, "confirmNameEdit", QStringLiteral("Operation Lantern"));
            QVERIFY(test::click(d, "okButton"));
        });
        QVERIFY(operations()->deleteCurrent());
        QVERIFY(row("operation", m_op).deleted);
        QVERIFY(lost.contains(QStringLiteral("• Log notes: 11")));
        QVERIFY(lost.contains(QStringLiteral("• Targets: 1")));
        m_window->actions()->undo()->trigger();
        QVERIFY(!row("operation", m_op).deleted);

        // The empty draft: the "yes" queued above, which the operation with work did not take,
        // answers its light question.
        QVERIFY(operations()->selectOperation(m_draft));
        QVERIFY(operations()->deleteCurrent());
        QVERIFY(row("operation", m_draft).deleted);
        QCOMPARE(Dialogs::takeMessages().size(), 1);
    }

    // Hazard 7: File > Back Up Now, owner-only; routine backups on opening and on closing after
    // changes, keeping the newest N of Preferences.
    void backupsNowAndRoutinely()
    {
        // Found by name, as a person finds it in the File menu.
        auto* now = m_window->findChild<QAction*>(QStringLiteral("actionBackUpNow"));
        QVERIFY(now);
        QVERIFY(now->isEnabled());
        QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("fileMenu"))->actions().contains(now));
        if (!test::screenshotDir().isEmpty()) {
            QMenu* file = m_window->findChild<QMenu*>(QStringLiteral("fileMenu"));
            file->popup(m_window->mapToGlobal(QPoint(10, 10)));
            QTest::qWait(100);
            QPixmap menu = file->grab();
            QVERIFY(menu.save(test::screenshotDir() + QStringLiteral("/slips-file-menu.png")));
            file->hide();
        }
        now->trigger();
        Result<std::vector<BackupInfo>> backups = listBackups(m_file->path());
        QVERIFY(backups && backups->size() == 1);
        QCOMPARE(backups->front().reason, QStringLiteral("made by hand"));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(QFile::permissions(backups->front().path).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(QFile::permissions(backups->front().path) & others, QFileDevice::Permissions());

        // Preferences: routine backups on, three kept.
        bool answered = false;
        Dialogs::setNextDialogAnswer([&answered](QDialog& d) {
            auto* routine = test::child<QCheckBox>(d, "routineBackupsCheck");
            auto* kept = test::child<QSpinBox>(d, "backupsKeptSpin");
            QVERIFY(routine && kept);
            answered = true;
            QVERIFY(!routine->isChecked());
            routine->setChecked(true);
            kept->setValue(3);
            test::screenshot(&d, QStringLiteral("preferences-backups"), QStringLiteral("slips"));
            QVERIFY(test::click(d, "okButton"));
        });
        m_window->actions()->preferences()->trigger();
        QVERIFY(answered);
        QVERIFY(QSettings().value(QStringLiteral("backup/routine")).toBool());
        QCOMPARE(QSettings().value(QStringLiteral("backup/kept")).toInt(), 3);

        // Closed after a change: backed up on closing. Unchanged: not.
        QVERIFY(store().insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Harbour Shelter")},
                                                         {QStringLiteral("kind"), QStringLiteral("shelter")}}));
        m_window->closeFile();
        backups = listBackups(m_file->path());
        QCOMPARE(backups->size(), size_t(2));
        QCOMPARE(backups->front().reason, QStringLiteral("on closing"));
        QCOMPARE(QFile::permissions(backups->front().path) & others, QFileDevice::Permissions());
        QVERIFY(m_window->openFile(m_file->path()));
        QTest::qWait(2500);
        m_window->closeFile();
        QCOMPARE(listBackups(m_file->path())->size(), size_t(2)); // a backup of today: no other on opening

        // Opened when the newest backup is a day old: one on opening, in the background; the
        // newest three are kept.
        backups = listBackups(m_file->path());
        for (const BackupInfo& b : *backups)
            QVERIFY(QFile::remove(b.path));
        QVERIFY(m_window->openFile(m_file->path()));
        QCOMPARE(listBackups(m_file->path())->size(), size_t(0)); // not while the file is being opened
        QTRY_COMPARE_WITH_TIMEOUT(listBackups(m_file->path())->size(), size_t(1), 15000);
        QCOMPARE(listBackups(m_file->path())->front().reason, QStringLiteral("on opening"));
        for (int i = 0; i < 4; ++i)
            now->trigger();
        QCOMPARE(listBackups(m_file->path())->size(), size_t(3));
    }

    // Item 16: with no match, nothing is selected, and Duplicate and Delete say so by being off.
    void noMatchLeavesNothingToDuplicateOrDelete()
    {
        QVERIFY(operations()->selectOperation(m_op));
        auto* duplicate = find<QPushButton>("duplicateOperation");
        auto* remove = find<QPushButton>("deleteOperation");
        QVERIFY(duplicate->isEnabled() && remove->isEnabled());
        operations()->filterBar()->searchField()->setText(QStringLiteral("no such operation anywhere"));
        QTRY_COMPARE(operations()->model()->rowCount(), 0);
        QVERIFY(operations()->currentOperation().isNull());
        QVERIFY(!duplicate->isEnabled());
        QVERIFY(!remove->isEnabled());
        operations()->filterBar()->searchField()->clear();
        QTRY_VERIFY(operations()->model()->rowCount() > 0);
    }

    // Item 16: the file open here, chosen again from Open Recent, is just brought forward.
    void reopeningTheOpenFileJustFocusesIt()
    {
        Q_EMIT m_window->actions()->recentMenu()->aboutToShow();
        QAction* first = m_window->actions()->recentMenu()->findChild<QAction*>(QStringLiteral("recentFile0"));
        QVERIFY(first);
        Document* before = m_window->document();
        first->trigger();
        QCOMPARE(m_window->document(), before);
        QVERIFY(!m_window->store()->isReadOnly());
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QVERIFY(m_window->openFile(m_file->path()));
        QCOMPARE(m_window->document(), before);
    }

    // Item 16: a new agency typed into an assignment is offered as the kind its role needs.
    void aNewAgencyFollowsTheRole()
    {
        operations()->openOperation(m_op);
        editor()->tabs()->setCurrentWidget(editor()->assignments());
        ChildRecordsPage* page = editor()->assignments();
        page->startNew();
        FieldEditor* role = page->form()->editor(QStringLiteral("role"));
        auto* roleBox = qobject_cast<QComboBox*>(role->widget());
        QVERIFY(roleBox);
        roleBox->setCurrentIndex(roleBox->findData(QStringLiteral("victim_services")));
        auto* agency = qobject_cast<QComboBox*>(page->form()->editor(QStringLiteral("agency"))->widget());
        QVERIFY(agency);
        agency->setEditText(QStringLiteral("Harbour Women's Aid"));
        Dialogs::setNextChoice(std::nullopt);
        QVERIFY(!page->createNew());
        const QList<Dialogs::Message> asked = Dialogs::takeMessages();
        QCOMPARE(asked.size(), 1);
        const QStringList kinds = asked[0].details.split(QLatin1Char('\n'));
        QVERIFY(asked[0].current >= 0);
        QCOMPARE(kinds.value(asked[0].current), QStringLiteral("NGO victim services"));
        page->form()->resetNew();
    }

    // Item 16: Set on the end, the briefing and a team's reporting time starts at the
    // operation's start, not now.
    void timesStartFromTheOperationsStart()
    {
        QVERIFY(store().update(QStringLiteral("operation"), m_op, {{QStringLiteral("ends_at"), QVariant()}}));
        operations()->openOperation(m_op);
        const QDateTime start = utc("2026-06-02T04:00:00Z");
        for (const char* name : {"operation_ends_at", "operation_briefing_at"}) {
            auto* field = find<TimeField>(name);
            QTest::mouseClick(field->findChild<QToolButton*>(QStringLiteral("timeSet")), Qt::LeftButton);
            QCOMPARE(field->value(), start);
        }
        QCOMPARE(row("operation", m_op).value(QStringLiteral("ends_at")).toDateTime(), start);
        editor()->tabs()->setCurrentWidget(editor()->assignments());
        editor()->assignments()->startNew();
        auto* reporting = qobject_cast<TimeField*>(editor()->assignments()->form()->editor(QStringLiteral("reporting_at"))->widget());
        QVERIFY(reporting);
        QTest::mouseClick(reporting->findChild<QToolButton*>(QStringLiteral("timeSet")), Qt::LeftButton);
        QCOMPARE(reporting->value(), start);
        editor()->assignments()->form()->resetNew();
    }
};

TANDEM_GUI_TEST_MAIN(PlanSlipsTest)
#include "planslips_test.moc"
