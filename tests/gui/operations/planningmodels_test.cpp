// The item models of operation planning under QAbstractItemModelTester: the operations list with
// search and filters, an operation's records (ChildTableModel), and the directories
// (RecordListModel, paged and searched).

#include "records/recordcommands.h"
#include "document.h"
#include "guitest.h"
#include "records/childtablemodel.h"
#include "operations/operationlistmodel.h"
#include "directory/recordlistmodel.h"
#include "sampledata.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace tandem;

namespace {

template <typename Model>
void fetchAll(Model& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

QSet<QUuid> listed(OperationListModel& model)
{
    fetchAll(model);
    QSet<QUuid> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.idAt(row));
    return ids;
}

QSet<QUuid> query(Store& store, const QString& sql, const QVariantList& binds = {})
{
    QSet<QUuid> ids;
    Result<QSqlQuery> q = store.exec(sql, binds);
    if (!q)
        return ids;
    while (q->next())
        ids.insert(QUuid::fromRfc4122(q->value(0).toByteArray()));
    return ids;
}

} // namespace

class PlanningModelsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempStore> m_db;
    test::Sample m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempStore>();
        Result<test::Sample> sample = test::fillSample(**m_db, 600);
        QVERIFY2(sample.ok(), qPrintable(sample ? QString() : sample.error().text()));
        m_sample = *sample;
    }

    void searchAndFiltersKeepPagingRight()
    {
        Store& store = **m_db;
        OperationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QSignalSpy counted(&model, &OperationListModel::totalCountChanged);

        // A status: the same operations SQL finds, over several pages, in every order.
        OperationFilter planned;
        planned.status = QStringLiteral("planned");
        model.setFilter(planned);
        const QSet<QUuid> expected = query(store, QStringLiteral("SELECT id FROM operation WHERE deleted = 0 AND status = 'planned'"));
        QVERIFY(expected.size() > 0);
        QCOMPARE(model.totalCount(), qint64(expected.size()));
        QCOMPARE(model.allCount(), qint64(600));
        QCOMPARE(counted.size(), 1);
        for (int column = 0; column < OperationListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QCOMPARE(listed(model), expected);
                QCOMPARE(model.rowCount(), expected.size());
            }
        }

        // Search as you type, with the status: every word, any part of the operation.
        Result<Row> rich = store.get(QStringLiteral("operation"), m_sample.richOperation);
        QVERIFY(rich.ok());
        const QString name = rich->text(QStringLiteral("code_name"));
        OperationFilter byName;
        byName.text = name.section(QLatin1Char(' '), -1).left(4); // the first letters of its last word
        model.setFilter(byName);
        QVERIFY(listed(model).contains(m_sample.richOperation));
        const QSet<QUuid> nameMatches = query(store, QStringLiteral("SELECT id FROM operation WHERE deleted = 0 AND (code_name LIKE ? OR code_name LIKE ?)"),
                                              {byName.text + QLatin1Char('%'), QStringLiteral("% ") + byName.text + QLatin1Char('%')});
        QVERIFY(listed(model).contains(nameMatches));

        // Type, dates: an operation leaves the list as soon as it no longer passes.
        OperationFilter none;
        none.text = QStringLiteral("zzzqqq");
        model.setFilter(none);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), qint64(0));
        QVERIFY(!model.canFetchMore({}));

        const QUuid op = m_sample.operations.at(5);
        QVERIFY(store.update(QStringLiteral("operation"), op, {{QStringLiteral("code_name"), QStringLiteral("Operation Zzzqqq")}}).ok());
        QCOMPARE(listed(model), QSet<QUuid>{op});
        QVERIFY(store.update(QStringLiteral("operation"), op, {{QStringLiteral("code_name"), QStringLiteral("Operation Plain")}}).ok());
        QCOMPARE(model.rowCount(), 0);
        // A log note that mentions the word brings its operation in.
        Result<QUuid> note = store.insert(QStringLiteral("note"), {{QStringLiteral("operation"), op},
                                                                   {QStringLiteral("at"), QStringLiteral("2026-05-01T04:10:00Z")},
                                                                   {QStringLiteral("text"), QStringLiteral("zzzqqq spotted at the door")}});
        QVERIFY(note.ok());
        QCOMPARE(listed(model), QSet<QUuid>{op});
        QVERIFY(store.remove(QStringLiteral("note"), *note).ok());
        QCOMPARE(model.rowCount(), 0);

        OperationFilter dated;
        dated.from = QDate(2026, 1, 1);
        dated.to = QDate(2026, 6, 30);
        dated.traffickingType = QStringLiteral("labour_exploitation");
        model.setFilter(dated);
        const QSet<QUuid> inRange = query(store,
                                          QStringLiteral("SELECT id FROM operation WHERE deleted = 0 AND trafficking_type = 'labour_exploitation'"
                                                         " AND starts_at >= ? AND starts_at < ?"),
                                          {dated.from.startOfDay().toSecsSinceEpoch(), dated.to.addDays(1).startOfDay().toSecsSinceEpoch()});
        QVERIFY(!inRange.isEmpty());
        QVERIFY(inRange.size() < 600);
        QCOMPARE(listed(model), inRange);

        model.setFilter({});
        QCOMPARE(model.totalCount(), qint64(600));
    }

    void childRecordsChangeInPlaceAndTickUndoably()
    {
        // The document takes the store: this test runs after the ones that read it directly.
        Document document(std::move(m_db->store));
        Store& store = document.store();
        ChildTableModel model(QStringLiteral("assignment"), QStringLiteral("operation"),
                              {QStringLiteral("agency"), QStringLiteral("role"), QStringLiteral("headcount"), QStringLiteral("acknowledged")},
                              QStringLiteral("role = 'lead' DESC, rowid"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(&document);
        QCOMPARE(model.rowCount(), 0);
        model.setParentId(m_sample.richOperation);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Lead"));
        QVERIFY(!model.index(0, 0).data().toString().isEmpty()); // an agency's name, not an id
        QCOMPARE(model.index(0, 3).flags() & Qt::ItemIsUserCheckable, Qt::ItemIsUserCheckable);

        // A tick in the table is an edit, and undo takes it back; rows stay where they are.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        const QUuid first = model.idAt(0);
        const bool was = model.index(0, 3).data(Qt::CheckStateRole).toInt() == Qt::Checked;
        QVERIFY(model.setData(model.index(0, 3), was ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.index(0, 3).data(Qt::CheckStateRole).toInt() == Qt::Checked, !was);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        document.undoStack()->undo();
        QCOMPARE(model.index(0, 3).data(Qt::CheckStateRole).toInt() == Qt::Checked, was);
        QCOMPARE(model.idAt(0), first);
        // Only Bool columns take a tick.
        QVERIFY(!model.setData(model.index(0, 2), Qt::Checked, Qt::CheckStateRole));

        // A new assignment and a removed one: the rows are read again.
        Result<QUuid> added = addRecord(document, QStringLiteral("assignment"),
                                        {{QStringLiteral("operation"), m_sample.richOperation},
                                         {QStringLiteral("agency"), m_sample.agencies.first()},
                                         {QStringLiteral("role"), QStringLiteral("medical")}},
                                        QStringLiteral("Add"));
        QVERIFY(added.ok());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(*added), 3);
        QVERIFY(deleteRecord(document, QStringLiteral("assignment"), *added, QStringLiteral("Remove")).ok());
        QCOMPARE(model.rowCount(), 3);

        // An agency renamed shows its new name.
        const QUuid agency = model.rowAt(0).value(QStringLiteral("agency")).toUuid();
        QVERIFY(store.update(QStringLiteral("agency"), agency, {{QStringLiteral("name"), QStringLiteral("Renamed Unit")}}).ok());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Renamed Unit"));
        model.setDocument(nullptr);
    }

    void directoriesPageSortAndSearch()
    {
        test::TempStore db;
        Store& store = *db;
        {
            Result<Transaction> tx = store.begin();
            QVERIFY(tx.ok());
            for (int i = 0; i < 450; ++i) {
                QVariantMap values{{QStringLiteral("name"), QStringLiteral("Service %1").arg(i, 3, 10, QLatin1Char('0'))},
                                   {QStringLiteral("kind"), i % 3 ? QStringLiteral("shelter") : QStringLiteral("hotline")},
                                   {QStringLiteral("languages"), QStringList{i % 2 ? QStringLiteral("Tigrinya") : QStringLiteral("Romanian")}}};
                if (i % 4)
                    values.insert(QStringLiteral("capacity"), (i * 7) % 50);
                QVERIFY(store.insert(QStringLiteral("service"), values).ok());
            }
            QVERIFY(tx->commit().ok());
        }
        RecordListModel model(QStringLiteral("service"),
                              {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("capacity"), QStringLiteral("accepts_minors")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QCOMPARE(model.rowCount(), RecordListModel::kPageSize);
        QCOMPARE(model.totalCount(), qint64(450));
        for (int column = 0; column < 4; ++column) {
            for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                model.sort(column, order);
                fetchAll(model);
                QCOMPARE(model.rowCount(), 450);
                QSet<QUuid> ids;
                for (int row = 0; row < model.rowCount(); ++row)
                    ids.insert(model.idAt(row));
                QCOMPARE(ids.size(), 450); // no row twice, none left out
            }
        }
        model.sort(0, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Service 000"));
        model.sort(2, Qt::AscendingOrder); // empty capacities last
        fetchAll(model);
        QVERIFY(model.index(449, 2).data().toString().isEmpty());
        QVERIFY(!model.index(0, 2).data().toString().isEmpty());

        model.setSearch(QStringLiteral("tigr"));
        fetchAll(model);
        QCOMPARE(model.totalCount(), qint64(225));
        QCOMPARE(model.allCount(), qint64(450));
        model.setSearch(QStringLiteral("service 01"));
        QCOMPARE(model.totalCount(), qint64(10)); // Service 010 to 019: "01" begins their second word
        model.setSearch(QStringLiteral("ervice"));
        QCOMPARE(model.totalCount(), qint64(0)); // the beginnings of words only
        model.setSearch(QStringLiteral("service 010"));
        QCOMPARE(model.totalCount(), qint64(1));
        const QUuid found = model.idAt(0);
        QVERIFY(store.remove(QStringLiteral("service"), found).ok());
        QCOMPARE(model.totalCount(), qint64(0));
        model.setSearch(QString());
        QCOMPARE(model.totalCount(), qint64(449));
        QCOMPARE(model.fetchUntil(found), -1);
    }
};

TANDEM_GUI_TEST_MAIN(PlanningModelsTest)
#include "planningmodels_test.moc"
