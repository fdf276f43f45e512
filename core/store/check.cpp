// `tandem-cli check`: SQLite's own checks, then the invariants the registry implies, read in one
// pass per table so that a large file is examined in a few seconds.

#include "check.h"

#include "audit.h"
#include "crypto/seal.h"

#include "hlc.h"
#include "sharing.h"
#include "store.h"
#include "storedvalue.h"
#include "value.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Check)
};

using Severity = CheckProblem::Severity;

const QByteArray kZeroVersion(kVersionSize, '\0');

// The row's id for people: the canonical form when it is a valid id, its bytes otherwise.
QString recordText(const QVariant& raw)
{
    if (raw.isNull())
        return Texts::tr("(no id)");
    const QByteArray bytes = raw.toByteArray();
    if (raw.typeId() == QMetaType::QByteArray && bytes.size() == 16)
        return value::idText(QUuid::fromRfc4122(bytes));
    return QStringLiteral("x'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

// Holds a read transaction for the whole check, so that the file's sequence and clock are read
// from the same snapshot as the rows (another process may be writing meanwhile).
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Store& store)
        : m_store(store)
    {
        if (!store.inTransaction())
            m_active = bool(store.exec(QStringLiteral("BEGIN")));
    }
    ~ReadSnapshot()
    {
        if (m_active)
            (void)m_store.exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    const Store& m_store;
    bool m_active = false;
};

class Checker {
public:
    Checker(const Store& store, CheckReport& report)
        : m_store(store)
        , m_report(report)
    {
    }

    Result<void> sqlite();
    Result<void> meta();
    bool table(const EntityDef& e);
    void references(const EntityDef& e);

private:
    void add(Severity severity, const QString& entity, const QString& record, const QString& field,
             const QString& message);
    void scanRow(const EntityDef& e, const QStringList& versionColumns, const QSqlQuery& q);

    const Store& m_store;
    CheckReport& m_report;
    QByteArray m_siteId;
    std::uint64_t m_hlc = 0;
    qint64 m_seq = 0;
};

void Checker::add(Severity severity, const QString& entity, const QString& record,
                  const QString& field, const QString& message)
{
    m_report.add({severity, entity, record, field, message});
}

Result<void> Checker::sqlite()
{
    Result<QSqlQuery> integrity = m_store.exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            add(Severity::Error, {}, {}, {}, line);
    }
    Result<QSqlQuery> keys = m_store.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return keys.error();
    while (keys->next()) {
        add(Severity::Error, keys->value(0).toString(),
            Texts::tr("rowid %1").arg(keys->value(1).toLongLong()), {},
            Texts::tr("breaks a foreign key to %1").arg(keys->value(2).toString()));
    }
    return {};
}

Result<void> Checker::meta()
{
    const QString table = QStringLiteral("meta");
    Result<QVariant> site = m_store.meta(QStringLiteral("site_id"));
    Result<QVariant> hlc = m_store.meta(QStringLiteral("hlc"));
    Result<QVariant> seq = m_store.meta(QStringLiteral("local_seq"));
    for (const Result<QVariant>* r : {&site, &hlc, &seq}) {
        if (!*r)
            return r->error();
    }
    m_siteId = site->toByteArray();
    if (m_siteId.size() != 16)
        add(Severity::Error, table, {}, QStringLiteral("site_id"),
            Texts::tr("the site id is not 16 bytes"));
    if (hlc->isNull())
        add(Severity::Error, table, {}, QStringLiteral("hlc"), Texts::tr("the clock is missing"));
    if (seq->isNull())
        add(Severity::Error, table, {}, QStringLiteral("local_seq"), Texts::tr("the sequence is missing"));
    m_hlc = hlc->toULongLong();
    m_seq = seq->toLongLong();

    if (m_siteId.size() == 16) {
        const QUuid self = m_store.officeId();
        Result<Row> office = m_store.get(QStringLiteral("office"), self);
        if (!office)
            add(Severity::Error, QStringLiteral("office"), value::idText(self), {},
                Texts::tr("this office's own record is missing"));
        else if (office->deleted)
            add(Severity::Error, QStringLiteral("office"), value::idText(self), {},
                Texts::tr("this office's own record is deleted"));
    }
    return {};
}

bool Checker::table(const EntityDef& e)
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("typeof(id)"),
                        QStringLiteral("deleted"), QStringLiteral("local_seq"),
                        QStringLiteral("typeof(local_seq)")};
    QStringList versionColumns = e.versionColumns();
    versionColumns << QStringLiteral("deleted_v");
    for (const FieldDef& f : e.fields)
        columns << f.name << QStringLiteral("typeof(%1)").arg(f.name);
    for (const QString& v : versionColumns)
        columns << v << QStringLiteral("typeof(%1)").arg(v);
    Result<QSqlQuery> q = m_store.exec(
        QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), e.name));
    if (!q) {
        add(Severity::Error, e.name, {}, {},
            Texts::tr("the table cannot be read: %1").arg(q.error().message));
        return false;
    }
    ++m_report.tables;
    while (q->next()) {
        ++m_report.rows;
        scanRow(e, versionColumns, *q);
    }
    return true;
}

void Checker::scanRow(const EntityDef& e, const QStringList& versionColumns, const QSqlQuery& q)
{
    const QVariant rawId = q.value(0);
    // Named only when something is wrong: formatting every id would double the time of a check.
    QString recordName;
    auto record = [&]() -> const QString& {
        if (recordName.isEmpty())
            recordName = recordText(rawId);
        return recordName;
    };
    if (q.value(1).toString() != QLatin1String("blob") || rawId.toByteArray().size() != 16)
        add(Severity::Error, e.name, record(), QStringLiteral("id"), Texts::tr("the id is not 16 bytes"));
    const bool deleted = q.value(2).toLongLong() != 0;
    if (q.value(4).toString() != QLatin1String("integer"))
        add(Severity::Error, e.name, record(), QStringLiteral("local_seq"),
            Texts::tr("not a whole number"));
    else if (q.value(3).toLongLong() > m_seq)
        add(Severity::Error, e.name, record(), QStringLiteral("local_seq"),
            Texts::tr("%1 is beyond the file's sequence %2").arg(q.value(3).toLongLong()).arg(m_seq));

    // The typed row is needed only for the entity's cross-field rules.
    const bool decode = bool(e.validate);
    Row row(&e);
    bool sound = true;
    for (size_t i = 0; i < e.fields.size(); ++i) {
        const FieldDef& f = e.fields[i];
        const int c = 5 + 2 * int(i);
        const QVariant raw = q.value(c);
        const QString type = q.value(c + 1).toString();
        if (type == QLatin1String("null")) {
            if (!deleted && f.required) {
                add(Severity::Error, e.name, record(), f.name, Texts::tr("a required field is empty"));
                sound = false;
            }
            continue;
        }
        if (deleted && !keptOnTombstone(e, f.name))
            add(Severity::Error, e.name, record(), f.name,
                Texts::tr("the row is deleted but still holds a value here"));
        QString problem;
        if (f.sealed) {
            // Identifying details are sealed at rest (DESIGN.md §4): never plain text here.
            if (type != QLatin1String("blob"))
                problem = Texts::tr("an identifying detail is stored unsealed (as %1)").arg(type);
            else if (raw.toByteArray().size() < sealedOverhead())
                problem = Texts::tr("a sealed value is too short to be one");
        } else {
            problem = stored::problem(f, raw, type);
        }
        if (!problem.isEmpty()) {
            add(Severity::Error, e.name, record(), f.name, problem);
            sound = false;
            continue;
        }
        if (decode && !f.sealed)
            row.values[i] = value::fromSql(f, raw);
    }

    const int firstVersion = 5 + 2 * int(e.fields.size());
    for (int j = 0; j < versionColumns.size(); ++j) {
        const QByteArray v = q.value(firstVersion + 2 * j).toByteArray();
        if (q.value(firstVersion + 2 * j + 1).toString() != QLatin1String("blob") ||
            v.size() != kVersionSize) {
            add(Severity::Error, e.name, record(), versionColumns[j],
                Texts::tr("the version is not 24 bytes"));
            continue;
        }
        if (QByteArrayView(v).sliced(8) == m_siteId && versionHlc(v) > m_hlc)
            add(Severity::Error, e.name, record(), versionColumns[j],
                Texts::tr("a version made by this office is ahead of its clock"));
        if (deleted && j == versionColumns.size() - 1 && v == kZeroVersion)
            add(Severity::Error, e.name, record(), versionColumns[j],
                Texts::tr("the row is deleted but its delete has no version, so partners never learn of "
                   "it"));
    }

    // Cross-field rules hold for every write, but a merge takes each field's latest value on its
    // own, so two offices editing related fields at once can break one: a warning, not an error.
    if (!deleted && sound && e.validate) {
        const QString broken = e.validate(row);
        if (!broken.isEmpty())
            add(Severity::Warning, e.name, record(), {},
                Texts::tr("%1 (concurrent edits by two offices can do this)").arg(broken));
    }
}

void Checker::references(const EntityDef& e)
{
    auto unreadable = [&](const FieldDef& f, const Error& error) {
        add(Severity::Error, e.name, {}, f.name,
            Texts::tr("the references cannot be followed: %1").arg(error.message));
    };
    for (const FieldDef& f : e.fields) {
        if (f.type != FieldType::Ref)
            continue;
        Result<QSqlQuery> q = m_store.exec(
            QStringLiteral(
                "SELECT t.id, t.%1 FROM %2 t WHERE typeof(t.%1) = 'blob' AND length(t.%1) = 16 "
                "AND NOT EXISTS (SELECT 1 FROM %3 r WHERE r.id = t.%1)")
                .arg(f.name, e.name, f.ref));
        if (!q) {
            unreadable(f, q.error());
            continue;
        }
        while (q->next()) {
            add(Severity::Warning, e.name, recordText(q->value(0)), f.name,
                Texts::tr("refers to %1 %2, which this file does not hold")
                    .arg(f.ref, value::idText(QUuid::fromRfc4122(q->value(1).toByteArray()))));
        }
    }
    if (e.parent.isEmpty())
        return;
    // Deleting an owner deletes what it owns; a live row under a deleted owner comes from a merge
    // of a delete and a concurrent addition, which the user should settle.
    const QString owner = e.field(e.parent)->ref;
    Result<QSqlQuery> q =
        m_store.exec(QStringLiteral("SELECT t.id, t.%1 FROM %2 t JOIN %3 p ON p.id = t.%1 WHERE "
                                    "t.deleted = 0 AND p.deleted = 1")
                         .arg(e.parent, e.name, owner));
    if (!q) {
        unreadable(*e.field(e.parent), q.error());
        return;
    }
    while (q->next()) {
        add(Severity::Warning, e.name, recordText(q->value(0)), e.parent,
            Texts::tr("its owner, %1 %2, was deleted but this row was not")
                .arg(owner, value::idText(QUuid::fromRfc4122(q->value(1).toByteArray()))));
    }
}

} // namespace

void CheckReport::add(CheckProblem problem)
{
    ++(problem.severity == CheckProblem::Severity::Error ? errors : warnings);
    if (problems.size() < kMaxListed)
        problems.push_back(std::move(problem));
}

QString CheckProblem::text() const
{
    QStringList where{entity.isEmpty() ? Texts::tr("database") : entity};
    if (!record.isEmpty())
        where << record;
    if (!field.isEmpty())
        where << field;
    return where.join(QLatin1Char(' ')) + QStringLiteral(": ") + message;
}

Result<CheckReport> check(const Store& store, const OfficeKeys* keys)
{
    CheckReport report;
    Checker checker(store, report);
    const ReadSnapshot snapshot(store);
    if (Result<void> r = checker.sqlite(); !r)
        return makeError(r.error().message, store.path());
    if (Result<void> r = checker.meta(); !r)
        return makeError(r.error().message, store.path());
    for (const EntityDef& e : Registry::instance().entities()) {
        if (checker.table(e))
            checker.references(e);
    }
    // The audit log's chain: hashes, MACs (with the keys), and the key at its end.
    Result<std::vector<AuditProblem>> chain = verifyAuditChain(store, keys);
    if (!chain)
        return makeError(chain.error().message, store.path());
    for (const AuditProblem& p : *chain) {
        report.add({CheckProblem::Severity::Error, QStringLiteral("audit_log"),
                    p.seq > 0 ? QStringLiteral("entry %1").arg(p.seq) : QString(), {}, p.what});
    }
    // What partners' bundles showed of their own audit chains (mergerules::witnessAuditHead).
    Result<QSqlQuery> witnessed = store.exec(QStringLiteral(
        "SELECT name, audit_problem FROM partner WHERE audit_problem IS NOT NULL AND revoked_at IS NULL ORDER BY name"));
    if (!witnessed)
        return makeError(witnessed.error().message, store.path());
    while (witnessed->next()) {
        for (const QString& line : witnessed->value(1).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            report.add({CheckProblem::Severity::Error, QStringLiteral("partner"), witnessed->value(0).toString(), {}, line});
    }
    return report;
}

} // namespace tandem
