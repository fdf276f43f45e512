#include "language.h"

#include "datestyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace tandem::language {
namespace {

const QString kKey = QStringLiteral("ui/language");
const QString kResourceDir = QStringLiteral(":/i18n");

// Arabic with Latin digits. A screen shows numbers the locale writes (counts, times) beside
// numbers it does not (survivor codes, versions, coordinates), and must not mix two digit systems;
// most Arabic locales write Arabic-Indic digits, the Emirates' writes Latin ones with the same words.
QLocale withLatinDigits(const QLocale& locale)
{
    if (locale.language() == QLocale::Arabic && locale.zeroDigit() != QLatin1String("0"))
        return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    return locale;
}

} // namespace

QList<Language> available()
{
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    // The .qm files qt_add_translations compiled in: adding a .ts file adds a language here.
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("tandem_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(7, file.size() - 10); // tandem_<code>.qm
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "español" in a menu of names reads as "Español"
        languages.append({code, name.isEmpty() ? code : name});
    }
    return languages;
}

QString chosen()
{
    return QSettings().value(kKey).toString();
}

void setChosen(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QLocale effectiveLocale()
{
    const QString code = chosen();
    return withLatinDigits(code.isEmpty() ? QLocale::system() : QLocale(code));
}

QLocale install(QCoreApplication& app)
{
    const QLocale locale = effectiveLocale();
    QLocale::setDefault(locale);
    // English is the source language: no translator, and a missing translation falls back to it.
    auto* tandem = new QTranslator(&app);
    if (tandem->load(locale, QStringLiteral("tandem"), QStringLiteral("_"), kResourceDir))
        QCoreApplication::installTranslator(tandem);
    else
        delete tandem;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (qobject_cast<QGuiApplication*>(&app))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    datestyle::apply();
    return locale;
}

} // namespace tandem::language
