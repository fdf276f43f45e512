// Undo and redo of record edits (ui/commands/recordcommands.h) and the Edit menu.

#include "guitest.h"

#include "actions.h"
#include "records/recordcommands.h"
#include "document.h"
#include "mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAction>
#include <QSignalSpy>
#include <QUndoStack>

using namespace tandem;

class UndoTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempStore> m_file;
    std::unique_ptr<Document> m_doc;

    Store& store() { return m_doc->store(); }
    QString text(const char* entity, const QUuid& id, const char* field)
    {
        Result<Row> row = store().get(QString::fromLatin1(entity), id);
        return row ? row->text(QString::fromLatin1(field)) : QStringLiteral("<missing>");
    }
    bool deleted(const char* entity, const QUuid& id)
    {
        Result<Row> row = store().get(QString::fromLatin1(entity), id);
        return row && row->deleted;
    }

private Q_SLOTS:
    void init()
    {
        m_file = std::make_unique<test::TempStore>();
        m_doc = std::make_unique<Document>(std::move(m_file->store));
    }
    void cleanup()
    {
        m_doc.reset();
        m_file.reset();
    }

    void addUndoRedo()
    {
        Result<QUuid> id = addRecord(*m_doc, QStringLiteral("agency"),
                                     {{QStringLiteral("name"), QStringLiteral("Eastfold Police")},
                                      {QStringLiteral("kind"), QStringLiteral("police")}},
                                     QStringLiteral("Add agency"));
        QVERIFY(id);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Add agency"));
        m_doc->undoStack()->undo();
        QVERIFY(deleted("agency", *id));
        m_doc->undoStack()->redo();
        QVERIFY(!deleted("agency", *id));
        QCOMPARE(text("agency", *id, "name"), QStringLiteral("Eastfold Police"));
    }

    void editUndoRedoOnlyTheEditedFields()
    {
        Result<QUuid> id = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")},
                                                                        {QStringLiteral("objectives"), QStringLiteral("First")}});
        QVERIFY(id);
        QVERIFY(editRecord(*m_doc, QStringLiteral("operation"), *id, {{QStringLiteral("objectives"), QStringLiteral("Second")}},
                           QStringLiteral("Edit objectives")));
        // Someone (a merge, another view) changes another field meanwhile: undo keeps it.
        QVERIFY(store().update(QStringLiteral("operation"), *id, {{QStringLiteral("comms_plan"), QStringLiteral("Channel 3")}}));
        m_doc->undoStack()->undo();
        QCOMPARE(text("operation", *id, "objectives"), QStringLiteral("First"));
        QCOMPARE(text("operation", *id, "comms_plan"), QStringLiteral("Channel 3"));
        m_doc->undoStack()->redo();
        QCOMPARE(text("operation", *id, "objectives"), QStringLiteral("Second"));

        // An edit that changes nothing is no undo step.
        const int steps = m_doc->undoStack()->count();
        QVERIFY(editRecord(*m_doc, QStringLiteral("operation"), *id, {{QStringLiteral("objectives"), QStringLiteral("Second")}},
                           QStringLiteral("Edit objectives")));
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }

    void refusedEditIsNoUndoStep()
    {
        Result<QUuid> id = store().insert(QStringLiteral("assignment"), {});
        QVERIFY(!id);
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
        QVERIFY(op);
        Result<void> r = editRecord(*m_doc, QStringLiteral("operation"), *op, {{QStringLiteral("expected_survivors"), -3}},
                                    QStringLiteral("Edit"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("expected_survivors")));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void deleteUndoRestoresOwnedRecords()
    {
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
        QVERIFY(op);
        Result<QUuid> target = store().insert(QStringLiteral("target"), {{QStringLiteral("operation"), *op},
                                                                         {QStringLiteral("label"), QStringLiteral("Barn")},
                                                                         {QStringLiteral("address"), QStringLiteral("2 Field Road")}});
        QVERIFY(target);
        QVERIFY(deleteRecord(*m_doc, QStringLiteral("operation"), *op, QStringLiteral("Delete operation")));
        QVERIFY(deleted("operation", *op));
        QVERIFY(deleted("target", *target));
        m_doc->undoStack()->undo();
        QVERIFY(!deleted("operation", *op));
        QVERIFY(!deleted("target", *target));
        QCOMPARE(text("target", *target, "address"), QStringLiteral("2 Field Road"));
        m_doc->undoStack()->redo();
        QVERIFY(deleted("target", *target));
    }

    void groupIsOneStepOrNothing()
    {
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
        QVERIFY(op);
        {
            EditGroup group(*m_doc, QStringLiteral("Add two targets"));
            QVERIFY(group.isValid());
            for (const char* label : {"North door", "South door"})
                QVERIFY(addRecord(*m_doc, QStringLiteral("target"),
                                  {{QStringLiteral("operation"), *op}, {QStringLiteral("label"), QString::fromLatin1(label)},
                                   {QStringLiteral("address"), QStringLiteral("5 Quay Street")}},
                                  QStringLiteral("Add target"), group.command()));
            QVERIFY(group.commit());
        }
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        Result<std::vector<Row>> live = store().select(QStringLiteral("target"), QStringLiteral("deleted = 0"));
        QVERIFY(live);
        QCOMPARE(live->size(), size_t(0));
        m_doc->undoStack()->redo();
        QCOMPARE(store().select(QStringLiteral("target"), QStringLiteral("deleted = 0"))->size(), size_t(2));

        // A group left without commit: nothing was written, nothing to undo.
        {
            EditGroup group(*m_doc, QStringLiteral("Half done"));
            QVERIFY(addRecord(*m_doc, QStringLiteral("target"),
                              {{QStringLiteral("operation"), *op}, {QStringLiteral("label"), QStringLiteral("West door")},
                               {QStringLiteral("address"), QStringLiteral("5 Quay Street")}},
                              QStringLiteral("Add target"), group.command()));
            QVERIFY(!addRecord(*m_doc, QStringLiteral("target"), {{QStringLiteral("operation"), *op}}, QStringLiteral("Add target"),
                               group.command()));
        }
        QCOMPARE(store().select(QStringLiteral("target"), QStringLiteral("deleted = 0"))->size(), size_t(2));
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void refusedUndoIsReportedAndDropped()
    {
        Result<QUuid> agency = store().insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("A")},
                                                                         {QStringLiteral("kind"), QStringLiteral("shelter")}});
        QVERIFY(agency);
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")}});
        QVERIFY(op);
        QVERIFY(editRecord(*m_doc, QStringLiteral("operation"), *op, {{QStringLiteral("lead_agency"), *agency}}, QStringLiteral("Set lead")));
        QVERIFY(deleteRecord(*m_doc, QStringLiteral("operation"), *op, QStringLiteral("Delete operation")));
        // The agency goes (say, in a merge): undoing the delete cannot restore a lead agency that is gone.
        QVERIFY(store().remove(QStringLiteral("agency"), *agency));
        QSignalSpy failed(m_doc.get(), &Document::editFailed);
        m_doc->undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("was deleted")));
        QVERIFY(deleted("operation", *op));
    }

    void editMenuFollowsTheOpenFile()
    {
        MainWindow window;
        test::TempStore file;
        const QString path = file.path();
        file.store.reset();
        QVERIFY(window.openFile(path));
        QAction* undo = window.actions()->undo();
        QAction* redo = window.actions()->redo();
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        QVERIFY(addRecord(*window.document(), QStringLiteral("agency"),
                          {{QStringLiteral("name"), QStringLiteral("B")}, {QStringLiteral("kind"), QStringLiteral("shelter")}},
                          QStringLiteral("Add agency")));
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Add agency")));
        undo->trigger();
        QVERIFY(redo->isEnabled());
        window.closeFile();
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());
    }
};

TANDEM_GUI_TEST_MAIN(UndoTest)
#include "undo_test.moc"
