#pragma once

#include <optional>

#include "catchqt.h"

#include <QJsonArray>
#include <QMap>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

namespace tandem::test {

// The office passphrase every test run gets through TANDEM_PASSPHRASE.
inline constexpr const char* kTestPassphrase = "north quay lantern seventeen";

// What one run of tandem-cli did.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    QStringList errLines() const;
    QJsonObject jsonObject() const; // stdout parsed as one JSON object (fails the test otherwise)
    QJsonArray jsonArray() const;   // stdout parsed as a JSON array
    QUuid id() const;               // stdout as one id and a newline
};

// How the process of a run starts, beyond its environment.
struct CliProcess {
    int umask = -1;            // the umask it starts with (-1: the test's own)
    qint64 fileSizeLimit = -1; // RLIMIT_FSIZE: a write past this many bytes of any file fails
                               // as on a full disk (EFBIG instead of ENOSPC)
    // Runs as the unprivileged user "nobody" when the tests run as root, whom no file permission
    // stops; the files it needs must be reachable by others then (openToOthers()).
    bool unprivileged = false;
};

// Runs the real tandem-cli executable (TANDEM_CLI_PATH) with `arguments`, with USER set to
// "liaison7" so that the default of `tick --by` is known.
// `environment` adds to (or, with an empty value, removes from) the environment of the run.
CliRun cli(const QStringList& arguments, const QMap<QString, QString>& environment = {},
           const CliProcess& process = {});

// Whether the tests run as root (then read-only files and folders stop only an unprivileged run).
bool runningAsRoot();
// Lets other users through the folders from `path` up to the temporary directory's root, so that
// an unprivileged run reaches the files a test made.
void openToOthers(const QString& path);
// The permission bits of a file or folder (e.g. 0600).
int modeOf(const QString& path);

// A temporary directory with a database created by `tandem-cli init`.
class CliFile {
public:
    explicit CliFile(const QString& office = QStringLiteral("Northbridge Task Force"));
    QString path() const { return m_dir.filePath(QStringLiteral("office.tandem")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QUuid officeId() const { return m_office; }

    // Runs `tandem-cli COMMAND <this file> ARGS...`.
    CliRun run(const QString& command, const QStringList& arguments = {}) const;
    // `add`, requiring success; returns the new id.
    QUuid add(const QString& type, const QStringList& fields) const;
    QJsonObject show(const QString& type, const QUuid& id) const;
    QString dump(bool all = false) const;

private:
    QTemporaryDir m_dir;
    QUuid m_office;
};

QString idText(const QUuid& id);

// A run that succeeded (exit 0; its stderr shown when not).
void requireOk(const CliRun& r);
// A run refused as bad input is: exit 1, nothing on stdout, one line on stderr containing `message`.
void requireRefused(const CliRun& r, const QString& message);

// Exchange between offices through the real tandem-cli, each step required to succeed.
// `office`'s key card written beside its file (`key --out`); returns its path.
QString card(const CliFile& office);
// `a` trusts `b` from b's card.
void trust(const CliFile& a, const CliFile& b);
// `from` exports for `to` into the file `name` beside from's file; returns its path.
QString exportFor(const CliFile& from, const CliFile& to, const QString& name);
// `from` exports everything new for `to`, and `to` merges it.
void send(const CliFile& from, const CliFile& to);

// Runs `tandem-cli ARGUMENTS` with the folder `out` on a filesystem that is full (a small tmpfs
// filled to the last byte, in a mount namespace of its own): the run as a disk full of other
// files leaves it. Returns nothing where this system allows no mount namespace (unprivileged
// containers). After the run, `leftOver` lists what is in `out` besides the filler.
std::optional<CliRun> onFullDisk(const QString& out, const QStringList& arguments, QStringList& leftOver,
                                 const QMap<QString, QString>& environment = {});

} // namespace tandem::test
