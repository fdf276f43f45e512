#pragma once

#include "util/result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace tandem {

// A prepared SQLite statement used directly through the C API, for the store's hot paths (the
// write path and single-row reads), where QSqlQuery's per-value overhead was most of the cost.
// Parameters are numbered from 1 and may repeat in the SQL ("?3" twice binds one value).
// Owned by the Store; finalized before the connection closes.
class Statement {
public:
    Statement(sqlite3* db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString prepareError() const { return m_prepareError; }

    void bind(int index, const QVariant& value);
    // Advances: true when a row is available, false when done; an error otherwise.
    Result<bool> step();
    // Ready for the next use: bindings cleared, cursor reset.
    void reset();
    QVariant column(int index) const; // from 0
    // A column's bytes (BLOB or TEXT) without a copy, valid until the next step() or reset().
    QByteArrayView bytes(int index) const;
    qint64 integer(int index) const; // 0 for NULL
    int extendedErrorCode() const;
    // The rows inserted, changed and deleted on the statement's connection since it opened
    // (triggers' included; a rollback takes none back).
    qint64 totalChanges() const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_prepareError;
};

// Resets a cached statement when the scope ends, whatever path leaves it, so that it never holds
// a read cursor open (which would, for one, block DROP TABLE and COMMIT's cleanup).
class StatementUse {
public:
    explicit StatementUse(Statement& s) : m_s(s) {}
    ~StatementUse() { m_s.reset(); }
    StatementUse(const StatementUse&) = delete;
    StatementUse& operator=(const StatementUse&) = delete;
    Statement* operator->() { return &m_s; }

private:
    Statement& m_s;
};

} // namespace tandem
