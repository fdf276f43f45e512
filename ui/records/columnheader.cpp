#include "records/columnheader.h"

#include <algorithm>

namespace tandem {

QVariant columnHeader(const QStringList& titles, int section, Qt::Orientation orientation, int role, RowHeaders rows,
                      std::initializer_list<int> rightAligned)
{
    const bool column = orientation == Qt::Horizontal && section >= 0 && section < titles.size();
    if (column && role == Qt::DisplayRole)
        return titles[section];
    if (column && role == Qt::TextAlignmentRole && rightAligned.size() > 0) {
        const bool right = std::find(rightAligned.begin(), rightAligned.end(), section) != rightAligned.end();
        return int((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (!column && rows == RowHeaders::Numbers && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

} // namespace tandem
