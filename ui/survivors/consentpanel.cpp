#include "survivors/consentpanel.h"

#include "records/followstore.h"
#include "survivors/survivorcommands.h"
#include "dialogs/reasondialog.h"
#include "document.h"
#include "errors.h"
#include "forms/fieldwidgets.h"
#include "survivors/consentmodel.h"
#include "query/directory.h"
#include "store/store.h"
#include "widgets/columnfit.h"
#include "widgets/listsetup.h"
#include "widgets/named.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace tandem {
namespace {

// A recipient in the combo box: an office or an agency.
struct Recipient {
    bool office;
    QUuid id;
};

} // namespace

ConsentPanel::ConsentPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ConsentModel(this))
    , m_table(named<QTableView>(QStringLiteral("consentTable"), this))
    , m_withdraw(named<QPushButton>(QStringLiteral("withdrawConsent"), tr("Withdraw Consent…"), this))
    , m_withdrawal(named<QLabel>(QStringLiteral("consentWithdrawal"), this))
    , m_recipient(named<QComboBox>(QStringLiteral("consentRecipient"), this))
    , m_scope(named<QComboBox>(QStringLiteral("consentScope"), this))
    , m_given(named<QDateTimeEdit>(QStringLiteral("consentGiven"), this))
    , m_expires(named<QCheckBox>(QStringLiteral("consentExpires"), tr("Expires"), this))
    , m_expiresAt(named<QDateTimeEdit>(QStringLiteral("consentExpiresAt"), this))
    , m_notes(named<QLineEdit>(QStringLiteral("consentNotes"), this))
    , m_record(named<QPushButton>(QStringLiteral("recordConsent"), tr("Record Consent"), this))
{
    setObjectName(QStringLiteral("consentPanel"));
    m_withdrawal->setWordWrap(true);
    m_withdrawal->setTextFormat(Qt::PlainText);
    m_withdrawal->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_model);
    // To whom, whole: the other columns no longer squeeze it to nothing; the last takes what is left.
    ListSetup::setUpTable(m_table, ListSetup::QuietHeader | ListSetup::StretchLast);
    const int character = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ConsentModel::Recipient, 30 * character + 12);
    for (int column = ConsentModel::Scope; column < ConsentModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, (column == ConsentModel::Scope ? 24 : 16) * character + 12);
    ColumnFitter::install(m_table);
    m_withdraw->setToolTip(tr("Record that the survivor withdrew this consent, now, and why. Nothing it covered "
                              "may be shared from now on."));

    fillChoices(m_scope, *Registry::instance().entity(QStringLiteral("consent"))->field(QStringLiteral("scope")));
    setUpDateTimeEdit(m_given);
    setUpDateTimeEdit(m_expiresAt);
    m_expiresAt->setEnabled(false);
    m_notes->setPlaceholderText(tr("How the consent was given (in writing, with an interpreter, ...)"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_withdrawal, 1);
    top->addWidget(m_withdraw);
    auto* box = new QGroupBox(tr("Record a consent"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("To whom:"), m_recipient);
    form->addRow(tr("What:"), m_scope);
    form->addRow(tr("Given:"), m_given);
    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiresAt, 1);
    // Heard as what it is, not as the box's title ("Record a consent").
    m_expiresAt->setAccessibleName(tr("Expires on"));
    form->addRow(QString(), expiry);
    form->addRow(tr("Notes:"), m_notes);
    auto* recordRow = new QHBoxLayout;
    recordRow->addStretch(1);
    recordRow->addWidget(m_record);
    form->addRow(recordRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(top);
    layout->addWidget(box);

    connect(m_expires, &QCheckBox::toggled, m_expiresAt, &QWidget::setEnabled);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentPanel::withdrawSelected);
    connect(m_record, &QPushButton::clicked, this, &ConsentPanel::record);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConsentPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectionChanged();
        Q_EMIT summaryChanged();
    });
    selectionChanged();
}

void ConsentPanel::setDocument(Document* document)
{
    followStore(m_document, document, this, &ConsentPanel::storeChanged);
    m_recipientsStale = true;
    m_model->setStore(document ? &document->store() : nullptr);
}

void ConsentPanel::showSurvivor(const QUuid& id)
{
    m_id = id;
    m_model->setSurvivor(id);
    setEnabled(m_document && !id.isNull() && !m_document->isReadOnly());
    if (m_document && !id.isNull()) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_document->store().wallClock(), Qt::UTC).toLocalTime();
        m_given->setDateTime(now);
        m_expiresAt->setDateTime(now.addYears(1));
        m_expires->setChecked(false);
        m_notes->clear();
        if (m_recipientsStale)
            fillRecipients();
    }
}

int ConsentPanel::activeCount() const
{
    return m_model->activeCount();
}

void ConsentPanel::storeChanged(const QString& entity)
{
    if (entity == QLatin1String("agency") || entity == QLatin1String("office"))
        m_recipientsStale = true;
}

void ConsentPanel::fillRecipients()
{
    m_recipientsStale = false;
    const QSignalBlocker blocker(m_recipient);
    m_recipient->clear();
    Result<std::vector<query::RecipientRow>> recipients = query::consentRecipients(m_document->store());
    if (!recipients)
        return;
    for (const query::RecipientRow& r : *recipients) {
        const bool office = r.kind == query::RecipientRow::Kind::Office;
        m_recipient->addItem(office ? tr("%1 (office)").arg(r.name) : r.name,
                             QVariant::fromValue(QVariantList{office, r.id}));
    }
}

void ConsentPanel::selectionChanged()
{
    const int row = m_table->currentIndex().row();
    const ConsentStatus status = m_model->statusAt(row);
    m_withdraw->setEnabled(row >= 0 && (status == ConsentStatus::Active || status == ConsentStatus::NotYetGiven));
    const QModelIndex withdrawn = m_model->index(row, ConsentModel::Withdrawn);
    m_withdrawal->setText(row >= 0 && status == ConsentStatus::Withdrawn ? withdrawn.data(Qt::ToolTipRole).toString()
                                                                          : QString());
}

void ConsentPanel::withdrawSelected()
{
    const int row = m_table->currentIndex().row();
    const QUuid consent = m_model->idAt(row);
    if (!m_document || consent.isNull())
        return;
    const QString recipient = m_model->index(row, ConsentModel::Recipient).data().toString();
    const QString scope = m_model->index(row, ConsentModel::Scope).data().toString();
    const std::optional<QString> reason = ReasonDialog::ask(
        this, tr("Withdraw Consent"), tr("Record that the survivor withdrew their consent to share “%1” with %2?").arg(scope, recipient),
        tr("From now on nothing it covered is shared with them. The withdrawal is dated now and recorded "
           "with its reason."),
        tr("&Why it is withdrawn:"), tr("Withdraw Consent"));
    if (!reason)
        return;
    Result<void> r = withdrawConsent(*m_document, consent, *reason);
    if (!r)
        showError(this, tr("The consent could not be withdrawn."), r.error());
}

void ConsentPanel::record()
{
    if (!m_document || m_id.isNull())
        return;
    const QVariantList recipient = m_recipient->currentData().toList();
    NewConsent c;
    if (recipient.size() == 2) {
        if (recipient[0].toBool())
            c.recipient.office = recipient[1].toUuid();
        else
            c.recipient.agency = recipient[1].toUuid();
    }
    c.scope = selectedData(m_scope).toString();
    c.givenAt = m_given->dateTime().toUTC();
    if (m_expires->isChecked())
        c.expiresAt = m_expiresAt->dateTime().toUTC();
    c.notes = m_notes->text();
    Result<QUuid> id = recordConsent(*m_document, m_id, c);
    if (!id) {
        showError(this, tr("The consent could not be recorded."), id.error());
        return;
    }
    m_notes->clear();
    const int row = [this, &id] {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->idAt(r) == *id)
                return r;
        }
        return -1;
    }();
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

} // namespace tandem
