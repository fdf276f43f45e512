#include "exchange/exchangeview.h"

#include "actions.h"
#include "exchange/resolveconflict.h"
#include "exchange/conflictpane.h"
#include "document.h"
#include "errors.h"
#include "exchange/conflictmodel.h"
#include "exchange/partnermodel.h"
#include "domain/survivors.h"
#include "records/recordcommands.h"
#include "sync/partners.h"
#include "store/store.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"
#include "widgets/listsetup.h"

#include <QAction>
#include <QDate>
#include <QRegularExpression>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem {
namespace {

QLabel* heading(const QString& text, double scale, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    return button;
}

QTableView* table(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    ListSetup::setUpTable(view, ListSetup::FixedRows | ListSetup::QuietHeader | ListSetup::StretchLast);
    return view;
}

} // namespace

ExchangeView::ExchangeView(Actions* actions, QWidget* parent)
    : View(QT_TRANSLATE_NOOP("tandem::ExchangeView", "Exchange"), ":/icons/exchange.svg", parent)
    , m_partners(new PartnerModel(this))
    , m_conflicts(new ConflictModel(this))
    , m_partnersEmpty(named<QLabel>(QStringLiteral("partnersEmpty"), this))
    , m_conflictCount(named<QLabel>(QStringLiteral("conflictCount"), this))
    , m_pane(new ConflictPane(this))
    , m_splitter(named<QSplitter>(QStringLiteral("exchangeSplitter"), Qt::Vertical, this))
{
    setObjectName(QStringLiteral("exchangeView"));
    m_splitter->setChildrenCollapsible(false);

    // Partners, with the exchange actions.
    auto* partnerPane = new QWidget(m_splitter);
    m_partnerTable = table(m_partners, "partnersTable", partnerPane);
    m_partnerTable->setAccessibleName(tr("Partner offices"));
    // A handful of partners: every column as wide as its contents, the name takes the rest.
    m_partnerTable->horizontalHeader()->setStretchLastSection(false);
    m_partnerTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_partnerTable->horizontalHeader()->setSectionResizeMode(PartnerModel::Name,
                                                             QHeaderView::Stretch);
    m_partnersEmpty->setText(tr("No partner office yet. Ask a partner for its key card, then trust "
                                "it to exchange bundles with it."));
    m_partnersEmpty->setWordWrap(true);
    TextStyle::setCaption(m_partnersEmpty);
    auto* top = new QHBoxLayout;
    top->addWidget(heading(title(), 1.3, partnerPane));
    top->addStretch(1);
    top->addWidget(buttonFor(actions->keyCard(), partnerPane));
    // Revoking a partner acts on the selected row: a button beside the others, the table's context
    // menu, and Delete in the table.
    m_untrust = new QAction(tr("&Untrust…"), this);
    m_untrust->setObjectName(QStringLiteral("actionUntrustPartner"));
    m_untrust->setStatusTip(tr("Stop trusting the selected partner office: its bundles are refused"));
    m_untrust->setToolTip(m_untrust->statusTip());
    m_untrust->setShortcut(QKeySequence::Delete);
    m_untrust->setShortcutContext(Qt::WidgetShortcut);
    m_partnerTable->addAction(m_untrust);
    m_partnerTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_untrust, &QAction::triggered, this, [this] {
        if (const Partner* p = m_partners->partnerAt(m_partnerTable->currentIndex().row()))
            Q_EMIT untrustRequested(p->site);
    });
    auto* partnerBar = new QHBoxLayout;
    partnerBar->addWidget(heading(tr("Partner offices"), 1.05, partnerPane));
    partnerBar->addStretch(1);
    for (QAction* a : {actions->trustPartner(), m_untrust, actions->exportBundle(), actions->mergeBundle()})
        partnerBar->addWidget(buttonFor(a, partnerPane));
    auto* partnerLayout = new QVBoxLayout(partnerPane);
    partnerLayout->setContentsMargins(12, 10, 12, 6);
    partnerLayout->setSpacing(8);
    partnerLayout->addLayout(top);
    partnerLayout->addLayout(partnerBar);
    partnerLayout->addWidget(m_partnersEmpty);
    partnerLayout->addWidget(m_partnerTable, 1);

    // Conflicts to review, the selected one in full below them.
    auto* conflictPaneWidget = new QWidget(m_splitter);
    m_conflictTable = table(m_conflicts, "conflictsTable", conflictPaneWidget);
    m_conflictTable->setAccessibleName(tr("Conflicts to review"));
    TextStyle::setCaption(m_conflictCount);
    auto* conflictBar = new QHBoxLayout;
    conflictBar->addWidget(heading(tr("Conflicts to review"), 1.05, conflictPaneWidget));
    conflictBar->addStretch(1);
    conflictBar->addWidget(m_conflictCount);
    auto* conflictLayout = new QVBoxLayout(conflictPaneWidget);
    conflictLayout->setContentsMargins(12, 6, 12, 12);
    conflictLayout->setSpacing(8);
    conflictLayout->addLayout(conflictBar);
    conflictLayout->addWidget(m_conflictTable, 3);
    conflictLayout->addWidget(m_pane, 2);

    m_splitter->addWidget(partnerPane);
    m_splitter->addWidget(conflictPaneWidget);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_conflictTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExchangeView::currentConflictChanged);
    connect(m_conflicts, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptRow = m_conflictTable->currentIndex().row(); });
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, [this] {
        const int rows = m_conflicts->rowCount();
        const int row = rows == 0 ? -1 : std::clamp(std::exchange(m_keptRow, -1), 0, rows - 1);
        if (row >= 0)
            m_conflictTable->setCurrentIndex(m_conflicts->index(row, 0));
        currentConflictChanged();
        updateCounts();
    });
    connect(m_partners, &QAbstractItemModel::modelReset, this, &ExchangeView::updateCounts);
    connect(m_partners, &QAbstractItemModel::modelReset, this, &ExchangeView::updatePartnerActions);
    connect(m_partnerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExchangeView::updatePartnerActions);
    connect(m_partners, &PartnerModel::readFailed, m_partnersEmpty, &QLabel::setText);
    connect(m_conflicts, &ConflictModel::readFailed, m_conflictCount, &QLabel::setText);
    connect(m_pane, &ConflictPane::keepChosen, this,
            [this] { resolveCurrent(Resolution::KeepWinner); });
    connect(m_pane, &ConflictPane::takeOtherChosen, this,
            [this] { resolveCurrent(Resolution::TakeOther); });
    updateCounts();
    updatePartnerActions();
}

QString ExchangeView::navigationText() const
{
    const int open = m_conflicts->rowCount();
    return open > 0 ? tr("%1 (%2)").arg(title()).arg(open) : title();
}

void ExchangeView::setDocument(Document* document)
{
    m_document = document;
    Store* store = document ? &document->store() : nullptr;
    m_pane->setEditable(store && !store->isReadOnly());
    m_partners->setStore(store);
    m_conflicts->setStore(store);
    updatePartnerActions();
}

void ExchangeView::updatePartnerActions()
{
    // Untrusting is a lead's (core: mayChangeTrust); others see the action greyed, with why.
    const Result<void> lead = m_document ? mayChangeTrust(m_document->store()) : Result<void>();
    const bool writable = m_document && !m_document->store().isReadOnly() && lead;
    m_untrust->setEnabled(writable && m_partners->partnerAt(m_partnerTable->currentIndex().row()) != nullptr);
    m_untrust->setToolTip(lead ? m_untrust->statusTip() : lead.error().message);
}

void ExchangeView::refresh()
{
    m_partners->reload();
    m_conflicts->reload();
}

void ExchangeView::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("conflictColumns"),
                      m_conflictTable->horizontalHeader()->saveState());
}

void ExchangeView::restoreLayout(const QSettings& settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const QByteArray columns = settings.value(QStringLiteral("conflictColumns")).toByteArray();
    m_columnsRestored =
        !columns.isEmpty() && m_conflictTable->horizontalHeader()->restoreState(columns);
}

void ExchangeView::showEvent(QShowEvent* event)
{
    View::showEvent(event);
    if (std::exchange(m_laidOut, true) || m_columnsRestored)
        return;
    // The first time the view has its size: the columns share the width, roughly by the
    // characters each needs; the user's own widths are kept in the settings after that.
    const int weights[ConflictModel::ColumnCount] = {20, 13, 20, 15, 20, 15};
    const int available = m_conflictTable->viewport()->width();
    for (int column = 0; column < ConflictModel::ColumnCount; ++column)
        m_conflictTable->setColumnWidth(column, available * weights[column] / 103);
}

void ExchangeView::takeFocus()
{
    if (m_conflicts->rowCount() > 0)
        m_conflictTable->setFocus(Qt::OtherFocusReason);
    else
        m_partnerTable->setFocus(Qt::OtherFocusReason);
}

bool ExchangeView::selectConflict(const QUuid& id)
{
    const int row = m_conflicts->rowOf(id);
    if (row < 0)
        return false;
    m_conflictTable->setCurrentIndex(m_conflicts->index(row, 0));
    return true;
}

void ExchangeView::currentConflictChanged()
{
    m_pane->showItem(m_conflicts->itemAt(m_conflictTable->currentIndex().row()));
}

void ExchangeView::resolveCurrent(Resolution resolution)
{
    const ConflictModel::Item* item = m_conflicts->itemAt(m_conflictTable->currentIndex().row());
    if (!m_document || !item)
        return;
    if (item->clash) {
        giveNewCode(resolution == Resolution::KeepWinner ? item->clash->first : item->clash->second);
        return;
    }
    const bool orphan = item->conflict.isOrphan();
    const QString description =
        resolution == Resolution::KeepWinner
            ? (orphan ? tr("Delete %1 with its owner").arg(item->record)
                      : tr("Keep the value of %1 (%2)").arg(item->field, item->record))
            : (orphan ? tr("Restore the owner of %1").arg(item->record)
                      : tr("Take the other value of %1 (%2)").arg(item->field, item->record));
    if (Result<void> r = resolveConflict(*m_document, item->conflict.id, resolution, description);
        !r)
        showError(this, tr("The conflict could not be resolved."), r.error());
}

void ExchangeView::giveNewCode(const CodeClashSide& side)
{
    // The next code of this office, in the year the survivor was numbered (CODE-YYYY-NNNN), else
    // this year.
    const QRegularExpressionMatch year = QRegularExpression(QStringLiteral("-(\\d{4})-")).match(side.code);
    const int numbered = year.hasMatch() ? year.captured(1).toInt() : QDate::currentDate().year();
    Result<QString> code = nextSurvivorCode(m_document->store(), numbered);
    if (!code) {
        showError(this, tr("The survivor could not be given a new code."), code.error());
        return;
    }
    if (Result<void> r = editRecord(*m_document, QStringLiteral("survivor"), side.survivor, {{QStringLiteral("code"), *code}},
                                    tr("New code %1 for survivor %2").arg(*code, side.code));
        !r)
        showError(this, tr("The survivor could not be given a new code."), r.error());
}

void ExchangeView::updateCounts()
{
    const int partners = m_partners->rowCount();
    m_partnersEmpty->setVisible(partners == 0);
    m_partnerTable->setVisible(partners > 0);
    const int open = m_conflicts->rowCount();
    m_conflictCount->setText(open == 0   ? tr("Nothing to review")
                             : open == 1 ? tr("1 conflict")
                                         : tr("%Ln conflicts", nullptr, open));
    m_pane->setVisible(open > 0);
    Q_EMIT navigationTextChanged();
}

} // namespace tandem
