#pragma once

#include <QStringList>

namespace tandem {

// The files opened last, newest first, kept in QSettings ("recentFiles"). Paths are stored
// absolute and clean, so one file never appears twice under two spellings.
class RecentFiles {
public:
    static constexpr int kMaximum = 8;

    static QStringList files();
    // Moves `path` to the front, dropping the oldest beyond kMaximum.
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
    // Removes the files that no longer exist and returns them.
    static QStringList prune();
};

} // namespace tandem
