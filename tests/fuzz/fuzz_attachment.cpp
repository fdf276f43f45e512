// libFuzzer target: what attachments parse that is Tandem's own (issue 21): the records after a
// bundle's payload (bundle::takeRecord, fed the bytes as a decrypted stream in pieces), the kind
// of a file from its first bytes, a file name's check and an attachment row's chunk list.

#include "store/attachmentstore.h"
#include "store/registry.h"
#include "store/row.h"
#include "sync/bundle.h"

#include <cstdint>

using namespace tandem;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    // The record stream, arriving in pieces of 7 bytes: every record taken is whole and valid, and
    // what is left is less than one record.
    QByteArray buffer;
    qsizetype at = 0;
    for (;;) {
        qint64 needed = 0;
        Result<std::optional<bundle::Record>> r = bundle::takeRecord(buffer, &needed);
        if (!r)
            break;
        if (*r) {
            const bundle::Record& rec = **r;
            if (rec.name.size() != 64 || rec.data.size() > bundle::kMaxRecordData)
                __builtin_trap();
            continue;
        }
        if (needed <= buffer.size())
            __builtin_trap(); // asked for no more than it had
        if (at >= bytes.size())
            break;
        buffer += bytes.mid(at, 7);
        at += 7;
    }

    // The kind of a file, and its name.
    (void)attachments::mediaType(bytes.left(16), QString::fromUtf8(bytes.left(40)));
    (void)attachments::fileNameProblem(QString::fromUtf8(bytes));

    // An attachment row as a partner's bundle could bring it: the chunk list and the size.
    static const EntityDef* entity = Registry::instance().entity(QStringLiteral("operation_attachment"));
    Row row(entity);
    row.setValue(QStringLiteral("chunks"), QString::fromUtf8(bytes));
    row.setValue(QStringLiteral("size"), qint64(size) * 1000);
    row.setValue(QStringLiteral("file_name"), QString::fromUtf8(bytes.right(20)));
    (void)attachments::rowProblem(row);
    return 0;
}
