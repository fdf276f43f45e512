#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// Two survivors (two ids) with one code after a merge (DESIGN.md §8): two offices numbered at the
// same time under the same prefix (files from before office codes, or two offices that chose one
// code). Both rows stand; the pair is flagged for review. Resolving it is giving one of them a
// new code, an ordinary edit: the flag then goes by itself (a pair is listed only while both
// survivors are live and still share a code).
struct CodeClashSide {
    QUuid survivor;
    QString code;
    QString operation; // the operation's code name; empty when none or not held here
    QString office;    // the office that gave the survivor this code (the code's version)
    QDateTime created; // when the survivor was recorded (its id's time), invalid when unknown
};

struct CodeClash {
    QString code;
    CodeClashSide first; // the two survivors in id order
    CodeClashSide second;
    QString mergedFrom;  // the office whose bundle brought the pair together
    QDateTime mergedAt;
};

// Inside a merge's transaction, after the survivors of the bundle attached as `b` are written:
// flags every pair of live survivors that share a code where one of them came in that bundle.
// A pair flagged before is not flagged again (so a repeated bundle adds nothing). Returns how
// many pairs were flagged now.
Result<qint64> flagCodeClashes(Store& store, const QByteArray& senderSite, qint64 mergedAt);

// The flagged pairs still to settle: both survivors live and their codes alike. Newest first.
Result<std::vector<CodeClash>> codeClashes(const Store& store);

} // namespace tandem
