#include "protocols/protocoleditor.h"

#include "survivors/survivorcommands.h"
#include "document.h"
#include "domain/protocols.h"
#include "errors.h"
#include "protocols/protocolstepmodel.h"
#include "protocols/protocolstepform.h"
#include "store/registry.h"
#include "store/store.h"
#include "widgets/listsetup.h"
#include "widgets/named.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {
namespace {

constexpr int kHour = 60;
constexpr int kShownFollowers = 30;

QPushButton* button(QWidget* parent, const char* name, const QString& text, const QString& tip = {})
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setToolTip(tip);
    return b;
}

} // namespace

ProtocolEditor::ProtocolEditor(QWidget* parent)
    : QWidget(parent)
    , m_steps(new ProtocolStepModel(this))
    , m_banner(named<QLabel>(QStringLiteral("protocolBanner"), this))
    , m_name(named<QLineEdit>(QStringLiteral("protocolName"), this))
    , m_jurisdiction(named<QLineEdit>(QStringLiteral("protocolJurisdiction"), this))
    , m_review(named<QLineEdit>(QStringLiteral("protocolReview"), this))
    , m_reviewedBy(named<QLineEdit>(QStringLiteral("protocolReviewedBy"), this))
    , m_changeNotes(named<QPlainTextEdit>(QStringLiteral("protocolChangeNotes"), this))
    , m_table(named<QTableView>(QStringLiteral("protocolSteps"), this))
    , m_add(button(this, "addStep", tr("Add Step")))
    , m_remove(button(this, "removeStep", tr("Remove Step")))
    , m_up(button(this, "moveStepUp", tr("Move Up"), tr("Or drag the step to its place (Ctrl+Up)")))
    , m_down(button(this, "moveStepDown", tr("Move Down"), tr("Or drag the step to its place (Ctrl+Down)")))
    , m_stepForm(new ProtocolStepForm(this))
    , m_followers(named<QLabel>(QStringLiteral("protocolFollowers"), this))
    , m_revert(button(this, "revertProtocol", tr("Revert")))
    , m_save(button(this, "saveProtocol", tr("Save")))
{
    setObjectName(QStringLiteral("protocolEditor"));

    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_followers->setWordWrap(true);
    m_followers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review->setPlaceholderText(tr("yyyy-mm-dd"));
    m_changeNotes->setPlaceholderText(tr("What changed in this version, and why"));
    m_changeNotes->setMaximumHeight(m_changeNotes->fontMetrics().height() * 3 + 12);
    m_changeNotes->setTabChangesFocus(true);

    m_table->setModel(m_steps);
    m_table->setTabKeyNavigation(false); // Tab goes on to the next control, not the next cell
    ListSetup::setUpRows(m_table);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(ProtocolStepModel::Title, QHeaderView::Stretch);
    const int character = m_table->fontMetrics().averageCharWidth();
    for (int column : {int(ProtocolStepModel::Owner), int(ProtocolStepModel::Due), int(ProtocolStepModel::AppliesTo)})
        m_table->setColumnWidth(column, 17 * character + 12);
    m_table->setColumnWidth(ProtocolStepModel::Mandatory, 10 * character + 12);

    auto* about = new QFormLayout;
    about->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    about->addRow(tr("Name:"), m_name);
    about->addRow(tr("Jurisdiction:"), m_jurisdiction);
    auto* review = new QHBoxLayout;
    m_review->setAccessibleName(tr("Next review"));
    m_reviewedBy->setAccessibleName(tr("Next review by"));
    review->addWidget(m_review);
    review->addWidget(new QLabel(tr("by"), this));
    review->addWidget(m_reviewedBy, 1);
    about->addRow(tr("Next review:"), review);
    about->addRow(tr("What changed:"), m_changeNotes);

    auto* stepButtons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        stepButtons->addWidget(b);
    stepButtons->addStretch(1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_followers, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->addWidget(m_banner);
    layout->addLayout(about);
    layout->addLayout(stepButtons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_stepForm);
    layout->addLayout(bottom);

    for (QLineEdit* e : {m_name, m_jurisdiction, m_review, m_reviewedBy})
        connect(e, &QLineEdit::textEdited, this, [this] { setModified(true); });
    connect(m_changeNotes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            setModified(true);
    });
    connect(m_steps, &ProtocolStepModel::modified, this, [this] { setModified(true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProtocolEditor::currentStepChanged);
    connect(m_steps, &QAbstractItemModel::rowsMoved, this, [this] { currentStepChanged(); });
    connect(m_stepForm, &ProtocolStepForm::edited, this,
            [this](const ProtocolStepSpec& step) { m_steps->setStep(m_table->currentIndex().row(), step); });
    connect(m_add, &QPushButton::clicked, this, &ProtocolEditor::addStep);
    connect(m_remove, &QPushButton::clicked, this, &ProtocolEditor::removeStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(1); });
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    connect(m_revert, &QPushButton::clicked, this, &ProtocolEditor::revert);
    connect(m_save, &QPushButton::clicked, this, &ProtocolEditor::save);
    showProtocol({});
}

void ProtocolEditor::setDocument(Document* document)
{
    m_document = document;
    showProtocol({});
}

void ProtocolEditor::showProtocol(const QUuid& id)
{
    m_id = id;
    m_editing = false;
    ProtocolFile p;
    if (m_document && !id.isNull()) {
        Result<ProtocolFile> read = protocolFromStore(m_document->store(), id);
        if (!read)
            showError(this, tr("The protocol could not be read."), read.error());
        else {
            p = std::move(*read);
            m_editing = true;
        }
    }
    load(p);
}

void ProtocolEditor::startNew()
{
    ProtocolFile p;
    p.name = tr("New protocol");
    ProtocolStepSpec first;
    first.title = tr("First step");
    first.ownerRole = QStringLiteral("ngo_advocate");
    first.dueOffsetMinutes = kHour;
    first.mandatory = true;
    p.steps.push_back(first);
    m_id = QUuid();
    m_editing = true;
    load(p);
    setModified(true);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ProtocolEditor::load(const ProtocolFile& p)
{
    m_filling = true;
    m_loaded = p;
    m_name->setText(p.name);
    m_jurisdiction->setText(p.jurisdiction);
    m_review->setText(p.nextReview.isValid() ? p.nextReview.toString(Qt::ISODate) : QString());
    m_reviewedBy->setText(p.reviewedBy);
    m_changeNotes->setPlainText(p.changeNotes);
    m_steps->setSteps(p.steps);
    m_filling = false;
    setEnabled(m_editing);
    setModified(false);
    if (m_steps->rowCount() > 0)
        m_table->setCurrentIndex(m_steps->index(0, ProtocolStepModel::Title));
    currentStepChanged();
}

ProtocolFile ProtocolEditor::workingCopy() const
{
    ProtocolFile p = m_loaded;
    p.name = m_name->text().trimmed();
    p.jurisdiction = m_jurisdiction->text().trimmed();
    p.nextReview = QDate::fromString(m_review->text().trimmed(), Qt::ISODate);
    p.reviewedBy = m_reviewedBy->text().trimmed();
    p.changeNotes = m_changeNotes->toPlainText().trimmed();
    p.steps = m_steps->steps();
    return p;
}

bool ProtocolEditor::save()
{
    if (!m_document || !m_editing)
        return false;
    const QString review = m_review->text().trimmed();
    if (!review.isEmpty() && !QDate::fromString(review, Qt::ISODate).isValid()) {
        showError(this, tr("The protocol could not be saved."),
                  makeError(tr("the next review must be a date written yyyy-mm-dd, not \"%1\"").arg(review),
                            m_name->text().trimmed()));
        return false;
    }
    Result<SavedProtocol> result = saveProtocol(*m_document, m_id, workingCopy());
    if (!result) {
        showError(this, tr("The protocol could not be saved."), result.error());
        return false;
    }
    showProtocol(result->id);
    Q_EMIT saved(result->id);
    return true;
}

void ProtocolEditor::revert()
{
    if (m_id.isNull())
        showProtocol({});
    else
        showProtocol(m_id);
}

void ProtocolEditor::setModified(bool modified)
{
    if (m_filling)
        return;
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    updateBanner();
    if (std::exchange(m_modified, modified) != modified)
        Q_EMIT modifiedChanged(modified);
}

QString ProtocolEditor::banner() const
{
    return m_banner->text();
}

void ProtocolEditor::updateBanner()
{
    m_followers->clear();
    if (!m_editing) {
        m_banner->setText(tr("Select a protocol to edit it, or start a new one."));
        return;
    }
    if (m_id.isNull()) {
        m_banner->setText(tr("A new protocol. Once saved, it is in force: survivors whose rescue time is set "
                             "after that get its steps."));
        return;
    }
    const Store& store = m_document->store();
    Result<Row> row = store.get(QStringLiteral("protocol"), m_id);
    Result<ProtocolUse> use = protocolUse(store, m_id);
    Result<bool> newVersion = changeMakesNewVersion(store, m_id);
    if (!row || !use || !newVersion) {
        m_banner->setText(tr("This protocol could not be read."));
        return;
    }
    const int version = int(row->value(QStringLiteral("version")).toLongLong());
    const bool active = row->text(QStringLiteral("status")) == QLatin1String("active");
    const QString reason = row->text(QStringLiteral("retired_reason"));
    QString text = active              ? tr("Version %1 · in force.").arg(version)
                   : reason.isEmpty() ? tr("Version %1 · retired: no new checklist follows it.").arg(version)
                                      : tr("Version %1 · retired (%2): no new checklist follows it.").arg(version).arg(reason);
    if (use->survivors > 0)
        text += QLatin1Char(' ') + (use->survivors == 1 ? tr("1 survivor follows this version.")
                                                        : tr("%Ln survivors follow this version.", nullptr, int(use->survivors)));
    if (*newVersion)
        text += QLatin1Char(' ')
                + (use->survivors > 0 ? tr("Saving a change makes a new version; they keep this one.")
                                      : tr("It ships with Tandem and partner offices may follow it, so saving a "
                                           "change makes a new version."));
    else
        text += QLatin1Char(' ') + tr("No survivor follows it yet: saving changes this version.");
    m_banner->setText(text);
    if (use->survivors > 0) {
        const QStringList shown = use->codes.mid(0, kShownFollowers);
        QString list = shown.join(QStringLiteral(", "));
        if (use->codes.size() > kShownFollowers)
            list += tr(" and %L1 more").arg(use->codes.size() - kShownFollowers);
        m_followers->setText(tr("Followed by: %1").arg(list));
    }
}

void ProtocolEditor::currentStepChanged()
{
    const int row = m_table->currentIndex().row();
    const ProtocolStepSpec* s = m_steps->step(row);
    m_remove->setEnabled(s && m_steps->rowCount() > 1);
    m_up->setEnabled(s && row > 0);
    m_down->setEnabled(s && row + 1 < m_steps->rowCount());
    m_stepForm->setStep(s);
}

void ProtocolEditor::addStep()
{
    ProtocolStepSpec s;
    s.title = tr("New step %1").arg(m_steps->rowCount() + 1);
    s.ownerRole = QStringLiteral("case_manager");
    s.dueOffsetMinutes = 24 * kHour;
    const int current = m_table->currentIndex().row();
    const int row = m_steps->insertStep(current < 0 ? m_steps->rowCount() : current + 1, s);
    m_table->setCurrentIndex(m_steps->index(row, ProtocolStepModel::Title));
    m_stepForm->focusTitle();
}

void ProtocolEditor::removeStep()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || m_steps->rowCount() <= 1)
        return;
    m_steps->removeStep(row);
    m_table->setCurrentIndex(m_steps->index(std::min(row, m_steps->rowCount() - 1), ProtocolStepModel::Title));
}

void ProtocolEditor::moveStep(int delta)
{
    const int row = m_table->currentIndex().row();
    if (m_steps->moveStep(row, row + delta))
        m_table->setCurrentIndex(m_steps->index(row + delta, ProtocolStepModel::Title));
}

} // namespace tandem
