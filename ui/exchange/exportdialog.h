#pragma once

#include "sync/partners.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace tandem {

// What to export for whom: one or more trusted partners (checkboxes), only what is new to them or
// everything, and the bundle file to write. The file name is proposed from the partners' names
// and today's date until the user picks one; an existing file is refused here, before anything
// is unlocked or written.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const std::vector<Partner>& partners, const QString& folder,
                 QWidget* parent = nullptr);

    QList<QByteArray> recipients() const;
    bool full() const;
    QString bundlePath() const;

private:
    void choose();
    void partnersChanged();
    void confirm();
    void updateButtons();

    std::vector<Partner> m_partners;
    QString m_folder;
    QListWidget* m_list;
    QRadioButton* m_incremental;
    QRadioButton* m_full;
    QLineEdit* m_path;
    QLabel* m_error;
    QPushButton* m_export;
    bool m_pathChosen = false; // by the user: no longer proposed
};

} // namespace tandem
