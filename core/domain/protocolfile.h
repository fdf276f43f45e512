#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QUuid>

#include <vector>

// The protocol file format ("tandem-protocol/1"): a survivor-assistance protocol as JSON, the
// form in which default protocols ship (resources/protocols/) and protocols are imported and
// exported. A file, laid out as writeProtocolFile() writes it:
//
//   {
//     "format": "tandem-protocol/1",
//     "family": "<uuid>",            optional: the same protocol across its versions
//     "name": "General post-rescue assistance",
//     "jurisdiction": "...",         optional
//     "version": 1,                  optional, whole number >= 1 (default 1)
//     "next_review": "2027-06-30",   optional, yyyy-mm-dd
//     "reviewed_by": "...",          optional
//     "change_notes": "...",         optional
//     "steps": [
//       {
//         "key": "advocate",         [a-z][a-z0-9_]*, unique in the file
//         "title": "...",            unique in the file (ignoring case)
//         "guidance": "...",         optional; states its source
//         "owner_role": "ngo_advocate",
//         "due": "+1h",              "+<n>m", "+<n>h", "+<n>d" after T0, or "before_first_interview"
//         "mandatory": true,         optional (default false)
//         "applies_to": "all"        optional (default all): all, minors, foreign_nationals,
//       }                            sexual_violence
//     ]
//   }
//
// Owner roles and applies_to tokens are those of the protocol_step entity in the registry.
// Unknown fields are refused, so that a misspelt "aplies_to" never silently means "all".
namespace tandem {

inline constexpr const char* kProtocolFormat = "tandem-protocol/1";

// One step as the file states it.
struct ProtocolStepSpec {
    QString key;
    QString title;
    QString guidance;
    QString ownerRole;
    QString dueAnchor = QStringLiteral("t0"); // "t0" or "first_interview"
    int dueOffsetMinutes = 0;                  // after the anchor; 0 for first_interview
    bool mandatory = false;
    QString appliesTo = QStringLiteral("all");

    bool operator==(const ProtocolStepSpec&) const = default;
};

// A whole protocol file. `source` is where it came from (a file name), used in error messages;
// it is not part of the file.
struct ProtocolFile {
    QUuid family;
    QString name;
    QString jurisdiction;
    int version = 1;
    QDate nextReview;
    QString reviewedBy;
    QString changeNotes;
    std::vector<ProtocolStepSpec> steps;
    QString source;

    // Equal content; `source` is not compared.
    bool sameContent(const ProtocolFile& other) const;
};

// The largest protocol file read: far more than a protocol of a hundred steps needs.
constexpr qint64 kMaxProtocolFileSize = 1 << 20;

// Parses a protocol file. Errors have the file name as context and say which step (number and
// title) and what is wrong; malformed JSON is reported with its line, column and byte offset,
// text that is not UTF-8 with its line, a file over kMaxProtocolFileSize refused whole.
Result<ProtocolFile> parseProtocolFile(const QByteArray& json, const QString& fileName);

// Reads and parses the file at `path` (a path or a Qt resource path), reading no more than
// kMaxProtocolFileSize bytes of it (a device such as /dev/zero is refused at once).
Result<ProtocolFile> readProtocolFile(const QString& path);

// Writes `protocol` as a protocol file (UTF-8, two-space indented, keys in the order above).
// parseProtocolFile() reads back exactly what this writes.
QByteArray writeProtocolFile(const ProtocolFile& protocol);

// "+90m", "+24h", "+30d" → minutes. Refuses other forms, negative offsets and offsets of more
// than 366 days (the registry's limit), with a message saying which.
Result<int> parseDueOffset(const QString& text);
// Minutes → the text parseDueOffset() accepts: days from a week up when whole, else hours when
// whole, else minutes ("+1h", "+72h", "+30d", "+90m").
QString formatDueOffset(int minutes);

} // namespace tandem
