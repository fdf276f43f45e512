#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace tandem {
namespace {

const QString kKey = QStringLiteral("recentFiles");

QString canonical(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

void store(const QStringList& files)
{
    QSettings().setValue(kKey, files);
}

} // namespace

QStringList RecentFiles::files()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& path)
{
    const QString file = canonical(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    list.removeAll(canonical(path));
    store(list);
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
}

QStringList RecentFiles::prune()
{
    QStringList kept;
    QStringList gone;
    for (const QString& file : files())
        (QFileInfo::exists(file) ? kept : gone).append(file);
    if (!gone.isEmpty())
        store(kept);
    return gone;
}

} // namespace tandem
