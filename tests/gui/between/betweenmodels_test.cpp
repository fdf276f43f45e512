// The item models of the work between operations and of the dashboard under
// QAbstractItemModelTester, over a small demo: the meetings calendar (a tree of bands), the tips
// list (pages as it scrolls, filters, reads again on a change), what is owed between operations
// (ticking an item done, reading only while live) and a dashboard figure's table.

#include "guitest.h"

#include "demo/demo.h"
#include "document.h"
#include "dashboard/figuremodel.h"
#include "today/followupmodel.h"
#include "meetings/meetinglistmodel.h"
#include "tips/tiplistmodel.h"
#include "report/dashboard.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace tandem;

namespace {

const QDateTime kAnchor = QDateTime(QDate(2026, 10, 21), QTime(9, 59), Qt::UTC);

qint64 countOf(const Store& store, const QString& sql)
{
    Result<QSqlQuery> q = store.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

class BetweenModelsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempStore> m_file;
    test::ManualClock m_clock;
    std::unique_ptr<Document> m_doc;

    Store& store() { return m_doc->store(); }

private Q_SLOTS:
    void init()
    {
        m_file = std::make_unique<test::TempStore>(QStringLiteral("Demo Task Force"));
        m_clock.now = kAnchor.toMSecsSinceEpoch();
        m_file->store->setWallClock(m_clock.fn());
        demo::Options options;
        options.operations = 24;
        options.anchor = kAnchor;
        Result<demo::Stats> made = demo::generate(**m_file, options);
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().text()));
        m_doc = std::make_unique<Document>(std::move(m_file->store));
    }
    void cleanup()
    {
        m_doc.reset();
        m_file.reset();
    }

    void meetingCalendarUnderTester()
    {
        MeetingListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_doc.get());
        const qint64 meetings = countOf(store(), QStringLiteral("SELECT count(*) FROM meeting WHERE deleted = 0"));
        QVERIFY(meetings > 0);
        qint64 shown = 0;
        for (int band = 0; band < model.rowCount(); ++band) {
            const QModelIndex b = model.index(band, 0);
            QVERIFY(model.rowCount(b) > 0); // empty bands are not shown
            shown += model.rowCount(b);
            const QUuid first = model.idAt(model.index(0, 0, b));
            QCOMPARE(model.indexOf(first), model.index(0, 0, b));
        }
        QCOMPARE(shown, meetings); // fewer than kPastLimit past meetings: all of them

        // A meeting tomorrow joins "Next 7 days" through Store::changed (a reset).
        Result<QUuid> added = store().insert(QStringLiteral("meeting"),
                                             {{QStringLiteral("kind"), QStringLiteral("training")},
                                              {QStringLiteral("title"), QStringLiteral("Interview skills")},
                                              {QStringLiteral("starts_at"), kAnchor.addDays(2)}});
        QVERIFY(added.ok());
        const QModelIndex at = model.indexOf(*added);
        QVERIFY(at.isValid());
        QCOMPARE(at.data(MeetingListModel::BandRole).toInt(), int(MeetingListModel::Week));
        QCOMPARE(at.data().toString(), QStringLiteral("Interview skills"));
        model.reload();
        QVERIFY(model.indexOf(*added).isValid());
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void tipListUnderTester()
    {
        // More open tips than a page, so that the list grows as it scrolls.
        const qint64 before = countOf(store(), QStringLiteral("SELECT count(*) FROM tip WHERE deleted = 0 AND status IN ('new', 'assessed')"));
        QVERIFY(before >= 0);
        for (int i = 0; i < TipListModel::kPageSize + 50; ++i) {
            QVERIFY(store().insert(QStringLiteral("tip"), {{QStringLiteral("received_at"), kAnchor.addSecs(-60 * (i + 1))},
                                                           {QStringLiteral("channel"), QStringLiteral("hotline")},
                                                           {QStringLiteral("place"), QStringLiteral("Pier %1").arg(i)}})
                        .ok());
        }
        const qint64 open = before + TipListModel::kPageSize + 50;
        TipListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &TipListModel::readFailed);
        model.setDocument(m_doc.get());
        QCOMPARE(model.totalCount(), open);
        QCOMPARE(model.rowCount(), TipListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(open));
        // Newest first: the first pier (received last) before the last one, a page further on.
        QStringList places;
        for (int row = 0; row < model.rowCount(); ++row)
            places << model.index(row, TipListModel::Place).data().toString();
        const qsizetype first = places.indexOf(QStringLiteral("Pier 0"));
        const qsizetype last = places.indexOf(QStringLiteral("Pier %1").arg(TipListModel::kPageSize + 49));
        QVERIFY(first >= 0 && last >= TipListModel::kPageSize);
        QVERIFY(first < last);

        // A new tip (the newest of all): the rows loaded so far are read again, the new one first.
        Result<QUuid> added = store().insert(QStringLiteral("tip"), {{QStringLiteral("received_at"), kAnchor.addDays(1)},
                                                                     {QStringLiteral("channel"), QStringLiteral("online")},
                                                                     {QStringLiteral("place"), QStringLiteral("Canal kiosk")}});
        QVERIFY(added.ok());
        QCOMPARE(model.totalCount(), open + 1);
        QCOMPARE(model.rowOf(*added), 0);

        model.setFilter(TipListModel::Linked);
        QCOMPARE(model.totalCount(), countOf(store(), QStringLiteral("SELECT count(*) FROM tip WHERE deleted = 0 AND status = 'linked'")));
        model.setFilter(TipListModel::All);
        QCOMPARE(model.fetchUntil(*added), 0);
        model.reload();
        QCOMPARE(model.rowCount(), TipListModel::kPageSize);
        QCOMPARE(failed.size(), 0);
    }

    void followUpsUnderTester()
    {
        // An action item due in two days and a task of an operation under way due in an hour.
        Result<QSqlQuery> q = store().exec(QStringLiteral(
            "SELECT id FROM operation WHERE deleted = 0 AND status IN ('planned', 'approved', 'briefed', 'in_progress')"
            " ORDER BY id LIMIT 1"));
        QVERIFY(q && q->next());
        const QUuid operation = QUuid::fromRfc4122(q->value(0).toByteArray());
        Result<QUuid> action = store().insert(QStringLiteral("action_item"),
                                              {{QStringLiteral("operation"), operation},
                                               {QStringLiteral("title"), QStringLiteral("Send the interpreters' rota")},
                                               {QStringLiteral("due_at"), kAnchor.addDays(2)}});
        QVERIFY(action.ok());
        Result<QUuid> task = store().insert(QStringLiteral("task"), {{QStringLiteral("operation"), operation},
                                                                     {QStringLiteral("phase"), QStringLiteral("execution")},
                                                                     {QStringLiteral("title"), QStringLiteral("Count the vans")},
                                                                     {QStringLiteral("due_at"), kAnchor.addSecs(3600)}});
        QVERIFY(task.ok());

        FollowUpModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &FollowUpModel::failed);
        model.setDocument(m_doc.get());
        const int actionRow = model.rowOf(*action);
        QVERIFY(actionRow >= 0);
        QVERIFY(model.rowOf(*task) >= 0);
        QCOMPARE(model.index(actionRow, FollowUpModel::What).data(FollowUpModel::KindRole).toInt(), int(FollowUpModel::ActionItem));
        QVERIFY(model.count(FollowUpModel::ActionItem) >= 1);
        QVERIFY(model.count(FollowUpModel::Task) >= 1);

        // Hidden: a change only marks it stale; shown again, it reads.
        model.setLive(false);
        const int rows = model.rowCount();
        QVERIFY(m_doc->undoStack());
        QVERIFY(model.setData(model.index(model.rowOf(*task), FollowUpModel::What), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.rowCount(), rows);
        model.setLive(true);
        QCOMPARE(model.rowCount(), rows - 1);
        QCOMPARE(model.rowOf(*task), -1);

        // Ticked done through the model: one undoable edit, and the item leaves the list.
        QVERIFY(model.setData(model.index(model.rowOf(*action), FollowUpModel::What), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.rowOf(*action), -1);
        m_doc->undoStack()->undo();
        QVERIFY(model.rowOf(*action) >= 0);
        model.reload();
        QVERIFY(model.rowOf(*action) >= 0);
        QCOMPARE(failed.size(), 0);
    }

    void figureTableUnderTester()
    {
        const report::DashboardFilter filter = report::DashboardFilter::lastMonths(12, kAnchor.date());
        Result<report::Dashboard> dashboard = report::computeDashboard(store(), filter);
        QVERIFY2(dashboard.ok(), qPrintable(dashboard ? QString() : dashboard.error().text()));
        FigureModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        int withRows = 0;
        for (const report::Figure* figure : dashboard->figures()) {
            model.setFigure(*figure);
            QCOMPARE(model.rowCount(), figure->rowCount());
            QCOMPARE(model.columnCount(), figure->columnCount());
            if (figure->rowCount() == 0 || figure->columnCount() == 0)
                continue;
            ++withRows;
            QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), figure->columnLabels.first());
            QCOMPARE(model.headerData(0, Qt::Vertical).toString(), figure->rowLabels.first());
            QCOMPARE(model.index(0, 0).data().toString(), figure->text(0, 0));
        }
        QVERIFY(withRows > 0);
        model.setFigure({});
        QCOMPARE(model.rowCount(), 0);
    }
};

TANDEM_GUI_TEST_MAIN(BetweenModelsTest)
#include "betweenmodels_test.moc"
