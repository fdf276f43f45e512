// `tandem-cli calendar` (issue 20): an iCalendar file of briefings, meetings and open action items,
// written whole to --out or printed, with code names and times alone; bad periods refused.

#include "clirun.h"

#include <QDateTime>
#include <QFile>

using namespace tandem::test;

TEST_CASE("cli: calendar writes briefings, meetings and due dates, and nothing of a plan")
{
    CliFile f;
    // Times around the real clock: the default period runs from thirty days back to a year ahead.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto at = [&](int days) { return now.addDays(days).toString(Qt::ISODate); };
    const QUuid op = f.add(QStringLiteral("operation"), {QStringLiteral("code_name=Operation Slate Finch"),
                                                         QStringLiteral("briefing_at=") + at(3),
                                                         QStringLiteral("briefing_place=Old ropeworks, gate 2")});
    f.add(QStringLiteral("target"), {QStringLiteral("operation=") + idText(op), QStringLiteral("label=Car wash"),
                                     QStringLiteral("address=7 Kiln Street")});
    const QUuid meeting = f.add(QStringLiteral("meeting"), {QStringLiteral("kind=training"), QStringLiteral("title=First contact"),
                                                            QStringLiteral("starts_at=") + at(10), QStringLiteral("place=Room 12")});
    f.add(QStringLiteral("action_item"), {QStringLiteral("meeting=") + idText(meeting), QStringLiteral("title=Print the handouts"),
                                          QStringLiteral("due_at=") + at(12)});
    f.add(QStringLiteral("meeting"), {QStringLiteral("kind=coordination"), QStringLiteral("title=Too far ahead"),
                                      QStringLiteral("starts_at=") + at(400)});

    const QString ics = f.file(QStringLiteral("tandem.ics"));
    const CliRun written = f.run(QStringLiteral("calendar"), {QStringLiteral("--out"), ics});
    requireOk(written);
    CHECK(written.out == QStringLiteral("3 events written to %1\n").arg(ics));
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(text.contains("SUMMARY:Briefing: Operation Slate Finch\r\n"));
    CHECK(text.contains("SUMMARY:Joint training: First contact\r\n"));
    CHECK(text.contains("SUMMARY:Due: Print the handouts\r\n"));
    for (const char* secret : {"ropeworks", "Car wash", "Kiln", "Room 12", "Too far ahead"}) {
        INFO(secret);
        CHECK_FALSE(text.contains(secret));
    }
    CHECK(modeOf(ics) == 0600);

    // Printed, and over a period of one's choosing.
    const CliRun printed = f.run(QStringLiteral("calendar"), {QStringLiteral("--from"), now.addDays(300).date().toString(Qt::ISODate),
                                                              QStringLiteral("--to"), now.addDays(500).date().toString(Qt::ISODate)});
    requireOk(printed);
    CHECK(printed.out.contains(QStringLiteral("SUMMARY:Coordination meeting: Too far ahead\r\n")));
    CHECK(printed.out.count(QStringLiteral("BEGIN:VEVENT")) == 1);

    requireRefused(f.run(QStringLiteral("calendar"), {QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                                                      QStringLiteral("2026-01-01")}),
                   QStringLiteral("the calendar's period is empty"));
    CHECK(f.run(QStringLiteral("calendar"), {QStringLiteral("--to"), QStringLiteral("someday")}).exitCode == 2);
    requireRefused(f.run(QStringLiteral("calendar"), {QStringLiteral("--out"), f.file(QStringLiteral("no/such/folder/x.ics"))}),
                   QStringLiteral("x.ics"));
}
