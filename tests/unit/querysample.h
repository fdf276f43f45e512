#pragma once

// Small stores for the read layer's tests (core/query): records made through Store::insert with
// only the fields a test looks at, at fixed times.

#include "testsupport.h"

#include "catchqt.h"

#include <QDateTime>
#include <QVariantMap>

namespace tandem::test {

inline QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

inline QUuid add(Store& store, const char* entity, const QVariantMap& values)
{
    Result<QUuid> id = store.insert(QString::fromLatin1(entity), values);
    INFO((id ? QString() : id.error().text()).toStdString());
    REQUIRE(id);
    return *id;
}

inline void remove(Store& store, const char* entity, const QUuid& id)
{
    Result<void> r = store.remove(QString::fromLatin1(entity), id);
    INFO((r ? QString() : r.error().text()).toStdString());
    REQUIRE(r);
}

inline QUuid addAgency(Store& store, const QString& name)
{
    return add(store, "agency", {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("police")}});
}

inline QUuid addOperation(Store& store, const QString& codeName, const QString& status = QStringLiteral("planned"))
{
    return add(store, "operation", {{QStringLiteral("code_name"), codeName}, {QStringLiteral("status"), status}});
}

} // namespace tandem::test
