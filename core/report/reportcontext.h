#pragma once

#include "document.h"
#include "reportbuilder.h"

#include "domain/consent.h"
#include "domain/needtoknow.h"
#include "store/row.h"
#include "util/result.h"

#include <QHash>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace tandem {
class Store;
}

// What the two report builders share: the operation being reported on, the store, and how values
// are written for people (the options' locale and time zone).
namespace tandem::report::detail {

struct Agency {
    QString name;
    QString kind;
    QString contact;
    QString phone;
};

// A survivor as the reports show them, with their identity when it may be shown.
struct SurvivorLine {
    Row survivor;
    bool identityShown = false;
    QString name;
    QString dateOfBirth;
};

class Context {
public:
    Context(const Store& store, const Row& operation, const Options& options, const QDateTime& at);

    // Makes this an agency's copy (domain/needtoknow.h): its own part, the shared parts, and the
    // need-to-know items only when `part.needToKnow`.
    void setAgencyCopy(needtoknow::AgencyPart part) { m_part = std::move(part); }
    // The agency whose copy this is; null for a copy that holds everything.
    const needtoknow::AgencyPart* agencyCopy() const { return m_part ? &*m_part : nullptr; }
    // Whether this copy shows `entity.field`: every field, but a need-to-know one only in a full
    // copy or an entitled agency's copy.
    bool shows(const QString& entity, const QString& field) const;
    bool shows(const QString& field) const { return shows(QStringLiteral("operation"), field); }
    // Whether this copy holds the need-to-know items (the operation log, entry points, ...).
    bool needToKnow() const { return !m_part || m_part->needToKnow; }
    // Whether this copy shows what belongs to `agency` (its team leads, people, tasks, comms).
    bool showsAgency(const QUuid& agency) const { return !m_part || m_part->agency == agency; }

    const Store& store() const { return m_store; }
    const Row& operation() const { return m_operation; }
    const Options& options() const { return m_options; }
    const QDateTime& at() const { return m_at; }
    QByteArray operationKey() const { return m_operation.id.toRfc4122(); }

    // A field of the operation (or of `row`) as people read it; empty when empty.
    QString show(const QString& field) const { return show(m_operation, field); }
    QString show(const Row& row, const QString& field) const;
    // A time (UTC QDateTime, or Unix seconds) in the options' zone and locale; empty when null.
    QString time(const QDateTime& utc) const;
    QString secondsTime(const QVariant& unixSeconds) const;
    // "2 h 15 min", "3 d 4 h", "45 min"; negative spans get a minus sign.
    QString duration(qint64 seconds) const;
    QString number(qint64 n) const { return m_options.locale.toString(n); }
    // The label of the field `entity.field` as the registry gives it, translated: the heading of
    // a report's line or column that shows that field (said once, where the window says it too).
    QString heading(const QString& entity, const QString& field) const;
    QString heading(const QString& field) const { return heading(QStringLiteral("operation"), field); }
    // The label of an enum token of `entity.field`.
    QString label(const QString& entity, const QString& field, const QString& token) const;

    // Agencies by id (the directory is small; loaded once).
    Result<void> loadAgencies();
    const Agency* agency(const QUuid& id) const;
    QString agencyName(const QVariant& id) const;

    // Live rows of `entity` belonging to the operation (by its "operation" field).
    Result<std::vector<Row>> children(const QString& entity, const QString& orderBy) const;
    Result<QSqlQuery> query(const QString& sql, const QVariantList& binds = {}) const;

    // The operation's live survivors, by code, with identities where the options and consents
    // allow (the caller has checked the permission).
    Result<std::vector<SurvivorLine>> survivors() const;

private:
    const Store& m_store;
    Row m_operation;
    Options m_options;
    QDateTime m_at;
    QHash<QUuid, Agency> m_agencies;
    std::optional<needtoknow::AgencyPart> m_part;
};

// The consent ledger's way of naming the same recipient (none for none).
ConsentRecipient consentRecipient(const Recipient& recipient);

// The title block both reports open with: operation, status, type, period, lead agency,
// prepared and approved by, and who issued the document when; for an agency's copy also whose
// copy it is, the agency's roles and whether the need-to-know items are in it.
std::vector<Field> titleBlock(const Context& c);
// "Not recorded." for empty text.
QString orNotRecorded(const QString& text);
// What a target holds that only the need-to-know roles see (entry points, hazards, assigned team,
// notes), as far as this copy shows them.
std::vector<Field> needToKnowTargetFields(const Context& c, const Row& target);
// "Lead, Entry, Perimeter": assignment role tokens as people read them.
QString rolesText(const Context& c, const QStringList& roles);

// The survivors table: codes always, identities in their own columns when included.
Table survivorTable(const Context& c, const std::vector<SurvivorLine>& lines, bool withProgress,
                    const QHash<QUuid, QPair<int, int>>& progress = {});

// The operation log: notes of kind "log", by time (time, author, entry). A log entry marked as a
// lesson learned stays here at its time.
Result<Table> logTable(const Context& c);
// The lessons learned: notes written as lessons and log entries marked as lessons, by time.
Result<Table> lessonsTable(const Context& c);

Result<Document> buildOperationOrder(const Context& c, const std::vector<SurvivorLine>& survivors);
Result<Document> buildAfterAction(const Context& c, const std::vector<SurvivorLine>& survivors);
// One agency's ICS-204 sheet: the context must be an agency's copy.
Result<Document> buildAssignmentSheet(const Context& c);

} // namespace tandem::report::detail
