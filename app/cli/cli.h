#pragma once

#include <QStringList>

namespace tandem::cli {

// Runs tandem-cli with `arguments` as main() received them (the program name first) and returns
// the exit code of DESIGN.md §5: 0 on success, 1 on a failure, 2 on a usage error. Needs a
// QCoreApplication.
int run(const QStringList& arguments);

} // namespace tandem::cli
