#pragma once

#include "util/result.h"

class QIODevice;

namespace tandem {

class Store;

enum class DumpScope {
    Shared, // what every partner office holds alike: shared rows and tombstones, with versions
    All,    // everything this office holds, office-only rows and survivor identities included
            // (identifying details opened when the store's identities are unlocked, else sealed)
};

// Writes the canonical JSON dump of DESIGN.md §5: entities by name, rows by id, keys sorted, one
// row per line, no local metadata (no local_seq, no rowid). Two databases with the same shared
// state print byte-identical dumps whatever order their edits came in.
Result<void> writeDump(const Store& store, QIODevice& out, DumpScope scope);

} // namespace tandem
