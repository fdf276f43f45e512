#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

namespace query {

// The reads about the directory (agencies and offices) that the window's choosers and panes make.
// Deleted agencies and offices are never returned.

// A row to choose: its id and its name.
struct NamedRow {
    QUuid id;
    QString name;
};

// How names sort: as stored (byte order), or ignoring case.
enum class NameOrder { Stored, IgnoringCase };

// The agencies, by name in `order`, then id.
Result<std::vector<NamedRow>> agencies(const Store& store, NameOrder order);

// An agency or an office that may receive something.
struct RecipientRow {
    enum class Kind { Agency, Office };
    Kind kind = Kind::Agency;
    QUuid id;
    QString name;
};

// Who a survivor's consent may name: the agencies, then the offices (this one included), each by
// name ignoring case.
Result<std::vector<RecipientRow>> consentRecipients(const Store& store);
// Who a report may be meant for: the partner offices (not this one), then the agencies, each by
// name ignoring case, then id.
Result<std::vector<RecipientRow>> reportRecipients(const Store& store);

// This office's name; empty when its row cannot be read.
Result<QString> officeName(const Store& store);

// How many live operations an agency takes part in: as lead or through a live assignment.
Result<qint64> agencyOperationCount(const Store& store, const QUuid& agency);

// An open (not done) action item an agency owns, with the meeting and operation it came from
// (empty when none or deleted).
struct OpenActionItem {
    QString title;
    QDateTime due; // UTC; invalid when it has no due date
    QString meeting;
    QString operation;
};
// The first `limit` of them: by due time (those without one last), then title.
Result<std::vector<OpenActionItem>> openActionItems(const Store& store, const QUuid& agency, int limit);

} // namespace query
} // namespace tandem
