#pragma once

#include "store/store.h"
#include "util/result.h"

#include <memory>

namespace tandem {

// Creates the database of a new office at `path`: the file, the office's key pairs wrapped with
// `passphrase` (DESIGN.md §4), the default survivor-assistance protocols, then whatever `fill`
// adds (a demo). All or nothing (Store::create): on any failure, a crash or a kill no file is
// left at `path`. This is what File > New and `tandem-cli init` do.
Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase, const Store::Fill& fill = {});

} // namespace tandem
