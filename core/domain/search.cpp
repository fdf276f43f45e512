#include "search.h"

namespace tandem::search {
namespace {

// An FTS5 prefix query for one word. Words hold no quote (quotes separate words), so quoting
// makes any word a plain string to FTS5, never an operator (AND, NEAR, column filters).
QString prefixQuery(const QString& word)
{
    return QLatin1Char('"') + word + QStringLiteral("\"*");
}

Condition condition(const QStringList& words, const QString& alias, const QString& table, const QString& key)
{
    Condition c;
    if (words.isEmpty())
        return c;
    const QString sk = alias + QStringLiteral("_sk");
    c.join = QStringLiteral(" JOIN search_key %1 ON %1.id = %2.id").arg(sk, alias);
    QStringList terms;
    for (const QString& word : words) {
        // The unary + keeps SQLite from driving the query by this term: it walks the list in its
        // order (an index) and checks each row against the set of matches, built once.
        terms << QStringLiteral("+%1.key IN (SELECT %2 FROM %3 WHERE %3 MATCH ?)").arg(sk, key, table);
        c.binds << prefixQuery(word);
    }
    c.condition = terms.join(QStringLiteral(" AND "));
    return c;
}

} // namespace

Words searchWords(const QString& text)
{
    Words out;
    QString word;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        if (out.words.size() < kMaxWords)
            out.words << word;
        else
            out.truncated = true;
        word.clear();
    };
    // Code point by code point, as SQLite's unicode61 tokenizer reads: letters, numbers and marks
    // (and private-use characters) make words, everything else separates them.
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        const bool wordCharacter = QChar::isLetterOrNumber(c) || QChar::isMark(c)
                                   || category == QChar::Other_PrivateUse;
        if (wordCharacter)
            word += QString::fromUcs4(&c, 1);
        else
            flush();
    }
    flush();
    return out;
}

Condition operationCondition(const QStringList& words, const QString& alias)
{
    // rowid = key * 4 + part (searchschema.h)
    return condition(words, alias, QStringLiteral("operation_search"), QStringLiteral("rowid >> 2"));
}

Condition directoryCondition(const QStringList& words, const QString& alias)
{
    return condition(words, alias, QStringLiteral("directory_search"), QStringLiteral("rowid"));
}

} // namespace tandem::search
