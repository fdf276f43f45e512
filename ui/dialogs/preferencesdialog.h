#pragma once

#include "util/timeformat.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

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

private:
    QComboBox* m_idle;
    QComboBox* m_language;
    QComboBox* m_dateStyle;
    QCheckBox* m_routine;
    QSpinBox* m_kept;
};

} // namespace tandem
