#include "records.h"

#include "domain/operations.h"
#include "domain/survivors.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>

namespace tandem::records {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Records)
};

struct Guard {
    const char* entity;
    const char* field;
    const char* command;
    const char* start;  // the values a new record may carry (besides none), separated by '|'
    bool workflow;      // set() runs the command's rules instead of refusing
};

// The fields only a domain action changes, and the command that runs it.
constexpr Guard kGuards[] = {
    {"operation", "status", "move", "draft", true},
    {"operation", "approved_by", "move", "", false},
    {"operation", "approved_at", "move", "", false},
    {"checklist_item", "state", "tick", "open|in_progress", false},
    {"checklist_item", "done_at", "tick", "", false},
    {"checklist_item", "done_by", "tick", "", false},
    {"checklist_item", "reason", "tick", "", false},
    {"consent", "withdrawn_at", "withdraw-consent", "", false},
    {"consent", "withdrawn_reason", "withdraw-consent", "", false},
    {"protocol", "status", "retire-protocol", "active", false},
    {"protocol", "retired_reason", "retire-protocol", "", false},
};

const Guard* guardOf(const QString& entity, const QString& field)
{
    for (const Guard& g : kGuards) {
        if (entity == QLatin1String(g.entity) && field == QLatin1String(g.field))
            return &g;
    }
    return nullptr;
}

QString context(const QString& entity, const QUuid& id)
{
    return id.isNull() ? entity : entity + QLatin1Char(' ') + value::idText(id);
}

Error refusal(const Guard& g, const QString& entity, const QUuid& id)
{
    return makeError(Texts::tr("the field \"%1\" changes only through tandem-cli %2, which keeps its rules")
                         .arg(QLatin1String(g.field), QLatin1String(g.command)),
                     context(entity, id));
}

} // namespace

QString commandFor(const QString& entity, const QString& field)
{
    const Guard* g = guardOf(entity, field);
    return g && !g->workflow ? QString::fromLatin1(g->command) : QString();
}

Result<QUuid> add(Store& store, const QString& entity, const QVariantMap& values)
{
    // A new record may carry a guarded field only empty or at its starting value.
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const Guard* g = guardOf(entity, it.key());
        const QString given = it.value().toString();
        if (g && !given.isEmpty() && !QString::fromLatin1(g->start).split(QLatin1Char('|')).contains(given)) {
            if (*g->start == '\0')
                return refusal(*g, entity, {});
            return makeError(Texts::tr("a new %1 starts with %2 \"%3\"; tandem-cli %4 changes it afterwards")
                                 .arg(entity, QLatin1String(g->field),
                                      QString::fromLatin1(g->start).section(QLatin1Char('|'), 0, 0),
                                      QLatin1String(g->command)),
                             entity);
        }
    }

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    QVariantMap first = values;
    const bool survivorWithT0 =
        entity == QLatin1String("survivor") && !values.value(QStringLiteral("recovered_at")).toString().isEmpty();
    if (survivorWithT0)
        first.remove(QStringLiteral("recovered_at"));
    // A survivor added without a code gets the office's next one of this year, as in the window.
    if (entity == QLatin1String("survivor") && first.value(QStringLiteral("code")).toString().trimmed().isEmpty()) {
        Result<QString> code =
            nextSurvivorCode(store, QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC).date().year());
        if (!code)
            return code.error();
        first.insert(QStringLiteral("code"), *code);
    }
    Result<QUuid> id = store.insert(entity, first);
    if (!id)
        return id.error();
    if (survivorWithT0) {
        Result<std::vector<ChecklistEntry>> made =
            editSurvivor(store, *id, {{QStringLiteral("recovered_at"), values.value(QStringLiteral("recovered_at"))}});
        if (!made)
            return made.error();
    }
    if (Result<void> r = tx->commit(); !r)
        return r.error();
    return id;
}

Result<void> set(Store& store, const QString& entity, const QUuid& id, const QVariantMap& values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (const Guard* g = guardOf(entity, it.key()); g && !g->workflow)
            return refusal(*g, entity, id);
    }
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (entity == QLatin1String("survivor")) {
        if (Result<std::vector<ChecklistEntry>> r = editSurvivor(store, id, values); !r)
            return r.error();
        return tx->commit();
    }
    QVariantMap rest = values;
    // An unknown status is the store's to refuse, in its words (below).
    if (entity == QLatin1String("operation") && rest.contains(QStringLiteral("status"))
        && operations::statuses().contains(rest.value(QStringLiteral("status")).toString())) {
        const QString to = rest.take(QStringLiteral("status")).toString();
        // The other fields first: a move may depend on them (a lead agency set with approval).
        if (!rest.isEmpty()) {
            if (Result<void> r = store.update(entity, id, rest); !r)
                return r;
        }
        Result<Row> now = store.get(entity, id);
        if (!now)
            return now.error();
        if (now->deleted) // the store's refusal, in its words
            return store.update(entity, id, {{QStringLiteral("status"), to}});
        if (now->text(QStringLiteral("status")) != to) {
            if (Result<void> r = operations::moveTo(store, id, to); !r)
                return r;
        }
        return tx->commit();
    }
    if (Result<void> r = store.update(entity, id, rest); !r)
        return r;
    return tx->commit();
}

} // namespace tandem::records
