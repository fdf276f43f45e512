#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>

#include <vector>

namespace tandem {

class Row;
class Store;

// Warrants (issue 21, DESIGN.md §10). A warrant is a record of its operation: number, issuing
// court, judge, when it was issued and when it expires, and the targets of the operation it covers
// (its "targets" field: target ids). A target marked as needing a warrant (target.needs_warrant)
// must be covered by a warrant valid on the operation's start (issued at or before it, expiring at
// or after it) before the operation is approved, briefed or started: operations::moveProblems
// asks here, so the window, `tandem-cli move` and every other way of moving an operation hold to
// it alike.
namespace warrants {

// Whether `warrant` (a row of the warrant entity) is valid at `at`.
bool validAt(const Row& warrant, const QDateTime& at);

// What stops operation `id`'s targets that need a warrant from being covered on its start, one
// sentence per target, each naming the target and what is wrong with the warrants that cover it
// ("Target “Rear yard” needs a warrant: warrant 2026/114 expires on …, before the operation
// starts."). Empty when every such target is covered, or when the operation has no start yet (that
// is a problem of its own).
Result<QStringList> coverageProblems(const Store& store, const QUuid& operation);

// The warrant entity's rule on a person's write: the targets it names are live targets of its own
// operation. Targets named before stay (a target deleted since does not block editing the rest).
QString targetsProblem(const Store& store, const Row* before, const Row& after);

// The warrant entity's derived value: its targets in canonical id form ("{ABC…}" is "abc…"), each
// once, so that coverage compares ids as text.
QString canonicalTargets(Row& row, const QVariantMap& given);

// A warrant that expires before its operation starts (or is not yet issued when it starts), for
// Today: the operations not started yet (draft to briefed), soonest start first.
struct Lapse {
    QUuid warrant;
    QString number;
    QUuid operation;
    QString operationName;
    QDateTime startsAt;
    QDateTime issuedAt;
    QDateTime expiresAt;
};
Result<std::vector<Lapse>> lapsing(const Store& store, int limit = 50);

// One line for people about `lapse`: "Warrant 2026/114 expires on …, before Operation Nightjar
// starts on …".
QString describe(const Lapse& lapse);

} // namespace warrants
} // namespace tandem
