#include "operations/linkedtipspage.h"

#include "document.h"
#include "errors.h"
#include "records/childtablemodel.h"
#include "tips/tiplinking.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"
#include "widgets/listsetup.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {

LinkedTipsPage::LinkedTipsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ChildTableModel(QStringLiteral("tip"), QStringLiteral("operation"),
                                  {QStringLiteral("received_at"), QStringLiteral("channel"), QStringLiteral("place"),
                                   QStringLiteral("credibility"), QStringLiteral("status")},
                                  QStringLiteral("received_at DESC"), this))
    , m_table(named<QTableView>(QStringLiteral("planTipsTable"), this))
    , m_note(named<QLabel>(QStringLiteral("planTipsNote"), this))
    , m_link(named<QPushButton>(QStringLiteral("planTipsLink"), tr("Lin&k a tip…"), this))
    , m_unlink(named<QPushButton>(QStringLiteral("planTipsUnlink"), tr("&Unlink"), this))
{
    setObjectName(QStringLiteral("planTipsPage"));
    m_link->setToolTip(tr("Link one of the open tips to this operation (Ctrl+Shift+L)"));
    m_unlink->setToolTip(tr("The selected tip goes back to “assessed”; Undo links it again"));
    m_note->setWordWrap(true);
    TextStyle::setCaption(m_note);
    m_note->setText(tr("Tips stay in this office unless a tip is marked to share with partners: where a tip came from is "
                       "protected."));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Linked tips"));
    ListSetup::setUpTable(m_table, ListSetup::StretchLast);
    m_table->setWordWrap(true); // as it always has here
    m_table->horizontalHeader()->setDefaultSectionSize(m_table->fontMetrics().averageCharWidth() * 20);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);

    auto* linkAction = new QAction(this);
    linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    linkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(linkAction);
    connect(linkAction, &QAction::triggered, this, &LinkedTipsPage::linkTip);
    connect(m_link, &QPushButton::clicked, this, &LinkedTipsPage::linkTip);
    connect(m_unlink, &QPushButton::clicked, this, &LinkedTipsPage::unlinkCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinkedTipsPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LinkedTipsPage::updateButtons);
    updateButtons();
}

void LinkedTipsPage::setDocument(Document* document)
{
    m_document = document;
    m_model->setDocument(document);
    setOperation({});
}

void LinkedTipsPage::setOperation(const QUuid& operation)
{
    m_operation = operation;
    m_model->setParentId(operation);
    updateButtons();
}

bool LinkedTipsPage::linkTip()
{
    if (!m_document || m_operation.isNull())
        return false;
    const std::optional<QUuid> tip = chooseTip(this, *m_document);
    if (!tip)
        return false;
    Result<void> r = tandem::linkTip(*m_document, *tip, m_operation);
    if (!r) {
        showError(this, tr("The tip could not be linked."), r.error());
        return false;
    }
    const int row = m_model->rowOf(*tip);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

bool LinkedTipsPage::unlinkCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_document || !current.isValid())
        return false;
    Result<void> r = unlinkTip(*m_document, m_model->idAt(current.row()));
    if (!r) {
        showError(this, tr("The tip could not be unlinked."), r.error());
        return false;
    }
    return true;
}

void LinkedTipsPage::updateButtons()
{
    m_link->setEnabled(m_document && !m_operation.isNull());
    m_unlink->setEnabled(m_table->currentIndex().isValid());
}

} // namespace tandem
