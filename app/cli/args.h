#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>
#include <vector>

namespace tandem::cli {

// The command line of one subcommand: its positional arguments, its options, --help, and the
// usage errors (exit 2) when the line does not fit. Options are declared per command, so a
// command accepts exactly what it uses.
//
// Secrets never come from here: when passphrases arrive (the key issue), they are read from
// --passphrase-file, TANDEM_PASSPHRASE or a prompt, never from an option's value, because
// arguments show up in `ps` and in shell history.
class Args {
public:
    // `positional` names the arguments for the usage line, e.g. {"DB", "TYPE"}. The last may end
    // in "..." for one or more, or be "[NAME...]" for any number.
    Args(const QString& command, const QStringList& positional, const QString& description);

    void addOption(const QCommandLineOption& option);

    // Parses the arguments that follow the command name. Returns the exit code when the command
    // must stop here (0 after --help, 2 after a usage error, both already printed); nothing when
    // it may go on.
    [[nodiscard]] std::optional<int> parse(const QStringList& arguments);

    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    QStringList positionalFrom(int index) const
    {
        return m_parser.positionalArguments().mid(index);
    }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    QStringList values(const QString& option) const { return m_parser.values(option); }

    // Prints "tandem-cli COMMAND: message" and where to find help on stderr; returns 2.
    int usageError(const QString& message) const;
    QString helpText() const;

private:
    QString m_command;
    QStringList m_positional;
    QString m_description;
    std::vector<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
};

} // namespace tandem::cli
