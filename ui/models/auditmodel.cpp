#include "auditmodel.h"

#include "store/store.h"
#include "timetext.h"

#include <QApplication>
#include <QLocale>
#include <QScopedValueRollback>
#include <QStyle>

#include <algorithm>

namespace tandem {

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString AuditModel::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("export"), QT_TR_NOOP("Export")},
        {QStringLiteral("merge"), QT_TR_NOOP("Merge")},
        {QStringLiteral("unlock"), QT_TR_NOOP("Unlock")},
        {QStringLiteral("keys"), QT_TR_NOOP("Keys made")},
        {QStringLiteral("passphrase"), QT_TR_NOOP("Passphrase changed")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restore")},
        {QStringLiteral("copy"), QT_TR_NOOP("Copy saved")},
        {QStringLiteral("protocol"), QT_TR_NOOP("Protocol")},
        {QStringLiteral("report"), QT_TR_NOOP("Report with identities")},
        {QStringLiteral("trust"), QT_TR_NOOP("Partner trusted")},
        {QStringLiteral("rekey"), QT_TR_NOOP("Partner's key replaced")},
        {QStringLiteral("untrust"), QT_TR_NOOP("Partner untrusted")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

void AuditModel::setStore(Store* store)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_store = store;
    m_brokenSeq = 0;
    load(kPageSize);
    endResetModel();
}

void AuditModel::setFilter(const AuditFilter& filter)
{
    if (filter.action == m_filter.action && filter.text == m_filter.text)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_filter = filter;
    load(kPageSize);
    endResetModel();
}

void AuditModel::reload()
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    load(std::max(int(m_entries.size()), kPageSize));
    endResetModel();
}

void AuditModel::setBrokenSeq(qint64 seq)
{
    if (seq == m_brokenSeq)
        return;
    m_brokenSeq = seq;
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Result<std::vector<AuditEntry>> AuditModel::page(qint64 beforeSeq, int limit) const
{
    return readAuditPage(*m_store, m_filter, beforeSeq, limit);
}

void AuditModel::load(int rows)
{
    const qint64 total = m_total;
    m_entries.clear();
    m_total = 0;
    m_lastSeq = 0;
    m_atEnd = true;
    if (m_store) {
        Result<qint64> count = countAudit(*m_store, m_filter);
        Result<qint64> last = lastAuditSeq(*m_store);
        Result<std::vector<AuditEntry>> entries = page(0, rows);
        if (!count || !last || !entries) {
            Q_EMIT readFailed(tr("The audit trail could not be read: %1")
                                  .arg((!count ? count.error() : !last ? last.error() : entries.error()).message));
        } else {
            m_total = *count;
            m_lastSeq = *last;
            m_entries = std::move(*entries);
            m_atEnd = qint64(m_entries.size()) >= m_total;
        }
    }
    if (m_total != total)
        Q_EMIT totalCountChanged(m_total);
}

const AuditEntry* AuditModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

int AuditModel::fetchUntil(qint64 seq)
{
    for (;;) {
        const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                     [seq](const AuditEntry& e) { return e.seq == seq; });
        if (it != m_entries.end())
            return int(it - m_entries.begin());
        // Newest first: once an older entry is loaded, `seq` is not coming.
        if (!canFetchMore({}) || (!m_entries.empty() && m_entries.back().seq < seq))
            return -1;
        fetchMore({});
    }
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    const bool broken = m_brokenSeq != 0 && e->seq == m_brokenSeq;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return localTimeText(e->at);
        case Action:
            return actionLabel(e->action);
        case Actor:
            return e->actor;
        case Subject:
            return e->subject;
        case Details:
            return e->details;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (broken)
            return tr("Entry %L1: this entry does not follow from the ones before it. It was "
                      "changed, or entries before it were removed.")
                .arg(e->seq);
        if (index.column() == Time)
            return tr("Entry %L1, %2").arg(e->seq).arg(longTimeText(e->at));
        return index.column() == Details || index.column() == Subject ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::DecorationRole:
        if (broken && index.column() == Time)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (broken)
            return QColor(0xb7, 0x1c, 0x1c);
        return {};
    case SeqRole:
        return e->seq;
    case ActionRole:
        return e->action;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Actor:
        return tr("Who");
    case Subject:
        return tr("Subject");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while the rows change: whoever listens to the change (a view, a model tester) may ask
    // for more, and a page inserted inside another insertion or reset breaks the model's contract.
    return !parent.isValid() && m_store && !m_atEnd && !m_changing;
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Result<std::vector<AuditEntry>> more = page(m_entries.empty() ? 0 : m_entries.back().seq, kPageSize);
    if (!more) {
        m_atEnd = true; // not again and again from every scroll
        Q_EMIT readFailed(tr("The audit trail could not be read: %1").arg(more.error().message));
        return;
    }
    if (more->empty()) {
        m_atEnd = true;
        return;
    }
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(more->size()) - 1);
    m_entries.insert(m_entries.end(), std::make_move_iterator(more->begin()), std::make_move_iterator(more->end()));
    m_atEnd = qint64(m_entries.size()) >= m_total || int(more->size()) < kPageSize;
    endInsertRows();
}

} // namespace tandem
