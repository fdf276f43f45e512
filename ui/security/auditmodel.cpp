#include "security/auditmodel.h"

#include "store/store.h"
#include "timetext.h"
#include "widgets/textstyle.h"
#include "records/columnheader.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace tandem {

AuditModel::AuditModel(QObject* parent) : PagedTableModel(kPageSize, parent) {}

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
        {QStringLiteral("reveal"), QT_TR_NOOP("Identity shown")},
        {QStringLiteral("status"), QT_TR_NOOP("Status moved")},
        {QStringLiteral("consent"), QT_TR_NOOP("Consent")},
        {QStringLiteral("person_add"), QT_TR_NOOP("Person added")},
        {QStringLiteral("person_remove"), QT_TR_NOOP("Person removed")},
        {QStringLiteral("repair-clock"), QT_TR_NOOP("Clock repaired")},
        {QStringLiteral("extract"), QT_TR_NOOP("Attached file saved out")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

void AuditModel::setStore(Store* store)
{
    resetRows(kPageSize, [&] {
        m_store = store;
        m_brokenSeq = 0;
        m_lastSeq = 0;
    });
}

void AuditModel::setFilter(const AuditFilter& filter)
{
    if (filter.action == m_filter.action && filter.text == m_filter.text && filter.actor == m_filter.actor)
        return;
    resetRows(kPageSize, [&] { m_filter = filter; });
}

void AuditModel::reload()
{
    resetRows(std::max(int(m_rows.size()), kPageSize));
}

void AuditModel::setBrokenSeq(qint64 seq)
{
    if (seq == m_brokenSeq)
        return;
    m_brokenSeq = seq;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Result<std::vector<AuditEntry>> AuditModel::readPage(const AuditEntry* after, int limit) const
{
    return readAuditPage(*m_store, m_filter, after ? after->seq : 0, limit);
}

Result<qint64> AuditModel::readCount()
{
    m_lastSeq = 0;
    Result<qint64> count = countAudit(*m_store, m_filter);
    if (!count)
        return count.error();
    Result<qint64> last = lastAuditSeq(*m_store);
    if (!last)
        return last.error();
    m_lastSeq = *last;
    return *count;
}

QString AuditModel::readFailedText(const Error& error) const
{
    return tr("The audit trail could not be read: %1").arg(error.message);
}

const AuditEntry* AuditModel::entryAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int AuditModel::fetchUntil(qint64 seq)
{
    for (;;) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [seq](const AuditEntry& e) { return e.seq == seq; });
        if (it != m_rows.end())
            return int(it - m_rows.begin());
        // Newest first: once an older entry is loaded, `seq` is not coming.
        if (!canFetchMore({}) || (!m_rows.empty() && m_rows.back().seq < seq))
            return -1;
        fetchMore({});
    }
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
            return Colours::error();
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
    return columnHeader({tr("Time"), tr("Action"), tr("Who"), tr("Subject"), tr("Details")},
                        section, orientation, role, RowHeaders::Numbers);
}

bool AuditModel::canRead() const
{
    return m_store;
}

} // namespace tandem
