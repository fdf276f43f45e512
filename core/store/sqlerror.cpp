#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::SqlError)
};

} // namespace

QString sqliteErrorText(int code, const QString& sqliteMessage)
{
    switch (code) {
    case SQLITE_CONSTRAINT_TRIGGER:
        // A rule of our own schema (RAISE in a trigger): its words are ours.
        return sqliteMessage;
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return Texts::tr("a record with the same id or key is there already");
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        return Texts::tr("a record it refers to is not there");
    case SQLITE_CONSTRAINT_NOTNULL:
        return Texts::tr("a required value is missing");
    case SQLITE_IOERR_NOMEM:
        return Texts::tr("there is not enough memory");
    default:
        break;
    }
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Texts::tr("the file is busy: another program is writing to it; try again in a moment");
    case SQLITE_FULL:
        return Texts::tr("the disk is full");
    case SQLITE_IOERR:
        return Texts::tr("the disk could not be read or written (it may be full, removed or failing)");
    case SQLITE_CORRUPT:
        return Texts::tr("the file is damaged");
    case SQLITE_NOTADB:
        return Texts::tr("not a Tandem database (not an SQLite file at all)");
    case SQLITE_READONLY:
        return Texts::tr("the file is read-only: nothing can be changed");
    case SQLITE_CANTOPEN:
        return Texts::tr("the file cannot be opened: it or its folder is missing, or may not be read or written");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Texts::tr("permission denied");
    case SQLITE_NOMEM:
        return Texts::tr("there is not enough memory");
    case SQLITE_TOOBIG:
        return Texts::tr("a value is too large");
    case SQLITE_INTERRUPT:
    case SQLITE_ABORT:
        return Texts::tr("the work was stopped before it was finished");
    case SQLITE_CONSTRAINT:
        return Texts::tr("a value breaks a rule of the database");
    case SQLITE_MISMATCH:
        return Texts::tr("a value has the wrong type");
    case SQLITE_PROTOCOL:
        return Texts::tr("the file is locked in a way Tandem cannot follow (a network folder?)");
    default:
        break;
    }
    // An error of the statement itself (a table or column missing from a file that is not what
    // it should be, or a fault of ours): SQLite's words help whoever looks into it.
    const QString detail = sqliteMessage.trimmed();
    return detail.isEmpty() ? Texts::tr("the database could not do this")
                            : Texts::tr("the database could not do this (%1)").arg(detail);
}

QString sqlErrorText(const QSqlError& error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return sqliteErrorText(numeric ? code : SQLITE_ERROR, error.databaseText());
}

} // namespace tandem
