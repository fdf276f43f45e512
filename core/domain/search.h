#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

// Search as you type over the local full-text index (store/searchschema.h). What a person types is
// cut into words; a record matches when every word begins a word of its text, in any order, with
// or without accents and capitals ("mar quay" finds "Marrow Quay").
namespace tandem::search {

// At most this many words of a query are used; a longer query is cut here (searchWords() says so
// by returning `truncated`).
constexpr int kMaxWords = 12;

struct Words {
    QStringList words;
    bool truncated = false;
};

// The words of `text` as the index cuts them (letters, digits and marks; anything else separates).
Words searchWords(const QString& text);

// An SQL condition and the JOIN it needs, with the values to bind in order. Empty when there is
// nothing to search for (every record matches).
struct Condition {
    QString join;      // goes after the FROM table (and its alias)
    QString condition; // goes into the WHERE clause
    QVariantList binds;
    bool isEmpty() const { return condition.isEmpty(); }
};

// Operations `alias` (a table alias of `operation`) whose text, targets, agencies or log notes
// contain every word. The join adds the alias "<alias>_sk".
Condition operationCondition(const QStringList& words, const QString& alias);

// Agencies or services `alias` (of `agency` or `service`) whose directory text contains every word.
Condition directoryCondition(const QStringList& words, const QString& alias);

} // namespace tandem::search
