// tandem-report: tandem-cli with reports, which tandem-cli runs for its `report` command
// (report_exec.cpp). It is not meant to be started by hand, though it takes tandem-cli's command
// line and behaves the same.

#include "cli.h"

#include <QGuiApplication>

int main(int argc, char** argv)
{
    // Reports lay out text, and fonts need a QGuiApplication. The command line never shows a
    // window: the offscreen platform needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // What the platform says while it starts (e.g. that XDG_RUNTIME_DIR is not set) is not for
    // the user of a command line, whose stderr carries one line per failure.
    const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(previous);
    return tandem::cli::runMain(argc, argv);
}
