#include "security/restoredialog.h"

#include "timetext.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"
#include "widgets/listsetup.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tandem {

QString backupTimeText(const BackupInfo& backup)
{
    return longTimeText(backup.madeAt);
}

RestoreDialog::RestoreDialog(const std::vector<BackupInfo>& backups, const QString& fileName,
                             QWidget* parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_table(named<QTableWidget>(QStringLiteral("backupsTable"), this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));

    auto* heading = new QLabel(tr("Backups of %1").arg(fileName), this);
    heading->setFont(TextStyle::scaled(heading->font(), 1.2));
    heading->setTextFormat(Qt::PlainText);
    auto* explanation = new QLabel(
        tr("Tandem copies the file before every restore, when it is opened (once a day) and closed "
           "after changes, and with File ▸ Back Up Now. Every merge of a bundle keeps an undo instead: "
           "what the merge changed, as it was before. The newest ones are kept (Preferences says how "
           "many). Choose the state to go back to; you are asked to confirm before anything changes."),
        this);
    explanation->setWordWrap(true);
    TextStyle::setCaption(explanation);

    m_table->setAccessibleName(tr("Backups, newest first"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Reason"), tr("Kind"), tr("Size")});
    ListSetup::setUpTable(m_table);
    m_table->setRowCount(int(m_backups.size()));
    for (int row = 0; row < int(m_backups.size()); ++row) {
        const BackupInfo& b = m_backups[size_t(row)];
        auto* made = new QTableWidgetItem(backupTimeText(b));
        made->setToolTip(b.path);
        m_table->setItem(row, 0, made);
        // The reason is stored as the file's name says it ("before merge from harbour shelter"):
        // a sentence of its own starts with a capital.
        QString reason = b.reason;
        if (!reason.isEmpty())
            reason[0] = reason[0].toUpper();
        m_table->setItem(row, 1, new QTableWidgetItem(reason));
        auto* kind = new QTableWidgetItem(b.undo ? tr("Undo") : tr("Whole file"));
        kind->setToolTip(b.undo ? tr("What one change (a merge) altered, as it was before: undoing it keeps "
                                     "what was done since to the other records")
                                : tr("A copy of the whole file: restoring it takes the file back as it was"));
        m_table->setItem(row, 2, kind);
        auto* size = new QTableWidgetItem(QLocale().formattedDataSize(b.bytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, size);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(chosen() != nullptr); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(680, 380);

    choose(0);
    m_restore->setEnabled(chosen() != nullptr);
}

const BackupInfo* RestoreDialog::chosen() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int row = selected.constFirst()->row();
    return row >= 0 && row < int(m_backups.size()) ? &m_backups[size_t(row)] : nullptr;
}

void RestoreDialog::choose(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->selectRow(row);
}

} // namespace tandem
