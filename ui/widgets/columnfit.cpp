#include "columnfit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace tandem {

ColumnFitter* ColumnFitter::install(QTableView* table, int maxChars)
{
    return install(table, table->horizontalHeader(), maxChars);
}

ColumnFitter* ColumnFitter::install(QTreeView* tree, int maxChars)
{
    return install(tree, tree->header(), maxChars);
}

ColumnFitter* ColumnFitter::install(QAbstractItemView* view, QHeaderView* header, int maxChars)
{
    if (auto* existing = view->findChild<ColumnFitter*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ColumnFitter(view, header, maxChars);
}

void ColumnFitter::installAll(QWidget* root)
{
    const QList<QTableView*> tables = root->findChildren<QTableView*>();
    for (QTableView* table : tables)
        install(table);
}

ColumnFitter::ColumnFitter(QAbstractItemView* view, QHeaderView* header, int maxChars)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_maxChars(maxChars)
{
    // What is in sight decides: measuring a thousand rows on every search would be felt.
    m_header->setResizeContentsPrecision(0);
    m_view->installEventFilter(this);
    follow();
    schedule();
}

void ColumnFitter::follow()
{
    QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    disconnect(model, nullptr, this, nullptr);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::schedule);
}

void ColumnFitter::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        fit();
    });
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && (event->type() == QEvent::Show || event->type() == QEvent::Resize))
        schedule();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    QAbstractItemModel* model = m_view->model();
    if (!model || !m_view->isVisible())
        return;
    QHeaderView* header = m_header;
    const int cap = m_view->fontMetrics().averageCharWidth() * m_maxChars;
    const int last = header->logicalIndex(header->count() - 1);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || (column == last && header->stretchLastSection()))
            continue;
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(column);
        if (mode == QHeaderView::ResizeToContents)
            continue;
        const int content = model->rowCount() > 0 ? std::min(m_view->sizeHintForColumn(column), cap) : 0;
        const int wanted = std::max(header->sectionSizeHint(column), content);
        if (header->sectionSize(column) >= wanted)
            continue;
        if (mode == QHeaderView::Stretch) {
            // A column meant to take the room left has too little: it gets what it shows, and the
            // last column takes the rest (the table scrolls sideways when the window is narrow).
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->setStretchLastSection(true);
        }
        header->resizeSection(column, wanted);
    }
}

} // namespace tandem
