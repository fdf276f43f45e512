#include "reportbuilder.h"

#include "reportcontext.h"

#include "domain/consent.h"
#include "store/store.h"
#include "store/value.h"

namespace tandem::report {
namespace {

QDateTime instant(const Store& store, const QDateTime& at)
{
    return at.isValid() ? at.toUTC() : QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
}

QString recordContext(const QString& entity, const QUuid& id)
{
    return entity + QLatin1Char(' ') + value::idText(id);
}

// A live row, or an error naming it: unknown and deleted are refused alike.
Result<Row> liveRow(const Store& store, const QString& entity, const QUuid& id)
{
    Result<Row> row = store.get(entity, id);
    if (!row)
        return row.error();
    if (row->deleted)
        return makeError(Report::tr("this %1 was deleted").arg(entity), recordContext(entity, id));
    return row;
}

// "1. Situation", "4.2 Harbour Outreach": numbers make a briefing easy to refer to by phone.
void numberSections(Document& d)
{
    int major = 0;
    int minor = 0;
    for (Section& s : d.sections) {
        if (s.level <= 1) {
            ++major;
            minor = 0;
            s.title = QStringLiteral("%1. %2").arg(major).arg(s.title);
        } else {
            ++minor;
            s.title = QStringLiteral("%1.%2 %3").arg(major).arg(minor).arg(s.title);
        }
    }
}

} // namespace

Result<QString> recipientName(const Store& store, const Recipient& recipient)
{
    if (recipient.isNull())
        return QString();
    const QString entity = recipient.entity();
    const QString context = recordContext(entity, recipient.id);
    Result<Row> row = store.get(entity, recipient.id);
    if (!row)
        return makeError(recipient.type == Recipient::Type::Office
                             ? Report::tr("the recipient is not an office known to this database")
                             : Report::tr("the recipient is not an agency of this database's directory"),
                         context);
    const QString name = row->text(QStringLiteral("name"));
    if (row->deleted)
        return makeError(recipient.type == Recipient::Type::Office
                             ? Report::tr("the recipient office was deleted; name another recipient")
                             : Report::tr("the recipient agency was deleted from the directory; name another "
                                          "recipient"),
                         context);
    return name;
}

Result<Recipient> findRecipient(const Store& store, const QUuid& id)
{
    for (const Recipient candidate : {Recipient::office(id), Recipient::agency(id)}) {
        Result<Row> row = store.get(candidate.entity(), id);
        if (!row)
            continue;
        if (Result<QString> name = recipientName(store, candidate); !name)
            return name.error();
        return candidate;
    }
    return makeError(Report::tr("no office or agency of this database has this id"), value::idText(id));
}

Result<IdentityPermission> identityPermission(const Store& store, const QUuid& operation,
                                              const Recipient& recipient, const QDateTime& at)
{
    IdentityPermission p;
    if (recipient.isNull()) {
        p.reason = Report::tr("identities are shared only with a named recipient, an office or an agency that "
                              "survivors agreed to share them with; no recipient is named");
        return p;
    }
    Result<QString> recipientText = recipientName(store, recipient);
    if (!recipientText) {
        p.reason = recipientText.error().message;
        return p;
    }
    const QString name = *recipientText;
    const QDateTime when = instant(store, at);
    Result<std::vector<Row>> survivors = store.select(QStringLiteral("survivor"), QStringLiteral("operation = ? AND deleted = 0"),
                                                      {operation.toRfc4122()}, QStringLiteral("id"));
    if (!survivors)
        return survivors.error();
    for (const Row& s : *survivors) {
        // The consent ledger's rule (consent.h): in force at `when`, for exactly this recipient
        // (an office consent never covers an agency, nor the other way round).
        Result<bool> covered = hasConsent(store, s.id, detail::consentRecipient(recipient), QStringLiteral("identity"), when);
        if (!covered)
            return covered.error();
        ++p.survivors;
        p.covered += *covered ? 1 : 0;
    }
    if (p.survivors == 0) {
        p.reason = Report::tr("no survivors are recorded for this operation");
        return p;
    }
    if (p.covered == 0) {
        p.reason = Report::tr("no survivor of this operation has a consent in force to share their identity "
                              "with %1")
                       .arg(name);
        return p;
    }
    p.allowed = true;
    if (p.covered < p.survivors)
        p.note = Report::tr("%1 of %2 survivors agreed to share their identity with %3; the others appear by "
                            "code only")
                     .arg(p.covered)
                     .arg(p.survivors)
                     .arg(name);
    return p;
}

Result<Document> buildReport(const Store& store, const QUuid& operation, const Options& options)
{
    const QString opContext = recordContext(QStringLiteral("operation"), operation);
    Options o = options;
    o.marking = o.marking.trimmed().isEmpty() ? defaultMarking() : o.marking.trimmed();
    if (const QString problem = markingProblem(o.marking); !problem.isEmpty())
        return makeError(problem, Report::tr("marking"));
    if (o.copyNumber < 0 || o.copyNumber > kMaxCopyNumber)
        return makeError(Report::tr("the copy number %1 is not from 1 to %2").arg(o.copyNumber).arg(kMaxCopyNumber),
                         Report::tr("copy"));
    Result<Row> op = liveRow(store, QStringLiteral("operation"), operation);
    if (!op)
        return op.error();
    const QString codeName = op->text(QStringLiteral("code_name"));

    Result<QString> recipient = recipientName(store, o.recipient);
    if (!recipient)
        return recipient.error();
    const QDateTime at = instant(store, o.at);
    if (o.identities) {
        Result<IdentityPermission> permission = identityPermission(store, operation, o.recipient, at);
        if (!permission)
            return permission.error();
        if (!permission->allowed)
            return makeError(Report::tr("survivors' identities cannot be included: %1").arg(permission->reason),
                             codeName);
        if (!store.identityKeys())
            return makeError(Report::tr("survivors' identities are sealed and locked; unlock them with "
                                        "your passphrase to include them"),
                             codeName);
    }

    detail::Context context(store, *op, o, at);
    // An agency's copy (domain/needtoknow.h): only an agency taking part receives one.
    const bool agencyCopy = isAgencyCopyKind(o.kind) && o.recipient.type == Recipient::Type::Agency;
    if (agencyCopy) {
        Result<needtoknow::AgencyPart> part = needtoknow::agencyPart(store, operation, o.recipient.id);
        if (!part)
            return part.error();
        context.setAgencyCopy(std::move(*part));
    } else if (needsAgency(o.kind)) {
        return makeError(Report::tr("an assignment sheet is one agency's: name the agency taking part in the "
                                    "operation that it is for"),
                         codeName);
    }
    if (Result<void> r = context.loadAgencies(); !r)
        return r.error();
    Result<std::vector<detail::SurvivorLine>> survivors = context.survivors();
    if (!survivors)
        return survivors.error();
    Result<Document> built = makeError(Report::tr("unknown kind of report"));
    switch (o.kind) {
    case Kind::OperationOrder:
        built = detail::buildOperationOrder(context, *survivors);
        break;
    case Kind::AfterAction:
        built = detail::buildAfterAction(context, *survivors);
        break;
    case Kind::AssignmentSheet:
        built = detail::buildAssignmentSheet(context);
        break;
    }
    if (!built)
        return makeError(built.error().message, codeName);
    Document& d = *built;
    d.kind = o.kind;
    d.operation = operation;
    d.title = codeName; // the code name as the task force writes it ("Operation Thimble" or "Lantern")
    d.marking = Marking{o.marking, o.copyNumber, *recipient, agencyCopy};
    d.recipient = o.recipient.isNull() ? Recipient{} : o.recipient;
    d.needToKnow = context.needToKnow();
    Result<Row> self = store.get(QStringLiteral("office"), store.officeId());
    d.issuedBy = self ? self->text(QStringLiteral("name")) : QString();
    d.generatedAt = at;
    d.locale = o.locale;
    d.timeZone = o.timeZone;
    d.identitiesIncluded = o.identities;
    for (const detail::SurvivorLine& line : *survivors)
        d.identitiesShown += line.identityShown ? 1 : 0;
    numberSections(d);
    return built;
}

Result<bool> hasFloorPlans(const Store& store, const QUuid& operation)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM target_attachment a JOIN target t ON t.id = a.target "
                                                    "WHERE t.operation = ? AND t.deleted = 0 AND a.deleted = 0 AND (a.media_type "
                                                    "IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/gif')))"),
                                     {operation.toRfc4122()});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

} // namespace tandem::report
