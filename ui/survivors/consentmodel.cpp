#include "survivors/consentmodel.h"

#include "query/names.h"
#include "records/followstore.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/textstyle.h"
#include "records/columnheader.h"

#include <QBrush>
#include <QLocale>

namespace tandem {
namespace {

QString localTime(const QVariant& t)
{
    const QDateTime time = t.toDateTime();
    return time.isValid() ? localTimeText(time) : QString();
}

// The name of the office or agency a consent is for.
QString recipientName(const Store& store, const Row& consent)
{
    const QUuid office = consent.value(QStringLiteral("recipient_office")).toUuid();
    const QUuid agency = consent.value(QStringLiteral("recipient_agency")).toUuid();
    const bool isOffice = !office.isNull();
    Result<std::optional<RecordName>> name = recordName(store, isOffice ? QStringLiteral("office") : QStringLiteral("agency"),
                                                        isOffice ? office : agency);
    if (!name || !name->has_value())
        return isOffice ? ConsentModel::tr("(an office not known here)") : ConsentModel::tr("(an agency not known here)");
    if ((*name)->deleted)
        return isOffice ? ConsentModel::tr("(deleted office)") : ConsentModel::tr("(deleted agency)");
    return isOffice ? ConsentModel::tr("%1 (office)").arg((*name)->name) : (*name)->name;
}

} // namespace

ConsentModel::ConsentModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConsentModel::setStore(Store* store)
{
    followStore(m_store, store, this, &ConsentModel::storeChanged);
    m_survivor = QUuid();
    reload();
}

void ConsentModel::setSurvivor(const QUuid& survivor)
{
    m_survivor = survivor;
    reload();
}

void ConsentModel::storeChanged(const QString& entity)
{
    if (!m_survivor.isNull()
        && (entity == QLatin1String("consent") || entity == QLatin1String("agency") || entity == QLatin1String("office")))
        reload();
}

void ConsentModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_store && !m_survivor.isNull()) {
        Result<std::vector<Row>> rows = consentsOf(*m_store, m_survivor);
        if (!rows) {
            Q_EMIT readFailed(tr("The consents could not be read: %1").arg(rows.error().message));
        } else {
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_store->wallClock(), Qt::UTC);
            for (Row& r : *rows) {
                Item item;
                item.recipient = recipientName(*m_store, r);
                item.status = consentStatus(r, now);
                item.row = std::move(r);
                m_items.push_back(std::move(item));
            }
        }
    }
    endResetModel();
}

QUuid ConsentModel::idAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? m_items[size_t(row)].row.id : QUuid();
}

ConsentStatus ConsentModel::statusAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? m_items[size_t(row)].status : ConsentStatus::Withdrawn;
}

int ConsentModel::activeCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const Item& i) { return i.status == ConsentStatus::Active; }));
}

int ConsentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ConsentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConsentModel::statusText(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::NotYetGiven:
        return tr("Not yet in force");
    case ConsentStatus::Active:
        return tr("In force");
    case ConsentStatus::Withdrawn:
        return tr("Withdrawn");
    case ConsentStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QVariant ConsentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& i = m_items[size_t(index.row())];
    switch (role) {
    case IdRole:
        return i.row.id;
    case StatusRole:
        return int(i.status);
    case Qt::ForegroundRole:
        if (i.status != ConsentStatus::Active)
            return QBrush(Colours::muted());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Scope || index.column() == Recipient)
            return i.row.text(QStringLiteral("notes")).isEmpty() ? data(index, Qt::DisplayRole)
                                                                   : i.row.text(QStringLiteral("notes"));
        if ((index.column() == Withdrawn || index.column() == Status) && !i.row.isNull(QStringLiteral("withdrawn_at"))) {
            const QString reason = i.row.text(QStringLiteral("withdrawn_reason"));
            const QString when = localTime(i.row.value(QStringLiteral("withdrawn_at")));
            return reason.isEmpty() ? tr("Withdrawn on %1").arg(when) : tr("Withdrawn on %1: %2").arg(when, reason);
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Recipient:
            return i.recipient;
        case Scope:
            return Registry::instance().entity(QStringLiteral("consent"))->field(QStringLiteral("scope"))
                ->valueLabel(i.row.text(QStringLiteral("scope")));
        case Given:
            return localTime(i.row.value(QStringLiteral("given_at")));
        case Withdrawn:
            return localTime(i.row.value(QStringLiteral("withdrawn_at")));
        case Expires:
            return localTime(i.row.value(QStringLiteral("expires_at")));
        case Status:
            return statusText(i.status);
        }
        return {};
    default:
        return {};
    }
}

QVariant ConsentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("To whom"), tr("What"), tr("Given"), tr("Withdrawn"), tr("Expires"), tr("Now")},
                        section, orientation, role, RowHeaders::Numbers);
}

} // namespace tandem
