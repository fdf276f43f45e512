#pragma once

#include <QStringList>

#include <optional>

namespace tandem::cli {

// Runs tandem-cli with `arguments` as main() received them (the program name first) and returns
// the exit code of DESIGN.md §5: 0 on success, 1 on a failure, 2 on a usage error. Needs a
// QCoreApplication only for the commands needsApplication() names.
int run(const QStringList& arguments);

// Arguments as the system gave them (main's argv): one that is not valid UTF-8 would reach the
// database as U+FFFD replacement characters, so it is refused with a usage error (returns 2,
// after saying which argument and where); nothing when every argument is text.
std::optional<int> refuseInvalidText(int argc, const char* const* argv);

// Whether the command of `argv` needs an application object: one that waits for events (sync's
// watch) or runs the report writer beside this program (report). The others read or write a file
// and end; making a QCoreApplication (the system's locale, an event dispatcher) would add about a
// tenth of what the quickest of them costs in all (issue 19).
bool needsApplication(int argc, const char* const* argv);

// What both executables' main() does (tandem-cli's with a QCoreApplication when
// needsApplication() says so, tandem-report's with a QGuiApplication): names the program, refuses
// arguments that are not text, runs the command; returns the exit code.
int runMain(int argc, char** argv);

} // namespace tandem::cli
