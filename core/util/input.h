#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// What comes from outside (files, arguments, the environment) is bounded in size and, where it
// is text, valid UTF-8: a file that never ends (/dev/zero) or bytes that are not text are
// refused with a clear message instead of filling memory or being stored as U+FFFD.
namespace tandem {

class Input {
    Q_DECLARE_TR_FUNCTIONS(tandem::Input)
};

// The whole of the file at `path`, refused when it holds more than `limit` bytes. The limit is
// checked on what is read, not only on the size the file claims (a device claims none).
Result<QByteArray> readBounded(const QString& path, qint64 limit);

// The byte offset of the first byte of `bytes` that is not part of valid UTF-8 (overlong forms,
// surrogates and code points past U+10FFFF are not valid), or -1 when all of it is.
qsizetype invalidUtf8At(QByteArrayView bytes);

// `bytes` for a message: the valid UTF-8 as text, every other byte as \xHH.
QString escapedUtf8(QByteArrayView bytes);

// `bytes` as text, or an error naming `context` and the line where invalid UTF-8 begins.
Result<QString> decodeUtf8(QByteArrayView bytes, const QString& context);

} // namespace tandem
