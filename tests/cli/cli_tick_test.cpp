// tick through the real executable: states, who and when, and the refusals.

#include "clirun.h"
#include "util/timeformat.h"

#include <QDateTime>

using namespace tandem::test;

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime parsed(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

// A survivor rescued two days ago with one open step of a protocol.
struct Step {
    CliFile f;
    QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-2);
    QUuid survivor;
    QUuid item;

    Step()
    {
        t0 = QDateTime::fromSecsSinceEpoch(t0.toSecsSinceEpoch(), Qt::UTC);
        survivor = f.add(QStringLiteral("survivor"), {QStringLiteral("code=V-2026-0031"),
                                                      QStringLiteral("recovered_at=") + iso(t0)});
        const QUuid protocol = f.add(QStringLiteral("protocol"),
                                     {QStringLiteral("family=") + idText(QUuid::createUuid()),
                                      QStringLiteral("name=Adult survivor support")});
        const QUuid step =
            f.add(QStringLiteral("protocol_step"),
                  {QStringLiteral("protocol=") + idText(protocol), QStringLiteral("position=1"),
                   QStringLiteral("title=Medical check"), QStringLiteral("owner_role=medical")});
        item =
            f.add(QStringLiteral("checklist_item"), {QStringLiteral("survivor=") + idText(survivor),
                                                     QStringLiteral("step=") + idText(step)});
    }

    CliRun tick(const QStringList& options) const
    {
        return f.run(QStringLiteral("tick"), QStringList{idText(item)} + options);
    }
    QJsonObject row() const { return f.show(QStringLiteral("checklist_item"), item); }
};

void requireQuietSuccess(const CliRun& r)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.isEmpty());
}

} // namespace

TEST_CASE("tick marks a step done now by the login user, keeps it on a repeat, and reopens it")
{
    Step s;
    const QDateTime before =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    requireQuietSuccess(s.tick({QStringLiteral("--note"), QStringLiteral("seen at the clinic")}));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QJsonObject row = s.row();
    CHECK(row[QStringLiteral("state")] == QStringLiteral("done"));
    CHECK(row[QStringLiteral("done_by")] == QStringLiteral("liaison7"));
    CHECK(row[QStringLiteral("note")] == QStringLiteral("seen at the clinic"));
    const QDateTime doneAt = parsed(row[QStringLiteral("done_at")]);
    CHECK(doneAt >= before);
    CHECK(doneAt <= after);

    // Ticked again, by someone else: the record of who and when stays.
    requireQuietSuccess(s.tick({QStringLiteral("--note"), QStringLiteral("follow-up booked")}));
    row = s.row();
    CHECK(parsed(row[QStringLiteral("done_at")]) == doneAt);
    CHECK(row[QStringLiteral("done_by")] == QStringLiteral("liaison7"));
    CHECK(row[QStringLiteral("note")] == QStringLiteral("follow-up booked"));

    requireQuietSuccess(s.tick({QStringLiteral("--state"), QStringLiteral("in_progress")}));
    row = s.row();
    CHECK(row[QStringLiteral("state")] == QStringLiteral("in_progress"));
    CHECK(row[QStringLiteral("done_at")].isNull());
    CHECK(row[QStringLiteral("done_by")].isNull());
    CHECK(row[QStringLiteral("note")] == QStringLiteral("follow-up booked"));

    // A late entry, declined by the survivor, recorded by a named person; an empty note clears it.
    const QDateTime late = s.t0.addSecs(5400);
    requireQuietSuccess(
        s.tick({QStringLiteral("--state"), QStringLiteral("declined"), QStringLiteral("--at"),
                late.toOffsetFromUtc(7200).toString(Qt::ISODate), QStringLiteral("--by"),
                QStringLiteral("Sam Reyes"), QStringLiteral("--note"), QString(), QStringLiteral("--reason"),
                QStringLiteral("wants to wait for her sister")}));
    row = s.row();
    CHECK(row[QStringLiteral("state")] == QStringLiteral("declined"));
    CHECK(row[QStringLiteral("done_at")] == iso(late));
    CHECK(row[QStringLiteral("done_by")] == QStringLiteral("Sam Reyes"));
    CHECK(row[QStringLiteral("note")].isNull());

    requireQuietSuccess(s.tick({QStringLiteral("--state"), QStringLiteral("not_applicable"),
                                QStringLiteral("--by"), QStringLiteral("Sam Reyes"), QStringLiteral("--reason"),
                                QStringLiteral("already seen at the clinic")}));
    CHECK(s.row()[QStringLiteral("state")] == QStringLiteral("not_applicable"));
}

TEST_CASE("tick refuses a time before the rescue, a time far ahead and a deleted step")
{
    Step s;
    const QString context = QStringLiteral("tandem-cli: checklist_item %1: ").arg(idText(s.item));
    const QString dumpBefore = s.f.dump(true);

    const CliRun early = s.tick({QStringLiteral("--at"), iso(s.t0.addSecs(-3600))});
    CHECK(early.exitCode == 1);
    CHECK(early.errLines().size() == 1);
    CHECK(early.err ==
          context + QStringLiteral(
                        "the done time %1 is before survivor V-2026-0031 was recovered (T0, %2)\n")
                        .arg(tandem::timeForPeople(s.t0.addSecs(-3600)), tandem::timeForPeople(s.t0)));

    const QDateTime farAhead = QDateTime::currentDateTimeUtc().addDays(3);
    const CliRun ahead = s.tick({QStringLiteral("--at"), iso(farAhead)});
    CHECK(ahead.exitCode == 1);
    CHECK(ahead.errLines().size() == 1);
    CHECK(ahead.err.startsWith(
        context +
        QStringLiteral("the done time %1 is more than a day in the future").arg(tandem::timeForPeople(farAhead))));
    CHECK(s.f.dump(true) == dumpBefore);

    REQUIRE(s.f.run(QStringLiteral("delete"), {QStringLiteral("survivor"), idText(s.survivor)})
                .exitCode == 0);
    const CliRun deleted = s.tick({});
    CHECK(deleted.exitCode == 1);
    CHECK(deleted.err ==
          context +
              QStringLiteral("this checklist step was deleted; it can no longer be ticked\n"));

    const QUuid unknown = QUuid::createUuid();
    const CliRun missing = s.f.run(QStringLiteral("tick"), {idText(unknown)});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err ==
          QStringLiteral("tandem-cli: checklist_item %1: there is no checklist_item with this id\n")
              .arg(idText(unknown)));
}
