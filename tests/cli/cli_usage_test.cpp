// The command line itself: help, version, and usage errors (exit 2) that touch no file.

#include "clirun.h"

#include <QFileInfo>

using namespace tandem::test;

namespace {

const QStringList kCommands = {
    QStringLiteral("init"),   QStringLiteral("demo"), QStringLiteral("list"),
    QStringLiteral("show"),   QStringLiteral("add"),  QStringLiteral("set"),
    QStringLiteral("delete"), QStringLiteral("move"), QStringLiteral("tick"), QStringLiteral("services"),
    QStringLiteral("refer"), QStringLiteral("withdraw-consent"),
    QStringLiteral("erase"), QStringLiteral("retention"), QStringLiteral("dump"),
    QStringLiteral("check"),  QStringLiteral("audit"), QStringLiteral("key"),  QStringLiteral("trust"),
    QStringLiteral("untrust"), QStringLiteral("group"), QStringLiteral("export"), QStringLiteral("merge"), QStringLiteral("sync"), QStringLiteral("seat"), QStringLiteral("attach"), QStringLiteral("attachments"), QStringLiteral("extract"), QStringLiteral("conflicts"),
    QStringLiteral("copy"), QStringLiteral("backup"), QStringLiteral("backups"), QStringLiteral("restore"),
    QStringLiteral("repair-clock"), QStringLiteral("import-protocol"), QStringLiteral("export-protocol"),
    QStringLiteral("retire-protocol"), QStringLiteral("report"), QStringLiteral("dashboard"), QStringLiteral("calendar"),
    QStringLiteral("person"),
    QStringLiteral("office"),
};

void requireUsageError(const CliRun& r)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(QStringLiteral("tandem-cli")));
    CHECK(r.err.contains(QStringLiteral("--help")));
}

} // namespace

TEST_CASE("--help lists exactly the commands that exist, and --version the version")
{
    const CliRun help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.err.isEmpty());
    CHECK(help.out.startsWith(QStringLiteral("Usage: tandem-cli COMMAND")));
    QStringList listed;
    for (const QString& line : help.out.split(QLatin1Char('\n'))) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (line.startsWith(QStringLiteral("  ")) && !words.isEmpty() &&
            !words.front().startsWith(QLatin1Char('-')))
            listed << words.front();
    }
    CHECK(listed == kCommands);
    CHECK(cli({QStringLiteral("-h")}).out == help.out);

    const CliRun version = cli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == QStringLiteral("tandem-cli " TANDEM_VERSION "\n"));
}

TEST_CASE("every command has --help, on stdout with exit 0")
{
    for (const QString& command : kCommands) {
        INFO(command.toStdString());
        const CliRun r = cli({command, QStringLiteral("--help")});
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out.startsWith(QStringLiteral("Usage: tandem-cli %1 ").arg(command)));
        CHECK(r.out.contains(QStringLiteral("-h, --help")));
        CHECK(cli({command, QStringLiteral("-h")}).out == r.out);
        for (const QString& line : r.out.split(QLatin1Char('\n')))
            CHECK(line.size() <= 80);
    }
}

TEST_CASE("an unknown command: exit 2, with the list")
{
    for (const char* later : {"help", "reports"}) {
        INFO(later);
        const CliRun r = cli({QString::fromLatin1(later), QStringLiteral("x.tandem")});
        requireUsageError(r);
        CHECK(r.errLines().front() ==
              QStringLiteral("tandem-cli: unknown command \"%1\"; the commands are: %2")
                  .arg(QString::fromLatin1(later), kCommands.join(QStringLiteral(", "))));
        CHECK_FALSE(r.err.contains(QStringLiteral("implemented")));
    }
}

TEST_CASE("usage errors exit with 2, say what is wrong, point to --help and touch no file")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.tandem"));
    const QString id = QStringLiteral("0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e");
    struct Case {
        QStringList arguments;
        QString says;
    };
    const std::vector<Case> cases = {
        {{}, QStringLiteral("a command is needed")},
        {{QStringLiteral("--frobnicate")}, QStringLiteral("unknown option \"--frobnicate\"")},
        {{QStringLiteral("list")}, QStringLiteral("DB is missing")},
        {{QStringLiteral("list"), db}, QStringLiteral("TYPE is missing")},
        {{QStringLiteral("list"), db, QStringLiteral("operation"), QStringLiteral("extra")},
         QStringLiteral("unexpected argument \"extra\"")},
        {{QStringLiteral("list"), db, QStringLiteral("spaceship")},
         QStringLiteral(
             "unknown record type \"spaceship\"; the types are: office, sharing_group, agency, operation,")},
        {{QStringLiteral("list"), db, QStringLiteral("operation"), QStringLiteral("--bogus")},
         QStringLiteral("Unknown option 'bogus'")},
        {{QStringLiteral("show"), db, QStringLiteral("operation"), QStringLiteral("not-an-id")},
         QStringLiteral("\"not-an-id\" is not an id")},
        {{QStringLiteral("add"), db, QStringLiteral("agency"), QStringLiteral("name")},
         QStringLiteral("\"name\" is not FIELD=VALUE")},
        {{QStringLiteral("add"), db, QStringLiteral("agency"), QStringLiteral("=x")},
         QStringLiteral("\"=x\" is not FIELD=VALUE")},
        {{QStringLiteral("add"), db, QStringLiteral("agency"), QStringLiteral("name=A"),
          QStringLiteral("name=B")},
         QStringLiteral("the field \"name\" is given twice")},
        {{QStringLiteral("set"), db, QStringLiteral("agency"), id},
         QStringLiteral("FIELD=VALUE is missing")},
        {{QStringLiteral("delete"), db, QStringLiteral("agency")}, QStringLiteral("ID is missing")},
        {{QStringLiteral("init"), db}, QStringLiteral("--office NAME is required")},
        {{QStringLiteral("init"), db, QStringLiteral("--office")},
         QStringLiteral("Missing value after '--office'")},
        {{QStringLiteral("init"), db, QStringLiteral("--office"), QStringLiteral("X"),
          QStringLiteral("--passphrase")},
         QStringLiteral("Unknown option 'passphrase'")},
        {{QStringLiteral("tick"), db, id, QStringLiteral("--state"), QStringLiteral("finished")},
         QStringLiteral("\"finished\" is not a state; the states are: open, in_progress, done, "
                        "not_applicable, declined")},
        {{QStringLiteral("tick"), db, id, QStringLiteral("--at"),
          QStringLiteral("2026-01-01 10:00")},
         QStringLiteral("--at \"2026-01-01 10:00\" is not a time in ISO 8601 with an offset")},
        {{QStringLiteral("tick"), db, id, QStringLiteral("--state"), QStringLiteral("open"),
          QStringLiteral("--by"), QStringLiteral("Sam")},
         QStringLiteral(
             "--at and --by go with the states done, not_applicable and declined, not with open")},
        {{QStringLiteral("tick"), db, id, QStringLiteral("--by"), QStringLiteral(" ")},
         QStringLiteral("--by needs a name")},
        {{QStringLiteral("demo"), db, QStringLiteral("--operations"), QStringLiteral("0")},
         QStringLiteral("--operations \"0\" is not a whole number from 1 to 100000")},
        {{QStringLiteral("demo"), db, QStringLiteral("--seed"), QStringLiteral("-1")},
         QStringLiteral("--seed \"-1\" is not a whole number")},
        {{QStringLiteral("list"), db, QStringLiteral("survivor"), QStringLiteral("--identities")},
         QStringLiteral("--identities applies only to records with identifying details")},
        {{QStringLiteral("add"), db, QStringLiteral("survivor_identity"),
          QStringLiteral("--identities")},
         QStringLiteral("--identities goes with --json")},
        {{QStringLiteral("dump"), db, QStringLiteral("--json")},
         QStringLiteral("Unknown option 'json'")},
    };
    for (const Case& c : cases) {
        INFO("tandem-cli " << c.arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun r = cli(c.arguments);
        requireUsageError(r);
        CHECK(r.err.contains(c.says));
        CHECK(r.errLines().size() == 2);
    }
    CHECK_FALSE(QFileInfo::exists(db));
}
