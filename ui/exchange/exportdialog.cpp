#include "exchange/exportdialog.h"

#include "dialogs/prompts.h"
#include "exchange/partnermodel.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tandem {
namespace {

// "Eastbrook Task Force" → "eastbrook-task-force", for a file name that travels well.
QString slug(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    return name.toLower()
        .replace(separators, QStringLiteral("-"))
        .remove(QRegularExpression(QStringLiteral("^-|-$")));
}

} // namespace

ExportDialog::ExportDialog(const std::vector<Partner>& partners, const QString& folder,
                           QWidget* parent)
    : QDialog(parent)
    , m_partners(partners)
    , m_folder(folder)
    , m_list(named<QListWidget>(QStringLiteral("partnerChoices"), this))
    , m_incremental(named<QRadioButton>(QStringLiteral("incrementalRadio"),
                                        tr("Only what is &new to them (incremental)"), this))
    , m_full(named<QRadioButton>(QStringLiteral("fullRadio"), tr("&Everything (full)"), this))
    , m_path(named<QLineEdit>(QStringLiteral("bundlePathEdit"), this))
    , m_error(named<QLabel>(QStringLiteral("exportError"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export for Partners"));

    auto* who = new QGroupBox(tr("For which partner offices"), this);
    m_list->setAccessibleName(tr("Partner offices to export for"));
    for (const Partner& p : m_partners) {
        auto* item = new QListWidgetItem(p.name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_partners.size() == 1 ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Fingerprint %1\nLast export: %2")
                             .arg(p.fingerprint, displayTime(p.lastExportAt, tr("never"))));
    }
    const int rows = std::clamp(int(m_partners.size()), 2, 6);
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth() + 4);
    auto* note =
        new QLabel(tr("A bundle for several offices holds only what all of them may see."), who);
    note->setWordWrap(true);
    TextStyle::setCaption(note);
    auto* whoLayout = new QVBoxLayout(who);
    whoLayout->addWidget(m_list);
    whoLayout->addWidget(note);

    auto* what = new QGroupBox(tr("What"), this);
    m_incremental->setChecked(true);
    m_full->setToolTip(tr("Everything this office shares, also what they already have: for a "
                          "partner that lost its file or missed a bundle."));
    auto* whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_incremental);
    whatLayout->addWidget(m_full);

    auto* where = new QGroupBox(tr("Bundle file"), this);
    m_path->setAccessibleName(tr("Bundle file"));
    auto* choose = new QPushButton(tr("C&hoose…"), where);
    choose->setObjectName(QStringLiteral("chooseBundleButton"));
    auto* whereLayout = new QHBoxLayout(where);
    whereLayout->addWidget(m_path, 1);
    whereLayout->addWidget(choose);

    m_error->setWordWrap(true);
    TextStyle::setTextColour(m_error, Colours::error());
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(who);
    layout->addWidget(what);
    layout->addWidget(where);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_list, &QListWidget::itemChanged, this, &ExportDialog::partnersChanged);
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathChosen = true;
        m_error->hide();
        updateButtons();
    });
    connect(choose, &QPushButton::clicked, this, &ExportDialog::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    partnersChanged();
}

QList<QByteArray> ExportDialog::recipients() const
{
    QList<QByteArray> sites;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            sites << m_partners[size_t(i)].site;
    }
    return sites;
}

bool ExportDialog::full() const
{
    return m_full->isChecked();
}

QString ExportDialog::bundlePath() const
{
    const QString typed = QDir::fromNativeSeparators(m_path->text().trimmed());
    // A bare name goes to the proposed folder, not wherever Tandem happened to start.
    return typed.isEmpty() || QDir::isAbsolutePath(typed) ? typed : QDir(m_folder).filePath(typed);
}

void ExportDialog::choose()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Bundle File"), tr("Tandem bundles (*.bundle)"), QStringLiteral("bundle"));
    if (path.isEmpty())
        return;
    m_pathChosen = true;
    m_path->setText(QDir::toNativeSeparators(path));
    m_error->hide();
    updateButtons();
}

void ExportDialog::partnersChanged()
{
    if (!m_pathChosen) {
        QStringList names;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                names << slug(m_partners[size_t(i)].name);
        }
        const QString name = names.isEmpty() ? QString()
                                             : tr("for-%1-%2.bundle")
                                                   .arg(names.join(QLatin1Char('+')),
                                                        QDate::currentDate().toString(Qt::ISODate));
        m_path->setText(name.isEmpty() ? QString()
                                       : QDir::toNativeSeparators(QDir(m_folder).filePath(name)));
    }
    updateButtons();
}

void ExportDialog::confirm()
{
    if (!m_export->isEnabled())
        return;
    QString path = bundlePath();
    if (QFileInfo(path).suffix().isEmpty())
        m_path->setText(QDir::toNativeSeparators(path += QStringLiteral(".bundle")));
    // Tandem never overwrites a file (an older bundle a partner has not merged yet, say).
    if (QFileInfo::exists(path)) {
        m_error->setText(
            tr("%1 already exists. Choose another name.").arg(QDir::toNativeSeparators(path)));
        m_error->show();
        return;
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        m_error->setText(tr("The folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        m_error->show();
        return;
    }
    accept();
}

void ExportDialog::updateButtons()
{
    m_export->setEnabled(!recipients().isEmpty() && !bundlePath().isEmpty());
}

} // namespace tandem
