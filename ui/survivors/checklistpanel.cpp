#include "survivors/checklistpanel.h"

#include "survivors/survivorcommands.h"
#include "dialogs/reasondialog.h"
#include "document.h"
#include "survivors/duewatcher.h"
#include "errors.h"
#include "forms/fieldwidgets.h"
#include "survivors/checklistmodel.h"
#include "domain/people.h"
#include "survivors/referralbox.h"
#include "store/store.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"
#include "widgets/listsetup.h"

#include <QCompleter>
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
#include <QScopedValueRollback>
#include <QKeyEvent>
#include <QSignalBlocker>
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
    , m_summary(named<QLabel>(QStringLiteral("checklistSummary"), this))
    , m_done(stateButton(this, "tickDone", tr("Done"), tr("The step was done (D, or Space to toggle)")))
    , m_inProgress(stateButton(this, "tickInProgress", tr("In progress"), tr("Someone is on it (P)")))
    , m_notApplicable(stateButton(this, "tickNotApplicable", tr("Not applicable"),
                                  tr("The step does not apply to this survivor (N)")))
    , m_declined(stateButton(this, "tickDeclined", tr("Declined by survivor"),
                             tr("The survivor chose not to have this: recorded as their choice, not as "
                                "a step missed (X)")))
    , m_reopen(stateButton(this, "tickReopen", tr("Reopen"), tr("Open the step again (O)")))
    , m_table(named<QTableView>(QStringLiteral("checklistTable"), this))
    , m_guidance(named<QLabel>(QStringLiteral("stepGuidance"), this))
    , m_note(named<QPlainTextEdit>(QStringLiteral("stepNote"), this))
    , m_referral(new ReferralBox(this))
    , m_doneBy(named<QLineEdit>(QStringLiteral("stepDoneBy"), this))
    , m_doneAt(named<QDateTimeEdit>(QStringLiteral("stepDoneAt"), this))
    , m_save(named<QPushButton>(QStringLiteral("saveStep"), tr("Save Step"), this))
    , m_reason(named<QLabel>(QStringLiteral("stepReason"), this))
    , m_reasonLabel(new QLabel(tr("Why:"), this))
{
    setObjectName(QStringLiteral("checklistPanel"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    TextStyle::setCaption(m_summary);
    m_table->setModel(m_model);
    ListSetup::setUpTable(m_table, ListSetup::FixedRows | ListSetup::QuietHeader);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::Step, QHeaderView::Stretch);
    const int character = m_table->fontMetrics().averageCharWidth();
    const int widths[ChecklistModel::ColumnCount] = {0, 26, 14, 14, 14, 16, 18, 24};
    for (int column = 1; column < ChecklistModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column] * character + 12);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::Step, QHeaderView::Interactive);
    m_table->setColumnWidth(ChecklistModel::Step, 40 * character);

    m_guidance->setWordWrap(true);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    TextStyle::setCaption(m_guidance);
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
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Referred to:"), m_referral);
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
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChecklistPanel::rowChanged);
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
    // The file is closing or another comes: what was typed goes to the step first.
    if (m_document && document != m_document)
        commitPending();
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    m_referral->setDocument(document);
    m_model->setDocument(document);
    // "Done by" offers the office's people as it is typed (the acting person is the default the
    // core records); someone of another agency who did the step can still be named.
    QStringList names;
    if (document) {
        if (Result<std::vector<Person>> people = people::list(document->store()))
            for (const Person& p : *people)
                names << p.name;
    }
    // Parented to the line edit, which deletes the completer it replaces.
    auto* completer = new QCompleter(names, m_doneBy);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_doneBy->setCompleter(completer);
}

void ChecklistPanel::showSurvivor(const QUuid& id)
{
    // Another survivor: what was typed for this one's step is written first (SurvivorsView asks
    // before it moves, and stays when it fails).
    if (id != m_model->survivor())
        commitPending();
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
    const ChecklistModel::Item* current = m_model->item(m_table->currentIndex().row());
    if (!m_document || !current)
        return;
    const QUuid item = current->id;
    TickOptions options;
    options.state = state;
    // Not applicable and declined say why, and are confirmed.
    if (tickStateNeedsReason(state) && current->state != state) {
        const std::optional<QString> reason = askStepReason(this, state, survivorCode(), current->title);
        if (!reason)
            return;
        options.reason = *reason;
    }
    // The note typed for this step goes with it, before the tick.
    if (!commitPending())
        return;
    Result<void> r = tickStep(*m_document, item, options);
    if (!r)
        showError(this, tr("The step could not be changed."), r.error());
}

QString ChecklistPanel::survivorCode() const
{
    if (!m_document)
        return {};
    Result<Row> row = m_document->store().get(QStringLiteral("survivor"), m_model->survivor());
    return row ? row->text(QStringLiteral("code")) : QString();
}

bool ChecklistPanel::hasPendingEdit() const
{
    if (m_shown.item.isNull() || !m_note->isEnabled())
        return false;
    if (m_note->toPlainText().trimmed() != m_shown.note.trimmed())
        return true;
    if (!m_doneBy->isEnabled())
        return false;
    return m_doneBy->text().trimmed() != m_shown.doneBy.trimmed() || m_doneAt->dateTime() != m_shown.doneAt;
}

bool ChecklistPanel::commitPending()
{
    if (m_committing || !m_document || !hasPendingEdit())
        return true;
    const QScopedValueRollback<bool> committing(m_committing, true);
    // Against what the form was filled with: the list may have been read again since.
    StepEdit edit;
    if (m_note->toPlainText().trimmed() != m_shown.note.trimmed())
        edit.note = m_note->toPlainText();
    if (m_doneBy->isEnabled()) {
        if (m_doneBy->text().trimmed() != m_shown.doneBy.trimmed())
            edit.doneBy = m_doneBy->text();
        const QDateTime at = m_doneAt->dateTime().toUTC();
        if (m_doneAt->dateTime() != m_shown.doneAt && m_doneAt->dateTime() != m_doneAt->minimumDateTime())
            edit.doneAt = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch() / 60 * 60, Qt::UTC);
    }
    const QUuid item = m_shown.item;
    Result<void> r = editStep(*m_document, item, edit);
    if (!r) {
        showError(this, tr("The step could not be saved."), r.error());
        return false;
    }
    // Written: the form, refilled by the reload or not, has nothing pending for that step.
    if (m_shown.item == item) {
        m_shown.note = m_note->toPlainText();
        m_shown.doneBy = m_doneBy->text();
        m_shown.doneAt = m_doneAt->dateTime();
    }
    return true;
}

void ChecklistPanel::rowChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_reverting)
        return;
    const ChecklistModel::Item* now = m_model->item(current.row());
    if (!m_committing && (!now || now->id != m_shown.item) && !commitPending()) {
        // Refused (the error is shown): back to the step whose edit it is, as typed.
        const QScopedValueRollback<bool> reverting(m_reverting, true);
        const int row = m_model->rowOf(m_shown.item);
        m_table->setCurrentIndex(row >= 0 ? m_model->index(row, ChecklistModel::Step) : previous);
        return;
    }
    currentChanged();
}

void ChecklistPanel::currentChanged()
{
    const ChecklistModel::Item* item = m_model->item(m_table->currentIndex().row());
    const bool any = item != nullptr;
    // The same step read again (an edit elsewhere, the clock) while something is typed for it:
    // what is typed stays; only the rest follows the store.
    const bool keepTyped = any && item->id == m_shown.item && hasPendingEdit();
    for (QWidget* w : std::initializer_list<QWidget*>{m_done, m_inProgress, m_notApplicable, m_declined, m_reopen,
                                                      m_note, m_doneBy, m_save})
        w->setEnabled(any);
    m_referral->setItem(any ? item->id : QUuid());
    m_reason->setVisible(any && !item->reason.isEmpty());
    m_reasonLabel->setVisible(m_reason->isVisibleTo(this));
    if (!any) {
        m_shown = {};
        m_guidance->setText(m_model->rowCount() == 0 ? tr("No checklist yet: it is made when the rescue time (T0) is set.")
                                                     : QString());
        m_note->clear();
        m_doneBy->clear();
        m_doneAt->setDateTime(m_doneAt->minimumDateTime());
        m_doneAt->setEnabled(false);
        return;
    }
    m_reasonLabel->setText(item->state == QLatin1String("declined") ? tr("Why declined:") : tr("Why not applicable:"));
    m_reason->setText(item->reason);
    const bool settled = tickStateIsFinal(item->state);
    m_done->setEnabled(item->state != QLatin1String("done"));
    m_inProgress->setEnabled(item->state != QLatin1String("in_progress"));
    m_notApplicable->setEnabled(item->state != QLatin1String("not_applicable"));
    m_declined->setEnabled(item->state != QLatin1String("declined"));
    m_reopen->setEnabled(item->state != QLatin1String("open"));
    m_guidance->setText(item->guidance.isEmpty() ? item->title : item->guidance);
    if (keepTyped) {
        m_doneBy->setEnabled(settled);
        m_doneAt->setEnabled(settled);
        return;
    }
    m_note->setPlainText(item->note);
    m_doneBy->setText(item->doneBy);
    m_doneBy->setEnabled(settled);
    m_doneAt->setEnabled(settled);
    m_doneAt->setDateTime(settled && item->doneAt.isValid() ? item->doneAt.toLocalTime() : m_doneAt->minimumDateTime());
    m_shown = {item->id, m_note->toPlainText(), m_doneBy->text(), m_doneAt->dateTime()};
}

void ChecklistPanel::saveStep()
{
    // To the minute, as shown: an unchanged time is left as recorded.
    commitPending();
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
