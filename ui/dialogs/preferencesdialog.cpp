#include "preferencesdialog.h"

#include "language.h"
#include "store/registry.h"
#include "store/sharing.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tandem {
namespace {

// A caption under the fields of a group: what they mean, or why they cannot be changed.
void addNote(QFormLayout* form, const QString& text)
{
    auto* note = new QLabel(text, form->parentWidget());
    note->setWordWrap(true);
    TextStyle::setCaption(note);
    form->addRow(note);
}

} // namespace


QList<int> PreferencesDialog::idleChoices()
{
    return {2, 5, 10, 30};
}

PreferencesDialog::PreferencesDialog(int idleMinutes, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_idle(named<QComboBox>(QStringLiteral("idleTimeoutCombo"), this))
    , m_language(named<QComboBox>(QStringLiteral("languageCombo"), this))
    , m_dateStyle(named<QComboBox>(QStringLiteral("dateStyleCombo"), this))
    , m_routine(new QCheckBox(tr("&Back up routinely: when a file is opened (once a day) and when it is "
                                 "closed after changes"),
                              this))
    , m_kept(named<QSpinBox>(QStringLiteral("backupsKeptSpin"), this))
    , m_tabs(new QTabWidget(this))
    , m_sharingGroup(new QGroupBox(tr("Where new records of this file go"), this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_idle->setAccessibleName(tr("Lock the office keys after"));
    for (int minutes : idleChoices())
        m_idle->addItem(tr("%1 minutes unused").arg(minutes), minutes);
    const int current = m_idle->findData(idleMinutes);
    m_idle->setCurrentIndex(current >= 0 ? current : m_idle->findData(10));

    auto* explanation = new QLabel(
        tr("While the office keys are unlocked, survivors' identifying details can be read "
           "and bundles signed without the passphrase. Tandem locks them again when they have "
           "not been used for this long, and whenever you choose Security ▸ Lock."),
        this);
    explanation->setWordWrap(true);
    TextStyle::setCaption(explanation);

    auto* group = new QGroupBox(tr("Office keys"), this);
    auto* form = new QFormLayout(group);
    auto* label = new QLabel(tr("&Lock after:"), group);
    label->setBuddy(m_idle);
    form->addRow(label, m_idle);
    form->addRow(explanation);

    m_language->addItem(tr("The system's language"), QString());
    for (const language::Language& l : language::available())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    auto* languageGroup = new QGroupBox(tr("Language and dates"), this);
    auto* languageForm = new QFormLayout(languageGroup);
    auto* languageLabel = new QLabel(tr("&Window language:"), languageGroup);
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    auto* languageNote = new QLabel(tr("Numbers and the names of months follow it. It applies the next time Tandem starts."),
                                    languageGroup);
    languageNote->setWordWrap(true);
    TextStyle::setCaption(languageNote);
    languageForm->addRow(languageNote);

    // Each style with a date written in it, so that the choice is seen, not described.
    const QDateTime sample(QDate(2026, 10, 21), QTime(9, 59));
    const QLocale locale;
    const auto example = [&](DateStyle style) { return locale.toString(sample, shortDateTimeFormat(locale, style)); };
    m_dateStyle->addItem(tr("Day month year: %1").arg(example(DateStyle::European)), int(DateStyle::European));
    m_dateStyle->addItem(tr("ISO 8601: %1").arg(example(DateStyle::Iso)), int(DateStyle::Iso));
    m_dateStyle->addItem(tr("As the system writes them: %1").arg(example(DateStyle::System)), int(DateStyle::System));
    m_dateStyle->setCurrentIndex(std::max(0, m_dateStyle->findData(int(tandem::dateStyle()))));
    auto* datesLabel = new QLabel(tr("&Dates and times:"), languageGroup);
    datesLabel->setBuddy(m_dateStyle);
    languageForm->addRow(datesLabel, m_dateStyle);
    auto* datesNote = new QLabel(tr("In every list, form, report and export. It applies at once."), languageGroup);
    datesNote->setWordWrap(true);
    TextStyle::setCaption(datesNote);
    languageForm->addRow(datesNote);
    m_routine->setObjectName(QStringLiteral("routineBackupsCheck"));
    m_routine->setChecked(true);
    m_kept->setRange(2, 100);
    m_kept->setValue(10);
    m_kept->setAccessibleName(tr("Backups kept per file"));
    auto* backupGroup = new QGroupBox(tr("Backups"), this);
    auto* backupForm = new QFormLayout(backupGroup);
    backupForm->addRow(m_routine);
    auto* keptLabel = new QLabel(tr("&Keep the newest:"), backupGroup);
    keptLabel->setBuddy(m_kept);
    auto* keptRow = new QHBoxLayout;
    keptRow->addWidget(m_kept);
    keptRow->addWidget(new QLabel(tr("backups of each file"), backupGroup));
    keptRow->addStretch(1);
    backupForm->addRow(keptLabel, keptRow);
    auto* backupNote = new QLabel(tr("Backups go to a folder beside the file, readable by you only. Tandem also "
                                     "backs up before every merge and every restore; File ▸ Back Up Now makes one "
                                     "at any time, File ▸ Restore from Backup goes back to one."),
                                  backupGroup);
    backupNote->setWordWrap(true);
    TextStyle::setCaption(backupNote);
    backupForm->addRow(backupNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // General choices of this computer on one page; where the open file's new records go (a
    // setting of the office, kept in the file) on another, shown when a file is open.
    auto* general = new QWidget(m_tabs);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(languageGroup);
    generalLayout->addWidget(group);
    generalLayout->addWidget(backupGroup);
    generalLayout->addStretch(1);
    m_tabs->setObjectName(QStringLiteral("preferencesTabs"));
    m_tabs->addTab(general, tr("&General"));
    m_sharingGroup->setObjectName(QStringLiteral("sharingDefaultsGroup"));
    m_sharingGroup->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

int PreferencesDialog::idleMinutes() const
{
    return m_idle->currentData().toInt();
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

DateStyle PreferencesDialog::dateStyle() const
{
    return DateStyle(m_dateStyle->currentData().toInt());
}

void PreferencesDialog::setBackups(bool routine, int kept, int minimum, int maximum)
{
    m_routine->setChecked(routine);
    m_kept->setRange(minimum, maximum);
    m_kept->setValue(kept);
}

bool PreferencesDialog::routineBackups() const
{
    return m_routine->isChecked();
}

int PreferencesDialog::backupsKept() const
{
    return m_kept->value();
}

void PreferencesDialog::setSharingDefaults(const QList<QPair<QString, QString>>& levels, bool mayChange, const QString& why)
{
    auto* form = new QFormLayout(m_sharingGroup);
    for (const auto& [entity, level] : levels) {
        const EntityDef* e = Registry::instance().entity(entity);
        if (!e)
            continue;
        const FieldDef* sharing = e->field(QStringLiteral("sharing"));
        auto* combo = new QComboBox(m_sharingGroup);
        combo->setObjectName(QStringLiteral("sharingDefault_") + entity);
        combo->setProperty("entity", entity);
        for (const QString& token : {distribution::kOffice, distribution::kPartners, distribution::kNetwork})
            combo->addItem(sharing->valueLabel(token), token);
        combo->setCurrentIndex(std::max(0, combo->findData(level)));
        combo->setEnabled(mayChange);
        combo->setAccessibleName(tr("New %1 go to").arg(e->pluralLabelText().toLower()));
        if (!mayChange)
            combo->setToolTip(why);
        form->addRow(tr("%1:").arg(e->pluralLabelText()), combo);
        m_sharing << combo;
    }
    addNote(form, mayChange ? tr("For this file: what a new record is shared with unless you choose otherwise "
                                 "on the record. A sharing group is chosen on each record.")
                            : tr("Only a lead of the office changes these: %1").arg(why));
    if (m_sharing.isEmpty())
        return;
    QVBoxLayout* page = filePage();
    m_sharingGroup->setParent(page->parentWidget());
    m_sharingGroup->show();
    page->insertWidget(0, m_sharingGroup);
}

QVBoxLayout* PreferencesDialog::filePage()
{
    if (!m_filePage) {
        auto* page = new QWidget(m_tabs);
        m_filePage = new QVBoxLayout(page);
        m_filePage->addStretch(1);
        m_tabs->addTab(page, tr("&Sharing"));
    }
    return m_filePage;
}

void PreferencesDialog::setRetention(std::optional<int> months, bool mayChange, const QString& why)
{
    QVBoxLayout* page = filePage();
    auto* group = new QGroupBox(tr("How long survivors' identities are kept"), page->parentWidget());
    group->setObjectName(QStringLiteral("retentionGroup"));
    m_retention = new QSpinBox(group);
    m_retention->setObjectName(QStringLiteral("retentionMonths"));
    // 0 stands for no period: identities are kept until someone erases them.
    m_retention->setRange(0, 1200);
    m_retention->setSpecialValueText(tr("Until erased by hand"));
    m_retention->setSuffix(tr(" months after the case closed"));
    m_retention->setValue(months.value_or(0));
    m_retention->setEnabled(mayChange);
    m_retention->setAccessibleName(tr("Erase identities"));
    if (!mayChange)
        m_retention->setToolTip(why);
    auto* form = new QFormLayout(group);
    form->addRow(tr("&Erase identities:"), m_retention);
    addNote(form, mayChange ? tr("When the operation of a survivor closed longer ago than this, and no consent of "
                                 "theirs is active and no step of their checklist is open, Today lists their "
                                 "identity as due for erasure.")
                            : tr("Only a lead of the office changes this: %1").arg(why));
    page->insertWidget(page->count() - 1, group);
}

std::optional<int> PreferencesDialog::retention() const
{
    if (!m_retention || m_retention->value() == 0)
        return std::nullopt;
    return m_retention->value();
}

void PreferencesDialog::setAttachmentLimit(int megabytes, bool mayChange, const QString& why)
{
    QVBoxLayout* page = filePage();
    auto* group = new QGroupBox(tr("Attached files"), page->parentWidget());
    group->setObjectName(QStringLiteral("attachmentGroup"));
    m_attachmentLimit = new QSpinBox(group);
    m_attachmentLimit->setObjectName(QStringLiteral("attachmentLimitMegabytes"));
    m_attachmentLimit->setRange(1, 2147);
    m_attachmentLimit->setSuffix(tr(" MB"));
    m_attachmentLimit->setValue(megabytes);
    m_attachmentLimit->setEnabled(mayChange);
    m_attachmentLimit->setAccessibleName(tr("Largest file"));
    if (!mayChange)
        m_attachmentLimit->setToolTip(why);
    auto* form = new QFormLayout(group);
    form->addRow(tr("Largest &file:"), m_attachmentLimit);
    addNote(form, mayChange ? tr("A larger file is refused when it is attached. Every file goes into the office's file "
                                 "and into the bundles of each partner its record goes to.")
                            : tr("Only a lead of the office changes this: %1").arg(why));
    page->insertWidget(page->count() - 1, group);
}

int PreferencesDialog::attachmentLimit() const
{
    return m_attachmentLimit ? m_attachmentLimit->value() : 0;
}

void PreferencesDialog::showSharing()
{
    if (m_tabs->count() > 1)
        m_tabs->setCurrentIndex(1);
}

QMap<QString, QString> PreferencesDialog::sharingDefaults() const
{
    QMap<QString, QString> out;
    for (const QComboBox* combo : m_sharing)
        out.insert(combo->property("entity").toString(), combo->currentData().toString());
    return out;
}

} // namespace tandem
