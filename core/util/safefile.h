#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QTemporaryFile;

namespace tandem {

// Writes a file whole or not at all. The bytes go to a new file beside the target, readable and
// writable by its owner only (0600, whatever the umask); commit() flushes it, checks that every
// write arrived, syncs it to the disk and renames it over the target in one step. Any failure
// (a full disk, a quota, a write refused) leaves the target as it was and removes the temporary
// file; so does destroying a SafeFile that was not committed. On Linux the new file has no name
// until commit() (O_TMPFILE), so even a kill leaves nothing half-written in the folder.
//
// A target that exists and is not a regular file (a device such as /dev/full or /dev/stdout, a
// pipe) cannot be replaced: it is written directly, and its errors count all the same. A
// symbolic link is followed: the file it names is replaced, the link stays.
class SafeFile {
    Q_DECLARE_TR_FUNCTIONS(tandem::SafeFile)

public:
    explicit SafeFile(const QString& path);
    ~SafeFile();
    SafeFile(const SafeFile&) = delete;
    SafeFile& operator=(const SafeFile&) = delete;

    Result<void> open();
    // Where to write between open() and commit().
    QIODevice& device();
    Result<void> commit();
    // Drops what was written; the target stays as it was.
    void cancel();

private:
    Error failure(const QString& what) const;
    Result<void> commitUnnamed();

    QString m_path;   // as given, for messages
    QString m_target; // the file that will be replaced (a link followed)
    std::unique_ptr<QFile> m_unnamed; // Linux: a file without a name until commit() (O_TMPFILE)
    std::unique_ptr<QTemporaryFile> m_temp;
    std::unique_ptr<QFile> m_direct;
};

// SafeFile in one call: `bytes` become the whole file at `path`, or nothing changes.
Result<void> writeFileWhole(const QString& path, const QByteArray& bytes);

// Makes the new, empty file `path` readable and writable by its owner only (0600, whatever the
// umask), failing when it exists. SQLite then gives a database made in it and its journal,
// write-ahead log and shared-memory files the same permissions.
Result<void> createPrivateFile(const QString& path);

// Makes the folder `path` (its parent must exist) open to its owner only (0700, whatever the
// umask); an existing folder is narrowed to that.
Result<void> makePrivateFolder(const QString& path);

// Replaces `to` with `from` in one step (rename over it). False when the system refused.
bool replaceFile(const QString& from, const QString& to);

} // namespace tandem
