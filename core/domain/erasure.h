#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <functional>

namespace tandem {

class Store;

// Erasing a survivor's identity for real (DESIGN.md §8, issue 18): from this file, its journal and
// its backups, and, where this office recorded it, from every partner that holds a copy (a recall
// travels to them; store/recalls.h says how each office erases and why by rewriting). The
// survivor's case (code, checklist, consents) stays, without a name. The window (Survivors >
// Erase Identity…), `tandem-cli erase` and the retention period (retention.h) all erase here.
namespace erasure {

// What was done, for the person who asked (the CLI prints it; the audit log keeps it too).
struct Receipt {
    QUuid survivor;
    QString code;
    QUuid recall;
    QString kind;   // erased | retention
    QString reason;
    QDateTime at;   // UTC
    // This office recorded the identity: partners holding a copy erase theirs on merging the
    // recall. Otherwise only this office's copy went.
    bool everywhere = false;
    int backupsRewritten = 0;
    // Why the file or a backup could not be rewritten yet (the erasure stays pending and is done
    // by the next merge or erase); empty when everything was.
    QString pending;
};

// A survivor by its id or its code (e.g. NB-2026-0042); a clear error naming the file when there
// is none (or it was deleted).
Result<QUuid> findSurvivor(const Store& store, const QString& idOrCode);

// Erases `survivor`'s identity here, giving `reason` (required). `kind`: "erased" or "retention".
// One transaction for the records; the file and its backups are rewritten after it commits.
// Refused for a survivor with no identity recorded here, and for a person whose role may not write
// identities (a liaison's or a lead's).
Result<Receipt> eraseIdentity(Store& store, const QUuid& survivor, const QString& reason,
                              const QString& kind = QStringLiteral("erased"),
                              const std::function<void(double)>& progress = {});

} // namespace erasure
} // namespace tandem
