#include "tick.h"

#include "store/store.h"
#include "store/value.h"
#include "util/timeformat.h"

#include <QCoreApplication>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::Tick)
};

const QString kItem = QStringLiteral("checklist_item");

// A done time may be entered up to a day ahead: the person ticking may be in another time zone
// than the clock of this computer, but a week ahead is a typing mistake.
constexpr qint64 kFutureToleranceSecs = 24 * 3600;

QDateTime wholeSeconds(const QDateTime& t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

// The done time the tick records, refused when it cannot be right for this survivor.
Result<QDateTime> checkedDoneTime(const Store& store, const Row& item, const QDateTime& at,
                                  const QString& context)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    if (at.toSecsSinceEpoch() > now.toSecsSinceEpoch() + kFutureToleranceSecs)
        return makeError(Texts::tr("the done time %1 is more than a day in the future (it is now %2); "
                            "check the date and its offset")
                             .arg(timeForPeople(at), timeForPeople(now)),
                         context);

    // A step of a survivor's checklist cannot have been done before the survivor was found. A
    // survivor row this office was not sent, or one without T0, leaves nothing to compare with.
    const QUuid survivorId = item.value(QStringLiteral("survivor")).toUuid();
    Result<Row> survivor = store.get(QStringLiteral("survivor"), survivorId);
    if (survivor && !survivor->deleted) {
        const QDateTime t0 = survivor->value(QStringLiteral("recovered_at")).toDateTime();
        if (t0.isValid() && at < t0)
            return makeError(Texts::tr("the done time %1 is before survivor %2 was recovered (T0, %3)")
                                 .arg(timeForPeople(at), survivor->text(QStringLiteral("code")),
                                      timeForPeople(t0)),
                             context);
    }
    return at;
}

} // namespace

bool tickStateIsFinal(const QString& state)
{
    return state == QLatin1String("done") || state == QLatin1String("not_applicable") ||
           state == QLatin1String("declined");
}

bool tickStateNeedsReason(const QString& state)
{
    return state == QLatin1String("not_applicable") || state == QLatin1String("declined");
}

Result<void> tick(Store& store, const QUuid& itemId, const TickOptions& options)
{
    const EntityDef& entity = *Registry::instance().entity(kItem);
    const FieldDef& stateField = *entity.field(QStringLiteral("state"));
    const QString context = kItem + QLatin1Char(' ') + value::idText(itemId);

    if (!stateField.hasValue(options.state)) {
        QStringList states;
        for (const EnumValue& v : stateField.values)
            states << QString::fromLatin1(v.token);
        return makeError(Texts::tr("unknown state \"%1\"; the states are: %2")
                             .arg(options.state, states.join(QStringLiteral(", "))),
                         context);
    }
    const bool final = tickStateIsFinal(options.state);
    if (!final && (options.at.isValid() || !options.by.isEmpty()))
        return makeError(Texts::tr("a done time and who did it are recorded only for the states done, "
                            "not_applicable and declined, not for %1")
                             .arg(options.state),
                         context);

    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    Result<Row> item = store.get(kItem, itemId);
    if (!item)
        return item.error();
    if (item->deleted)
        return makeError(Texts::tr("this checklist step was deleted; it can no longer be ticked"),
                         context);

    QVariantMap values{{QStringLiteral("state"), options.state}};
    if (options.note)
        values.insert(QStringLiteral("note"), *options.note);
    // The store's rule asks for it when the step moves into a state that needs one, and refuses
    // it with any other state.
    if (!options.reason.trimmed().isEmpty())
        values.insert(QStringLiteral("reason"), options.reason.trimmed());

    if (final) {
        const bool again = item->text(QStringLiteral("state")) == options.state;
        const QVariant recordedAt = item->value(QStringLiteral("done_at"));
        const QVariant recordedBy = item->value(QStringLiteral("done_by"));

        if (options.at.isValid() || !again || recordedAt.isNull()) {
            const QDateTime at = wholeSeconds(
                options.at.isValid() ? options.at
                                     : QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC));
            Result<QDateTime> checked = checkedDoneTime(store, *item, at, context);
            if (!checked)
                return checked.error();
            values.insert(QStringLiteral("done_at"), *checked);
        }

        const QString by = options.by.trimmed();
        const QString ticker = options.defaultBy.trimmed();
        if (!by.isEmpty())
            values.insert(QStringLiteral("done_by"), by);
        else if (!again || recordedBy.isNull()) {
            if (ticker.isEmpty())
                return makeError(Texts::tr("say who did it: a step marked %1 records who did it (done_by)")
                                     .arg(options.state),
                                 context);
            values.insert(QStringLiteral("done_by"), ticker);
        }
    } else {
        values.insert(QStringLiteral("done_at"), QVariant());
        values.insert(QStringLiteral("done_by"), QVariant());
    }

    if (Result<void> r = store.update(kItem, itemId, values); !r)
        return r;
    return tx->commit();
}

} // namespace tandem
