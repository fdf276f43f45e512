#include "checklistpanel.h"

#include "commands/survivorcommands.h"
#include "document.h"
#include "duewatcher.h"
#include "errors.h"
#include "fieldwidgets.h"
#include "models/checklistmodel.h"
#include "store/store.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QHash>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {
namespace {

QPushButton* stateButton(QWidget* parent, const char* name, const QString& text, const QString& tip)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setToolTip(tip);
    return button;
}

} // namespace

ChecklistPanel::ChecklistPanel(DueWatcher* watcher, QWidget* parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(this))
    , m_summary(new QLabel(this))
    , m_done(stateButton(this, "tickDone", tr("Done"), tr("The step was done (D, or Space to toggle)")))
    , m_inProgress(stateButton(this, "tickInProgress", tr("In progress"), tr("Someone is on it (P)")))
    , m_notApplicable(stateButton(this, "tickNotApplicable", tr("Not applicable"),
                                  tr("The step does not apply to this survivor (N)")))
    , m_declined(stateButton(this, "tickDeclined", tr("Declined by survivor"),
                             tr("The survivor chose not to have this: recorded as their choice, not as "
                                "a step missed (X)")))
    , m_reopen(stateButton(this, "tickReopen", tr("Reopen"), tr("Open the step again (O)")))
    , m_table(new QTableView(this))
    , m_guidance(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_service(new QComboBox(this))
    , m_doneBy(new QLineEdit(this))
    , m_doneAt(new QDateTimeEdit(this))
    , m_save(new QPushButton(tr("Save Step"), this))
{
    setObjectName(QStringLiteral("checklistPanel"));
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    m_table->setObjectName(QStringLiteral("checklistTable"));
    m_guidance->setObjectName(QStringLiteral("stepGuidance"));
    m_note->setObjectName(QStringLiteral("stepNote"));
    m_service->setObjectName(QStringLiteral("stepService"));
    m_doneBy->setObjectName(QStringLiteral("stepDoneBy"));
    m_doneAt->setObjectName(QStringLiteral("stepDoneAt"));
    m_save->setObjectName(QStringLiteral("saveStep"));

    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::Step, QHeaderView::Stretch);
    const int character = m_table->fontMetrics().averageCharWidth();
    const int widths[ChecklistModel::ColumnCount] = {0, 26, 14, 14, 14, 16, 18, 24};
    for (int column = 1; column < ChecklistModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column] * character + 12);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::Step, QHeaderView::Interactive);
    m_table->setColumnWidth(ChecklistModel::Step, 40 * character);

    m_guidance->setWordWrap(true);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guidance->setForegroundRole(QPalette::PlaceholderText);
    m_note->setPlaceholderText(tr("What was done, by whom, and anything the next person must know"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4 + 12);
    setUpDateTimeEdit(m_doneAt);
    // An open step has no done time: the lowest value reads as such.
    m_doneAt->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::LocalTime));
    m_doneAt->setSpecialValueText(tr("not done yet"));
    m_doneBy->setPlaceholderText(tr("Name of the person who did it"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {m_done, m_inProgress, m_notApplicable, m_declined, m_reopen})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_summary);

    auto* stepBox = new QGroupBox(tr("Selected step"), this);
    auto* form = new QFormLayout(stepBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_guidance);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Referred to:"), m_service);
    auto* who = new QHBoxLayout;
    who->addWidget(m_doneBy, 1);
    auto* at = new QLabel(tr("at"), stepBox);
    at->setBuddy(m_doneAt);
    who->addWidget(at);
    who->addWidget(m_doneAt);
    // Heard by their own labels, not as the box's title ("Selected step").
    auto* doneByLabel = new QLabel(tr("Done by:"), stepBox);
    doneByLabel->setBuddy(m_doneBy);
    m_doneBy->setAccessibleName(tr("Done by"));
    m_doneAt->setAccessibleName(tr("Done at"));
    form->addRow(doneByLabel, who);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(stepBox);

    connect(m_done, &QPushButton::clicked, this, [this] { tickCurrent(QStringLiteral("done")); });
    connect(m_inProgress, &QPushButton::clicked, this, [this] { tickCurrent(QStringLiteral("in_progress")); });
    connect(m_notApplicable, &QPushButton::clicked, this, [this] { tickCurrent(QStringLiteral("not_applicable")); });
    connect(m_declined, &QPushButton::clicked, this, [this] { tickCurrent(QStringLiteral("declined")); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { tickCurrent(QStringLiteral("open")); });
    m_table->installEventFilter(this);
    connect(m_save, &QPushButton::clicked, this, &ChecklistPanel::saveStep);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChecklistPanel::currentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptItem = currentItem(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QUuid kept = std::exchange(m_keptItem, QUuid());
        if (kept.isNull() || !selectItem(kept))
            currentChanged();
        updateSummary();
    });
    connect(m_model, &ChecklistModel::failed, this, [this](const QString& what, const Error& e) { showError(this, what, e); });
    if (watcher)
        connect(watcher, &DueWatcher::dueStepsChanged, m_model, &ChecklistModel::reload);
    currentChanged();
}

bool ChecklistPanel::eventFilter(QObject* watched, QEvent* event)
{
    // One key per state while the list has the keyboard (Space, toggling done, is the item
    // view's own). Letters with a modifier are left to menus and shortcuts.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            static const QHash<int, const char*> states{{Qt::Key_D, "done"},
                                                        {Qt::Key_P, "in_progress"},
                                                        {Qt::Key_N, "not_applicable"},
                                                        {Qt::Key_X, "declined"},
                                                        {Qt::Key_O, "open"}};
            if (const char* state = states.value(key->key(), nullptr)) {
                tickCurrent(QString::fromLatin1(state));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistPanel::setDocument(Document* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(&m_document->store(), &Store::changed, this, [this](const QString& entity) {
            if (entity == QLatin1String("service"))
                m_servicesStale = true;
        });
    m_servicesStale = true;
    m_model->setDocument(document);
}

void ChecklistPanel::showSurvivor(const QUuid& id)
{
    m_model->setSurvivor(id);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, ChecklistModel::Step));
}

int ChecklistPanel::overdueCount() const
{
    return m_model->overdueCount();
}

QUuid ChecklistPanel::currentItem() const
{
    const ChecklistModel::Item* item = m_model->item(m_table->currentIndex().row());
    return item ? item->id : QUuid();
}

bool ChecklistPanel::selectItem(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, ChecklistModel::Step));
    return true;
}

void ChecklistPanel::tickCurrent(const QString& state)
{
    const QUuid item = currentItem();
    if (!m_document || item.isNull())
        return;
    TickOptions options;
    options.state = state;
    Result<void> r = tickStep(*m_document, item, options);
    if (!r)
        showError(this, tr("The step could not be changed."), r.error());
}

void ChecklistPanel::fillServices()
{
    m_servicesStale = false;
    const QSignalBlocker blocker(m_service);
    m_service->clear();
    m_service->addItem(tr("Not referred"), QVariant());
    if (!m_document)
        return;
    Result<QSqlQuery> q = m_document->store().exec(
        QStringLiteral("SELECT id, name, kind FROM service WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id"));
    if (!q)
        return;
    const FieldDef* kind = Registry::instance().entity(QStringLiteral("service"))->field(QStringLiteral("kind"));
    while (q->next())
        m_service->addItem(tr("%1 (%2)").arg(q->value(1).toString(), kind->valueLabel(q->value(2).toString())),
                           QUuid::fromRfc4122(q->value(0).toByteArray()));
}

void ChecklistPanel::currentChanged()
{
    const ChecklistModel::Item* item = m_model->item(m_table->currentIndex().row());
    const bool any = item != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_done, m_inProgress, m_notApplicable, m_declined, m_reopen,
                                                      m_note, m_service, m_doneBy, m_save})
        w->setEnabled(any);
    if (!any) {
        m_guidance->setText(m_model->rowCount() == 0 ? tr("No checklist yet: it is made when the rescue time (T0) is set.")
                                                     : QString());
        m_note->clear();
        m_doneBy->clear();
        m_doneAt->setDateTime(m_doneAt->minimumDateTime());
        m_doneAt->setEnabled(false);
        return;
    }
    if (m_servicesStale)
        fillServices();
    const bool settled = tickStateIsFinal(item->state);
    m_done->setEnabled(item->state != QLatin1String("done"));
    m_inProgress->setEnabled(item->state != QLatin1String("in_progress"));
    m_notApplicable->setEnabled(item->state != QLatin1String("not_applicable"));
    m_declined->setEnabled(item->state != QLatin1String("declined"));
    m_reopen->setEnabled(item->state != QLatin1String("open"));
    m_guidance->setText(item->guidance.isEmpty() ? item->title : item->guidance);
    m_note->setPlainText(item->note);
    selectData(m_service, item->service.isNull() ? QVariant() : QVariant(item->service));
    m_doneBy->setText(item->doneBy);
    m_doneBy->setEnabled(settled);
    m_doneAt->setEnabled(settled);
    m_doneAt->setDateTime(settled && item->doneAt.isValid() ? item->doneAt.toLocalTime() : m_doneAt->minimumDateTime());
}

void ChecklistPanel::saveStep()
{
    const ChecklistModel::Item* item = m_model->item(m_table->currentIndex().row());
    if (!m_document || !item)
        return;
    StepEdit edit;
    if (m_note->toPlainText().trimmed() != item->note)
        edit.note = m_note->toPlainText();
    const QUuid service = selectedData(m_service).toUuid();
    if (service != item->service)
        edit.service = service;
    if (tickStateIsFinal(item->state)) {
        if (m_doneBy->text().trimmed() != item->doneBy)
            edit.doneBy = m_doneBy->text();
        // To the minute, as shown: an unchanged time is left as recorded.
        const QDateTime at = m_doneAt->dateTime().toUTC();
        const bool given = m_doneAt->dateTime() != m_doneAt->minimumDateTime();
        if (given && (!item->doneAt.isValid() || at.toSecsSinceEpoch() / 60 != item->doneAt.toSecsSinceEpoch() / 60))
            edit.doneAt = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
    }
    Result<void> r = editStep(*m_document, item->id, edit);
    if (!r)
        showError(this, tr("The step could not be saved."), r.error());
}

void ChecklistPanel::updateSummary()
{
    int settled = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        settled += tickStateIsFinal(m_model->item(row)->state) ? 1 : 0;
    const int overdue = m_model->overdueCount();
    if (m_model->rowCount() == 0)
        m_summary->clear();
    else if (overdue > 0)
        m_summary->setText(tr("%1 overdue · %2 of %3 settled").arg(overdue).arg(settled).arg(m_model->rowCount()));
    else
        m_summary->setText(tr("%1 of %2 settled").arg(settled).arg(m_model->rowCount()));
    Q_EMIT summaryChanged();
}

} // namespace tandem
