// tandem-cli: Tandem without the desktop application (DESIGN.md §5). Everything but the
// application object lives in the tandem_cli library.

#include "cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tandem-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    return tandem::cli::run(QCoreApplication::arguments());
}
