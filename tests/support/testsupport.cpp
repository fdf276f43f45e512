#include "testsupport.h"

#include "store/dump.h"

#include <QBuffer>
#include <QFile>

#include <stdexcept>

namespace tandem::test {

TempStore::TempStore(const QString& office)
{
    Result<std::unique_ptr<Store>> s = Store::create(path(), office);
    if (!s)
        throw std::runtime_error(s.error().text().toStdString());
    store = std::move(*s);
}

void TempStore::reopen()
{
    store.reset();
    Result<std::unique_ptr<Store>> s = Store::open(path());
    if (!s)
        throw std::runtime_error(s.error().text().toStdString());
    store = std::move(*s);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString dumpText(const Store& store, bool all)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<void> r = writeDump(store, buffer, all ? DumpScope::All : DumpScope::Shared);
    if (!r)
        throw std::runtime_error(r.error().text().toStdString());
    return QString::fromUtf8(buffer.data());
}

} // namespace tandem::test
