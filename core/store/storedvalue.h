#pragma once

#include "registry.h"

#include <QString>
#include <QVariant>

// What a stored field value may be: exactly the forms value::normalise() and value::toSql() give
// the values a local write stores, derived from the field's declaration. `check` reads a file
// with problem(); a merge holds every row of a partner's bundle to the same rules, first with
// invalidSql() over whole tables (set-based, fast), then problem() to say what is wrong with the
// first row it finds. Both describe one rule: the tests keep them in agreement.
namespace tandem::stored {

// SQLite's typeof() of a stored value of each field type.
QString storageType(FieldType type);

// What is wrong with `raw`, a stored value of `field` whose typeof() is `sqliteType`; empty when
// a local write could have stored it. A null value is never wrong here (required fields are the
// row's concern). Identifying details are judged in their open form.
QString problem(const FieldDef& field, const QVariant& raw, const QString& sqliteType);

// An SQL expression over `column` that is 1 when problem() would complain about its value and 0
// otherwise (NULL included). Needs the Store's SQL functions (registerSqlFunctions).
QString invalidSql(const FieldDef& field, const QString& column);

// Registers tandem_utf16_length(x) (the length of text as Qt counts it, in UTF-16 code units: the
// measure of FieldDef::maxLength) and tandem_text_invalid(x, limit, multi_line) (1 when a local
// write would refuse the text x) on the SQLite connection `db` (a sqlite3*).
void registerSqlFunctions(void* db);

} // namespace tandem::stored
