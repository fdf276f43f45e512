#include "operations/detailsection.h"
#include "widgets/textstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

DetailSection::DetailSection(const QString& key, const QString& title, const QStringList& columns,
                             const QString& emptyText, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_heading(new QLabel(title, this))
    , m_empty(new QLabel(emptyText, this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(key + QStringLiteral("Section"));
    m_heading->setObjectName(key + QStringLiteral("Title"));
    m_empty->setObjectName(key + QStringLiteral("Empty"));
    m_list->setObjectName(key + QStringLiteral("List"));

    TextStyle::setBold(m_heading);

    TextStyle::setCaption(m_empty);
    m_empty->setContentsMargins(4, 2, 4, 6);

    m_list->setColumnCount(int(columns.size()));
    m_list->setHeaderLabels(columns);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionsMovable(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    setRows({});
}

void DetailSection::setColumnWidths(const QList<int>& widthsInCharacters)
{
    const int character = m_list->fontMetrics().averageCharWidth();
    for (int i = 0; i < widthsInCharacters.size(); ++i)
        m_list->setColumnWidth(i, widthsInCharacters[i] * character + 12);
}

void DetailSection::setStretchColumn(int column)
{
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void DetailSection::setRightAligned(const QList<int>& columns)
{
    m_rightAligned = columns;
    for (int column : columns)
        m_list->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

void DetailSection::setRows(const QList<QStringList>& rows)
{
    m_list->clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(rows.size());
    for (const QStringList& row : rows) {
        auto* item = new QTreeWidgetItem(row);
        for (int column = 0; column < row.size(); ++column) {
            item->setToolTip(column, row[column]);
            if (m_rightAligned.contains(column))
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_heading->setText(rows.isEmpty() ? m_title
                                      : tr("%1 (%L2)").arg(m_title).arg(rows.size()));
    m_list->setVisible(!rows.isEmpty());
    m_empty->setVisible(rows.isEmpty());
    // An empty section is one line; a short list is as high as its rows; a long one takes its
    // share of the height and scrolls.
    constexpr int kFitRows = 12;
    if (rows.size() <= kFitRows) {
        const int rowHeight = rows.isEmpty() ? 0 : m_list->sizeHintForRow(0);
        m_list->setFixedHeight(m_list->header()->sizeHint().height() + int(rows.size()) * rowHeight
                               + 2 * m_list->frameWidth() + 2);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    } else {
        m_list->setMinimumHeight(0);
        m_list->setMaximumHeight(QWIDGETSIZE_MAX);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    }
}

int DetailSection::rowCount() const
{
    return m_list->topLevelItemCount();
}

} // namespace tandem
