#pragma once

#include "store/store.h"
#include "util/result.h"

#include <memory>

namespace tandem {

// Creates the database of a new office at `path`: the file, the office's key pairs wrapped with
// `passphrase` (DESIGN.md §4), and the default survivor-assistance protocols. All or nothing: on
// any failure no file is left behind. This is what File > New and `tandem-cli init` do.
Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase);

} // namespace tandem
