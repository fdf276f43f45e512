#pragma once

#include <QStringList>

// The local full-text search index (schema step 3): SQLite FTS5 tables kept up to date by
// triggers (through marks since step 7, see below), so that every write keeps them right, whether it comes from the write path, an undo,
// or a merge's set-based upsert. The index is local: it is never exported, never dumped, and a
// partner rebuilds its own from the rows it holds.
//
//   search_key (key INTEGER PRIMARY KEY, id BLOB UNIQUE)
//       a stable small integer per operation, agency and service id, used as the FTS rowid. (The
//       implicit rowid of an entity table is not stable: VACUUM may renumber it.)
//   operation_search (body)   FTS5, rowid = key * 4 + part, one row per part of an operation:
//       part 0 the operation's own text (code name, plan fields, briefing place, ...),
//       part 1 its live targets, part 2 its lead agency and assigned agencies (with team leads and
//       reporting places), part 3 its log notes. Tombstoned operations have no rows; tombstoned
//       children leave their part. An operation matches a query when every word of the query is
//       found in one of its parts: `rowid >> 2` is the operation's key.
//   directory_search (body)   FTS5, rowid = key, one row per live agency and service.
//
// Both use the unicode61 tokenizer without diacritics ("jose" finds "José") and prefix indexes of
// one to three characters, so that the first letters typed are answered from the index.
namespace tandem::schema {

// The statements of schema step 3: tables, triggers, and the index of the rows already there.
// Append-only like every step: never change them once shipped; add a later step instead.
QStringList searchIndexStatements();

// The statements of schema step 7: step 3's triggers rewrote an operation's whole part for every
// row written (an operation with k notes merged was indexed k times); from then on triggers only
// mark what changed in `search_dirty (part, id)` (parts 0 to 3 of an operation, 4 an agency's and
// 5 a service's directory entry), and the index is brought up to date once per transaction, before
// it commits, by searchRefreshStatements() (Store does it; a statement run outside a transaction
// is followed by it too).
QStringList searchIndexMarkStatements();

// Rewrites the index for what is marked, then clears the marks. Run inside a transaction.
const QStringList& searchRefreshStatements();

// The index's parts (see above).
enum SearchPart { SearchOperation = 0, SearchTargets = 1, SearchAgencies = 2, SearchNotes = 3 };

} // namespace tandem::schema
