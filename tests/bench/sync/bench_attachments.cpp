// Benchmark (issue 21, "Attachments and warrants"): a file of --megabytes (200 unless told) of
// incompressible bytes attached to an operation of office A, exported for office B, and merged
// there; each step's time and the process's peak resident memory during it (VmHWM, reset before
// each step through /proc/self/clear_refs). The goal: the merge keeps resident memory under
// 150 MiB, since a bundle's files are read and kept one part at a time (sync/bundle.h).
// Prints figures; not a pass/fail test.
//
//   bench_attachments [--megabytes N] [--keep DIR]

#include "../benchoffice.h"
#include "store/attachmentstore.h"
#include "store/keystore.h"
#include "store/store.h"
#include "sync/exchange.h"
#include "sync/partners.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>

using namespace tandem;
using namespace tandem::bench;

namespace {

// A line of /proc/self/status, in KiB.
qint64 statusKib(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Starts a new peak of resident memory from what is resident now (Linux 4.0 on).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

struct Step {
    qint64 ms;
    qint64 peakMib;
};

template <typename F>
Step measure(F&& work)
{
    resetPeak();
    QElapsedTimer t;
    t.start();
    work();
    return {t.elapsed(), statusKib("VmHWM:") / 1024};
}

std::unique_ptr<Store> office(const QString& path, const QString& name)
{
    return must(bench::createOffice(path, name));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption megabytes(QStringLiteral("megabytes"), QStringLiteral("Size of the attached file (200)."), QStringLiteral("N"),
                                 QStringLiteral("200"));
    QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Work in DIR and leave the files there."), QStringLiteral("DIR"));
    parser.addOptions({megabytes, keep});
    parser.process(app);
    if (sodium_init() < 0)
        return 1;
    const qint64 size = parser.value(megabytes).toLongLong() * 1'000'000;
    QTemporaryDir temp;
    const QString dir = parser.isSet(keep) ? parser.value(keep) : temp.path();
    QDir().mkpath(dir);

    // The file, written in parts (random bytes: nothing for the bundle's compression to take).
    const QString filePath = QDir(dir).filePath(QStringLiteral("floor-plans.bin"));
    {
        QFile f(filePath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        QByteArray part(1 << 20, Qt::Uninitialized);
        for (qint64 done = 0; done < size; done += part.size()) {
            const qsizetype n = qsizetype(std::min<qint64>(part.size(), size - done));
            randombytes_buf(part.data(), std::size_t(n));
            f.write(part.constData(), n);
        }
    }

    std::unique_ptr<Store> a = office(QDir(dir).filePath(QStringLiteral("a.tandem")), QStringLiteral("Bench Office A"));
    std::unique_ptr<Store> b = office(QDir(dir).filePath(QStringLiteral("b.tandem")), QStringLiteral("Bench Office B"));
    OfficeKeys keysA = must(unlockOfficeKeys(*a, kPassphrase));
    OfficeKeys keysB = must(unlockOfficeKeys(*b, kPassphrase));
    must(trustPartner(*a, must(ownCard(*b))));
    must(trustPartner(*b, must(ownCard(*a))));
    must(attachments::setLimit(*a, attachments::kMaxLimit));
    const QUuid op = must(a->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Bench")}}));
    const qint64 baseline = statusKib("VmRSS:") / 1024;

    const Step attach = measure([&] { must(attachments::attach(*a, keysA, QStringLiteral("operation"), op, filePath)); });
    const QString bundlePath = QDir(dir).filePath(QStringLiteral("a-to-b.bundle"));
    ExportOptions options;
    options.recipients << b->siteId();
    const Step exported = measure([&] { must(exportBundle(*a, keysA, options, bundlePath)); });
    MergeSummary merged;
    const Step merge = measure([&] { merged = must(mergeBundle(*b, keysB, bundlePath)); });

    std::printf("bench_attachments: one file of %.0f MB (incompressible), office A to office B\n", double(size) / 1e6);
    std::printf("  resident before the steps   %lld MiB\n", baseline);
    std::printf("  attach                      %7.2f s   peak resident %lld MiB\n", double(attach.ms) / 1000, attach.peakMib);
    std::printf("  export                      %7.2f s   peak resident %lld MiB   bundle %.1f MB\n", double(exported.ms) / 1000,
                exported.peakMib, double(QFile(bundlePath).size()) / 1e6);
    std::printf("  merge                       %7.2f s   peak resident %lld MiB   (goal: under 150 MiB)   %.1f MB kept\n",
                double(merge.ms) / 1000, merge.peakMib, double(merged.attachmentBytes) / 1e6);
    return 0;
}
