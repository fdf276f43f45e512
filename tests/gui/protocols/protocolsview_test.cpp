// The Protocols view: editing a used protocol makes a new version while survivors keep theirs,
// retiring and reactivating, a new protocol, reordering by drag, import (and its errors) and
// export, and unsaved edits never lost silently.

#include "guitest.h"

#include "dialoganswers.h"

#include "actions.h"
#include "document.h"
#include "domain/protocolfile.h"
#include "domain/protocols.h"
#include "domain/survivors.h"
#include "mainwindow.h"
#include "survivors/checklistmodel.h"
#include "protocols/protocollistmodel.h"
#include "protocols/protocolstepmodel.h"
#include "store/store.h"
#include "survivorsample.h"
#include "testsupport.h"
#include "survivors/checklistpanel.h"
#include "protocols/protocoleditor.h"
#include "protocols/protocolsview.h"
#include "survivors/survivordetail.h"
#include "survivors/survivorsview.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUndoStack>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>

using namespace tandem;

namespace {

const QString kGeneral = QStringLiteral("General post-rescue assistance");

QString messagesText()
{
    QStringList out;
    for (const Dialogs::Message& m : Dialogs::takeMessages())
        out << m.text << m.details;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class ProtocolsViewTest : public QObject {
    Q_OBJECT

private:
    test::ManualClock m_clock;
    std::unique_ptr<test::TempStore> m_file;
    std::unique_ptr<MainWindow> m_window;
    test::SurvivorSample m_sample;

    Store& store() { return *m_window->store(); }
    ProtocolsView* view() { return m_window->protocolsView(); }
    ProtocolEditor* editor() { return view()->editor(); }
    ProtocolListModel* list() { return view()->model(); }
    template <typename T>
    T* child(const char* name)
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }
    // The row of `name` version `version`, or -1.
    int rowOf(const QString& name, int version)
    {
        for (int r = 0; r < list()->rowCount(); ++r) {
            if (list()->item(r)->name == name && list()->item(r)->version == version)
                return r;
        }
        return -1;
    }
    QUuid select(const QString& name, int version)
    {
        const int row = rowOf(name, version);
        if (row < 0)
            return {};
        view()->selectProtocol(list()->item(row)->id);
        return list()->item(row)->id;
    }
    QString statusOf(const QUuid& id) { return store().get(QStringLiteral("protocol"), id)->text(QStringLiteral("status")); }

private Q_SLOTS:
    void init()
    {
        m_file = std::make_unique<test::TempStore>();
        m_file->store->setWallClock(m_clock.fn());
        // The file's one person, whom the window acts as: "done by".
        QVERIFY(m_file->store->exec(QStringLiteral("UPDATE person SET name = ?"), {QStringLiteral("Liaison Tester")}));
        Result<test::SurvivorSample> sample = test::fillSurvivorSample(*m_file->store, 3, m_clock.now);
        QVERIFY2(sample.ok(), qPrintable(sample ? QString() : sample.error().text()));
        m_sample = *sample;
        m_file->store.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(m_window->openFile(m_file->path()));
        store().setWallClock(m_clock.fn());
        m_window->showView(view());
        Dialogs::takeMessages();
    }
    void cleanup()
    {
        m_window.reset();
        m_file.reset();
    }

    void editingAUsedProtocolMakesANewVersion()
    {
        const QUuid v1 = select(kGeneral, 1);
        QVERIFY(!v1.isNull());
        QVERIFY(editor()->banner().contains(QStringLiteral("3 survivors follow this version")));
        QVERIFY(editor()->banner().contains(QStringLiteral("makes a new version")));
        QVERIFY(child<QLabel>("protocolFollowers")->text().contains(QStringLiteral("V-2026-0001, V-2026-0002, V-2026-0003")));

        // Give the advocate 45 minutes instead of an hour.
        editor()->stepTable()->setCurrentIndex(editor()->steps()->index(0, ProtocolStepModel::Title));
        QSpinBox* amount = child<QSpinBox>("stepAmount");
        QComboBox* unit = child<QComboBox>("stepUnit");
        unit->setCurrentIndex(unit->findData(1));
        Q_EMIT unit->activated(unit->currentIndex());
        amount->setValue(45);
        QCOMPARE(editor()->steps()->step(0)->dueOffsetMinutes, 45);
        QVERIFY(editor()->isModified());
        child<QPlainTextEdit>("protocolChangeNotes")->setPlainText(QStringLiteral("Advocate within 45 minutes."));
        QTest::mouseClick(child<QPushButton>("saveProtocol"), Qt::LeftButton);
        QVERIFY(!editor()->isModified());

        const int row = rowOf(kGeneral, 2);
        QVERIFY(row >= 0);
        const QUuid v2 = list()->item(row)->id;
        QCOMPARE(view()->currentProtocol(), v2);
        QCOMPARE(statusOf(v2), QStringLiteral("active"));
        QCOMPARE(statusOf(v1), QStringLiteral("retired"));
        QCOMPARE(list()->item(rowOf(kGeneral, 1))->survivors, 3);
        QCOMPARE(list()->item(row)->survivors, 0);
        QVERIFY(editor()->banner().contains(QStringLiteral("Version 2 · in force")));

        // Undo takes version 2 away and puts version 1 back in force; redo the other way round.
        QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Save protocol"));
        m_window->actions()->undo()->trigger();
        QCOMPARE(statusOf(v1), QStringLiteral("active"));
        QVERIFY(store().get(QStringLiteral("protocol"), v2)->deleted);
        m_window->actions()->redo()->trigger();
        QCOMPARE(statusOf(v1), QStringLiteral("retired"));
        QCOMPARE(statusOf(v2), QStringLiteral("active"));
        QCOMPARE(protocolSteps(store(), v2)->front().value(QStringLiteral("due_offset_minutes")).toLongLong(), qint64(45));

        // The survivors keep version 1; one whose T0 is set now follows version 2.
        SurvivorsView* survivors = m_window->survivorsView();
        m_window->showView(survivors);
        QVERIFY(survivors->selectSurvivor(m_sample.survivors.front()));
        ChecklistModel* checklist = survivors->detail()->checklist()->model();
        QStringList protocols;
        for (int r = 0; r < checklist->rowCount(); ++r)
            protocols << checklist->index(r, ChecklistModel::Protocol).data().toString();
        QVERIFY(protocols.contains(kGeneral + QStringLiteral(" v1")));
        QVERIFY(!protocols.contains(kGeneral + QStringLiteral(" v2")));
        QVERIFY(setRescueTime(store(), m_sample.withoutT0, QDateTime::fromMSecsSinceEpoch(m_clock.now, Qt::UTC)).ok());
        Result<QSqlQuery> q = store().exec(
            QStringLiteral("SELECT DISTINCT p.protocol FROM checklist_item i JOIN protocol_step p ON p.id = i.step "
                           "JOIN protocol r ON r.id = p.protocol WHERE i.survivor = ? AND r.name = ?"),
            {m_sample.withoutT0.toRfc4122(), kGeneral});
        QVERIFY(q.ok() && q->next());
        QCOMPARE(QUuid::fromRfc4122(q->value(0).toByteArray()), v2);

        // Now that a checklist follows version 2, undoing its save is refused and changes nothing.
        m_window->actions()->undo()->trigger();
        const QString refused = messagesText();
        QVERIFY2(refused.contains(QStringLiteral("Checklist step made since refers to it")), qPrintable(refused));
        QCOMPARE(statusOf(v2), QStringLiteral("active"));
        QCOMPARE(statusOf(v1), QStringLiteral("retired"));
    }

    void retiringAndReactivatingAVersion()
    {
        const QUuid general = select(kGeneral, 1);
        QPushButton* retire = child<QPushButton>("retireProtocol");
        QCOMPARE(retire->text(), QStringLiteral("Retire…"));
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "reasonEdit", QStringLiteral("Replaced by the regional protocol"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(retire, Qt::LeftButton);
        QCOMPARE(statusOf(general), QStringLiteral("retired"));
        QCOMPARE(retire->text(), QStringLiteral("Make Active"));
        QVERIFY(editor()->banner().contains(QStringLiteral("retired")));
        QCOMPARE(list()->index(rowOf(kGeneral, 1), ProtocolListModel::Status).data().toString(), QStringLiteral("Retired"));

        // A survivor found now gets no step of the retired protocol; existing checklists keep theirs.
        QVERIFY(setRescueTime(store(), m_sample.withoutT0, QDateTime::fromMSecsSinceEpoch(m_clock.now, Qt::UTC)).ok());
        Result<QSqlQuery> q = store().exec(
            QStringLiteral("SELECT count(*) FROM checklist_item i JOIN protocol_step p ON p.id = i.step WHERE i.survivor = ? AND p.protocol = ?"),
            {m_sample.withoutT0.toRfc4122(), general.toRfc4122()});
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
        QCOMPARE(list()->item(rowOf(kGeneral, 1))->survivors, 3);

        QTest::mouseClick(retire, Qt::LeftButton);
        QCOMPARE(statusOf(general), QStringLiteral("active"));
        QCOMPARE(retire->text(), QStringLiteral("Retire…"));
    }

    void newProtocolReorderedByDragIsSavedInPlaceUntilUsed()
    {
        QTest::mouseClick(child<QPushButton>("newProtocol"), Qt::LeftButton);
        QVERIFY(editor()->isEditing());
        QVERIFY(editor()->protocol().isNull());
        child<QLineEdit>("protocolName")->setText(QStringLiteral("Harbour follow-up"));
        QTest::mouseClick(child<QPushButton>("addStep"), Qt::LeftButton);
        QLineEdit* title = child<QLineEdit>("stepTitle");
        title->setText(QStringLiteral("Second call"));
        Q_EMIT title->textEdited(title->text());
        QCOMPARE(editor()->steps()->rowCount(), 2);
        QCOMPARE(editor()->steps()->step(1)->title, QStringLiteral("Second call"));
        QTest::mouseClick(child<QPushButton>("saveProtocol"), Qt::LeftButton);
        QVERIFY2(!editor()->isModified(), qPrintable(messagesText()));
        const QUuid id = editor()->protocol();
        QVERIFY(!id.isNull());
        QCOMPARE(rowOf(QStringLiteral("Harbour follow-up"), 1) >= 0, true);

        // Dragged: the second step dropped before the first. Nobody follows it: same version.
        ProtocolStepModel* steps = editor()->steps();
        std::unique_ptr<QMimeData> data(steps->mimeData({steps->index(1, ProtocolStepModel::Title)}));
        steps->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(steps->step(0)->title, QStringLiteral("Second call"));
        QTest::mouseClick(child<QPushButton>("saveProtocol"), Qt::LeftButton);
        QCOMPARE(editor()->protocol(), id);
        QCOMPARE(rowOf(QStringLiteral("Harbour follow-up"), 2), -1);
        QCOMPARE(protocolSteps(store(), id)->front().text(QStringLiteral("title")), QStringLiteral("Second call"));

        // A title used twice is refused, naming the step.
        title->setText(QStringLiteral("FIRST STEP"));
        Q_EMIT title->textEdited(title->text());
        QTest::mouseClick(child<QPushButton>("saveProtocol"), Qt::LeftButton);
        const QString message = messagesText();
        QVERIFY2(message.contains(QStringLiteral("Step 2 (\"First step\"): the same title as step 1")), qPrintable(message));
        QVERIFY(editor()->isModified());
    }

    void unsavedEditsAreNeverLostSilently()
    {
        select(kGeneral, 1);
        child<QLineEdit>("protocolName")->setText(QStringLiteral("General, edited"));
        Q_EMIT child<QLineEdit>("protocolName")->textEdited(QStringLiteral("General, edited"));
        QVERIFY(editor()->isModified());
        const QUuid general = editor()->protocol();
        const int other = rowOf(QStringLiteral("Child survivors (supplement)"), 1);

        Dialogs::setNextAnswer(QMessageBox::Cancel);
        view()->findChild<QTableView*>(QStringLiteral("protocolsTable"))->setCurrentIndex(list()->index(other, 0));
        QVERIFY(messagesText().contains(QStringLiteral("Save the changes to \"General, edited\"?")));
        QCOMPARE(editor()->protocol(), general);
        QCOMPARE(view()->currentProtocol(), general);
        QVERIFY(editor()->isModified());

        Dialogs::setNextAnswer(QMessageBox::Discard);
        view()->findChild<QTableView*>(QStringLiteral("protocolsTable"))->setCurrentIndex(list()->index(other, 0));
        QCOMPARE(editor()->protocol(), list()->item(other)->id);
        QVERIFY(!editor()->isModified());
        QCOMPARE(store().get(QStringLiteral("protocol"), general)->text(QStringLiteral("name")), kGeneral);
    }

    void importRefusesAMalformedFileSayingWhereAndWhy()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("negative.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "tandem-protocol/1", "name": "Bad offsets", "steps": [
  {"key": "a", "title": "First", "owner_role": "police", "due": "+1h"},
  {"key": "b", "title": "Second", "owner_role": "police", "due": "-2h"}]})");
        f.close();
        const int before = list()->rowCount();
        Dialogs::setNextFileName(bad);
        QTest::mouseClick(child<QPushButton>("importProtocol"), Qt::LeftButton);
        const QString message = messagesText();
        QVERIFY2(message.contains(QStringLiteral("The protocol could not be imported.")), qPrintable(message));
        QVERIFY(message.contains(bad));
        QVERIFY(message.contains(QStringLiteral("Step 2 (\"Second\"): due \"-2h\" is negative")));
        QCOMPARE(list()->rowCount(), before);

        // Export the general protocol, import it back: refused as already there; as version 2, taken.
        const QUuid general = select(kGeneral, 1);
        const QString exported = dir.filePath(QStringLiteral("general.json"));
        Dialogs::setNextFileName(exported);
        QTest::mouseClick(child<QPushButton>("exportProtocol"), Qt::LeftButton);
        QVERIFY(messagesText().contains(QStringLiteral("was written to general.json")));
        Result<ProtocolFile> file = readProtocolFile(exported);
        QVERIFY(file.ok());
        QCOMPARE(file->steps.front().key, QStringLiteral("advocate"));
        Dialogs::setNextFileName(exported);
        QTest::mouseClick(child<QPushButton>("importProtocol"), Qt::LeftButton);
        QVERIFY(messagesText().contains(QStringLiteral("Version 1 of this protocol is already in this database")));
        file->version = 2;
        QFile out(exported);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(writeProtocolFile(*file));
        out.close();
        Dialogs::setNextFileName(exported);
        QTest::mouseClick(child<QPushButton>("importProtocol"), Qt::LeftButton);
        QCOMPARE(list()->rowCount(), before + 1);
        QCOMPARE(view()->currentProtocol(), protocolRowId(file->family, 2));
        QCOMPARE(activeProtocols(store())->size(), size_t(3));
        QVERIFY(general != view()->currentProtocol());
    }
};

TANDEM_GUI_TEST_MAIN(ProtocolsViewTest)
#include "protocolsview_test.moc"
