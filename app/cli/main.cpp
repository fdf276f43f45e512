// tandem-cli: Tandem without the desktop application (DESIGN.md §5). Everything but the
// application object lives in the tandem_cli library.

#include "cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    // No Qt Gui here: `report`, the one command that lays out text, runs tandem-report
    // (report_exec.cpp, report_main.cpp).
    QCoreApplication app(argc, argv);
    return tandem::cli::runMain(argc, argv);
}
