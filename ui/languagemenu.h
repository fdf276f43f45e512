#pragma once

#include <QMenu>

namespace tandem {

// Help > Language: the system's language or one of those Tandem ships, kept in the settings
// (language::setChosen) and applied at the next start, which a message says.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

private:
    void choose(const QString& code, const QString& name);
};

} // namespace tandem
