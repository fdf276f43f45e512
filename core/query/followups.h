#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// What is owed between operations (the Today view's second list), read at `now`:
//  - open action items agreed at meetings or reviews, due before `actionsUntil`;
//  - open tasks of operations under way (planned to completed; not draft, closed or cancelled),
//    due before `tasksUntil`;
//  - active protocols whose review is due before `reviewsUntil`.
// Each kind earliest due first (then by id), at most `limit` of each, with how many there are in
// all. Deleted records, and deleted meetings, operations and agencies they name, are left out.
struct FollowUpWindow {
    QDateTime actionsUntil;
    QDateTime tasksUntil;
    QDateTime reviewsUntil;
    int limit = 200;
};

struct FollowUpActionItem {
    QUuid id;
    QString title;
    QDateTime due; // UTC
    QUuid meeting;   // null when agreed at an operation's review
    QUuid operation;
    QString meetingTitle;       // empty when none or deleted
    QString operationCodeName;  // empty when none or deleted
    QString ownerAgency;        // name, empty when none or deleted
};

struct FollowUpTask {
    QUuid id;
    QString title;
    QDateTime due; // UTC
    QUuid operation;
    QString operationCodeName;
    QString ownerAgency; // name, empty when none or deleted
};

struct FollowUpReview {
    QUuid protocol;
    QString name;
    qint64 version = 0;
    QDateTime due; // next_review_at, UTC
    QString reviewedBy;
};

struct FollowUps {
    std::vector<FollowUpActionItem> actionItems;
    std::vector<FollowUpTask> tasks;
    std::vector<FollowUpReview> reviews;
    qint64 actionItemCount = 0;
    qint64 taskCount = 0;
    qint64 reviewCount = 0;
};

Result<FollowUps> readFollowUps(const Store& store, const FollowUpWindow& window);

} // namespace tandem
