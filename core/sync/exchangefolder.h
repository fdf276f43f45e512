#pragma once

#include "sync/exchange.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace tandem {

class Store;

// The exchange folder (DESIGN.md §9, issue 20): a folder kept in step between offices by a sync
// engine (Syncthing, a Nextcloud or SMB share, a USB stick). Each office writes there one bundle
// per trusted partner with what that partner has not acknowledged, and merges every bundle
// addressed to it. A pass does both; it is idempotent, and safe to run at any time.
//
// A bundle's name says who wrote it for whom and at which change: "tandem-FROM-TO-SEQ.bundle"
// (FROM and TO the offices' ids in 32 hex digits, SEQ the writer's change number). It is written
// under a temporary name and renamed whole, so a sync engine never ships half a file. A bundle
// carries everything the partner has not acknowledged, so a newer one replaces the older ones for
// the same partner; the partner deletes it once merged (and its writer does, once the partner's
// acknowledgement comes back, should it still be there).
// Bundles for other offices are left alone. A bundle that cannot be merged (tampered, from an
// office not trusted, for another office, truncated) is moved into the folder's "set aside"
// folder with a text file saying why, and never blocks the others; one still arriving (changed
// while it was read, or written in the last seconds) is left for the next pass.

inline constexpr const char* kSetAsideFolder = "set aside";

struct FolderProblem {
    QString file;   // the bundle's name
    QString reason; // what is wrong, in the reader's language
};

struct FolderPass {
    QStringList written;               // bundles written for partners
    std::vector<MergeSummary> merged;  // bundles merged, in order
    QStringList mergedFiles;           // their names
    std::vector<FolderProblem> setAside; // moved aside this pass
    QStringList waiting;               // still arriving: taken at a later pass
    // Carrying survivors' identities that the acting person's keys do not open: left in place
    // for a pass by a lead or a liaison (on another machine of the office, say).
    QStringList forIdentities;
    QStringList removed;               // bundles of ours the partner has merged, or replaced
    // Another copy of this office's file writes bundles here under this office's name (a file
    // copied to a second machine instead of a seat): what it wrote. Empty when none.
    QStringList foreign;
    qint64 conflicts() const;
};

// One pass over `folder`. Fails whole, with nothing changed, when the folder does not exist, is
// not a folder or cannot be written; a bad bundle is not a failure of the pass. `progress` is
// told how far the merges are (0 to 1 over the bundles taken); returning false stops the pass
// after the bundles merged so far (the one being merged is left as it was, for the next pass),
// and the pass fails with "cancelled".
Result<FolderPass> syncFolder(Store& store, const OfficeKeys& keys, const QString& folder,
                              const ExchangeProgress& progress = {});

// Per trusted partner, what the folder holds.
struct FolderPartner {
    QByteArray site;
    QString name;
    bool seat = false;       // another machine of this office (sync/seats.h)
    QDateTime lastWritten;   // the last bundle this office wrote for it (invalid: none)
    QDateTime lastMerged;    // the last bundle of its merged here (invalid: none)
    bool waitingForPartner = false; // a bundle of ours is in the folder, not merged there yet
    qint64 unsent = 0;       // changes here after the last bundle written for it
};
Result<std::vector<FolderPartner>> folderPartners(const Store& store);

// The bundles set aside in `folder` (for this office or not), newest first.
struct SetAsideBundle {
    QString path;
    QString reason;
    QDateTime at;
};
std::vector<SetAsideBundle> setAsideBundles(const QString& folder);

// The folder this file exchanges through, as the window last set it (empty: none).
Result<QString> exchangeFolder(const Store& store);
Result<void> setExchangeFolder(Store& store, const QString& folder);

} // namespace tandem
