#pragma once

#include "util/timeformat.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QTabWidget;
class QSpinBox;
class QVBoxLayout;

namespace tandem {

// Edit ▸ Preferences…: the language of the window (as Help ▸ Language), how dates and times are
// written (the date style: the system's, day month year, or ISO 8601), how long the office keys
// (and with them survivors' identities) stay unlocked while unused, and the routine backups. The
// choices are kept in QSettings by IdentityController and FileSafetyController, which apply them.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    // The idle times offered, in minutes.
    static QList<int> idleChoices();

    // `language`: a code of language::available(), or empty for the system's.
    PreferencesDialog(int idleMinutes, const QString& language, QWidget* parent = nullptr);

    int idleMinutes() const;
    QString language() const;
    // The date style offered first is the one in use (util/timeformat.h).
    DateStyle dateStyle() const;

    // Backups: whether routine backups are made (on opening once a day, on closing after changes)
    // and how many backups of a file are kept.
    void setBackups(bool routine, int kept, int minimum, int maximum);
    bool routineBackups() const;
    int backupsKept() const;

    // Where new records go, per kind of record (core/domain/sharingdefaults.h): the kinds (entity
    // names) with the level each has now; `mayChange` false (not a lead) shows them read-only.
    // Without a file open the section is not shown.
    void setSharingDefaults(const QList<QPair<QString, QString>>& levels, bool mayChange, const QString& why);
    // Entity name -> level chosen, for the kinds shown.
    QMap<QString, QString> sharingDefaults() const;
    // Shows the Sharing page (when there is one).
    void showSharing();

    // How long the open file keeps survivors' identities after their case closed (core/domain/
    // retention.h): months, or none (kept until erased by hand); `mayChange` false (not a lead)
    // shows it read-only. On the Sharing page; without a file open it is not shown.
    void setRetention(std::optional<int> months, bool mayChange, const QString& why);
    std::optional<int> retention() const;

    // The largest file the open file attaches, in megabytes (store/attachmentstore.h); a lead's to
    // change. On the file's page; without a file open it is not shown.
    void setAttachmentLimit(int megabytes, bool mayChange, const QString& why);
    int attachmentLimit() const;

private:
    // The page of the open file's policies (Sharing), made on first use.
    QVBoxLayout* filePage();

    QComboBox* m_idle;
    QComboBox* m_language;
    QComboBox* m_dateStyle;
    QCheckBox* m_routine;
    QSpinBox* m_kept;
    QTabWidget* m_tabs;
    QGroupBox* m_sharingGroup;
    QList<QComboBox*> m_sharing;
    QVBoxLayout* m_filePage = nullptr;
    QSpinBox* m_retention = nullptr;
    QSpinBox* m_attachmentLimit = nullptr;
};

} // namespace tandem
