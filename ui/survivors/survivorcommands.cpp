#include "survivors/survivorcommands.h"

#include "records/changecommands.h"
#include "records/recordcommands.h"
#include "document.h"
#include "query/changes.h"
#include "store/store.h"

#include <QCoreApplication>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::SurvivorCommands)
};

QVariantList id(const QUuid& uuid)
{
    return {uuid.toRfc4122()};
}

// The survivor and the steps of its checklist.
QList<ChangeScope> survivorAndSteps(const QUuid& survivor)
{
    return {{QStringLiteral("survivor"), QStringLiteral("id = ?"), id(survivor)},
            {QStringLiteral("checklist_item"), QStringLiteral("survivor = ?"), id(survivor)}};
}

// Every row of these entities the change writes: for changes that only add rows.
QList<ChangeScope> writtenBy(const Store& store, const QStringList& entities)
{
    QList<ChangeScope> scopes;
    for (const QString& e : entities)
        scopes.append({e, QStringLiteral("local_seq > ?"), {store.localSeq()}});
    return scopes;
}

// The versions of the protocol's family and their steps, and every one the change makes.
Result<QList<ChangeScope>> protocolFamily(const Store& store, const QUuid& protocol)
{
    Result<Row> row = store.get(QStringLiteral("protocol"), protocol);
    const QByteArray family = row ? row->value(QStringLiteral("family")).toUuid().toRfc4122() : QByteArray();
    std::vector<QUuid> versions;
    if (row) {
        Result<std::vector<QUuid>> found =
            query::protocolVersions(store, row->value(QStringLiteral("family")).toUuid());
        if (!found)
            return found.error();
        versions = std::move(*found);
    }
    QStringList marks;
    QVariantList stepBinds;
    for (const QUuid& version : versions) {
        marks << QStringLiteral("?");
        stepBinds << version.toRfc4122();
    }
    stepBinds << store.localSeq();
    const QString steps = versions.empty()
                              ? QStringLiteral("local_seq > ?")
                              : QStringLiteral("protocol IN (%1) OR local_seq > ?").arg(marks.join(QLatin1Char(',')));
    QList<ChangeScope> scopes{
        {QStringLiteral("protocol"), QStringLiteral("family = ? OR local_seq > ?"), {family, store.localSeq()}},
        {QStringLiteral("protocol_step"), steps, stepBinds}};
    return scopes;
}

} // namespace

Result<void> tickStep(Document& document, const QUuid& item, TickOptions options)
{
    if (options.defaultBy.isEmpty())
        options.defaultBy = document.store().actor().name;
    const EntityDef* e = Registry::instance().entity(QStringLiteral("checklist_item"));
    const QString description = options.state == QLatin1String("done")
                                    ? Texts::tr("Tick step done")
                                    : Texts::tr("Mark step %1").arg(e->field(QStringLiteral("state"))->valueLabel(options.state).toLower());
    return recordChanges(document, description, {{QStringLiteral("checklist_item"), QStringLiteral("id = ?"), id(item)}},
                         [&] { return tick(document.store(), item, options); });
}

Result<void> editStep(Document& document, const QUuid& item, const StepEdit& edit)
{
    Store& store = document.store();
    return recordChanges(
        document, Texts::tr("Edit step"), {{QStringLiteral("checklist_item"), QStringLiteral("id = ?"), id(item)}},
        [&]() -> Result<void> {
            Result<Row> row = store.get(QStringLiteral("checklist_item"), item);
            if (!row)
                return row.error();
            const QString state = row->text(QStringLiteral("state"));
            // The time and person of a settled step go through tick(), which checks them against T0
            // and the clock; a note and a referral are plain fields.
            if (tickStateIsFinal(state) && (edit.doneAt.isValid() || !edit.doneBy.trimmed().isEmpty())) {
                TickOptions options;
                options.state = state;
                options.at = edit.doneAt;
                options.by = edit.doneBy.trimmed();
                options.defaultBy = store.actor().name;
                if (Result<void> r = tick(store, item, options); !r)
                    return r;
            }
            // A referral goes through its rule: another service clears the previous one's answer.
            if (edit.service)
                if (Result<void> r = refer(store, item, *edit.service); !r)
                    return r;
            if (!edit.note)
                return {};
            return store.update(QStringLiteral("checklist_item"), item, {{QStringLiteral("note"), edit.note->trimmed()}});
        });
}

Result<void> referStep(Document& document, const QUuid& item, const QUuid& service)
{
    return recordChanges(document, service.isNull() ? Texts::tr("Remove referral") : Texts::tr("Refer to service"),
                         {{QStringLiteral("checklist_item"), QStringLiteral("id = ?"), id(item)}},
                         [&] { return refer(document.store(), item, service); });
}

Result<void> recordReferralAnswer(Document& document, const QUuid& item, const ReferralAnswer& answer)
{
    return recordChanges(document, Texts::tr("Record referral answer"),
                         {{QStringLiteral("checklist_item"), QStringLiteral("id = ?"), id(item)}},
                         [&] { return answerReferral(document.store(), item, answer); });
}

Result<RescueTimeChange> setRescueTime(Document& document, const QUuid& survivor, const QDateTime& t0)
{
    return recordChangesFor<RescueTimeChange>(document, Texts::tr("Set rescue time"), survivorAndSteps(survivor),
                                              [&] { return setRescueTime(document.store(), survivor, t0); });
}

Result<int> setApplicability(Document& document, const QUuid& survivor, const QString& field, bool on)
{
    const FieldDef* f = Registry::instance().entity(QStringLiteral("survivor"))->field(field);
    return editSurvivor(document, survivor, {{field, on}}, Texts::tr("Edit %1").arg(f ? f->labelText().toLower() : field));
}

Result<int> editSurvivor(Document& document, const QUuid& survivor, const QVariantMap& values, const QString& description)
{
    return recordChangesFor<int>(document, description, survivorAndSteps(survivor), [&]() -> Result<int> {
        Result<std::vector<ChecklistEntry>> steps = editSurvivor(document.store(), survivor, values);
        if (!steps)
            return steps.error();
        return int(steps->size());
    });
}

Result<QUuid> addSurvivor(Document& document, int year, const QUuid& operation)
{
    Result<QString> code = nextSurvivorCode(document.store(), year);
    if (!code)
        return code.error();
    QVariantMap values{{QStringLiteral("code"), *code}};
    if (!operation.isNull())
        values.insert(QStringLiteral("operation"), operation);
    return addRecord(document, QStringLiteral("survivor"), values, Texts::tr("Add survivor %1").arg(*code));
}

Result<QUuid> recordConsent(Document& document, const QUuid& survivor, const NewConsent& consent)
{
    return recordChangesFor<QUuid>(document, Texts::tr("Record consent"), writtenBy(document.store(), {QStringLiteral("consent")}),
                                   [&] { return recordConsent(document.store(), survivor, consent); });
}

Result<void> withdrawConsent(Document& document, const QUuid& consent, const QString& reason)
{
    return recordChanges(document, Texts::tr("Withdraw consent"), {{QStringLiteral("consent"), QStringLiteral("id = ?"), id(consent)}},
                         [&] { return withdrawConsent(document.store(), consent, reason); });
}

Result<SavedProtocol> saveProtocol(Document& document, const QUuid& protocol, const ProtocolFile& edited)
{
    const Result<QList<ChangeScope>> scopes =
        protocol.isNull()
            ? Result<QList<ChangeScope>>(writtenBy(document.store(), {QStringLiteral("protocol"), QStringLiteral("protocol_step")}))
            : protocolFamily(document.store(), protocol);
    if (!scopes)
        return scopes.error();
    return recordChangesFor<SavedProtocol>(document, protocol.isNull() ? Texts::tr("New protocol") : Texts::tr("Save protocol"),
                                           *scopes, [&] { return saveProtocol(document.store(), protocol, edited); });
}

Result<QUuid> importProtocol(Document& document, const ProtocolFile& protocol, QList<int>* retiredVersions)
{
    return recordChangesFor<QUuid>(document, Texts::tr("Import protocol"),
                                   writtenBy(document.store(), {QStringLiteral("protocol"), QStringLiteral("protocol_step")}),
                                   [&] { return importProtocol(document.store(), protocol, retiredVersions); });
}

Result<void> setProtocolStatus(Document& document, const QUuid& protocol, const QString& status, const QString& reason)
{
    const Result<QList<ChangeScope>> scopes = protocolFamily(document.store(), protocol);
    if (!scopes)
        return scopes.error();
    return recordChanges(document, status == QLatin1String("retired") ? Texts::tr("Retire protocol") : Texts::tr("Make protocol active"),
                         *scopes, [&] { return setProtocolStatus(document.store(), protocol, status, reason); });
}

} // namespace tandem
