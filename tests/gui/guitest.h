#pragma once

#include "dialogs/prompts.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

// main() for a QTest GUI test: a QApplication named like the real one, settings and data in a
// temporary home of its own (so tests never see the user's files, nor each other's when ctest runs
// them in parallel), QStandardPaths' test mode, and Dialogs answering for the user.
#define TANDEM_GUI_TEST_MAIN(TestClass)                                                           \
    int main(int argc, char** argv)                                                               \
    {                                                                                             \
        QTemporaryDir home;                                                                       \
        if (!home.isValid())                                                                      \
            return 3;                                                                             \
        qputenv("HOME", QFile::encodeName(home.path()));                                          \
        QApplication app(argc, argv);                                                             \
        QApplication::setOrganizationName(QStringLiteral("Tandem"));                              \
        QApplication::setApplicationName(QStringLiteral("Tandem"));                               \
        QApplication::setQuitOnLastWindowClosed(false);                                           \
        QStandardPaths::setTestModeEnabled(true);                                                 \
        tandem::Dialogs::setTestMode(true);                                                       \
        TestClass test;                                                                           \
        return QTest::qExec(&test, argc, argv);                                                   \
    }

namespace tandem::test {

// Clicks `w` as a person would: the test fails, naming the control, when it is missing, hidden or
// disabled.
inline void click(QWidget* w)
{
    QVERIFY2(w && w->isVisible() && w->isEnabled(), w ? qPrintable(w->objectName()) : "missing");
    QTest::mouseClick(w, Qt::LeftButton);
}

} // namespace tandem::test
