#pragma once

#include "registry.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QVariant>

namespace tandem {

// The stored form of an identifying detail (FieldDef::sealed) that this office cannot read now:
// the store hands it out when identities are locked. Writing it back unchanged keeps it; it is
// never shown.
struct SealedValue {
    QByteArray cipher;
    bool operator==(const SealedValue& other) const { return cipher == other.cipher; }
};

} // namespace tandem

Q_DECLARE_METATYPE(tandem::SealedValue)

// Everything about one field value: turning user text into a typed value (with validation and a
// message that names the entity, the field and what was expected), storing it in SQLite, and
// printing it for JSON or for people. The write path calls normalise() on every value it is given.
namespace tandem::value {

// Validates `input` for `field` and returns it in its canonical in-memory type (see Row). `input`
// may already be typed, or be text as typed on a command line. Empty text and null are the empty
// value; whether a field may be empty is the write path's concern (it knows insert from update).
Result<QVariant> normalise(const EntityDef& entity, const FieldDef& field, const QVariant& input);

// The SQLite representation of a canonical value, and back.
QVariant toSql(const FieldDef& field, const QVariant& value);
QVariant fromSql(const FieldDef& field, const QVariant& stored);

// JSON as DESIGN.md §5 prints it: ids as UUID strings, instants as ISO 8601 with offset, lists as
// arrays, null for empty.
QJsonValue toJson(const FieldDef& field, const QVariant& value);

// Plain text, the same form normalise() accepts (so `show` output can be fed back to `set`).
QString toText(const FieldDef& field, const QVariant& value);

// For people: enum labels, localised dates and numbers.
QString display(const FieldDef& field, const QVariant& value, const QLocale& locale = QLocale());

// ISO 8601 in UTC with a "Z" offset, second precision: the canonical form of an instant.
QString isoTime(const QDateTime& t);
// Parses ISO 8601 with an explicit offset ("Z", "+02:00"); returns an invalid QDateTime otherwise.
QDateTime parseIsoTime(const QString& text);

// The id in canonical text form: lower-case, hyphenated, no braces.
QString idText(const QUuid& id);

int maxLength(const FieldDef& field);

} // namespace tandem::value
