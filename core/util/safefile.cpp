#include "safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX) && defined(O_TMPFILE)
#define TANDEM_UNNAMED_FILES 1
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace tandem {
namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder = kOwnerOnly | QFileDevice::ExeOwner;

// The file a write to `path` lands in: a symbolic link is followed to what it names.
QString targetOf(const QString& path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && hops < 32; ++hops)
        info.setFile(info.symLinkTarget());
    return info.absoluteFilePath();
}

bool syncToDisk(QFileDevice& file)
{
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    Q_UNUSED(file);
    return true;
#endif
}

// The new name of a renamed file is in its folder once the folder is synced too.
void syncFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

} // namespace

SafeFile::SafeFile(const QString& path) : m_path(path) {}

SafeFile::~SafeFile()
{
    cancel();
}

Error SafeFile::failure(const QString& what) const
{
    return makeError(tr("cannot write the file: %1").arg(what), m_path);
}

Result<void> SafeFile::open()
{
    if (m_path.isEmpty())
        return makeError(tr("no file is named"));
    m_target = targetOf(m_path);
    const QFileInfo target(m_target);
    if (target.isDir())
        return makeError(tr("this is a folder; name a file to write"), m_path);
    if (target.exists() && !target.isFile()) {
        // A device or a pipe: nothing to rename over, so write it as it is.
        m_direct = std::make_unique<QFile>(m_target);
        if (!m_direct->open(QIODevice::WriteOnly)) {
            const QString why = m_direct->errorString();
            m_direct.reset();
            return failure(why);
        }
        return {};
    }
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return makeError(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.path())), m_path);
#ifdef TANDEM_UNNAMED_FILES
    // An unnamed file in the target's folder (O_TMPFILE), named only once it is complete: a crash
    // or a kill while writing leaves nothing at all. Naming it goes through /proc.
    if (QFileInfo::exists(QStringLiteral("/proc/self/fd"))) {
        const int fd = ::open(QFile::encodeName(folder.absolutePath()).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
        if (fd >= 0) {
            (void)::fchmod(fd, 0600); // whatever the umask
            m_unnamed = std::make_unique<QFile>();
            if (m_unnamed->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle))
                return {};
            m_unnamed.reset();
            ::close(fd);
        }
        // Not every filesystem has unnamed files: then a named one, as elsewhere.
    }
#endif
    // Hidden, and named for its target, should a crash leave it behind.
    m_temp = std::make_unique<QTemporaryFile>(
        folder.filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".XXXXXX.partial")));
    if (!m_temp->open()) {
        const QString why = m_temp->errorString();
        m_temp.reset();
        return makeError(tr("cannot write in the folder %1: %2").arg(QDir::toNativeSeparators(folder.path()), why),
                         m_path);
    }
    // QTemporaryFile makes it 0600 already; said again so that no umask can matter.
    m_temp->setPermissions(kOwnerOnly);
    return {};
}

QIODevice& SafeFile::device()
{
    Q_ASSERT(m_temp || m_direct || m_unnamed);
    if (m_unnamed)
        return *m_unnamed;
    if (m_temp)
        return *m_temp;
    return *m_direct;
}

Result<void> SafeFile::commitUnnamed()
{
#ifdef TANDEM_UNNAMED_FILES
    const int fd = m_unnamed->handle();
    if (!m_unnamed->flush() || m_unnamed->error() != QFileDevice::NoError) {
        const QString why = m_unnamed->errorString();
        cancel();
        return failure(why);
    }
    if (!syncToDisk(*m_unnamed)) {
        cancel();
        return failure(tr("the data could not be saved to the disk"));
    }
    // A name of its own first (linkat cannot replace a file), then the target's in one step.
    const QFileInfo target(m_target);
    const QByteArray proc = "/proc/self/fd/" + QByteArray::number(fd);
    QString named;
    for (int attempt = 0; attempt < 16 && named.isEmpty(); ++attempt) {
        const QString candidate = target.absoluteDir().filePath(
            QStringLiteral(".%1.%2.partial")
                .arg(target.fileName(), QString::number(QRandomGenerator::global()->generate64(), 36)));
        if (::linkat(AT_FDCWD, proc.constData(), AT_FDCWD, QFile::encodeName(candidate).constData(), AT_SYMLINK_FOLLOW) == 0)
            named = candidate;
        else if (errno != EEXIST)
            break;
    }
    if (named.isEmpty()) {
        cancel();
        return failure(tr("the finished file could not be put in place"));
    }
    if (!replaceFile(named, m_target)) {
        QFile::remove(named);
        cancel();
        return failure(tr("the finished file could not be put in place"));
    }
    m_unnamed->close();
    m_unnamed.reset();
    syncFolder(target.absolutePath());
    return {};
#else
    return makeError(tr("the file was not opened"), m_path);
#endif
}

Result<void> SafeFile::commit()
{
    if (m_unnamed)
        return commitUnnamed();
    if (m_direct) {
        // flush() writes what is buffered; an earlier failed write left its error behind.
        const bool written = m_direct->flush() && m_direct->error() == QFileDevice::NoError;
        const QString why = m_direct->errorString();
        m_direct->close();
        const bool closed = m_direct->error() == QFileDevice::NoError;
        m_direct.reset();
        if (!written || !closed)
            return failure(why);
        return {};
    }
    if (!m_temp)
        return makeError(tr("the file was not opened"), m_path);
    if (!m_temp->flush() || m_temp->error() != QFileDevice::NoError) {
        const QString why = m_temp->errorString();
        cancel();
        return failure(why);
    }
    if (!syncToDisk(*m_temp)) {
        cancel();
        return failure(tr("the data could not be saved to the disk"));
    }
    const QString temporary = m_temp->fileName();
    m_temp->close();
    if (m_temp->error() != QFileDevice::NoError) {
        const QString why = m_temp->errorString();
        cancel();
        return failure(why);
    }
    if (!replaceFile(temporary, m_target)) {
        cancel();
        return failure(tr("the finished file could not be put in place"));
    }
    m_temp->setAutoRemove(false); // it is the target now
    m_temp.reset();
    syncFolder(QFileInfo(m_target).absolutePath());
    return {};
}

void SafeFile::cancel()
{
    // The temporary file removes itself (an unnamed one is gone with its handle); a device
    // keeps what it was given.
    m_unnamed.reset();
    m_temp.reset();
    m_direct.reset();
}

Result<void> writeFileWhole(const QString& path, const QByteArray& bytes)
{
    SafeFile file(path);
    if (Result<void> r = file.open(); !r)
        return r;
    if (file.device().write(bytes) != bytes.size()) {
        const QString why = file.device().errorString();
        file.cancel();
        return makeError(SafeFile::tr("cannot write the file: %1").arg(why), path);
    }
    return file.commit();
}

Result<void> createPrivateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return makeError(SafeFile::tr("cannot create the file: %1").arg(file.errorString()), path);
    // open() leaves the umask its say; this does not.
    if (!file.setPermissions(kOwnerOnly)) {
        const QString why = file.errorString();
        file.close();
        QFile::remove(path);
        return makeError(SafeFile::tr("cannot make the file private: %1").arg(why), path);
    }
    file.close();
    return {};
}

Result<void> makePrivateFolder(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir())
            return makeError(SafeFile::tr("this is a file, not a folder"), path);
        // Made by an older Tandem, or by hand: narrowed where we may, used as it is otherwise.
        constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                    | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                    | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (info.permissions() & others)
            (void)QFile::setPermissions(path, kOwnerFolder);
        return {};
    }
    if (!QDir().mkdir(path, kOwnerFolder))
        return makeError(SafeFile::tr("cannot make the folder"), path);
    // mkdir() leaves the umask its say; this does not.
    if (!QFile::setPermissions(path, kOwnerFolder)) {
        QDir().rmdir(path);
        return makeError(SafeFile::tr("cannot make the folder private"), path);
    }
    return {};
}

bool replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
           != 0;
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

} // namespace tandem
