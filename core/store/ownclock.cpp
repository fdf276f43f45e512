#include "ownclock.h"

#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace tandem {
namespace {

const QString kKey = QStringLiteral("lost_own_clock");

QString hlcLiteral(std::uint64_t hlc)
{
    QByteArray b(8, Qt::Uninitialized);
    qToBigEndian(hlc, b.data());
    return QStringLiteral("x'%1'").arg(QString::fromLatin1(b.toHex()));
}

} // namespace

Result<std::vector<ClockRange>> lostOwnClock(const Store& store)
{
    Result<QVariant> stored = store.meta(kKey);
    if (!stored)
        return stored.error();
    std::vector<ClockRange> out;
    // Clocks as decimal strings: JSON numbers lose precision beyond 2^53.
    for (const QJsonValue& v : QJsonDocument::fromJson(stored->toString().toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        ClockRange r{pair.at(0).toString().toULongLong(), pair.at(1).toString().toULongLong()};
        if (r.upTo > r.after)
            out.push_back(r);
    }
    return out;
}

Result<void> addLostOwnClock(Store& store, const ClockRange& range)
{
    if (range.upTo <= range.after)
        return {};
    Result<std::vector<ClockRange>> ranges = lostOwnClock(store);
    if (!ranges)
        return ranges.error();
    ranges->push_back(range);
    QJsonArray all;
    for (const ClockRange& r : *ranges)
        all.append(QJsonArray{QString::number(r.after), QString::number(r.upTo)});
    return store.setMeta(kKey, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

QString inLostClockSql(const std::vector<ClockRange>& ranges, const QString& version)
{
    QStringList terms;
    for (const ClockRange& r : ranges)
        terms << QStringLiteral("(substr(%1, 1, 8) > %2 AND substr(%1, 1, 8) <= %3)")
                     .arg(version, hlcLiteral(r.after), hlcLiteral(r.upTo));
    return terms.isEmpty() ? QStringLiteral("0") : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace tandem
