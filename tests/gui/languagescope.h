#pragma once

// The window's language for the length of a GUI test, shared by the reading and text-fit tests.

#include "language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tandem::test {

// The window's language for the length of a test, as language::install() sets it at start.
class LanguageScope {
public:
    explicit LanguageScope(const QString& code)
    {
        language::setChosen(code);
        m_locale = language::effectiveLocale();
        if (!code.isEmpty() && code != QLatin1String("en")) {
            m_loaded = m_tandem.load(QStringLiteral(":/i18n/tandem_%1.qm").arg(code));
            QCoreApplication::installTranslator(&m_tandem);
            if (m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qt);
        }
        QLocale::setDefault(m_locale);
        QGuiApplication::setLayoutDirection(m_locale.textDirection());
    }
    ~LanguageScope()
    {
        QCoreApplication::removeTranslator(&m_tandem);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale::c());
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        language::setChosen(QString());
    }
    bool loaded() const { return m_loaded; }
    QLocale locale() const { return m_locale; }

private:
    QTranslator m_tandem;
    QTranslator m_qt;
    QLocale m_locale;
    bool m_loaded = false;
};

} // namespace tandem::test
