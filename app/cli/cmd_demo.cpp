// demo: the deterministic demo generator (core/demo) into a new or existing database.

#include "commands.h"
#include "passphrase.h"

#include "domain/office.h"
#include "output.h"

#include "demo/demo.h"

#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace tandem::cli {
namespace {

constexpr int kMaxOperations = 100000;

} // namespace

int runDemo(const QStringList& arguments)
{
    const demo::Options defaults;
    Args args(
        QStringLiteral("demo"), {QStringLiteral("DB")},
        Cli::tr("Writes invented demo data into DB: agencies, operations with their targets, "
                "assignments, tasks and notes, survivors with their checklists, services. "
                "Creates DB first (for the office \"Demo Office\", with keys wrapped with the office "
                "passphrase) when it does not exist. The "
                "same --operations and --seed give the same records. Everything is written in "
                "one transaction: on a failure DB is left as it was (and a DB made for the demo "
                "is removed again). Shows progress when standard error is a terminal and prints "
                "the rows written per type."));
    const QString operations = QStringLiteral("operations");
    const QString seed = QStringLiteral("seed");
    args.addOption(passphraseFileOption());
    args.addOption(QCommandLineOption(operations,
                                      Cli::tr("How many operations to invent, 1 to %1 "
                                              "(default: %2).")
                                          .arg(kMaxOperations)
                                          .arg(defaults.operations),
                                      Cli::tr("N")));
    args.addOption(QCommandLineOption(seed,
                                      Cli::tr("The seed of the generator, a whole number "
                                              "(default: %1).")
                                          .arg(defaults.seed),
                                      Cli::tr("S")));
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;

    demo::Options options;
    if (args.isSet(operations)) {
        bool ok = false;
        options.operations = args.value(operations).toInt(&ok);
        if (!ok || options.operations < 1 || options.operations > kMaxOperations)
            return args.usageError(Cli::tr("--operations \"%1\" is not a whole number from 1 to %2")
                                       .arg(args.value(operations))
                                       .arg(kMaxOperations));
    }
    if (args.isSet(seed)) {
        bool ok = false;
        options.seed = args.value(seed).toULongLong(&ok);
        if (!ok)
            return args.usageError(Cli::tr("--seed \"%1\" is not a whole number from 0 to %2")
                                       .arg(args.value(seed))
                                       .arg(std::numeric_limits<quint64>::max()));
    }

    demo::Progress progress;
    if (stderrIsTerminal()) {
        progress = [](int done, int total) {
            err() << '\r' << Cli::tr("Inventing operation %1 of %2").arg(done).arg(total);
            err().flush();
            return true;
        };
    }

    const QString path = args.positional(0);
    Result<demo::Stats> stats = makeError(QString());
    Result<std::unique_ptr<Store>> store = makeError(QString());
    if (!QFileInfo::exists(path)) {
        // A new file is a whole office (keys and default protocols): the demo's survivors have
        // identities, which are kept sealed to the office's key. The demo is written before the
        // file is put in place, so a failure or a kill leaves no file at all.
        Result<QString> passphrase = readPassphrase(args, path, true);
        if (!passphrase)
            return fail(passphrase.error());
        store = createOffice(path, QStringLiteral("Demo Office"), *passphrase, [&](Store& s) -> Result<void> {
            stats = demo::generate(s, options, progress);
            if (!stats)
                return stats.error();
            return {};
        });
    } else {
        store = Store::open(path);
        if (store)
            stats = demo::generate(**store, options, progress);
    }
    if (progress)
        err() << Qt::endl;
    if (!store)
        return fail(store.error());
    if (!stats)
        return fail(stats.error());

    out() << Cli::tr("%1 rows written to %2 in %3 s:")
                 .arg(stats->rows)
                 .arg(path)
                 .arg(double(stats->milliseconds) / 1000.0, 0, 'f', 1)
          << '\n';
    qsizetype width = 0;
    for (auto it = stats->perEntity.begin(); it != stats->perEntity.end(); ++it)
        width = std::max(width, it.key().size());
    const qsizetype digits = QString::number(stats->rows).size();
    for (auto it = stats->perEntity.begin(); it != stats->perEntity.end(); ++it)
        out() << "  " << it.key().leftJustified(width) << "  "
              << QString::number(it.value()).rightJustified(digits) << '\n';
    return ExitOk;
}

} // namespace tandem::cli
