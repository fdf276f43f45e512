#include "protocols/protocolsview.h"

#include "survivors/survivorcommands.h"
#include "dialogs/prompts.h"
#include "dialogs/reasondialog.h"
#include "document.h"
#include "errors.h"
#include "protocols/protocollistmodel.h"
#include "protocols/protocoleditor.h"
#include "store/store.h"
#include "util/safefile.h"
#include "widgets/listsetup.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

ProtocolsView::ProtocolsView(QWidget* parent)
    : ListDetailView(kTitle, kIcon, parent)
    , m_model(new ProtocolListModel(this))
    , m_table(named<QTableView>(QStringLiteral("protocolsTable"), this))
    , m_editor(new ProtocolEditor(this))
    , m_new(named<QPushButton>(QStringLiteral("newProtocol"), tr("New Protocol"), this))
    , m_import(named<QPushButton>(QStringLiteral("importProtocol"), tr("Import…"), this))
    , m_export(named<QPushButton>(QStringLiteral("exportProtocol"), tr("Export…"), this))
    , m_retire(named<QPushButton>(QStringLiteral("retireProtocol"), tr("Retire"), this))
    , m_count(named<QLabel>(QStringLiteral("protocolCount"), this))
    , m_splitter(named<QSplitter>(QStringLiteral("protocolsSplitter"), Qt::Horizontal, this))
{
    setObjectName(QLatin1String(kObjectName));
    // The columns fit the names (which stretch); only the splitter is kept.
    setList(m_table, m_splitter, Kept::Splitter);

    auto* heading = TextStyle::heading(title(), this);
    m_import->setToolTip(tr("Add a protocol from a protocol file (JSON)"));
    m_export->setToolTip(tr("Write the selected version as a protocol file (JSON) to share or keep"));

    m_table->setModel(m_model);
    ListSetup::setUpTable(m_table, ListSetup::QuietHeader);
    m_table->horizontalHeader()->setSectionResizeMode(ProtocolListModel::Name, QHeaderView::Stretch);
    const int character = m_table->fontMetrics().averageCharWidth();
    // The name takes what is left: it is what people look for; the jurisdiction is long and repeats.
    const int widths[ProtocolListModel::ColumnCount] = {0, 8, 8, 10, 6, 11};
    for (int column = 1; column < ProtocolListModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column] * character + 12);

    auto* tools = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_import, m_export, m_retire})
        tools->addWidget(b);
    tools->addStretch(1);
    placePanes(makeListPane(heading, m_count, {tools}, 8), m_editor, 0, 0);

    connect(m_new, &QPushButton::clicked, this, &ProtocolsView::newProtocol);
    connect(m_import, &QPushButton::clicked, this, &ProtocolsView::importFile);
    connect(m_export, &QPushButton::clicked, this, &ProtocolsView::exportFile);
    connect(m_retire, &QPushButton::clicked, this, &ProtocolsView::toggleRetired);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProtocolsView::currentChanged);
    connect(m_editor, &ProtocolEditor::saved, this, [this](const QUuid& id) { selectProtocol(id); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptSelection = currentProtocol(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The list was read again (an edit here or a merge): keep the selection without reloading
        // the editor, which may hold unsaved edits.
        const QUuid kept = std::exchange(m_keptSelection, QUuid());
        const int row = m_model->rowOf(kept);
        m_reverting = true;
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
        m_reverting = false;
        m_count->setText(m_model->rowCount() == 1 ? tr("1 version") : tr("%Ln versions", nullptr, m_model->rowCount()));
        updateButtons();
    });
    connect(m_model, &ProtocolListModel::readFailed, m_count, &QLabel::setText);
    updateButtons();
}

void ProtocolsView::setDocument(Document* document)
{
    // Read when first shown.
    m_document = document;
    setDocumentWhenShown(document);
}

void ProtocolsView::loadDocument(Document* document)
{
    m_table->selectionModel()->clear();
    m_editor->setDocument(document);
    m_model->setStore(document ? &document->store() : nullptr);
    selectFirstRow();
    updateButtons();
}

void ProtocolsView::showEvent(QShowEvent* event)
{
    ListDetailView::showEvent(event); // loads the document
    m_model->setLive(true);
}

void ProtocolsView::hideEvent(QHideEvent* event)
{
    ListDetailView::hideEvent(event);
    m_model->setLive(false);
}

void ProtocolsView::restoreLayout(const QSettings& settings)
{
    ListDetailView::restoreLayout(settings);
    if (!splitterRestored())
        m_splitter->setSizes({560, 740});
}

QUuid ProtocolsView::currentProtocol() const
{
    const ProtocolListModel::Item* item = m_model->item(m_table->currentIndex().row());
    return item ? item->id : QUuid();
}

bool ProtocolsView::selectProtocol(const QUuid& id)
{
    ensureLoaded();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    if (m_editor->protocol() != id)
        m_editor->showProtocol(id);
    return true;
}

bool ProtocolsView::settleEdits()
{
    if (!m_editor->isModified())
        return true;
    const QMessageBox::StandardButton answer = Dialogs::question(
        this, tr("Protocols"), tr("Save the changes to \"%1\"?").arg(m_editor->workingCopy().name),
        tr("Your changes are lost if you don't save them."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return m_editor->save();
    return answer == QMessageBox::Discard;
}

void ProtocolsView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_reverting)
        return;
    const ProtocolListModel::Item* item = m_model->item(current.row());
    const QUuid id = item ? item->id : QUuid();
    if (id != m_editor->protocol() || !m_editor->isEditing()) {
        if (!settleEdits()) {
            // Cancelled: back to the protocol being edited.
            m_reverting = true;
            m_table->setCurrentIndex(previous);
            m_reverting = false;
            return;
        }
        m_editor->showProtocol(id);
    }
    updateButtons();
}

void ProtocolsView::updateButtons()
{
    const ProtocolListModel::Item* item = m_model->item(m_table->currentIndex().row());
    const bool writable = m_document && !m_document->isReadOnly();
    m_new->setEnabled(writable);
    m_import->setEnabled(writable);
    m_export->setEnabled(item != nullptr);
    m_retire->setEnabled(item != nullptr && writable);
    const bool active = item && item->status == QLatin1String("active");
    m_retire->setText(active || !item ? tr("Retire…") : tr("Make Active"));
    m_retire->setToolTip(active || !item ? tr("No new checklist follows this version; existing ones keep it")
                                         : tr("New checklists follow this version again (other versions are retired)"));
}

void ProtocolsView::newProtocol()
{
    if (!m_document || !settleEdits())
        return;
    m_reverting = true;
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_reverting = false;
    m_editor->startNew();
    updateButtons();
}

void ProtocolsView::importFile()
{
    if (!m_document || !settleEdits())
        return;
    const QString path = Dialogs::openFileName(this, tr("Import Protocol"), tr("Protocol files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<ProtocolFile> file = readProtocolFile(path);
    if (!file) {
        showError(this, tr("The protocol could not be imported."), file.error());
        return;
    }
    QList<int> retired;
    Result<QUuid> id = importProtocol(*m_document, *file, &retired);
    if (!id) {
        showError(this, tr("The protocol could not be imported."), id.error());
        return;
    }
    m_editor->showProtocol({}); // nothing unsaved is left: settleEdits() saw to it
    selectProtocol(*id);
    // One version of a protocol is in force at a time: say which one gave way.
    if (!retired.isEmpty()) {
        QStringList versions;
        for (int v : std::as_const(retired))
            versions << QString::number(v);
        Dialogs::message(this, QMessageBox::Information, tr("Protocols"),
                         tr("Version %1 of “%2” is now in force.").arg(file->version).arg(file->name),
                         tr("Retired, as replaced by it: version %1. Survivors whose checklists were made from it "
                            "keep their steps.")
                             .arg(versions.join(QStringLiteral(", "))));
    }
}

void ProtocolsView::exportFile()
{
    const QUuid id = currentProtocol();
    if (!m_document || id.isNull())
        return;
    Result<ProtocolFile> p = protocolFromStore(m_document->store(), id);
    if (!p) {
        showError(this, tr("The protocol could not be exported."), p.error());
        return;
    }
    const QString path = Dialogs::saveFileName(this, tr("Export Protocol"), tr("Protocol files (*.json)"),
                                               QStringLiteral("json"));
    if (path.isEmpty())
        return;
    if (Result<void> written = writeFileWhole(path, writeProtocolFile(*p)); !written) {
        showError(this, tr("The protocol could not be exported."), written.error());
        return;
    }
    Dialogs::message(this, QMessageBox::Information, tr("Protocols"),
                     tr("Version %1 of \"%2\" was written to %3.").arg(p->version).arg(p->name, QFileInfo(path).fileName()));
}

void ProtocolsView::toggleRetired()
{
    if (!settleEdits())
        return;
    const ProtocolListModel::Item* item = m_model->item(m_table->currentIndex().row());
    if (!m_document || !item)
        return;
    const QUuid id = item->id;
    const QString status = item->status == QLatin1String("active") ? QStringLiteral("retired") : QStringLiteral("active");
    QString reason;
    if (status == QLatin1String("retired")) {
        QString details = tr("No new checklist follows it.");
        if (item->survivors == 1)
            details += QLatin1Char(' ') + tr("The survivor whose checklist was made from it keeps its steps.");
        else if (item->survivors > 1)
            details += QLatin1Char(' ')
                       + tr("The %L1 survivors whose checklists were made from it keep their steps.").arg(item->survivors);
        const std::optional<QString> given =
            ReasonDialog::ask(this, tr("Retire Protocol"), tr("Retire version %1 of “%2”?").arg(item->version).arg(item->name),
                              details, tr("&Why it is retired:"), tr("Retire"));
        if (!given)
            return;
        reason = *given;
    }
    Result<void> r = setProtocolStatus(*m_document, id, status, reason);
    if (!r) {
        showError(this, tr("The protocol's status could not be changed."), r.error());
        return;
    }
    selectProtocol(id);
    m_editor->showProtocol(id);
    updateButtons();
}

} // namespace tandem
