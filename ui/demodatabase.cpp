#include "demodatabase.h"

#include "domain/office.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    options.operations = 300;
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

} // namespace tandem
