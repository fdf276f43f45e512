#pragma once

#include "store/store.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace tandem::test {

// A fresh database in a temporary directory that disappears with the object.
class TempStore {
public:
    explicit TempStore(const QString& office = QStringLiteral("Test Office"));
    Store& operator*() { return *store; }
    Store* operator->() { return store.get(); }
    QString path() const { return dir.filePath(QStringLiteral("test.tandem")); }
    QString file(const QString& name) const { return dir.filePath(name); }
    // Closes and reopens the file, as a restart would.
    void reopen();

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
};

// A wall clock the test moves by hand (Unix milliseconds). It starts a minute ahead of the real
// clock, so that it is ahead of anything the store did before the test took over its clock.
struct ManualClock {
    qint64 now = (QDateTime::currentMSecsSinceEpoch() / 1000 + 60) * 1000;
    std::function<qint64()> fn()
    {
        return [this] { return now; };
    }
};

QByteArray readFile(const QString& path);
QString dumpText(const Store& store, bool all = false);

} // namespace tandem::test
