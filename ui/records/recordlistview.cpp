#include "records/recordlistview.h"

#include "document.h"
#include "forms/fieldspage.h"
#include "forms/formkeys.h"
#include "forms/recordform.h"
#include "records/recordcommands.h"
#include "store/registry.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tandem {

void RecordListView::setControls(const Controls& controls, const QString& prefix)
{
    m_form = controls.form;
    m_page = controls.page;
    m_new = controls.add;
    m_delete = controls.remove;
    m_create = controls.create;
    m_cancel = controls.cancel;
    m_title = controls.title;
    splitter()->setObjectName(prefix + QStringLiteral("Splitter"));
    m_new->setObjectName(prefix + QStringLiteral("New"));
    m_delete->setObjectName(prefix + QStringLiteral("Delete"));
    m_create->setObjectName(prefix + QStringLiteral("Create"));
    m_cancel->setObjectName(prefix + QStringLiteral("Cancel"));
    m_title->setObjectName(prefix + QStringLiteral("FormTitle"));
    m_create->setDefault(true);

    addShortcut(list(), {QKeySequence::Delete}, Qt::WidgetShortcut, [this] { deleteCurrent(); });
    connect(m_new, &QPushButton::clicked, this, &RecordListView::startNew);
    connect(m_delete, &QPushButton::clicked, this, &RecordListView::deleteCurrent);
    connect(m_create, &QPushButton::clicked, this, &RecordListView::createNew);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        setNewMode(false);
        showCurrent();
    });
    connect(list()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordListView::showCurrent);
}

QWidget* RecordListView::makeFormPane(std::initializer_list<QWidget*> above, QWidget* body, QWidget* lastField)
{
    auto* pane = new QWidget(splitter());
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    m_formLayout = new QVBoxLayout(pane);
    m_formLayout->setContentsMargins(6, 10, 12, 12);
    m_formLayout->addWidget(m_title);
    for (QWidget* widget : above)
        m_formLayout->addWidget(widget);
    m_formLayout->addWidget(body, 1);
    m_formLayout->addLayout(buttons);
    new FormKeys(pane, lastField, m_cancel, m_create);
    return pane;
}

void RecordListView::keepCurrentAcrossResets(QAbstractItemModel* model)
{
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_kept = current(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_kept.isNull() && indexOf(m_kept, false).isValid())
            select(m_kept);
        else if (!m_newMode)
            showCurrent();
    });
}

Document* RecordListView::document() const
{
    return m_document;
}

void RecordListView::setDocument(Document* document)
{
    setDocumentPointer(document);
    setDocumentWhenShown(document);
}

void RecordListView::setDocumentPointer(Document* document)
{
    m_document = document;
}

QUuid RecordListView::current() const
{
    return idAt(list()->currentIndex());
}

bool RecordListView::select(const QUuid& id)
{
    ensureLoaded();
    const QModelIndex index = indexOf(id, true);
    if (!index.isValid())
        return false;
    setNewMode(false);
    setCurrentRow(index);
    showCurrent();
    return true;
}

void RecordListView::showCurrent()
{
    if (!m_newMode)
        showRecord(current());
}

bool RecordListView::canCreate() const
{
    return m_document;
}

void RecordListView::setNewMode(bool on)
{
    m_newMode = on;
    m_create->setVisible(on);
    m_cancel->setVisible(on);
    m_new->setEnabled(!on && canCreate());
    if (on)
        m_delete->setEnabled(false);
    newModeChanged(on);
}

void RecordListView::startNew()
{
    if (!m_document)
        return;
    ensureLoaded();
    m_form->commitPending();
    clearCurrentRow();
    setNewMode(true);
    m_form->setRecord({});
    prepareNew();
    m_form->resetNew();
    m_page->focusFirst();
}

QUuid RecordListView::createNew()
{
    if (!m_newMode || !m_document)
        return {};
    Result<QUuid> id = m_form->create(createText());
    if (!id || id->isNull())
        return {};
    setNewMode(false);
    beforeSelectingCreated();
    select(*id);
    created();
    return *id;
}

bool RecordListView::deleteCurrent()
{
    const QUuid id = current();
    if (!m_document || id.isNull())
        return false;
    const std::optional<QString> undoText = confirmDelete(id);
    if (!undoText)
        return false;
    Result<void> r = deleteRecord(*m_document, m_form->entity().name, id, *undoText);
    if (!r) {
        m_form->setMessage(QString(), r.error().message);
        return false;
    }
    return true;
}

} // namespace tandem
