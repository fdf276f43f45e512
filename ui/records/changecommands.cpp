#include "records/changecommands.h"

#include "document.h"
#include "records/appliedcommand.h"
#include "records/recordcommands.h"
#include "query/changes.h"
#include "store/registry.h"
#include "store/store.h"
#include "store/value.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <map>
#include <vector>

namespace tandem {
namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(tandem::ChangeCommands)
};

// One row as a change left it, and as it was.
struct RowChange {
    QString entity;
    QUuid id;
    bool liveBefore = false;
    bool liveAfter = false;
    QVariantMap before; // every field when the row is restored on undo, else the changed ones
    QVariantMap after;  // every field when the row is restored on redo, else the changed ones
    qint64 seq = 0;     // when the change wrote it
};

// Taking back a row that a live row elsewhere has come to refer to since (a checklist made from a
// protocol version that was then undone) would leave that row pointing at a tombstone: refused.
// Rows the taken-back row owns are not counted; they go with it.
Result<void> checkUnreferenced(const Store& store, const QString& entity, const QUuid& id)
{
    Result<const EntityDef*> referrer = query::liveReferrer(store, entity, id);
    if (!referrer)
        return referrer.error();
    if (*referrer)
        return makeError(
            Texts::tr("%1 made since refers to it, so it can no longer be taken back").arg((*referrer)->labelText()),
            entity + QLatin1Char(' ') + value::idText(id));
    return {};
}

Result<void> write(Store& store, const RowChange& c, bool forward)
{
    const bool from = forward ? c.liveBefore : c.liveAfter;
    const bool to = forward ? c.liveAfter : c.liveBefore;
    const QVariantMap& values = forward ? c.after : c.before;
    if (from && to)
        return store.update(c.entity, c.id, values);
    if (to)
        return store.restore(c.entity, c.id, values);
    if (Result<void> r = checkUnreferenced(store, c.entity, c.id); !r)
        return r;
    return store.remove(c.entity, c.id);
}

class RecordedChanges : public AppliedCommand {
public:
    RecordedChanges(Document& document, const QString& text, std::vector<RowChange> changes)
        : AppliedCommand(document, text), m_changes(std::move(changes))
    {
    }

protected:
    Result<void> apply() override { return run(true); }
    Result<void> revert() override { return run(false); }

private:
    Result<void> run(bool forward)
    {
        Store& store = this->store();
        Result<Transaction> tx = store.begin();
        if (!tx)
            return tx.error();
        const auto step = [&](const RowChange& c) { return write(store, c, forward); };
        if (forward) {
            for (const RowChange& c : m_changes) {
                if (Result<void> r = step(c); !r)
                    return r;
            }
        } else {
            for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it) {
                if (Result<void> r = step(*it); !r)
                    return r;
            }
        }
        return tx->commit();
    }

    std::vector<RowChange> m_changes;
};

using Key = std::pair<QString, QUuid>;

Result<void> snapshot(const Store& store, const QList<ChangeScope>& scopes, std::map<Key, Row>& rows)
{
    for (const ChangeScope& s : scopes) {
        Result<std::vector<Row>> found = store.select(s.entity, s.where, s.binds);
        if (!found)
            return found.error();
        for (Row& r : *found)
            rows.insert_or_assign(Key{s.entity, r.id}, std::move(r));
    }
    return {};
}

} // namespace

Result<void> recordChanges(Document& document, const QString& description, const QList<ChangeScope>& scopes,
                           const std::function<Result<void>()>& change)
{
    Store& store = document.store();
    Result<Transaction> tx = store.begin();
    if (!tx)
        return tx.error();
    std::map<Key, Row> before;
    if (Result<void> r = snapshot(store, scopes, before); !r)
        return r;
    const qint64 seq = store.localSeq();
    if (Result<void> r = change(); !r)
        return r;

    std::map<Key, Row> after;
    if (Result<void> r = snapshot(store, scopes, after); !r)
        return r;
    // Rows that no longer match their scope are read by id.
    for (const auto& [key, row] : before) {
        if (after.count(key))
            continue;
        Result<Row> now = store.get(key.first, key.second);
        if (!now)
            return now.error();
        after.emplace(key, std::move(*now));
    }

    std::vector<RowChange> changes;
    for (const auto& [key, row] : after) {
        if (row.localSeq <= seq)
            continue; // not written by the change
        RowChange c{key.first, key.second, false, !row.deleted, {}, {}, row.localSeq};
        const auto old = before.find(key);
        c.liveBefore = old != before.end() && !old->second.deleted;
        if (c.liveBefore && c.liveAfter) {
            const EntityDef& e = *row.entity();
            for (size_t i = 0; i < e.fields.size(); ++i) {
                if (old->second.values[i] != row.values[i]) {
                    c.before.insert(e.fields[i].name, old->second.values[i]);
                    c.after.insert(e.fields[i].name, row.values[i]);
                }
            }
            if (c.after.isEmpty())
                continue;
        } else if (c.liveAfter) {
            c.after = rowValues(row);
        } else if (c.liveBefore) {
            c.before = rowValues(old->second);
        } else {
            continue; // a tombstone before and after
        }
        changes.push_back(std::move(c));
    }
    if (Result<void> r = tx->commit(); !r)
        return r;
    if (changes.empty())
        return {};
    std::sort(changes.begin(), changes.end(), [](const RowChange& a, const RowChange& b) { return a.seq < b.seq; });
    document.undoStack()->push(new RecordedChanges(document, description, std::move(changes)));
    return {};
}

} // namespace tandem
