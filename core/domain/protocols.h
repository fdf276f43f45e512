#pragma once

#include "domain/protocolfile.h"
#include "store/row.h"
#include "util/result.h"

#include <QSet>
#include <QStringList>
#include <QUuid>

#include <vector>

namespace tandem {

class Store;

// Protocols in the store: importing a protocol file, the default protocols shipped with Tandem,
// and which protocols are in force.
//
// Ids: the protocol row and its steps get ids derived from the family, the version and the step's
// position, so that one version of one protocol is the same rows in every office that installs or
// imports it (installing the defaults in two offices and merging gives one protocol, not two; an
// exported protocol imported elsewhere keeps its ids). A version is never edited in place
// (DESIGN.md §2), so these stay unique.

// The id of version `version` of protocol family `family`, and of its step at `position` (from 0).
QUuid protocolRowId(const QUuid& family, int version);
QUuid protocolStepId(const QUuid& family, int version, int position);

// Adds `protocol` with its steps, in one transaction. A protocol without a family gets a new one.
// Only one version of a family is in force at a time: a version higher than the family's active
// ones is added active and retires them ("replaced by version N"); a version lower than an active
// one is added retired. Refuses (context: protocol.source) a version of a family that is already
// in the database, deleted or not. Returns the protocol's id; `retiredVersions`, when given, gets
// the numbers of the versions it retired.
Result<QUuid> importProtocol(Store& store, const ProtocolFile& protocol, QList<int>* retiredVersions = nullptr);

// The Qt resource paths of the default protocols (":/protocols/general.json", ...).
QStringList defaultProtocolResources();
// The default protocols, parsed from the resources.
Result<std::vector<ProtocolFile>> defaultProtocols();

// Installs each default protocol unless a protocol of the same family or the same name is already
// there (or was deleted): running it again does nothing. One transaction. Returns the names of
// the protocols it installed.
Result<QStringList> installDefaultProtocols(Store& store);

// The protocols in force: per family, the highest version whose status is active. Ordered by name.
Result<std::vector<Row>> activeProtocols(const Store& store);

// The steps of a protocol, in order.
Result<std::vector<Row>> protocolSteps(const Store& store, const QUuid& protocolId);

// A protocol of the store as a protocol file (for export). The store keeps no step keys, so each
// step's key is made from its title (lower-case words joined by "_", unique in the protocol).
Result<ProtocolFile> protocolFromStore(const Store& store, const QUuid& protocolId);

// A step key made from a title: lower-case words joined by "_", starting with a letter, not in
// `taken` (a number is appended when it is).
QString stepKeyFromTitle(const QString& title, const QSet<QString>& taken);

// Versions (DESIGN.md §2). A protocol version that checklists use is never edited in place:
// saving a change to it makes the next version of the family, with ids derived as above, and
// retires the version it came from, so new checklists follow the new one while existing
// checklists keep the steps they were made from (their items refer to those step rows, which are
// never deleted or changed). A version no checklist in this database uses is changed in place,
// except the default protocols shipped with Tandem: every office installs the same rows, and a
// partner office may already follow them, so a change to one is always a new version.

// How this database uses one protocol version.
struct ProtocolUse {
    int survivors = 0; // live survivors with at least one live checklist step from it
    int items = 0;     // live checklist steps made from it
    QStringList codes; // those survivors' codes, sorted
};
Result<ProtocolUse> protocolUse(const Store& store, const QUuid& protocolId);

// Whether a change to `protocolId` would make a new version (see above).
Result<bool> changeMakesNewVersion(const Store& store, const QUuid& protocolId);

// What saveProtocol() did.
struct SavedProtocol {
    QUuid id;            // the version saved (new or the same)
    int version = 0;
    bool newVersion = false;
    QUuid retired;       // the version the new one replaced, retired; null when none
};

// Saves `edited` (name, jurisdiction, review, change notes and the steps in order) as protocol
// `protocolId`, or as a new protocol when `protocolId` is null (a new family, version 1, active).
// Steps are checked as a protocol file is (titles unique, owner roles and applies_to known,
// offsets within range, keys unique: steps without a key get one from their title); errors name
// the step. `edited.family` and `edited.version` are ignored. One transaction.
Result<SavedProtocol> saveProtocol(Store& store, const QUuid& protocolId, ProtocolFile edited);

// Retires a version (no new checklist follows it) for `reason` (recorded with it, as
// retired_reason; required), or makes it active again. Making a version active retires the
// family's other active versions, so that exactly the chosen one is in force. One transaction.
Result<void> setProtocolStatus(Store& store, const QUuid& protocolId, const QString& status,
                               const QString& reason = {});

} // namespace tandem
