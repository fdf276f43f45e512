#pragma once

// Several offices in temporary files, each with keys, trusting each other on demand, and
// exchanging bundles as partners would.

#include "catchqt.h"
#include "testsupport.h"

#include "store/backup.h"
#include "store/keystore.h"
#include "sync/exchange.h"
#include "sync/partners.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace tandem::test {

inline const QString kPassphrase = QStringLiteral("lantern orchard velvet compass");

struct Office {
    explicit Office(const QString& name, QTemporaryDir& dir)
        : path(dir.filePath(name + QStringLiteral(".tandem")))
    {
        Result<std::unique_ptr<Store>> s = Store::create(path, name);
        REQUIRE(s);
        store = std::move(*s);
        REQUIRE(createOfficeKeys(*store, kPassphrase));
        Result<OfficeKeys> k = unlockOfficeKeys(*store, kPassphrase);
        REQUIRE(k);
        keys.emplace(std::move(*k));
    }

    // An existing office file, e.g. a copy made with VACUUM INTO (same site, same keys).
    explicit Office(const QString& existing) : path(existing)
    {
        Result<std::unique_ptr<Store>> s = Store::open(path);
        REQUIRE(s);
        store = std::move(*s);
        Result<OfficeKeys> k = unlockOfficeKeys(*store, kPassphrase);
        REQUIRE(k);
        keys.emplace(std::move(*k));
    }

    // A consistent copy of this office's file, opened as an office of its own.
    std::unique_ptr<Office> copy(const QString& copyPath) const
    {
        REQUIRE(store->exec(QStringLiteral("VACUUM INTO ?"), {copyPath}));
        auto o = std::make_unique<Office>(copyPath);
        o->store->setWallClock([this] { return store->wallClock(); });
        return o;
    }

    // The wall clock of this office, kept across a restore (which reopens the file).
    void setWallClock(std::function<qint64()> clock)
    {
        m_clock = std::move(clock);
        store->setWallClock(m_clock);
    }

    // A backup of the file, as the one before every merge; returns its path.
    QString backup()
    {
        Result<QString> b = makeBackup(*store, QStringLiteral("test"), 1000);
        INFO((b ? QString() : b.error().text()).toStdString());
        REQUIRE(b);
        return *b;
    }

    // Puts `backupPath` in place of the file, as `tandem-cli restore` does, and reopens it.
    void restore(const QString& backupPath)
    {
        store.reset();
        Result<void> r = restoreBackup(path, backupPath);
        INFO((r ? QString() : r.error().text()).toStdString());
        REQUIRE(r);
        Result<std::unique_ptr<Store>> s = Store::open(path);
        REQUIRE(s);
        store = std::move(*s);
        if (m_clock)
            store->setWallClock(m_clock);
    }

    // Closes the file and opens it again.
    void reopen()
    {
        store.reset();
        Result<std::unique_ptr<Store>> s = Store::open(path);
        REQUIRE(s);
        store = std::move(*s);
        if (m_clock)
            store->setWallClock(m_clock);
    }

    KeyCard card() const
    {
        Result<KeyCard> c = ownCard(*store);
        REQUIRE(c);
        return *c;
    }

    void trust(const Office& other)
    {
        Result<TrustResult> r = trustPartner(*store, other.card());
        REQUIRE(r);
    }

    // Exports for `to` into a bundle file and returns its path.
    QString exportFor(const std::vector<const Office*>& to, bool full = false)
    {
        ExportOptions options;
        for (const Office* o : to)
            options.recipients << o->store->siteId();
        options.full = full;
        const QString bundle = path + QStringLiteral(".%1.bundle").arg(++m_bundles);
        Result<ExportSummary> r = exportBundle(*store, *keys, options, bundle);
        INFO((r ? QString() : r.error().text()).toStdString());
        REQUIRE(r);
        return bundle;
    }

    MergeSummary merge(const QString& bundle, const MergeOptions& options = {})
    {
        Result<MergeSummary> r = mergeBundle(*store, *keys, bundle, {}, options);
        INFO((r ? QString() : r.error().text()).toStdString());
        REQUIRE(r);
        return *r;
    }

    QString dump() const { return dumpText(*store); }

    // A row written through the store's write path, required to succeed.
    QUuid insert(const char* entity, const QVariantMap& values)
    {
        Result<QUuid> id = store->insert(QString::fromLatin1(entity), values);
        INFO((id ? QString() : id.error().text()).toStdString());
        REQUIRE(id);
        return *id;
    }
    void set(const char* entity, const QUuid& id, const QVariantMap& values)
    {
        Result<void> r = store->update(QString::fromLatin1(entity), id, values);
        INFO((r ? QString() : r.error().text()).toStdString());
        REQUIRE(r);
    }

    QString path;
    std::unique_ptr<Store> store;
    std::optional<OfficeKeys> keys;

private:
    int m_bundles = 0;
    std::function<qint64()> m_clock;
};

inline void trustEachOther(const std::vector<Office*>& offices)
{
    for (Office* a : offices)
        for (Office* b : offices)
            if (a != b)
                a->trust(*b);
}

// a sends everything new to b.
inline MergeSummary send(Office& a, Office& b, bool full = false)
{
    return b.merge(a.exportFor({&b}, full));
}

} // namespace tandem::test
