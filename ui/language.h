#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace tandem {

// The languages of Tandem's window and how one is chosen: the system's by default, or the one
// kept in the settings under "ui/language" (an empty value means the system's). A change applies
// the next time Tandem starts: widgets made before it would keep the old language.
namespace language {

struct Language {
    QString code;       // the QLocale name's language part: "es"; empty for the system's
    QString nativeName; // the name in that language: "Español"
};

// English and the languages whose translations are compiled in (":/i18n/tandem_<code>.qm").
QList<Language> available();

// The language chosen in the settings ("" for the system's).
QString chosen();
void setChosen(const QString& code);

// The locale Tandem runs in: the chosen language, or the system's locale; Arabic with Latin
// digits (one digit system on every screen, as codes and versions are written in Latin digits).
QLocale effectiveLocale();

// Installs Tandem's translation and Qt's own (dialog buttons) for effectiveLocale() into `app`,
// makes it the default QLocale (dates, times and numbers), sets the layout direction
// (right-to-left for Arabic) and the date style of the settings (datestyle.h). Returns the locale
// installed.
QLocale install(QCoreApplication& app);

} // namespace language
} // namespace tandem
