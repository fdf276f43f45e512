// tandem-cli: Tandem without the desktop application (DESIGN.md §5). Everything but the
// application object lives in the tandem_cli library.

#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // Reports lay out text, and fonts need a QGuiApplication; the other commands do without its
    // cost. The command line never shows a window: the offscreen platform needs no display.
    const bool laysOutText = argc > 1 && std::strcmp(argv[1], "report") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (laysOutText) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // What the platform says while it starts (e.g. that XDG_RUNTIME_DIR is not set) is not for
        // the user of a command line, whose stderr carries one line per failure.
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tandem-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    if (const std::optional<int> refused = tandem::cli::refuseInvalidText(argc, argv))
        return *refused;
    return tandem::cli::run(QCoreApplication::arguments());
}
