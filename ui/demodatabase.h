#pragma once

#include "demo/demo.h"
#include "util/result.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace tandem {

class Store;

// Where the demo database lives and how it is made. It is made once, on first use, and reopened
// after that. Making it never leaves half a file behind: the generator writes into a temporary file
// in the same directory, which is renamed into place only when it is complete.
class DemoDatabase {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)

public:
    using Generator =
        std::function<Result<demo::Stats>(Store&, const demo::Options&, const demo::Progress&)>;

    // AppDataLocation/demo.tandem (e.g. ~/.local/share/Tandem/demo.tandem).
    static QString defaultPath();
    // 200 operations, seed 1, made for now: the same demo as `tandem-cli demo DB`.
    static demo::Options defaultOptions();
    // The demo office's passphrase. Its survivors' identities are invented, but sealed at rest like
    // real ones; this passphrase, shown wherever the demo asks for it, opens them.
    static QString passphrase();
    // tandem::demo::generate.
    static Generator defaultGenerator();

    // Makes the demo file at `path`, which must not exist yet. Returns false when `progress`
    // cancelled; then nothing is left in the directory.
    static Result<bool> create(const QString& path, const Generator& generator,
                               const demo::Options& options, const demo::Progress& progress = {});
    // The same behind a cancelable progress dialog over `parent`.
    static Result<bool> createWithProgress(QWidget* parent, const QString& path,
                                           const Generator& generator, const demo::Options& options);
    // Makes a fresh demo (behind the progress dialog) and puts it in place of the one at `path`,
    // which must not be open here. Refused while another Tandem has it open. Returns false when
    // cancelled; on a failure or a cancel the old demo is left as it was.
    static Result<bool> replaceWithProgress(QWidget* parent, const QString& path,
                                            const Generator& generator, const demo::Options& options);
};

} // namespace tandem
