#include "survivors/identitypanel.h"

#include "records/followstore.h"
#include "records/recordcommands.h"
#include "document.h"
#include "dialogs/prompts.h"
#include "dialogs/reasondialog.h"
#include "domain/erasure.h"
#include "domain/survivors.h"
#include "errors.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QUndoStack>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tandem {
namespace {

const QString kIdentity = QStringLiteral("survivor_identity");

QString rowLabel(const char* name)
{
    return Registry::instance().entity(kIdentity)->field(QString::fromLatin1(name))->labelText() + QLatin1Char(':');
}

} // namespace

IdentityPanel::IdentityPanel(QWidget* parent)
    : QWidget(parent)
    , m_gate([](QWidget*, const QUuid&) { return true; })
    , m_pages(new QStackedWidget(this))
    , m_reveal(named<QPushButton>(QStringLiteral("revealIdentity"),
                                  QIcon(QStringLiteral(":/icons/identity.svg")), tr("Reveal Identity"), this))
    , m_erase(named<QPushButton>(QStringLiteral("eraseIdentity"), tr("Erase Identity…"), this))
    , m_name(named<QLineEdit>(QStringLiteral("identityName"), this))
    , m_birth(named<QLineEdit>(QStringLiteral("identityBirth"), this))
    , m_contact(named<QLineEdit>(QStringLiteral("identityContact"), this))
    , m_notes(named<QPlainTextEdit>(QStringLiteral("identityNotes"), this))
    , m_save(named<QPushButton>(QStringLiteral("saveIdentity"), tr("Save Identity"), this))
    , m_hide(named<QPushButton>(QStringLiteral("hideIdentity"), tr("Hide"), this))
{
    setObjectName(QStringLiteral("identityPanel"));
    m_erase->setToolTip(tr("Erase these details for good, here and at partners holding a copy; the case stays"));

    // The marking: a red frame and a plain statement of what this is and who may see it.
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("identityFrame"));
    frame->setStyleSheet(QStringLiteral("#identityFrame { border: 2px solid %1; border-radius: 6px; }").arg(Colours::overdue().name()));
    auto* heading = new QLabel(tr("Identifying details: office only"), frame);
    heading->setObjectName(QStringLiteral("identityHeading"));
    TextStyle::setFormTitle(heading);
    heading->setStyleSheet(QStringLiteral("color: %1;").arg(Colours::overdue().name()));
    auto* explanation = new QLabel(tr("These details stay in this office. They are shared with a partner office only "
                                      "while the survivor's consent for their identity covers it, and never appear "
                                      "in lists, reports or the Today view. Reveal them only when you need them; "
                                      "they are hidden again when you move on."),
                                   frame);
    explanation->setWordWrap(true);

    auto* hidden = new QWidget(this);
    auto* hiddenLayout = new QVBoxLayout(hidden);
    auto* hiddenText = new QLabel(tr("Hidden."), hidden);
    TextStyle::setCaption(hiddenText);
    hiddenLayout->addWidget(hiddenText);
    auto* revealRow = new QHBoxLayout;
    revealRow->addWidget(m_reveal);
    revealRow->addStretch(1);
    revealRow->addWidget(m_erase);
    hiddenLayout->addLayout(revealRow);
    hiddenLayout->addStretch(1);

    auto* shown = new QWidget(this);
    auto* form = new QFormLayout(shown);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_birth->setPlaceholderText(tr("yyyy-mm-dd"));
    m_notes->setTabChangesFocus(true);
    form->addRow(rowLabel("name"), m_name);
    form->addRow(rowLabel("date_of_birth"), m_birth);
    form->addRow(rowLabel("contact"), m_contact);
    form->addRow(rowLabel("notes"), m_notes);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_hide);
    buttons->addWidget(m_save);
    form->addRow(buttons);

    m_pages->addWidget(hidden);
    m_pages->addWidget(shown);
    auto* frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(12, 10, 12, 10);
    frameLayout->addWidget(heading);
    frameLayout->addWidget(explanation);
    frameLayout->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->addWidget(frame);

    connect(m_reveal, &QPushButton::clicked, this, &IdentityPanel::reveal);
    connect(m_hide, &QPushButton::clicked, this, &IdentityPanel::conceal);
    connect(m_save, &QPushButton::clicked, this, &IdentityPanel::save);
    connect(m_erase, &QPushButton::clicked, this, &IdentityPanel::erase);
    conceal();
}

void IdentityPanel::setDocument(Document* document)
{
    followStore(m_document, document, this, &IdentityPanel::storeChanged);
    m_id = QUuid();
    conceal();
}

void IdentityPanel::showSurvivor(const QUuid& id)
{
    m_id = id;
    conceal();
}

void IdentityPanel::setRevealGate(RevealGate gate)
{
    m_gate = std::move(gate);
}

bool IdentityPanel::reveal()
{
    if (!m_document || m_id.isNull())
        return false;
    if (m_gate && !m_gate(this, m_id))
        return false;
    // Who was shown which survivor's identity: no entry, no identity.
    if (Result<void> r = auditReveal(m_document->store(), m_id, tr("shown in the survivor's pane")); !r) {
        showError(this, tr("The identity is not shown: its showing could not be written to the audit trail."),
                  r.error());
        return false;
    }
    m_revealed = true;
    fill();
    m_pages->setCurrentIndex(1);
    m_name->setFocus(Qt::OtherFocusReason);
    return true;
}

void IdentityPanel::conceal()
{
    m_revealed = false;
    m_identity = QUuid();
    m_name->clear();
    m_birth->clear();
    m_contact->clear();
    m_notes->clear();
    m_pages->setCurrentIndex(0);
    m_reveal->setEnabled(m_document && !m_id.isNull());
    m_erase->setEnabled(m_document && !m_id.isNull());
}

void IdentityPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (m_revealed)
        conceal();
}

void IdentityPanel::storeChanged(const QString& entity)
{
    if (m_revealed && entity == kIdentity)
        fill();
}

void IdentityPanel::fill()
{
    Result<std::vector<Row>> rows =
        m_document->store().select(kIdentity, QStringLiteral("survivor = ? AND deleted = 0"), {m_id.toRfc4122()},
                                   QStringLiteral("id"), 1);
    if (!rows) {
        showError(this, tr("The identity could not be read."), rows.error());
        conceal();
        return;
    }
    const Row* row = rows->empty() ? nullptr : &rows->front();
    m_identity = row ? row->id : QUuid();
    m_name->setText(row ? row->text(QStringLiteral("name")) : QString());
    const QDate birth = row ? row->value(QStringLiteral("date_of_birth")).toDate() : QDate();
    m_birth->setText(birth.isValid() ? birth.toString(Qt::ISODate) : QString());
    m_contact->setText(row ? row->text(QStringLiteral("contact")) : QString());
    m_notes->setPlainText(row ? row->text(QStringLiteral("notes")) : QString());
}

void IdentityPanel::save()
{
    if (!m_document || !m_revealed)
        return;
    // Text as typed: the store checks it (a date of birth that is not yyyy-mm-dd is refused).
    const QVariantMap values{{QStringLiteral("name"), m_name->text().trimmed()},
                             {QStringLiteral("date_of_birth"), m_birth->text().trimmed()},
                             {QStringLiteral("contact"), m_contact->text().trimmed()},
                             {QStringLiteral("notes"), m_notes->toPlainText().trimmed()}};
    Result<void> r;
    if (m_identity.isNull()) {
        QVariantMap withSurvivor = values;
        withSurvivor.insert(QStringLiteral("survivor"), m_id);
        Result<QUuid> id = addRecord(*m_document, kIdentity, withSurvivor, tr("Add identity"));
        if (id)
            m_identity = *id;
        else
            r = id.error();
    } else {
        r = editRecord(*m_document, kIdentity, m_identity, values, tr("Edit identity"));
    }
    if (!r)
        showError(this, tr("The identity could not be saved."), r.error());
}

bool IdentityPanel::erase()
{
    if (!m_document || m_id.isNull())
        return false;
    Store& store = m_document->store();
    Result<Row> survivor = store.get(QStringLiteral("survivor"), m_id);
    const QString code = survivor ? survivor->text(QStringLiteral("code")) : QString();
    const std::optional<QString> reason = ReasonDialog::ask(
        this, tr("Erase Identity"), tr("Erase the identity of %1 for good?").arg(code),
        tr("The name, date of birth, contact and notes are erased from this file and from its backups. Partner "
           "offices holding a copy erase theirs when they merge the recall sent with the next exchange. The "
           "case stays: its code, checklist and consents. This cannot be undone."),
        tr("Reason for erasing:"), tr("Erase Identity"));
    if (!reason)
        return false;
    conceal();
    QProgressDialog progress(tr("Rewriting the file and its backups without the identity…"), QString(), 0, 100, this);
    progress.setWindowTitle(tr("Erase Identity"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    Result<erasure::Receipt> receipt = erasure::eraseIdentity(store, m_id, *reason, QStringLiteral("erased"),
                                                             [&progress](double done) { progress.setValue(int(done * 100)); });
    progress.reset();
    if (!receipt) {
        showError(this, tr("The identity was not erased."), receipt.error());
        return false;
    }
    // An undo of an earlier edit would write the erased details back.
    m_document->undoStack()->clear();
    const QString where = receipt->everywhere
                              ? tr("Partner offices holding a copy erase theirs when they merge your next bundle.")
                              : tr("Another office recorded it: only this office's copy was erased.");
    if (!receipt->pending.isEmpty()) {
        Dialogs::message(this, QMessageBox::Warning, tr("Erase Identity"),
                         tr("The identity of %1 was erased, but the file or a backup could not be rewritten yet. "
                            "Tandem tries again at the next exchange.")
                             .arg(code),
                         receipt->pending);
        return true;
    }
    Dialogs::message(this, QMessageBox::Information, tr("Erase Identity"),
                     (receipt->backupsRewritten == 1
                          ? tr("The identity of %1 was erased from this file and its backup.")
                          : tr("The identity of %1 was erased from this file and %n backups.", nullptr, receipt->backupsRewritten))
                         .arg(code),
                     where);
    return true;
}

} // namespace tandem
