#include "statement.h"

#include "sqlerror.h"

#include <sqlite3.h>

namespace tandem {

Statement::Statement(sqlite3* db, const QString& sql) : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, const QVariant& v)
{
    if (v.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        sqlite3_bind_blob64(m_stmt, index, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
        return;
    }
    case QMetaType::QString: {
        // As UTF-8, the file's encoding: SQLite would otherwise convert each UTF-16 text itself,
        // slower, as it stores it (most of the demo's binding time, issue 19).
        const QByteArray utf8 = v.toString().toUtf8();
        sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        return;
    }
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, v.toDouble());
        return;
    case QMetaType::Bool:
        sqlite3_bind_int64(m_stmt, index, v.toBool() ? 1 : 0);
        return;
    default:
        sqlite3_bind_int64(m_stmt, index, v.toLongLong());
    }
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return makeError(sqliteErrorText(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QVariant Statement::column(int i) const
{
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, i)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, i));
    case SQLITE_TEXT: {
        const auto* text = static_cast<const char16_t*>(sqlite3_column_text16(m_stmt, i));
        return QVariant(QString::fromUtf16(text, sqlite3_column_bytes16(m_stmt, i) / 2));
    }
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_stmt, i)));
    }
    default:
        return QVariant();
    }
}

QByteArrayView Statement::bytes(int i) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, i)) : QByteArrayView();
}

qint64 Statement::integer(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

int Statement::extendedErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

qint64 Statement::totalChanges() const
{
    return qint64(sqlite3_total_changes64(m_db));
}

} // namespace tandem
