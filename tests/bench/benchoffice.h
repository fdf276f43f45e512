#pragma once

// The benchmarks' database: a new file with this office's keys (the cheapest key derivation, as the
// tests use), so that the demo generator can seal survivors' identifying details as a real office
// does (DESIGN.md §4). Header-only; every benchmark that makes a demo file uses it.

#include "domain/officecode.h"
#include "store/keystore.h"
#include "store/store.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <type_traits>

namespace tandem::bench {

// The passphrase of every benchmark office (createOffice).
inline const QString kPassphrase = QStringLiteral("benchmark passphrase, not a secret");

// A benchmark stops at the first failure, saying what it was.
[[noreturn]] inline void die(const Error& e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(e.text()));
    std::exit(1);
}

// The value of a step that must succeed (nothing for a Result<void>).
template <typename T>
T must(Result<T> r)
{
    if (!r)
        die(r.error());
    if constexpr (!std::is_void_v<T>)
        return std::move(*r);
}

// A new benchmark office; `fill` then writes more into it before the file is put in place, as
// `tandem-cli demo` does with a new file (Store::create).
inline Result<std::unique_ptr<Store>> createOffice(const QString& path, const QString& officeName,
                                                   const Store::Fill& fill = {})
{
    return Store::create(path, officeName, [&](Store& store) -> Result<void> {
        if (Result<PublicKeys> keys = createOfficeKeys(store, kPassphrase, KdfCost::Minimal); !keys)
            return keys.error();
        // With its short code set, as an office has it after its first start (the window asks for
        // one otherwise, and a benchmark has nobody to answer).
        if (Result<void> code = setOfficeCode(store, QStringLiteral("EPS")); !code)
            return code;
        return fill ? fill(store) : Result<void>();
    });
}

} // namespace tandem::bench
