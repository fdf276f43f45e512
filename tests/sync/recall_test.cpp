// Recall and real erasure (DESIGN.md §8, issue 18): withdrawing a consent or erasing an identity
// sends a recall; the office that receives it erases its copy from its file, its journal and its
// backups, so that not even the passphrase shows it again.

#include "officefixture.h"

#include "domain/erasure.h"
#include "store/audit.h"
#include "store/recalls.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

QUuid identityConsent(Office& from, const QUuid& survivor, const Office& to)
{
    return from.insert("consent", {{QStringLiteral("survivor"), survivor},
                                    {QStringLiteral("recipient_office"), to.store->officeId()},
                                    {QStringLiteral("scope"), QStringLiteral("identity")},
                                    {QStringLiteral("given_at"), QStringLiteral("2026-03-01T10:00:00Z")}});
}

// The sealed values (ciphertexts) of `office`'s identity rows of `survivor` as stored now.
QList<QByteArray> sealedValues(Office& office, const QUuid& survivor)
{
    QList<QByteArray> out;
    Result<QSqlQuery> q = office.store->exec(QStringLiteral("SELECT name, contact, notes FROM survivor_identity WHERE survivor = ?"),
                                             {survivor.toRfc4122()});
    REQUIRE(q);
    while (q->next()) {
        for (int i = 0; i < 3; ++i) {
            if (!q->value(i).isNull())
                out << q->value(i).toByteArray();
        }
    }
    return out;
}

// Every file of `office` on this machine: the database, its journal, its backups.
QStringList filesOf(const Office& office)
{
    QStringList files{office.path};
    for (const char* suffix : {"-wal", "-journal", "-shm"}) {
        if (QFile::exists(office.path + QLatin1String(suffix)))
            files << office.path + QLatin1String(suffix);
    }
    const QDir backups(backupFolder(office.path));
    for (const QFileInfo& f : backups.entryInfoList(QDir::Files))
        files << f.absoluteFilePath();
    return files;
}

// No file of `office` holds any of `sealed` (the raw bytes), and no backup, opened with the
// office's keys, shows an identity of `survivor`.
void requireErasedEverywhere(Office& office, const QUuid& survivor, const QList<QByteArray>& sealed)
{
    REQUIRE_FALSE(sealed.isEmpty());
    for (const QString& file : filesOf(office)) {
        const QByteArray bytes = readFile(file);
        for (const QByteArray& s : sealed) {
            INFO(file.toStdString());
            CHECK_FALSE(bytes.contains(s));
        }
    }
    Result<std::vector<Row>> here = office.store->select(QStringLiteral("survivor_identity"),
                                                         QStringLiteral("survivor = ? AND deleted = 0"), {survivor.toRfc4122()});
    REQUIRE(here);
    CHECK(here->empty());
    Result<std::vector<BackupInfo>> backups = listBackups(office.path);
    REQUIRE(backups);
    CHECK_FALSE(backups->empty());
    for (const BackupInfo& b : *backups) {
        if (b.undo)
            continue; // an undo file's rows are only what a merge changed: the bytes above
        Result<std::unique_ptr<Store>> copy = Store::open(b.path, Store::Access::ReadOnly);
        REQUIRE(copy);
        (*copy)->setIdentityKeys(&*office.keys);
        Result<std::vector<Row>> rows = (*copy)->select(QStringLiteral("survivor_identity"), QStringLiteral("survivor = ?"),
                                                        {survivor.toRfc4122()});
        REQUIRE(rows);
        for (const Row& r : *rows) {
            INFO(b.path.toStdString());
            CHECK(r.isNull(QStringLiteral("name")));
        }
    }
}

QString openedName(Office& office, const QUuid& survivor)
{
    office.store->setIdentityKeys(&*office.keys);
    Result<std::vector<Row>> rows = office.store->select(QStringLiteral("survivor_identity"),
                                                         QStringLiteral("survivor = ? AND deleted = 0"), {survivor.toRfc4122()});
    office.store->setIdentityKeys(nullptr);
    REQUIRE(rows);
    return rows->empty() ? QString() : rows->front().text(QStringLiteral("name"));
}

int auditedErasures(Office& office)
{
    Result<QSqlQuery> q = office.store->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase'"));
    REQUIRE((q && q->next()));
    return q->value(0).toInt();
}

} // namespace

TEST_CASE("withdrawing a consent erases the partner's copy from its file, journal and backups", "[sync][recall]")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("North Bay"), dir);
    Office b(QStringLiteral("Harbourside Shelter"), dir);
    trustEachOther({&a, &b});

    const QUuid s = a.insert("survivor", {{QStringLiteral("code"), QStringLiteral("NB-2026-0001")}});
    const QUuid identity = a.insert("survivor_identity", {{QStringLiteral("survivor"), s},
                                                           {QStringLiteral("name"), QStringLiteral("Ilsabet Quornwald")},
                                                           {QStringLiteral("contact"), QStringLiteral("+99 555 0101")}});
    const QUuid consent = identityConsent(a, s, b);
    send(a, b);
    QList<QByteArray> sealed = sealedValues(b, s);
    CHECK(openedName(b, s) == QStringLiteral("Ilsabet Quornwald"));

    // A second value, so that an old one lies in a freed page of B's file.
    a.set("survivor_identity", identity, {{QStringLiteral("name"), QStringLiteral("Ilsabet Quornwald-Adler")}});
    const QString beforeWithdrawal = a.exportFor({&b});
    b.merge(beforeWithdrawal);
    sealed += sealedValues(b, s);
    // The scan below finds a sealed value where one is: here, in the backup.
    CHECK(readFile(b.backup()).contains(sealed.last()));

    a.set("consent", consent, {{QStringLiteral("withdrawn_at"), QStringLiteral("2026-03-02T10:00:00Z")},
                                {QStringLiteral("withdrawn_reason"), QStringLiteral("asked to stop sharing")}});
    Result<std::vector<Row>> recall = a.store->select(QStringLiteral("recall"));
    REQUIRE((recall && recall->size() == 1));
    CHECK(recall->front().value(QStringLiteral("recipient")).toUuid() == b.store->officeId());
    CHECK(recall->front().text(QStringLiteral("kind")) == QStringLiteral("withdrawn"));

    const int audited = auditedErasures(b);
    const MergeSummary merged = send(a, b);
    CHECK(merged.erased == 1);
    CHECK(merged.erasureProblem.isEmpty());
    CHECK(auditedErasures(b) == audited + 1);
    requireErasedEverywhere(b, s, sealed);
    Result<bool> pending = recalls::scrubPending(*b.store);
    REQUIRE(pending);
    CHECK_FALSE(*pending);

    // The office that recorded it keeps it: only the partner's copy was recalled.
    CHECK(openedName(a, s) == QStringLiteral("Ilsabet Quornwald-Adler"));

    // A bundle made before the withdrawal, merged late, does not bring it back.
    const MergeSummary late = b.merge(beforeWithdrawal);
    CHECK(late.erased == 0);
    requireErasedEverywhere(b, s, sealed);
    // Nor does everything sent again.
    send(a, b, true);
    CHECK(openedName(b, s).isEmpty());

    // A consent given after the recall brings it back.
    identityConsent(a, s, b);
    send(a, b);
    CHECK(openedName(b, s) == QStringLiteral("Ilsabet Quornwald-Adler"));
}

TEST_CASE("erasing an identity at its origin recalls every copy, through relays", "[sync][recall]")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("North Bay"), dir);
    Office b(QStringLiteral("Harbourside Shelter"), dir);
    Office c(QStringLiteral("Eastgate Labour Inspectorate"), dir);
    trustEachOther({&a, &b});
    trustEachOther({&b, &c});

    const QUuid s = a.insert("survivor", {{QStringLiteral("code"), QStringLiteral("NB-2026-0002")},
                                           {QStringLiteral("sharing"), QStringLiteral("network")}});
    a.insert("survivor_identity", {{QStringLiteral("survivor"), s}, {QStringLiteral("name"), QStringLiteral("Teodora Pellwyn")}});
    send(b, a); // A learns of C from B's directory
    identityConsent(a, s, b);
    identityConsent(a, s, c);
    send(a, b);
    send(b, c);
    const QList<QByteArray> atA = sealedValues(a, s);
    const QList<QByteArray> atB = sealedValues(b, s);
    const QList<QByteArray> atC = sealedValues(c, s);
    REQUIRE(openedName(c, s) == QStringLiteral("Teodora Pellwyn"));
    a.backup();

    // Bad input changes nothing.
    const QString before = a.dump();
    CHECK_FALSE(erasure::eraseIdentity(*a.store, s, QStringLiteral("  ")));
    CHECK_FALSE(erasure::eraseIdentity(*a.store, QUuid::createUuid(), QStringLiteral("asked by the survivor")));
    CHECK_FALSE(erasure::findSurvivor(*a.store, QStringLiteral("NB-2026-9999")));
    CHECK(a.dump() == before);

    Result<erasure::Receipt> receipt = erasure::eraseIdentity(*a.store, s, QStringLiteral("asked by the survivor"));
    INFO((receipt ? QString() : receipt.error().text()).toStdString());
    REQUIRE(receipt);
    CHECK(receipt->everywhere);
    CHECK(receipt->pending.isEmpty());
    CHECK(receipt->backupsRewritten >= 1);
    requireErasedEverywhere(a, s, atA);
    // Erased once is enough.
    CHECK_FALSE(erasure::eraseIdentity(*a.store, s, QStringLiteral("again")));

    CHECK(send(a, b).erased == 1);
    requireErasedEverywhere(b, s, atB);
    CHECK(send(b, c).erased == 1);
    requireErasedEverywhere(c, s, atC);
    CHECK(openedName(c, s).isEmpty());
    // The case stays, without a name.
    Result<Row> survivor = c.store->get(QStringLiteral("survivor"), s);
    REQUIRE(survivor);
    CHECK_FALSE(survivor->deleted);
}

TEST_CASE("an office erases its copy of a partner's identity and only its copy", "[sync][recall]")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("North Bay"), dir);
    Office b(QStringLiteral("Harbourside Shelter"), dir);
    trustEachOther({&a, &b});
    const QUuid s = a.insert("survivor", {{QStringLiteral("code"), QStringLiteral("NB-2026-0003")}});
    a.insert("survivor_identity", {{QStringLiteral("survivor"), s}, {QStringLiteral("name"), QStringLiteral("Corvin Adelmar")}});
    identityConsent(a, s, b);
    send(a, b);
    const QList<QByteArray> atB = sealedValues(b, s);
    b.backup();

    Result<erasure::Receipt> receipt = erasure::eraseIdentity(*b.store, s, QStringLiteral("case handed back"));
    INFO((receipt ? QString() : receipt.error().text()).toStdString());
    REQUIRE(receipt);
    CHECK_FALSE(receipt->everywhere);
    requireErasedEverywhere(b, s, atB);

    // Sent again in full, it does not come back here; the origin keeps its own.
    send(a, b, true);
    CHECK(openedName(b, s).isEmpty());
    send(b, a);
    CHECK(openedName(a, s) == QStringLiteral("Corvin Adelmar"));
}
