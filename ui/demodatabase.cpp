#include "demodatabase.h"

#include "domain/office.h"

#include "store/store.h"
#include "util/safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QProgressDialog>
#include <QStandardPaths>

namespace tandem {

QString DemoDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/demo.tandem");
}

demo::Options DemoDatabase::defaultOptions()
{
    demo::Options options;
    options.operations = 200;
    options.seed = 1;
    return options;
}

DemoDatabase::Generator DemoDatabase::defaultGenerator()
{
    return [](Store& store, const demo::Options& options, const demo::Progress& progress) {
        return demo::generate(store, options, progress);
    };
}

QString DemoDatabase::passphrase()
{
    return QStringLiteral("tandem demo office");
}

Result<bool> DemoDatabase::create(const QString& path, const Generator& generator,
                                  const demo::Options& options, const demo::Progress& progress)
{
    const QFileInfo target(path);
    if (target.exists())
        return makeError(tr("the file already exists"), path);
    if (!QDir().mkpath(target.absolutePath()))
        return makeError(tr("cannot create the folder for the demo database"), target.absolutePath());

    // The demo is written before the file is put in place (createOffice makes files whole):
    // a failure, a cancel, a crash leave no file at `path`.
    bool cancelled = false;
    Result<std::unique_ptr<Store>> store =
        createOffice(path, tr("Demo Task Force"), passphrase(), [&](Store& made) -> Result<void> {
            const demo::Progress watch = [&](int done, int total) {
                if (progress && !progress(done, total)) {
                    cancelled = true;
                    return false;
                }
                return true;
            };
            Result<demo::Stats> stats = generator(made, options, watch);
            if (cancelled)
                return makeError(QString(), path); // stops the making; never shown (false below)
            if (!stats)
                return stats.error();
            return {};
        });
    if (cancelled)
        return false;
    if (!store)
        return store.error();
    return true;
}

Result<bool> DemoDatabase::createWithProgress(QWidget* parent, const QString& path,
                                              const Generator& generator, const demo::Options& options)
{
    QProgressDialog dialog(tr("Making the demo database of invented operations…"), tr("Cancel"), 0,
                           options.operations, parent);
    dialog.setObjectName(QStringLiteral("demoProgress"));
    dialog.setWindowTitle(tr("Demo database"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    const demo::Progress progress = [&dialog](int done, int total) {
        if (dialog.maximum() != total)
            dialog.setMaximum(total);
        dialog.setValue(done); // a window-modal dialog processes events here
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
    return create(path, generator, options, progress);
}

Result<bool> DemoDatabase::replaceWithProgress(QWidget* parent, const QString& path,
                                               const Generator& generator, const demo::Options& options)
{
    // The lock every writer of a Tandem file takes (Store::open): held while the file is swapped,
    // it also tells when another Tandem has the demo open.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return makeError(tr("the demo is open in another Tandem window; close it there first"), path);

    // The fresh demo is made beside the old one and takes its place only once it is complete.
    const QFileInfo target(path);
    const QString fresh = target.dir().filePath(QStringLiteral(".%1.%2.fresh")
                                                    .arg(target.fileName())
                                                    .arg(QCoreApplication::applicationPid()));
    removeDatabaseFiles(fresh);
    Result<bool> made = createWithProgress(parent, fresh, generator, options);
    if (!made || !*made) {
        removeDatabaseFiles(fresh);
        if (!made && made.error().context == fresh)
            return makeError(made.error().message, path);
        return made;
    }
    // The old file's journals belong to it, never to the new one; then one rename replaces it.
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
    if (!replaceFile(fresh, path)) {
        removeDatabaseFiles(fresh);
        return makeError(tr("cannot put the fresh demo database in place of the old one"), path);
    }
    return true;
}

} // namespace tandem
