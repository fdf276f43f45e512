#include "consent.h"

#include "store/store.h"
#include "store/value.h"
#include "util/timeformat.h"

#include <QCoreApplication>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Consent)
};

const QString kConsent = QStringLiteral("consent");

// A consent may be dated up to a day ahead (the person recording it may be in another time zone
// than this computer's clock); more is a typing mistake.
constexpr qint64 kFutureToleranceSecs = 24 * 3600;

QDateTime now(const Store& store)
{
    return QDateTime::fromSecsSinceEpoch(store.wallClock() / 1000, Qt::UTC);
}

bool tooFarAhead(const Store& store, const QDateTime& t)
{
    return t.toSecsSinceEpoch() > now(store).toSecsSinceEpoch() + kFutureToleranceSecs;
}

QDateTime wholeSeconds(const QDateTime& t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

ConsentStatus consentStatus(const Row& consent, const QDateTime& at)
{
    const QDateTime given = consent.value(QStringLiteral("given_at")).toDateTime();
    const QDateTime withdrawn = consent.value(QStringLiteral("withdrawn_at")).toDateTime();
    const QDateTime expires = consent.value(QStringLiteral("expires_at")).toDateTime();
    // Compared in whole seconds, as the SQL rule compares the stored Unix seconds.
    const qint64 t = at.toSecsSinceEpoch();
    if (consent.deleted || (withdrawn.isValid() && withdrawn.toSecsSinceEpoch() <= t))
        return ConsentStatus::Withdrawn;
    if (!given.isValid() || given.toSecsSinceEpoch() > t)
        return ConsentStatus::NotYetGiven;
    if (expires.isValid() && expires.toSecsSinceEpoch() <= t)
        return ConsentStatus::Expired;
    return ConsentStatus::Active;
}

Result<bool> hasConsent(const Store& store, const QUuid& survivor, const ConsentRecipient& recipient,
                        const QString& scope, const QDateTime& at)
{
    Result<std::vector<Row>> consents = consentsOf(store, survivor);
    if (!consents)
        return consents.error();
    for (const Row& c : *consents) {
        const QUuid office = c.value(QStringLiteral("recipient_office")).toUuid();
        const QUuid agency = c.value(QStringLiteral("recipient_agency")).toUuid();
        if (c.text(QStringLiteral("scope")) != scope)
            continue;
        const bool forRecipient = (!recipient.office.isNull() && office == recipient.office)
                                  || (!recipient.agency.isNull() && agency == recipient.agency);
        if (forRecipient && consentInForce(c, at))
            return true;
    }
    return false;
}

Result<std::vector<Row>> consentsOf(const Store& store, const QUuid& survivor)
{
    return store.select(kConsent, QStringLiteral("survivor = ? AND deleted = 0"), {survivor.toRfc4122()},
                        QStringLiteral("given_at, id"));
}

Result<QUuid> recordConsent(Store& store, const QUuid& survivor, const NewConsent& c)
{
    const QString context = QStringLiteral("survivor ") + value::idText(survivor);
    if (c.recipient.office.isNull() == c.recipient.agency.isNull())
        return makeError(Texts::tr("a consent is given to one recipient: an office or an agency"), context);
    if (!c.givenAt.isValid())
        return makeError(Texts::tr("say when the consent was given"), context);
    if (tooFarAhead(store, c.givenAt))
        return makeError(Texts::tr("the consent is dated %1, more than a day in the future (it is now %2)")
                             .arg(timeForPeople(c.givenAt), timeForPeople(now(store))),
                         context);
    QVariantMap values{{QStringLiteral("survivor"), survivor},
                       {QStringLiteral("scope"), c.scope},
                       {QStringLiteral("given_at"), wholeSeconds(c.givenAt)}};
    if (!c.recipient.office.isNull())
        values.insert(QStringLiteral("recipient_office"), c.recipient.office);
    else
        values.insert(QStringLiteral("recipient_agency"), c.recipient.agency);
    if (c.expiresAt.isValid()) {
        if (c.expiresAt <= c.givenAt)
            return makeError(Texts::tr("the consent expires (%1) before it is given (%2)")
                                 .arg(timeForPeople(c.expiresAt), timeForPeople(c.givenAt)),
                             context);
        values.insert(QStringLiteral("expires_at"), wholeSeconds(c.expiresAt));
    }
    if (!c.notes.trimmed().isEmpty())
        values.insert(QStringLiteral("notes"), c.notes.trimmed());
    return store.insert(kConsent, values);
}

Result<void> withdrawConsent(Store& store, const QUuid& consentId, const QString& reason, const QDateTime& requested)
{
    const QString context = kConsent + QLatin1Char(' ') + value::idText(consentId);
    const QDateTime at = wholeSeconds(requested.isValid() ? requested : now(store));
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<Row> consent = store.get(kConsent, consentId);
    if (!consent)
        return consent.error();
    if (consent->deleted)
        return makeError(Texts::tr("this consent was deleted"), context);
    const QDateTime withdrawn = consent->value(QStringLiteral("withdrawn_at")).toDateTime();
    if (withdrawn.isValid())
        return makeError(Texts::tr("this consent was already withdrawn on %1").arg(timeForPeople(withdrawn)), context);
    const QDateTime given = consent->value(QStringLiteral("given_at")).toDateTime();
    if (given.isValid() && at < given)
        return makeError(Texts::tr("the withdrawal (%1) cannot be before the consent was given (%2)")
                             .arg(timeForPeople(at), timeForPeople(given)),
                         context);
    if (tooFarAhead(store, at))
        return makeError(Texts::tr("the withdrawal is dated %1, more than a day in the future (it is now %2)")
                             .arg(timeForPeople(at), timeForPeople(now(store))),
                         context);
    // No reason: the store's rule for consent refuses the withdrawal and says so.
    QVariantMap values{{QStringLiteral("withdrawn_at"), at}};
    if (!reason.trimmed().isEmpty())
        values.insert(QStringLiteral("withdrawn_reason"), reason.trimmed());
    if (Result<void> r = store.update(kConsent, consentId, values); !r)
        return r;
    return tx->commit();
}

} // namespace tandem
