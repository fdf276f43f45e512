#include "agencyactionitems.h"

#include "document.h"
#include "errors.h"
#include "store/store.h"
#include "timetext.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {
namespace {

constexpr int kLimit = 200;

} // namespace

AgencyActionItems::AgencyActionItems(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("agencyActionItems"));
    m_heading->setObjectName(QStringLiteral("agencyActionItemsHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list->setObjectName(QStringLiteral("agencyActionItemsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Action item"), tr("Agreed at"), tr("Due")});
    m_list->setAccessibleName(tr("Open action items of this agency"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(1, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_list->setMaximumHeight(fontMetrics().height() * 10);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    setVisible(false);
}

void AgencyActionItems::showAgency(Document* document, const QUuid& agency)
{
    if (m_document != document) {
        if (m_document)
            disconnect(&m_document->store(), nullptr, this, nullptr);
        m_document = document;
        if (m_document)
            connect(&m_document->store(), &Store::changed, this, [this](const QString& entity) {
                if (entity == QLatin1String("action_item") || entity == QLatin1String("meeting")
                    || entity == QLatin1String("operation"))
                    fill();
            });
    }
    m_agency = agency;
    fill();
}

int AgencyActionItems::count() const
{
    return m_list->topLevelItemCount();
}

void AgencyActionItems::fill()
{
    m_list->clear();
    const bool agencyShown = m_document && !m_agency.isNull();
    setVisible(agencyShown);
    if (!agencyShown)
        return;
    const Store& store = m_document->store();
    Result<QSqlQuery> q = store.exec(
        QStringLiteral("SELECT a.title, a.due_at, m.title, o.code_name FROM action_item a"
                       " LEFT JOIN meeting m ON m.id = a.meeting AND m.deleted = 0"
                       " LEFT JOIN operation o ON o.id = a.operation AND o.deleted = 0"
                       " WHERE a.deleted = 0 AND a.owner_agency = ? AND a.done_at IS NULL"
                       " ORDER BY a.due_at IS NULL, a.due_at, a.title LIMIT %1")
            .arg(kLimit),
        {m_agency.toRfc4122()});
    if (!q) {
        showError(this, tr("The agency's action items could not be read."), q.error());
        return;
    }
    const qint64 now = store.wallClock() / 1000;
    const QBrush late(QColor(0xc6, 0x28, 0x28));
    while (q->next()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, q->value(0).toString());
        const QString meeting = q->value(2).toString();
        const QString operation = q->value(3).toString();
        item->setText(1, !meeting.isEmpty() ? meeting : operation);
        if (q->value(1).isNull()) {
            item->setText(2, tr("No due date"));
            continue;
        }
        const qint64 due = q->value(1).toLongLong();
        const QString when = localTimeText(QDateTime::fromSecsSinceEpoch(due));
        if (due < now) {
            item->setText(2, tr("%1 (overdue)").arg(when));
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, late);
        } else {
            item->setText(2, when);
        }
    }
    const int shown = m_list->topLevelItemCount();
    m_heading->setText(shown == 0 ? tr("No open action items")
                                  : shown >= kLimit ? tr("Open action items (the first %L1)").arg(kLimit)
                                                    : tr("Open action items (%L1)").arg(shown));
    m_list->setVisible(shown > 0);
}

} // namespace tandem
