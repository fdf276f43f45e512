// The item models of survivor assistance under QAbstractItemModelTester: the survivors list (lazy
// pages, SQL sorting, search, in-place refresh), a checklist, the consent ledger, the Today tree
// (lazy per band), the protocol list and the steps of a protocol being edited (moves and drops).

#include "guitest.h"

#include "document.h"
#include "domain/consent.h"
#include "domain/survivors.h"
#include "domain/tick.h"
#include "survivors/checklistmodel.h"
#include "survivors/consentmodel.h"
#include "protocols/protocollistmodel.h"
#include "protocols/protocolstepmodel.h"
#include "survivors/survivorlistmodel.h"
#include "today/todaymodel.h"
#include "survivorsample.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace tandem;

namespace {

constexpr int kSurvivors = 30;

QStringList column(const QAbstractItemModel& model, int column, const QModelIndex& parent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out << model.index(row, column, parent).data().toString();
    return out;
}

} // namespace

class SurvivorModelsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempStore> m_file;
    test::ManualClock m_clock;
    std::unique_ptr<Document> m_doc;
    test::SurvivorSample m_sample;

    Store& store() { return m_doc->store(); }

private Q_SLOTS:
    void init()
    {
        m_file = std::make_unique<test::TempStore>();
        m_file->store->setWallClock(m_clock.fn());
        Result<test::SurvivorSample> sample = test::fillSurvivorSample(*m_file->store, kSurvivors, m_clock.now);
        QVERIFY2(sample.ok(), qPrintable(sample ? QString() : sample.error().text()));
        m_sample = *sample;
        m_doc = std::make_unique<Document>(std::move(m_file->store));
    }
    void cleanup()
    {
        m_doc.reset();
        m_file.reset();
    }

    void survivorListPagesSortsAndSearches()
    {
        SurvivorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store());
        QCOMPARE(model.totalCount(), qint64(kSurvivors + 1));
        QCOMPARE(model.rowCount(), kSurvivors + 1);
        // Most overdue first by default: counts never rise down the list.
        int last = INT_MAX;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int overdue = model.index(row, SurvivorListModel::Overdue).data().toInt();
            QVERIFY(overdue <= last);
            last = overdue;
        }
        QVERIFY(model.index(0, SurvivorListModel::Overdue).data().toInt() > 0);

        model.sort(SurvivorListModel::Code, Qt::AscendingOrder);
        QStringList codes = column(model, SurvivorListModel::Code);
        QStringList sorted = codes;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(codes, sorted);
        // The survivor without T0 sorts last by T0 either way.
        model.sort(SurvivorListModel::RescuedAt, Qt::DescendingOrder);
        QCOMPARE(model.idAt(model.rowCount() - 1), m_sample.withoutT0);
        QCOMPARE(model.idAt(0), m_sample.survivors.front());
        model.sort(SurvivorListModel::RescuedAt, Qt::AscendingOrder);
        QCOMPARE(model.idAt(model.rowCount() - 1), m_sample.withoutT0);

        model.setSearch(QStringLiteral("amber"));
        QCOMPARE(model.totalCount(), qint64(kSurvivors / 2));
        for (const QString& op : column(model, SurvivorListModel::Operation))
            QCOMPARE(op, QStringLiteral("Operation Amber Weir"));
        model.setSearch(QStringLiteral("V-2026-0900"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SurvivorListModel::Progress).data().toString(), QStringLiteral("No checklist"));
        model.setSearch(QStringLiteral("100%_"));
        QCOMPARE(model.rowCount(), 0);
    }

    void survivorListPagesWithoutGaps()
    {
        // More survivors than a page: pages neither overlap nor leave gaps, in each order.
        Result<Transaction> tx = store().begin();
        QVERIFY(tx.ok());
        for (int i = 0; i < 2 * SurvivorListModel::kPageSize; ++i)
            QVERIFY(store().insert(QStringLiteral("survivor"),
                                   {{QStringLiteral("code"), QStringLiteral("V-2025-%1").arg(i, 4, 10, QLatin1Char('0'))}}));
        QVERIFY(tx->commit().ok());
        SurvivorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store());
        for (int column : {int(SurvivorListModel::Overdue), int(SurvivorListModel::Code), int(SurvivorListModel::Progress),
                           int(SurvivorListModel::Operation), int(SurvivorListModel::AgeBand)}) {
            model.sort(column, column % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            QCOMPARE(model.rowCount(), SurvivorListModel::kPageSize);
            while (model.canFetchMore({}))
                model.fetchMore({});
            QSet<QUuid> ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids.insert(model.idAt(row));
            QCOMPARE(ids.size(), int(model.totalCount()));
            QCOMPARE(model.totalCount(), qint64(kSurvivors + 1 + 2 * SurvivorListModel::kPageSize));
        }
        // Sorting (SortedPagedModel, shared with operations and the directories): the order shown
        // already and a column that is not there read nothing; a new order reads the first page
        // again, once.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const int loaded = model.rowCount();
        model.sort(model.sortColumn(), model.sortOrder());
        model.sort(-1, Qt::AscendingOrder);
        model.sort(SurvivorListModel::ColumnCount, Qt::AscendingOrder);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), loaded);
        const Qt::SortOrder other = model.sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        model.sort(model.sortColumn(), other);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.sortOrder(), other);
        QCOMPARE(model.rowCount(), SurvivorListModel::kPageSize);
        QCOMPARE(model.columnCount(), int(SurvivorListModel::ColumnCount));
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    }

    void survivorListUpdatesInPlaceOnATick()
    {
        SurvivorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store());
        model.sort(SurvivorListModel::Code, Qt::AscendingOrder);
        const QUuid first = model.idAt(0);
        const QString before = model.index(0, SurvivorListModel::Progress).data().toString();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Result<QSqlQuery> item = store().exec(QStringLiteral("SELECT id FROM checklist_item WHERE survivor = ? LIMIT 1"),
                                              {first.toRfc4122()});
        QVERIFY(item.ok() && item->next());
        TickOptions o;
        o.defaultBy = QStringLiteral("Liaison M");
        QVERIFY(tick(store(), QUuid::fromRfc4122(item->value(0).toByteArray()), o).ok());
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() > 0);
        QVERIFY(model.index(0, SurvivorListModel::Progress).data().toString() != before);
    }

    void checklistPutsOverdueFirstAndTicksThroughItsBox()
    {
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_doc.get());
        model.setSurvivor(m_sample.survivors[3]); // rescued 17 hours ago
        QVERIFY(model.rowCount() > 10);
        QVERIFY(model.overdueCount() > 0);
        bool overdueSeen = false;
        bool afterOverdue = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool overdue = model.index(row, 0).data(ChecklistModel::OverdueRole).toBool();
            overdueSeen = overdueSeen || overdue;
            QVERIFY2(!(overdue && afterOverdue), "an overdue step below one that is not");
            afterOverdue = afterOverdue || (overdueSeen && !overdue);
        }
        QVERIFY(model.index(0, ChecklistModel::Due).data().toString().contains(QStringLiteral("late")));
        QVERIFY(!model.index(0, ChecklistModel::Protocol).data().toString().isEmpty());

        const QUuid item = model.item(0)->id;
        QVERIFY(model.setData(model.index(0, ChecklistModel::Step), Qt::Checked, Qt::CheckStateRole));
        const int row = model.rowOf(item);
        QCOMPARE(model.index(row, 0).data(ChecklistModel::StateRole).toString(), QStringLiteral("done"));
        QCOMPARE(model.index(row, ChecklistModel::Step).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        // Settled steps go to the end.
        QCOMPARE(row, model.rowCount() - 1);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(model.index(model.rowOf(item), 0).data(ChecklistModel::StateRole).toString(), QStringLiteral("open"));
    }

    void consentLedgerSaysWhereEachStands()
    {
        ConsentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store());
        model.setSurvivor(m_sample.survivors.front());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.activeCount(), 1);
        QCOMPARE(model.index(0, ConsentModel::Recipient).data().toString(), QStringLiteral("Millbrook Refuge"));
        QCOMPARE(model.index(0, ConsentModel::Status).data().toString(), QStringLiteral("In force"));
        QVERIFY(withdrawConsent(store(), model.idAt(0), QStringLiteral("asked to stop")).ok());
        QCOMPARE(model.index(0, ConsentModel::Status).data().toString(), QStringLiteral("Withdrawn"));
        QVERIFY(!model.index(0, ConsentModel::Withdrawn).data().toString().isEmpty());
        QCOMPARE(model.activeCount(), 0);
    }

    void todayTreeHasBandsSurvivorsAndSteps()
    {
        TodayModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_doc.get());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex overdue = model.bandIndex(DueBand::Overdue);
        const QModelIndex soon = model.bandIndex(DueBand::Soon);
        QVERIFY(model.stepCount(DueBand::Overdue) > 0);
        QVERIFY(model.stepCount(DueBand::Soon) > 0);
        QVERIFY(overdue.data().toString().startsWith(QStringLiteral("Overdue (")));
        // Survivors come a page at a time: all of them rescued 2+ hours ago have overdue steps.
        QCOMPARE(model.rowCount(overdue), TodayModel::kPageSize < kSurvivors ? TodayModel::kPageSize : kSurvivors);
        while (model.canFetchMore(overdue))
            model.fetchMore(overdue);
        QCOMPARE(model.rowCount(overdue), kSurvivors);
        qint64 steps = 0;
        for (int s = 0; s < model.rowCount(overdue); ++s) {
            const QModelIndex survivor = model.index(s, 0, overdue);
            QCOMPARE(survivor.data(TodayModel::KindRole).toInt(), int(TodayModel::SurvivorRow));
            steps += model.rowCount(survivor);
            for (int k = 0; k < model.rowCount(survivor); ++k) {
                const QModelIndex step = model.index(k, 0, survivor);
                QCOMPARE(step.parent(), survivor);
                QVERIFY(model.index(k, TodayModel::Timing, survivor).data().toString().endsWith(QStringLiteral("late")));
            }
        }
        QCOMPARE(steps, model.stepCount(DueBand::Overdue));
        QVERIFY(model.rowCount(soon) > 0);

        // One click on a step's box ticks it done, and it leaves the list.
        const QModelIndex first = model.index(0, 0, model.index(0, 0, overdue));
        const QUuid item = first.data(TodayModel::IdRole).toUuid();
        const qint64 before = model.stepCount(DueBand::Overdue);
        QVERIFY(model.setData(first, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.stepCount(DueBand::Overdue), before - 1);
        QVERIFY(!model.indexOfStep(item).isValid());
        QCOMPARE(store().get(QStringLiteral("checklist_item"), item)->text(QStringLiteral("state")), QStringLiteral("done"));

        model.setFilter({QStringLiteral("medical"), m_sample.operation});
        for (int s = 0; s < model.rowCount(overdue); ++s) {
            const QModelIndex survivor = model.index(s, 0, overdue);
            QVERIFY(survivor.data().toString().contains(QStringLiteral("Quiet Lantern")));
            for (const QString& owner : column(model, TodayModel::Owner, survivor))
                QCOMPARE(owner, QStringLiteral("Medical"));
        }
    }

    void protocolListShowsVersionsAndFollowers()
    {
        ProtocolListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&store());
        QCOMPARE(model.rowCount(), 3);
        int followers = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            followers = std::max(followers, model.index(row, ProtocolListModel::Survivors).data().toInt());
        QCOMPARE(followers, kSurvivors);
    }

    void protocolStepsMoveByDragAndByButton()
    {
        ProtocolStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<ProtocolStepSpec> steps;
        for (const char* title : {"One", "Two", "Three", "Four"}) {
            ProtocolStepSpec s;
            s.title = QString::fromLatin1(title);
            s.ownerRole = QStringLiteral("police");
            steps.push_back(s);
        }
        model.setSteps(steps);
        QSignalSpy modified(&model, &ProtocolStepModel::modified);
        QVERIFY(model.moveStep(0, 2));
        QCOMPARE(column(model, ProtocolStepModel::Title),
                 (QStringList{QStringLiteral("Two"), QStringLiteral("Three"), QStringLiteral("One"), QStringLiteral("Four")}));
        QCOMPARE(model.headerData(3, Qt::Vertical).toInt(), 4);
        QVERIFY(!model.moveStep(3, 4));

        // A drag of "Four" dropped before the first row.
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(3, ProtocolStepModel::Title)}));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.index(1, 0)));
        model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(column(model, ProtocolStepModel::Title).first(), QStringLiteral("Four"));
        // Dropped below the last row.
        std::unique_ptr<QMimeData> again(model.mimeData({model.index(0, ProtocolStepModel::Title)}));
        model.dropMimeData(again.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(column(model, ProtocolStepModel::Title).last(), QStringLiteral("Four"));
        QCOMPARE(modified.size(), 3);

        model.removeStep(1);
        QCOMPARE(model.rowCount(), 3);
        ProtocolStepSpec five;
        five.title = QStringLiteral("Five");
        five.dueAnchor = QStringLiteral("first_interview");
        QCOMPARE(model.insertStep(1, five), 1);
        QCOMPARE(model.index(1, ProtocolStepModel::Due).data().toString(), QStringLiteral("Before the first interview"));
    }
};

TANDEM_GUI_TEST_MAIN(SurvivorModelsTest)
#include "survivormodels_test.moc"
