// Generates a demo of 10,000 operations (or --operations N) into a temporary file and prints the
// rows written, the time taken (wall clock, and the process's CPU time, which says more on a busy
// machine), rows per second and the size of the file.
//
//   bench_demo [--operations N] [--seed S] [--keep PATH]

#include "benchoffice.h"
#include "demo/demo.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace tandem;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption operations(QStringLiteral("operations"), QStringLiteral("Operations to generate."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Write the database here and keep it."),
                                  QStringLiteral("PATH"));
    parser.addOptions({operations, seed, keep});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = parser.isSet(keep) ? parser.value(keep) : dir.filePath(QStringLiteral("bench.tandem"));
    demo::Options options;
    options.operations = parser.value(operations).toInt();
    options.seed = parser.value(seed).toULongLong();
    options.anchor = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

    // Into a new file, as `tandem-cli demo NEW.tandem` and the window's demo database write it:
    // before the file is put in place (Store::create).
    Result<demo::Stats> stats = makeError(QString());
    double cpuSeconds = 0;
    Result<std::unique_ptr<Store>> store = bench::createOffice(path, QStringLiteral("Eastfold Police Service"), [&](Store& s) {
        const std::clock_t cpuStart = std::clock();
        stats = demo::generate(s, options);
        cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        return stats ? Result<void>() : stats.error();
    });
    if (!store || !stats) {
        std::fprintf(stderr, "bench_demo: %s\n", qPrintable((!stats ? stats.error() : store.error()).text()));
        return 1;
    }
    store->reset();
    const double seconds = double(stats->milliseconds) / 1000.0;
    std::printf("demo: %d operations, seed %llu\n", options.operations,
                static_cast<unsigned long long>(options.seed));
    for (auto it = stats->perEntity.cbegin(); it != stats->perEntity.cend(); ++it)
        std::printf("  %-18s %9lld rows\n", qPrintable(it.key()), static_cast<long long>(it.value()));
    std::printf("rows written:   %lld (and %lld updates)\n", static_cast<long long>(stats->rows),
                static_cast<long long>(stats->updates));
    std::printf("seconds:        %.2f (CPU %.2f)\n", seconds, cpuSeconds);
    std::printf("rows/s:         %.0f (per CPU second %.0f)\n", seconds > 0 ? double(stats->rows) / seconds : 0.0,
                cpuSeconds > 0 ? double(stats->rows) / cpuSeconds : 0.0);
    std::printf("writes/s:       %.0f (rows and updates)\n",
                seconds > 0 ? double(stats->rows + stats->updates) / seconds : 0.0);
    std::printf("file size:      %.1f MiB (%lld bytes)\n", double(QFileInfo(path).size()) / 1048576.0,
                static_cast<long long>(QFileInfo(path).size()));
    return 0;
}
