#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>
#include <vector>

namespace tandem {

class Store;

namespace query {

// The reads about one operation that the window's detail pane, the delete question and the
// operation and target choosers make. Values of enum and number fields come as the value layer
// gives them (value::fromSql), for value::display. Deleted rows are never returned.

// The head of the detail pane.
struct OperationHeader {
    QString codeName;
    QVariant status;
    QVariant traffickingType;
    QString leadAgency; // empty when none or deleted
    QDateTime starts;   // UTC; invalid when not set
    QDateTime ends;     // UTC; invalid when not set
    QVariant riskLevel;
};
// Nullopt when the operation is deleted (or was never there).
Result<std::optional<OperationHeader>> operationHeader(const Store& store, const QUuid& operation);

struct TargetLine {
    QString label;
    QString address;
};
// Its targets, by label ignoring case, then id.
Result<std::vector<TargetLine>> operationTargets(const Store& store, const QUuid& operation);

struct AssignmentLine {
    QString agency;              // empty when the agency is deleted (see agencyDeleted)
    bool agencyDeleted = false;
    QVariant role;
    QString teamLead;
    QVariant headcount;
};
// Its agencies' assignments: the lead first, then by agency name ignoring case, then id.
Result<std::vector<AssignmentLine>> operationAssignments(const Store& store, const QUuid& operation);

// What deleting an operation takes with it (or unlinks): how many live rows of each kind.
struct OperationContents {
    QString codeName;
    QString status; // token
    qint64 targets = 0;
    qint64 assignments = 0;
    qint64 tasks = 0;
    qint64 notes = 0;
    qint64 survivors = 0;
    qint64 actionItems = 0;
    qint64 feedback = 0;
    qint64 tips = 0;
};
// Nullopt when there is no such row (a tombstone is counted like a live one).
Result<std::optional<OperationContents>> operationContents(const Store& store, const QUuid& operation);

// An operation or a target to choose: its id and its code name or label.
struct ChoiceRow {
    QUuid id;
    QString name;
};
// The operations, newest start first (those without a start last), then id. `withSurvivorsOnly`
// keeps those under which a live survivor is recorded.
Result<std::vector<ChoiceRow>> operationChoices(const Store& store, bool withSurvivorsOnly = false);
// The targets of an operation by label, then id.
Result<std::vector<ChoiceRow>> targetChoices(const Store& store, const QUuid& operation);

} // namespace query
} // namespace tandem
