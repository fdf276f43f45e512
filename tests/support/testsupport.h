#pragma once

#include "crypto/officekeys.h"
#include "store/store.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace tandem::test {

inline const QString kOfficePassphrase = QStringLiteral("test passphrase, not a secret");

// Store::create plus this office's keys (with the test-only minimal key derivation, so that tests
// stay fast), for tests that need an office that can keep identifying details.
Result<std::unique_ptr<Store>> createTestOffice(const QString& path, const QString& office);

// A fresh database in a temporary directory that disappears with the object. It has its keys
// (passphrase kOfficePassphrase) and its identities unlocked, as after "Unlock identities".
class TempStore {
public:
    explicit TempStore(const QString& office = QStringLiteral("Test Office"));
    Store& operator*() { return *store; }
    Store* operator->() { return store.get(); }
    QString path() const { return dir.filePath(QStringLiteral("test.tandem")); }
    QString file(const QString& name) const { return dir.filePath(name); }
    // Closes and reopens the file, as a restart would.
    void reopen();

    // Identities locked (sealed values stay sealed on reads) or unlocked again.
    void lock() { store->setIdentityKeys(nullptr); }
    void unlock() { store->setIdentityKeys(&*keys); }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::optional<OfficeKeys> keys;
};

// A wall clock the test moves by hand (Unix milliseconds). It starts a minute ahead of the real
// clock, so that it is ahead of anything the store did before the test took over its clock.
struct ManualClock {
    qint64 now = (QDateTime::currentMSecsSinceEpoch() / 1000 + 60) * 1000;
    std::function<qint64()> fn()
    {
        return [this] { return now; };
    }
};

QByteArray readFile(const QString& path);

// Takes the registry's columns added after schema `version` out of `store` (the fields declared
// since a later version, and their version columns when no older field shares them) and sets the
// file's version to `version`: a file as an older Tandem left it, for migration tests. Statements
// of later versions beyond the registry's columns are the test's to undo (schema 4's exchange
// tables and columns, and schema 5's people and key slots, are undone here). Returns false when a
// statement fails.
bool dropColumnsSince(Store& store, int version);
QString dumpText(const Store& store, bool all = false);

// A file as the code of schema 4 (before people, issue 17) left it: the office keys wrapped with
// `officePassphrase` in `meta` (minimal key derivation), one survivor (V-2025-0042) whose
// identity's name `name` is sealed to the box key, no person or key_slot table. Returns the
// identity's id.
Result<QUuid> makeVersion4Office(const QString& path, const QString& officePassphrase, const QString& name);

} // namespace tandem::test
