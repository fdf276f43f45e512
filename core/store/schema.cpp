#include "schema.h"

#include "hlc.h"
#include "searchschema.h"

#include <algorithm>

namespace tandem::schema {
namespace {

// Statements beyond what the registry derives, per schema version. Append-only: never edit a
// step that has shipped; add a new one.
QStringList customStatements(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value)"),
        };
    case 2:
        // Exchange between offices (DESIGN.md §3). All local: none of these tables is exported.
        return {
            // Trusted partner offices and what we know of our exchange with each.
            QStringLiteral("CREATE TABLE partner (\n"
                           "  site BLOB PRIMARY KEY NOT NULL CHECK (length(site) = 16),\n"
                           "  name TEXT NOT NULL,\n"
                           "  sign_pk BLOB NOT NULL CHECK (length(sign_pk) = 32),\n"
                           "  box_pk BLOB NOT NULL CHECK (length(box_pk) = 32),\n"
                           "  fingerprint TEXT NOT NULL UNIQUE,\n"
                           "  trusted_at INTEGER NOT NULL,\n"
                           "  acked_seq INTEGER NOT NULL DEFAULT 0,\n"    // our local_seq they have merged
                           "  received_seq INTEGER NOT NULL DEFAULT 0,\n" // their local_seq we have merged
                           "  last_export_at INTEGER,\n"
                           "  last_merge_at INTEGER\n"
                           ")"),
            // Our version vector: per site, the highest clock of its versions we have seen.
            QStringLiteral("CREATE TABLE version_vector (\n"
                           "  site BLOB PRIMARY KEY NOT NULL CHECK (length(site) = 16),\n"
                           "  hlc BLOB NOT NULL CHECK (length(hlc) = 8)\n"
                           ")"),
            // Values that lost a concurrent edit in a merge, kept for review.
            QStringLiteral("CREATE TABLE merge_conflict (\n"
                           "  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),\n"
                           "  entity TEXT NOT NULL,\n"
                           "  row_id BLOB NOT NULL,\n"
                           "  field TEXT NOT NULL,\n"
                           "  kind TEXT NOT NULL CHECK (kind IN ('edit', 'delete')),\n"
                           "  kept_value,\n"
                           "  kept_version BLOB NOT NULL,\n"
                           "  other_value,\n"
                           "  other_version BLOB NOT NULL,\n"
                           "  sender_site BLOB NOT NULL,\n"
                           "  merged_at INTEGER NOT NULL,\n"
                           "  resolved_at INTEGER,\n"
                           "  resolution TEXT CHECK (resolution IN ('kept', 'took_other'))\n"
                           ")"),
            QStringLiteral("CREATE INDEX merge_conflict_open ON merge_conflict (resolved_at, merged_at)"),
            // Append-only log of exports, merges, unlocks and other sensitive acts; each entry
            // carries the hash of the previous one, so a removed or edited entry shows.
            QStringLiteral("CREATE TABLE audit_log (\n"
                           "  seq INTEGER PRIMARY KEY,\n"
                           "  at INTEGER NOT NULL,\n"
                           "  action TEXT NOT NULL,\n"
                           "  actor TEXT NOT NULL,\n"
                           "  subject TEXT NOT NULL,\n"
                           "  details TEXT NOT NULL,\n"
                           "  prev_hash BLOB NOT NULL,\n"
                           "  hash BLOB NOT NULL\n"
                           ")"),
            QStringLiteral("CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        };
    case 3:
        // The local full-text search index (searchschema.h). Never exported.
        return searchIndexStatements();
    case 4:
        // Trust and exchange that hold under faults (issue 15). All local.
        return {
            // How far our exports to each partner went (an acknowledgement beyond it is refused);
            // the partner's restore epoch as last seen in its bundles; when its trust was revoked
            // (the row stays, so that trusting it again resumes the exchange where it stood).
            // Files from before did not record what they sent: everything up to their sequence.
            QStringLiteral("ALTER TABLE partner ADD COLUMN sent_seq INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE partner SET sent_seq = coalesce((SELECT value FROM meta WHERE key = 'local_seq'), 0)"),
            QStringLiteral("ALTER TABLE partner ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE partner ADD COLUMN revoked_at INTEGER"),
            // Rows this office no longer shares that partners hold (un-shared here, or withdrawn
            // by a partner and relayed): exports carry a withdrawal for each, never their data.
            QStringLiteral("CREATE TABLE withdrawal (\n"
                           "  entity TEXT NOT NULL,\n"
                           "  id BLOB NOT NULL CHECK (length(id) = 16),\n"
                           "  version BLOB NOT NULL CHECK (length(version) = 24),\n"
                           "  seq INTEGER NOT NULL,\n"
                           "  PRIMARY KEY (entity, id)\n"
                           ")"),
            QStringLiteral("CREATE INDEX withdrawal_seq ON withdrawal (seq)"),
        };
    case 5:
        // People and rules (issue 17). All local.
        return {
            // The keyed audit chain (audit.h): each entry's MAC; entries from before stay unkeyed.
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN mac BLOB"),
            // The head of each partner's audit chain as its last bundle showed it (seq and hash),
            // and what was wrong when a later bundle showed a chain that went back or changed.
            QStringLiteral("ALTER TABLE partner ADD COLUMN audit_seq INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE partner ADD COLUMN audit_hash BLOB"),
            QStringLiteral("ALTER TABLE partner ADD COLUMN audit_problem TEXT"),
            // People and their key slots (DESIGN.md §7). Both local: a person of this office
            // never travels in a bundle (a partner can never add one), and a slot is a wrapping
            // of this office's secret keys with one person's passphrase.
            // roles: space-separated tokens of core/domain/people.h; removed_at: a removed person
            // stays for the names in the log, without a slot.
            QStringLiteral("CREATE TABLE person (\n"
                           "  id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),\n"
                           "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
                           "  roles TEXT NOT NULL CHECK (length(roles) > 0),\n"
                           "  agency BLOB CHECK (agency IS NULL OR length(agency) = 16),\n"
                           "  added_at INTEGER NOT NULL,\n"
                           "  removed_at INTEGER\n"
                           ")"),
            QStringLiteral("CREATE TABLE key_slot (\n"
                           "  person BLOB PRIMARY KEY NOT NULL REFERENCES person (id),\n"
                           "  salt BLOB NOT NULL,\n"
                           "  nonce BLOB NOT NULL,\n"
                           "  wrapped BLOB NOT NULL,\n"
                           "  kdf_ops INTEGER NOT NULL,\n"
                           "  kdf_mem INTEGER NOT NULL\n"
                           ")"),
            // Two survivors with one code met in a merge (sync/codeclashes.h), a pair flagged once
            // (in id order), listed for review while both still share a code. Local.
            QStringLiteral("CREATE TABLE code_clash (\n"
                           "  survivor_a BLOB NOT NULL CHECK (length(survivor_a) = 16),\n"
                           "  survivor_b BLOB NOT NULL CHECK (length(survivor_b) = 16),\n"
                           "  code TEXT NOT NULL,\n"
                           "  sender_site BLOB NOT NULL,\n"
                           "  merged_at INTEGER NOT NULL,\n"
                           "  PRIMARY KEY (survivor_a, survivor_b),\n"
                           "  CHECK (survivor_a < survivor_b)\n"
                           ")"),
        };
    case 6:
        // Recall and erasure (issue 18, store/recalls.h). Local.
        return {
            // Each recall this office has carried out: when, and when the file, its journal and
            // its backups were last rewritten without the identity (NULL: still to do, e.g. after
            // a crash between the erasure and the rewrite, or a copy that came back).
            QStringLiteral("CREATE TABLE erased_identity (\n"
                           "  recall BLOB PRIMARY KEY NOT NULL CHECK (length(recall) = 16),\n"
                           "  survivor BLOB NOT NULL CHECK (length(survivor) = 16),\n"
                           "  erased_at INTEGER NOT NULL,\n"
                           "  scrubbed_at INTEGER\n"
                           ")"),
        };
    case 7:
        // The search index brought up to date once per transaction, not once per row (issue 19,
        // searchschema.h). Local.
        return searchIndexMarkStatements();
    case 8:
        // The exchange folder (issue 20, sync/exchangefolder.h). Local.
        return {
            // Each bundle file of the folder this file wrote or took in: by its name, with the
            // size and time it had (a file changed since is taken again), and what came of it.
            QStringLiteral("CREATE TABLE folder_bundle (\n"
                           "  name TEXT PRIMARY KEY NOT NULL,\n"
                           "  partner BLOB NOT NULL CHECK (length(partner) = 16),\n"
                           "  outgoing INTEGER NOT NULL CHECK (outgoing IN (0, 1)),\n"
                           "  seq INTEGER NOT NULL,\n"
                           "  size INTEGER NOT NULL,\n"
                           "  modified INTEGER NOT NULL,\n"
                           "  outcome TEXT NOT NULL CHECK (outcome IN ('written', 'merged', 'set_aside')),\n"
                           "  reason TEXT,\n"
                           "  at INTEGER NOT NULL\n"
                           ")"),
            // Per partner: this file's local_seq when it last wrote the partner a bundle, and
            // whether a bundle with rows was merged from it since (the partner waits for that
            // acknowledgement to clear its bundles).
            QStringLiteral("CREATE TABLE folder_partner (\n"
                           "  partner BLOB PRIMARY KEY NOT NULL CHECK (length(partner) = 16),\n"
                           "  written_seq INTEGER NOT NULL DEFAULT 0,\n"
                           "  ack_due INTEGER NOT NULL DEFAULT 0,\n"
                           "  last_written_at INTEGER,\n"
                           "  last_merged_at INTEGER\n"
                           ")"),
        };
    case 9:
        // Seats (issue 20, sync/seats.h): the partner table holds one row per machine this file
        // exchanges with. `office` is the office a row's machine belongs to (NULL: the row is the
        // office's own first machine, site = office id); `seat` marks the other machines of this
        // office; `identities` whether such a machine may receive survivors' identities;
        // `machine_number` the range its survivor codes are minted in (domain/survivors.h). Local.
        // The machines of one office share its keys, so the fingerprint is no longer unique: the
        // table is made again without that constraint.
        return {
            QStringLiteral("CREATE TABLE partner_v9 (\n"
                           "  site BLOB PRIMARY KEY NOT NULL CHECK (length(site) = 16),\n"
                           "  name TEXT NOT NULL,\n"
                           "  sign_pk BLOB NOT NULL CHECK (length(sign_pk) = 32),\n"
                           "  box_pk BLOB NOT NULL CHECK (length(box_pk) = 32),\n"
                           "  fingerprint TEXT NOT NULL,\n"
                           "  trusted_at INTEGER NOT NULL,\n"
                           "  acked_seq INTEGER NOT NULL DEFAULT 0,\n"
                           "  received_seq INTEGER NOT NULL DEFAULT 0,\n"
                           "  last_export_at INTEGER,\n"
                           "  last_merge_at INTEGER,\n"
                           "  sent_seq INTEGER NOT NULL DEFAULT 0,\n"
                           "  epoch INTEGER NOT NULL DEFAULT 0,\n"
                           "  revoked_at INTEGER,\n"
                           "  audit_seq INTEGER NOT NULL DEFAULT 0,\n"
                           "  audit_hash BLOB,\n"
                           "  audit_problem TEXT,\n"
                           "  office BLOB CHECK (office IS NULL OR length(office) = 16),\n"
                           "  seat INTEGER NOT NULL DEFAULT 0 CHECK (seat IN (0, 1)),\n"
                           "  identities INTEGER NOT NULL DEFAULT 0 CHECK (identities IN (0, 1)),\n"
                           "  machine_number INTEGER\n"
                           ")"),
            QStringLiteral("INSERT INTO partner_v9 (site, name, sign_pk, box_pk, fingerprint, trusted_at, acked_seq, received_seq, "
                           "last_export_at, last_merge_at, sent_seq, epoch, revoked_at, audit_seq, audit_hash, audit_problem) "
                           "SELECT site, name, sign_pk, box_pk, fingerprint, trusted_at, acked_seq, received_seq, last_export_at, "
                           "last_merge_at, sent_seq, epoch, revoked_at, audit_seq, audit_hash, audit_problem FROM partner"),
            QStringLiteral("DROP TABLE partner"),
            QStringLiteral("ALTER TABLE partner_v9 RENAME TO partner"),
            QStringLiteral("CREATE INDEX partner_fingerprint ON partner (fingerprint)"),
        };
    case 10:
        // Attachments (issue 21, store/attachmentstore.h): the chunks of attached files, each named
        // by a keyed hash of its bytes (hex) and sealed to this office's key; `identifying` marks a
        // survivor's (sealed to the identity key); `foreign_name` a chunk that came in a bundle,
        // named by the office that attached it. Local: chunks travel with the rows that name them.
        return {
            QStringLiteral("CREATE TABLE attachment_chunk (\n"
                           "  name TEXT PRIMARY KEY NOT NULL CHECK (length(name) = 64),\n"
                           "  identifying INTEGER NOT NULL CHECK (identifying IN (0, 1)),\n"
                           "  size INTEGER NOT NULL,\n"
                           "  data BLOB NOT NULL,\n"
                           "  foreign_name INTEGER NOT NULL DEFAULT 0 CHECK (foreign_name IN (0, 1))\n"
                           ")"),
        };
    case 11:
        // Indexes for the dashboard (issue 19). Its figures of steps read every step of the
        // survivors in scope: from the rows, all of checklist_item's 490 bytes a step (its 13
        // versions); this index holds the columns those figures read, about 60, so the pass reads
        // it alone. It leads with the survivor and so also serves what the index on survivor did.
        return {
            QStringLiteral("DROP INDEX checklist_item_survivor"),
            QStringLiteral("CREATE INDEX checklist_item_steps ON checklist_item (survivor, step, state, due_at, done_at, deleted)"),
            // The same for the figure of agencies' participation: every assignment of the
            // operations in scope, read by operation (it serves what the index on operation did).
            QStringLiteral("DROP INDEX assignment_operation"),
            QStringLiteral("CREATE INDEX assignment_participation ON assignment (operation, agency, acknowledged, headcount, deleted)"),
        };
    default:
        return {};
    }
}

constexpr int kLastCustomStep = 11;

QString indexName(const EntityDef& e, const QStringList& fields)
{
    return e.name + QLatin1Char('_') + fields.join(QLatin1Char('_'));
}

QString createIndex(const EntityDef& e, const QStringList& fields)
{
    return QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
        .arg(indexName(e, fields), e.name, fields.join(QStringLiteral(", ")));
}

} // namespace

QString zeroVersionLiteral()
{
    return QStringLiteral("x'%1'").arg(QString(kVersionSize * 2, QLatin1Char('0')));
}

int currentVersion()
{
    return std::max(Registry::instance().schemaVersion(), kLastCustomStep);
}

QString columnType(const FieldDef& field)
{
    switch (field.type) {
    case FieldType::Int:
    case FieldType::Bool:
    case FieldType::Time:
        return QStringLiteral("INTEGER");
    case FieldType::Real:
        return QStringLiteral("REAL");
    case FieldType::Ref:
    case FieldType::Uuid:
        return QStringLiteral("BLOB");
    default:
        return QStringLiteral("TEXT");
    }
}

QString createTable(const EntityDef& e, int version, const QString& tableName)
{
    QStringList columns;
    columns << QStringLiteral("id BLOB NOT NULL UNIQUE CHECK (length(id) = 16)");
    QStringList versionColumns;
    for (const FieldDef& f : e.fields) {
        if (f.since > version)
            continue;
        columns << f.name + QLatin1Char(' ') + columnType(f);
        if (!versionColumns.contains(f.versionColumn()))
            versionColumns << f.versionColumn();
    }
    for (const QString& v : versionColumns)
        columns << v + QStringLiteral(" BLOB NOT NULL DEFAULT ") + zeroVersionLiteral();
    columns << QStringLiteral("deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))")
            << QStringLiteral("deleted_v BLOB NOT NULL DEFAULT ") + zeroVersionLiteral()
            << QStringLiteral("local_seq INTEGER NOT NULL DEFAULT 0");
    return QStringLiteral("CREATE TABLE %1 (\n  %2\n)")
        .arg(tableName.isEmpty() ? e.name : tableName, columns.join(QStringLiteral(",\n  ")));
}

QStringList migrationStep(int version)
{
    QStringList sql = customStatements(version);
    for (const EntityDef& e : Registry::instance().entities()) {
        if (e.since == version) {
            sql << createTable(e, version);
            sql << createIndex(e, {QStringLiteral("local_seq")});
            for (const FieldDef& f : e.fields) {
                if (f.type == FieldType::Ref && f.since <= version)
                    sql << createIndex(e, {f.name});
            }
            for (const QStringList& index : e.indexes)
                sql << createIndex(e, index);
            continue;
        }
        if (e.since > version)
            continue;
        QStringList existingGroups;
        for (const FieldDef& f : e.fields) {
            if (f.since < version)
                existingGroups << f.versionColumn();
        }
        for (const FieldDef& f : e.fields) {
            if (f.since != version)
                continue;
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(e.name, f.name, columnType(f));
            if (!existingGroups.contains(f.versionColumn())) {
                existingGroups << f.versionColumn();
                sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 BLOB NOT NULL DEFAULT %3")
                           .arg(e.name, f.versionColumn(), zeroVersionLiteral());
            }
            if (f.type == FieldType::Ref)
                sql << createIndex(e, {f.name});
        }
    }
    return sql;
}

} // namespace tandem::schema
