// tandem: the desktop application. Parses the command line and opens the main window.

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationName(QStringLiteral("Tandem"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tandem"));
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tandem"));

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
        QApplication::translate("main", "The Tandem file to open. Without one, the last file opened."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        parser.showHelp(2);
    if (!files.isEmpty() && parser.isSet(demoOption)) {
        qCritical().noquote() << QApplication::translate("main", "tandem: give either a FILE or --demo, not both");
        return 2;
    }

    tandem::MainWindow window;
    window.show();
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    else if (parser.isSet(demoOption) || !window.reopenLast())
        window.openDemo();
    return app.exec();
}
