// tandem-cli's `report` command: hands the whole command line to the helper tandem-report.
//
// Laying out a report needs Qt Gui and Qt PDF, and loading them is most of what a short command
// costs (the dynamic linker was 64% of a `tandem-cli show`). So tandem-cli does not link them; the
// helper, installed beside it in libexec, is the same command-line program with reports, and this
// replaces the process with it (on Unix; elsewhere it runs it as a child): its output, its exit
// status and its error messages are the command's own. The helper's place relative to tandem-cli is fixed at build time, the same in the
// build tree and an installed tree (app/cli/CMakeLists.txt).

#include "commands.h"
#include "output.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#else
#include <QProcess>
#endif

namespace tandem::cli {

QString reportHelperPath()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                           + QStringLiteral(TANDEM_REPORT_HELPER_FROM_BIN));
}

int runReport(const QStringList& arguments)
{
    const QString helper = reportHelperPath();
    if (!QFileInfo(helper).isExecutable())
        return fail(makeError(Cli::tr("the report writer tandem-report is missing; reinstall Tandem"), helper));

#ifndef Q_OS_UNIX
    // No exec here: the helper runs as a child with this console, and its status is this one's.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    out().flush();
    err().flush();
    child.start(helper, QStringList{QStringLiteral("report")} + arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit)
        return fail(makeError(Cli::tr("the report writer could not be started: %1").arg(child.errorString()), helper));
    return child.exitCode();
#else
    std::vector<QByteArray> encoded{QByteArrayLiteral("tandem-cli"), QByteArrayLiteral("report")};
    for (const QString& argument : arguments)
        encoded.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    out().flush();
    err().flush();
    const QByteArray path = QFile::encodeName(helper);
    ::execv(path.constData(), argv.data());
    // execv returns only when it failed.
    return fail(makeError(Cli::tr("the report writer could not be started: %1")
                              .arg(QString::fromLocal8Bit(std::strerror(errno))),
                          helper));
#endif
}

} // namespace tandem::cli
