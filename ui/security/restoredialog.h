#pragma once

#include "store/backup.h"

#include <QDialog>

#include <vector>

class QPushButton;
class QTableWidget;

namespace tandem {

// File ▸ Restore from Backup…: the file's automatic backups, newest first, with when each was
// made, why (before a merge, before a restore) and its size. The chosen one is restored after a
// confirmation (FileSafetyController).
class RestoreDialog : public QDialog {
    Q_OBJECT

public:
    RestoreDialog(const std::vector<BackupInfo>& backups, const QString& fileName,
                  QWidget* parent = nullptr);

    // The backup chosen; nothing chosen when the list is empty.
    const BackupInfo* chosen() const;
    // Selects the backup in `row` (for tests and the keyboard).
    void choose(int row);

private:
    std::vector<BackupInfo> m_backups;
    QTableWidget* m_table;
    QPushButton* m_restore;
};

// "12 March 2025 14:02" in the user's locale and time zone.
QString backupTimeText(const BackupInfo& backup);

} // namespace tandem
