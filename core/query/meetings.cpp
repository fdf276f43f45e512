#include "meetings.h"

#include "query/names.h"
#include "store/store.h"

#include <QHash>
#include <QSqlQuery>

namespace tandem {

Result<MeetingCalendar> readMeetingCalendar(const Store& store, const QDateTime& nowTime, const QDateTime& todayStartTime,
                                            int pastLimit)
{
    const qint64 now = nowTime.toSecsSinceEpoch();
    const qint64 todayStart = todayStartTime.toSecsSinceEpoch();
    MeetingCalendar out;

    Result<QHash<QUuid, QString>> agencies = agencyNames(store);
    if (!agencies)
        return agencies.error();

    // Open action items per meeting: they are what a meeting still owes.
    QHash<QUuid, std::pair<qint64, qint64>> actions;
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT meeting, count(*), sum(due_at IS NOT NULL AND due_at < ?) FROM action_item"
                                                    " WHERE deleted = 0 AND done_at IS NULL AND meeting IS NOT NULL GROUP BY meeting"),
                                     {now});
    if (!q)
        return q.error();
    while (q->next())
        actions.insert(QUuid::fromRfc4122(q->value(0).toByteArray()), {q->value(1).toLongLong(), q->value(2).toLongLong()});

    const auto entry = [&](Row row) {
        MeetingEntry it;
        const auto a = actions.value(row.id);
        it.openActions = a.first;
        it.overdueActions = a.second;
        it.organiser = agencies->value(row.value(QStringLiteral("organiser")).toUuid());
        it.row = std::move(row);
        return it;
    };

    Result<std::vector<Row>> upcoming =
        store.select(QStringLiteral("meeting"), QStringLiteral("deleted = 0 AND starts_at >= ?"), {todayStart},
                     QStringLiteral("starts_at"));
    if (!upcoming)
        return upcoming.error();
    for (Row& row : *upcoming)
        out.upcoming.push_back(entry(std::move(row)));

    // Past meetings with overdue action items: the follow-up that is late.
    QList<QUuid> overdueIds;
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        if (it->second > 0)
            overdueIds << it.key();
    }
    QStringList marks;
    QVariantList binds{todayStart};
    for (const QUuid& id : std::as_const(overdueIds)) {
        marks << QStringLiteral("?");
        binds << id.toRfc4122();
    }
    const QString inOverdue = marks.isEmpty() ? QStringLiteral("0") : QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(',')));
    if (!marks.isEmpty()) {
        Result<std::vector<Row>> overdue = store.select(
            QStringLiteral("meeting"), QStringLiteral("deleted = 0 AND starts_at < ? AND ") + inOverdue, binds,
            QStringLiteral("starts_at"));
        if (!overdue)
            return overdue.error();
        for (Row& row : *overdue)
            out.overdue.push_back(entry(std::move(row)));
    }

    const QString pastWhere = QStringLiteral("deleted = 0 AND starts_at < ? AND NOT ") + inOverdue;
    Result<std::vector<Row>> past =
        store.select(QStringLiteral("meeting"), pastWhere, binds, QStringLiteral("starts_at DESC"), pastLimit);
    if (!past)
        return past.error();
    for (Row& row : *past)
        out.past.push_back(entry(std::move(row)));
    q = store.exec(QStringLiteral("SELECT count(*) FROM meeting WHERE ") + pastWhere, binds);
    if (!q)
        return q.error();
    out.pastCount = q->next() ? q->value(0).toLongLong() : 0;
    return out;
}

} // namespace tandem
