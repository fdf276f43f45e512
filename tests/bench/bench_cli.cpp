// Benchmark (DESIGN.md §6): one tandem-cli read or write against the sqlite3 shell doing the same
// statement on the same file, each a whole process as a person or a script runs it, alternating,
// the median of --repeat runs (5). The writes toggle a value so that every run really writes; the
// shell writes to a copy of the file (a raw UPDATE would leave the file without versions).
//
//   bench_cli DB [--repeat R] [--sqlite3 PATH]
//
// DB: a Tandem file, e.g. `tandem-cli demo DB --operations 10000`. A write through tandem-cli
// proves who makes it with that person's passphrase (DESIGN.md §7): set TANDEM_PASSPHRASE.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// Runs a program to its end; the wall time in milliseconds, or a negative number when it failed.
double run(const QString& program, const QStringList& arguments, QByteArray* out = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_cli: %s %s failed: %s\n", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return -1;
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (out)
        *out = p.readAllStandardOutput();
    return ms;
}

struct Pair {
    const char* name;
    std::function<QStringList(int run)> cli;
    std::function<QStringList(int run)> shell;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("A Tandem file."));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs of each figure."), QStringLiteral("R"),
                                    QStringLiteral("5"));
    const QCommandLineOption shellOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."), QStringLiteral("PATH"),
                                         QStringLiteral("sqlite3"));
    parser.addOptions({repeat, shellOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString db = parser.positionalArguments().first();
    const int runs = std::max(1, parser.value(repeat).toInt());
    const QString cli = QStringLiteral(TANDEM_CLI_PATH);
    const QString shell = QStandardPaths::findExecutable(parser.value(shellOption));
    if (shell.isEmpty()) {
        std::fprintf(stderr, "bench_cli: no sqlite3 shell found (packaging/install-deps.sh installs it)\n");
        return 1;
    }

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("shell-copy.tandem"));
    if (!QFile::copy(db, copy)) {
        std::fprintf(stderr, "bench_cli: cannot copy %s\n", qPrintable(db));
        return 1;
    }
    QByteArray picked;
    // An operation still being planned (a closed one's plan takes no edits), from the middle.
    if (run(shell, {db, QStringLiteral("SELECT lower(hex(id)) FROM operation WHERE deleted = 0 AND status IN ('draft', 'planned') "
                                       "ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM operation WHERE deleted = 0 "
                                       "AND status IN ('draft', 'planned'))")},
            &picked)
        < 0)
        return 1;
    const QString hex = QString::fromLatin1(picked.trimmed());
    const QString id = QUuid::fromRfc4122(QByteArray::fromHex(hex.toLatin1())).toString(QUuid::WithoutBraces);
    const QString where = QStringLiteral(" WHERE id = x'%1'").arg(hex);
    const auto level = [](int r) { return r % 2 ? QStringLiteral("high") : QStringLiteral("medium"); };

    const std::vector<Pair> pairs{
        {"read one record", [&](int) { return QStringList{QStringLiteral("show"), db, QStringLiteral("operation"), id}; },
         [&](int) { return QStringList{db, QStringLiteral("SELECT * FROM operation") + where}; }},
        {"list operations", [&](int) { return QStringList{QStringLiteral("list"), db, QStringLiteral("operation")}; },
         [&](int) {
             return QStringList{db, QStringLiteral("SELECT id, code_name, status, trafficking_type, starts_at FROM operation "
                                                   "WHERE deleted = 0 ORDER BY starts_at")};
         }},
        {"write one field",
         [&](int r) { return QStringList{QStringLiteral("set"), db, QStringLiteral("operation"), id, QStringLiteral("risk_level=") + level(r)}; },
         [&](int r) { return QStringList{copy, QStringLiteral("UPDATE operation SET risk_level = '%1'").arg(level(r)) + where}; }},
    };

    std::printf("%s, operation %s; median of %d runs, milliseconds (whole processes)\n", qPrintable(db), qPrintable(id), runs);
    std::printf("%-18s %10s %10s %8s\n", "", "tandem-cli", "sqlite3", "ratio");
    for (const Pair& p : pairs) {
        std::vector<double> ours, theirs;
        for (int r = 0; r < runs; ++r) {
            const double a = run(cli, p.cli(r));
            const double b = run(shell, p.shell(r));
            if (a < 0 || b < 0)
                return 1;
            ours.push_back(a);
            theirs.push_back(b);
        }
        const double a = median(ours);
        const double b = median(theirs);
        std::printf("%-18s %10.1f %10.1f %7.1fx\n", p.name, a, b, b > 0 ? a / b : 0.0);
        std::fflush(stdout);
    }
    return 0;
}
