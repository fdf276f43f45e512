#include "sharingdefaults.h"

#include "store/audit.h"
#include "store/sharing.h"
#include "store/store.h"

#include <QCoreApplication>

namespace tandem::sharingdefaults {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::SharingDefaults)
};

} // namespace

std::vector<const EntityDef*> entities()
{
    std::vector<const EntityDef*> out;
    for (const EntityDef& e : Registry::instance().entities()) {
        if (e.sharing == SharingRule::PerRow && e.parent.isEmpty())
            out.push_back(&e);
    }
    return out;
}

Result<QString> level(const Store& store, const EntityDef& e)
{
    Result<QVariant> preferred = store.meta(defaultSharingKey(e));
    if (!preferred)
        return preferred.error();
    if (!preferred->toString().isEmpty())
        return preferred->toString();
    return e.defaultSharing;
}

Result<void> setLevel(Store& store, const EntityDef& e, const QString& level)
{
    if (e.sharing != SharingRule::PerRow || !e.parent.isEmpty())
        return makeError(Texts::tr("%1 go where the record they belong to goes; they have no default of their own")
                             .arg(e.pluralLabelText()));
    if (level != distribution::kOffice && level != distribution::kPartners && level != distribution::kNetwork)
        return makeError(Texts::tr("\"%1\" is not a default for new records; the defaults are: office, partners, network").arg(level));
    const EntityDef* offices = Registry::instance().entity(QStringLiteral("office"));
    if (Result<void> lead = store.mayWrite(*offices); !lead)
        return makeError(Texts::tr("only a lead sets where new records go: %1").arg(lead.error().message));
    Result<QString> was = sharingdefaults::level(store, e);
    if (!was)
        return was.error();
    if (*was == level)
        return {};
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    if (Result<void> r = store.setMeta(defaultSharingKey(e), level); !r)
        return r;
    if (Result<void> r = appendAudit(store, QStringLiteral("preferences"), e.pluralLabelText(),
                                     Texts::tr("new records shared: %1 (was %2)")
                                         .arg(e.field(QStringLiteral("sharing"))->valueLabel(level),
                                              e.field(QStringLiteral("sharing"))->valueLabel(*was)));
        !r)
        return r;
    return tx->commit();
}

} // namespace tandem::sharingdefaults
