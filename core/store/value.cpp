#include "value.h"

#include "util/timeformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace tandem::value {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::value)
};

constexpr int kMaxListItems = 50;
constexpr int kMaxListItemLength = 100;

Error fieldError(const EntityDef& entity, const FieldDef& field, const QString& expected,
                 const QVariant& got)
{
    QString shown = got.toString();
    if (shown.size() > 40)
        shown = shown.left(37) + QStringLiteral("...");
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return makeError(Texts::tr("%1 field \"%2\": expected %3, got \"%4\"")
                         .arg(entity.name, field.name, expected, shown));
}

Error lengthError(const EntityDef& entity, const FieldDef& field, qsizetype length, int limit)
{
    return makeError(Texts::tr("%1 field \"%2\": at most %3 characters are allowed, got %4")
                         .arg(entity.name, field.name)
                         .arg(limit)
                         .arg(length));
}

bool hasControlCharacters(const QString& s, bool allowNewlines)
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

QString enumExpectation(const FieldDef& field)
{
    QStringList tokens;
    for (const EnumValue& v : field.values)
        tokens.append(QString::fromLatin1(v.token));
    return Texts::tr("one of %1").arg(tokens.join(QStringLiteral(", ")));
}

Result<QVariant> normaliseText(const EntityDef& entity, const FieldDef& field, QString s)
{
    const bool multiLine = field.type == FieldType::LongText;
    if (!multiLine)
        s = s.trimmed();
    if (s.isEmpty())
        return QVariant();
    const int limit = maxLength(field);
    if (s.size() > limit)
        return lengthError(entity, field, s.size(), limit);
    if (!multiLine && (s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))))
        return fieldError(entity, field, Texts::tr("a single line of text"), s);
    if (hasControlCharacters(s, multiLine))
        return fieldError(entity, field, Texts::tr("text without control characters"), s);
    return QVariant(s);
}

Result<QVariant> normaliseInt(const EntityDef& entity, const FieldDef& field, const QVariant& in)
{
    const QString expected = Texts::tr("a whole number from %1 to %2")
                                 .arg(qint64(field.min))
                                 .arg(qint64(field.max));
    qint64 n = 0;
    bool ok = false;
    if (in.typeId() == QMetaType::QString) {
        n = in.toString().trimmed().toLongLong(&ok);
    } else if (in.typeId() == QMetaType::Double) {
        const double d = in.toDouble();
        ok = std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15;
        n = qint64(d);
    } else if (in.canConvert<qint64>()) {
        n = in.toLongLong(&ok);
    }
    if (!ok || double(n) < field.min || double(n) > field.max)
        return fieldError(entity, field, expected, in);
    return QVariant(n);
}

Result<QVariant> normaliseReal(const EntityDef& entity, const FieldDef& field, const QVariant& in)
{
    bool ok = false;
    const double d = in.typeId() == QMetaType::QString ? in.toString().trimmed().toDouble(&ok)
                                                       : in.toDouble(&ok);
    if (!ok || !std::isfinite(d) || d < field.min || d > field.max)
        return fieldError(entity, field,
                          Texts::tr("a number from %1 to %2").arg(field.min).arg(field.max), in);
    return QVariant(d);
}

Result<QVariant> normaliseBool(const EntityDef& entity, const FieldDef& field, const QVariant& in)
{
    if (in.typeId() == QMetaType::Bool)
        return in;
    if (in.typeId() == QMetaType::QString) {
        const QString s = in.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1"))
            return QVariant(true);
        if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0"))
            return QVariant(false);
    } else if (in.canConvert<qint64>()) {
        bool ok = false;
        const qint64 n = in.toLongLong(&ok);
        if (ok && (n == 0 || n == 1))
            return QVariant(n == 1);
    }
    return fieldError(entity, field, Texts::tr("true or false"), in);
}

Result<QVariant> normaliseTime(const EntityDef& entity, const FieldDef& field, const QVariant& in)
{
    QDateTime t;
    if (in.typeId() == QMetaType::QDateTime)
        t = in.toDateTime();
    else
        t = parseIsoTime(in.toString().trimmed());
    if (!t.isValid() || t.date().year() < 1900 || t.date().year() > 2200)
        return fieldError(entity, field,
                          Texts::tr("a date and time in ISO 8601 with an offset, e.g. 2026-05-01T06:00:00+02:00"),
                          in);
    t = t.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return QVariant(t);
}

Result<QVariant> normaliseDate(const EntityDef& entity, const FieldDef& field, const QVariant& in)
{
    QDate d = in.typeId() == QMetaType::QDate
                  ? in.toDate()
                  : QDate::fromString(in.toString().trimmed(), Qt::ISODate);
    if (!d.isValid() || d.year() < 1900 || d.year() > 2200)
        return fieldError(entity, field, Texts::tr("a date as yyyy-mm-dd"), in);
    return QVariant(d);
}

Result<QVariant> normaliseUuid(const EntityDef& entity, const FieldDef& field, const QVariant& in)
{
    const QUuid id = in.typeId() == QMetaType::QUuid ? in.toUuid()
                                                      : QUuid::fromString(in.toString().trimmed());
    if (id.isNull())
        return fieldError(entity, field, Texts::tr("an id such as 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e"), in);
    return QVariant(id);
}

Result<QVariant> normaliseEnum(const EntityDef& entity, const FieldDef& field, const QVariant& in)
{
    const QString token = in.toString().trimmed();
    if (token.isEmpty())
        return QVariant();
    if (!field.hasValue(token))
        return fieldError(entity, field, enumExpectation(field), in);
    return QVariant(token);
}

Result<QVariant> normaliseList(const EntityDef& entity, const FieldDef& field, const QVariant& in)
{
    QStringList items;
    if (in.typeId() == QMetaType::QStringList) {
        items = in.toStringList();
    } else {
        const QString s = in.toString().trimmed();
        if (s.startsWith(QLatin1Char('['))) {
            const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8());
            if (!doc.isArray())
                return fieldError(entity, field, Texts::tr("a JSON array of strings or a comma-separated list"), in);
            for (const QJsonValue& v : doc.array()) {
                if (!v.isString())
                    return fieldError(entity, field, Texts::tr("a JSON array of strings"), in);
                items.append(v.toString());
            }
        } else if (!s.isEmpty()) {
            items = s.split(QLatin1Char(','));
        }
    }
    QStringList clean;
    for (QString item : items) {
        item = item.trimmed();
        if (item.isEmpty() || clean.contains(item))
            continue;
        if (item.size() > kMaxListItemLength)
            return lengthError(entity, field, item.size(), kMaxListItemLength);
        if (hasControlCharacters(item, false))
            return fieldError(entity, field, Texts::tr("text without control characters"), item);
        if (!field.values.empty() && !field.hasValue(item))
            return fieldError(entity, field, enumExpectation(field), item);
        clean.append(item);
    }
    if (clean.size() > kMaxListItems)
        return makeError(Texts::tr("%1 field \"%2\": at most %3 entries are allowed, got %4")
                             .arg(entity.name, field.name)
                             .arg(kMaxListItems)
                             .arg(clean.size()));
    if (clean.isEmpty())
        return QVariant();
    return QVariant(clean);
}

} // namespace

int maxLength(const FieldDef& field)
{
    if (field.maxLength > 0)
        return field.maxLength;
    return field.type == FieldType::LongText ? 100000 : 1000;
}

QDateTime parseIsoTime(const QString& text)
{
    // Qt reads a time without offset as local time; we refuse that, so that an instant never
    // depends on the time zone of whoever typed it.
    static const QRegularExpression withOffset(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$"));
    if (!withOffset.match(text).hasMatch())
        return {};
    QString s = text;
    s.replace(QLatin1Char(' '), QLatin1Char('T'));
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

QString isoTime(const QDateTime& t)
{
    // Written by hand: a format string is parsed again for every value, most of the time a
    // command that lists a table took (years outside 0-9999 take Qt's way).
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime time = utc.time();
    if (!utc.isValid() || d.year() < 0 || d.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    char16_t text[20] = {u'0', u'0', u'0', u'0', u'-', u'0', u'0', u'-', u'0', u'0',
                         u'T', u'0', u'0', u':', u'0', u'0', u':', u'0', u'0', u'Z'};
    const auto put = [&text](int at, int width, int number) {
        for (int i = at + width - 1; i >= at; --i, number /= 10)
            text[i] = char16_t(u'0' + number % 10);
    };
    put(0, 4, d.year());
    put(5, 2, d.month());
    put(8, 2, d.day());
    put(11, 2, time.hour());
    put(14, 2, time.minute());
    put(17, 2, time.second());
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

Result<QVariant> normalise(const EntityDef& entity, const FieldDef& field, const QVariant& input)
{
    if (input.isNull() || !input.isValid())
        return QVariant();
    if (input.canConvert<SealedValue>() && input.userType() == qMetaTypeId<SealedValue>()) {
        // A locked value passed back as it was read: kept as it is, never re-read.
        if (field.sealed)
            return input;
        return fieldError(entity, field, Texts::tr("a plain value"), QStringLiteral("(sealed)"));
    }
    if (input.typeId() == QMetaType::QString && field.type != FieldType::LongText
        && input.toString().trimmed().isEmpty())
        return QVariant();

    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return normaliseText(entity, field, input.toString());
    case FieldType::Int:
        return normaliseInt(entity, field, input);
    case FieldType::Real:
        return normaliseReal(entity, field, input);
    case FieldType::Bool:
        return normaliseBool(entity, field, input);
    case FieldType::Time:
        return normaliseTime(entity, field, input);
    case FieldType::Date:
        return normaliseDate(entity, field, input);
    case FieldType::Enum:
        return normaliseEnum(entity, field, input);
    case FieldType::Ref:
    case FieldType::Uuid:
        return normaliseUuid(entity, field, input);
    case FieldType::List:
        return normaliseList(entity, field, input);
    }
    return QVariant();
}

QVariant toSql(const FieldDef& field, const QVariant& v)
{
    if (v.isNull())
        return QVariant(); // binds as SQL NULL
    switch (field.type) {
    case FieldType::Time:
        return QVariant(v.toDateTime().toSecsSinceEpoch());
    case FieldType::Date:
        return QVariant(v.toDate().toString(Qt::ISODate));
    case FieldType::Ref:
    case FieldType::Uuid:
        return QVariant(v.toUuid().toRfc4122());
    case FieldType::List:
        return QVariant(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(v.toStringList())).toJson(QJsonDocument::Compact)));
    case FieldType::Bool:
        return QVariant(qint64(v.toBool() ? 1 : 0));
    default:
        return v;
    }
}

QVariant fromSql(const FieldDef& field, const QVariant& s)
{
    if (s.isNull())
        return QVariant();
    if (field.sealed && s.typeId() == QMetaType::QByteArray)
        return QVariant::fromValue(SealedValue{s.toByteArray()});
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Enum:
        return QVariant(s.toString());
    case FieldType::Int:
        return QVariant(s.toLongLong());
    case FieldType::Real:
        return QVariant(s.toDouble());
    case FieldType::Bool:
        return QVariant(s.toLongLong() != 0);
    case FieldType::Time:
        return QVariant(QDateTime::fromSecsSinceEpoch(s.toLongLong(), Qt::UTC));
    case FieldType::Date:
        return QVariant(QDate::fromString(s.toString(), Qt::ISODate));
    case FieldType::Ref:
    case FieldType::Uuid:
        return QVariant(QUuid::fromRfc4122(s.toByteArray()));
    case FieldType::List: {
        QStringList items;
        const QJsonArray a = QJsonDocument::fromJson(s.toString().toUtf8()).array();
        for (const QJsonValue& v : a)
            items.append(v.toString());
        return QVariant(items);
    }
    }
    return s;
}

QJsonValue toJson(const FieldDef& field, const QVariant& v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    if (v.userType() == qMetaTypeId<SealedValue>())
        return QJsonValue(toText(field, v));
    switch (field.type) {
    case FieldType::Int:
        return QJsonValue(v.toLongLong());
    case FieldType::Real:
        return QJsonValue(v.toDouble());
    case FieldType::Bool:
        return QJsonValue(v.toBool());
    case FieldType::List:
        return QJsonArray::fromStringList(v.toStringList());
    default:
        return QJsonValue(toText(field, v));
    }
}

QString toText(const FieldDef& field, const QVariant& v)
{
    if (v.isNull())
        return {};
    if (v.userType() == qMetaTypeId<SealedValue>())
        return QStringLiteral("sealed:") + QString::fromLatin1(v.value<SealedValue>().cipher.toBase64());
    switch (field.type) {
    case FieldType::Time:
        return isoTime(v.toDateTime());
    case FieldType::Date:
        return v.toDate().toString(Qt::ISODate);
    case FieldType::Ref:
    case FieldType::Uuid:
        return idText(v.toUuid());
    case FieldType::List:
        return v.toStringList().join(QStringLiteral(", "));
    case FieldType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Int:
        return QString::number(v.toLongLong());
    case FieldType::Real:
        return QString::number(v.toDouble(), 'g', 10);
    default:
        return v.toString();
    }
}

QString display(const FieldDef& field, const QVariant& v, const QLocale& locale)
{
    if (v.isNull())
        return {};
    if (v.userType() == qMetaTypeId<SealedValue>())
        return Texts::tr("(locked)");
    switch (field.type) {
    case FieldType::Time:
        return locale.toString(v.toDateTime().toLocalTime(), shortDateTimeFormat(locale));
    case FieldType::Date:
        return locale.toString(v.toDate(), shortDateFormat(locale));
    case FieldType::Enum:
        return field.valueLabel(v.toString());
    case FieldType::List: {
        QStringList labels;
        for (const QString& token : v.toStringList())
            labels.append(field.values.empty() ? token : field.valueLabel(token));
        return labels.join(QStringLiteral(", "));
    }
    case FieldType::Bool:
        return v.toBool() ? Texts::tr("Yes") : Texts::tr("No");
    case FieldType::Int:
        return locale.toString(v.toLongLong());
    case FieldType::Real:
        return locale.toString(v.toDouble(), 'f', 6);
    default:
        return toText(field, v);
    }
}

} // namespace tandem::value
