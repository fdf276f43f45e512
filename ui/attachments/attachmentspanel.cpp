#include "attachments/attachmentspanel.h"

#include "attachments/attachmentpreview.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "errors.h"
#include "records/recordcommands.h"
#include "security/keyring.h"
#include "store/audit.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/listsetup.h"
#include "widgets/textstyle.h"

#include "crypto/officekeys.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace tandem {
namespace {

// The private folder files are handed to the desktop's applications from: readable by this user
// only, removed with everything in it when Tandem closes.
QString handOffFolder()
{
    static std::unique_ptr<QTemporaryDir> dir = [] {
        auto d = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tandem-open-XXXXXX"));
        if (d->isValid())
            QFile::setPermissions(d->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return d;
    }();
    return dir->isValid() ? dir->path() : QString();
}

// The kind of file for people.
QString kindText(const QString& mediaType)
{
    if (mediaType == QLatin1String("application/pdf"))
        return AttachmentsPanel::tr("PDF");
    if (mediaType.startsWith(QLatin1String("image/")))
        return AttachmentsPanel::tr("Image (%1)").arg(mediaType.mid(6).toUpper());
    if (mediaType.startsWith(QLatin1String("text/")))
        return AttachmentsPanel::tr("Text");
    return AttachmentsPanel::tr("Other file");
}

} // namespace

AttachmentsPanel::AttachmentsPanel(const QString& ownerKind, QWidget* parent)
    : QWidget(parent)
    , m_kind(ownerKind)
    , m_table(new QTableWidget(0, 5, this))
    , m_hint(new QLabel(this))
    , m_title(new QLabel(this))
    , m_attach(new QPushButton(tr("Attach File…"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_save(new QPushButton(tr("Save As…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(ownerKind + QStringLiteral("Attachments"));
    setAcceptDrops(true);
    m_table->setObjectName(ownerKind + QStringLiteral("AttachmentsTable"));
    m_attach->setObjectName(ownerKind + QStringLiteral("AttachFile"));
    m_open->setObjectName(ownerKind + QStringLiteral("AttachmentOpen"));
    m_save->setObjectName(ownerKind + QStringLiteral("AttachmentSave"));
    m_remove->setObjectName(ownerKind + QStringLiteral("AttachmentRemove"));
    m_hint->setObjectName(ownerKind + QStringLiteral("AttachmentsHint"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Kind"), tr("Size"), tr("Attached by"), tr("Attached")});
    m_table->setAccessibleName(tr("Attached files"));
    // F2 retitles the selected file (the title only: the bytes never change).
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const int character = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(1, character * 14);
    m_table->setColumnWidth(2, character * 10);
    m_table->setColumnWidth(3, character * 18);
    m_table->setColumnWidth(4, character * 20);
    m_table->setMinimumHeight(fontMetrics().height() * 6);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Drop files here, or attach them with Attach File… (Ctrl+Shift+F); F2 changes the selected "
                       "file's title. Files are kept in the office file, encrypted, and go where this record goes."));
    m_attach->setToolTip(tr("Attach a file to this record (Ctrl+Shift+F); you can also drop files on the list"));
    m_open->setToolTip(tr("Show the selected file (Return or double-click)"));
    m_save->setToolTip(tr("Write a copy of the selected file to a folder you choose"));
    m_remove->setToolTip(tr("Remove the selected file from this record (Delete); Undo brings it back"));

    auto* attachAction = new QAction(this);
    attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    attachAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(attachAction);
    connect(attachAction, &QAction::triggered, m_attach, &QPushButton::click);
    auto* openAction = new QAction(this);
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(openAction);
    connect(openAction, &QAction::triggered, this, &AttachmentsPanel::openCurrent);
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &AttachmentsPanel::removeCurrent);

    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Attach a File"), tr("All files (*)"));
        if (!path.isEmpty())
            attachFiles({path});
    });
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPanel::openCurrent);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsPanel::saveCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeCurrent);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openCurrent(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AttachmentsPanel::updateButtons);
    // Written once the editor has closed: the write reloads the list, items included.
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 0)
            return;
        const int row = item->row();
        const QString text = item->text();
        QTimer::singleShot(0, this, [this, row, text] { retitle(row, text); });
    });

    TextStyle::setBold(m_title);
    m_title->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    updateButtons();
}

void AttachmentsPanel::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void AttachmentsPanel::setDocument(Document* document)
{
    if (m_document)
        disconnect(&m_document->store(), nullptr, this, nullptr);
    m_document = document;
    m_owner = QUuid();
    if (m_document) {
        const QString entity = attachments::entityFor(m_kind);
        connect(&m_document->store(), &Store::changed, this, [this, entity](const QString& changed) {
            if (changed == entity || changed == m_kind)
                reload();
        });
        // A survivor's titles open and close with the keys.
        if (KeyRing* ring = m_document->keyRing())
            connect(ring, &KeyRing::unlockedChanged, this, &AttachmentsPanel::reload, Qt::UniqueConnection);
    }
    reload();
}

void AttachmentsPanel::setOwner(const QUuid& owner)
{
    m_owner = owner;
    reload();
}

void AttachmentsPanel::reload()
{
    const QUuid selected = current() ? current()->id : QUuid();
    m_items.clear();
    if (m_document && !m_owner.isNull()) {
        Result<std::vector<attachments::Attachment>> read = attachments::list(m_document->store(), m_kind, m_owner);
        if (read)
            m_items = std::move(*read);
    }
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(m_items.size()));
    int reselect = -1;
    for (int i = 0; i < int(m_items.size()); ++i) {
        const attachments::Attachment& a = m_items[size_t(i)];
        const QStringList cells{a.locked ? tr("(locked: unlock identities to see it)") : a.title, kindText(a.mediaType),
                                attachments::sizeText(a.size), a.attachedBy, localTimeText(a.attachedAt)};
        const bool writable = m_document && !m_document->isReadOnly() && !a.locked;
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setFlags(c == 0 && writable ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable);
            if (c == 0 && !a.locked && a.fileName != a.title)
                item->setToolTip(a.fileName);
            m_table->setItem(i, c, item);
        }
        if (a.id == selected)
            reselect = i;
    }
    if (reselect >= 0)
        m_table->selectRow(reselect);
    else if (!m_items.empty())
        m_table->selectRow(0);
    updateButtons();
    Q_EMIT countChanged(count());
}

void AttachmentsPanel::updateButtons()
{
    const bool writable = m_document && !m_document->isReadOnly() && !m_owner.isNull();
    const bool selected = current() != nullptr;
    m_attach->setEnabled(writable);
    m_open->setEnabled(selected);
    m_save->setEnabled(selected);
    m_remove->setEnabled(selected && writable);
}

const attachments::Attachment* AttachmentsPanel::current() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    const int row = ranges.isEmpty() ? m_table->currentRow() : ranges.first().topRow();
    return row >= 0 && row < int(m_items.size()) ? &m_items[size_t(row)] : nullptr;
}

bool AttachmentsPanel::attachFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (!attachOne(path))
            return false;
    }
    return true;
}

bool AttachmentsPanel::attachOne(const QString& path)
{
    if (!m_document || m_owner.isNull())
        return false;
    Store& store = m_document->store();
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString what = tr("“%1” could not be attached").arg(name);
    if (!info.isFile()) {
        showError(this, what, makeError(info.exists() ? tr("this is not a file") : tr("there is no such file"), path));
        return false;
    }
    // Too large: said before anything is asked or read.
    if (info.size() > attachments::limit(store)) {
        showError(this, what,
                  makeError(tr("the file is %1, larger than the %2 this office attaches (Edit ▸ Preferences)")
                                .arg(attachments::sizeText(info.size()), attachments::sizeText(attachments::limit(store))),
                            path));
        return false;
    }
    if (const QString problem = attachments::fileNameProblem(name); !problem.isEmpty()) {
        showError(this, what, makeError(problem, path));
        return false;
    }
    if (!m_document->keyRing()) {
        showError(this, what, makeError(tr("the office's keys are not at hand"), path));
        return false;
    }
    Result<KeyRing::Keys> keys = m_document->keyRing()->unlock(this, tr("Attaching a file needs the office's keys: it is kept "
                                                                        "encrypted, named by a keyed hash."));
    if (!keys) {
        if (!KeyRing::isCancel(keys.error()))
            showError(this, what, keys.error());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(this, what, makeError(tr("the file could not be read: %1").arg(file.errorString()), path));
        return false;
    }
    std::unique_ptr<QProgressDialog> progress;
    if (file.size() > 4 * attachments::kChunkSize) {
        progress = std::make_unique<QProgressDialog>(tr("Attaching “%1”…").arg(name), tr("Cancel"), 0, 1000, this);
        progress->setObjectName(QStringLiteral("attachProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    Result<attachments::Content> content = attachments::storeContent(
        store, **keys, m_kind, file, file.size(), path, [&](qint64 done, qint64 total) {
            if (!progress)
                return true;
            progress->setValue(int(1000 * done / qMax<qint64>(1, total)));
            QCoreApplication::processEvents();
            return !progress->wasCanceled();
        });
    progress.reset();
    if (!content) {
        showError(this, what, content.error());
        return false;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.wallClock(), Qt::UTC);
    Result<QUuid> id = addRecord(*m_document, attachments::entityFor(m_kind),
                                 attachments::rowValues(m_kind, m_owner, QString(), name, *content, now), tr("Attach “%1”").arg(name));
    if (!id) {
        showError(this, what, id.error());
        return false;
    }
    reload();
    for (int i = 0; i < int(m_items.size()); ++i) {
        if (m_items[size_t(i)].id == *id)
            m_table->selectRow(i);
    }
    return true;
}

void AttachmentsPanel::openCurrent()
{
    const attachments::Attachment* a = current();
    if (!a || !m_document || !m_document->keyRing())
        return;
    const attachments::Attachment shown = *a;
    const QString label = shown.locked ? tr("the survivor's file") : shown.title;
    const QString what = tr("“%1” could not be opened").arg(label);
    Result<KeyRing::Keys> keys = m_document->keyRing()->unlock(this, tr("Opening an attached file needs the office's keys."));
    if (!keys) {
        if (!KeyRing::isCancel(keys.error()))
            showError(this, what, keys.error());
        return;
    }
    const bool survivors = attachments::identifying(m_kind);
    if (AttachmentPreview::canPreview(shown.mediaType)) {
        Result<QByteArray> bytes = attachments::readAll(m_document->store(), **keys, shown, qint64(256) << 20);
        if (!bytes) {
            showError(this, what, bytes.error());
            return;
        }
        AttachmentPreview preview(label, shown.mediaType, *bytes, this);
        Dialogs::exec(preview);
        return;
    }
    if (survivors) {
        Dialogs::message(this, QMessageBox::Information, tr("Open File"),
                         tr("A survivor's files are not handed to other applications."),
                         tr("Tandem shows images and PDFs itself. To open another kind of file, save a copy with Save As… "
                            "where you choose, and delete it when you are done."));
        return;
    }
    if (!Dialogs::question(this, tr("Open File"),
                           tr("Open “%1” with the application your desktop uses for this kind of file?").arg(shown.fileName),
                           tr("Tandem writes a copy to a private temporary folder for that application and deletes it when "
                              "Tandem closes. A file from a partner may be harmful: open only what you expect."),
                           tr("Open")))
        return;
    const QString folder = handOffFolder();
    if (folder.isEmpty()) {
        showError(this, what, makeError(tr("no private temporary folder could be made"), QDir::tempPath()));
        return;
    }
    const QString target = QDir(folder).filePath(shown.id.toString(QUuid::Id128) + QLatin1Char('-') + shown.fileName);
    if (Result<void> r = attachments::extract(m_document->store(), **keys, shown.id, target); !r) {
        showError(this, what, r.error());
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(target));
}

void AttachmentsPanel::saveCurrent()
{
    const attachments::Attachment* a = current();
    if (!a || !m_document || !m_document->keyRing())
        return;
    const attachments::Attachment chosen = *a;
    const QString what = tr("The file could not be saved");
    Result<KeyRing::Keys> keys = m_document->keyRing()->unlock(this, tr("Saving a copy of an attached file needs the office's keys."));
    if (!keys) {
        if (!KeyRing::isCancel(keys.error()))
            showError(this, what, keys.error());
        return;
    }
    const QString suffix = QFileInfo(chosen.fileName).suffix();
    const QString path = Dialogs::saveFileName(this, tr("Save a Copy"), tr("All files (*)"), suffix);
    if (path.isEmpty())
        return;
    if (Result<void> r = attachments::extract(m_document->store(), **keys, chosen.id, path); !r) {
        showError(this, what, r.error());
        return;
    }
    if (Result<void> r = appendAudit(m_document->store(), QStringLiteral("extract"),
                                     tr("%1 attachment %2").arg(m_kind, chosen.id.toString(QUuid::WithoutBraces)), path);
        !r)
        showError(this, what, r.error());
}

void AttachmentsPanel::retitle(int row, const QString& typed)
{
    if (!m_document || row < 0 || row >= int(m_items.size()))
        return;
    const attachments::Attachment a = m_items[size_t(row)];
    const QString title = typed.trimmed();
    if (title == a.title)
        return;
    Result<void> r = title.isEmpty()
                         ? Result<void>(makeError(tr("a file keeps a title: type one, or press Escape to keep “%1”").arg(a.title)))
                         : editRecord(*m_document, a.entity, a.id, {{QStringLiteral("title"), title}}, tr("Retitle “%1”").arg(a.title));
    if (!r)
        showError(this, tr("The title of “%1” was not changed").arg(a.title), r.error());
    reload(); // what the file holds, whichever way it went
}

void AttachmentsPanel::removeCurrent()
{
    const attachments::Attachment* a = current();
    if (!a || !m_document || m_document->isReadOnly())
        return;
    const QString label = a->locked ? tr("the survivor's file") : a->title;
    if (Result<void> r = deleteRecord(*m_document, a->entity, a->id, tr("Remove “%1”").arg(label)); !r)
        showError(this, tr("“%1” could not be removed").arg(label), r.error());
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && m_attach->isEnabled()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (!url.isLocalFile())
                return;
        }
        event->acceptProposedAction();
    }
}

void AttachmentsPanel::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    attachFiles(paths);
}

} // namespace tandem
