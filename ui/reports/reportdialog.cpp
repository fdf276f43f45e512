#include "reports/reportdialog.h"

#include "dialogs/prompts.h"
#include "domain/needtoknow.h"
#include "errors.h"
#include "query/directory.h"
#include "report/writers.h"
#include "reports/reportpreview.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSignalBlocker>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tandem {
namespace {

// The recipient's type (report::Recipient::Type) beside its id in the recipient list.
constexpr int kRecipientTypeRole = Qt::UserRole + 1;

QPageSize pageSizeOf(report::PageSize size)
{
    return QPageSize(size == report::PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

// Where a printed copy went, for the audit log and the dialog: the file when printing to PDF.
QString destinationOf(const QPrinter& printer)
{
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        return QDir::toNativeSeparators(QFileInfo(printer.outputFileName()).absoluteFilePath());
    return printer.printerName();
}

} // namespace

ReportDialog::ReportDialog(Store& store, const QUuid& operation, report::Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_operation(operation)
    , m_kind(named<QComboBox>(QStringLiteral("reportKind"), this))
    , m_format(named<QComboBox>(QStringLiteral("reportFormat"), this))
    , m_paper(named<QComboBox>(QStringLiteral("reportPaper"), this))
    , m_marking(named<QComboBox>(QStringLiteral("reportMarking"), this))
    , m_copy(named<QSpinBox>(QStringLiteral("reportCopy"), this))
    , m_recipient(named<QComboBox>(QStringLiteral("reportRecipient"), this))
    , m_copyNote(named<QLabel>(QStringLiteral("reportCopyNote"), this))
    , m_identities(named<QCheckBox>(QStringLiteral("reportIdentities"),
                                    tr("Include survivors' &identities (names and dates of birth)"), this))
    , m_reason(named<QLabel>(QStringLiteral("reportIdentitiesReason"), this))
    , m_bom(named<QCheckBox>(QStringLiteral("reportBom"),
                             tr("Begin with a &byte order mark (for spreadsheets)"), this))
    , m_result(named<QLabel>(QStringLiteral("reportResult"), this))
    , m_preview(named<QPushButton>(QStringLiteral("reportPreview"), tr("Pre&view…"), this))
    , m_print(named<QPushButton>(QStringLiteral("reportPrint"), tr("&Print…"), this))
    , m_export(named<QPushButton>(QStringLiteral("reportExport"), tr("&Export…"), this))
{
    setObjectName(QStringLiteral("reportDialog"));
    Result<Row> op = store.get(QStringLiteral("operation"), operation);
    const QString name = op ? op->text(QStringLiteral("code_name")) : value::idText(operation);
    setWindowTitle(tr("Report on %1").arg(name));

    m_kind->addItem(tr("Operation order (briefing pack)"), int(report::Kind::OperationOrder));
    m_kind->addItem(tr("After-action report"), int(report::Kind::AfterAction));
    m_kind->addItem(tr("Assignment sheet (ICS-204, one agency)"), int(report::Kind::AssignmentSheet));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    for (const report::FormatInfo& f : report::formats())
        m_format->addItem(QCoreApplication::translate(report::kFormatContext, f.name), int(f.format));
    m_paper->addItem(tr("A4"), int(report::PageSize::A4));
    m_paper->addItem(tr("Letter"), int(report::PageSize::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);
    m_marking->setEditable(true);
    m_marking->addItems({report::defaultMarking(), QStringLiteral("OFFICIAL"), QStringLiteral("RESTRICTED"),
                         QStringLiteral("CONFIDENTIAL"), QStringLiteral("LAW ENFORCEMENT SENSITIVE")});
    m_marking->lineEdit()->setMaxLength(report::kMaxMarkingLength);
    m_copy->setRange(0, report::kMaxCopyNumber);
    m_copy->setSpecialValueText(tr("Not numbered"));
    m_copyNote->setWordWrap(true);
    TextStyle::setCaption(m_copyNote);
    fillRecipients();
    m_reason->setWordWrap(true);
    TextStyle::setCaption(m_reason);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_print->setShortcut(QKeySequence::Print);
    m_export->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Report"), m_kind);
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("P&aper"), m_paper);
    form->addRow(tr("Protective &marking"), m_marking);
    form->addRow(tr("&Copy number"), m_copy);
    auto* copyFor = new QVBoxLayout;
    copyFor->setSpacing(2);
    copyFor->addWidget(m_recipient);
    copyFor->addWidget(m_copyNote);
    auto* copyForLabel = new QLabel(tr("C&opy for"), this);
    copyForLabel->setBuddy(m_recipient);
    form->addRow(copyForLabel, copyFor);
    auto* identities = new QVBoxLayout;
    identities->setSpacing(2);
    identities->addWidget(m_identities);
    identities->addWidget(m_reason);
    form->addRow(QString(), identities);
    form->addRow(QString(), m_bom);
    auto* note = new QLabel(tr("Every page carries the marking, the copy number and the recipient. Survivors appear "
                               "by their codes. The export is recorded in the audit log."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 38);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::askExport);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePermission);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &ReportDialog::updateCopy);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::fillRecipients);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::updateFormat);
    updatePermission();
    updateCopy();
    updateFormat();
}

report::Options ReportDialog::options() const
{
    report::Options o;
    o.keys = m_keys.get();
    o.kind = report::Kind(m_kind->currentData().toInt());
    o.marking = m_marking->currentText().trimmed();
    o.copyNumber = m_copy->value();
    o.recipient = recipient();
    o.identities = m_permitted && m_identities->isChecked();
    o.locale = locale();
    return o;
}

report::WriteOptions ReportDialog::writeOptions() const
{
    report::WriteOptions w;
    w.pageSize = report::PageSize(m_paper->currentData().toInt());
    w.csvBom = m_bom->isChecked();
    return w;
}

report::Format ReportDialog::format() const
{
    return report::Format(m_format->currentData().toInt());
}

report::Recipient ReportDialog::recipient() const
{
    return report::Recipient{report::Recipient::Type(m_recipient->currentData(kRecipientTypeRole).toInt()),
                             m_recipient->currentData().toUuid()};
}

void ReportDialog::fillRecipients()
{
    // Partner offices first, then the agencies, each group after a separator and every entry
    // labelled with what it is: an office and an agency may well share a name. An agency's copy
    // of the order or an assignment sheet goes only to an agency taking part (needtoknow.h); the
    // assignment sheet is always one agency's. The choice made stays when it is still offered.
    const report::Kind kind = report::Kind(m_kind->currentData().toInt());
    const report::Recipient chosen = m_recipient->count() > 0 ? recipient() : report::Recipient{};
    const QSignalBlocker blocker(m_recipient);
    m_recipient->clear();
    if (!report::needsAgency(kind))
        m_recipient->addItem(tr("Everyone (no recipient named)"), QUuid());
    Result<std::vector<query::RecipientRow>> recipients = query::reportRecipients(m_store);
    QList<QUuid> taking;
    if (report::isAgencyCopyKind(kind)) {
        Result<std::vector<needtoknow::Participant>> parts = needtoknow::participants(m_store, m_operation);
        if (parts) {
            for (const needtoknow::Participant& p : *parts)
                taking << p.agency;
        }
    }
    int group = int(report::Recipient::Type::None);
    if (recipients) {
        for (const query::RecipientRow& r : *recipients) {
            const bool office = r.kind == query::RecipientRow::Kind::Office;
            if (office && report::needsAgency(kind))
                continue;
            if (!office && report::isAgencyCopyKind(kind) && !taking.contains(r.id))
                continue;
            const int type = int(office ? report::Recipient::Type::Office : report::Recipient::Type::Agency);
            if (type != group) {
                if (m_recipient->count() > 0)
                    m_recipient->insertSeparator(m_recipient->count());
                group = type;
            }
            m_recipient->addItem(office ? tr("%1 (office)").arg(r.name) : tr("%1 (agency)").arg(r.name), r.id);
            m_recipient->setItemData(m_recipient->count() - 1, type, kRecipientTypeRole);
        }
    }
    int keep = 0;
    for (int i = 0; i < m_recipient->count(); ++i) {
        if (m_recipient->itemData(i).toUuid() == chosen.id
            && m_recipient->itemData(i, kRecipientTypeRole).toInt() == int(chosen.type))
            keep = i;
    }
    m_recipient->setCurrentIndex(keep);
    updatePermission();
    updateCopy();
}

void ReportDialog::updateCopy()
{
    // What the copy holds, by the one rule (needtoknow.h) the report builder follows.
    const report::Kind kind = report::Kind(m_kind->currentData().toInt());
    const report::Recipient r = recipient();
    QString text;
    if (report::needsAgency(kind) && r.type != report::Recipient::Type::Agency) {
        text = tr("No agency takes part in this operation yet: an assignment sheet is one agency's.");
    } else if (report::isAgencyCopyKind(kind) && r.type == report::Recipient::Type::Agency) {
        Result<needtoknow::AgencyPart> part = needtoknow::agencyPart(m_store, m_operation, r.id);
        Result<Row> op = m_store.get(QStringLiteral("operation"), m_operation);
        QStringList entitled;
        const FieldDef* role = Registry::instance().entity(QStringLiteral("assignment"))->field(QStringLiteral("role"));
        for (const QString& token : op ? needtoknow::roles(*op) : needtoknow::defaultRoles())
            entitled << role->valueLabel(token);
        if (!part)
            text = part.error().message;
        else if (part->needToKnow)
            text = tr("This copy holds the part of %1, the parts every agency shares, and the need-to-know items "
                      "(entry points, hazards, code words) given to %2.")
                       .arg(part->agencyName, entitled.join(QStringLiteral(", ")));
        else
            text = tr("This copy holds the part of %1 and the parts every agency shares, but not the need-to-know "
                      "items (entry points, hazards, code words), given only to %2.")
                       .arg(part->agencyName, entitled.join(QStringLiteral(", ")));
    } else if (r.isNull()) {
        text = tr("The whole document, every agency's part and the need-to-know items, with no recipient named.");
    }
    m_copyNote->setText(text);
    m_copyNote->setVisible(!text.isEmpty());
    // A longer note needs more room: grow the dialog rather than clip it.
    if (layout() && isVisible()) {
        layout()->activate();
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
    const bool possible = !(report::needsAgency(kind) && r.type != report::Recipient::Type::Agency);
    m_preview->setEnabled(possible);
    m_print->setEnabled(possible);
    m_export->setEnabled(possible);
}

void ReportDialog::updatePermission()
{
    Result<report::IdentityPermission> p =
        report::identityPermission(m_store, m_operation, recipient());
    m_permitted = p && p->allowed;
    m_identities->setEnabled(m_permitted);
    if (!m_permitted)
        m_identities->setChecked(false);
    const QString why = !p ? p.error().message : p->allowed ? p->note : p->reason;
    m_reason->setText(why.isEmpty() ? QString() : (m_permitted ? why : tr("Not available: %1.").arg(why)));
    m_reason->setVisible(!why.isEmpty());
    m_identities->setToolTip(m_reason->text());
}

void ReportDialog::updateFormat()
{
    const report::Format f = format();
    m_paper->setEnabled(report::formatInfo(f).pageSize);
    m_bom->setEnabled(report::formatInfo(f).byteOrderMark);
}

std::optional<report::Document> ReportDialog::buildDocument()
{
    const report::Options o = options();
    if (const QString problem = report::markingProblem(o.marking.isEmpty() ? report::defaultMarking() : o.marking);
        !problem.isEmpty()) {
        showError(this, tr("The report could not be made."), makeError(problem, tr("Protective marking")));
        return std::nullopt;
    }
    if (o.identities && !m_store.identityKeys() && !(m_gate && m_gate(this)))
        return std::nullopt; // cancelled, or the failure was shown by the gate
    Result<report::Document> d = report::buildReport(m_store, m_operation, o);
    if (!d) {
        showError(this, tr("The report could not be made."), d.error());
        return std::nullopt;
    }
    return std::move(*d);
}

bool ReportDialog::exportTo(const QString& path)
{
    // Progress by stages: building reads the store, writing lays out every page.
    QProgressDialog progress(tr("Making the report…"), tr("Cancel"), 0, 2, this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    std::optional<report::Document> d = buildDocument();
    if (!d)
        return false;
    progress.setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    progress.setValue(1);
    if (progress.wasCanceled())
        return false;
    Result<report::ExportSummary> written = report::exportDocument(m_store, *d, format(), path, writeOptions());
    progress.setValue(2);
    if (!written) {
        showError(this, tr("The report could not be written."), written.error());
        m_result->clear();
        return false;
    }
    m_result->setText(tr("Written to %1 (%2).").arg(written->path, locale().formattedDataSize(written->bytes)));
    return true;
}

void ReportDialog::askExport()
{
    const report::FormatInfo& f = report::formatInfo(format());
    const QString path =
        Dialogs::saveFileName(this, tr("Export Report"),
                              QCoreApplication::translate(report::kFormatContext, f.fileFilter),
                              QString::fromLatin1(f.token));
    if (!path.isEmpty())
        exportTo(path);
}

void ReportDialog::setUpPrinter(QPrinter& printer, const report::Document& d) const
{
    printer.setPageSize(pageSizeOf(writeOptions().pageSize));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(d.title);
}

void ReportDialog::preview()
{
    std::optional<report::Document> d = buildDocument();
    if (!d)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *d);
    ReportPreview dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview: %1").arg(d->title));
    connect(&dialog, &ReportPreview::paintRequested, this, [&](QPrinter* p) {
        std::unique_ptr<QTextDocument> fresh = report::textDocument(*d);
        if (Result<int> r = report::paintPages(*d, *fresh, *p); !r)
            showError(this, tr("The report could not be laid out."), r.error());
    });
    // The copy previewed is the copy printed, through the one audited path.
    connect(&dialog, &ReportPreview::printRequested, this, [&] {
        if (printWithDialog(*d))
            dialog.accept();
    });
    Dialogs::exec(dialog);
}

bool ReportDialog::print()
{
    std::optional<report::Document> d = buildDocument();
    return d && printWithDialog(*d);
}

bool ReportDialog::printWithDialog(const report::Document& d)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, d);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPrintDialog"));
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    return printOn(d, printer);
}

bool ReportDialog::printTo(QPrinter& printer)
{
    std::optional<report::Document> d = buildDocument();
    return d && printOn(*d, printer);
}

bool ReportDialog::printOn(const report::Document& d, QPrinter& printer)
{
    const QString where = destinationOf(printer);
    if (Result<int> r = report::printDocument(m_store, d, printer, where); !r) {
        showError(this, tr("The report could not be printed."), r.error());
        m_result->clear();
        return false;
    }
    m_result->setText(tr("Sent to %1.").arg(where.isEmpty() ? tr("the printer") : where));
    return true;
}

} // namespace tandem
