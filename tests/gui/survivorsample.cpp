#include "survivorsample.h"

#include "domain/protocols.h"
#include "domain/survivors.h"

namespace tandem::test {

Result<SurvivorSample> fillSurvivorSample(Store& store, int count, qint64 nowMillis)
{
    SurvivorSample s;
    if (Result<QStringList> installed = installDefaultProtocols(store); !installed)
        return installed.error();
    const auto insert = [&store](const char* entity, const QVariantMap& values) {
        return store.insert(QString::fromLatin1(entity), values);
    };
    Result<QUuid> op = insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Quiet Lantern")}});
    Result<QUuid> other = insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Amber Weir")}});
    Result<QUuid> agency = insert("agency", {{QStringLiteral("name"), QStringLiteral("Millbrook Refuge")},
                                             {QStringLiteral("kind"), QStringLiteral("shelter")}});
    if (!op || !other || !agency)
        return makeError(QStringLiteral("the sample operations could not be written"));
    s.operation = *op;
    s.otherOperation = *other;
    s.agency = *agency;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMillis, Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Result<QUuid> id = insert("survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-%1").arg(i + 1, 4, 10, QLatin1Char('0'))},
                                               {QStringLiteral("operation"), i % 2 ? s.otherOperation : s.operation},
                                               // Survivor 1 is the minor: 16–17 makes one.
                                               {QStringLiteral("age_band"), i == 1 ? QStringLiteral("16_17") : QStringLiteral("25_34")},
                                               {QStringLiteral("minor"), i == 1},
                                               {QStringLiteral("foreign_national"), i % 3 == 0}});
        if (!id)
            return id.error();
        Result<RescueTimeChange> t0 = setRescueTime(store, *id, now.addSecs(-qint64(2 + 5 * i) * 3600));
        if (!t0)
            return t0.error();
        s.survivors << *id;
    }
    Result<QUuid> later = insert("survivor", {{QStringLiteral("code"), QStringLiteral("V-2026-0900")},
                                              {QStringLiteral("operation"), s.operation}});
    if (!later)
        return later.error();
    s.withoutT0 = *later;
    if (count > 0) {
        s.identityMarker = QStringLiteral("Identity Marker Qv7k");
        if (Result<QUuid> r = insert("survivor_identity", {{QStringLiteral("survivor"), s.survivors.front()},
                                                           {QStringLiteral("name"), s.identityMarker},
                                                           {QStringLiteral("contact"), QStringLiteral("+00 0000 0001")}});
            !r)
            return r.error();
        if (Result<QUuid> r = insert("consent", {{QStringLiteral("survivor"), s.survivors.front()},
                                                 {QStringLiteral("recipient_agency"), s.agency},
                                                 {QStringLiteral("scope"), QStringLiteral("contact")},
                                                 {QStringLiteral("given_at"), now.addSecs(-3600)}});
            !r)
            return r.error();
    }
    return s;
}

} // namespace tandem::test
