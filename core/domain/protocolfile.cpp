#include "protocolfile.h"

#include "store/registry.h"
#include "util/input.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::ProtocolFile)
};

constexpr int kMaxOffsetMinutes = 60 * 24 * 366; // protocol_step.due_offset_minutes' range
const QString kBeforeFirstInterview = QStringLiteral("before_first_interview");

const FieldDef& stepField(const char* name)
{
    const EntityDef* step = Registry::instance().entity(QStringLiteral("protocol_step"));
    Q_ASSERT(step);
    const FieldDef* f = step->field(QString::fromLatin1(name));
    Q_ASSERT(f);
    return *f;
}

QString tokens(const FieldDef& field)
{
    QStringList out;
    for (const EnumValue& v : field.values)
        out << QString::fromLatin1(v.token);
    return out.join(QStringLiteral(", "));
}

// Line and column (both from 1) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    offset = std::min(offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1};
}

// Reads the members of one JSON object, refusing unknown ones and wrong types. `where` prefixes
// every message ("step 3 ("Title"): ").
class Members {
public:
    Members(const QJsonObject& object, QString where) : m_object(object), m_where(std::move(where)) {}

    Result<void> refuseUnknown(std::initializer_list<const char*> known) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            const bool ok = std::any_of(known.begin(), known.end(),
                                        [&](const char* k) { return it.key() == QLatin1String(k); });
            if (!ok) {
                QStringList names;
                for (const char* k : known)
                    names << QString::fromLatin1(k);
                return fail(Texts::tr("unknown field \"%1\"; the fields are: %2")
                                .arg(it.key(), names.join(QStringLiteral(", "))));
            }
        }
        return {};
    }

    // A string member; empty when absent. Single-line ones are trimmed and may not hold a newline.
    Result<QString> text(const char* name, bool required, bool singleLine = true) const
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return fail(Texts::tr("\"%1\" is missing").arg(QLatin1String(name)));
            return QString();
        }
        if (!v.isString())
            return fail(Texts::tr("\"%1\" must be text").arg(QLatin1String(name)));
        QString s = v.toString();
        if (singleLine) {
            s = s.trimmed();
            if (s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
                return fail(Texts::tr("\"%1\" must be a single line").arg(QLatin1String(name)));
        }
        if (required && s.trimmed().isEmpty())
            return fail(Texts::tr("\"%1\" is empty").arg(QLatin1String(name)));
        return s;
    }

    Result<bool> flag(const char* name, bool fallback) const
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            return fail(Texts::tr("\"%1\" must be true or false").arg(QLatin1String(name)));
        return v.toBool();
    }

    Result<int> whole(const char* name, int fallback, int min, int max) const
    {
        const QJsonValue v = m_object.value(QLatin1String(name));
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e18);
        // The range comes first: converting a double beyond qint64 (a fuzzer sent 1.9e96) is
        // undefined behaviour, and std::trunc needs no conversion at all.
        if (!v.isDouble() || d < min || d > max || d != std::trunc(d))
            return fail(Texts::tr("\"%1\" must be a whole number from %2 to %3")
                            .arg(QLatin1String(name))
                            .arg(min)
                            .arg(max));
        return int(d);
    }

    Error fail(const QString& message) const { return makeError(m_where + message); }

private:
    const QJsonObject& m_object;
    QString m_where;
};

Result<ProtocolStepSpec> parseStep(const QJsonValue& value, int number, const FieldDef& roles,
                                   const FieldDef& appliesTo)
{
    if (!value.isObject())
        return makeError(Texts::tr("step %1: a step must be a JSON object").arg(number));
    const QJsonObject object = value.toObject();
    // Name the step by its title as soon as there is one, so every message says which it is.
    const QString title = object.value(QLatin1String("title")).toString().trimmed();
    const QString where = title.isEmpty() ? Texts::tr("step %1: ").arg(number)
                                          : Texts::tr("step %1 (\"%2\"): ").arg(number).arg(title);
    const Members m(object, where);
    if (Result<void> r = m.refuseUnknown({"key", "title", "guidance", "owner_role", "due",
                                          "mandatory", "applies_to"});
        !r)
        return r.error();

    ProtocolStepSpec step;
    Result<QString> key = m.text("key", true);
    if (!key)
        return key.error();
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (!keyPattern.match(*key).hasMatch())
        return m.fail(Texts::tr("key \"%1\" must be lower-case letters, digits and underscores, "
                         "starting with a letter (at most 64)")
                          .arg(*key));
    step.key = *key;

    Result<QString> t = m.text("title", true);
    if (!t)
        return t.error();
    if (t->size() > 1000)
        return m.fail(Texts::tr("the title is longer than 1,000 characters"));
    step.title = *t;

    Result<QString> guidance = m.text("guidance", false, false);
    if (!guidance)
        return guidance.error();
    step.guidance = guidance->trimmed();

    Result<QString> role = m.text("owner_role", true);
    if (!role)
        return role.error();
    if (!roles.hasValue(*role))
        return m.fail(Texts::tr("unknown owner role \"%1\"; the roles are: %2").arg(*role, tokens(roles)));
    step.ownerRole = *role;

    Result<QString> due = m.text("due", true);
    if (!due)
        return due.error();
    if (*due == kBeforeFirstInterview) {
        step.dueAnchor = QStringLiteral("first_interview");
        step.dueOffsetMinutes = 0;
    } else {
        Result<int> offset = parseDueOffset(*due);
        if (!offset)
            return m.fail(offset.error().message);
        step.dueOffsetMinutes = *offset;
    }

    Result<bool> mandatory = m.flag("mandatory", false);
    if (!mandatory)
        return mandatory.error();
    step.mandatory = *mandatory;

    Result<QString> applies = m.text("applies_to", false);
    if (!applies)
        return applies.error();
    if (!applies->isEmpty()) {
        if (!appliesTo.hasValue(*applies))
            return m.fail(Texts::tr("unknown applies_to \"%1\"; it is one of: %2")
                              .arg(*applies, tokens(appliesTo)));
        step.appliesTo = *applies;
    }
    return step;
}

QByteArray jsonString(const QString& s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip the [ ]
}

} // namespace

bool ProtocolFile::sameContent(const ProtocolFile& o) const
{
    return family == o.family && name == o.name && jurisdiction == o.jurisdiction
           && version == o.version && nextReview == o.nextReview && reviewedBy == o.reviewedBy
           && changeNotes == o.changeNotes && steps == o.steps;
}

Result<int> parseDueOffset(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)(\\d{1,7})([mhd])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return makeError(Texts::tr("due \"%1\" is not an offset; write +<number> then m, h or d "
                            "(e.g. +90m, +24h, +30d), or before_first_interview")
                             .arg(text));
    if (match.captured(1) == QLatin1String("-"))
        return makeError(Texts::tr("due \"%1\" is negative; a step is due after the rescue (T0), not "
                            "before it")
                             .arg(text));
    const qint64 n = match.captured(2).toLongLong();
    const QChar unit = match.captured(3).at(0);
    const qint64 minutes = unit == QLatin1Char('d') ? n * 1440 : unit == QLatin1Char('h') ? n * 60 : n;
    if (minutes > kMaxOffsetMinutes)
        return makeError(Texts::tr("due \"%1\" is more than 366 days after the rescue").arg(text));
    return int(minutes);
}

QString formatDueOffset(int minutes)
{
    if (minutes >= 7 * 1440 && minutes % 1440 == 0)
        return QStringLiteral("+%1d").arg(minutes / 1440);
    if (minutes % 60 == 0)
        return QStringLiteral("+%1h").arg(minutes / 60);
    return QStringLiteral("+%1m").arg(minutes);
}

Result<ProtocolFile> parseProtocolFile(const QByteArray& json, const QString& fileName)
{
    auto fail = [&fileName](const QString& message) { return makeError(message, fileName); };

    if (json.size() > kMaxProtocolFileSize)
        return fail(Texts::tr("the file is larger than a protocol file can be (%1 KiB at most)").arg(kMaxProtocolFileSize / 1024));
    // Text that is not UTF-8 would be stored as U+FFFD: refused, with where it is.
    if (Result<QString> text = decodeUtf8(json, fileName); !text)
        return text.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return fail(Texts::tr("not valid JSON: %1 at line %2, column %3 (byte offset %4)")
                        .arg(parseError.errorString())
                        .arg(line)
                        .arg(column)
                        .arg(parseError.offset));
    }
    if (!doc.isObject())
        return fail(Texts::tr("not a protocol: the file must hold one JSON object"));
    const QJsonObject root = doc.object();
    const Members m(root, QString());

    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.isUndefined())
        return fail(Texts::tr("\"format\" is missing; a protocol file starts with \"format\": \"%1\"")
                        .arg(QLatin1String(kProtocolFormat)));
    if (format.toString() != QLatin1String(kProtocolFormat))
        return fail(Texts::tr("unknown format \"%1\"; this version of Tandem reads \"%2\"")
                        .arg(format.isString() ? format.toString()
                                               : QString::fromUtf8(QJsonDocument(QJsonArray{format})
                                                                       .toJson(QJsonDocument::Compact)))
                        .arg(QLatin1String(kProtocolFormat)));
    if (Result<void> r = m.refuseUnknown({"format", "family", "name", "jurisdiction", "version",
                                          "next_review", "reviewed_by", "change_notes", "steps"});
        !r)
        return fail(r.error().message);

    ProtocolFile p;
    p.source = fileName;
    Result<QString> family = m.text("family", false);
    if (!family)
        return fail(family.error().message);
    if (!family->isEmpty()) {
        p.family = QUuid::fromString(*family);
        if (p.family.isNull())
            return fail(Texts::tr("\"family\" is not an id: \"%1\"").arg(*family));
    }
    Result<QString> name = m.text("name", true);
    if (!name)
        return fail(name.error().message);
    p.name = *name;
    Result<QString> jurisdiction = m.text("jurisdiction", false);
    if (!jurisdiction)
        return fail(jurisdiction.error().message);
    p.jurisdiction = *jurisdiction;
    Result<int> version = m.whole("version", 1, 1, 100000);
    if (!version)
        return fail(version.error().message);
    p.version = *version;
    Result<QString> review = m.text("next_review", false);
    if (!review)
        return fail(review.error().message);
    if (!review->isEmpty()) {
        p.nextReview = QDate::fromString(*review, Qt::ISODate);
        if (!p.nextReview.isValid())
            return fail(Texts::tr("\"next_review\" must be a date as yyyy-mm-dd, got \"%1\"").arg(*review));
    }
    Result<QString> reviewedBy = m.text("reviewed_by", false);
    if (!reviewedBy)
        return fail(reviewedBy.error().message);
    p.reviewedBy = *reviewedBy;
    Result<QString> notes = m.text("change_notes", false, false);
    if (!notes)
        return fail(notes.error().message);
    p.changeNotes = notes->trimmed();

    const QJsonValue steps = root.value(QLatin1String("steps"));
    if (!steps.isArray())
        return fail(steps.isUndefined() ? Texts::tr("\"steps\" is missing") : Texts::tr("\"steps\" must be a list"));
    if (steps.toArray().isEmpty())
        return fail(Texts::tr("the protocol has no steps"));

    const FieldDef& roles = stepField("owner_role");
    const FieldDef& appliesTo = stepField("applies_to");
    QSet<QString> keys;
    QHash<QString, int> titles;
    int number = 0;
    for (const QJsonValue& value : steps.toArray()) {
        ++number;
        Result<ProtocolStepSpec> step = parseStep(value, number, roles, appliesTo);
        if (!step)
            return fail(step.error().message);
        const QString where = Texts::tr("step %1 (\"%2\"): ").arg(number).arg(step->title);
        if (keys.contains(step->key))
            return fail(where + Texts::tr("the key \"%1\" is used by an earlier step").arg(step->key));
        const QString folded = step->title.toCaseFolded();
        if (titles.contains(folded))
            return fail(where + Texts::tr("the same title as step %1").arg(titles.value(folded)));
        keys.insert(step->key);
        titles.insert(folded, number);
        p.steps.push_back(std::move(*step));
    }
    return p;
}

Result<ProtocolFile> readProtocolFile(const QString& path)
{
    Result<QByteArray> bytes = readBounded(path, kMaxProtocolFileSize);
    if (!bytes)
        return bytes.error();
    return parseProtocolFile(*bytes, path);
}

QByteArray writeProtocolFile(const ProtocolFile& p)
{
    QByteArray out = "{\n";
    auto member = [&out](const char* indent, const char* key, const QByteArray& value, bool last) {
        out += indent;
        out += '"';
        out += key;
        out += "\": ";
        out += value;
        out += last ? "\n" : ",\n";
    };
    member("  ", "format", jsonString(QLatin1String(kProtocolFormat)), false);
    if (!p.family.isNull())
        member("  ", "family", jsonString(p.family.toString(QUuid::WithoutBraces)), false);
    member("  ", "name", jsonString(p.name), false);
    if (!p.jurisdiction.isEmpty())
        member("  ", "jurisdiction", jsonString(p.jurisdiction), false);
    member("  ", "version", QByteArray::number(p.version), false);
    if (p.nextReview.isValid())
        member("  ", "next_review", jsonString(p.nextReview.toString(Qt::ISODate)), false);
    if (!p.reviewedBy.isEmpty())
        member("  ", "reviewed_by", jsonString(p.reviewedBy), false);
    if (!p.changeNotes.isEmpty())
        member("  ", "change_notes", jsonString(p.changeNotes), false);
    out += "  \"steps\": [\n";
    for (size_t i = 0; i < p.steps.size(); ++i) {
        const ProtocolStepSpec& s = p.steps[i];
        out += "    {\n";
        member("      ", "key", jsonString(s.key), false);
        member("      ", "title", jsonString(s.title), false);
        if (!s.guidance.isEmpty())
            member("      ", "guidance", jsonString(s.guidance), false);
        member("      ", "owner_role", jsonString(s.ownerRole), false);
        member("      ", "due",
               jsonString(s.dueAnchor == QLatin1String("first_interview") ? kBeforeFirstInterview
                                                                          : formatDueOffset(s.dueOffsetMinutes)),
               false);
        member("      ", "mandatory", s.mandatory ? "true" : "false", false);
        member("      ", "applies_to", jsonString(s.appliesTo), true);
        out += i + 1 < p.steps.size() ? "    },\n" : "    }\n";
    }
    out += "  ]\n}\n";
    return out;
}

} // namespace tandem
