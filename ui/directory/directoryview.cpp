#include "directory/directoryview.h"

#include "directory/agencyactionitems.h"
#include "records/recordcommands.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "forms/fieldspage.h"
#include "forms/fieldeditor.h"
#include "forms/formkeys.h"
#include "forms/formmessage.h"
#include "forms/recordform.h"
#include "directory/recordlistmodel.h"
#include "query/directory.h"
#include "store/registry.h"
#include "store/store.h"
#include "widgets/limitedlineedit.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

DirectoryView::DirectoryView(Config config, QWidget* parent)
    : View(parent)
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
    m_splitter->setObjectName(key + QStringLiteral("Splitter"));
    m_new->setObjectName(key + QStringLiteral("New"));
    m_delete->setObjectName(key + QStringLiteral("Delete"));
    m_create->setObjectName(key + QStringLiteral("Create"));
    m_cancel->setObjectName(key + QStringLiteral("Cancel"));
    m_formTitle->setObjectName(key + QStringLiteral("FormTitle"));

    auto* heading = new QLabel(m_config.title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_search->setMaxLength(200);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search %1… (Ctrl+F)").arg(m_config.title.toLower()));
    m_search->setAccessibleName(tr("Search %1").arg(m_config.title.toLower()));
    m_new->setToolTip(tr("A new entry (Ctrl+Shift+N or Insert)"));
    m_delete->setToolTip(tr("Delete the selected entry (Delete)"));
    m_create->setText(tr("Create"));
    m_create->setToolTip(tr("Add the entry to the directory (Ctrl+Return)"));
    m_create->setDefault(true);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_formTitle->setFont(bold);

    m_table->setModel(m_model);
    m_table->setAccessibleName(m_config.title);
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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(m_table->fontMetrics().averageCharWidth() * 15);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setSortingEnabled(true);
    // The name gets the room; the rest are short.
    m_table->setColumnWidth(0, m_table->fontMetrics().averageCharWidth() * 32);

    auto* listPane = new QWidget(m_splitter);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_count);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_delete);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(12, 10, 6, 12);
    listLayout->addLayout(top);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_table, 1);

    auto* formPane = new QWidget(m_splitter);
    m_page = new FieldsPage(m_form, m_config.fields, key + QStringLiteral("Form"), formPane);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_cancel);
    formButtons->addWidget(m_create);
    m_formLayout = new QVBoxLayout(formPane);
    m_formLayout->setContentsMargins(6, 10, 12, 12);
    m_formLayout->addWidget(m_formTitle);
    m_formLayout->addWidget(m_page, 1);
    m_formLayout->addLayout(formButtons);
    new FormKeys(formPane, m_page->lastFocusWidget(), m_cancel, m_create);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(formPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
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
    shortcut(this, {QKeySequence::Find}, Qt::WidgetWithChildrenShortcut, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    shortcut(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)}, Qt::WidgetWithChildrenShortcut,
             [this] { startNew(); });
    shortcut(formPane, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
             Qt::WidgetWithChildrenShortcut, [this] { createNew(); });
    shortcut(m_table, {QKeySequence::Delete}, Qt::WidgetShortcut, [this] { deleteCurrent(); });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setSearch(text);
        // The entry shown stays when it still matches; otherwise the first match is shown.
        if (current().isNull() && m_model->rowCount() > 0 && !m_newMode)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    connect(m_new, &QPushButton::clicked, this, &DirectoryView::startNew);
    connect(m_delete, &QPushButton::clicked, this, &DirectoryView::deleteCurrent);
    connect(m_create, &QPushButton::clicked, this, &DirectoryView::createNew);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        setNewMode(false);
        showCurrent();
    });
    connect(m_model, &RecordListModel::totalCountChanged, this, &DirectoryView::updateCount);
    connect(m_model, &RecordListModel::readFailed, m_count, &QLabel::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DirectoryView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_kept = current(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_kept.isNull() && m_model->rowOf(m_kept) >= 0)
            select(m_kept);
        else
            showCurrent();
    });
    setNewMode(false);
    showCurrent();
}

QString DirectoryView::title() const
{
    return m_config.title;
}

QIcon DirectoryView::icon() const
{
    return QIcon(m_config.icon);
}

void DirectoryView::setDocument(Document* document)
{
    m_document = document;
    m_form->setDocument(document);
    setNewMode(false);
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_model->setStore(document ? &document->store() : nullptr);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
    updateCount();
}

void DirectoryView::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("columns"), m_table->horizontalHeader()->saveState());
}

void DirectoryView::restoreLayout(const QSettings& settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("columns")).toByteArray());
}

void DirectoryView::takeFocus()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

QUuid DirectoryView::current() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : QUuid();
}

bool DirectoryView::select(const QUuid& id)
{
    const int row = m_model->fetchUntil(id);
    if (row < 0)
        return false;
    setNewMode(false);
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    showCurrent();
    return true;
}

void DirectoryView::showCurrent()
{
    if (m_newMode)
        return;
    const QUuid id = current();
    m_form->setRecord(id);
    // A file open read-only: the entry is shown, greyed, and nothing offers to change it.
    const bool writable = m_document && !m_document->isReadOnly();
    m_page->setEnabled(!id.isNull() && writable);
    m_delete->setEnabled(!id.isNull() && writable);
    m_formTitle->setText(id.isNull() ? tr("Select an entry to see and edit it, or make a new one.")
                                     : m_form->row().text(Registry::instance().entity(m_config.entity)->displayField));
    Q_EMIT currentChanged(id);
}

Document* DirectoryView::document() const
{
    return m_document;
}

void DirectoryView::addPanel(QWidget* panel)
{
    m_formLayout->addWidget(panel);
}

void DirectoryView::setNewMode(bool on)
{
    m_newMode = on;
    m_create->setVisible(on);
    m_cancel->setVisible(on);
    m_new->setEnabled(!on && m_document && !m_document->isReadOnly());
    if (on) {
        m_page->setEnabled(true);
        m_delete->setEnabled(false);
        m_formTitle->setText(tr("New entry"));
        Q_EMIT currentChanged(QUuid());
    }
}

void DirectoryView::startNew()
{
    if (!m_document)
        return;
    m_form->commitPending();
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    setNewMode(true);
    m_form->setRecord({});
    for (auto it = m_config.newDefaults.begin(); it != m_config.newDefaults.end(); ++it)
        m_form->setDefaultValue(it.key(), it.value());
    m_form->resetNew();
    m_page->focusFirst();
}

QUuid DirectoryView::createNew()
{
    if (!m_newMode || !m_document)
        return {};
    const EntityDef& e = *Registry::instance().entity(m_config.entity);
    Result<QUuid> id = m_form->create(tr("Add %1").arg(e.labelText().toLower()));
    if (!id || id->isNull())
        return {};
    setNewMode(false);
    {
        // The new entry may not pass the search: show it anyway.
        const QSignalBlocker block(m_search);
        m_search->clear();
        m_model->setSearch(QString());
    }
    select(*id);
    m_table->setFocus(Qt::OtherFocusReason);
    return *id;
}

bool DirectoryView::deleteCurrent()
{
    const QUuid id = current();
    if (!m_document || id.isNull())
        return false;
    const EntityDef& e = *Registry::instance().entity(m_config.entity);
    const QString name = m_form->row().text(e.displayField);
    QString details = tr("Undo (Ctrl+Z) brings it back.");
    if (m_config.entity == QLatin1String("agency")) {
        const Result<qint64> operations = query::agencyOperationCount(m_document->store(), id);
        if (const int n = operations ? int(*operations) : 0; n > 0)
            details = (n == 1 ? tr("It takes part in 1 operation, which will show it as a deleted agency. ")
                              : tr("It takes part in %n operations; they will show it as a deleted agency. ", nullptr, n))
                      + details;
    }
    if (!Dialogs::question(this, tr("Delete %1").arg(e.labelText()), tr("Delete “%1” from the directory?").arg(name), details,
                           tr("Delete")))
        return false;
    Result<void> r = deleteRecord(*m_document, e.name, id, tr("Delete “%1”").arg(name));
    if (!r) {
        m_form->setMessage(QString(), r.error().message);
        return false;
    }
    return true;
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
    auto* view = new DirectoryView({QStringLiteral("agencies"), QStringLiteral("agency"), DirectoryView::tr("Agencies"),
                              QStringLiteral(":/icons/agencies.svg"),
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
    return new DirectoryView({QStringLiteral("services"), QStringLiteral("service"), DirectoryView::tr("Services"),
                              QStringLiteral(":/icons/services.svg"),
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
