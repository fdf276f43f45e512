#include "args.h"

#include "output.h"
#include "passphrase.h"
#include "session.h"

#include <algorithm>

namespace tandem::cli {
namespace {

QString optionSyntax(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QLatin1Char(' ') + option.valueName();
    return syntax;
}

// Breaks `text` into lines of at most `width` characters at spaces, keeping its own line breaks;
// lines after the first start with `indent` spaces.
QString wrapped(const QString& text, qsizetype width, qsizetype indent)
{
    QStringList out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                out << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out << line;
    }
    return out.join(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
}

constexpr qsizetype kHelpWidth = 80;

} // namespace

Args::Args(const QString& command, const QStringList& positional, const QString& description)
    : m_command(command)
    , m_positional(positional)
    , m_description(description)
{
    addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                 Cli::tr("Show this help.")));
    // Who acts, proven by their passphrase (DESIGN.md §5): every command on a database.
    if (positional.value(0) == QLatin1String("DB")) {
        addOption(asOption());
        addOption(passphraseFileOption());
    }
}

void Args::addOption(const QCommandLineOption& option)
{
    for (const QCommandLineOption& known : m_options) {
        if (known.names() == option.names())
            return;
    }
    m_options.push_back(option);
    m_parser.addOption(option);
}

std::optional<int> Args::parse(const QStringList& arguments)
{
    const bool parsed = m_parser.parse(QStringList{QStringLiteral("tandem-cli")} + arguments);
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << helpText();
        return ExitOk;
    }
    if (!parsed)
        return usageError(m_parser.errorText());

    const QStringList given = m_parser.positionalArguments();
    const QString last = m_positional.value(m_positional.size() - 1);
    // "[NAME...]": any number; "[NAME]": one or none.
    const bool optionalLast = last.startsWith(QLatin1Char('[')) && last.endsWith(QLatin1Char(']'));
    const bool anyNumber = optionalLast && last.endsWith(QStringLiteral("...]"));
    const bool oneOrMore = !anyNumber && last.endsWith(QStringLiteral("..."));
    const qsizetype required = optionalLast ? m_positional.size() - 1 : m_positional.size();
    if (given.size() < required)
        return usageError(
            Cli::tr("%1 is missing")
                .arg(QString(m_positional[given.size()]).remove(QStringLiteral("..."))));
    if (!anyNumber && !oneOrMore && given.size() > m_positional.size())
        return usageError(Cli::tr("unexpected argument \"%1\"").arg(given[m_positional.size()]));
    return std::nullopt;
}

int Args::usageError(const QString& message) const
{
    out().flush();
    err() << "tandem-cli " << m_command << ": " << message << '\n'
          << Cli::tr("Run 'tandem-cli %1 --help' for its arguments and options.").arg(m_command)
          << Qt::endl;
    return ExitUsage;
}

QString Args::helpText() const
{
    QString text = Cli::tr("Usage: tandem-cli %1 %2 [options]")
                       .arg(m_command, m_positional.join(QLatin1Char(' ')))
                       .simplified() +
                   QStringLiteral("\n\n") + wrapped(m_description, kHelpWidth, 0) +
                   QStringLiteral("\n\n") + Cli::tr("Options:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const QCommandLineOption& option : m_options)
        width = std::max(width, optionSyntax(option).size());
    for (const QCommandLineOption& option : m_options)
        text += QStringLiteral("  ") + optionSyntax(option).leftJustified(width) +
                QStringLiteral("  ") +
                wrapped(option.description(), kHelpWidth - width - 4, width + 4) +
                QLatin1Char('\n');
    return text;
}

} // namespace tandem::cli
