#include "directory/agencyactionitems.h"

#include "document.h"
#include "errors.h"
#include "query/directory.h"
#include "records/followstore.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {
namespace {

constexpr int kLimit = 200;

} // namespace

AgencyActionItems::AgencyActionItems(QWidget* parent)
    : QWidget(parent)
    , m_heading(named<QLabel>(QStringLiteral("agencyActionItemsHeading"), this))
    , m_list(named<QTreeWidget>(QStringLiteral("agencyActionItemsList"), this))
{
    setObjectName(QStringLiteral("agencyActionItems"));
    TextStyle::setBold(m_heading);
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
        followStore(m_document, document, this, [this](const QString& entity) {
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
    Result<std::vector<query::OpenActionItem>> items = query::openActionItems(store, m_agency, kLimit);
    if (!items) {
        showError(this, tr("The agency's action items could not be read."), items.error());
        return;
    }
    const qint64 now = store.wallClock() / 1000;
    const QBrush late(Colours::overdue());
    for (const query::OpenActionItem& a : *items) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, a.title);
        item->setText(1, !a.meeting.isEmpty() ? a.meeting : a.operation);
        if (!a.due.isValid()) {
            item->setText(2, tr("No due date"));
            continue;
        }
        const qint64 due = a.due.toSecsSinceEpoch();
        const QString when = localTimeText(a.due.toLocalTime());
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
