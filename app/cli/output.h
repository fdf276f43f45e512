#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace tandem {
class Row;
class Store;
struct EntityDef;
} // namespace tandem

// How tandem-cli talks to its caller: the exit codes and message formats of DESIGN.md §5, records
// as JSON, tables and "field: value" lines.
namespace tandem::cli {

// The translation context of every message tandem-cli prints.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)
};

enum Exit {
    ExitOk = 0,
    ExitFailure = 1, // the command could not do its work; one line on stderr says why
    ExitUsage = 2,   // the command line itself is wrong; stderr says how, and where help is
};

QTextStream& out();
QTextStream& err();
bool stderrIsTerminal();

// Prints "tandem-cli: <context>: <message>" as one line on stderr and returns ExitFailure.
int fail(const Error& error);

// A record as JSON: "id", its fields by registry name (value::toJson), "deleted": true for a
// tombstone, for an office "self" (whether it is this office), and for a checklist step
// "overdue" (still open or in progress, and its due time has passed).
QJsonObject recordJson(const Store& store, const Row& row);
void printJson(const QJsonObject& object);

// A record for people: one "field: value" line each, values aligned; a value of several lines
// continues on lines indented to the value column.
void printFields(const std::vector<std::pair<QString, QString>>& fields);

// Whether an entity holds survivors' identifying details (fields declared sealed).
bool holdsIdentities(const EntityDef& e);

} // namespace tandem::cli
