#include "operations/operationeditor.h"

#include "attachments/attachmentspanel.h"

#include "records/childrecordspage.h"
#include "records/recordcommands.h"
#include "dialogs/prompts.h"
#include "dialogs/reasondialog.h"
#include "operations/movecommand.h"
#include "operations/planbanners.h"
#include "store/value.h"
#include "timetext.h"
#include "document.h"
#include "domain/operations.h"
#include "forms/fieldspage.h"
#include "forms/fieldeditor.h"
#include "forms/recordform.h"
#include "operations/linkedtipspage.h"
#include "operations/logpage.h"
#include "records/childtablemodel.h"
#include "store/store.h"
#include "operations/timelinechart.h"
#include "operations/timelinepage.h"
#include "widgets/named.h"
#include "widgets/timefield.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem {
namespace {

const QString kOperation = QStringLiteral("operation");

const FieldDef& statusField()
{
    return *Registry::instance().entity(kOperation)->field(QStringLiteral("status"));
}

// What the button for a move says: the way forward is a verb, the others name the status.
QString moveText(const QString& from, const QString& to)
{
    if (to == QLatin1String("planned") && from == QLatin1String("draft"))
        return OperationEditor::tr("Mark as planned");
    if (to == QLatin1String("approved"))
        return OperationEditor::tr("Approve");
    if (to == QLatin1String("briefed"))
        return OperationEditor::tr("Mark as briefed");
    if (to == QLatin1String("in_progress") && from == QLatin1String("briefed"))
        return OperationEditor::tr("Start the operation");
    if (to == QLatin1String("completed") && from == QLatin1String("in_progress"))
        return OperationEditor::tr("Mark as completed");
    if (to == QLatin1String("closed"))
        return OperationEditor::tr("Close");
    if (to == QLatin1String("cancelled"))
        return OperationEditor::tr("Cancel the operation");
    return OperationEditor::tr("Back to %1").arg(statusField().valueLabel(to));
}

} // namespace

OperationEditor::OperationEditor(QWidget* parent)
    : QWidget(parent)
    , m_form(new RecordForm(kOperation, this))
    , m_pages(new QStackedWidget(this))
    , m_deleted(named<QLabel>(QStringLiteral("editorDeleted"), this))
    , m_title(named<QLabel>(QStringLiteral("editorTitle"), this))
    , m_status(named<QLabel>(QStringLiteral("editorStatus"), this))
    , m_next(named<QPushButton>(QStringLiteral("statusNext"), this))
    , m_moves(named<QToolButton>(QStringLiteral("statusMoves"), this))
    , m_movesMenu(new QMenu(this))
    , m_workflowMessage(named<QLabel>(QStringLiteral("workflowMessage"), this))
    , m_approval(named<QLabel>(QStringLiteral("approvalLine"), this))
    , m_banners(new PlanBanners(this))
    , m_tabs(named<QTabWidget>(QStringLiteral("editorTabs"), this))
{
    setObjectName(QStringLiteral("operationEditor"));
    m_approval->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approval->setForegroundRole(QPalette::PlaceholderText);

    auto* back = new QToolButton(this);
    back->setObjectName(QStringLiteral("editorBack"));
    back->setText(tr("◀ Operations"));
    back->setToolTip(tr("Back to the list of operations (Esc or Alt+Left)"));
    back->setAutoRaise(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(statusField().labelText());
    m_status->setContentsMargins(8, 2, 8, 2);
    m_status->setAutoFillBackground(true);
    m_next->setToolTip(tr("The next step of the workflow (Ctrl+Shift+Right)"));
    m_moves->setText(tr("Status"));
    m_moves->setToolTip(tr("Other moves of the workflow"));
    m_moves->setAccessibleName(tr("Change the status"));
    m_moves->setMenu(m_movesMenu);
    m_moves->setPopupMode(QToolButton::InstantPopup);
    m_workflowMessage->setWordWrap(true);
    m_workflowMessage->setTextFormat(Qt::PlainText);
    m_workflowMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workflowMessage->setContentsMargins(10, 6, 10, 6);
    m_workflowMessage->setAutoFillBackground(true);
    QPalette warn = m_workflowMessage->palette();
    warn.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    warn.setColor(QPalette::WindowText, QColor(0x8e, 0x16, 0x16));
    m_workflowMessage->setPalette(warn);
    m_workflowMessage->hide();
    m_deleted->setAlignment(Qt::AlignCenter);
    m_deleted->setWordWrap(true);
    m_deleted->setText(tr("This operation has been deleted. Undo (Ctrl+Z) brings it back."));

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addSpacing(8);
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    header->addSpacing(8);
    header->addWidget(m_next);
    header->addWidget(m_moves);

    // The plan's fields, on pages of their own; one form writes them all.
    m_overview = new FieldsPage(m_form,
                                {QStringLiteral("code_name"), QStringLiteral("trafficking_type"), QStringLiteral("lead_agency"),
                                 QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("briefing_at"),
                                 QStringLiteral("briefing_place"), QStringLiteral("prepared_by"), QStringLiteral("sharing")},
                                QStringLiteral("overviewPage"), this);
    auto* objectives = new FieldsPage(m_form, {QStringLiteral("objectives"), QStringLiteral("legal_authority")},
                                      QStringLiteral("objectivesPage"), this);
    auto* risk = new FieldsPage(m_form, {QStringLiteral("risk_level"), QStringLiteral("risk_hazards"), QStringLiteral("risk_mitigations")},
                                QStringLiteral("riskPage"), this);
    auto* comms = new FieldsPage(m_form,
                                 {QStringLiteral("comms_plan"), QStringLiteral("code_words"), QStringLiteral("need_to_know_roles"),
                                  QStringLiteral("contingency_plan"), QStringLiteral("medical_plan"),
                                  QStringLiteral("nearest_hospital")},
                                 QStringLiteral("commsPage"), this);
    auto* packet = new FieldsPage(m_form,
                                  {QStringLiteral("expected_survivors"), QStringLiteral("expected_minors"),
                                   QStringLiteral("expected_languages"), QStringLiteral("special_needs")},
                                  QStringLiteral("survivorsPacketPage"), this);
    m_targets = new ChildRecordsPage(
        QStringLiteral("planTargets"), QStringLiteral("target"),
        {QStringLiteral("label"), QStringLiteral("address"), QStringLiteral("occupants_expected"), QStringLiteral("assigned_team"),
         QStringLiteral("hazards")},
        {QStringLiteral("label"), QStringLiteral("address"), QStringLiteral("latitude"), QStringLiteral("longitude"),
         QStringLiteral("occupants_expected"), QStringLiteral("assigned_team"), QStringLiteral("entry_points"),
         QStringLiteral("hazards"), QStringLiteral("notes"), QStringLiteral("needs_warrant")},
        QStringLiteral("label COLLATE NOCASE"), this);
    // The legal authority to enter (issue 21, domain/warrants.h): approving and starting check that
    // each target needing one is covered on the operation's start.
    m_warrants = new ChildRecordsPage(
        QStringLiteral("planWarrants"), QStringLiteral("warrant"),
        {QStringLiteral("number"), QStringLiteral("court"), QStringLiteral("issued_at"), QStringLiteral("expires_at"),
         QStringLiteral("targets")},
        {QStringLiteral("number"), QStringLiteral("court"), QStringLiteral("judge"), QStringLiteral("issued_at"),
         QStringLiteral("expires_at"), QStringLiteral("targets"), QStringLiteral("notes")},
        QStringLiteral("expires_at DESC"), this);
    m_assignments = new ChildRecordsPage(
        QStringLiteral("planAssignments"), QStringLiteral("assignment"),
        {QStringLiteral("agency"), QStringLiteral("role"), QStringLiteral("team_lead"), QStringLiteral("headcount"),
         QStringLiteral("reporting_location"), QStringLiteral("reporting_at"), QStringLiteral("radio_channel"),
         QStringLiteral("acknowledged")},
        {QStringLiteral("agency"), QStringLiteral("role"), QStringLiteral("team_lead"), QStringLiteral("headcount"),
         QStringLiteral("reporting_location"), QStringLiteral("reporting_at"), QStringLiteral("radio_channel"),
         QStringLiteral("acknowledged")},
        QStringLiteral("role = 'lead' DESC, rowid"), this);
    m_timeline = new TimelinePage(this);
    m_log = new LogPage(this);
    // Between operations (issue 9): what was agreed after it, each agency's feedback, its tips.
    m_followUp = new ChildRecordsPage(
        QStringLiteral("planFollowUp"), QStringLiteral("action_item"),
        {QStringLiteral("title"), QStringLiteral("owner_agency"), QStringLiteral("due_at"), QStringLiteral("done_at")},
        {QStringLiteral("title"), QStringLiteral("owner_agency"), QStringLiteral("due_at"), QStringLiteral("done_at")},
        QStringLiteral("done_at IS NOT NULL, due_at"), this);
    m_feedback = new ChildRecordsPage(
        QStringLiteral("planFeedback"), QStringLiteral("feedback"),
        {QStringLiteral("agency"), QStringLiteral("rating_planning"), QStringLiteral("rating_communication"),
         QStringLiteral("rating_victim_care"), QStringLiteral("rating_safety")},
        {QStringLiteral("agency"), QStringLiteral("rating_planning"), QStringLiteral("rating_communication"),
         QStringLiteral("rating_victim_care"), QStringLiteral("rating_safety"), QStringLiteral("what_worked"),
         QStringLiteral("what_to_change")},
        QStringLiteral("rowid"), this);
    m_tips = new LinkedTipsPage(this);
    // Files (issue 21): the operation's own, each target's (its floor plan, photos of the
    // entrances) under the target, each warrant's scan under the warrant.
    m_files = new AttachmentsPanel(QStringLiteral("operation"), this);
    m_targetFiles = new AttachmentsPanel(QStringLiteral("target"), this);
    m_warrantFiles = new AttachmentsPanel(QStringLiteral("warrant"), this);
    m_targetFiles->setTitle(tr("Files of this target: floor plans, photos of the entrances"));
    m_warrantFiles->setTitle(tr("The warrant's scan"));
    m_targets->addFormWidget(m_targetFiles);
    m_warrants->addFormWidget(m_warrantFiles);
    connect(m_targets, &ChildRecordsPage::currentChanged, m_targetFiles, &AttachmentsPanel::setOwner);
    connect(m_warrants, &ChildRecordsPage::currentChanged, m_warrantFiles, &AttachmentsPanel::setOwner);
    auto* filesPage = new QWidget(this);
    filesPage->setObjectName(QStringLiteral("planFilesPage"));
    auto* filesLayout = new QVBoxLayout(filesPage);
    filesLayout->setContentsMargins(12, 8, 12, 8);
    filesLayout->addWidget(m_files);
    m_filesPage = filesPage;
    const int character = fontMetrics().averageCharWidth();
    m_followUp->table()->setColumnWidth(0, character * 44);
    m_followUp->table()->setColumnWidth(1, character * 30);
    m_followUp->table()->setColumnWidth(2, character * 20);
    m_feedback->table()->setColumnWidth(0, character * 36);
    for (int column = 1; column <= 4; ++column)
        m_feedback->table()->setColumnWidth(column, character * 19);
    // Need to know (issue 18, domain/needtoknow.h): what the ticks decide, and what none means.
    if (FieldEditor* roles = m_form->editor(QStringLiteral("need_to_know_roles")))
        roles->widget()->setToolTip(tr("The agencies with these roles get the entry points, hazards and code words "
                                       "in their copies of the operation order and assignment sheets; the lead always "
                                       "does. None ticked: Lead, Entry and Perimeter."));
    m_targets->setNewDefaults([this] { return nextTargetDefaults(); });
    m_assignments->setNewDefaults([this] { return nextAssignmentDefaults(); });
    // Set on the end, the briefing and a team's reporting time starts from the operation's start
    // (when it has one), not from now: they are hours around it, often weeks ahead.
    const auto fromStart = [this](RecordForm* form, const char* field) {
        FieldEditor* editor = form->editor(QString::fromLatin1(field));
        auto* time = editor ? qobject_cast<TimeField*>(editor->widget()) : nullptr;
        if (!time)
            return;
        time->setSuggestion([this] {
            const QDateTime start = m_form->row().value(QStringLiteral("starts_at")).toDateTime();
            if (start.isValid())
                return start;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 3600 * 3600 + 3600, Qt::UTC);
        });
    };
    fromStart(m_form, "ends_at");
    fromStart(m_form, "briefing_at");
    fromStart(m_assignments->form(), "reporting_at");

    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(objectives, tr("O&bjectives"));
    m_tabs->addTab(risk, tr("R&isk"));
    m_tabs->addTab(comms, tr("&Comms && contingency"));
    m_tabs->addTab(packet, tr("Survi&vors packet"));
    m_tabs->addTab(m_targets, tr("&Targets"));
    m_tabs->addTab(m_warrants, tr("Warrants"));
    m_tabs->addTab(m_assignments, tr("Assi&gnments"));
    m_tabs->addTab(m_timeline, tr("Ti&meline"));
    m_tabs->addTab(m_log, tr("&Log"));
    m_tabs->addTab(m_followUp, tr("Follo&w-up"));
    m_tabs->addTab(m_feedback, tr("Fee&dback"));
    m_tabs->addTab(m_tips, tr("Ti&ps"));
    m_tabs->addTab(m_filesPage, tr("Files"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(6);
    contentLayout->addWidget(m_approval);
    contentLayout->addWidget(m_banners);
    contentLayout->addWidget(m_workflowMessage);
    contentLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(content);
    m_pages->addWidget(m_deleted);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 0);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);

    auto* backAction = new QAction(this);
    backAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)});
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(backAction);
    auto* nextAction = new QAction(this);
    nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(nextAction);
    connect(back, &QToolButton::clicked, this, [this] {
        commitPending();
        Q_EMIT closeRequested();
    });
    connect(backAction, &QAction::triggered, back, &QToolButton::click);
    connect(nextAction, &QAction::triggered, m_next, &QPushButton::click);
    connect(m_next, &QPushButton::clicked, this, [this] {
        const QString next = m_next->property("status").toString();
        if (!next.isEmpty())
            moveTo(next);
    });
    connect(m_form, &RecordForm::loaded, this, &OperationEditor::refresh);
    connect(m_banners, &PlanBanners::approveAgainRequested, this, [this] { moveTo(QStringLiteral("approved")); });
    connect(m_banners, &PlanBanners::reopenRequested, this, [this] { moveTo(QStringLiteral("completed")); });
    for (ChildRecordsPage* page : {m_followUp, m_feedback})
        connect(page->model(), &QAbstractItemModel::modelReset, this, &OperationEditor::updateTabTitles);
    connect(m_tips->model(), &QAbstractItemModel::modelReset, this, &OperationEditor::updateTabTitles);
    connect(m_files, &AttachmentsPanel::countChanged, this, &OperationEditor::updateTabTitles);
    for (ChildRecordsPage* page : {m_targets, m_assignments, m_warrants}) {
        connect(page->model(), &QAbstractItemModel::modelReset, this, &OperationEditor::updateTabTitles);
        connect(page->model(), &QAbstractItemModel::dataChanged, this, &OperationEditor::recheckBlockedMove);
    }
    refresh();
}

void OperationEditor::setDocument(Document* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    m_blockedMove.clear();
    // Whatever is written (the plan's fields, its targets, tasks, a warrant) may settle a refused move.
    if (m_document) {
        connect(&m_document->store(), &Store::changed, this, &OperationEditor::recheckBlockedMove);
        // A change to an approved plan (a target, a task) shows in the banner at once.
        connect(&m_document->store(), &Store::changed, this, [this](const QString& entity) {
            if (entity == QLatin1String("plan_change") || entity == QLatin1String("operation"))
                refresh();
        });
    }
    m_form->setDocument(document);
    m_targets->setDocument(document);
    m_warrants->setDocument(document);
    m_assignments->setDocument(document);
    m_timeline->setDocument(document);
    m_log->setDocument(document);
    m_followUp->setDocument(document);
    m_feedback->setDocument(document);
    m_tips->setDocument(document);
    for (AttachmentsPanel* files : {m_files, m_targetFiles, m_warrantFiles})
        files->setDocument(document);
    refresh();
}

void OperationEditor::setOperation(const QUuid& id)
{
    if (!m_form->isNew())
        commitPending();
    m_blockedMove.clear();
    m_workflowMessage->hide();
    m_form->setRecord(id);
    m_targets->setOperation(id);
    m_warrants->setOperation(id);
    m_assignments->setOperation(id);
    m_timeline->setOperation(id, m_form->row().value(QStringLiteral("starts_at")).toDateTime());
    m_log->setOperation(id);
    m_followUp->setOperation(id);
    m_feedback->setOperation(id);
    m_tips->setOperation(id);
    m_files->setOwner(id);
    updateTabTitles();
    refresh();
}

QUuid OperationEditor::operation() const
{
    return m_form->record();
}

void OperationEditor::commitPending()
{
    m_form->commitPending();
    m_targets->form()->commitPending();
    m_warrants->form()->commitPending();
    m_assignments->form()->commitPending();
    m_timeline->tasks()->form()->commitPending();
    m_followUp->form()->commitPending();
    m_feedback->form()->commitPending();
}

void OperationEditor::focusCodeName()
{
    m_tabs->setCurrentWidget(m_overview);
    if (FieldEditor* e = m_form->editor(QStringLiteral("code_name"))) {
        e->focusWidget()->setFocus(Qt::OtherFocusReason);
        if (auto* line = qobject_cast<QLineEdit*>(e->focusWidget()))
            line->selectAll();
    }
}

void OperationEditor::refresh()
{
    const Row& row = m_form->row();
    const bool shown = m_document && !m_form->isNew() && !row.deleted;
    const bool writable = shown && !m_document->isReadOnly();
    m_pages->setCurrentIndex(shown || m_form->isNew() ? 0 : 1);
    m_next->setEnabled(writable);
    m_moves->setEnabled(writable);
    m_banners->showFor(shown ? &m_document->store() : nullptr, m_form->record(), writable);
    if (!shown) {
        m_title->setText(m_form->isNew() ? QString() : tr("Deleted operation"));
        m_status->clear();
        m_next->hide();
        m_approval->hide();
        return;
    }
    m_title->setText(row.text(QStringLiteral("code_name")));
    const QString status = row.text(QStringLiteral("status"));
    m_status->setText(statusField().valueLabel(status));
    static const QHash<QString, QColor> colours{
        {QStringLiteral("draft"), QColor(0xe8, 0xea, 0xed)},    {QStringLiteral("planned"), QColor(0xd6, 0xe6, 0xfa)},
        {QStringLiteral("approved"), QColor(0xd3, 0xf0, 0xec)}, {QStringLiteral("briefed"), QColor(0xe8, 0xde, 0xf6)},
        {QStringLiteral("in_progress"), QColor(0xfd, 0xe6, 0xc8)}, {QStringLiteral("completed"), QColor(0xd8, 0xef, 0xdb)},
        {QStringLiteral("closed"), QColor(0xdd, 0xde, 0xe0)},   {QStringLiteral("cancelled"), QColor(0xf8, 0xd7, 0xd7)},
    };
    QPalette chip = m_status->palette();
    chip.setColor(QPalette::Window, colours.value(status, QColor(0xe8, 0xea, 0xed)));
    chip.setColor(QPalette::WindowText, QColor(0x20, 0x21, 0x24));
    m_status->setPalette(chip);
    const QString approver = row.text(QStringLiteral("approved_by"));
    const QDateTime approvedAt = row.value(QStringLiteral("approved_at")).toDateTime();
    m_approval->setText(approver.isEmpty()      ? QString()
                        : approvedAt.isValid() ? tr("Approved by %1 on %2").arg(approver, localTimeText(approvedAt))
                                               : tr("Approved by %1").arg(approver));
    m_approval->setVisible(!approver.isEmpty());
    // A closed operation is read only until it is reopened (core refuses the writes; the pages say
    // so by being disabled). Follow-up, feedback and tips stay open: they come after closing.
    const bool closed = status == QLatin1String("closed");
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget* page = m_tabs->widget(i);
        if (page != m_followUp && page != m_feedback && page != m_tips)
            page->setEnabled(!closed);
    }
    m_timeline->setOperationStart(row.value(QStringLiteral("starts_at")).toDateTime());
    m_timeline->chart()->setOperationActive(status != QLatin1String("closed") && status != QLatin1String("cancelled"));
    m_timeline->tasks()->model()->refreshStyle();

    const QStringList moves = operations::allowedMoves(status);
    const QString next = operations::nextStatus(status);
    m_next->setVisible(!next.isEmpty());
    m_next->setText(next.isEmpty() ? QString() : moveText(status, next));
    m_next->setProperty("status", next);
    m_movesMenu->clear();
    for (const QString& to : moves) {
        QAction* action = m_movesMenu->addAction(moveText(status, to));
        action->setObjectName(QStringLiteral("moveTo_") + to);
        connect(action, &QAction::triggered, this, [this, to] { moveTo(to); });
    }
    m_moves->setEnabled(!moves.isEmpty() && m_document && !m_document->isReadOnly());
}

void OperationEditor::updateTabTitles()
{
    const int targets = m_targets->model()->rowCount();
    const int assignments = m_assignments->model()->rowCount();
    m_tabs->setTabText(m_tabs->indexOf(m_targets), targets ? tr("&Targets (%1)").arg(targets) : tr("&Targets"));
    m_tabs->setTabText(m_tabs->indexOf(m_assignments),
                       assignments ? tr("Assi&gnments (%1)").arg(assignments) : tr("Assi&gnments"));
    const int warrants = m_warrants->model()->rowCount();
    m_tabs->setTabText(m_tabs->indexOf(m_warrants), warrants ? tr("Warrants (%1)").arg(warrants) : tr("Warrants"));
    const int feedback = m_feedback->model()->rowCount();
    m_tabs->setTabText(m_tabs->indexOf(m_feedback), feedback ? tr("Fee&dback (%1)").arg(feedback) : tr("Fee&dback"));
    const int files = m_files->count();
    m_tabs->setTabText(m_tabs->indexOf(m_filesPage), files ? tr("Files (%1)").arg(files) : tr("Files"));
    const int tips = m_tips->model()->rowCount();
    m_tabs->setTabText(m_tabs->indexOf(m_tips), tips ? tr("Ti&ps (%1)").arg(tips) : tr("Ti&ps"));
}

void OperationEditor::showWorkflowMessage(const QString& text)
{
    m_workflowMessage->setText(text);
    m_workflowMessage->setAccessibleDescription(text);
    m_workflowMessage->setVisible(!text.isEmpty());
}

bool OperationEditor::moveTo(const QString& status)
{
    if (!m_document || m_form->isNew())
        return false;
    commitPending();
    const QUuid id = m_form->record();
    const QString label = statusField().valueLabel(status);
    Result<QStringList> problems = operations::moveProblems(m_document->store(), id, status);
    if (!problems) {
        showWorkflowMessage(problems.error().text());
        return false;
    }
    m_blockedMove.clear();
    if (!problems->isEmpty()) {
        const QString what = tr("The operation cannot move to %1 yet").arg(label);
        showWorkflowMessage(what + QStringLiteral(":\n• ") + problems->join(QStringLiteral("\n• ")));
        m_blockedMove = status;
        Dialogs::message(this, QMessageBox::Warning, tr("Status Not Changed"), what + QLatin1Char('.'),
                         problems->join(QLatin1Char('\n')));
        return false;
    }
    Store& store = m_document->store();
    Result<QStringList> needed = operations::reasonsNeeded(store, id, status);
    if (!needed) {
        showWorkflowMessage(needed.error().text());
        return false;
    }
    const QString codeName = m_form->row().text(QStringLiteral("code_name"));
    QString reason;
    if (!needed->isEmpty()) {
        const std::optional<QString> given =
            ReasonDialog::ask(this, tr("Reason for the Move"), tr("Move %1 to %2?").arg(codeName, label),
                              needed->join(QLatin1Char('\n')), tr("Reason:"),
                              moveText(m_form->row().text(QStringLiteral("status")), status));
        if (!given)
            return false;
        reason = *given;
    }
    // The core writes the move, its log note and its audit entry; undo takes the move back
    // through the core too (logged and audited), never by writing the old row over the new.
    const Row& before = m_form->row();
    operations::Move move{id, before.text(QStringLiteral("status")), status, reason,
                          before.value(QStringLiteral("approved_by")), before.value(QStringLiteral("approved_at"))};
    Result<void> r = operations::moveTo(store, id, status, reason);
    if (r)
        m_document->undoStack()->push(new MoveCommand(*m_document, tr("Move %1 to %2").arg(codeName, label), std::move(move)));
    if (!r) {
        showWorkflowMessage(r.error().text());
        return false;
    }
    showWorkflowMessage({});
    return true;
}

void OperationEditor::recheckBlockedMove()
{
    if (m_blockedMove.isEmpty() || !m_document || m_form->isNew())
        return;
    Result<QStringList> problems = operations::moveProblems(m_document->store(), m_form->record(), m_blockedMove);
    if (!problems)
        return;
    const QString label = statusField().valueLabel(m_blockedMove);
    if (problems->isEmpty()) {
        m_blockedMove.clear();
        showWorkflowMessage({});
        return;
    }
    showWorkflowMessage(tr("The operation cannot move to %1 yet").arg(label) + QStringLiteral(":\n• ")
                        + problems->join(QStringLiteral("\n• ")));
}

QVariantMap OperationEditor::nextTargetDefaults() const
{
    // Target A, Target B, ... after the ones there.
    const int n = m_targets->model()->rowCount();
    const QString letter = n < 26 ? QString(QChar(u'A' + n)) : QString::number(n + 1);
    return {{QStringLiteral("label"), tr("Target %1").arg(letter)}};
}

QVariantMap OperationEditor::nextAssignmentDefaults() const
{
    // The lead first; then the entry team, the most common part.
    const ChildTableModel* model = m_assignments->model();
    const int role = model->columnOf(QStringLiteral("role"));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, role), ChildTableModel::ValueRole).toString() == QLatin1String("lead"))
            return {{QStringLiteral("role"), QStringLiteral("entry")}};
    }
    return {{QStringLiteral("role"), QStringLiteral("lead")}};
}

} // namespace tandem
