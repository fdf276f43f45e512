#include "calendar.h"

#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <vector>

namespace tandem::report {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Report)
};

struct Event {
    QByteArray uid;
    qint64 starts = 0;
    qint64 ends = 0; // 0: none
    QString summary;
    QString category;
};

QByteArray stamp(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

// One content line, folded so that no line is longer than 75 octets (a fold never splits a
// UTF-8 sequence), ended by CRLF.
void appendLine(QByteArray& out, const QByteArray& line)
{
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        if (cut == start) // not UTF-8 (toUtf8 never makes it): cut where the limit is
            cut = start + limit;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += line.mid(start);
    out += "\r\n";
}

QByteArray uidOf(const QByteArray& id, const char* what)
{
    return QUuid::fromRfc4122(id).toString(QUuid::WithoutBraces).toLatin1() + '-' + what + "@tandem";
}

} // namespace

CalendarOptions CalendarOptions::around(const QDateTime& now)
{
    const QDate today = now.toUTC().date();
    CalendarOptions o;
    o.now = now.toUTC();
    o.from = QDateTime(today.addDays(-30), QTime(0, 0), Qt::UTC);
    o.until = QDateTime(today.addDays(366), QTime(0, 0), Qt::UTC);
    return o;
}

QString calendarText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            break;
        default:
            out += c.unicode() < 0x20 ? QChar(u' ') : c;
        }
    }
    return out;
}

Result<Calendar> buildCalendar(const Store& store, const CalendarOptions& options)
{
    if (!options.from.isValid() || !options.until.isValid() || options.until <= options.from)
        return makeError(Texts::tr("the calendar's period is empty: it must end after it starts"), store.path());
    const qint64 from = options.from.toSecsSinceEpoch();
    const qint64 until = options.until.toSecsSinceEpoch();
    std::vector<Event> events;

    Result<QSqlQuery> briefings = store.exec(
        QStringLiteral("SELECT id, code_name, briefing_at FROM operation WHERE deleted = 0 AND status <> 'cancelled' "
                       "AND briefing_at >= ? AND briefing_at < ?"),
        {from, until});
    if (!briefings)
        return briefings.error();
    while (briefings->next()) {
        events.push_back({uidOf(briefings->value(0).toByteArray(), "briefing"), briefings->value(2).toLongLong(), 0,
                          Texts::tr("Briefing: %1").arg(briefings->value(1).toString()), Texts::tr("Briefing")});
    }

    const EntityDef* meeting = Registry::instance().entity(QStringLiteral("meeting"));
    const FieldDef* kind = meeting ? meeting->field(QStringLiteral("kind")) : nullptr;
    Result<QSqlQuery> meetings = store.exec(
        QStringLiteral("SELECT id, kind, title, starts_at, ends_at FROM meeting WHERE deleted = 0 AND starts_at >= ? AND starts_at < ?"),
        {from, until});
    if (!meetings)
        return meetings.error();
    while (meetings->next()) {
        const QString kindLabel = kind ? kind->valueLabel(meetings->value(1).toString()) : meetings->value(1).toString();
        events.push_back({uidOf(meetings->value(0).toByteArray(), "meeting"), meetings->value(3).toLongLong(),
                          meetings->value(4).isNull() ? 0 : meetings->value(4).toLongLong(),
                          QStringLiteral("%1: %2").arg(kindLabel, meetings->value(2).toString()), kindLabel});
    }

    Result<QSqlQuery> actions = store.exec(
        QStringLiteral("SELECT id, title, due_at FROM action_item WHERE deleted = 0 AND done_at IS NULL "
                       "AND due_at >= ? AND due_at < ?"),
        {from, until});
    if (!actions)
        return actions.error();
    while (actions->next()) {
        events.push_back({uidOf(actions->value(0).toByteArray(), "due"), actions->value(2).toLongLong(), 0,
                          Texts::tr("Due: %1").arg(actions->value(1).toString()), Texts::tr("Action item")});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.starts != b.starts ? a.starts < b.starts : a.uid < b.uid;
    });

    Calendar out;
    const QByteArray now = stamp(options.now.isValid() ? options.now.toSecsSinceEpoch() : store.wallClock() / 1000);
    appendLine(out.text, "BEGIN:VCALENDAR");
    appendLine(out.text, "VERSION:2.0");
    appendLine(out.text, "PRODID:-//Tandem//Tandem " + QCoreApplication::applicationVersion().toLatin1() + "//EN");
    appendLine(out.text, "CALSCALE:GREGORIAN");
    appendLine(out.text, "X-WR-CALNAME:" + calendarText(Texts::tr("Tandem")).toUtf8());
    for (const Event& e : events) {
        appendLine(out.text, "BEGIN:VEVENT");
        appendLine(out.text, "UID:" + e.uid);
        appendLine(out.text, "DTSTAMP:" + now);
        appendLine(out.text, "DTSTART:" + stamp(e.starts));
        if (e.ends > e.starts)
            appendLine(out.text, "DTEND:" + stamp(e.ends));
        appendLine(out.text, "SUMMARY:" + calendarText(e.summary).toUtf8());
        appendLine(out.text, "CATEGORIES:" + calendarText(e.category).toUtf8());
        appendLine(out.text, "END:VEVENT");
        ++out.events;
    }
    appendLine(out.text, "END:VCALENDAR");
    return out;
}

} // namespace tandem::report
