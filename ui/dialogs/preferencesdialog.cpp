#include "preferencesdialog.h"

#include "language.h"
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
#include <QVBoxLayout>

#include <algorithm>

namespace tandem {

QList<int> PreferencesDialog::idleChoices()
{
    return {2, 5, 10, 30};
}

PreferencesDialog::PreferencesDialog(int idleMinutes, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_idle(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_dateStyle(new QComboBox(this))
    , m_routine(new QCheckBox(tr("&Back up routinely: when a file is opened (once a day) and when it is "
                                 "closed after changes"),
                              this))
    , m_kept(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_idle->setObjectName(QStringLiteral("idleTimeoutCombo"));
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

    m_language->setObjectName(QStringLiteral("languageCombo"));
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
    m_dateStyle->setObjectName(QStringLiteral("dateStyleCombo"));
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
    m_kept->setObjectName(QStringLiteral("backupsKeptSpin"));
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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(languageGroup);
    layout->addWidget(group);
    layout->addWidget(backupGroup);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
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

} // namespace tandem
