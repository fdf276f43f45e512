#include "storedvalue.h"

#include "value.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

#include <cmath>

namespace tandem::stored {
namespace {

// The messages are the ones `check` has always printed, and are translated there.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Check)
};

// As value::normalise: lists hold at most 50 entries of at most 100 characters.
constexpr int kMaxListItems = 50;
constexpr int kMaxListItemLength = 100;

// Times are kept between the years 1900 and 2200 (value::normalise), in Unix seconds.
const qint64 kFirstSecond = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
const qint64 kLastSecond = QDateTime(QDate(2201, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - 1;

QString tokens(const FieldDef& f)
{
    QStringList list;
    for (const EnumValue& v : f.values)
        list << QString::fromLatin1(v.token);
    return list.join(QStringLiteral(", "));
}

QString tokenProblem(const FieldDef& f, const QString& token)
{
    if (f.values.empty() || f.hasValue(token))
        return {};
    return Texts::tr("\"%1\" is not one of %2").arg(token, tokens(f));
}

bool controlCharacters(const QString& s, bool allowNewlines)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'\t' || (allowNewlines && (u == u'\n' || u == u'\r')))
            continue;
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

// Spaces or tabs around a one-line text, which normalise() trims.
bool untrimmed(const QString& s)
{
    auto space = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    return !s.isEmpty() && (space(s.front()) || space(s.back()));
}

QString textProblem(const QString& s, int limit, bool multiLine)
{
    if (s.isEmpty())
        return Texts::tr("empty text, which is stored as no value");
    if (s.size() > limit)
        return Texts::tr("%1 characters, at most %2 are allowed").arg(s.size()).arg(limit);
    if (!multiLine && (s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))))
        return Texts::tr("several lines in a one-line field");
    if (controlCharacters(s, multiLine))
        return Texts::tr("contains control characters");
    if (!multiLine && untrimmed(s))
        return Texts::tr("has spaces at its start or end");
    return {};
}

QString listProblem(const FieldDef& f, const QString& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return Texts::tr("not a JSON array of strings");
    const QJsonArray items = doc.array();
    if (items.isEmpty())
        return Texts::tr("an empty list, which is stored as no value");
    if (items.size() > kMaxListItems)
        return Texts::tr("%1 entries, at most %2 are allowed").arg(items.size()).arg(kMaxListItems);
    QSet<QString> seen;
    for (const QJsonValue& item : items) {
        if (!item.isString())
            return Texts::tr("not a JSON array of strings");
        const QString s = item.toString();
        if (QString p = textProblem(s, kMaxListItemLength, false); !p.isEmpty())
            return p;
        if (QString p = tokenProblem(f, s); !p.isEmpty())
            return p;
        if (seen.contains(s))
            return Texts::tr("\"%1\" is listed twice").arg(s);
        seen.insert(s);
    }
    return {};
}

// SQL: `x` holds text that textProblem() would refuse, as a local write would refuse it (value.cpp): empty, longer than `limit` in UTF-16 code
// units (as Qt counts), with a NUL or a control character (tab always allowed, line breaks in
// free text), or, on one line, with spaces or tabs around it. One pass in C over each value: in
// SQL (a GLOB over a class of control characters, trim, lengths) it was most of a merge's checks.
QString textInvalidSql(const QString& x, int limit, bool multiLine)
{
    return QStringLiteral("tandem_text_invalid(%1, %2, %3)").arg(x).arg(limit).arg(multiLine ? 1 : 0);
}

void sqlTextInvalid(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const sqlite3_int64 limit = sqlite3_value_int64(argv[1]);
    const bool multiLine = sqlite3_value_int(argv[2]) != 0;
    const auto* text = static_cast<const unsigned char*>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const auto invalid = [&](bool bad) { sqlite3_result_int(context, bad ? 1 : 0); };
    if (!text || bytes == 0)
        return invalid(true);
    for (int i = 0; i < bytes; ++i) {
        const unsigned char c = text[i];
        if (c == 127 || (c < 0x20 && c != '\t' && !(multiLine && (c == '\n' || c == '\r'))))
            return invalid(true);
    }
    if (!multiLine) {
        const auto blank = [](unsigned char c) { return c == ' ' || c == '\t'; };
        if (blank(text[0]) || blank(text[bytes - 1]))
            return invalid(true);
    }
    // UTF-16 units are at most UTF-8 bytes: only a long text needs counting (this converts the
    // value, so `text` is not read after it).
    if (bytes > limit && sqlite3_value_bytes16(argv[0]) / 2 > limit)
        return invalid(true);
    invalid(false);
}

QString tokenList(const FieldDef& f)
{
    QStringList quoted;
    for (const EnumValue& v : f.values)
        quoted << QStringLiteral("'%1'").arg(QString::fromLatin1(v.token));
    return quoted.join(QStringLiteral(", "));
}

void sqlUtf16Length(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    // sqlite3_value_bytes16 is the length of the text in UTF-16, in bytes.
    sqlite3_result_int64(context, sqlite3_value_bytes16(argv[0]) / 2);
}

} // namespace

QString storageType(FieldType type)
{
    switch (type) {
    case FieldType::Int:
    case FieldType::Bool:
    case FieldType::Time:
        return QStringLiteral("integer");
    case FieldType::Real:
        return QStringLiteral("real");
    case FieldType::Ref:
    case FieldType::Uuid:
        return QStringLiteral("blob");
    default:
        return QStringLiteral("text");
    }
}

QString problem(const FieldDef& f, const QVariant& raw, const QString& sqliteType)
{
    if (raw.isNull() || sqliteType == QLatin1String("null"))
        return {};
    if (sqliteType != storageType(f.type))
        return Texts::tr("stored as %1, expected %2").arg(sqliteType, storageType(f.type));
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return textProblem(raw.toString(), value::maxLength(f), f.type == FieldType::LongText);
    case FieldType::Int: {
        const qint64 n = raw.toLongLong();
        if (double(n) < f.min || double(n) > f.max)
            return Texts::tr("%1 is outside %2 to %3").arg(n).arg(qint64(f.min)).arg(qint64(f.max));
        return {};
    }
    case FieldType::Real: {
        const double d = raw.toDouble();
        if (!std::isfinite(d) || d < f.min || d > f.max)
            return Texts::tr("%1 is outside %2 to %3").arg(d).arg(f.min).arg(f.max);
        return {};
    }
    case FieldType::Bool: {
        const qint64 n = raw.toLongLong();
        if (n != 0 && n != 1)
            return Texts::tr("%1 is neither 0 (false) nor 1 (true)").arg(n);
        return {};
    }
    case FieldType::Time: {
        const qint64 seconds = raw.toLongLong();
        if (seconds < kFirstSecond || seconds > kLastSecond)
            return Texts::tr("%1 seconds is not a time between the years 1900 and 2200").arg(seconds);
        return {};
    }
    case FieldType::Date: {
        const QString s = raw.toString();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || d.toString(Qt::ISODate) != s || d.year() < 1900 || d.year() > 2200)
            return Texts::tr("\"%1\" is not a date as yyyy-mm-dd").arg(s);
        return {};
    }
    case FieldType::Enum:
        return tokenProblem(f, raw.toString());
    case FieldType::Ref:
    case FieldType::Uuid: {
        const QByteArray bytes = raw.toByteArray();
        if (bytes.size() != 16)
            return Texts::tr("the id is %1 bytes, not 16").arg(bytes.size());
        if (bytes.count('\0') == 16)
            return Texts::tr("the id is all zeros");
        return {};
    }
    case FieldType::List:
        return listProblem(f, raw.toString());
    }
    return {};
}

QString invalidSql(const FieldDef& f, const QString& x)
{
    // CASE evaluates in order, so a later test never sees a value of the wrong type (json_each
    // would fail on text that is not JSON).
    QStringList when{QStringLiteral("%1 IS NULL THEN 0").arg(x),
                     QStringLiteral("typeof(%1) <> '%2' THEN 1").arg(x, storageType(f.type))};
    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
        when << QStringLiteral("%1 THEN 1").arg(textInvalidSql(x, value::maxLength(f), f.type == FieldType::LongText));
        break;
    case FieldType::Int:
    case FieldType::Real:
        when << QStringLiteral("%1 < %2 OR %1 > %3 THEN 1")
                    .arg(x, QString::number(f.min, 'g', 17), QString::number(f.max, 'g', 17));
        break;
    case FieldType::Bool:
        when << QStringLiteral("%1 NOT IN (0, 1) THEN 1").arg(x);
        break;
    case FieldType::Time:
        when << QStringLiteral("%1 < %2 OR %1 > %3 THEN 1").arg(x).arg(kFirstSecond).arg(kLastSecond);
        break;
    case FieldType::Date:
        // date() alone keeps a day past the month's end ("2026-02-30"); a modifier normalises it.
        when << QStringLiteral("%1 NOT BETWEEN '1900-01-01' AND '2200-12-31' OR date(%1, '+0 days') IS NOT %1 THEN 1").arg(x);
        break;
    case FieldType::Enum:
        when << QStringLiteral("%1 NOT IN (%2) THEN 1").arg(x, tokenList(f));
        break;
    case FieldType::Ref:
    case FieldType::Uuid:
        when << QStringLiteral("length(%1) <> 16 OR %1 = zeroblob(16) THEN 1").arg(x);
        break;
    case FieldType::List: {
        when << QStringLiteral("NOT json_valid(%1) OR json_type(%1) <> 'array' THEN 1").arg(x)
             << QStringLiteral("json_array_length(%1) NOT BETWEEN 1 AND %2 THEN 1").arg(x).arg(kMaxListItems);
        QString item = QStringLiteral("j.type <> 'text' OR ") + textInvalidSql(QStringLiteral("j.value"), kMaxListItemLength, false);
        if (!f.values.empty())
            item += QStringLiteral(" OR j.value NOT IN (%1)").arg(tokenList(f));
        when << QStringLiteral("EXISTS (SELECT 1 FROM json_each(%1) j WHERE %2) THEN 1").arg(x, item)
             << QStringLiteral("(SELECT count(DISTINCT j.value) FROM json_each(%1) j) <> json_array_length(%1) THEN 1").arg(x);
        break;
    }
    }
    return QStringLiteral("(CASE WHEN %1 ELSE 0 END)").arg(when.join(QStringLiteral(" WHEN ")));
}

void registerSqlFunctions(void* handle)
{
    auto* db = static_cast<sqlite3*>(handle);
    sqlite3_create_function_v2(db, "tandem_utf16_length", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               sqlUtf16Length, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "tandem_text_invalid", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               sqlTextInvalid, nullptr, nullptr, nullptr);
}

} // namespace tandem::stored
