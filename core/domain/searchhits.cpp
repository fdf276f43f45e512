#include "searchhits.h"

#include "store/sqlerror.h"
#include "store/store.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <memory>

namespace tandem::search {
namespace {

std::atomic<int> g_functions{0};

// Words kept while a search is typed; a search has at most kMaxWords of them.
constexpr qsizetype kMaxWordsKept = 64;

sqlite3* handleOf(const Store& store)
{
    const QVariant handle = store.database().driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}

// search_hit_<n>(key): 1 when the key is among the operations found.
void hitFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* hits = static_cast<const OperationHits*>(sqlite3_user_data(context));
    sqlite3_result_int(context, sqlite3_value_type(argv[0]) == SQLITE_INTEGER && hits->contains(sqlite3_value_int64(argv[0])));
}

} // namespace

OperationHits::OperationHits(const Store& store)
    : m_store(&store)
    , m_function(QStringLiteral("search_hit_%1").arg(++g_functions))
{
    if (sqlite3* db = handleOf(store)) {
        m_registered = sqlite3_create_function_v2(db, m_function.toLatin1().constData(), 1, SQLITE_UTF8, this, &hitFunction,
                                                  nullptr, nullptr, nullptr)
                       == SQLITE_OK;
    }
}

OperationHits::~OperationHits()
{
    if (m_store && m_registered) {
        if (sqlite3* db = handleOf(*m_store))
            sqlite3_create_function_v2(db, m_function.toLatin1().constData(), 1, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                       nullptr, nullptr);
    }
}

bool OperationHits::contains(std::int64_t key) const
{
    if (key < 0 || std::uint64_t(key) / 64 >= m_bits.size())
        return false;
    return (m_bits[size_t(key / 64)] >> (key % 64)) & 1u;
}

QString OperationHits::membership(const QString& keyExpression) const
{
    return QStringLiteral("%1(%2)").arg(m_function, keyExpression);
}

QString OperationHits::keyList() const
{
    if (m_keys.empty())
        return QStringLiteral("NULL");
    QString list;
    list.reserve(qsizetype(m_keys.size()) * 6);
    for (const std::int64_t key : m_keys) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(key);
    }
    return list;
}

Result<std::vector<std::int64_t>> OperationHits::scan(const QString& word) const
{
    sqlite3* db = handleOf(*m_store);
    if (!db)
        return makeError(QStringLiteral("the database connection is closed"));
    sqlite3_stmt* raw = nullptr;
    const QByteArray sql("SELECT rowid FROM operation_search WHERE operation_search MATCH ?");
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return makeError(sqliteErrorText(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, &sqlite3_finalize);
    // As domain/search.cpp writes a word: quoted (never an operator), a prefix.
    const QString query = QLatin1Char('"') + word + QStringLiteral("\"*");
    sqlite3_bind_text16(raw, 1, query.utf16(), int(query.size() * 2), SQLITE_TRANSIENT);
    std::vector<std::int64_t> keys;
    int rc = SQLITE_ROW;
    // Rows come in rowid order, and rowid = key * 4 + part: equal keys are next to each other.
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const std::int64_t key = sqlite3_column_int64(raw, 0) >> 2;
        if (keys.empty() || keys.back() != key)
            keys.push_back(key);
    }
    if (rc != SQLITE_DONE)
        return makeError(sqliteErrorText(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db))));
    return keys;
}

Result<void> OperationHits::find(const QStringList& words)
{
    if (!m_store)
        return makeError(QStringLiteral("the store is closed"));
    if (!m_registered)
        return makeError(QStringLiteral("the search function could not be registered"));
    if (m_words.size() > kMaxWordsKept)
        m_words.clear();
    std::vector<const std::vector<std::int64_t>*> sets;
    for (const QString& word : words) {
        auto it = m_words.find(word);
        if (it == m_words.end()) {
            Result<std::vector<std::int64_t>> keys = scan(word);
            if (!keys)
                return keys.error();
            it = m_words.insert(word, std::move(*keys));
        }
        sets.push_back(&*it);
    }
    // The smallest set first: every intersection is then at most that big.
    std::sort(sets.begin(), sets.end(), [](const auto* a, const auto* b) { return a->size() < b->size(); });
    m_keys = sets.empty() ? std::vector<std::int64_t>() : *sets.front();
    for (size_t i = 1; i < sets.size() && !m_keys.empty(); ++i) {
        std::vector<std::int64_t> both;
        std::set_intersection(m_keys.begin(), m_keys.end(), sets[i]->begin(), sets[i]->end(), std::back_inserter(both));
        m_keys = std::move(both);
    }
    m_bits.assign(m_keys.empty() ? 0 : size_t(m_keys.back() / 64 + 1), 0);
    for (const std::int64_t key : m_keys)
        m_bits[size_t(key / 64)] |= std::uint64_t(1) << (key % 64);
    return {};
}

} // namespace tandem::search
