// Reviewing the conflicts a merge left, in the Exchange view: Keep, and restoring a record a
// partner deleted while it was being edited here, are edits that Undo and Redo take back and
// make again, the conflict list following.

#include "actions.h"
#include "domain/office.h"
#include "guitest.h"
#include "mainwindow.h"
#include "exchange/conflictmodel.h"
#include "store/keystore.h"
#include "sync/exchange.h"
#include "sync/partners.h"
#include "exchange/exchangeview.h"

#include <QAbstractItemModelTester>
#include <QPushButton>

using namespace tandem;

namespace {

const QString kPassA = QStringLiteral("copper lantern meadow seven");
const QString kPassB = QStringLiteral("quiet harbour violet ladder");

QString text(Store& store, const QUuid& id, const char* field)
{
    Result<Row> row = store.get(QStringLiteral("operation"), id);
    return row ? row->text(QString::fromLatin1(field)) : QStringLiteral("<missing>");
}

// Two offices that trust each other, in a temporary folder; send() exports from a to b and
// merges there, with the core's calls.
struct Offices {
    QTemporaryDir dir;
    std::unique_ptr<Store> a = office("Northgate", kPassA);
    std::unique_ptr<Store> b = office("Southgate", kPassB);
    int bundles = 0;

    Offices()
    {
        if (a && b && (!trustPartner(*a, *ownCard(*b)) || !trustPartner(*b, *ownCard(*a))))
            b.reset();
    }

    std::unique_ptr<Store> office(const char* name, const QString& passphrase)
    {
        Result<std::unique_ptr<Store>> s = createOffice(dir.filePath(QString::fromLatin1(name)),
                                                        QString::fromLatin1(name), passphrase);
        return s ? std::move(s).value() : nullptr;
    }

    void send()
    {
        // Unlocked once: Argon2id is slow on purpose.
        if (!keysA)
            keysA = std::make_unique<OfficeKeys>(std::move(unlockOfficeKeys(*a, kPassA)).value());
        if (!keysB)
            keysB = std::make_unique<OfficeKeys>(std::move(unlockOfficeKeys(*b, kPassB)).value());
        ExportOptions options;
        options.recipients << b->siteId();
        const QString path = dir.filePath(QStringLiteral("%1.bundle").arg(++bundles));
        QVERIFY(exportBundle(*a, *keysA, options, path));
        QVERIFY(mergeBundle(*b, *keysB, path));
    }

    std::unique_ptr<OfficeKeys> keysA;
    std::unique_ptr<OfficeKeys> keysB;
};

} // namespace

class ConflictReviewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        for (const Dialogs::Message& m : Dialogs::takeMessages())
            qWarning() << "message not checked by the test:" << m.text << m.details;
    }

    // Keep, and restoring a record a partner deleted while it was being edited here: both undoable.
    void keepAndRestoreAreUndoableEdits()
    {
        Offices offices;
        QVERIFY(offices.a && offices.b);
        Store* a = offices.a.get();
        std::unique_ptr<Store>& b = offices.b;
        auto send = [&] {
            offices.send();
        };
        const QUuid op = *a->insert(QStringLiteral("operation"),
                                    {{QStringLiteral("code_name"), QStringLiteral("Thimble")},
                                     {QStringLiteral("comms_plan"), QStringLiteral("Radio")}});
        const QUuid target =
            *a->insert(QStringLiteral("target"),
                       {{QStringLiteral("operation"), op},
                        {QStringLiteral("label"), QStringLiteral("Barn")},
                        {QStringLiteral("address"), QStringLiteral("1 Field Road")}});
        send();
        QVERIFY(a->update(QStringLiteral("operation"), op,
                          {{QStringLiteral("comms_plan"), QStringLiteral("Phones")}}));
        QVERIFY(b->update(QStringLiteral("operation"), op,
                          {{QStringLiteral("comms_plan"), QStringLiteral("Runners")}}));
        QVERIFY(a->remove(QStringLiteral("target"), target));
        QVERIFY(b->update(QStringLiteral("target"), target,
                          {{QStringLiteral("hazards"), QStringLiteral("Dog on site")}}));
        send();
        const QString path = b->path();
        b.reset();

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        window.showView(window.exchangeView());
        ConflictModel* conflicts = window.exchangeView()->conflictModel();
        QAbstractItemModelTester tester(conflicts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(conflicts->rowCount(), 2);
        Store& store = *window.store();
        const QString kept = text(store, op, "comms_plan");
        const int editRow = conflicts->itemAt(0)->conflict.kind == QStringLiteral("edit") ? 0 : 1;
        const ConflictModel::Item deleteItem = *conflicts->itemAt(1 - editRow);
        QCOMPARE(deleteItem.record, QStringLiteral("Target: Barn"));
        QCOMPARE(deleteItem.field, QStringLiteral("The whole record"));
        QCOMPARE(deleteItem.kept, QStringLiteral("Deleted"));
        QVERIFY2(deleteItem.other.contains(QStringLiteral("Hazards: Dog on site")),
                 qPrintable(deleteItem.other));

        // Keep: the value stays, the conflict goes; undo brings the conflict back, redo resolves
        // it.
        QVERIFY(window.exchangeView()->selectConflict(conflicts->itemAt(editRow)->conflict.id));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("keepButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(conflicts->rowCount(), 1);
        QCOMPARE(text(store, op, "comms_plan"), kept);
        window.actions()->undo()->trigger();
        QTRY_COMPARE(conflicts->rowCount(), 2);
        QCOMPARE(text(store, op, "comms_plan"), kept);
        window.actions()->redo()->trigger();
        QTRY_COMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->itemAt(0)->conflict.id, deleteItem.conflict.id);

        // Restore the deleted target with Southgate's edit; undo deletes it again.
        QVERIFY(window.exchangeView()->selectConflict(deleteItem.conflict.id));
        auto* restore = window.findChild<QPushButton*>(QStringLiteral("takeOtherButton"));
        QCOMPARE(restore->text(), QStringLiteral("&Restore the Record"));
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE(conflicts->rowCount(), 0);
        Result<Row> row = store.get(QStringLiteral("target"), target);
        QVERIFY(row && !row->deleted);
        QCOMPARE(row->text(QStringLiteral("hazards")), QStringLiteral("Dog on site"));
        window.actions()->undo()->trigger();
        QTRY_COMPARE(conflicts->rowCount(), 1);
        QVERIFY(store.get(QStringLiteral("target"), target)->deleted);
        window.actions()->redo()->trigger();
        QTRY_COMPARE(conflicts->rowCount(), 0);
        QVERIFY(!store.get(QStringLiteral("target"), target)->deleted);
        QCOMPARE(Dialogs::takeMessages().size(), 0);
    }

    // A conflicting reference shows the names of the records referred to, not their ids.
    void aReferenceShowsWhatItRefersTo()
    {
        Offices offices;
        QVERIFY(offices.a && offices.b);
        Store& a = *offices.a;
        auto agency = [&](const char* name) {
            Result<QUuid> id = a.insert(QStringLiteral("agency"),
                                        {{QStringLiteral("name"), QString::fromLatin1(name)},
                                         {QStringLiteral("kind"), QStringLiteral("police")}});
            return id ? *id : QUuid();
        };
        const QUuid north = agency("Northgate Police");
        const QUuid south = agency("Southgate Police");
        const QUuid op = *a.insert(QStringLiteral("operation"),
                                   {{QStringLiteral("code_name"), QStringLiteral("Spindle")}});
        offices.send();
        QVERIFY(
            a.update(QStringLiteral("operation"), op, {{QStringLiteral("lead_agency"), north}}));
        QVERIFY(offices.b->update(QStringLiteral("operation"), op,
                                  {{QStringLiteral("lead_agency"), south}}));
        offices.send();

        ConflictModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(offices.b.get());
        QCOMPARE(model.rowCount(), 1);
        const ConflictModel::Item* item = model.itemAt(0);
        QCOMPARE(item->record, QStringLiteral("Operation: Spindle"));
        QCOMPARE(item->field, QStringLiteral("Lead agency"));
        QCOMPARE(QSet<QString>({item->kept, item->other}),
                 QSet<QString>(
                     {QStringLiteral("Northgate Police"), QStringLiteral("Southgate Police")}));
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

TANDEM_GUI_TEST_MAIN(ConflictReviewTest)
#include "conflictreview_test.moc"
