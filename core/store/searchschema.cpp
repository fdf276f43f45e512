// Schema step 3: the local full-text search index and the triggers that keep it right (see
// searchschema.h). The column lists are written out here, not taken from the registry, because a
// shipped migration step must never change when a later version declares more fields.

#include "searchschema.h"

namespace tandem::schema {
namespace {

const QString kOperationColumns = QStringLiteral(
    "code_name, objectives, legal_authority, risk_hazards, risk_mitigations, comms_plan, "
    "contingency_plan, medical_plan, nearest_hospital, briefing_place, expected_languages, "
    "special_needs, prepared_by, approved_by");
const QString kTargetColumns = QStringLiteral("label, address, entry_points, hazards, assigned_team, notes");
const QString kNoteColumns = QStringLiteral("author, text");
const QString kAgencyColumns = QStringLiteral("name, jurisdiction, contact_person, phone, email, notes");
const QString kServiceColumns = QStringLiteral("name, contact, phone, email, address, languages, notes");

QStringList columnList(const QString& columns)
{
    QStringList out;
    for (const QString& c : columns.split(QLatin1Char(',')))
        out << c.trimmed();
    return out;
}

// "coalesce(t.a, '') || ' ' || coalesce(t.b, '')": the columns as one text, empty ones skipped.
QString joined(const QString& alias, const QString& columns)
{
    QStringList parts;
    for (const QString& c : columnList(columns))
        parts << QStringLiteral("coalesce(%1.%2, '')").arg(alias, c);
    return parts.join(QStringLiteral(" || ' ' || "));
}

// The text of one part of the operation whose id is the SQL expression `op`.
QString partText(int part, const QString& op)
{
    switch (part) {
    case SearchOperation:
        return QStringLiteral("(SELECT %1 FROM operation o WHERE o.id = %2)").arg(joined(QStringLiteral("o"), kOperationColumns), op);
    case SearchTargets:
        return QStringLiteral("(SELECT group_concat(%1, char(10)) FROM target t WHERE t.operation = %2 AND t.deleted = 0)")
            .arg(joined(QStringLiteral("t"), kTargetColumns), op);
    case SearchAgencies:
        return QStringLiteral(
                   "coalesce((SELECT a.name FROM operation o JOIN agency a ON a.id = o.lead_agency"
                   " WHERE o.id = %1 AND a.deleted = 0), '') || char(10) || "
                   "coalesce((SELECT group_concat(coalesce(a.name, '') || ' ' || coalesce(s.team_lead, '') || ' '"
                   " || coalesce(s.reporting_location, ''), char(10)) FROM assignment s"
                   " LEFT JOIN agency a ON a.id = s.agency AND a.deleted = 0"
                   " WHERE s.operation = %1 AND s.deleted = 0), '')")
            .arg(op);
    case SearchNotes:
        return QStringLiteral("(SELECT group_concat(%1, char(10)) FROM note n WHERE n.operation = %2 AND n.deleted = 0)")
            .arg(joined(QStringLiteral("n"), kNoteColumns), op);
    }
    return QStringLiteral("NULL");
}

// Statements that write part `part` anew for the operations whose ids `ops` selects: its old row
// goes, and a new one comes for a live operation whose part has any text.
QStringList rebuildPart(int part, const QString& ops)
{
    return {
        QStringLiteral("DELETE FROM operation_search WHERE rowid IN"
                       " (SELECT k.key * 4 + %1 FROM search_key k WHERE k.id IN (%2))")
            .arg(part)
            .arg(ops),
        QStringLiteral("INSERT INTO operation_search (rowid, body) SELECT key * 4 + %1, body FROM"
                       " (SELECT k.key AS key, %2 AS body FROM search_key k"
                       " JOIN operation live ON live.id = k.id AND live.deleted = 0 WHERE k.id IN (%3))"
                       " WHERE trim(body, ' ' || char(10)) <> ''")
            .arg(part)
            .arg(partText(part, QStringLiteral("k.id")), ops),
    };
}

QStringList rebuildParts(const QList<int>& parts, const QString& ops)
{
    QStringList out;
    for (int part : parts)
        out << rebuildPart(part, ops);
    return out;
}

QStringList rebuildDirectory(const QString& table, const QString& columns, const QString& ids)
{
    return {
        QStringLiteral("DELETE FROM directory_search WHERE rowid IN (SELECT key FROM search_key WHERE id IN (%1))").arg(ids),
        QStringLiteral("INSERT INTO directory_search (rowid, body) SELECT k.key, %1 FROM %2 d"
                       " JOIN search_key k ON k.id = d.id WHERE d.id IN (%3) AND d.deleted = 0")
            .arg(joined(QStringLiteral("d"), columns), table, ids),
    };
}

QString newKey(const QString& idExpression)
{
    return QStringLiteral("INSERT OR IGNORE INTO search_key (id) VALUES (%1)").arg(idExpression);
}

QString trigger(const QString& name, const QString& when, const QStringList& body)
{
    return QStringLiteral("CREATE TRIGGER %1 %2 BEGIN\n  %3;\nEND").arg(name, when, body.join(QStringLiteral(";\n  ")));
}

// Insert, update (of the columns that feed the index) and delete triggers of a child table whose
// rows feed part `part` of their operation's index.
QStringList childTriggers(const QString& table, int part, const QString& columns)
{
    return {
        trigger(QStringLiteral("search_%1_insert").arg(table), QStringLiteral("AFTER INSERT ON %1").arg(table),
                rebuildPart(part, QStringLiteral("SELECT new.operation"))),
        trigger(QStringLiteral("search_%1_update").arg(table),
                QStringLiteral("AFTER UPDATE OF %1, operation, deleted ON %2").arg(columns, table),
                rebuildPart(part, QStringLiteral("SELECT new.operation UNION SELECT old.operation"))),
        trigger(QStringLiteral("search_%1_delete").arg(table), QStringLiteral("AFTER DELETE ON %1").arg(table),
                rebuildPart(part, QStringLiteral("SELECT old.operation"))),
    };
}

QStringList directoryTriggers(const QString& table, const QString& columns)
{
    QStringList insert{newKey(QStringLiteral("new.id"))};
    insert << rebuildDirectory(table, columns, QStringLiteral("SELECT new.id"));
    return {
        trigger(QStringLiteral("search_%1_insert").arg(table), QStringLiteral("AFTER INSERT ON %1").arg(table), insert),
        trigger(QStringLiteral("search_%1_update").arg(table),
                QStringLiteral("AFTER UPDATE OF %1, deleted ON %2").arg(columns, table),
                rebuildDirectory(table, columns, QStringLiteral("SELECT new.id"))),
        trigger(QStringLiteral("search_%1_delete").arg(table), QStringLiteral("AFTER DELETE ON %1").arg(table),
                rebuildDirectory(table, columns, QStringLiteral("SELECT old.id"))),
    };
}

// Schema 7: the triggers only mark what changed (search_dirty), and the index is brought up to
// date once per transaction (searchRefreshStatements). Parts 0 to 3 are an operation's; the
// directory's entries are marked as parts 4 (agency) and 5 (service).
constexpr int kDirtyAgency = 4;
constexpr int kDirtyService = 5;

QString mark(const QString& ids, const QList<int>& parts)
{
    QStringList selects;
    for (int part : parts)
        selects << QStringLiteral("SELECT id, %1 FROM (%2) WHERE id IS NOT NULL").arg(part).arg(ids);
    // ON CONFLICT DO NOTHING, not INSERT OR IGNORE: the statement that fires a trigger imposes its
    // own conflict policy on an OR clause inside it (a merge's upsert would make it ABORT).
    return QStringLiteral("INSERT INTO search_dirty (id, part) ") + selects.join(QStringLiteral(" UNION ALL "))
           + QStringLiteral(" ON CONFLICT DO NOTHING");
}

QString markTrigger(const QString& name, const QString& when, const QStringList& marks)
{
    return trigger(QStringLiteral("search_mark_") + name, when, marks);
}

QStringList markChildTriggers(const QString& table, int part, const QString& columns)
{
    return {
        markTrigger(table + QStringLiteral("_insert"), QStringLiteral("AFTER INSERT ON %1").arg(table),
                    {mark(QStringLiteral("SELECT new.operation AS id"), {part})}),
        markTrigger(table + QStringLiteral("_update"), QStringLiteral("AFTER UPDATE OF %1, operation, deleted ON %2").arg(columns, table),
                    {mark(QStringLiteral("SELECT new.operation AS id UNION SELECT old.operation"), {part})}),
        markTrigger(table + QStringLiteral("_delete"), QStringLiteral("AFTER DELETE ON %1").arg(table),
                    {mark(QStringLiteral("SELECT old.operation AS id"), {part})}),
    };
}

QStringList markDirectoryTriggers(const QString& table, const QString& columns, int part)
{
    return {
        markTrigger(table + QStringLiteral("_insert"), QStringLiteral("AFTER INSERT ON %1").arg(table),
                    {mark(QStringLiteral("SELECT new.id AS id"), {part})}),
        markTrigger(table + QStringLiteral("_update"), QStringLiteral("AFTER UPDATE OF %1, deleted ON %2").arg(columns, table),
                    {mark(QStringLiteral("SELECT new.id AS id"), {part})}),
        markTrigger(table + QStringLiteral("_delete"), QStringLiteral("AFTER DELETE ON %1").arg(table),
                    {mark(QStringLiteral("SELECT old.id AS id"), {part})}),
    };
}

} // namespace

QStringList searchIndexStatements()
{
    const QString fts = QStringLiteral("fts5(body, tokenize = 'unicode61 remove_diacritics 2', "
                                       "prefix = '1 2 3', detail = none)");
    const QList<int> allParts{SearchOperation, SearchTargets, SearchAgencies, SearchNotes};
    QStringList sql{
        QStringLiteral("CREATE TABLE search_key (key INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE)"),
        QStringLiteral("CREATE VIRTUAL TABLE operation_search USING %1").arg(fts),
        QStringLiteral("CREATE VIRTUAL TABLE directory_search USING %1").arg(fts),
        // The operations list reads its columns and its order from this index alone, without
        // the long text of each operation row (see OperationListQuery).
        QStringLiteral("CREATE INDEX operation_list ON operation (starts_at, code_name, status, trafficking_type, "
                       "lead_agency, id) WHERE deleted = 0"),
    };

    // Operations: a new one gets its key and all its parts (in a merge its children may have come
    // first); an edit rewrites the parts it feeds; a delete or a restore rewrites them all.
    QStringList insert{newKey(QStringLiteral("new.id"))};
    insert << rebuildParts(allParts, QStringLiteral("SELECT new.id"));
    sql << trigger(QStringLiteral("search_operation_insert"), QStringLiteral("AFTER INSERT ON operation"), insert);
    sql << trigger(QStringLiteral("search_operation_text"),
                   QStringLiteral("AFTER UPDATE OF %1, deleted ON operation").arg(kOperationColumns),
                   rebuildPart(SearchOperation, QStringLiteral("SELECT new.id")));
    sql << trigger(QStringLiteral("search_operation_lead"), QStringLiteral("AFTER UPDATE OF lead_agency, deleted ON operation"),
                   rebuildPart(SearchAgencies, QStringLiteral("SELECT new.id")));
    sql << trigger(QStringLiteral("search_operation_life"),
                   QStringLiteral("AFTER UPDATE OF deleted ON operation WHEN old.deleted IS NOT new.deleted"),
                   rebuildParts({SearchTargets, SearchNotes}, QStringLiteral("SELECT new.id")));
    sql << trigger(QStringLiteral("search_operation_delete"), QStringLiteral("AFTER DELETE ON operation"),
                   rebuildParts(allParts, QStringLiteral("SELECT old.id")));

    sql << childTriggers(QStringLiteral("target"), SearchTargets, kTargetColumns);
    sql << childTriggers(QStringLiteral("note"), SearchNotes, kNoteColumns);
    sql << childTriggers(QStringLiteral("assignment"), SearchAgencies, QStringLiteral("agency, team_lead, reporting_location"));

    sql << directoryTriggers(QStringLiteral("agency"), kAgencyColumns);
    sql << directoryTriggers(QStringLiteral("service"), kServiceColumns);
    // An agency's name is part of every operation it leads or takes part in. (A new agency matters
    // too: in a merge, operations may have come before the agency they name.)
    const auto agencyOperations = [](const char* row) {
        return QStringLiteral("SELECT id FROM operation WHERE lead_agency = %1.id"
                              " UNION SELECT operation FROM assignment WHERE agency = %1.id AND deleted = 0")
            .arg(QLatin1String(row));
    };
    sql << trigger(QStringLiteral("search_agency_name_insert"), QStringLiteral("AFTER INSERT ON agency"),
                   rebuildPart(SearchAgencies, agencyOperations("new")));
    sql << trigger(QStringLiteral("search_agency_name_update"), QStringLiteral("AFTER UPDATE OF name, deleted ON agency"),
                   rebuildPart(SearchAgencies, agencyOperations("new")));
    sql << trigger(QStringLiteral("search_agency_name_delete"), QStringLiteral("AFTER DELETE ON agency"),
                   rebuildPart(SearchAgencies, agencyOperations("old")));

    // The rows already there (a file made by an earlier version).
    sql << QStringLiteral("INSERT INTO search_key (id) SELECT id FROM operation ORDER BY rowid");
    for (int part : allParts)
        sql << rebuildPart(part, QStringLiteral("SELECT id FROM operation WHERE deleted = 0")).constLast();
    sql << QStringLiteral("INSERT OR IGNORE INTO search_key (id) SELECT id FROM agency UNION ALL SELECT id FROM service");
    sql << rebuildDirectory(QStringLiteral("agency"), kAgencyColumns, QStringLiteral("SELECT id FROM agency")).constLast();
    sql << rebuildDirectory(QStringLiteral("service"), kServiceColumns, QStringLiteral("SELECT id FROM service")).constLast();
    return sql;
}

QStringList searchIndexMarkStatements()
{
    QStringList sql;
    // Step 3's triggers, each of which rewrote an operation's whole part for every row written.
    for (const QString& statement : searchIndexStatements()) {
        if (statement.startsWith(QLatin1String("CREATE TRIGGER ")))
            sql << QStringLiteral("DROP TRIGGER IF EXISTS ") + statement.section(QLatin1Char(' '), 2, 2);
    }
    sql << QStringLiteral("CREATE TABLE search_dirty (part INTEGER NOT NULL, id BLOB NOT NULL, PRIMARY KEY (part, id)) WITHOUT ROWID");

    const QList<int> allParts{SearchOperation, SearchTargets, SearchAgencies, SearchNotes};
    sql << markTrigger(QStringLiteral("operation_insert"), QStringLiteral("AFTER INSERT ON operation"),
                       {mark(QStringLiteral("SELECT new.id AS id"), allParts)});
    sql << markTrigger(QStringLiteral("operation_text"), QStringLiteral("AFTER UPDATE OF %1 ON operation").arg(kOperationColumns),
                       {mark(QStringLiteral("SELECT new.id AS id"), {SearchOperation})});
    sql << markTrigger(QStringLiteral("operation_lead"), QStringLiteral("AFTER UPDATE OF lead_agency ON operation"),
                       {mark(QStringLiteral("SELECT new.id AS id"), {SearchAgencies})});
    sql << markTrigger(QStringLiteral("operation_life"),
                       QStringLiteral("AFTER UPDATE OF deleted ON operation WHEN old.deleted IS NOT new.deleted"),
                       {mark(QStringLiteral("SELECT new.id AS id"), allParts)});
    sql << markTrigger(QStringLiteral("operation_delete"), QStringLiteral("AFTER DELETE ON operation"),
                       {mark(QStringLiteral("SELECT old.id AS id"), allParts)});
    sql << markChildTriggers(QStringLiteral("target"), SearchTargets, kTargetColumns);
    sql << markChildTriggers(QStringLiteral("note"), SearchNotes, kNoteColumns);
    sql << markChildTriggers(QStringLiteral("assignment"), SearchAgencies, QStringLiteral("agency, team_lead, reporting_location"));
    sql << markDirectoryTriggers(QStringLiteral("agency"), kAgencyColumns, kDirtyAgency);
    sql << markDirectoryTriggers(QStringLiteral("service"), kServiceColumns, kDirtyService);
    // An agency's name is part of every operation it leads or takes part in.
    const auto agencyOperations = [](const char* row) {
        return QStringLiteral("SELECT id FROM operation WHERE lead_agency = %1.id"
                              " UNION SELECT operation FROM assignment WHERE agency = %1.id AND deleted = 0")
            .arg(QLatin1String(row));
    };
    sql << markTrigger(QStringLiteral("agency_name_insert"), QStringLiteral("AFTER INSERT ON agency"),
                       {mark(agencyOperations("new"), {SearchAgencies})});
    sql << markTrigger(QStringLiteral("agency_name_update"), QStringLiteral("AFTER UPDATE OF name, deleted ON agency"),
                       {mark(agencyOperations("new"), {SearchAgencies})});
    sql << markTrigger(QStringLiteral("agency_name_delete"), QStringLiteral("AFTER DELETE ON agency"),
                       {mark(agencyOperations("old"), {SearchAgencies})});
    return sql;
}

const QStringList& searchRefreshStatements()
{
    static const QStringList sql = [] {
        const auto marked = [](int part) { return QStringLiteral("SELECT id FROM search_dirty WHERE part = %1").arg(part); };
        QStringList out{
            // Keys for rows new to the index, in a stable order.
            QStringLiteral("INSERT OR IGNORE INTO search_key (id) SELECT d.id FROM search_dirty d WHERE d.part < 4"
                           " AND EXISTS (SELECT 1 FROM operation o WHERE o.id = d.id) ORDER BY d.id"),
            QStringLiteral("INSERT OR IGNORE INTO search_key (id) SELECT d.id FROM search_dirty d WHERE"
                           " (d.part = %1 AND EXISTS (SELECT 1 FROM agency a WHERE a.id = d.id))"
                           " OR (d.part = %2 AND EXISTS (SELECT 1 FROM service s WHERE s.id = d.id)) ORDER BY d.id")
                .arg(kDirtyAgency)
                .arg(kDirtyService),
        };
        for (int part : {SearchOperation, SearchTargets, SearchAgencies, SearchNotes})
            out << rebuildPart(part, marked(part));
        out << rebuildDirectory(QStringLiteral("agency"), kAgencyColumns, marked(kDirtyAgency));
        out << rebuildDirectory(QStringLiteral("service"), kServiceColumns, marked(kDirtyService));
        out << QStringLiteral("DELETE FROM search_dirty");
        return out;
    }();
    return sql;
}

} // namespace tandem::schema
