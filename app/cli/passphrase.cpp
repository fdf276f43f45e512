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
                              Cli::tr("Read your passphrase from the first line of FILE "
                                      "(otherwise from TANDEM_PASSPHRASE, or asked for on a "
                                      "terminal)."),
                              Cli::tr("FILE"));
}

Result<QString> readPassphrase(const Args& args, const QString& context, bool confirm)
{
    return readPassphraseFrom(args, kOption, "TANDEM_PASSPHRASE", Cli::tr("Office passphrase: "), context, confirm);
}

QCommandLineOption newPassphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("new-passphrase-file"),
                              Cli::tr("Read the new person's passphrase from the first line of FILE "
                                      "(otherwise from TANDEM_NEW_PASSPHRASE, or asked for twice on a "
                                      "terminal)."),
                              Cli::tr("FILE"));
}

Result<QString> readNewPassphrase(const Args& args, const QString& context)
{
    return readPassphraseFrom(args, QStringLiteral("new-passphrase-file"), "TANDEM_NEW_PASSPHRASE",
                              Cli::tr("The new person's passphrase: "), context, true);
}

Result<QString> readPassphraseFrom(const Args& args, const QString& option, const char* variable,
                                   const QString& question, const QString& context, bool confirm)
{
    if (args.isSet(option)) {
        const QString path = args.value(option);
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
    const QByteArray fromEnvironment = qgetenv(variable);
    if (!fromEnvironment.isEmpty()) {
        Result<QString> decoded = decodeUtf8(fromEnvironment, QString::fromLatin1(variable));
        if (!decoded)
            return makeError(Cli::tr("the passphrase is not valid UTF-8 text"), QString::fromLatin1(variable));
        return *decoded;
    }
    if (isatty(STDIN_FILENO) != 1)
        return makeError(Cli::tr("the passphrase is needed: give --%1 FILE or set %2").arg(option, QString::fromLatin1(variable)),
                         context);
    const std::optional<QByteArray> first = prompt(question);
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
