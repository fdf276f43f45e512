#include "tiplistmodel.h"

#include "bidi.h"
#include "document.h"
#include "store/registry.h"
#include "store/store.h"
#include "timetext.h"

#include <QSet>
#include <QSqlQuery>

namespace tandem {
namespace {

const EntityDef& tipEntity()
{
    return *Registry::instance().entity(QStringLiteral("tip"));
}

} // namespace

TipListModel::TipListModel(QObject* parent) : QAbstractTableModel(parent) {}

void TipListModel::setDocument(Document* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(&m_document->store(), &Store::changed, this, [this](const QString& entity, const QList<QUuid>&) {
            if (entity == QLatin1String("tip") || entity == QLatin1String("operation"))
                load(qMax(int(m_rows.size()), kPageSize));
        });
    }
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
    load(kPageSize);
}

QString TipListModel::where() const
{
    switch (m_filter) {
    case Open:
        return QStringLiteral("deleted = 0 AND status IN ('new', 'assessed')");
    case New:
        return QStringLiteral("deleted = 0 AND status = 'new'");
    case Assessed:
        return QStringLiteral("deleted = 0 AND status = 'assessed'");
    case Linked:
        return QStringLiteral("deleted = 0 AND status = 'linked'");
    case Closed:
        return QStringLiteral("deleted = 0 AND status = 'closed'");
    case All:
        break;
    }
    return QStringLiteral("deleted = 0");
}

Result<std::vector<Row>> TipListModel::page(const Row* after, int limit) const
{
    QString w = where();
    QVariantList binds;
    if (after) {
        const qint64 at = after->value(QStringLiteral("received_at")).toDateTime().toSecsSinceEpoch();
        w += QStringLiteral(" AND (received_at < ? OR (received_at = ? AND id > ?))");
        binds << at << at << after->id.toRfc4122();
    }
    return m_document->store().select(QStringLiteral("tip"), w, binds, QStringLiteral("received_at DESC, id"), limit);
}

Result<void> TipListModel::readNames()
{
    m_operations.clear();
    QSet<QUuid> wanted;
    for (const Row& r : m_rows) {
        const QUuid op = r.value(QStringLiteral("operation")).toUuid();
        if (!op.isNull())
            wanted.insert(op);
    }
    for (const QUuid& op : std::as_const(wanted)) {
        Result<QSqlQuery> q = m_document->store().exec(QStringLiteral("SELECT code_name, deleted FROM operation WHERE id = ?"),
                                                      {op.toRfc4122()});
        if (!q)
            return q.error();
        if (q->next())
            m_operations.insert(op, q->value(1).toBool() ? tr("(deleted operation)") : q->value(0).toString());
    }
    return {};
}

void TipListModel::load(int rows)
{
    std::vector<Row> loaded;
    qint64 total = 0;
    QString error;
    if (m_document) {
        Result<std::vector<Row>> r = page(nullptr, rows);
        Result<QSqlQuery> count = m_document->store().exec(QStringLiteral("SELECT count(*) FROM tip WHERE ") + where());
        if (r && count && count->next()) {
            loaded = std::move(*r);
            total = count->value(0).toLongLong();
        } else {
            error = !r ? r.error().message : !count ? count.error().message : QString();
        }
    }
    beginResetModel();
    m_rows = std::move(loaded);
    m_total = total;
    m_rowOf.clear();
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].id, int(i));
    if (m_document) {
        Result<void> names = readNames();
        if (!names && error.isEmpty())
            error = names.error().message;
    }
    endResetModel();
    Q_EMIT totalCountChanged();
    if (!error.isEmpty())
        Q_EMIT failed(tr("The tips could not be read: %1").arg(error));
}

QUuid TipListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : QUuid();
}

int TipListModel::rowOf(const QUuid& id) const
{
    return m_rowOf.value(id, -1);
}

int TipListModel::fetchUntil(const QUuid& id)
{
    while (rowOf(id) < 0 && canFetchMore({}))
        fetchMore({});
    return rowOf(id);
}

int TipListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TipListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TipListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_document && qint64(m_rows.size()) < m_total;
}

void TipListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Result<std::vector<Row>> more = page(&m_rows.back(), kPageSize);
    if (!more) {
        m_total = qint64(m_rows.size());
        Q_EMIT failed(tr("The tips could not be read: %1").arg(more.error().message));
        return;
    }
    if (more->empty()) {
        m_total = qint64(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size()) - 1);
    for (Row& r : *more) {
        m_rowOf.insert(r.id, int(m_rows.size()));
        m_rows.push_back(std::move(r));
    }
    endInsertRows();
    Result<void> names = readNames();
    if (!names)
        Q_EMIT failed(tr("The tips could not be read: %1").arg(names.error().message));
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Received:
        return tr("Received");
    case Channel:
        return tr("Channel");
    case Place:
        return tr("Place");
    case Indicators:
        return tr("Indicators");
    case Credibility:
        return tr("Credibility");
    case Status:
        return tr("Status");
    case Operation:
        return tr("Operation");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tandem
