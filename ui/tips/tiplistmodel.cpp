#include "tips/tiplistmodel.h"

#include "bidi.h"
#include "document.h"
#include "query/names.h"
#include "query/tips.h"
#include "records/followstore.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"
#include "records/columnheader.h"

namespace tandem {
namespace {

const EntityDef& tipEntity()
{
    return *Registry::instance().entity(QStringLiteral("tip"));
}

// The statuses a filter shows (tokens); empty for all.
QStringList statuses(TipListModel::Filter filter)
{
    switch (filter) {
    case TipListModel::Open:
        return {QStringLiteral("new"), QStringLiteral("assessed")};
    case TipListModel::New:
        return {QStringLiteral("new")};
    case TipListModel::Assessed:
        return {QStringLiteral("assessed")};
    case TipListModel::Linked:
        return {QStringLiteral("linked")};
    case TipListModel::Closed:
        return {QStringLiteral("closed")};
    case TipListModel::All:
        break;
    }
    return {};
}

} // namespace

TipListModel::TipListModel(QObject* parent) : PagedTableModel(kPageSize, parent) {}

void TipListModel::setDocument(Document* document)
{
    followStore(m_document, document, this, [this](const QString& entity, const QList<QUuid>&) {
        if (entity == QLatin1String("tip") || entity == QLatin1String("operation"))
            resetRows(qMax(int(m_rows.size()), kPageSize));
    });
    reload();
}

void TipListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TipListModel::reload()
{
    resetRows(kPageSize);
}

Result<qint64> TipListModel::readCount()
{
    m_operations.clear();
    return TipListQuery(m_document->store(), statuses(m_filter)).count();
}

Result<std::vector<Row>> TipListModel::readPage(const Row* after, int limit) const
{
    return TipListQuery(m_document->store(), statuses(m_filter)).page(after, limit);
}

QString TipListModel::readFailedText(const Error& error) const
{
    return tr("The tips could not be read: %1").arg(error.message);
}

void TipListModel::aboutToAdd(const std::vector<Row>& rows)
{
    for (const Row& r : rows) {
        const QUuid op = r.value(QStringLiteral("operation")).toUuid();
        if (op.isNull() || m_operations.contains(op))
            continue;
        Result<std::optional<RecordName>> name = recordName(m_document->store(), QStringLiteral("operation"), op);
        if (!name) {
            Q_EMIT readFailed(readFailedText(name.error()));
            return;
        }
        if (name->has_value())
            m_operations.insert(op, (*name)->deleted ? tr("(deleted operation)") : (*name)->name);
    }
}

int TipListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TipListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const EntityDef& e = tipEntity();
    if (role == IdRole)
        return row.id;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Received:
            return localTimeText(row.value(QStringLiteral("received_at")).toDateTime());
        case Channel:
            return e.field(QStringLiteral("channel"))->valueLabel(row.text(QStringLiteral("channel")));
        case Place:
            return shownIsolated(row.text(QStringLiteral("place")));
        case Indicators: {
            const int n = int(row.value(QStringLiteral("indicators")).toStringList().size());
            return n == 0 ? QString() : n == 1 ? tr("1 indicator") : tr("%n indicators", nullptr, n);
        }
        case Credibility:
            return e.field(QStringLiteral("credibility"))->valueLabel(row.text(QStringLiteral("credibility")));
        case Status:
            return e.field(QStringLiteral("status"))->valueLabel(row.text(QStringLiteral("status")));
        case Operation:
            return shownIsolated(m_operations.value(row.value(QStringLiteral("operation")).toUuid()));
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Indicators) {
        QStringList labels;
        const FieldDef& f = *e.field(QStringLiteral("indicators"));
        for (const QString& token : row.value(QStringLiteral("indicators")).toStringList())
            labels << f.valueLabel(token);
        return labels.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant TipListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Received"), tr("Channel"), tr("Place"), tr("Indicators"), tr("Credibility"),
                        tr("Status"), tr("Operation")}, section, orientation, role);
}

bool TipListModel::canRead() const
{
    return m_document;
}

} // namespace tandem
