// tandem: the desktop application. Parses the command line and opens the main window.

#include "focusstyle.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationName(QStringLiteral("Tandem"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tandem"));
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    // The .desktop file's name (packaging/): desktops match the window to its icon by it.
    QApplication::setDesktopFileName(QStringLiteral(TANDEM_APP_ID));
    // Before anything shows text, --help included: the chosen language, or the system's.
    tandem::language::install(app);
    // A keyboard focus that can be seen on every button.
    tandem::installFocusStyle();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Joint operations and survivor assistance for anti-trafficking task forces."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo database of invented operations (made on first use)."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "The Tandem file to open. Without one, the file opened last, or else the welcome screen."),
        QStringLiteral("[FILE]"));
    // Usage errors exit with 2, as tandem-cli's do; process() then handles --help and --version.
    const auto usageError = [](const QString& message) {
        std::fprintf(stderr, "tandem: %s\n%s\n", qPrintable(message),
                     qPrintable(QApplication::translate("main", "Try 'tandem --help'.")));
        return 2;
    };
    if (!parser.parse(QApplication::arguments()))
        return usageError(parser.errorText());
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return usageError(QApplication::translate("main", "give one FILE at most"));
    if (!files.isEmpty() && parser.isSet(demoOption))
        return usageError(QApplication::translate("main", "give either a FILE or --demo, not both"));

    tandem::MainWindow window;
    window.show();
    // Opened from the event loop, so that the window is on screen before any progress or error.
    const QString file = files.value(0);
    const bool demo = parser.isSet(demoOption);
    QTimer::singleShot(0, &window, [&window, file, demo] { window.openAtStart(file, demo); });
    return app.exec();
}
