#pragma once

// The benchmarks' database: a new file with this office's keys (the cheapest key derivation, as the
// tests use), so that the demo generator can seal survivors' identifying details as a real office
// does (DESIGN.md §4). Header-only; every benchmark that makes a demo file uses it.

#include "domain/officecode.h"
#include "store/keystore.h"
#include "store/store.h"

#include <memory>

namespace tandem::bench {

inline Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName)
{
    Result<std::unique_ptr<Store>> store = Store::create(path, officeName);
    if (!store)
        return store;
    if (Result<PublicKeys> keys = createOfficeKeys(**store, QStringLiteral("benchmark passphrase, not a secret"),
                                                   KdfCost::Minimal);
        !keys)
        return keys.error();
    // With its short code set, as an office has it after its first start (the window asks for
    // one otherwise, and a benchmark has nobody to answer).
    if (Result<void> code = setOfficeCode(**store, QStringLiteral("EPS")); !code)
        return code.error();
    return store;
}

} // namespace tandem::bench
