#pragma once

#include "domain/protocolfile.h"
#include "store/row.h"
#include "util/result.h"

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

// Adds `protocol` as an active protocol with its steps, in one transaction. A protocol without a
// family gets a new one. Refuses (context: protocol.source) a version of a family that is already
// in the database, deleted or not. Returns the protocol's id.
Result<QUuid> importProtocol(Store& store, const ProtocolFile& protocol);

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

} // namespace tandem
