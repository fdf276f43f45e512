#include "passphrase.h"

#include "args.h"
#include "output.h"

#include "util/input.h"

#include <QFile>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace tandem::cli {
namespace {

const QString kOption = QStringLiteral("passphrase-file");
constexpr qint64 kMaxPassphraseLine = 4096;

// One line from the terminal with echo off, as bytes (at most kMaxPassphraseLine + 1 kept).
std::optional<QByteArray> prompt(const QString& question)
{
    err() << question << Qt::flush;
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n') {
        if (line.size() <= kMaxPassphraseLine)
            line.append(char(c));
    }
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err() << Qt::endl;
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    return line;
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
        // The first line, read with a bound (a device such as /dev/zero never ends a line).
        QByteArray bytes = file.read(kMaxPassphraseLine + 2);
        const qsizetype end = bytes.indexOf('\n');
        if (end < 0 && bytes.size() > kMaxPassphraseLine + 1)
            return makeError(Cli::tr("the passphrase file's first line is longer than %1 bytes").arg(kMaxPassphraseLine), path);
        if (end >= 0)
            bytes.truncate(end);
        Result<QString> decoded = decodeUtf8(bytes, path);
        if (!decoded || bytes.contains('\0'))
            return makeError(Cli::tr("the passphrase is not valid UTF-8 text"), path);
        QString line = *decoded;
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            return makeError(Cli::tr("the passphrase file's first line is empty"), path);
        return line;
    }
    const QByteArray fromEnvironment = qgetenv("TANDEM_PASSPHRASE");
    if (!fromEnvironment.isEmpty()) {
        Result<QString> decoded = decodeUtf8(fromEnvironment, QStringLiteral("TANDEM_PASSPHRASE"));
        if (!decoded)
            return makeError(Cli::tr("the passphrase is not valid UTF-8 text"), QStringLiteral("TANDEM_PASSPHRASE"));
        return *decoded;
    }
    if (isatty(STDIN_FILENO) != 1)
        return makeError(Cli::tr("the office passphrase is needed: give --passphrase-file FILE or "
                                 "set TANDEM_PASSPHRASE"),
                         context);
    const std::optional<QByteArray> first = prompt(Cli::tr("Office passphrase: "));
    if (!first || first->isEmpty())
        return makeError(Cli::tr("no passphrase was given"), context);
    if (first->size() > kMaxPassphraseLine)
        return makeError(Cli::tr("the passphrase is longer than %1 bytes").arg(kMaxPassphraseLine), context);
    Result<QString> decoded = decodeUtf8(*first, context);
    if (!decoded)
        return makeError(Cli::tr("the passphrase is not valid UTF-8 text"), context);
    if (confirm) {
        const std::optional<QByteArray> second = prompt(Cli::tr("The same passphrase again: "));
        if (!second || *second != *first)
            return makeError(Cli::tr("the two passphrases differ"), context);
    }
    return *decoded;
}

} // namespace tandem::cli
