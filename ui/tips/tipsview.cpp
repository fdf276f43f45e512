#include "tips/tipsview.h"

#include "attachments/attachmentspanel.h"
#include "records/recordcommands.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "forms/fieldspage.h"
#include "forms/recordform.h"
#include "tips/tiplistmodel.h"
#include "store/registry.h"
#include "store/store.h"
#include "tips/tiplinking.h"
#include "widgets/listsetup.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

TipsView::TipsView(QWidget* parent)
    : RecordListView(kTitle, kIcon, parent)
    , m_model(new TipListModel(this))
    , m_form(new RecordForm(QStringLiteral("tip"), this))
    , m_filter(named<QComboBox>(QStringLiteral("tipsFilter"), this))
    , m_count(named<QLabel>(QStringLiteral("tipsCount"), this))
    , m_table(named<QTableView>(QStringLiteral("tipsTable"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_page(nullptr)
    , m_formTitle(new QLabel(this))
    , m_triageState(named<QLabel>(QStringLiteral("tipsTriageState"), this))
    , m_new(new QPushButton(tr("&New tip"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_create(new QPushButton(tr("Log tip"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_assessed(named<QPushButton>(QStringLiteral("tipsAssessed"), tr("&Assessed"), this))
    , m_link(named<QPushButton>(QStringLiteral("tipsLink"), tr("&Link to operation…"), this))
    , m_unlink(named<QPushButton>(QStringLiteral("tipsUnlink"), tr("&Unlink"), this))
    , m_close(named<QPushButton>(QStringLiteral("tipsClose"), tr("Cl&ose"), this))
    , m_reopen(named<QPushButton>(QStringLiteral("tipsReopen"), tr("&Reopen"), this))
    , m_triage(new QWidget(this))
{
    setObjectName(QLatin1String(kObjectName));

    setList(m_table, m_splitter);
    auto* heading = TextStyle::heading(tr("Tips"), this);
    TextStyle::setFormTitle(m_formTitle);
    m_filter->addItem(tr("Open (new and assessed)"), int(TipListModel::Open));
    m_filter->addItem(tr("New"), int(TipListModel::New));
    m_filter->addItem(tr("Assessed"), int(TipListModel::Assessed));
    m_filter->addItem(tr("Linked to an operation"), int(TipListModel::Linked));
    m_filter->addItem(tr("Closed"), int(TipListModel::Closed));
    m_filter->addItem(tr("All tips"), int(TipListModel::All));
    m_filter->setAccessibleName(tr("Show tips"));
    m_new->setToolTip(tr("Log a tip from the hotline, a walk-in, online or a partner (Ctrl+Shift+N or Insert)"));
    m_delete->setToolTip(tr("Delete the selected tip (Delete)"));
    m_create->setToolTip(tr("Log the tip (Ctrl+Return)"));
    m_assessed->setToolTip(tr("The tip has been assessed (its credibility set)"));
    m_link->setToolTip(tr("Link the tip to the operation it led to (Ctrl+Shift+L)"));
    m_close->setToolTip(tr("Nothing more to do with this tip"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Tips"));
    ListSetup::setUpTable(m_table, ListSetup::StretchLast);
    const int character = m_table->fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->setDefaultSectionSize(character * 12);
    m_table->setColumnWidth(TipListModel::Received, character * 21);
    m_table->setColumnWidth(TipListModel::Channel, character * 15);
    m_table->setColumnWidth(TipListModel::Place, character * 26);

    m_page = new FieldsPage(m_form,
                            {QStringLiteral("received_at"), QStringLiteral("channel"), QStringLiteral("place"),
                             QStringLiteral("indicators"), QStringLiteral("description"), QStringLiteral("credibility"),
                             QStringLiteral("source"), QStringLiteral("sharing")},
                            QStringLiteral("tipForm"), this);
    auto* sources = new QLabel(tr("The indicators are common signs of trafficking, in our own words, after the UNODC's "
                                  "“Human trafficking indicators” and the ILO's “Indicators of forced labour” (2012). "
                                  "One sign alone proves nothing; several together are worth a closer look."),
                               this);
    sources->setObjectName(QStringLiteral("tipIndicatorSources"));
    sources->setWordWrap(true);
    TextStyle::setCaption(sources);
    m_page->addBelow(sources);

    setControls({m_form, m_page, m_new, m_delete, m_create, m_cancel, m_formTitle}, QStringLiteral("tips"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_delete);
    QWidget* listPane = makeListPane(heading, m_count, {bar});

    auto* triageLayout = new QHBoxLayout(m_triage);
    triageLayout->setContentsMargins(0, 0, 0, 0);
    triageLayout->addWidget(m_triageState, 1);
    for (QPushButton* b : {m_assessed, m_link, m_unlink, m_close, m_reopen})
        triageLayout->addWidget(b);

    QWidget* formPane = makeFormPane({m_triage}, m_page, m_page->lastFocusWidget());
    // The tip's files (issue 21): photos, a recording's transcript; under the form, before its buttons.
    m_files = new AttachmentsPanel(QStringLiteral("tip"), formPane);
    formLayout()->insertWidget(formLayout()->count() - 1, m_files);
    placePanes(listPane, formPane, 3, 2);

    addShortcut(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, Qt::WidgetWithChildrenShortcut, [this] { startNew(); });
    addShortcut(m_table, {QKeySequence(Qt::Key_Insert)}, Qt::WidgetShortcut, [this] { startNew(); });
    addShortcut(formPane, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                Qt::WidgetWithChildrenShortcut, [this] { createNew(); });
    addShortcut(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, Qt::WidgetWithChildrenShortcut, [this] { linkCurrent(); });

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(TipListModel::Filter(m_filter->currentData().toInt()));
        if (current().isNull() && !isNewMode())
            selectFirstRow();
    });
    connect(m_assessed, &QPushButton::clicked, this, [this] { setStatus(QStringLiteral("assessed")); });
    connect(m_close, &QPushButton::clicked, this, [this] { setStatus(QStringLiteral("closed")); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setStatus(QStringLiteral("assessed")); });
    connect(m_link, &QPushButton::clicked, this, &TipsView::linkCurrent);
    connect(m_unlink, &QPushButton::clicked, this, &TipsView::unlinkCurrent);
    connect(m_model, &TipListModel::totalCountChanged, this, &TipsView::updateCount);
    connect(m_model, &TipListModel::readFailed, m_count, &QLabel::setText);
    keepCurrentAcrossResets(m_model);
    connect(m_form, &RecordForm::loaded, this, &TipsView::updateTriage);
    setNewMode(false);
    showCurrent();
}

void TipsView::loadDocument(Document* document)
{
    m_form->setDocument(document);
    m_files->setDocument(document);
    setNewMode(false);
    m_model->setDocument(document);
    selectFirstRow();
    showCurrent();
    updateCount();
}

TipListModel* TipsView::model()
{
    ensureLoaded();
    return m_model;
}

QUuid TipsView::idAt(const QModelIndex& index) const
{
    return index.isValid() ? m_model->idAt(index.row()) : QUuid();
}

QModelIndex TipsView::indexOf(const QUuid& id, bool fetch)
{
    if (!fetch)
        return m_model->index(m_model->rowOf(id), 0);
    int row = m_model->fetchUntil(id);
    if (row < 0 && m_model->filter() != TipListModel::All) {
        // A tip the filter hides (just linked or closed): show all tips rather than lose it.
        m_filter->setCurrentIndex(m_filter->findData(int(TipListModel::All)));
        row = m_model->fetchUntil(id);
    }
    return m_model->index(row, 0);
}

void TipsView::showRecord(const QUuid& id)
{
    m_form->setRecord(id);
    m_files->setOwner(id);
    m_files->setVisible(!id.isNull());
    m_page->setEnabled(!id.isNull());
    m_delete->setEnabled(!id.isNull());
    updateTriage();
}

void TipsView::updateTriage()
{
    if (isNewMode())
        return;
    const bool has = !m_form->isNew() && !m_form->row().deleted;
    m_triage->setVisible(has);
    if (!has) {
        m_formTitle->setText(tr("Select a tip to see and triage it, or log a new one."));
        return;
    }
    const Row& row = m_form->row();
    const EntityDef& e = m_form->entity();
    const QString status = row.text(QStringLiteral("status"));
    const QString place = row.text(QStringLiteral("place"));
    m_formTitle->setText(place.isEmpty() ? tr("Tip") : tr("Tip: %1").arg(place));
    QString state = e.field(QStringLiteral("status"))->valueLabel(status);
    const QUuid operation = row.value(QStringLiteral("operation")).toUuid();
    if (!operation.isNull() && document()) {
        Result<Row> op = document()->store().get(QStringLiteral("operation"), operation);
        if (op)
            state = tr("Linked to %1").arg(op->deleted ? tr("a deleted operation") : op->text(QStringLiteral("code_name")));
    }
    m_triageState->setText(tr("Status: %1").arg(state));
    m_assessed->setVisible(status == QLatin1String("new"));
    m_link->setVisible(status == QLatin1String("new") || status == QLatin1String("assessed"));
    m_unlink->setVisible(status == QLatin1String("linked"));
    m_close->setVisible(status != QLatin1String("closed"));
    m_reopen->setVisible(status == QLatin1String("closed"));
}

void TipsView::newModeChanged(bool on)
{
    if (on) {
        m_page->setEnabled(true);
        m_triage->setVisible(false);
        m_formTitle->setText(tr("New tip"));
    }
}

void TipsView::prepareNew()
{
    m_form->setDefaultValue(QStringLiteral("received_at"),
                            QDateTime::fromMSecsSinceEpoch(document()->store().wallClock(), Qt::UTC));
    m_form->setDefaultValue(QStringLiteral("channel"), QStringLiteral("hotline"));
}

QString TipsView::createText() const
{
    return tr("Log tip");
}

void TipsView::created()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

std::optional<QString> TipsView::confirmDelete(const QUuid&)
{
    if (!Dialogs::question(this, tr("Delete tip"), tr("Delete this tip?"),
                           tr("A tip that led nowhere is better closed, so that it still counts. Undo (Ctrl+Z) brings it back."),
                           tr("Delete")))
        return std::nullopt;
    return tr("Delete tip");
}

bool TipsView::setStatus(const QString& status)
{
    const QUuid id = current();
    if (!document() || id.isNull())
        return false;
    m_form->commitPending();
    QVariantMap values{{QStringLiteral("status"), status}};
    if (status != QLatin1String("linked") && status != QLatin1String("closed"))
        values.insert(QStringLiteral("operation"), QVariant());
    const QString label = m_form->entity().field(QStringLiteral("status"))->valueLabel(status);
    Result<void> r = editRecord(*document(), QStringLiteral("tip"), id, values, tr("Tip: %1").arg(label));
    if (!r) {
        m_form->setMessage(QString(), r.error().message);
        return false;
    }
    return true;
}

bool TipsView::linkCurrent()
{
    const QUuid id = current();
    if (!document() || id.isNull() || isNewMode())
        return false;
    const QString status = m_form->row().text(QStringLiteral("status"));
    if (status != QLatin1String("new") && status != QLatin1String("assessed"))
        return false;
    m_form->commitPending();
    const std::optional<QUuid> operation = chooseOperation(this, *document());
    if (!operation)
        return false;
    Result<void> r = linkTip(*document(), id, *operation);
    if (!r) {
        m_form->setMessage(QString(), r.error().message);
        return false;
    }
    select(id);
    return true;
}

bool TipsView::unlinkCurrent()
{
    const QUuid id = current();
    if (!document() || id.isNull())
        return false;
    Result<void> r = unlinkTip(*document(), id);
    if (!r) {
        m_form->setMessage(QString(), r.error().message);
        return false;
    }
    return true;
}

void TipsView::updateCount()
{
    if (!document()) {
        m_count->clear();
        return;
    }
    m_count->setText(m_model->totalCount() == 0 ? tr("None") : tr("%L1 shown").arg(m_model->totalCount()));
}

} // namespace tandem
