#include "languagemenu.h"

#include "dialogs.h"
#include "language.h"

#include <QActionGroup>

namespace tandem {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const QString current = language::chosen();
    const auto add = [this, group, &current](const QString& code, const QString& text, const QString& name) {
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, name] { choose(code, name); });
    };
    add(QString(), tr("The System's Language"), tr("the system's language"));
    addSeparator();
    for (const language::Language& l : language::available())
        add(l.code, l.nativeName, l.nativeName);
}

void LanguageMenu::choose(const QString& code, const QString& name)
{
    if (code == language::chosen())
        return;
    language::setChosen(code);
    Dialogs::message(parentWidget(), QMessageBox::Information, tr("Language"),
                     tr("Tandem will use %1 the next time it starts.").arg(name),
                     tr("Quit Tandem and start it again to see the change."));
}

} // namespace tandem
