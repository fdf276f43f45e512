#pragma once

#include <QDialog>

class QComboBox;

namespace tandem {

// Edit ▸ Preferences…: how long the office keys (and with them survivors' identities) stay
// unlocked while unused. The choice is kept in QSettings by IdentityController, which applies it.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    // The idle times offered, in minutes.
    static QList<int> idleChoices();

    PreferencesDialog(int idleMinutes, QWidget* parent = nullptr);

    int idleMinutes() const;

private:
    QComboBox* m_idle;
};

} // namespace tandem
