#include "records/childrecordspage.h"

#include "records/recordcommands.h"
#include "records/childrecordtexts.h"
#include "document.h"
#include "forms/fieldeditor.h"
#include "forms/formkeys.h"
#include "forms/formmessage.h"
#include "forms/recordform.h"
#include "records/childtablemodel.h"
#include "store/registry.h"
#include "widgets/textstyle.h"
#include "widgets/listsetup.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

ChildRecordsPage::ChildRecordsPage(const QString& key, const QString& entity, const QStringList& columns,
                                   const QStringList& formFields, const QString& orderBy, QWidget* parent,
                                   Qt::Orientation layoutDirection, const QString& parentField)
    : QWidget(parent)
    , m_key(key)
    , m_parentField(parentField)
    , m_model(new ChildTableModel(entity, parentField, columns, orderBy, this))
    , m_form(new RecordForm(entity, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_formTitle(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_create(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    const EntityDef& e = m_model->entity();
    setObjectName(key + QStringLiteral("Page"));
    m_table->setObjectName(key + QStringLiteral("Table"));
    m_add->setObjectName(key + QStringLiteral("Add"));
    m_remove->setObjectName(key + QStringLiteral("Remove"));
    m_create->setObjectName(key + QStringLiteral("Create"));
    m_cancel->setObjectName(key + QStringLiteral("Cancel"));
    m_count->setObjectName(key + QStringLiteral("Count"));
    m_formTitle->setObjectName(key + QStringLiteral("FormTitle"));

    const ChildRecordTexts texts = childRecordTexts(e.name);
    m_add->setText(texts.add);
    m_add->setToolTip(texts.addTip);
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(texts.removeTip);
    m_create->setText(texts.create);
    m_create->setToolTip(texts.createTip);
    m_create->setDefault(true);
    TextStyle::setCaption(m_count);
    TextStyle::setBold(m_formTitle);

    m_table->setModel(m_model);
    m_table->setAccessibleName(e.pluralLabelText());
    ListSetup::setUpTable(m_table, ListSetup::StretchLast);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(m_table->fontMetrics().averageCharWidth() * 16);

    // The form, in two columns.
    m_formArea = new QWidget(this);
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* f : {left, right}) {
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    const qsizetype half = layoutDirection == Qt::Vertical ? (formFields.size() + 1) / 2 : formFields.size();
    for (qsizetype i = 0; i < formFields.size(); ++i) {
        QFormLayout* into = i < half ? left : right;
        FieldEditor* editor = m_form->addField(formFields[i], m_formArea);
        if (qobject_cast<QCheckBox*>(editor->widget())) {
            into->addRow(QString(), editor->widget());
        } else {
            auto* label = new QLabel(editor->field().labelText() + QLatin1Char(':'), m_formArea);
            label->setBuddy(editor->focusWidget());
            if (editor->field().required) {
                TextStyle::setBold(label);
            }
            into->addRow(label, editor->widget());
        }
        // What is refused in the field is said right under it.
        into->addRow(static_cast<QWidget*>(nullptr),
                     new FieldMessage(m_form, formFields[i], editor->focusWidget(), m_formArea));
    }
    m_message = new FormMessage(key + QStringLiteral("Message"), m_formArea);
    m_message->follow(m_form, FormMessage::recordOnly());
    auto* columnsLayout = new QHBoxLayout;
    columnsLayout->addLayout(left, 1);
    columnsLayout->addSpacing(16);
    columnsLayout->addLayout(right, 1);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_cancel);
    formButtons->addWidget(m_create);
    auto* formLayout = new QVBoxLayout(m_formArea);
    formLayout->setContentsMargins(12, 8, 12, 8);
    formLayout->addWidget(m_formTitle);
    formLayout->addLayout(columnsLayout);
    formLayout->addWidget(m_message);
    formLayout->addLayout(formButtons);
    m_formLayout = formLayout;
    formLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_formArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* top = new QWidget(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(12, 8, layoutDirection == Qt::Vertical ? 12 : 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(layoutDirection == Qt::Vertical ? Qt::Vertical : Qt::Horizontal, this);
    splitter->setObjectName(key + QStringLiteral("Splitter"));
    splitter->addWidget(top);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, layoutDirection == Qt::Vertical ? 2 : 3);
    splitter->setStretchFactor(1, layoutDirection == Qt::Vertical ? 3 : 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Shortcuts, for the page (and Delete for the table only: in a field it deletes text).
    auto* addShortcut = new QAction(this);
    addShortcut->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    addShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(addShortcut);
    connect(addShortcut, &QAction::triggered, this, &ChildRecordsPage::startNew);
    auto* createAction = new QAction(this);
    createAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    createAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_formArea->addAction(createAction);
    connect(createAction, &QAction::triggered, this, [this] {
        createNew();
    });
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &ChildRecordsPage::removeCurrent);

    if (!formFields.isEmpty())
        new FormKeys(m_formArea, m_form->editor(formFields.last())->widget(), m_cancel, m_create);

    connect(m_add, &QPushButton::clicked, this, &ChildRecordsPage::startNew);
    connect(m_remove, &QPushButton::clicked, this, &ChildRecordsPage::removeCurrent);
    connect(m_create, &QPushButton::clicked, this, &ChildRecordsPage::createNew);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        setNewMode(false);
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        else
            showCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChildRecordsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_kept = current(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (!m_kept.isNull() && m_model->rowOf(m_kept) >= 0)
            select(m_kept);
        else if (!m_form->isNew())
            showCurrent();
    });
    setNewMode(false);
    updateCount();
}

void ChildRecordsPage::setDocument(Document* document)
{
    m_document = document;
    m_model->setDocument(document);
    m_form->setDocument(document);
    setParentRecord({});
}

void ChildRecordsPage::setParentRecord(const QUuid& operation)
{
    m_operation = operation;
    m_form->setFixedValue(m_parentField, operation);
    setNewMode(false);
    m_model->setParentId(operation);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
}

void ChildRecordsPage::addFormWidget(QWidget* widget)
{
    widget->setParent(m_formArea);
    m_formLayout->insertWidget(m_formLayout->count() - 1, widget);
    m_formWidgets << widget;
    widget->setVisible(!current().isNull() && !m_newMode);
}

QUuid ChildRecordsPage::current() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : QUuid();
}

void ChildRecordsPage::select(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    setNewMode(false);
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    showCurrent();
}

void ChildRecordsPage::setNewDefaults(std::function<QVariantMap()> defaults)
{
    m_newDefaults = std::move(defaults);
}

void ChildRecordsPage::showCurrent()
{
    if (m_newMode)
        return;
    const QUuid id = current();
    m_form->setRecord(id);
    m_formArea->setEnabled(!id.isNull());
    m_remove->setEnabled(!id.isNull());
    m_formTitle->setText(id.isNull() ? childRecordTexts(m_model->entity().name).select : m_model->entity().labelText());
    for (QWidget* w : std::as_const(m_formWidgets))
        w->setVisible(!id.isNull());
    Q_EMIT currentChanged(id);
}

void ChildRecordsPage::setNewMode(bool on)
{
    m_newMode = on;
    m_create->setVisible(on);
    m_cancel->setVisible(on);
    m_add->setEnabled(!on && !m_operation.isNull());
    if (on) {
        for (QWidget* w : std::as_const(m_formWidgets))
            w->hide();
        m_formArea->setEnabled(true);
        m_remove->setEnabled(false);
        m_formTitle->setText(childRecordTexts(m_model->entity().name).newTitle);
    }
}

void ChildRecordsPage::startNew()
{
    if (!m_document || m_operation.isNull())
        return;
    m_form->commitPending();
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    setNewMode(true);
    m_form->setRecord({});
    const QVariantMap defaults = m_newDefaults ? m_newDefaults() : QVariantMap();
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        m_form->setDefaultValue(it.key(), it.value());
    m_form->resetNew();
    const QStringList fields = m_form->fields();
    if (!fields.isEmpty())
        m_form->editor(fields.first())->focusWidget()->setFocus(Qt::OtherFocusReason);
}

bool ChildRecordsPage::createNew()
{
    if (!m_newMode)
        return false;
    Result<QUuid> id = m_form->create(childRecordTexts(m_model->entity().name).addUndo);
    if (!id || id->isNull())
        return false;
    setNewMode(false);
    select(*id);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void ChildRecordsPage::removeCurrent()
{
    const QUuid id = current();
    if (!m_document || id.isNull())
        return;
    const int row = m_model->rowOf(id);
    Result<void> r = deleteRecord(*m_document, m_model->entity().name, id,
                                  childRecordTexts(m_model->entity().name).removeUndo);
    if (!r) {
        m_message->setOwnText(r.error().message);
        return;
    }
    m_message->setOwnText({});
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    showCurrent();
}

void ChildRecordsPage::updateCount()
{
    m_count->setText(childRecordCount(m_model->entity().name, m_model->rowCount()));
}

} // namespace tandem
