#include "operations/logpage.h"

#include "records/recordcommands.h"
#include "document.h"
#include "forms/formmessage.h"
#include "records/childtablemodel.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"
#include "widgets/limitedlineedit.h"
#include "widgets/named.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

namespace tandem {
namespace {

const QString kAuthorKey = QStringLiteral("log/author");

const FieldDef& noteField(const char* name)
{
    return *Registry::instance().entity(QStringLiteral("note"))->field(QString::fromLatin1(name));
}

} // namespace

LogPage::LogPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ChildTableModel(QStringLiteral("note"), QStringLiteral("operation"),
                                  {QStringLiteral("at"), QStringLiteral("author"), QStringLiteral("kind"), QStringLiteral("lesson"),
                                   QStringLiteral("text")},
                                  QStringLiteral("at DESC"), this))
    , m_list(named<QTreeView>(QStringLiteral("logList"), this))
    , m_author(named<LimitedLineEdit>(QStringLiteral("logAuthor"), this))
    , m_entry(named<LimitedLineEdit>(QStringLiteral("logEntry"), this))
    , m_lesson(named<QCheckBox>(QStringLiteral("logLesson"), tr("Lesson le&arned"), this))
    , m_message(new FormMessage(QStringLiteral("logMessage"), this))
{
    setObjectName(QStringLiteral("logPage"));
    m_lesson->setToolTip(tr("Enter the note as a lesson learned: it stays in the log and is listed with the lessons "
                            "of the after-action report. A note in the list is marked in its own box."));

    m_author->setMaxLength(value::maxLength(noteField("author")));
    m_author->setPlaceholderText(tr("Your name"));
    m_author->setAccessibleName(noteField("author").labelText());
    m_author->setText(QSettings().value(kAuthorKey).toString());
    m_entry->setMaxLength(value::maxLength(noteField("text")));
    m_entry->setPlaceholderText(tr("What happened? Type and press Enter; the note is stamped with the time."));
    m_entry->setAccessibleName(tr("New log note"));
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("logAdd"));
    add->setToolTip(tr("Add the note (Enter)"));

    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Operation log"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(0, m_list->fontMetrics().averageCharWidth() * 18);
    m_list->header()->resizeSection(1, m_list->fontMetrics().averageCharWidth() * 18);
    m_list->header()->resizeSection(2, m_list->fontMetrics().averageCharWidth() * 14);
    m_list->header()->resizeSection(3, m_list->fontMetrics().averageCharWidth() * 16);
    // Notes written as lessons (after the operation) are lessons whatever their box says.
    m_model->setRowStyle([](const Row& row, int role) -> QVariant {
        if (role == Qt::ToolTipRole && row.text(QStringLiteral("kind")) == QLatin1String("lesson"))
            return LogPage::tr("Written as a lesson: always among the lessons of the after-action report.");
        return {};
    });

    auto* by = new QLabel(tr("B&y:"), this);
    by->setBuddy(m_author);
    auto* note = new QLabel(tr("&Note:"), this);
    note->setBuddy(m_entry);
    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(by);
    entryRow->addWidget(m_author, 1);
    entryRow->addWidget(note);
    entryRow->addWidget(m_entry, 4);
    entryRow->addWidget(m_lesson);
    entryRow->addWidget(add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->addLayout(entryRow);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    setTabOrder(m_author, m_entry);
    setTabOrder(m_entry, m_lesson);
    setTabOrder(m_lesson, add);
    setTabOrder(add, m_list);

    m_now = [this] {
        return m_document ? QDateTime::fromMSecsSinceEpoch(m_document->store().wallClock(), Qt::UTC)
                          : QDateTime::currentDateTimeUtc();
    };
    connect(m_entry, &QLineEdit::returnPressed, this, &LogPage::addNote);
    connect(add, &QPushButton::clicked, this, &LogPage::addNote);
    connect(m_entry, &LimitedLineEdit::refused, this, [this](qsizetype n) {
        m_message->setOwnText(tr("A note takes at most %L1 characters; the text would have had %L2, so it was not taken.")
                                  .arg(m_entry->maxLength())
                                  .arg(n));
    });
    connect(m_author, &QLineEdit::editingFinished, this, [this] {
        if (!m_author->isReadOnly())
            QSettings().setValue(kAuthorKey, m_author->text().trimmed());
    });
    // The list's own keys (and its context menu): L marks the selected note as a lesson learned
    // or unmarks it, Delete removes it; both undoable.
    auto* lesson = new QAction(tr("Lesson Learned"), this);
    lesson->setObjectName(QStringLiteral("logToggleLesson"));
    lesson->setShortcut(QKeySequence(Qt::Key_L));
    lesson->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(lesson);
    connect(lesson, &QAction::triggered, this, &LogPage::toggleLesson);
    auto* remove = new QAction(tr("Remove Note"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(remove, &QAction::triggered, this, &LogPage::removeCurrent);
    connect(m_model, &ChildTableModel::failed, m_message, &FormMessage::setOwnText);
}

void LogPage::setDocument(Document* document)
{
    m_document = document;
    m_model->setDocument(document);
    m_operation = QUuid();
    // Notes are written in the name of the person at the keyboard (the store records them so);
    // only a file nobody of the office has opened lets a name be typed, remembered here.
    const bool person = document && !document->store().actor().person.isNull();
    m_author->setReadOnly(person);
    m_author->setText(person ? document->store().actor().name : QSettings().value(kAuthorKey).toString());
    m_author->setToolTip(person ? tr("Notes are written in your name") : QString());
}

void LogPage::setOperation(const QUuid& operation)
{
    m_operation = operation;
    m_model->setParentId(operation);
    m_message->setOwnText({});
}

void LogPage::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

bool LogPage::addNote()
{
    const QString text = m_entry->text().trimmed();
    if (!m_document || m_operation.isNull() || text.isEmpty())
        return false;
    QVariantMap values{{QStringLiteral("operation"), m_operation},
                       {QStringLiteral("at"), QDateTime::fromSecsSinceEpoch(m_now().toSecsSinceEpoch(), Qt::UTC)},
                       {QStringLiteral("kind"), QStringLiteral("log")},
                       {QStringLiteral("text"), text}};
    if (m_lesson->isChecked())
        values.insert(QStringLiteral("lesson"), true);
    if (!m_author->isReadOnly() && !m_author->text().trimmed().isEmpty())
        values.insert(QStringLiteral("author"), m_author->text().trimmed());
    Result<QUuid> id = addRecord(*m_document, QStringLiteral("note"), values, tr("Add log note"));
    if (!id) {
        m_message->setOwnText(id.error().message);
        return false;
    }
    m_message->setOwnText({});
    m_entry->clear();
    m_lesson->setChecked(false); // the next note is a log entry again
    if (!m_author->isReadOnly())
        QSettings().setValue(kAuthorKey, m_author->text().trimmed());
    return true;
}

void LogPage::toggleLesson()
{
    const QModelIndex current = m_list->currentIndex();
    if (!m_document || !current.isValid())
        return;
    const QModelIndex box = m_model->index(current.row(), m_model->columnOf(QStringLiteral("lesson")));
    const bool marked = box.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_model->setData(box, marked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void LogPage::removeCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!m_document || !index.isValid())
        return;
    Result<void> r = deleteRecord(*m_document, QStringLiteral("note"), m_model->idAt(index.row()), tr("Remove log note"));
    m_message->setOwnText(r ? QString() : r.error().message);
}

} // namespace tandem
