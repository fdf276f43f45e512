#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include "util/result.h"

#include <functional>
#include <limits>
#include <vector>

namespace tandem {

class Row;
class Store;

// The kinds of value a field holds. How each is stored, parsed, validated and printed lives in
// value.h; the registry only says which kind a field is.
enum class FieldType {
    Text,     // one line, up to FieldDef::maxLength characters (default 1,000)
    LongText, // free text, up to 100,000 characters
    Int,      // whole number within [min, max]
    Real,     // decimal number within [min, max]
    Bool,
    Time,     // an instant; stored as Unix seconds, written as ISO 8601 with offset
    Date,     // a calendar date (yyyy-MM-dd), e.g. a date of birth
    Enum,     // one token of FieldDef::values
    Ref,      // the id of a row of FieldDef::ref
    Uuid,     // an id that is not a reference (e.g. a protocol's family)
    List,     // a list of short strings, from FieldDef::values when it is not empty
};

// The label of an enum value for people, translated with QCoreApplication::translate(
// "tandem::Value", source, comment). The comment tells one English word said two ways apart
// ("Closed": of an operation, of a tip; Spanish "Cerrada", "Cerrado"): write such a label with
// QT_TRANSLATE_NOOP3, the others with QT_TRANSLATE_NOOP.
struct EnumLabel {
    EnumLabel(const char* source) : source(source) {}
    EnumLabel(const char* source, const char* comment) : source(source), comment(comment) {}
    const char* source;
    const char* comment = nullptr;
};

// A token of an enum or list field and its label for people.
struct EnumValue {
    const char* token;
    EnumLabel label;
};

struct FieldDef {
    QString name;  // registry name: column, JSON key and CLI field name
    const char* label = "";
    FieldType type = FieldType::Text;
    bool required = false;
    std::vector<EnumValue> values; // Enum and List
    QString ref;                   // Ref: the entity referred to; List: the entity whose ids the items are
    QString group;                 // fields of one group share a version column; default: own name
    double min = 0;                // Int and Real
    double max = 1e9;
    int maxLength = 0;     // Text/LongText/List item; 0 means the type's default
    QVariant defaultValue; // applied when a new row leaves the field out
    int since = 1;         // schema version that added the field
    bool sealed = false;   // identifying detail: sealed at rest, never in plain dumps
    // The name of a person of this office (who prepared a plan). While a person acts (Store::
    // actor()), a write that sets it must name one of the office's people, and a new row that
    // leaves it empty gets the acting person's name. A partner's rows (merged) keep theirs.
    bool person = false;
    // Need to know (issue 18): entry points, hazards, intelligence, code words. A copy of a
    // report made for an agency shows it only when one of the agency's roles in the operation is
    // among the operation's need-to-know roles (domain/needtoknow.h).
    bool needToKnow = false;

    QString versionColumn() const { return (group.isEmpty() ? name : group) + QStringLiteral("_v"); }
    QString labelText() const;
    bool hasValue(const QString& token) const;
    QString valueLabel(const QString& token) const;
};

// Which rows may leave this office. Every entity with a sharing field gets one named "sharing"
// (office | partners); a row is shared only when its own level and its parent's allow it.
enum class SharingRule {
    PerRow,   // a "sharing" field, default from EntityDef::defaultSharing
    Always,   // always shared (the office directory)
    Identity, // survivor identity: never, unless an active consent covers the recipient
};

// One entity of DESIGN.md §2, declared once. DDL, generic read and write, dump and CLI field access
// are derived from it. Every table also has: id (16-byte UUIDv7), deleted + deleted_v, local_seq.
struct EntityDef {
    QString name; // table name and CLI type name
    const char* label = "";
    const char* pluralLabel = "";
    std::vector<FieldDef> fields;
    QString parent;        // owning reference: delete cascades, sharing is inherited
    QString displayField;  // the field that names a row for people
    SharingRule sharing = SharingRule::PerRow;
    QString defaultSharing = QStringLiteral("partners");
    std::vector<QStringList> indexes; // extra indexes, each a list of field names
    int since = 1;                    // schema version that added the entity
    // Cross-field rules, given the row as it would be after the write. Returns an empty error
    // message when the row is acceptable.
    std::function<QString(const Row&)> validate;
    // Fields that follow from others, set on the row about to be written by an insert, update or
    // restore; `given` holds the values that write sets. Returns why the given values cannot be
    // written together (empty when they can). E.g. a known age band decides whether a survivor is
    // a minor.
    std::function<QString(Row& row, const QVariantMap& given)> derive;
    // Rules about a change rather than a row: `before` is the row as stored (null for a new or
    // restored one), `after` the row as it would be written, `store` the store to look up other
    // rows in. Returns an empty message when the change is acceptable. Rows written before a rule
    // existed stay editable: a rule on a transition (declining a step needs a reason) looks only
    // at rows that make that transition.
    std::function<QString(const Store& store, const Row* before, const Row& after)> checkChange;
    // The domain's rule on every write of the Store's write path (insert, update, delete, restore;
    // never the merge of partners' bundles), run inside the write's transaction before the row is
    // written: `before` is null for a new row, `after` null for a delete. An error refuses the
    // write and is the message people see; the rule may also write (a record of the change).
    // Store::setWriteRulesPaused() holds it off while history is written (the demo generator).
    std::function<Result<void>(Store& store, const Row* before, const Row* after)> onWrite;

    int fieldIndex(const QString& name) const; // -1 when there is no such field
    const FieldDef* field(const QString& name) const;
    QStringList versionColumns() const; // distinct, in declaration order
    QString labelText() const;
    QString pluralLabelText() const;
};

// All entities, in a stable order (the order of DESIGN.md §2). Built once, never changed after.
class Registry {
public:
    static const Registry& instance();

    const std::vector<EntityDef>& entities() const { return m_entities; }
    const EntityDef* entity(const QString& name) const;
    QStringList names() const;
    int schemaVersion() const; // highest `since` of any entity or field

private:
    Registry();
    std::vector<EntityDef> m_entities;
};

// Declarations live in entities.cpp.
std::vector<EntityDef> declareEntities();

} // namespace tandem
