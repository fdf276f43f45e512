// list, show, add, set, delete: records of any entity, by registry name, through the one write
// path.

#include "commands.h"
#include "output.h"
#include "passphrase.h"
#include "session.h"

#include "domain/records.h"
#include "store/audit.h"
#include "store/keystore.h"
#include "store/registry.h"
#include "store/value.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <functional>

namespace tandem::cli {
namespace {

const QString kJson = QStringLiteral("json");
const QString kIdentities = QStringLiteral("identities");
const QString kDeleted = QStringLiteral("deleted");

// A table cell stays on one line and within reason; `show` prints the whole value.
constexpr qsizetype kMaxCell = 40;

QString typesText()
{
    return Registry::instance().names().join(QStringLiteral(", "));
}

QCommandLineOption identitiesOption()
{
    return QCommandLineOption(kIdentities,
                              Cli::tr("Print survivors' identifying details (needs the office "
                                      "passphrase; the unlock is audited). Records of "
                                      "survivor_identity are printed only with this option."));
}

// Survivors' identities are printed only on purpose: a list typed in a shared terminal, or a
// script's output going to a log, must not spill them. --identities is that purpose, and it is
// refused where there is nothing it could allow.
bool identitiesAllowed(const Args& args, const EntityDef& e, bool printsRecord)
{
    const bool asked = args.isSet(kIdentities);
    if (asked && !holdsIdentities(e)) {
        args.usageError(Cli::tr("--identities applies only to records with identifying details "
                                "(survivor_identity), not to %1")
                            .arg(e.name));
        return false;
    }
    if (printsRecord && !asked && holdsIdentities(e)) {
        args.usageError(Cli::tr("%1 records hold survivors' identifying details; they are printed "
                                "only when asked for with --identities")
                            .arg(e.name));
        return false;
    }
    return true;
}

// Reading needs no lock (it works beside the open window), except with --identities, whose
// unlock is written to the audit log.
Store::Access readAccess(const Args& args)
{
    return args.isSet(kIdentities) ? Store::Access::ReadWrite : Store::Access::ReadOnly;
}

// With --identities, the office passphrase opens survivors' identifying details for this one
// command (they are sealed at rest); every such unlock is written to the audit log. Returns the
// exit code when the command must stop.
// Whose identity a record shows: the survivor's code, for the audit log.
QString survivorCode(const Store& store, const EntityDef& e, const QUuid& id)
{
    QUuid survivor = id;
    if (e.name == QLatin1String("survivor_identity")) {
        Result<Row> row = store.get(e.name, id);
        survivor = row ? row->value(QStringLiteral("survivor")).toUuid() : QUuid();
    } else if (e.name != QLatin1String("survivor")) {
        return {};
    }
    Result<Row> row = store.get(QStringLiteral("survivor"), survivor);
    return row ? row->value(QStringLiteral("code")).toString() : QString();
}

std::optional<int> unlockIdentities(const Args& args, Store& store, std::optional<OfficeKeys>& keys,
                                    const QString& command, const QString& subject = {})
{
    if (!args.isSet(kIdentities))
        return std::nullopt;
    if (Result<void> r = unlockIdentityKeys(args, store, keys, subject.isEmpty() ? Cli::tr("survivors' identities") : subject,
                                            command);
        !r)
        return fail(r.error());
    return std::nullopt;
}

// FIELD=VALUE arguments as the write path takes them (text, validated there); "FIELD=" is empty.
std::optional<QVariantMap> assignments(const Args& args, const QStringList& items)
{
    QVariantMap values;
    for (const QString& item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            args.usageError(Cli::tr("\"%1\" is not FIELD=VALUE").arg(item));
            return std::nullopt;
        }
        const QString name = item.left(eq);
        if (values.contains(name)) {
            args.usageError(Cli::tr("the field \"%1\" is given twice").arg(name));
            return std::nullopt;
        }
        values.insert(name, item.mid(eq + 1));
    }
    return values;
}

QString cellText(const FieldDef& f, const QVariant& v)
{
    QString text = value::toText(f, v);
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > kMaxCell)
        text = text.left(kMaxCell - 1) + QChar(0x2026);
    return text;
}

// A row as read, identifying details opened when the store's identities are unlocked.
Row readRow(const Store& store, const EntityDef& e, const QSqlQuery& q)
{
    Row row = Store::rowFromQuery(e, q);
    store.openSealed(row);
    return row;
}

Result<QSqlQuery> selectRows(const Store& store, const EntityDef& e, bool withDeleted)
{
    return store.exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY id")
                          .arg(Store::selectColumns(e), e.name,
                               withDeleted ? QString() : QStringLiteral(" WHERE deleted = 0")));
}

// Rows are streamed, one object per line, so that a list of 100,000 checklist steps does not
// have to fit in memory twice.
int listJson(const Store& store, const EntityDef& e, bool withDeleted)
{
    Result<QSqlQuery> q = selectRows(store, e, withDeleted);
    if (!q)
        return fail(q.error());
    out() << '[';
    bool first = true;
    while (q->next()) {
        out() << (first ? "\n" : ",\n")
              << QString::fromUtf8(QJsonDocument(recordJson(store, readRow(store, e, *q)))
                                       .toJson(QJsonDocument::Compact));
        first = false;
    }
    out() << (first ? "]\n" : "\n]\n");
    return ExitOk;
}

struct Column {
    QString header;
    std::function<QString(const Row&)> cell;
    bool always = false;
    bool used = false;
    qsizetype width = 0;
};

// Two passes over the rows: the first finds the columns that hold anything and their widths, the
// second prints. Long texts and the office each record comes from (an id) are left to `show`.
int listTable(const Store& store, const EntityDef& e, bool withDeleted)
{
    std::vector<Column> columns;
    columns.push_back(
        {QStringLiteral("id"), [](const Row& r) { return value::idText(r.id); }, true});
    for (size_t i = 0; i < e.fields.size(); ++i) {
        const FieldDef& f = e.fields[i];
        if (f.type != FieldType::LongText && f.name != QLatin1String("origin"))
            columns.push_back({f.name, [&f, i](const Row& r) {
                                   return cellText(f, r.values[i]);
                               }});
    }
    if (withDeleted)
        columns.push_back({kDeleted, [](const Row& r) {
                               return r.deleted ? Cli::tr("yes") : QString();
                           }});
    if (e.name == QLatin1String("office")) {
        const QUuid self = store.officeId();
        columns.push_back({QStringLiteral("self"), [self](const Row& r) {
                               return r.id == self ? Cli::tr("yes") : QString();
                           }});
    }

    // The widths need every row before the first is printed. The texts of the first rows are
    // kept for printing; a table larger than that is read a second time instead of held whole.
    constexpr qint64 kKeptRows = 20000;
    std::vector<std::vector<QString>> kept;
    Result<QSqlQuery> q = selectRows(store, e, withDeleted);
    if (!q)
        return fail(q.error());
    qint64 rows = 0;
    while (q->next()) {
        const Row row = readRow(store, e, *q);
        std::vector<QString> texts;
        texts.reserve(columns.size());
        for (Column& c : columns) {
            QString text = c.cell(row);
            c.used = c.used || !text.isEmpty();
            c.width = std::max(c.width, text.size());
            texts.push_back(std::move(text));
        }
        if (++rows <= kKeptRows)
            kept.push_back(std::move(texts));
    }
    q->finish();
    if (rows == 0)
        return ExitOk;
    std::vector<size_t> shown;
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].always || columns[i].used)
            shown.push_back(i);
    }
    for (Column& c : columns)
        c.width = std::max(c.width, c.header.size());

    auto print = [&columns, &shown](const std::function<QString(size_t)>& text) {
        QString line;
        for (size_t k = 0; k < shown.size(); ++k) {
            if (k > 0)
                line += QStringLiteral("  ");
            line += k + 1 < shown.size() ? text(shown[k]).leftJustified(columns[shown[k]].width) : text(shown[k]);
        }
        out() << line << '\n';
    };
    print([&columns](size_t i) { return columns[i].header; });
    if (rows <= kKeptRows) {
        for (const std::vector<QString>& texts : kept)
            print([&texts](size_t i) { return texts[i]; });
        return ExitOk;
    }
    q = selectRows(store, e, withDeleted);
    if (!q)
        return fail(q.error());
    while (q->next()) {
        const Row row = readRow(store, e, *q);
        print([&row, &columns](size_t i) { return columns[i].cell(row); });
    }
    return ExitOk;
}

void printRecord(const Store& store, const Row& row)
{
    const EntityDef& e = *row.entity();
    std::vector<std::pair<QString, QString>> lines{{QStringLiteral("id"), value::idText(row.id)}};
    for (size_t i = 0; i < e.fields.size(); ++i)
        lines.emplace_back(e.fields[i].name, value::toText(e.fields[i], row.values[i]));
    if (row.deleted)
        lines.emplace_back(kDeleted, QStringLiteral("true"));
    if (e.name == QLatin1String("office"))
        lines.emplace_back(QStringLiteral("self"), row.id == store.officeId()
                                                       ? QStringLiteral("true")
                                                       : QStringLiteral("false"));
    printFields(lines);
}

} // namespace

int runList(const QStringList& arguments)
{
    Args args(
        QStringLiteral("list"), {QStringLiteral("DB"), QStringLiteral("TYPE")},
        Cli::tr("Lists the records of TYPE in the database DB in id order (the order they were "
                "made in), as a table or as JSON. Deleted records are left out unless "
                "--deleted is given; in a table, fields that are empty in every record, the office "
                "each record comes from and "
                "long texts are left out (show prints them).\n\nTYPE is one of: %1, or conflict "
                "(the merge conflicts to review; with --deleted, the resolved ones too).")
            .arg(typesText()));
    args.addOption(
        QCommandLineOption(kJson, Cli::tr("Print a JSON array of objects: \"id\" and every "
                                          "field by name (and \"self\" for offices).")));
    args.addOption(QCommandLineOption(kDeleted, Cli::tr("Include deleted records (tombstones).")));
    args.addOption(identitiesOption());
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (args.positional(1) == QLatin1String("conflict")) {
        std::unique_ptr<Store> store = openDatabase(args, readAccess(args));
        if (!store)
            return ExitFailure;
        return listConflicts(*store, args.isSet(kJson), args.isSet(kDeleted));
    }
    const EntityDef* e = entityArgument(args, args.positional(1));
    if (!e || !identitiesAllowed(args, *e, true))
        return ExitUsage;

    std::unique_ptr<Store> store = openDatabase(args, readAccess(args));
    if (!store)
        return ExitFailure;
    std::optional<OfficeKeys> keys;
    if (std::optional<int> stop = unlockIdentities(args, *store, keys, QStringLiteral("list")))
        return *stop;
    return args.isSet(kJson) ? listJson(*store, *e, args.isSet(kDeleted))
                             : listTable(*store, *e, args.isSet(kDeleted));
}

int runShow(const QStringList& arguments)
{
    Args args(
        QStringLiteral("show"),
        {QStringLiteral("DB"), QStringLiteral("TYPE"), QStringLiteral("ID")},
        Cli::tr("Shows every field of the record ID of TYPE, one \"field: value\" line each, in "
                "the form `set` accepts back. A deleted record shows as its tombstone.\n\n"
                "TYPE is one of: %1.")
            .arg(typesText()));
    args.addOption(QCommandLineOption(kJson, Cli::tr("Print the record as a JSON object.")));
    args.addOption(identitiesOption());
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const EntityDef* e = entityArgument(args, args.positional(1));
    if (!e || !identitiesAllowed(args, *e, true))
        return ExitUsage;
    const std::optional<QUuid> id = idArgument(args, args.positional(2));
    if (!id)
        return ExitUsage;

    std::unique_ptr<Store> store = openDatabase(args, readAccess(args));
    if (!store)
        return ExitFailure;
    std::optional<OfficeKeys> keys;
    if (std::optional<int> stop = unlockIdentities(args, *store, keys, QStringLiteral("show"), survivorCode(*store, *e, *id)))
        return *stop;
    Result<Row> row = store->get(e->name, *id);
    if (!row)
        return fail(row.error());
    if (args.isSet(kJson))
        printJson(recordJson(*store, *row));
    else
        printRecord(*store, *row);
    return ExitOk;
}

int runAdd(const QStringList& arguments)
{
    Args args(
        QStringLiteral("add"),
        {QStringLiteral("DB"), QStringLiteral("TYPE"), QStringLiteral("[FIELD=VALUE...]")},
        Cli::tr("Adds a record of TYPE with the given fields and prints its new id. Values are "
                "text as `show` prints them: times in ISO 8601 with an offset "
                "(2026-05-01T06:00:00+02:00), references as ids, lists separated by commas, "
                "true or false; \"FIELD=\" leaves a field empty. Fields left out get their "
                "defaults.\n\nTYPE is one of: %1.")
            .arg(typesText()));
    args.addOption(
        QCommandLineOption(kJson, Cli::tr("Print the new record as a JSON object instead "
                                          "of its id.")));
    args.addOption(
        QCommandLineOption(kIdentities, Cli::tr("With --json, print the identifying "
                                                "details just added (survivor_identity).")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const EntityDef* e = entityArgument(args, args.positional(1));
    if (!e)
        return ExitUsage;
    if (args.isSet(kIdentities) && !args.isSet(kJson))
        return args.usageError(
            Cli::tr("--identities goes with --json; without it, add prints only the "
                    "new id"));
    if (!identitiesAllowed(args, *e, args.isSet(kJson)))
        return ExitUsage;
    const std::optional<QVariantMap> values = assignments(args, args.positionalFrom(2));
    if (!values)
        return ExitUsage;

    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    std::optional<OfficeKeys> keys;
    if (std::optional<int> stop = unlockIdentities(args, *store, keys, QStringLiteral("add")))
        return *stop;
    Result<QUuid> id = records::add(*store, e->name, *values);
    if (!id)
        return fail(id.error());
    if (!args.isSet(kJson)) {
        out() << value::idText(*id) << '\n';
        return ExitOk;
    }
    Result<Row> row = store->get(e->name, *id);
    if (!row)
        return fail(row.error());
    printJson(recordJson(*store, *row));
    return ExitOk;
}

int runSet(const QStringList& arguments)
{
    Args args(
        QStringLiteral("set"),
        {QStringLiteral("DB"), QStringLiteral("TYPE"), QStringLiteral("ID"),
         QStringLiteral("FIELD=VALUE...")},
        Cli::tr("Changes the given fields of the record ID of TYPE, all or none of them. Values "
                "are written as for `add`; \"FIELD=\" empties a field. Prints nothing on "
                "success.\n\nTYPE is one of: %1.")
            .arg(typesText()));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const EntityDef* e = entityArgument(args, args.positional(1));
    if (!e)
        return ExitUsage;
    const std::optional<QUuid> id = idArgument(args, args.positional(2));
    if (!id)
        return ExitUsage;
    const std::optional<QVariantMap> values = assignments(args, args.positionalFrom(3));
    if (!values)
        return ExitUsage;

    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    // The rules of each kind of record (domain/records.h): an operation's status by the workflow,
    // a survivor's checklist with its details, guarded fields refused with the command to use.
    if (Result<void> r = records::set(*store, e->name, *id, *values); !r)
        return fail(r.error());
    return ExitOk;
}

int runDelete(const QStringList& arguments)
{
    Args args(
        QStringLiteral("delete"),
        {QStringLiteral("DB"), QStringLiteral("TYPE"), QStringLiteral("ID")},
        Cli::tr("Deletes the record ID of TYPE, and the records it owns (an operation's "
                "targets, a survivor's checklist). A tombstone stays, so that partner offices "
                "learn of the delete. Prints nothing on success.\n\nTYPE is one of: %1.")
            .arg(typesText()));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    const EntityDef* e = entityArgument(args, args.positional(1));
    if (!e)
        return ExitUsage;
    const std::optional<QUuid> id = idArgument(args, args.positional(2));
    if (!id)
        return ExitUsage;

    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    if (Result<void> r = store->remove(e->name, *id); !r)
        return fail(r.error());
    return ExitOk;
}

} // namespace tandem::cli
