#include "sqlaggregates.h"

#include "util/percentile.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace tandem::sqlaggregates {
namespace {

// The aggregate's state, in the memory SQLite zeroes for it: the values seen and p.
struct PercentileState {
    std::vector<double>* values;
    double p;
};

void percentileStep(sqlite3_context* context, int, sqlite3_value** argv)
{
    auto* state = static_cast<PercentileState*>(sqlite3_aggregate_context(context, sizeof(PercentileState)));
    if (!state) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (!state->values) {
        state->values = new std::vector<double>;
        state->p = std::clamp(sqlite3_value_double(argv[1]), 0.0, 1.0);
    }
    if (sqlite3_value_type(argv[0]) != SQLITE_NULL)
        state->values->push_back(sqlite3_value_double(argv[0]));
}

// Called once per group, whatever happened in between: it frees what the steps allocated.
void percentileFinal(sqlite3_context* context)
{
    auto* state = static_cast<PercentileState*>(sqlite3_aggregate_context(context, 0));
    const std::unique_ptr<std::vector<double>> values(state ? std::exchange(state->values, nullptr) : nullptr);
    if (!values || values->empty()) {
        sqlite3_result_null(context);
        return;
    }
    std::sort(values->begin(), values->end());
    sqlite3_result_double(context, percentile(*values, state->p));
}

} // namespace

void registerAll(void* handle)
{
    auto* db = static_cast<sqlite3*>(handle);
    sqlite3_create_function_v2(db, "tandem_percentile", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, nullptr,
                               percentileStep, percentileFinal, nullptr);
}

} // namespace tandem::sqlaggregates
