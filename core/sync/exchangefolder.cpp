#include "exchangefolder.h"

#include "seats.h"

#include "partners.h"
#include "store/store.h"
#include "util/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::ExchangeFolder)
};

// A bundle written or changed this recently may still be arriving (a copy to a share or a stick
// in progress): when it cannot be merged, it is tried again at a later pass rather than set aside.
constexpr qint64 kSettleMs = 10'000;

const QString kFolderMeta = QStringLiteral("exchange_folder");

struct Name {
    QByteArray from;
    QByteArray to;
    qint64 seq = 0;
};

std::optional<Name> parseName(const QString& file)
{
    static const QRegularExpression pattern(QStringLiteral("^tandem-([0-9a-f]{32})-([0-9a-f]{32})-(\\d{1,18})\\.bundle$"));
    const QRegularExpressionMatch m = pattern.match(file);
    if (!m.hasMatch())
        return std::nullopt;
    return Name{QByteArray::fromHex(m.captured(1).toLatin1()), QByteArray::fromHex(m.captured(2).toLatin1()), m.captured(3).toLongLong()};
}

QString bundleName(const QByteArray& from, const QByteArray& to, qint64 seq)
{
    return QStringLiteral("tandem-%1-%2-%3.bundle")
        .arg(QString::fromLatin1(from.toHex()), QString::fromLatin1(to.toHex()))
        .arg(seq, 12, 10, QLatin1Char('0'));
}

struct Seen {
    qint64 size = -1;
    qint64 modified = -1;
    bool outgoing = false;
    QByteArray partner;
    qint64 seq = 0;
    QString outcome;
};

Result<QHash<QString, Seen>> seenBundles(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT name, size, modified, outgoing, partner, seq, outcome FROM folder_bundle"));
    if (!q)
        return q.error();
    QHash<QString, Seen> out;
    while (q->next())
        out.insert(q->value(0).toString(), Seen{q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toBool(),
                                                q->value(4).toByteArray(), q->value(5).toLongLong(), q->value(6).toString()});
    return out;
}

Result<void> record(Store& store, const QString& name, const QByteArray& partner, bool outgoing, qint64 seq, const QFileInfo& file,
                    const QString& outcome, const QString& reason = {})
{
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("INSERT INTO folder_bundle (name, partner, outgoing, seq, size, modified, outcome, reason, at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET partner = excluded.partner, "
                       "outgoing = excluded.outgoing, seq = excluded.seq, size = excluded.size, modified = excluded.modified, "
                       "outcome = excluded.outcome, reason = excluded.reason, at = excluded.at"),
        {name, partner, outgoing, seq, file.size(), file.lastModified().toMSecsSinceEpoch(), outcome,
         reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason), store.wallClock() / 1000});
    if (!q)
        return q.error();
    return {};
}

Result<void> forget(Store& store, const QString& name)
{
    if (Result<QSqlQuery> q = store.exec(QStringLiteral("DELETE FROM folder_bundle WHERE name = ?"), {name}); !q)
        return q.error();
    return {};
}

Result<void> notePartner(Store& store, const QByteArray& partner, const QString& assignments, const QVariantList& binds)
{
    if (Result<QSqlQuery> q = store.exec(QStringLiteral("INSERT INTO folder_partner (partner) VALUES (?) ON CONFLICT DO NOTHING"), {partner}); !q)
        return q.error();
    QVariantList all = binds;
    all << partner;
    if (Result<QSqlQuery> q = store.exec(QStringLiteral("UPDATE folder_partner SET %1 WHERE partner = ?").arg(assignments), all); !q)
        return q.error();
    return {};
}

Result<void> checkFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (folder.isEmpty() || !info.exists())
        return makeError(Texts::tr("the exchange folder does not exist (is the share or the stick there?)"), folder);
    if (!info.isDir())
        return makeError(Texts::tr("this is a file, not a folder"), folder);
    // Whether it can be written is known by writing: permissions alone do not tell a read-only
    // mount or a full disk.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".tandem-probe-XXXXXX")));
    if (!probe.open() || probe.write("x", 1) != 1 || !probe.flush())
        return makeError(Texts::tr("the exchange folder cannot be written (read only, or the disk is full): %1").arg(probe.errorString()),
                         folder);
    return {};
}

// Moves `path` into the folder's "set aside" folder with a text file that says why. Returns the
// reason as recorded.
void setAside(const QString& folder, const QString& path, const QString& reason)
{
    const QDir aside(QDir(folder).filePath(QString::fromLatin1(kSetAsideFolder)));
    QDir().mkpath(aside.path());
    const QString name = QFileInfo(path).fileName();
    QString target = aside.filePath(name);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = aside.filePath(QStringLiteral("%1 (%2)").arg(name).arg(n));
    if (!QFile::rename(path, target))
        return;
    QFile note(target + QStringLiteral(".txt"));
    if (note.open(QIODevice::WriteOnly | QIODevice::Truncate))
        note.write(reason.toUtf8() + '\n');
}

} // namespace

qint64 FolderPass::conflicts() const
{
    qint64 n = 0;
    for (const MergeSummary& m : merged)
        n += m.conflicts + m.codeClashes;
    return n;
}

namespace {

// Whom the folder carries bundles for: each trusted partner office (what any machine of it has
// acknowledged), and each other machine of this office (sync/seats.h).
Result<std::vector<Partner>> folderRecipients(const Store& store)
{
    Result<std::vector<Partner>> out = partners(store);
    if (!out)
        return out.error();
    for (Partner& p : *out) {
        Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT max(acked_seq) FROM partner WHERE coalesce(office, site) = ? "
                                                        "AND revoked_at IS NULL AND seat = 0"),
                                         {p.site});
        if (!q || !q->next())
            return q ? makeError(Texts::tr("cannot read the partner offices")) : q.error();
        p.ackedSeq = std::max(p.ackedSeq, q->value(0).toLongLong());
    }
    Result<std::vector<Seat>> machines = seats(store);
    if (!machines)
        return machines.error();
    for (const Seat& m : *machines)
        out->push_back(m.machine);
    return out;
}

// The key the folder keeps a sender's state under: a machine of a partner office under its
// office (one bundle goes to the office), another machine of this office under its own site.
QByteArray folderKey(const Store& store, const QByteArray& site)
{
    Result<std::optional<Partner>> p = partnerBySite(store, site);
    return p && *p && !(*p)->seat ? (*p)->office : site;
}

} // namespace

Result<FolderPass> syncFolder(Store& store, const OfficeKeys& keys, const QString& folderPath, const ExchangeProgress& progress)
{
    if (Result<void> ok = checkFolder(folderPath); !ok)
        return ok.error();
    const QDir folder(folderPath);
    FolderPass pass;
    const QByteArray self = store.siteId();
    Result<QHash<QString, Seen>> seen = seenBundles(store);
    if (!seen)
        return seen.error();

    // What is in the folder under a bundle's name.
    struct Present {
        QString name;
        Name parsed;
        QFileInfo info;
    };
    std::vector<Present> incoming;
    std::vector<Present> ours;
    for (const QFileInfo& f : folder.entryInfoList({QStringLiteral("tandem-*.bundle")}, QDir::Files)) {
        const std::optional<Name> n = parseName(f.fileName());
        if (!n)
            continue;
        if ((n->to == self || n->to == store.officeSite()) && n->from != self)
            incoming.push_back({f.fileName(), *n, f});
        else if (n->from == self)
            ours.push_back({f.fileName(), *n, f});
    }

    // 1. Merge what partners wrote for this office, oldest first per partner; a bundle already
    // taken (same name, size and time) is not taken again.
    std::sort(incoming.begin(), incoming.end(), [](const Present& a, const Present& b) {
        return a.parsed.from != b.parsed.from ? a.parsed.from < b.parsed.from : a.parsed.seq < b.parsed.seq;
    });
    bool stopped = false;
    for (size_t n = 0; n < incoming.size(); ++n) {
        const Present& p = incoming[n];
        const auto it = seen->constFind(p.name);
        if (it != seen->cend() && it->size == p.info.size() && it->modified == p.info.lastModified().toMSecsSinceEpoch())
            continue;
        const QString path = p.info.absoluteFilePath();
        const ExchangeProgress step = [&](double fraction) {
            stopped = progress && !progress((double(n) + fraction) / double(incoming.size()));
            return !stopped;
        };
        Result<MergeSummary> merged = mergeBundle(store, keys, path, step);
        if (!merged && stopped)
            return makeError(Texts::tr("the exchange was cancelled: the bundles merged before stay merged, and the one "
                                       "being merged was left as it was for the next exchange"),
                             folderPath);
        if (merged) {
            pass.merged.push_back(*merged);
            pass.mergedFiles << p.name;
            // Taken in: it was for this office alone, so it goes (its writer would delete it
            // on this office's acknowledgement anyway). Where it cannot be deleted (a share
            // this office may only read from), it is remembered as merged.
            if (!QFile::remove(path)) {
                if (Result<void> r = record(store, p.name, p.parsed.from, false, p.parsed.seq, p.info, QStringLiteral("merged")); !r)
                    return r.error();
            }
            const qint64 now = store.wallClock() / 1000;
            if (Result<void> r = notePartner(store, folderKey(store, p.parsed.from),
                                             merged->rowsInBundle > 0 ? QStringLiteral("last_merged_at = ?, ack_due = 1")
                                                                      : QStringLiteral("last_merged_at = ?"),
                                             {now});
                !r)
                return r.error();
            continue;
        }
        // For a person who may read identities: left where it is, for their pass.
        if (merged.error().code == kNeedsIdentityKey) {
            pass.forIdentities << p.name;
            continue;
        }
        // Not the bundle's fault (the file could not be written, say): the pass stops, and the
        // next one starts again from here.
        if (merged.error().context != path)
            return merged.error();
        QFileInfo after(path);
        after.refresh();
        const qint64 nowMs = store.wallClock();
        const bool arriving = !after.exists() || after.size() != p.info.size() || after.lastModified() != p.info.lastModified()
                              || nowMs - after.lastModified().toMSecsSinceEpoch() < kSettleMs;
        if (arriving) {
            pass.waiting << p.name;
            continue;
        }
        setAside(folderPath, path, merged.error().message);
        pass.setAside.push_back({p.name, merged.error().message});
        if (Result<void> r = record(store, p.name, p.parsed.from, false, p.parsed.seq, p.info, QStringLiteral("set_aside"),
                                    merged.error().message);
            !r)
            return r.error();
    }

    // 2. Bundles of ours the partner has merged (its acknowledgement came back) go; bundles under
    // this office's name that this file never wrote are another copy's.
    Result<std::vector<Partner>> trusted = folderRecipients(store);
    if (!trusted)
        return trusted.error();
    QHash<QByteArray, qint64> acked;
    for (const Partner& p : *trusted)
        acked.insert(p.site, p.ackedSeq);
    // Machines removed from the office get nothing more: what was written for them goes.
    Result<std::vector<Seat>> removed = seats(store, true);
    if (!removed)
        return removed.error();
    QSet<QByteArray> cutOff;
    for (const Seat& m : *removed) {
        if (m.removedAt.isValid())
            cutOff.insert(m.machine.site);
    }
    for (const Present& p : ours) {
        const auto it = seen->constFind(p.name);
        if (it == seen->cend() || !it->outgoing) {
            pass.foreign << p.name;
            continue;
        }
        if (cutOff.contains(p.parsed.to) || (acked.contains(p.parsed.to) && p.parsed.seq <= acked.value(p.parsed.to))) {
            if (QFile::remove(p.info.absoluteFilePath())) {
                pass.removed << p.name;
                if (Result<void> r = forget(store, p.name); !r)
                    return r.error();
            }
        }
    }

    // 3. For each trusted partner, a bundle of what it has not acknowledged, when something
    // changed here since the last one (or the partner waits for an acknowledgement).
    for (const Partner& p : *trusted) {
        Result<QSqlQuery> state = store.exec(QStringLiteral("SELECT written_seq, ack_due FROM folder_partner WHERE partner = ?"), {p.site});
        if (!state)
            return state.error();
        const bool known = state->next();
        const qint64 writtenSeq = known ? state->value(0).toLongLong() : 0;
        const bool ackDue = known && state->value(1).toBool();
        state->finish();
        const qint64 seq = store.localSeq();
        if (seq <= writtenSeq && !ackDue)
            continue;
        const QString name = bundleName(self, p.site, seq);
        const QString temporary = folder.filePath(QStringLiteral(".") + name + QStringLiteral(".partial"));
        QFile::remove(temporary);
        ExportOptions options;
        options.recipients << p.site;
        options.skipIfEmpty = !ackDue;
        options.finalName = name;
        Result<ExportSummary> exported = exportBundle(store, keys, options, temporary);
        if (!exported) {
            QFile::remove(temporary);
            return makeError(Texts::tr("no bundle could be written for %1: %2").arg(p.name, exported.error().message), folderPath);
        }
        const qint64 now = store.wallClock() / 1000;
        if (exported->rows == 0 && !ackDue) {
            if (Result<void> r = notePartner(store, p.site, QStringLiteral("written_seq = ?"), {seq}); !r)
                return r.error();
            continue;
        }
        if (!replaceFile(temporary, folder.filePath(name))) {
            QFile::remove(temporary);
            return makeError(Texts::tr("the bundle for %1 could not be put in the folder").arg(p.name), folderPath);
        }
        pass.written << name;
        if (Result<void> r = record(store, name, p.site, true, seq, QFileInfo(folder.filePath(name)), QStringLiteral("written")); !r)
            return r.error();
        if (Result<void> r = notePartner(store, p.site, QStringLiteral("written_seq = ?, ack_due = 0, last_written_at = ?"), {seq, now}); !r)
            return r.error();
        // The new bundle carries everything the older ones for this partner did.
        for (const Present& old : ours) {
            if (old.parsed.to != p.site || old.name == name || pass.removed.contains(old.name) || pass.foreign.contains(old.name))
                continue;
            if (QFile::remove(old.info.absoluteFilePath())) {
                pass.removed << old.name;
                if (Result<void> r = forget(store, old.name); !r)
                    return r.error();
            }
        }
    }

    // 4. What the folder no longer holds is forgotten.
    for (auto it = seen->cbegin(); it != seen->cend(); ++it) {
        if (!QFileInfo::exists(folder.filePath(it.key())) && !pass.removed.contains(it.key())) {
            if (Result<void> r = forget(store, it.key()); !r)
                return r.error();
        }
    }
    return pass;
}

Result<std::vector<FolderPartner>> folderPartners(const Store& store)
{
    Result<std::vector<Partner>> trusted = folderRecipients(store);
    if (!trusted)
        return trusted.error();
    std::vector<FolderPartner> out;
    for (const Partner& p : *trusted) {
        FolderPartner f;
        f.site = p.site;
        f.name = p.name;
        f.seat = p.seat;
        Result<QSqlQuery> q = store.exec(
            QStringLiteral("SELECT written_seq, last_written_at, last_merged_at, "
                           "EXISTS (SELECT 1 FROM folder_bundle b WHERE b.partner = f.partner AND b.outgoing = 1) "
                           "FROM folder_partner f WHERE f.partner = ?"),
            {p.site});
        if (!q)
            return q.error();
        qint64 written = 0;
        if (q->next()) {
            written = q->value(0).toLongLong();
            if (!q->value(1).isNull())
                f.lastWritten = QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
            if (!q->value(2).isNull())
                f.lastMerged = QDateTime::fromSecsSinceEpoch(q->value(2).toLongLong(), Qt::UTC);
            f.waitingForPartner = q->value(3).toBool();
        }
        f.unsent = std::max<qint64>(0, store.localSeq() - written);
        out.push_back(f);
    }
    return out;
}

std::vector<SetAsideBundle> setAsideBundles(const QString& folder)
{
    std::vector<SetAsideBundle> out;
    const QDir aside(QDir(folder).filePath(QString::fromLatin1(kSetAsideFolder)));
    for (const QFileInfo& f : aside.entryInfoList(QDir::Files, QDir::Name)) {
        if (f.fileName().endsWith(QLatin1String(".txt")))
            continue;
        QFile note(f.absoluteFilePath() + QStringLiteral(".txt"));
        QString reason;
        if (note.open(QIODevice::ReadOnly))
            reason = QString::fromUtf8(note.readAll()).trimmed();
        // When it was set aside is when its note was written (the bundle keeps its own time).
        const QFileInfo noted(note.fileName());
        out.push_back({f.absoluteFilePath(), reason, (noted.exists() ? noted.lastModified() : f.lastModified()).toUTC()});
    }
    std::sort(out.begin(), out.end(), [](const SetAsideBundle& a, const SetAsideBundle& b) { return a.at > b.at; });
    return out;
}

Result<QString> exchangeFolder(const Store& store)
{
    Result<QVariant> v = store.meta(kFolderMeta);
    if (!v)
        return v.error();
    return v->toString();
}

Result<void> setExchangeFolder(Store& store, const QString& folder)
{
    return store.setMeta(kFolderMeta, folder);
}

} // namespace tandem
