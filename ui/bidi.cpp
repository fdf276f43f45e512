#include "bidi.h"

#include <QGuiApplication>

#include <algorithm>

namespace tandem {
namespace {

constexpr QChar kLeftToRightIsolate(0x2066);
constexpr QChar kFirstStrongIsolate(0x2068);
constexpr QChar kPopDirectionalIsolate(0x2069);

bool isRightToLeft(QChar c)
{
    switch (c.direction()) {
    case QChar::DirR:
    case QChar::DirAL:
    case QChar::DirRLE:
    case QChar::DirRLO:
    case QChar::DirRLI:
        return true;
    default:
        return false;
    }
}

} // namespace

QString shownIsolated(const QString& text)
{
    return shownIsolated(text, QGuiApplication::layoutDirection());
}

QString shownIsolated(const QString& text, Qt::LayoutDirection direction)
{
    if (direction != Qt::RightToLeft || text.isEmpty()
        || (text.front().direction() >= QChar::DirLRI && text.front().direction() <= QChar::DirFSI && text.back() == kPopDirectionalIsolate))
        return text;
    const QChar open = std::any_of(text.begin(), text.end(), isRightToLeft) ? kFirstStrongIsolate : kLeftToRightIsolate;
    return open + text + kPopDirectionalIsolate;
}

} // namespace tandem
