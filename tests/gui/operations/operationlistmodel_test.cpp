// OperationListModel: lazy pages, SQL sorting, tombstones and following Store::changed().

#include "guitest.h"
#include "domain/search.h"
#include "domain/searchhits.h"
#include "operations/operationlistmodel.h"
#include "sampledata.h"
#include "testsupport.h"
#include "timetext.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSet>
#include <QSqlQuery>
#include <QSignalSpy>

using namespace tandem;

namespace {

// Enough for a one-letter search to find more than 1,000 operations (the list's third way of
// reading a search's matches).
constexpr int kOperations = 1200;

void fetchAll(OperationListModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

QString cell(const OperationListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class OperationListModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempStore>();
        Result<test::Sample> sample = test::fillSample(**m_db, kOperations);
        QVERIFY2(sample.ok(), qPrintable(sample ? QString() : sample.error().text()));
        m_sample = *sample;
    }

    void startsWithOnePageAndGrowsByPages()
    {
        OperationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy total(&model, &OperationListModel::totalCountChanged);
        model.setStore(m_db->store.get());
        QCOMPARE(model.totalCount(), qint64(kOperations));
        QCOMPARE(total.size(), 1);
        QCOMPARE(model.rowCount(), OperationListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * OperationListModel::kPageSize);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kOperations);
        QVERIFY(!model.canFetchMore({}));

        // Pages neither overlap nor leave gaps.
        QSet<QUuid> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.idAt(row));
        QCOMPARE(ids.size(), kOperations);
        QCOMPARE(ids, QSet<QUuid>(m_sample.operations.begin(), m_sample.operations.end()));
    }

    void showsLabelsJoinedNamesAndCounts()
    {
        OperationListModel model;
        model.setStore(m_db->store.get());
        const int row = model.fetchUntil(m_sample.richOperation);
        QVERIFY(row >= 0);
        Result<Row> op = m_db->store->get(QStringLiteral("operation"), m_sample.richOperation);
        QVERIFY(op.ok());
        Result<Row> lead = m_db->store->get(QStringLiteral("agency"),
                                            op->value(QStringLiteral("lead_agency")).toUuid());
        QVERIFY(lead.ok());
        QCOMPARE(cell(model, row, OperationListModel::CodeName), op->text(QStringLiteral("code_name")));
        const FieldDef& status = *op->entity()->field(QStringLiteral("status"));
        QCOMPARE(cell(model, row, OperationListModel::Status),
                 status.valueLabel(op->text(QStringLiteral("status"))));
        QVERIFY(cell(model, row, OperationListModel::Status) != op->text(QStringLiteral("status"))
                || op->text(QStringLiteral("status")) == QStringLiteral("draft"));
        QCOMPARE(cell(model, row, OperationListModel::LeadAgency), lead->text(QStringLiteral("name")));
        QCOMPARE(cell(model, row, OperationListModel::Starts),
                 localTimeText(op->value(QStringLiteral("starts_at")).toDateTime()));
        QCOMPARE(model.data(model.index(row, OperationListModel::Targets)).toLongLong(), qint64(2));
        QCOMPARE(model.data(model.index(row, OperationListModel::Survivors)).toLongLong(), qint64(2));
        QCOMPARE(model.data(model.index(row, 0), OperationListModel::IdRole).toUuid(),
                 m_sample.richOperation);
        QCOMPARE(model.headerData(OperationListModel::LeadAgency, Qt::Horizontal).toString(),
                 QStringLiteral("Lead agency"));
    }

    void sortsInSqlByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < OperationListModel::ColumnCount; ++c) {
            QTest::addRow("column %d ascending", c) << c << int(Qt::AscendingOrder);
            QTest::addRow("column %d descending", c) << c << int(Qt::DescendingOrder);
        }
    }

    void sortsInSqlByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        OperationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_db->store.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(column, Qt::SortOrder(order));
        if (column != OperationListModel::Starts || order != Qt::DescendingOrder)
            QCOMPARE(reset.size(), 1); // Starts descending is the initial order: nothing to do
        QCOMPARE(model.rowCount(), OperationListModel::kPageSize);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kOperations);
        // Keyset pages, through ties and empty values, neither repeat nor skip a row.
        QSet<QUuid> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.idAt(row));
        QCOMPARE(ids.size(), kOperations);

        const bool ascending = order == Qt::AscendingOrder;
        const FieldDef& status = *Registry::instance().entity(QStringLiteral("operation"))->field(QStringLiteral("status"));
        QStringList statusOrder;
        for (const EnumValue& v : status.values)
            statusOrder << status.valueLabel(QString::fromLatin1(v.token));
        QCollator collator;
        bool seenEmpty = false;
        for (int row = 1; row < model.rowCount(); ++row) {
            const QVariant a = model.data(model.index(row - 1, column));
            const QVariant b = model.data(model.index(row, column));
            // Empty values come last in either direction.
            if (b.toString().isEmpty()) {
                seenEmpty = true;
                continue;
            }
            QVERIFY2(!seenEmpty && !a.toString().isEmpty(), qPrintable(QStringLiteral("row %1").arg(row)));
            int cmp = 0;
            switch (column) {
            case OperationListModel::CodeName:
            case OperationListModel::LeadAgency:
                cmp = a.toString().compare(b.toString(), Qt::CaseInsensitive);
                break;
            case OperationListModel::Status:
                cmp = int(statusOrder.indexOf(a.toString())) - int(statusOrder.indexOf(b.toString()));
                break;
            case OperationListModel::TraffickingType:
                cmp = collator.compare(a.toString(), b.toString());
                break;
            case OperationListModel::Starts: {
                const QUuid ia = model.idAt(row - 1);
                const QUuid ib = model.idAt(row);
                const QDateTime ta = m_db->store->get(QStringLiteral("operation"), ia)->value(QStringLiteral("starts_at")).toDateTime();
                const QDateTime tb = m_db->store->get(QStringLiteral("operation"), ib)->value(QStringLiteral("starts_at")).toDateTime();
                cmp = ta < tb ? -1 : (ta > tb ? 1 : 0);
                break;
            }
            default:
                cmp = int(a.toLongLong() - b.toLongLong());
            }
            QVERIFY2(ascending ? cmp <= 0 : cmp >= 0,
                     qPrintable(QStringLiteral("row %1: %2 then %3").arg(row).arg(a.toString(), b.toString())));
        }
    }

    // The list reads a search's matches one of three ways by how many there are (a few, up to
    // 1,000, more): each gives exactly the operations found, in the list's order, in every order.
    void searchListsWhatItFindsInTheListsOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c : {int(OperationListModel::Starts), int(OperationListModel::CodeName), int(OperationListModel::Status)}) {
            QTest::addRow("column %d ascending", c) << c << int(Qt::AscendingOrder);
            QTest::addRow("column %d descending", c) << c << int(Qt::DescendingOrder);
        }
    }

    void searchListsWhatItFindsInTheListsOrder()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        // Words by how many operations they find: one of each size.
        QString few, some, many;
        search::OperationHits hits(*m_db->store);
        for (const QString& word : QStringLiteral("a b c d e f g h i j k l m n o p r s t u v w 1 2 3 4 5 6 7 8 9 harbour").split(QLatin1Char(' '))) {
            QVERIFY(hits.find({word}).ok());
            QString& slot = hits.size() <= 200 ? few : hits.size() <= 1000 ? some : many;
            if (slot.isEmpty() && hits.size() > 0)
                slot = word;
        }
        QVERIFY2(!few.isEmpty() && !some.isEmpty() && !many.isEmpty(), qPrintable(few + QLatin1Char('/') + some + QLatin1Char('/') + many));

        OperationListModel all;
        all.setStore(m_db->store.get());
        all.sort(column, Qt::SortOrder(order));
        fetchAll(all);
        for (const QString& text : {few, some, many, few + QLatin1Char(' ') + many}) {
            QVERIFY(hits.find(search::searchWords(text).words).ok());
            Result<QSqlQuery> q = m_db->store->exec(QStringLiteral("SELECT id FROM search_key WHERE key IN (%1)").arg(hits.keyList()));
            QVERIFY(q.ok());
            QSet<QUuid> found;
            while (q->next())
                found.insert(QUuid::fromRfc4122(q->value(0).toByteArray()));
            QList<QUuid> expected;
            for (int row = 0; row < all.rowCount(); ++row) {
                if (found.contains(all.idAt(row)))
                    expected.append(all.idAt(row));
            }
            QCOMPARE(expected.size(), found.size());

            OperationListModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setStore(m_db->store.get());
            model.sort(column, Qt::SortOrder(order));
            OperationFilter filter;
            filter.text = text;
            model.setFilter(filter);
            QCOMPARE(model.totalCount(), qint64(found.size()));
            fetchAll(model);
            QList<QUuid> listed;
            for (int row = 0; row < model.rowCount(); ++row)
                listed.append(model.idAt(row));
            QVERIFY2(listed == expected, qPrintable(QStringLiteral("\"%1\": %2 listed, %3 found").arg(text).arg(listed.size()).arg(found.size())));

            // With a status as well: the same operations, fewer of them.
            filter.status = QStringLiteral("planned");
            model.setFilter(filter);
            fetchAll(model);
            QList<QUuid> planned;
            for (const QUuid& id : expected) {
                if (m_db->store->get(QStringLiteral("operation"), id)->text(QStringLiteral("status")) == QLatin1String("planned"))
                    planned.append(id);
            }
            listed.clear();
            for (int row = 0; row < model.rowCount(); ++row)
                listed.append(model.idAt(row));
            QCOMPARE(model.totalCount(), qint64(planned.size()));
            QVERIFY(listed == planned);
        }
    }

    void updatesAnEditedRowInPlace()
    {
        test::TempStore db;
        Result<test::Sample> sample = test::fillSample(*db, 300, 7);
        QVERIFY(sample.ok());
        OperationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(db.store.get());
        const QUuid id = model.idAt(5);
        // The model is under test, not the plan rules: the sample's row 5 may be a closed
        // operation, which people may not edit (issue 17).
        db->setWriteRulesPaused(true);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Sorted by start: a new code name leaves the order alone.
        QVERIFY(db->update(QStringLiteral("operation"), id,
                           {{QStringLiteral("code_name"), QStringLiteral("Renamed Heron")}}).ok());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 5);
        QCOMPARE(cell(model, 5, OperationListModel::CodeName), QStringLiteral("Renamed Heron"));
        QCOMPARE(model.idAt(5), id);
    }

    void reloadsWhenTheOrderOrTheSetChanges()
    {
        test::TempStore db;
        Result<test::Sample> sample = test::fillSample(*db, 300, 11);
        QVERIFY(sample.ok());
        OperationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(db.store.get());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // A new start moves the operation to the top; the loaded rows stay loaded.
        const QUuid moved = model.idAt(150);
        QVERIFY(db->update(QStringLiteral("operation"), moved,
                           {{QStringLiteral("starts_at"), QStringLiteral("2099-01-01T00:00:00Z")},
                            {QStringLiteral("ends_at"), QStringLiteral("2099-01-02T00:00:00Z")}}).ok());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.idAt(0), moved);
        QCOMPARE(model.rowCount(), 300);

        // Deleting leaves a tombstone, which the list does not show.
        QVERIFY(db->remove(QStringLiteral("operation"), moved).ok());
        QVERIFY(reset.size() >= 2);
        QCOMPARE(model.totalCount(), qint64(299));
        QCOMPARE(model.rowCount(), 299);
        QCOMPARE(model.rowOf(moved), -1);
        QCOMPARE(model.fetchUntil(moved), -1);

        // A new operation, and a new target of a loaded one (its count changes).
        Result<QUuid> added = db->insert(QStringLiteral("operation"),
                                         {{QStringLiteral("code_name"), QStringLiteral("Fresh Kestrel")},
                                          {QStringLiteral("starts_at"), QStringLiteral("2098-05-01T06:00:00Z")}});
        QVERIFY(added.ok());
        QCOMPARE(model.totalCount(), qint64(300));
        QCOMPARE(model.idAt(0), *added);
        QCOMPARE(model.data(model.index(0, OperationListModel::Targets)).toLongLong(), qint64(0));
        QVERIFY(db->insert(QStringLiteral("target"), {{QStringLiteral("operation"), *added},
                                                      {QStringLiteral("label"), QStringLiteral("Depot")},
                                                      {QStringLiteral("address"), QStringLiteral("3 Weir Close")}}).ok());
        QCOMPARE(model.data(model.index(0, OperationListModel::Targets)).toLongLong(), qint64(1));
    }

    // A large merge announces "many rows" as an empty list of ids: the list is read again.
    void reloadsWhenTheStoreNamesNoRows()
    {
        test::TempStore db;
        QVERIFY(test::fillSample(*db, 40, 5).ok());
        OperationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(db.store.get());
        QCOMPARE(model.totalCount(), qint64(40));
        Result<QUuid> added = QUuid();
        {
            // Written without the model hearing of it, as the merge's set-based statements do.
            const QSignalBlocker quiet(db.store.get());
            added = db->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Unseen Heron")},
                                                             {QStringLiteral("starts_at"), QStringLiteral("2097-05-01T06:00:00Z")}});
            QVERIFY(added.ok());
        }
        QCOMPARE(model.totalCount(), qint64(40));
        Result<Transaction> tx = db->begin();
        QVERIFY(tx.ok());
        db->announceChanged(QStringLiteral("operation"), {});
        QVERIFY(tx->commit().ok());
        QCOMPARE(model.totalCount(), qint64(41));
        QCOMPARE(model.idAt(0), *added);
    }

    void emptyStoreAndNoStore()
    {
        test::TempStore db;
        OperationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setStore(db.store.get());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), qint64(0));
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void aPageThatCannotBeReadIsSaidOnce()
    {
        // The paged models' one lazy-load path (ui/models/pagedmodel.h): a page that fails stops
        // the fetching until the rows are read again, instead of failing again at every scroll.
        Store& store = *m_db->store;
        OperationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store);
        QSignalSpy failed(&model, &OperationListModel::readFailed);
        QVERIFY(model.canFetchMore({}));
        // A temporary table of the same name hides the operations from this connection's reads.
        QVERIFY(store.exec(QStringLiteral("CREATE TEMP TABLE operation (id BLOB)")).ok());
        model.fetchMore({});
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().startsWith(QStringLiteral("The operations could not be read: ")));
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), OperationListModel::kPageSize); // the rows read before stay
        QCOMPARE(model.totalCount(), qint64(kOperations));

        QVERIFY(store.exec(QStringLiteral("DROP TABLE temp.operation")).ok());
        model.reload();
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * OperationListModel::kPageSize);
        QCOMPARE(failed.size(), 1);
    }

private:
    std::unique_ptr<test::TempStore> m_db;
    test::Sample m_sample;
};

TANDEM_GUI_TEST_MAIN(OperationListModelTest)
#include "operationlistmodel_test.moc"
