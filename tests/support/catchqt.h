#pragma once

// Lets Catch2 print Qt values in failed assertions.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& b) { return "0x" + b.toHex().toStdString(); }
};
template <>
struct StringMaker<QUuid> {
    static std::string convert(const QUuid& u) { return u.toString(QUuid::WithoutBraces).toStdString(); }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l)
    {
        return '[' + l.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
template <>
struct StringMaker<QVariant> {
    static std::string convert(const QVariant& v)
    {
        return std::string(v.typeName() ? v.typeName() : "null") + '(' + v.toString().toStdString() + ')';
    }
};
} // namespace Catch
