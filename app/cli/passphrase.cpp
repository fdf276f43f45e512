#include "passphrase.h"

#include "args.h"
#include "output.h"

#include <QFile>

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace tandem::cli {
namespace {

const QString kOption = QStringLiteral("passphrase-file");

// One line from the terminal with echo off.
std::optional<QString> prompt(const QString& question)
{
    err() << question << Qt::flush;
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.push_back(char(c));
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err() << Qt::endl;
    if (c == EOF && line.empty())
        return std::nullopt;
    return QString::fromStdString(line);
}

} // namespace

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(kOption,
                              Cli::tr("Read the office passphrase from the first line of FILE "
                                      "(otherwise from TANDEM_PASSPHRASE, or asked for on a "
                                      "terminal)."),
                              Cli::tr("FILE"));
}

Result<QString> readPassphrase(const Args& args, const QString& context, bool confirm)
{
    if (args.isSet(kOption)) {
        const QString path = args.value(kOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Cli::tr("cannot read the passphrase file: %1").arg(file.errorString()), path);
        QString line = QString::fromUtf8(file.readLine(4096));
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            return makeError(Cli::tr("the passphrase file's first line is empty"), path);
        return line;
    }
    const QString fromEnvironment = qEnvironmentVariable("TANDEM_PASSPHRASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (isatty(STDIN_FILENO) != 1)
        return makeError(Cli::tr("the office passphrase is needed: give --passphrase-file FILE or "
                                 "set TANDEM_PASSPHRASE"),
                         context);
    const std::optional<QString> first = prompt(Cli::tr("Office passphrase: "));
    if (!first || first->isEmpty())
        return makeError(Cli::tr("no passphrase was given"), context);
    if (confirm) {
        const std::optional<QString> second = prompt(Cli::tr("The same passphrase again: "));
        if (!second || *second != *first)
            return makeError(Cli::tr("the two passphrases differ"), context);
    }
    return *first;
}

} // namespace tandem::cli
