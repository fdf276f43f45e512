// tandem-cli: Tandem without the desktop application (DESIGN.md §5). Everything but the
// application object lives in the tandem_cli library.

#include "cli.h"

#include <QCoreApplication>

#include <optional>

int main(int argc, char** argv)
{
    // No Qt Gui here: `report`, the one command that lays out text, runs tandem-report
    // (report_exec.cpp, report_main.cpp). No application object either, but for the commands
    // that need one.
    std::optional<QCoreApplication> app;
    if (tandem::cli::needsApplication(argc, argv))
        app.emplace(argc, argv);
    return tandem::cli::runMain(argc, argv);
}
