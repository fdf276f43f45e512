#include "referralfixture.h"

#include <QSqlQuery>

#include <stdexcept>

namespace tandem::test {

QUuid ReferralFixture::stepOf(const QUuid& survivor, const char* title)
{
    Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT i.id FROM checklist_item i JOIN protocol_step p ON p.id = i.step "
                                                 "WHERE i.survivor = ? AND p.title = ?"),
                                  {survivor.toRfc4122(), QString::fromLatin1(title)});
    if (!q || !q->next())
        throw std::runtime_error(std::string("no step ") + title);
    return QUuid::fromRfc4122(q->value(0).toByteArray());
}

ReferralFixture::ReferralFixture()
{
    Store& s = *t;
    auto service = [&s](const char* name, const char* kind, std::optional<int> capacity, const QStringList& languages,
                        bool minors) {
        QVariantMap v{{QStringLiteral("name"), QString::fromUtf8(name)},
                      {QStringLiteral("kind"), QString::fromLatin1(kind)},
                      {QStringLiteral("languages"), languages},
                      {QStringLiteral("accepts_minors"), minors}};
        if (capacity)
            v.insert(QStringLiteral("capacity"), *capacity);
        Result<QUuid> id = s.insert(QStringLiteral("service"), v);
        if (!id)
            throw std::runtime_error(id.error().message.toStdString());
        return *id;
    };
    const QString en = QStringLiteral("en");
    helpline = service("Eastfold Trafficking Helpline", "hotline", std::nullopt,
                       {en, QStringLiteral("ro"), QStringLiteral("sq"), QStringLiteral("pl")}, true);
    family = service("Gullhaven Family Shelter", "shelter", 0, {en, QStringLiteral("pt"), QStringLiteral("ar")}, true);
    shelter = service("Harbourside Women's Shelter", "shelter", 14, {en, QStringLiteral("ro"), QStringLiteral("sq")}, false);
    foster = service("Marrow Quay Foster Network", "child_services", 10,
                     {QStringLiteral("English"), QStringLiteral("Romanian"), QStringLiteral("Albanian")}, true);
    legal = service("Survivor Legal Aid Panel", "legal_aid", 60, {en}, true);
    gone = service("Old Quay Refuge", "shelter", 5, {QStringLiteral("sq")}, true);
    if (!s.remove(QStringLiteral("service"), gone))
        throw std::runtime_error("deleting a service");
    if (!s.update(QStringLiteral("survivor"), survivor1, {{QStringLiteral("languages"), QStringList{QStringLiteral("ro")}}})
        || !s.update(QStringLiteral("survivor"), survivor2,
                     {{QStringLiteral("languages"), QStringList{QStringLiteral("Albanian")}}}))
        throw std::runtime_error("survivors' languages");
    adultStep = stepOf(survivor1, "Medical");
    minorStep = stepOf(survivor2, "Medical");
}

} // namespace tandem::test
