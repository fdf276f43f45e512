#pragma once

#include "util/result.h"

#include <QString>

#include <vector>

namespace tandem {

class OfficeKeys;
class Store;

// One thing wrong with a database, as precise as it can be named.
struct CheckProblem {
    enum class Severity {
        Error,   // the file breaks an invariant of the store: something wrote around Store
        Warning, // legitimate after merges, but worth a look (e.g. a reference to a row the
                 // partners never sent us)
    };
    Severity severity = Severity::Error;
    QString entity;  // table; empty for the file as a whole
    QString record;  // the row's id as text (hex when it is not a valid id); empty for a table
    QString field;   // field or column; empty when the problem is the whole row
    QString message; // what is wrong, translated

    // "entity record field: message", leaving out what is empty ("database: ..." for the file).
    QString text() const;
};

struct CheckReport {
    qint64 rows = 0; // rows of entity tables examined
    int tables = 0;  // entity tables examined
    qint64 errors = 0;
    qint64 warnings = 0;
    // The problems found, in the order found, up to kMaxListed; errors and warnings count them all.
    std::vector<CheckProblem> problems;
    static constexpr size_t kMaxListed = 1000;

    bool clean() const { return errors == 0; }
    // Counts a problem and lists it while fewer than kMaxListed are.
    void add(CheckProblem problem);
};

// Examines a database without changing it: SQLite's own PRAGMA integrity_check and
// foreign_key_check, then every invariant the registry implies, in one read transaction:
// ids of 16 bytes, versions of 24, tombstones with their data cleared (except sharing and the
// owner), required fields of live rows present, values stored as their type and within their
// declared tokens, ranges and lengths, references that resolve (a warning: partners may hold rows
// we were not sent), local_seq not beyond the file's sequence, and no version of this office ahead
// of its clock; and the audit log's hash chain, naming its first broken entry. Fails only when the
// database cannot be read at all. The rules of the domain (domain/invariants.h) add theirs.
// With the office's `keys` (unlocked by a person), the audit chain's keyed MACs are checked too:
// a rewritten entry or a cut tail then shows even where every hash was recomputed.
Result<CheckReport> check(const Store& store, const OfficeKeys* keys = nullptr);

} // namespace tandem
