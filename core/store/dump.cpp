#include "dump.h"

#include "sharing.h"
#include "store.h"
#include "value.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace tandem {

Result<void> writeDump(const Store& store, QIODevice& out, DumpScope scope)
{
    const Registry& registry = Registry::instance();
    std::vector<const EntityDef*> entities;
    for (const EntityDef& e : registry.entities())
        entities.push_back(&e);
    std::sort(entities.begin(), entities.end(),
              [](const EntityDef* a, const EntityDef* b) { return a->name < b->name; });

    auto write = [&out](const QByteArray& bytes) { return out.write(bytes) == bytes.size(); };
    if (!write("{\n"))
        return makeError(out.errorString());

    for (size_t n = 0; n < entities.size(); ++n) {
        const EntityDef& e = *entities[n];
        QStringList versionColumns = e.versionColumns();
        versionColumns << QStringLiteral("deleted_v");
        QString sql = QStringLiteral("SELECT %1, %2 FROM %3 t")
                          .arg(Store::selectColumns(e), versionColumns.join(QStringLiteral(", ")), e.name);
        if (scope == DumpScope::Shared)
            sql += QStringLiteral(" WHERE ") + sharedCondition(e, QStringLiteral("t"));
        sql += QStringLiteral(" ORDER BY id");
        // selectColumns() names bare columns; qualify nothing, the single table makes them unique.
        Result<QSqlQuery> q = store.exec(sql);
        if (!q)
            return q.error();

        if (!write(QByteArray("\"") + e.name.toUtf8() + "\": ["))
            return makeError(out.errorString());
        const int versionStart = 3 + int(e.fields.size());
        bool first = true;
        while (q->next()) {
            Row row = Store::rowFromQuery(e, *q);
            if (scope == DumpScope::All)
                store.openSealed(row);
            QJsonObject fields;
            for (size_t i = 0; i < e.fields.size(); ++i)
                fields.insert(e.fields[i].name, value::toJson(e.fields[i], row.values[i]));
            QJsonObject versions;
            for (int i = 0; i < versionColumns.size(); ++i)
                versions.insert(versionColumns[i],
                                QString::fromLatin1(q->value(versionStart + i).toByteArray().toHex()));
            QJsonObject object{{QStringLiteral("id"), value::idText(row.id)},
                               {QStringLiteral("deleted"), row.deleted},
                               {QStringLiteral("fields"), fields},
                               {QStringLiteral("versions"), versions}};
            const QByteArray line = (first ? "\n  " : ",\n  ")
                                    + QJsonDocument(object).toJson(QJsonDocument::Compact);
            first = false;
            if (!write(line))
                return makeError(out.errorString());
        }
        const QByteArray close = QByteArray(first ? "]" : "\n]") + (n + 1 < entities.size() ? ",\n" : "\n");
        if (!write(close))
            return makeError(out.errorString());
    }
    if (!write("}\n"))
        return makeError(out.errorString());
    return {};
}

} // namespace tandem
