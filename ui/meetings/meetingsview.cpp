#include "meetings/meetingsview.h"

#include "records/childrecordspage.h"
#include "records/recordcommands.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "forms/fieldspage.h"
#include "forms/fieldeditor.h"
#include "forms/formkeys.h"
#include "forms/recordform.h"
#include "records/childtablemodel.h"
#include "meetings/meetinglistmodel.h"
#include "store/registry.h"
#include "store/store.h"
#include "widgets/timefield.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace tandem {
namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* n : list)
        out << QString::fromLatin1(n);
    return out;
}

// A new meeting starts at the next full hour tomorrow-or-later morning: 10:00 local time the next
// working day is what a coordination meeting usually is.
QDateTime nextMeetingTime(qint64 nowMs)
{
    QDate day = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date().addDays(1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return QDateTime(day, QTime(10, 0)).toUTC();
}

} // namespace

MeetingsView::MeetingsView(QWidget* parent)
    : View(parent)
    , m_model(new MeetingListModel(this))
    , m_form(new RecordForm(QStringLiteral("meeting"), this))
    , m_tree(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_summary(new QLabel(this))
    , m_formTitle(new QLabel(this))
    , m_new(new QPushButton(tr("&New meeting"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_create(new QPushButton(tr("Create meeting"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("meetingsView"));
    m_tree->setObjectName(QStringLiteral("meetingsTree"));
    m_splitter->setObjectName(QStringLiteral("meetingsSplitter"));
    m_summary->setObjectName(QStringLiteral("meetingsSummary"));
    m_formTitle->setObjectName(QStringLiteral("meetingsFormTitle"));
    m_new->setObjectName(QStringLiteral("meetingsNew"));
    m_delete->setObjectName(QStringLiteral("meetingsDelete"));
    m_create->setObjectName(QStringLiteral("meetingsCreate"));
    m_cancel->setObjectName(QStringLiteral("meetingsCancel"));
    m_tabs->setObjectName(QStringLiteral("meetingsTabs"));

    auto* heading = new QLabel(tr("Meetings and trainings"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_formTitle->setFont(bold);
    m_new->setToolTip(tr("Schedule a meeting, training or outreach event (Ctrl+Shift+N or Insert)"));
    m_delete->setToolTip(tr("Delete the selected meeting with its attendance and action items (Delete)"));
    m_create->setToolTip(tr("Add the meeting to the calendar (Ctrl+Return)"));
    m_create->setDefault(true);

    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Meetings"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    const int character = m_tree->fontMetrics().averageCharWidth();
    m_tree->setColumnWidth(MeetingListModel::Title, character * 36);
    m_tree->setColumnWidth(MeetingListModel::Kind, character * 20);
    m_tree->setColumnWidth(MeetingListModel::When, character * 17);
    m_tree->setColumnWidth(MeetingListModel::Place, character * 28);

    // The meeting: its details, and the records it has.
    m_details = new FieldsPage(m_form,
                               names({"kind", "title", "starts_at", "ends_at", "place", "organiser", "topics", "minutes",
                                      "sharing"}),
                               QStringLiteral("meetingDetails"), this);
    m_attendance = new ChildRecordsPage(QStringLiteral("meetingAttendance"), QStringLiteral("attendance"),
                                        names({"agency", "headcount"}), names({"agency", "headcount"}),
                                        QStringLiteral("rowid"), this, Qt::Vertical, QStringLiteral("meeting"));
    m_actions = new ChildRecordsPage(QStringLiteral("meetingActions"), QStringLiteral("action_item"),
                                     names({"title", "owner_agency", "due_at", "done_at"}),
                                     names({"title", "owner_agency", "due_at", "done_at"}),
                                     QStringLiteral("done_at IS NOT NULL, due_at"), this, Qt::Vertical,
                                     QStringLiteral("meeting"));
    m_feedback = new ChildRecordsPage(
        QStringLiteral("meetingFeedback"), QStringLiteral("feedback"),
        names({"agency", "rating_planning", "rating_communication", "rating_victim_care", "rating_safety"}),
        names({"agency", "rating_planning", "rating_communication", "rating_victim_care", "rating_safety", "what_worked",
               "what_to_change"}),
        QStringLiteral("rowid"), this, Qt::Vertical, QStringLiteral("meeting"));
    m_actions->setNewDefaults([this] {
        // Due a week after the meeting (or after now, for a meeting already past).
        const qint64 now = m_document ? m_document->store().wallClock() : QDateTime::currentMSecsSinceEpoch();
        QDateTime base = m_form->row().value(QStringLiteral("starts_at")).toDateTime();
        if (!base.isValid() || base.toMSecsSinceEpoch() < now)
            base = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        return QVariantMap{{QStringLiteral("due_at"), base.addDays(7)}};
    });
    // Set on an action item's due time starts a week after the meeting: what is agreed at a
    // meeting is due after it (the store refuses one due before it).
    if (FieldEditor* due = m_actions->form()->editor(QStringLiteral("due_at"))) {
        if (auto* time = qobject_cast<TimeField*>(due->widget())) {
            time->setSuggestion([this] {
                const QDateTime starts = m_form->row().value(QStringLiteral("starts_at")).toDateTime();
                if (starts.isValid())
                    return starts.addDays(7);
                const QDateTime now = QDateTime::currentDateTimeUtc();
                return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 3600 * 3600 + 3600, Qt::UTC);
            });
        }
    }
    // The names and titles get the room; numbers and times are short.
    m_attendance->table()->setColumnWidth(0, character * 44);
    m_actions->table()->setColumnWidth(0, character * 38);
    m_actions->table()->setColumnWidth(1, character * 30);
    m_actions->table()->setColumnWidth(2, character * 20);
    m_feedback->table()->setColumnWidth(0, character * 34);
    for (int column = 1; column <= 4; ++column)
        m_feedback->table()->setColumnWidth(column, character * 19);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_attendance, tr("Attendance"));
    m_tabs->addTab(m_actions, tr("Action items"));
    m_tabs->addTab(m_feedback, tr("Feedback"));
    m_tabs->setDocumentMode(true);

    auto* listPane = new QWidget(m_splitter);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_summary);
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_new);
    bar->addWidget(m_delete);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(12, 10, 6, 12);
    listLayout->addLayout(top);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_tree, 1);

    auto* formPane = new QWidget(m_splitter);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_cancel);
    formButtons->addWidget(m_create);
    auto* formLayout = new QVBoxLayout(formPane);
    formLayout->setContentsMargins(6, 10, 12, 12);
    formLayout->addWidget(m_formTitle);
    formLayout->addWidget(m_tabs, 1);
    formLayout->addLayout(formButtons);
    new FormKeys(formPane, m_details->lastFocusWidget(), m_cancel, m_create);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(formPane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // Half each: the editor's four tabs (attendance and action items carry counts) fit without scrolling.
    m_splitter->setSizes({character * 96, character * 96});
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    const auto shortcut = [this](QWidget* on, const QList<QKeySequence>& keys, Qt::ShortcutContext context, auto slot) {
        auto* action = new QAction(on);
        action->setShortcuts(keys);
        action->setShortcutContext(context);
        on->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    // Ctrl+Shift+N in the list and the details; the attendance, action item and feedback pages use
    // it (and Insert) for a new row of their own.
    shortcut(listPane, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, Qt::WidgetWithChildrenShortcut, [this] { startNew(); });
    shortcut(m_details, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, Qt::WidgetWithChildrenShortcut, [this] { startNew(); });
    shortcut(m_tree, {QKeySequence(Qt::Key_Insert)}, Qt::WidgetShortcut, [this] { startNew(); });
    // On the details only: the pages make their own rows with Ctrl+Return.
    shortcut(m_details, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
             Qt::WidgetWithChildrenShortcut, [this] {
                 if (m_newMode)
                     createNew();
             });
    shortcut(m_tree, {QKeySequence::Delete}, Qt::WidgetShortcut, [this] { deleteCurrent(); });
    for (int i = 0; i < 4; ++i) {
        shortcut(this, {QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i)))},
                 Qt::WidgetWithChildrenShortcut,
                 [this, i] { m_tabs->setCurrentIndex(i); });
    }

    connect(m_new, &QPushButton::clicked, this, &MeetingsView::startNew);
    connect(m_delete, &QPushButton::clicked, this, &MeetingsView::deleteCurrent);
    connect(m_create, &QPushButton::clicked, this, &MeetingsView::createNew);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        setNewMode(false);
        showCurrent();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingsView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_kept = current(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        const qint64 overdue = m_model->count(MeetingListModel::Overdue);
        const qint64 coming = m_model->count(MeetingListModel::Today) + m_model->count(MeetingListModel::Week);
        m_summary->setText(overdue > 0 ? tr("%n coming this week, %1 with overdue follow-up", nullptr, int(coming)).arg(overdue)
                                       : tr("%n coming this week", nullptr, int(coming)));
        if (!m_kept.isNull() && m_model->indexOf(m_kept).isValid())
            select(m_kept);
        else if (!m_newMode)
            showCurrent();
    });
    connect(m_model, &MeetingListModel::failed, m_summary, &QLabel::setText);
    for (ChildRecordsPage* page : {m_attendance, m_actions, m_feedback}) {
        connect(page->model(), &QAbstractItemModel::modelReset, this, &MeetingsView::updateTabTitles);
        connect(page->model(), &QAbstractItemModel::dataChanged, this, &MeetingsView::updateTabTitles);
    }
    connect(m_form, &RecordForm::loaded, this, [this] {
        if (!m_newMode && !m_form->isNew())
            m_formTitle->setText(m_form->row().text(QStringLiteral("title")));
    });
    setNewMode(false);
    showCurrent();
}

QString MeetingsView::title() const
{
    return tr("Meetings");
}

QIcon MeetingsView::icon() const
{
    return QIcon(QStringLiteral(":/icons/meetings.svg"));
}

void MeetingsView::setDocument(Document* document)
{
    // Read when the view is first shown, not before a file's first screen (on a large file the
    // meetings take tens of milliseconds).
    m_document = document;
    setDocumentWhenShown(document);
}

void MeetingsView::loadDocument(Document* document)
{
    m_form->setDocument(document);
    for (ChildRecordsPage* page : {m_attendance, m_actions, m_feedback})
        page->setDocument(document);
    setNewMode(false);
    m_model->setDocument(document);
    showCurrent();
}

MeetingListModel* MeetingsView::model()
{
    ensureLoaded();
    return m_model;
}

void MeetingsView::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("columns"), m_tree->header()->saveState());
}

void MeetingsView::restoreLayout(const QSettings& settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_tree->header()->restoreState(settings.value(QStringLiteral("columns")).toByteArray());
}

void MeetingsView::takeFocus()
{
    m_tree->setFocus(Qt::OtherFocusReason);
}

QUuid MeetingsView::current() const
{
    return m_model->idAt(m_tree->currentIndex());
}

bool MeetingsView::select(const QUuid& id)
{
    ensureLoaded();
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    setNewMode(false);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    showCurrent();
    return true;
}

void MeetingsView::showCurrent()
{
    if (m_newMode)
        return;
    const QUuid id = current();
    if (id == m_form->record() && !id.isNull() && m_attendance->model()->parentId() == id)
        return;
    m_form->setRecord(id);
    for (ChildRecordsPage* page : {m_attendance, m_actions, m_feedback})
        page->setParentRecord(id);
    m_tabs->setEnabled(!id.isNull());
    m_delete->setEnabled(!id.isNull());
    m_formTitle->setText(id.isNull() ? tr("Select a meeting to see and edit it, or schedule a new one.")
                                     : m_form->row().text(QStringLiteral("title")));
    updateTabTitles();
}

void MeetingsView::setNewMode(bool on)
{
    m_newMode = on;
    m_create->setVisible(on);
    m_cancel->setVisible(on);
    m_new->setEnabled(!on && m_document);
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, !on);
    if (on) {
        m_tabs->setEnabled(true);
        m_tabs->setCurrentWidget(m_details);
        m_delete->setEnabled(false);
        m_formTitle->setText(tr("New meeting"));
    }
}

void MeetingsView::startNew()
{
    if (!m_document)
        return;
    ensureLoaded();
    m_form->commitPending();
    m_tree->selectionModel()->clearCurrentIndex();
    m_tree->clearSelection();
    setNewMode(true);
    m_form->setRecord({});
    for (ChildRecordsPage* page : {m_attendance, m_actions, m_feedback})
        page->setParentRecord({});
    m_form->setDefaultValue(QStringLiteral("kind"), QStringLiteral("coordination"));
    m_form->setDefaultValue(QStringLiteral("starts_at"), nextMeetingTime(m_document->store().wallClock()));
    m_form->resetNew();
    m_details->focusFirst();
}

QUuid MeetingsView::createNew()
{
    if (!m_newMode || !m_document)
        return {};
    Result<QUuid> id = m_form->create(tr("Schedule meeting"));
    if (!id || id->isNull())
        return {};
    setNewMode(false);
    select(*id);
    // Next: who came, and what was agreed.
    m_tabs->setCurrentWidget(m_attendance);
    return *id;
}

bool MeetingsView::deleteCurrent()
{
    const QUuid id = current();
    if (!m_document || id.isNull())
        return false;
    const QString name = m_form->row().text(QStringLiteral("title"));
    if (!Dialogs::question(this, tr("Delete meeting"), tr("Delete “%1” with its attendance?").arg(name),
                           tr("Its action items and feedback stay, without the meeting. Undo (Ctrl+Z) brings it back."),
                           tr("Delete")))
        return false;
    Result<void> r = deleteRecord(*m_document, QStringLiteral("meeting"), id, tr("Delete “%1”").arg(name));
    if (!r) {
        m_form->setMessage(QString(), r.error().message);
        return false;
    }
    return true;
}

void MeetingsView::updateTabTitles()
{
    ChildTableModel* attendance = m_attendance->model();
    qint64 people = 0;
    for (int r = 0; r < attendance->rowCount(); ++r)
        people += attendance->rowAt(r).value(QStringLiteral("headcount")).toLongLong();
    const int agencies = attendance->rowCount();
    m_tabs->setTabText(1, agencies == 0 ? tr("Attendan&ce")
                                        : tr("Attendan&ce (%1, %2)")
                                              .arg(agencies == 1 ? tr("1 agency") : tr("%Ln agencies", nullptr, agencies),
                                                   people == 1 ? tr("1 person") : tr("%Ln people", nullptr, int(people))));
    ChildTableModel* actions = m_actions->model();
    int open = 0;
    for (int r = 0; r < actions->rowCount(); ++r)
        open += actions->rowAt(r).isNull(QStringLiteral("done_at")) ? 1 : 0;
    m_tabs->setTabText(2, open == 0 ? tr("Act&ion items") : tr("Act&ion items (%1 open)").arg(open));
    m_tabs->setTabText(3, m_feedback->model()->rowCount() == 0 ? tr("Feed&back")
                                                               : tr("Feed&back (%1)").arg(m_feedback->model()->rowCount()));
    m_tabs->setTabText(0, tr("De&tails"));
}

} // namespace tandem
