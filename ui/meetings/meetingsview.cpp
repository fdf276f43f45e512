#include "meetings/meetingsview.h"

#include "attachments/attachmentspanel.h"
#include "records/childrecordspage.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "forms/fieldspage.h"
#include "forms/fieldeditor.h"
#include "forms/recordform.h"
#include "records/childtablemodel.h"
#include "meetings/meetinglistmodel.h"
#include "store/registry.h"
#include "store/store.h"
#include "widgets/listsetup.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"
#include "widgets/timefield.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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
    : RecordListView(kTitle, kIcon, parent)
    , m_model(new MeetingListModel(this))
    , m_form(new RecordForm(QStringLiteral("meeting"), this))
    , m_tree(named<QTreeView>(QStringLiteral("meetingsTree"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_summary(named<QLabel>(QStringLiteral("meetingsSummary"), this))
    , m_formTitle(new QLabel(this))
    , m_new(new QPushButton(tr("&New meeting"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_create(new QPushButton(tr("Create meeting"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_tabs(named<QTabWidget>(QStringLiteral("meetingsTabs"), this))
{
    setObjectName(QLatin1String(kObjectName));
    setList(m_tree, m_splitter);

    auto* heading = TextStyle::heading(tr("Meetings and trainings"), this);
    TextStyle::setFormTitle(m_formTitle);
    m_new->setToolTip(tr("Schedule a meeting, training or outreach event (Ctrl+Shift+N or Insert)"));
    m_delete->setToolTip(tr("Delete the selected meeting with its attendance and action items (Delete)"));
    m_create->setToolTip(tr("Add the meeting to the calendar (Ctrl+Return)"));

    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Meetings"));
    ListSetup::setUpTree(m_tree);
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
        const qint64 now = document() ? document()->store().wallClock() : QDateTime::currentMSecsSinceEpoch();
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
    m_files = new AttachmentsPanel(QStringLiteral("meeting"), this);
    m_tabs->addTab(m_files, tr("Files"));
    m_tabs->setDocumentMode(true);

    setControls({m_form, m_details, m_new, m_delete, m_create, m_cancel, m_formTitle}, QStringLiteral("meetings"));
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_new);
    bar->addWidget(m_delete);
    QWidget* listPane = makeListPane(heading, m_summary, {bar});
    placePanes(listPane, makeFormPane({}, m_tabs, m_details->lastFocusWidget()), 1, 1);
    // Half each: the editor's four tabs (attendance and action items carry counts) fit without scrolling.
    m_splitter->setSizes({character * 96, character * 96});

    // Ctrl+Shift+N in the list and the details; the attendance, action item and feedback pages use
    // it (and Insert) for a new row of their own.
    addShortcut(listPane, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, Qt::WidgetWithChildrenShortcut, [this] { startNew(); });
    addShortcut(m_details, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, Qt::WidgetWithChildrenShortcut, [this] { startNew(); });
    addShortcut(m_tree, {QKeySequence(Qt::Key_Insert)}, Qt::WidgetShortcut, [this] { startNew(); });
    // On the details only: the pages make their own rows with Ctrl+Return.
    addShortcut(m_details, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                Qt::WidgetWithChildrenShortcut, [this] {
                    if (isNewMode())
                        createNew();
                });
    for (int i = 0; i < 4; ++i) {
        addShortcut(this, {QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i)))},
                    Qt::WidgetWithChildrenShortcut, [this, i] { m_tabs->setCurrentIndex(i); });
    }

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        const qint64 overdue = m_model->count(MeetingListModel::Overdue);
        const qint64 coming = m_model->count(MeetingListModel::Today) + m_model->count(MeetingListModel::Week);
        m_summary->setText(overdue > 0 ? tr("%n coming this week, %1 with overdue follow-up", nullptr, int(coming)).arg(overdue)
                                       : tr("%n coming this week", nullptr, int(coming)));
    });
    keepCurrentAcrossResets(m_model);
    connect(m_model, &MeetingListModel::failed, m_summary, &QLabel::setText);
    for (ChildRecordsPage* page : {m_attendance, m_actions, m_feedback}) {
        connect(page->model(), &QAbstractItemModel::modelReset, this, &MeetingsView::updateTabTitles);
        connect(page->model(), &QAbstractItemModel::dataChanged, this, &MeetingsView::updateTabTitles);
    }
    connect(m_form, &RecordForm::loaded, this, [this] {
        if (!isNewMode() && !m_form->isNew())
            m_formTitle->setText(m_form->row().text(QStringLiteral("title")));
    });
    setNewMode(false);
    showCurrent();
}

void MeetingsView::loadDocument(Document* document)
{
    m_form->setDocument(document);
    m_files->setDocument(document);
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

QUuid MeetingsView::idAt(const QModelIndex& index) const
{
    return m_model->idAt(index);
}

QModelIndex MeetingsView::indexOf(const QUuid& id, bool)
{
    // The calendar is read whole.
    return m_model->indexOf(id);
}

void MeetingsView::showRecord(const QUuid& id)
{
    if (id == m_form->record() && !id.isNull() && m_attendance->model()->parentId() == id)
        return;
    m_form->setRecord(id);
    m_files->setOwner(id);
    for (ChildRecordsPage* page : {m_attendance, m_actions, m_feedback})
        page->setParentRecord(id);
    m_tabs->setEnabled(!id.isNull());
    m_delete->setEnabled(!id.isNull());
    m_formTitle->setText(id.isNull() ? tr("Select a meeting to see and edit it, or schedule a new one.")
                                     : m_form->row().text(QStringLiteral("title")));
    updateTabTitles();
}

void MeetingsView::newModeChanged(bool on)
{
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, !on);
    if (on) {
        m_tabs->setEnabled(true);
        m_tabs->setCurrentWidget(m_details);
        m_formTitle->setText(tr("New meeting"));
    }
}

void MeetingsView::prepareNew()
{
    for (ChildRecordsPage* page : {m_attendance, m_actions, m_feedback})
        page->setParentRecord({});
    m_form->setDefaultValue(QStringLiteral("kind"), QStringLiteral("coordination"));
    m_form->setDefaultValue(QStringLiteral("starts_at"), nextMeetingTime(document()->store().wallClock()));
}

QString MeetingsView::createText() const
{
    return tr("Schedule meeting");
}

void MeetingsView::created()
{
    // Next: who came, and what was agreed.
    m_tabs->setCurrentWidget(m_attendance);
}

std::optional<QString> MeetingsView::confirmDelete(const QUuid&)
{
    const QString name = m_form->row().text(QStringLiteral("title"));
    if (!Dialogs::question(this, tr("Delete meeting"), tr("Delete “%1” with its attendance?").arg(name),
                           tr("Its action items and feedback stay, without the meeting. Undo (Ctrl+Z) brings it back."),
                           tr("Delete")))
        return std::nullopt;
    return tr("Delete “%1”").arg(name);
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
