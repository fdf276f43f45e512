#pragma once

#include "store/store.h"
#include "util/result.h"

#include <memory>

namespace tandem {

// Creates the database of a new office at `path`: the file, the office's key pairs wrapped with
// `passphrase` (DESIGN.md §4) in the slot of its first person, a lead, its short code (derived from
// its name, domain/officecode.h), the default survivor-assistance protocols, then whatever `fill`
// adds (a demo). All or nothing (Store::create): on any failure, a crash or a kill no file is
// left at `path`. This is what File > New and `tandem-cli init` do.
Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase, const Store::Fill& fill = {});

// The same with the name of the first person, a lead, whose passphrase `passphrase` is (the
// login name when empty; store/keystore.h), and the office's short code as typed
// (domain/officecode.h; a null string: the code derived from `officeName`). An invalid code is
// refused before any file is made.
Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase, const QString& leadName,
                                            const Store::Fill& fill, const QString& officeCode = QString());

// The same for a file that must come out alike on every run (the demo made with a fixed `now`):
// the store's site id and clock (Store::FixedOrigin) and the seed its keys are made from
// (OfficeKeys::fromSeed). Its keys are as secret as that seed: never for real data.
struct FixedOffice {
    Store::FixedOrigin origin;
    QByteArray keySeed;
};
Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                            const QString& passphrase, const FixedOffice& fixed,
                                            const Store::Fill& fill = {});

} // namespace tandem
