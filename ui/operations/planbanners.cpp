#include "operations/planbanners.h"

#include "domain/plangate.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"
#include "timetext.h"
#include "widgets/named.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem {
namespace {

QWidget* bannerFrame(QWidget* parent, const char* name, const QColor& background, const QColor& text)
{
    auto* frame = new QWidget(parent);
    frame->setObjectName(QString::fromLatin1(name));
    frame->setAutoFillBackground(true);
    QPalette p = frame->palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    frame->setPalette(p);
    return frame;
}

// A recorded value for people: an enum's label, a time in the reader's style; as recorded else.
QString shownValue(const plangate::PlanChange& c, const QString& text)
{
    if (text.isEmpty())
        return PlanBanners::tr("(empty)");
    const EntityDef* e = Registry::instance().entity(c.subject);
    const FieldDef* f = e && !c.field.isEmpty() ? e->field(c.field) : nullptr;
    if (!f || f->type == FieldType::Ref)
        return text;
    Result<QVariant> v = value::normalise(*e, *f, text);
    return v ? value::display(*f, *v) : text;
}

} // namespace

PlanBanners::PlanBanners(QWidget* parent)
    : QWidget(parent)
    , m_approval(bannerFrame(this, "approvalBanner", QColor(0xfe, 0xf3, 0xd6), QColor(0x5c, 0x3c, 0x00)))
    , m_approvalText(named<QLabel>(QStringLiteral("approvalBannerText"), m_approval))
    , m_changes(named<QTreeWidget>(QStringLiteral("approvalChanges"), m_approval))
    , m_approveAgain(named<QPushButton>(QStringLiteral("approveAgain"), tr("Approve Again"), m_approval))
    , m_closed(bannerFrame(this, "closedBanner", QColor(0xdd, 0xde, 0xe0), QColor(0x20, 0x21, 0x24)))
    , m_reopen(named<QPushButton>(QStringLiteral("reopenButton"), tr("Reopen…"), m_closed))
{
    m_approvalText->setWordWrap(true);
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("What changed"), tr("Old"), tr("New"), tr("Who"), tr("When")});
    m_changes->setAccessibleName(tr("Changes since approval"));
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_approveAgain->setToolTip(tr("Approve the plan as it is now, so that it can be briefed and started"));
    m_reopen->setToolTip(tr("Reopen the operation to change it; a lead does, with a reason"));

    auto* approvalTop = new QHBoxLayout;
    approvalTop->addWidget(m_approvalText, 1);
    approvalTop->addWidget(m_approveAgain, 0, Qt::AlignTop);
    auto* approvalLayout = new QVBoxLayout(m_approval);
    approvalLayout->setContentsMargins(10, 6, 10, 6);
    approvalLayout->addLayout(approvalTop);
    approvalLayout->addWidget(m_changes);

    auto* closedText = new QLabel(tr("Closed — reopen to change. The plan, its targets, assignments, timeline and "
                                     "log are read only."),
                                  m_closed);
    closedText->setObjectName(QStringLiteral("closedBannerText"));
    closedText->setWordWrap(true);
    auto* closedLayout = new QHBoxLayout(m_closed);
    closedLayout->setContentsMargins(10, 6, 10, 6);
    closedLayout->addWidget(closedText, 1);
    closedLayout->addWidget(m_reopen);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_approval);
    layout->addWidget(m_closed);
    // As tall as what they say; the plan's tabs below take the rest.
    for (QWidget* w : {static_cast<QWidget*>(this), m_approval, m_closed})
        w->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_approval->hide();
    m_closed->hide();
    connect(m_approveAgain, &QPushButton::clicked, this, &PlanBanners::approveAgainRequested);
    connect(m_reopen, &QPushButton::clicked, this, &PlanBanners::reopenRequested);
}

void PlanBanners::showFor(const Store* store, const QUuid& id, bool writable)
{
    Result<Row> op = store && !id.isNull() ? store->get(QStringLiteral("operation"), id) : Result<Row>(Error{});
    const bool live = store && !id.isNull() && op && !op->deleted;
    m_closed->setVisible(live && op->text(QStringLiteral("status")) == QLatin1String("closed"));
    m_reopen->setEnabled(writable);
    Result<std::vector<plangate::PlanChange>> changes =
        live ? plangate::changesSinceApproval(*store, id) : Result<std::vector<plangate::PlanChange>>(std::vector<plangate::PlanChange>());
    const bool changed = changes && !changes->empty();
    m_approval->setVisible(changed);
    m_changes->clear();
    if (!changed)
        return;
    const QString approver = op->text(QStringLiteral("approved_by"));
    const QDateTime at = op->value(QStringLiteral("approved_at")).toDateTime();
    m_approvalText->setText(
        (approver.isEmpty() ? tr("Changed since approval.")
         : at.isValid()     ? tr("Changed since approval by %1 on %2.").arg(approver, localTimeText(at))
                            : tr("Changed since approval by %1.").arg(approver))
        + QLatin1Char(' ')
        + (changes->size() == 1 ? tr("The plan must be approved again before it is briefed or started (1 change).")
                                : tr("The plan must be approved again before it is briefed or started (%n changes).", nullptr,
                                     int(changes->size()))));
    m_approveAgain->setEnabled(writable);
    for (const plangate::PlanChange& c : *changes) {
        const bool whole = c.field.isEmpty();
        auto* item = new QTreeWidgetItem(m_changes, {plangate::describe(c), whole ? QString() : shownValue(c, c.oldValue),
                                                     whole ? QString() : shownValue(c, c.newValue), c.changedBy,
                                                     localTimeText(c.changedAt)});
        item->setToolTip(1, c.oldValue);
        item->setToolTip(2, c.newValue);
    }
    // As tall as its rows, up to six; it scrolls beyond.
    const int rows = std::min<int>(int(changes->size()), 6);
    m_changes->setFixedHeight(m_changes->header()->sizeHint().height() + rows * m_changes->sizeHintForRow(0)
                              + 2 * m_changes->frameWidth() + 2);
}

} // namespace tandem
