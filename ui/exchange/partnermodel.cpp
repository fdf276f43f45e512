#include "exchange/partnermodel.h"

#include "store/store.h"
#include "timetext.h"
#include "records/columnheader.h"

#include <QFontDatabase>
#include <QLocale>

namespace tandem {

QString displayTime(const QDateTime& time, const QString& never)
{
    return time.isValid() ? localTimeText(time) : never;
}

PartnerModel::PartnerModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PartnerModel::setStore(Store* store)
{
    m_store = store;
    reload();
}

void PartnerModel::reload()
{
    beginResetModel();
    m_partners.clear();
    if (m_store) {
        Result<std::vector<Partner>> all = partners(*m_store);
        if (all)
            m_partners = std::move(*all);
        else
            Q_EMIT readFailed(
                tr("The partner offices could not be read: %1").arg(all.error().message));
    }
    endResetModel();
}

const Partner* PartnerModel::partnerAt(int row) const
{
    return row >= 0 && size_t(row) < m_partners.size() ? &m_partners[size_t(row)] : nullptr;
}

int PartnerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

int PartnerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerModel::data(const QModelIndex& index, int role) const
{
    const Partner* p = index.isValid() ? partnerAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return p->name;
        case Fingerprint:
            return p->fingerprint;
        case TrustedSince:
            return displayTime(p->trustedAt, QString());
        case LastExport:
            return displayTime(p->lastExportAt, tr("never"));
        case LastMerge:
            return displayTime(p->lastMergeAt, tr("never"));
        case Acknowledged:
            return p->ackedSeq == 0 ? tr("nothing yet") : QLocale().toString(p->ackedSeq);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Acknowledged)
        return tr("%1 has merged this office's changes up to change number %2; an incremental "
                  "export sends what came after.")
            .arg(p->name)
            .arg(p->ackedSeq);
    if (role == Qt::FontRole && index.column() == Fingerprint)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::TextAlignmentRole && index.column() == Acknowledged)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PartnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Office"), tr("Fingerprint"), tr("Trusted since"), tr("Last export"),
                        tr("Last merge"), tr("Acknowledged")}, section, orientation, role);
}

} // namespace tandem
