#pragma once

// A trusted partner that sends something wrong: bundles decrypted, changed and signed again with
// the sender's own keys (which the test holds), and what a refusal must leave untouched.

#include "officefixture.h"

#include "store/audit.h"
#include "store/keystore.h"
#include "sync/bundle.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace tandem::test {

struct Pair {
    QTemporaryDir dir;
    Office a{QStringLiteral("Sender Office"), dir};
    Office b{QStringLiteral("Receiving Office"), dir};
    Pair()
    {
        trustEachOther({&a, &b});
        REQUIRE(a.store->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Northgate Police")},
                                                           {QStringLiteral("kind"), QStringLiteral("police")}}));
    }
};

// Everything the receiving office holds that a refused merge must not touch.
inline QString state(Office& o)
{
    QString s = dumpText(*o.store, true);
    Result<QSqlQuery> q = o.store->exec(QStringLiteral("SELECT site, acked_seq, received_seq, last_merge_at FROM partner ORDER BY site"));
    REQUIRE(q);
    while (q->next())
        s += QString::fromLatin1(q->value(0).toByteArray().toHex()) + QLatin1Char(' ') + q->value(1).toString() + QLatin1Char(' ')
             + q->value(2).toString() + QLatin1Char(' ') + q->value(3).toString() + QLatin1Char('\n');
    Result<std::vector<AuditEntry>> audit = readAudit(*o.store);
    REQUIRE(audit);
    s += QString::number(audit->size());
    return s;
}

inline QByteArray read(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// The bundle is refused, and nothing changes; the same refusal whether the payload's rows are
// checked on the merging connection alone or shared with a second one (mergecheck::checkRows).
inline Error refusal(Office& o, const QString& bundle)
{
    const QString before = state(o);
    Result<MergeSummary> r = mergeBundle(*o.store, *o.keys, bundle, {}, MergeOptions{.parallelChecksFrom = 0});
    REQUIRE_FALSE(r);
    CHECK(state(o) == before);
    CHECK(r.error().context == bundle);
    Result<MergeSummary> shared = mergeBundle(*o.store, *o.keys, bundle, {}, MergeOptions{.parallelChecksFrom = 1});
    REQUIRE_FALSE(shared);
    CHECK(shared.error().message == r.error().message);
    CHECK(state(o) == before);
    return r.error();
}

// Decrypts a bundle from a to b, lets `edit` change the payload database, and seals it again with
// a's keys: a trusted sender that sends something wrong.
inline QString resealed(Pair& p, const std::function<void(QSqlDatabase&)>& edit)
{
    const QString original = p.a.exportFor({&p.b});
    const QString payloadPath = p.dir.filePath(QStringLiteral("payload.sqlite"));
    REQUIRE(bundle::open(original, payloadPath, p.b.store->siteId(), *p.b.keys,
                         [&](const QString&, const QByteArray&) { return std::optional<PublicKeys>(p.a.keys->publicKeys()); }));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("craft"));
        db.setDatabaseName(payloadPath);
        REQUIRE(db.open());
        edit(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("craft"));
    const QString crafted = p.dir.filePath(QStringLiteral("crafted.bundle"));
    const bundle::Sender sender{p.a.store->siteId(), p.a.card().fingerprint(), &*p.a.keys};
    REQUIRE(bundle::seal(payloadPath, crafted, sender, {{p.b.store->siteId(), p.b.keys->publicKeys().box}}));
    return crafted;
}

inline void sql(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
}


} // namespace tandem::test
