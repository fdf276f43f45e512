#pragma once

#include <QMenu>

namespace tandem {

// Help > Language: the system's language or one of those Tandem ships, kept in the settings
// (language::setChosen) and applied at the next start, which a message says.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // Keeps `code` (empty: the system's language) for the next start and says so; Edit ▸
    // Preferences uses it too.
    static void change(QWidget* parent, const QString& code);
};

} // namespace tandem
