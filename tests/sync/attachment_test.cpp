// Attachments (issue 21): files kept in the .tandem file in sealed chunks named by a keyed hash,
// stored once however many records share them, read back whole and checked; and carried in bundles
// only where their record may go (a survivor's under its identity's consent), refused whole when a
// part is missing.

#include "craftedbundle.h"

#include "store/attachmentstore.h"
#include "store/value.h"
#include "domain/erasure.h"
#include "sync/payload.h"

#include <QBuffer>
#include <QDir>
#include <QSqlQuery>

#include <algorithm>

using namespace tandem;
using namespace tandem::test;

namespace {

const QByteArray kMarker = QByteArrayLiteral("MARKER-FLOORPLAN-4417");

// A file of `size` bytes holding the marker throughout, so that any plaintext copy shows.
QString makeFile(QTemporaryDir& dir, const QString& name, qint64 size, char salt = 'a')
{
    QByteArray bytes;
    bytes.reserve(size);
    qint64 n = 0;
    while (bytes.size() < size) {
        bytes += kMarker + QByteArray::number(n++) + salt;
    }
    bytes.truncate(size);
    const QString path = dir.filePath(name);
    write(path, bytes);
    return path;
}

qint64 count(Store& s, const QString& sql)
{
    Result<QSqlQuery> q = s.exec(sql);
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

// Every file of the office on disk (the database, its journal), searched for the marker.
bool plaintextOnDisk(const Office& o)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile f(o.path + suffix);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(kMarker))
            return true;
    }
    return false;
}

QUuid operation(Office& o, const QString& sharing = QStringLiteral("partners"))
{
    return o.insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Nightjar")},
                                  {QStringLiteral("sharing"), sharing}});
}

QByteArray extracted(Office& o, const QUuid& id)
{
    Result<attachments::Attachment> a = attachments::find(*o.store, id);
    REQUIRE(a);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Result<void> r = attachments::read(*o.store, *o.keys, *a, buffer);
    INFO((r ? QString() : r.error().text()).toStdString());
    REQUIRE(r);
    return bytes;
}

} // namespace

TEST_CASE("a file is kept in sealed chunks, once however many records share it, and read back whole")
{
    QTemporaryDir dir;
    Office o(QStringLiteral("North Unit"), dir);
    const QUuid op = operation(o);
    const QUuid other = operation(o);
    // Two and a half chunks: three chunks, the last short.
    const qint64 size = 2 * attachments::kChunkSize + attachments::kChunkSize / 2;
    const QString path = makeFile(dir, QStringLiteral("plan.pdf"), size);
    Result<QUuid> first = attachments::attach(*o.store, *o.keys, QStringLiteral("operation"), op, path, QStringLiteral("Floor plan"));
    REQUIRE(first);
    CHECK(count(*o.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 3);
    Result<attachments::Attachment> a = attachments::find(*o.store, *first);
    REQUIRE(a);
    CHECK(a->title == QStringLiteral("Floor plan"));
    CHECK(a->fileName == QStringLiteral("plan.pdf"));
    CHECK(a->size == size);
    CHECK(a->chunks.size() == 3);
    CHECK(extracted(o, *first) == read(path));

    // The same file on another record: no chunk written again.
    Result<QUuid> second = attachments::attach(*o.store, *o.keys, QStringLiteral("operation"), other, path);
    REQUIRE(second);
    CHECK(count(*o.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 3);
    CHECK(attachments::find(*o.store, *second)->title == QStringLiteral("plan.pdf"));

    // Encrypted at rest: not a byte of the file in plaintext in the database or its journal.
    REQUIRE(o.store->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    CHECK_FALSE(plaintextOnDisk(o));

    // A file written out whole, or not at all.
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    REQUIRE(attachments::extract(*o.store, *o.keys, *first, out));
    CHECK(read(out) == read(path));
    CHECK_FALSE(attachments::extract(*o.store, *o.keys, *first, dir.filePath(QStringLiteral("no-such-folder/out.pdf"))));

    SECTION("deleting the records lets the bytes go when the file closes, not before (an undo finds them)")
    {
        REQUIRE(o.store->remove(QStringLiteral("operation_attachment"), *first));
        CHECK(count(*o.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 3);
        REQUIRE(attachments::collectGarbage(*o.store));
        CHECK(count(*o.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 3); // the other still names them
        // Deleting the owner deletes its attachment; the bytes go at the close.
        REQUIRE(o.store->remove(QStringLiteral("operation"), other));
        CHECK(attachments::list(*o.store, QStringLiteral("operation"), other)->empty());
        o.reopen();
        CHECK(count(*o.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 0);
    }
    SECTION("a part altered or missing is an error naming the attachment")
    {
        Result<QSqlQuery> q = o.store->exec(QStringLiteral("UPDATE attachment_chunk SET data = ? WHERE name = ?"),
                                            {QByteArray(200, 'x'), a->chunks[1]});
        REQUIRE(q);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        Result<void> altered = attachments::read(*o.store, *o.keys, *a, sink);
        REQUIRE_FALSE(altered);
        CHECK(altered.error().context == QStringLiteral("operation_attachment ") + value::idText(*first));
        CHECK(altered.error().message.contains(QStringLiteral("does not open with this office's key")));
        REQUIRE(o.store->exec(QStringLiteral("DELETE FROM attachment_chunk WHERE name = ?"), {a->chunks[0]}));
        Result<void> missing = attachments::extract(*o.store, *o.keys, *first, out);
        REQUIRE_FALSE(missing);
        CHECK(missing.error().message.contains(QStringLiteral("missing")));
        CHECK(read(out) == read(path)); // the earlier file is as it was
    }
}

TEST_CASE("an attachment too large, unreadable or badly named is refused and nothing is kept")
{
    QTemporaryDir dir;
    Office o(QStringLiteral("North Unit"), dir);
    const QUuid op = operation(o);
    REQUIRE(attachments::setLimit(*o.store, 1'000'000));
    const QString big = makeFile(dir, QStringLiteral("big.bin"), 1'500'000);
    const QString before = dumpText(*o.store, true);
    Result<QUuid> tooBig = attachments::attach(*o.store, *o.keys, QStringLiteral("operation"), op, big);
    REQUIRE_FALSE(tooBig);
    CHECK(tooBig.error().context == big);
    CHECK(tooBig.error().message.contains(QStringLiteral("larger than the 1")));
    CHECK_FALSE(attachments::attach(*o.store, *o.keys, QStringLiteral("operation"), op, dir.filePath(QStringLiteral("gone.pdf"))));
    CHECK_FALSE(attachments::attach(*o.store, *o.keys, QStringLiteral("operation"), op, dir.path()));
    CHECK_FALSE(attachments::attach(*o.store, *o.keys, QStringLiteral("floor"), op, big));
    CHECK(dumpText(*o.store, true) == before);
    CHECK(count(*o.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 0);
    CHECK_FALSE(attachments::setLimit(*o.store, 10));

    // A name with folders or control characters, as a partner's row or a typed one would give it.
    for (const QString& name : {QStringLiteral("../etc/passwd"), QStringLiteral("a\\b.pdf"), QStringLiteral("plan\u0007.pdf"),
                                QStringLiteral(".."), QStringLiteral("x\u202e.pdf")}) {
        INFO(name.toStdString());
        CHECK_FALSE(attachments::fileNameProblem(name).isEmpty());
        Result<QUuid> row = o.store->insert(QStringLiteral("operation_attachment"),
                                            {{QStringLiteral("operation"), op}, {QStringLiteral("title"), QStringLiteral("x")},
                                             {QStringLiteral("file_name"), name}, {QStringLiteral("size"), 0},
                                             {QStringLiteral("chunks"), QStringLiteral("[]")},
                                             {QStringLiteral("attached_at"), QStringLiteral("2026-12-01T10:00:00Z")}});
        CHECK_FALSE(row);
    }
    CHECK(attachments::fileNameProblem(QStringLiteral("Plan d’étage – rez.pdf")).isEmpty());
}

TEST_CASE("a survivor's attachment is sealed to the identity key: its title and bytes need a lead's or liaison's key")
{
    QTemporaryDir dir;
    Office o(QStringLiteral("North Unit"), dir);
    const QUuid s = o.insert("survivor", {{QStringLiteral("code"), QStringLiteral("NU-2026-0001")}});
    const QString path = makeFile(dir, QStringLiteral("referral-letter.pdf"), 5000);
    Result<QUuid> id = attachments::attach(*o.store, *o.keys, QStringLiteral("survivor"), s, path, QStringLiteral("Referral letter"));
    REQUIRE(id);
    CHECK(count(*o.store, QStringLiteral("SELECT identifying FROM attachment_chunk")) == 1);
    // Read without the identity key: locked.
    Result<attachments::Attachment> locked = attachments::find(*o.store, *id);
    REQUIRE(locked);
    CHECK(locked->locked);
    CHECK(locked->title.isEmpty());
    const OfficeKeys planner = o.keys->copy(false);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    Result<void> refused = attachments::read(*o.store, planner, *locked, sink);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("a lead's or liaison's passphrase")));
    // With it: open.
    IdentityKeysScope unlocked(*o.store, *o.keys);
    Result<attachments::Attachment> open = attachments::find(*o.store, *id);
    REQUIRE(open);
    CHECK(open->title == QStringLiteral("Referral letter"));
    CHECK(extracted(o, *id) == read(path));
    REQUIRE(o.store->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    CHECK_FALSE(plaintextOnDisk(o));
    QFile raw(o.path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("Referral letter"));
}

TEST_CASE("attachments travel with their record, and only where it may go")
{
    Pair p;
    const QString path = makeFile(p.dir, QStringLiteral("entrances.jpg"), attachments::kChunkSize + 10);
    const QUuid shared = operation(p.a);
    const QUuid kept = operation(p.a, QStringLiteral("office"));
    Result<QUuid> plan = attachments::attach(*p.a.store, *p.a.keys, QStringLiteral("operation"), shared, path);
    REQUIRE(plan);
    Result<QUuid> secret = attachments::attach(*p.a.store, *p.a.keys, QStringLiteral("operation"), kept,
                                               makeFile(p.dir, QStringLiteral("informant.jpg"), 3000, 'z'));
    REQUIRE(secret);

    const QString bundle = p.a.exportFor({&p.b});
    CHECK_FALSE(read(bundle).contains(kMarker));
    const MergeSummary merged = p.b.merge(bundle);
    CHECK(merged.attachmentBytes == attachments::kChunkSize + 10);
    CHECK(extracted(p.b, *plan) == read(path));
    CHECK_FALSE(attachments::find(*p.b.store, *secret));
    CHECK(count(*p.b.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 2);
    REQUIRE(p.b.store->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    CHECK_FALSE(plaintextOnDisk(p.b));
    // The same state of the shared records on both sides once they have exchanged.
    p.a.merge(p.b.exportFor({&p.a}));
    CHECK(p.b.dump() == p.a.dump());

    SECTION("a survivor's attachment goes only under a consent for the recipient")
    {
        const QUuid s = p.a.insert("survivor", {{QStringLiteral("code"), QStringLiteral("SO-2026-0001")}});
        Result<QUuid> letter = attachments::attach(*p.a.store, *p.a.keys, QStringLiteral("survivor"), s,
                                                   makeFile(p.dir, QStringLiteral("letter.pdf"), 4000, 'q'), QStringLiteral("Letter"));
        REQUIRE(letter);
        p.b.merge(p.a.exportFor({&p.b}));
        CHECK(attachments::find(*p.b.store, s).error().message.contains(QStringLiteral("no attachment")));
        CHECK_FALSE(attachments::find(*p.b.store, *letter));
        p.a.insert("consent", {{QStringLiteral("survivor"), s},
                               {QStringLiteral("recipient_office"), p.b.store->officeId()},
                               {QStringLiteral("scope"), QStringLiteral("identity")},
                               {QStringLiteral("given_at"), QStringLiteral("2026-03-01T10:00:00Z")}});
        // A consent given later sends what was held back: here the full bundle.
        p.b.merge(p.a.exportFor({&p.b}, true));
        IdentityKeysScope unlocked(*p.b.store, *p.b.keys);
        Result<attachments::Attachment> got = attachments::find(*p.b.store, *letter);
        REQUIRE(got);
        CHECK(got->title == QStringLiteral("Letter"));
        CHECK(count(*p.b.store, QStringLiteral("SELECT count(*) FROM attachment_chunk WHERE identifying = 1")) == 1);
    }
}

TEST_CASE("a merge's progress goes on through the attached files' parts, and a cancel there keeps nothing")
{
    Pair p;
    const QUuid op = operation(p.a);
    const QString path = makeFile(p.dir, QStringLiteral("plan.pdf"), 3 * attachments::kChunkSize + 5);
    Result<QUuid> plan = attachments::attach(*p.a.store, *p.a.keys, QStringLiteral("operation"), op, path);
    REQUIRE(plan);
    const QString bundle = p.a.exportFor({&p.b});
    const QString before = p.b.dump();

    SECTION("each part moves it on, up to the end")
    {
        std::vector<double> seen;
        Result<MergeSummary> merged = mergeBundle(*p.b.store, *p.b.keys, bundle, [&seen](double f) {
            seen.push_back(f);
            return true;
        });
        REQUIRE(merged);
        REQUIRE_FALSE(seen.empty());
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        // The rows end at 0.7; the four parts take the rest, one step each.
        const auto parts = std::count_if(seen.begin(), seen.end(), [](double f) { return f > 0.7 + 1e-9; });
        CHECK(parts == 4);
        CHECK(seen.back() == Approx(1.0));
    }
    SECTION("a cancel while the parts are read")
    {
        int parts = 0;
        Result<MergeSummary> merged = mergeBundle(*p.b.store, *p.b.keys, bundle, [&parts](double f) {
            return f <= 0.7 + 1e-9 || ++parts < 2;
        });
        REQUIRE_FALSE(merged);
        CHECK(merged.error().message == QStringLiteral("merge cancelled"));
        CHECK(p.b.dump() == before);
        CHECK(count(*p.b.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 0);
        CHECK_FALSE(attachments::find(*p.b.store, *plan));
    }
}

TEST_CASE("a bundle whose attachment lacks a part, or carries a malformed one, is refused whole")
{
    Pair p;
    const QUuid op = operation(p.a);
    const QString path = makeFile(p.dir, QStringLiteral("plan.png"), 2 * attachments::kChunkSize);
    Result<QUuid> plan = attachments::attach(*p.a.store, *p.a.keys, QStringLiteral("operation"), op, path);
    REQUIRE(plan);
    SECTION("a part missing from the bundle's list")
    {
        const QString crafted = resealed(p, [](QSqlDatabase& db) {
            sql(db, QStringLiteral("DELETE FROM chunk WHERE rowid = (SELECT min(rowid) FROM chunk)"));
        });
        const Error e = refusal(p.b, crafted);
        CHECK(e.message.contains(QStringLiteral("operation_attachment %1: a part of its file is neither in the bundle nor "
                                                "in this file").arg(value::idText(*plan))));
        CHECK(count(*p.b.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 0);
    }
    SECTION("a part with a name that is none")
    {
        const QString crafted = resealed(p, [](QSqlDatabase& db) {
            sql(db, QStringLiteral("UPDATE chunk SET name = '../../x' WHERE rowid = (SELECT min(rowid) FROM chunk)"));
        });
        CHECK(refusal(p.b, crafted).message.contains(QStringLiteral("malformed")));
    }
    SECTION("a part larger than a chunk")
    {
        const QString crafted = resealed(p, [](QSqlDatabase& db) {
            sql(db, QStringLiteral("UPDATE chunk SET size = %1 WHERE rowid = (SELECT min(rowid) FROM chunk)").arg(attachments::kChunkSize + 1));
        });
        CHECK(refusal(p.b, crafted).message.contains(QStringLiteral("malformed")));
    }
    SECTION("the parts listed but not carried")
    {
        // The payload sealed again on its own: the records that followed it are gone.
        const QString crafted = resealed(p, [](QSqlDatabase&) {});
        CHECK(refusal(p.b, crafted).message.contains(QStringLiteral("lists a part of an attached file it does not carry")));
    }
    SECTION("a row whose size does not match its parts")
    {
        const QString crafted = resealed(p, [](QSqlDatabase& db) { sql(db, QStringLiteral("UPDATE operation_attachment SET size = 7")); });
        CHECK(refusal(p.b, crafted).message.contains(QStringLiteral("the size does not match")));
    }
}

TEST_CASE("erasing a survivor's identity erases the survivor's attached files here and at the partner given them")
{
    Pair p;
    const QUuid s = p.a.insert("survivor", {{QStringLiteral("code"), QStringLiteral("SO-2026-0007")}});
    p.a.insert("survivor_identity", {{QStringLiteral("survivor"), s}, {QStringLiteral("name"), QStringLiteral("Ilse Marrow")}});
    p.a.insert("consent", {{QStringLiteral("survivor"), s},
                           {QStringLiteral("recipient_office"), p.b.store->officeId()},
                           {QStringLiteral("scope"), QStringLiteral("identity")},
                           {QStringLiteral("given_at"), QStringLiteral("2026-03-01T10:00:00Z")}});
    Result<QUuid> letter = attachments::attach(*p.a.store, *p.a.keys, QStringLiteral("survivor"), s,
                                               makeFile(p.dir, QStringLiteral("id-copy.jpg"), 6000, 'k'), QStringLiteral("ID copy"));
    REQUIRE(letter);
    p.b.merge(p.a.exportFor({&p.b}));
    REQUIRE(attachments::find(*p.b.store, *letter));
    CHECK(count(*p.b.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 1);

    IdentityKeysScope unlocked(*p.a.store, *p.a.keys);
    Result<erasure::Receipt> erased = erasure::eraseIdentity(*p.a.store, s, QStringLiteral("the survivor asked"));
    INFO((erased ? QString() : erased.error().text()).toStdString());
    REQUIRE(erased);
    CHECK_FALSE(attachments::find(*p.a.store, *letter));
    CHECK(count(*p.a.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 0);

    p.b.merge(p.a.exportFor({&p.b}));
    CHECK_FALSE(attachments::find(*p.b.store, *letter));
    CHECK(count(*p.b.store, QStringLiteral("SELECT count(*) FROM attachment_chunk")) == 0);
}

TEST_CASE("a bundle's records follow its payload one at a time, and a bundle cut short is refused")
{
    Pair p;
    const QByteArray payload(100'000, 'p');
    std::vector<bundle::Record> records;
    for (int i = 0; i < 3; ++i)
        records.push_back({QString(64, QLatin1Char('a' + i)), i == 1, QByteArray(int(attachments::kChunkSize) - i, char('0' + i))});
    size_t next = 0;
    const bundle::RecordSource source = [&]() -> Result<std::optional<bundle::Record>> {
        if (next == records.size())
            return std::optional<bundle::Record>();
        return std::optional<bundle::Record>(records[next++]);
    };
    const QString path = p.dir.filePath(QStringLiteral("records.bundle"));
    const bundle::Sender sender{p.a.store->siteId(), p.a.card().fingerprint(), &*p.a.keys};
    REQUIRE(bundle::seal(QByteArrayView(payload), path, sender, {{p.b.store->siteId(), p.b.keys->publicKeys().box}}, {}, source));
    const auto trusted = [&](const QString&, const QByteArray&) { return std::optional<PublicKeys>(p.a.keys->publicKeys()); };
    Result<bundle::Opened> opened = bundle::open(path, p.b.store->siteId(), *p.b.keys, trusted);
    REQUIRE(opened);
    CHECK(QByteArray(reinterpret_cast<const char*>(opened->payload->data()), opened->payload->size()) == payload);
    REQUIRE(opened->records);
    for (const bundle::Record& want : records) {
        Result<std::optional<bundle::Record>> got = opened->records->next();
        REQUIRE(got);
        REQUIRE(*got);
        CHECK((*got)->name == want.name);
        CHECK((*got)->identifying == want.identifying);
        CHECK((*got)->data == want.data);
    }
    Result<std::optional<bundle::Record>> end = opened->records->next();
    REQUIRE(end);
    CHECK_FALSE(*end);

    // The bundle cut in the middle of its records: refused before anything of it is read (its
    // structure and signature cover the records too).
    QByteArray bytes = read(path);
    REQUIRE(bytes.size() > 4000);
    bytes.remove(bytes.size() - 2000, 1000);
    write(path, bytes);
    Result<bundle::Opened> cut = bundle::open(path, p.b.store->siteId(), *p.b.keys, trusted);
    REQUIRE_FALSE(cut);
    const QString why = cut.error().message;
    CHECK((why.contains(QStringLiteral("truncated")) || why.contains(QStringLiteral("damaged")) || why.contains(QStringLiteral("signature"))));
}
