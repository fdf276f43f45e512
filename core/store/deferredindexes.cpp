#include "deferredindexes.h"

#include "registry.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::DeferredIndexes)
};

// Read by the write path itself: minting a survivor code looks for the codes in use, and making
// a survivor's checklist looks for the steps it already has.
bool readWhileWriting(const QString& name)
{
    return name == QLatin1String("survivor_code") || name == QLatin1String("checklist_item_steps");
}

} // namespace

Result<DeferredIndexes> DeferredIndexes::drop(Store& store)
{
    if (!store.inTransaction())
        return makeError(Texts::tr("indexes are only put off inside a transaction"), store.path());
    QStringList tables;
    for (const EntityDef& e : Registry::instance().entities())
        tables << QStringLiteral("'%1'").arg(e.name);
    // sql IS NULL: the index of a UNIQUE or PRIMARY KEY constraint, part of its table.
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                                    "AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (%1) ORDER BY name")
                                         .arg(tables.join(QLatin1Char(','))));
    if (!q)
        return q.error();
    DeferredIndexes deferred(store);
    while (q->next()) {
        const QString name = q->value(0).toString();
        if (!readWhileWriting(name))
            deferred.m_dropped.emplace_back(name, q->value(1).toString());
    }
    q->finish();
    for (const auto& [name, sql] : deferred.m_dropped) {
        if (Result<QSqlQuery> dropped = store.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !dropped)
            return dropped.error();
    }
    return deferred;
}

Result<void> DeferredIndexes::rebuild()
{
    while (!m_dropped.empty()) {
        if (Result<QSqlQuery> built = m_store->exec(m_dropped.back().second); !built)
            return built.error();
        m_dropped.pop_back();
    }
    return {};
}

QStringList DeferredIndexes::pending() const
{
    QStringList names;
    for (const auto& dropped : m_dropped)
        names << dropped.first;
    return names;
}

} // namespace tandem
