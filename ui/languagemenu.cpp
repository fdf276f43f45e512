#include "languagemenu.h"

#include "dialogs/prompts.h"
#include "language.h"

#include <QActionGroup>

namespace tandem {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const QString current = language::chosen();
    const auto add = [this, group, &current](const QString& code, const QString& text) {
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { change(parentWidget(), code); });
    };
    add(QString(), tr("The System's Language"));
    addSeparator();
    for (const language::Language& l : language::available())
        add(l.code, l.nativeName);
    // The choice may also change in Edit ▸ Preferences.
    connect(this, &QMenu::aboutToShow, this, [this] {
        const QString chosen = language::chosen();
        for (QAction* action : actions())
            if (action->isCheckable())
                action->setChecked(action->data().toString() == chosen);
    });
}

void LanguageMenu::change(QWidget* parent, const QString& code)
{
    if (code == language::chosen())
        return;
    QString name = tr("the system's language");
    for (const language::Language& l : language::available())
        if (l.code == code)
            name = l.nativeName;
    language::setChosen(code);
    Dialogs::message(parent, QMessageBox::Information, tr("Language"),
                     tr("Tandem will use %1 the next time it starts.").arg(name),
                     tr("Quit Tandem and start it again to see the change."));
}

} // namespace tandem
