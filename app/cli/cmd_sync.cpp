// sync: exchange through a shared folder (DESIGN.md §9, issue 20).

#include "commands.h"
#include "output.h"
#include "passphrase.h"
#include "session.h"

#include "store/store.h"
#include "sync/exchangefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace tandem::cli {
namespace {

const QString kJson = QStringLiteral("json");

QJsonObject passJson(const FolderPass& pass)
{
    QJsonArray merged;
    for (size_t i = 0; i < pass.merged.size(); ++i) {
        const MergeCounts t = pass.merged[i].total();
        merged.append(QJsonObject{{QStringLiteral("file"), pass.mergedFiles.value(qsizetype(i))},
                                  {QStringLiteral("sender"), pass.merged[i].senderName},
                                  {QStringLiteral("new"), t.added},
                                  {QStringLiteral("updated"), t.updated},
                                  {QStringLiteral("deleted"), t.deleted},
                                  {QStringLiteral("conflicts"), pass.merged[i].conflicts}});
    }
    QJsonArray aside;
    for (const FolderProblem& p : pass.setAside)
        aside.append(QJsonObject{{QStringLiteral("file"), p.file}, {QStringLiteral("reason"), p.reason}});
    return {{QStringLiteral("written"), QJsonArray::fromStringList(pass.written)},
            {QStringLiteral("merged"), merged},
            {QStringLiteral("set_aside"), aside},
            {QStringLiteral("waiting"), QJsonArray::fromStringList(pass.waiting)},
            {QStringLiteral("for_identities"), QJsonArray::fromStringList(pass.forIdentities)},
            {QStringLiteral("removed"), QJsonArray::fromStringList(pass.removed)},
            {QStringLiteral("foreign"), QJsonArray::fromStringList(pass.foreign)}};
}

void printPass(const FolderPass& pass, const QString& db)
{
    for (size_t i = 0; i < pass.merged.size(); ++i) {
        const MergeCounts t = pass.merged[i].total();
        out() << Cli::tr("Merged %1 from %2: %3 new, %4 updated, %5 deleted")
                     .arg(pass.mergedFiles.value(qsizetype(i)), pass.merged[i].senderName)
                     .arg(t.added)
                     .arg(t.updated)
                     .arg(t.deleted)
              << '\n';
    }
    for (const QString& w : pass.written)
        out() << Cli::tr("Wrote %1").arg(w) << '\n';
    for (const QString& r : pass.removed)
        out() << Cli::tr("Removed %1 (merged by its partner, or replaced)").arg(r) << '\n';
    for (const QString& w : pass.waiting)
        out() << Cli::tr("Waiting for %1: it is still arriving").arg(w) << '\n';
    for (const QString& w : pass.forIdentities)
        out() << Cli::tr("Left %1 for a lead or a liaison: it carries survivors' identities, which your passphrase "
                         "does not open")
                     .arg(w)
              << '\n';
    for (const FolderProblem& p : pass.setAside)
        out() << Cli::tr("Set aside %1: %2").arg(p.file, p.reason) << '\n';
    if (!pass.foreign.isEmpty())
        out() << Cli::tr("warning: bundles in the folder under this office's name were not written by this file (%1): is "
                         "a copy of it exchanging through the same folder? Make a seat for another machine instead.")
                     .arg(pass.foreign.join(QStringLiteral(", ")))
              << '\n';
    if (const qint64 c = pass.conflicts(); c > 0)
        out() << Cli::tr("%1 conflicting edits to review: tandem-cli conflicts %2").arg(c).arg(db) << '\n';
}

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)::write(g_signalPipe[1], &c, 1);
}

} // namespace

int runSync(const QStringList& arguments)
{
    Args args(QStringLiteral("sync"), {QStringLiteral("DB")},
              Cli::tr("Exchanges through the shared folder DIR (kept in step by Syncthing, a "
                      "network share or a USB stick): writes there, for each trusted partner, a "
                      "bundle of what it has not acknowledged, and merges every bundle there for "
                      "this office that it has not merged, oldest first. A bundle that cannot be "
                      "merged is moved into DIR/set aside with a text file saying why; one still "
                      "arriving is left for the next pass. Bundles a partner has merged are "
                      "deleted. With --watch it goes on until stopped, passing again when the "
                      "folder changes and every --interval seconds."));
    const QString folderOption = QStringLiteral("folder");
    const QString watchOption = QStringLiteral("watch");
    const QString intervalOption = QStringLiteral("interval");
    args.addOption(QCommandLineOption(folderOption, Cli::tr("The exchange folder."), Cli::tr("DIR")));
    args.addOption(QCommandLineOption(watchOption, Cli::tr("Keep exchanging until stopped (Ctrl+C).")));
    args.addOption(QCommandLineOption(intervalOption, Cli::tr("With --watch: seconds between passes (default 60)."),
                                      Cli::tr("SECONDS")));
    args.addOption(QCommandLineOption(kJson, Cli::tr("Print each pass as a JSON object.")));
    args.addOption(passphraseFileOption());
    if (std::optional<int> stop = args.parse(arguments))
        return *stop;
    if (!args.isSet(folderOption))
        return args.usageError(Cli::tr("say which folder: --folder DIR"));
    int interval = 60;
    if (args.isSet(intervalOption)) {
        bool ok = false;
        interval = args.value(intervalOption).toInt(&ok);
        if (!ok || interval < 1 || interval > 86400)
            return args.usageError(Cli::tr("--interval \"%1\" is not a number of seconds from 1 to 86400").arg(args.value(intervalOption)));
        if (!args.isSet(watchOption))
            return args.usageError(Cli::tr("--interval goes with --watch"));
    }
    const QString folder = QFileInfo(args.value(folderOption)).absoluteFilePath();
    std::unique_ptr<Store> store = openDatabase(args);
    if (!store)
        return ExitFailure;
    Result<OfficeKeys> keys = unlockKeys(args, *store);
    if (!keys)
        return fail(keys.error());

    const bool json = args.isSet(kJson);
    const auto pass = [&]() -> bool {
        Result<FolderPass> done = syncFolder(*store, *keys, folder);
        if (!done) {
            fail(done.error());
            return false;
        }
        if (json)
            printJson(passJson(*done));
        else
            printPass(*done, args.positional(0));
        out().flush();
        return true;
    };
    if (!args.isSet(watchOption))
        return pass() ? ExitOk : ExitFailure;

    // Watching: a pass now, then whenever the folder changes (a little later, so that a burst of
    // files is one pass) and every interval; a failed pass is reported and the next one tries
    // again. SIGINT and SIGTERM end it between passes.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(makeError(Cli::tr("cannot watch for signals"), folder));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier stopper(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopper, &QSocketNotifier::activated, qApp, [] { QCoreApplication::exit(0); });
    QTimer settle;
    settle.setSingleShot(true);
    settle.setInterval(2000);
    QTimer every;
    every.setInterval(interval * 1000);
    QFileSystemWatcher watcher;
    const auto rewatch = [&] {
        if (!watcher.directories().contains(folder) && QFileInfo(folder).isDir())
            watcher.addPath(folder);
    };
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &settle, [&] { settle.start(); });
    QObject::connect(&settle, &QTimer::timeout, &settle, [&] {
        (void)pass();
        rewatch();
    });
    QObject::connect(&every, &QTimer::timeout, &every, [&] {
        (void)pass();
        rewatch();
    });
    (void)pass();
    rewatch();
    every.start();
    const int code = QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return code;
}

} // namespace tandem::cli
