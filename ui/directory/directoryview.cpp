#include "directory/directoryview.h"

#include "directory/agencyactionitems.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "forms/fieldspage.h"
#include "forms/fieldeditor.h"
#include "forms/formmessage.h"
#include "forms/recordform.h"
#include "directory/recordlistmodel.h"
#include "query/directory.h"
#include "store/registry.h"
#include "store/store.h"
#include "widgets/limitedlineedit.h"
#include "widgets/listsetup.h"
#include "widgets/textstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

DirectoryView::DirectoryView(Config config, QWidget* parent)
    : RecordListView(config.title, config.icon, parent)
    , m_config(std::move(config))
    , m_model(new RecordListModel(m_config.entity, m_config.columns, this))
    , m_form(new RecordForm(m_config.entity, this))
    , m_search(new LimitedLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_page(nullptr)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_create(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_formTitle(new QLabel(this))
{
    const QString& key = m_config.key;
    setObjectName(key + QStringLiteral("View"));
    m_search->setObjectName(key + QStringLiteral("Search"));
    m_count->setObjectName(key + QStringLiteral("Count"));
    m_table->setObjectName(key + QStringLiteral("Table"));
    setList(m_table, m_splitter);

    auto* heading = TextStyle::heading(title(), this);
    m_search->setMaxLength(200);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search %1… (Ctrl+F)").arg(title().toLower()));
    m_search->setAccessibleName(tr("Search %1").arg(title().toLower()));
    m_new->setToolTip(tr("A new entry (Ctrl+Shift+N or Insert)"));
    m_delete->setToolTip(tr("Delete the selected entry (Delete)"));
    m_create->setText(tr("Create"));
    m_create->setToolTip(tr("Add the entry to the directory (Ctrl+Return)"));
    TextStyle::setFormTitle(m_formTitle);

    m_table->setModel(m_model);
    m_table->setAccessibleName(title());
    ListSetup::setUpTable(m_table, ListSetup::FixedRows | ListSetup::StretchLast);
    m_table->horizontalHeader()->setDefaultSectionSize(m_table->fontMetrics().averageCharWidth() * 15);
    ListSetup::setSortable(m_table, 0, Qt::AscendingOrder);
    // The name gets the room; the rest are short.
    m_table->setColumnWidth(0, m_table->fontMetrics().averageCharWidth() * 32);

    m_page = new FieldsPage(m_form, m_config.fields, key + QStringLiteral("Form"), this);
    setControls({m_form, m_page, m_new, m_delete, m_create, m_cancel, m_formTitle}, key);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_delete);
    QWidget* listPane = makeListPane(heading, m_count, {bar});
    QWidget* formPane = makeFormPane({}, m_page, m_page->lastFocusWidget());
    placePanes(listPane, formPane, 3, 2);

    addShortcut(this, {QKeySequence::Find}, Qt::WidgetWithChildrenShortcut, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addShortcut(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)},
                Qt::WidgetWithChildrenShortcut, [this] { startNew(); });
    addShortcut(formPane, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                Qt::WidgetWithChildrenShortcut, [this] { createNew(); });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setSearch(text);
        // The entry shown stays when it still matches; otherwise the first match is shown.
        if (current().isNull() && !isNewMode())
            selectFirstRow();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    connect(m_model, &RecordListModel::totalCountChanged, this, &DirectoryView::updateCount);
    connect(m_model, &RecordListModel::readFailed, m_count, &QLabel::setText);
    keepCurrentAcrossResets(m_model);
    setNewMode(false);
    showCurrent();
}

void DirectoryView::setDocument(Document* document)
{
    setDocumentPointer(document);
    m_form->setDocument(document);
    setNewMode(false);
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_model->setStore(document ? &document->store() : nullptr);
    selectFirstRow();
    showCurrent();
    updateCount();
}

QUuid DirectoryView::idAt(const QModelIndex& index) const
{
    return index.isValid() ? m_model->idAt(index.row()) : QUuid();
}

QModelIndex DirectoryView::indexOf(const QUuid& id, bool fetch)
{
    return m_model->index(fetch ? m_model->fetchUntil(id) : m_model->rowOf(id), 0);
}

void DirectoryView::showRecord(const QUuid& id)
{
    m_form->setRecord(id);
    // A file open read-only: the entry is shown, greyed, and nothing offers to change it.
    const bool writable = document() && !document()->isReadOnly();
    m_page->setEnabled(!id.isNull() && writable);
    m_delete->setEnabled(!id.isNull() && writable);
    m_formTitle->setText(id.isNull() ? tr("Select an entry to see and edit it, or make a new one.")
                                     : m_form->row().text(Registry::instance().entity(m_config.entity)->displayField));
    Q_EMIT currentChanged(id);
}

void DirectoryView::addPanel(QWidget* panel)
{
    formLayout()->addWidget(panel);
}

bool DirectoryView::canCreate() const
{
    return document() && !document()->isReadOnly();
}

void DirectoryView::newModeChanged(bool on)
{
    if (on) {
        m_page->setEnabled(true);
        m_formTitle->setText(tr("New entry"));
        Q_EMIT currentChanged(QUuid());
    }
}

void DirectoryView::prepareNew()
{
    for (auto it = m_config.newDefaults.begin(); it != m_config.newDefaults.end(); ++it)
        m_form->setDefaultValue(it.key(), it.value());
}

QString DirectoryView::createText() const
{
    return tr("Add %1").arg(m_form->entity().labelText().toLower());
}

void DirectoryView::beforeSelectingCreated()
{
    // The new entry may not pass the search: show it anyway.
    const QSignalBlocker block(m_search);
    m_search->clear();
    m_model->setSearch(QString());
}

void DirectoryView::created()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

std::optional<QString> DirectoryView::confirmDelete(const QUuid& id)
{
    const EntityDef& e = m_form->entity();
    const QString name = m_form->row().text(e.displayField);
    QString details = tr("Undo (Ctrl+Z) brings it back.");
    if (m_config.entity == QLatin1String("agency")) {
        const Result<qint64> operations = query::agencyOperationCount(document()->store(), id);
        if (const int n = operations ? int(*operations) : 0; n > 0)
            details = (n == 1 ? tr("It takes part in 1 operation, which will show it as a deleted agency. ")
                              : tr("It takes part in %n operations; they will show it as a deleted agency. ", nullptr, n))
                      + details;
    }
    if (!Dialogs::question(this, tr("Delete %1").arg(e.labelText()), tr("Delete “%1” from the directory?").arg(name), details,
                           tr("Delete")))
        return std::nullopt;
    return tr("Delete “%1”").arg(name);
}

void DirectoryView::updateCount()
{
    if (!m_model->store()) {
        m_count->clear();
        return;
    }
    const qint64 total = m_model->totalCount();
    const qint64 all = m_model->allCount();
    if (!m_model->search().trimmed().isEmpty())
        m_count->setText(tr("%L1 of %L2").arg(total).arg(all));
    else
        m_count->setText(all == 0 ? tr("None yet") : tr("%L1 in the directory").arg(all));
}

DirectoryView* makeAgenciesView(QWidget* parent)
{
    auto* view = new DirectoryView({QStringLiteral("agencies"), QStringLiteral("agency"),
                              QT_TRANSLATE_NOOP("tandem::DirectoryView", "Agencies"), ":/icons/agencies.svg",
                              {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("jurisdiction"),
                               QStringLiteral("contact_person"), QStringLiteral("phone"), QStringLiteral("email")},
                              {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("jurisdiction"),
                               QStringLiteral("contact_person"), QStringLiteral("phone"), QStringLiteral("email"),
                               QStringLiteral("notes"), QStringLiteral("sharing")},
                              {}},
                             parent);
    // What the agency has agreed to do (issue 9): its open action items, under its entry.
    auto* items = new AgencyActionItems(view);
    view->addPanel(items);
    QObject::connect(view, &DirectoryView::currentChanged, items,
                     [view, items](const QUuid& id) { items->showAgency(view->document(), id); });
    return view;
}

DirectoryView* makeServicesView(QWidget* parent)
{
    return new DirectoryView({QStringLiteral("services"), QStringLiteral("service"),
                              QT_TRANSLATE_NOOP("tandem::DirectoryView", "Services"), ":/icons/services.svg",
                              {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("capacity"),
                               QStringLiteral("languages"), QStringLiteral("accepts_minors"), QStringLiteral("phone")},
                              {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("capacity"),
                               QStringLiteral("languages"), QStringLiteral("accepts_minors"), QStringLiteral("contact"),
                               QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("address"),
                               QStringLiteral("notes"), QStringLiteral("sharing")},
                              {}},
                             parent);
}

} // namespace tandem
