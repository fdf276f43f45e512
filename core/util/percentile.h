#pragma once

#include <algorithm>
#include <vector>

namespace tandem {

// The p-quantile (0 <= p <= 1) of `sorted` (ascending, not empty) by linear interpolation between
// the closest ranks (the "R-7" rule of spreadsheets' PERCENTILE.INC): the median of an even count
// is the mean of the middle two. SQL uses it as tandem_percentile(value, p) (store/sqlaggregates.h).
inline double percentile(const std::vector<double>& sorted, double p)
{
    const double position = p * double(sorted.size() - 1);
    const auto lower = static_cast<std::size_t>(position);
    const double fraction = position - double(lower);
    if (lower + 1 >= sorted.size())
        return sorted.back();
    return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
}

// The same quantile of `values` in any order (not empty), which it reorders: std::nth_element
// finds the two closest ranks in linear time where sorting first takes n log n. When the first
// `ranked` values are already the `ranked` lowest (as a call for a lower quantile leaves those
// below its rank), the search starts after them.
inline double percentileOf(std::vector<double>& values, double p, std::size_t ranked = 0)
{
    const double position = p * double(values.size() - 1);
    const auto lower = static_cast<std::size_t>(position);
    const double fraction = position - double(lower);
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(lower);
    std::nth_element(values.begin() + static_cast<std::ptrdiff_t>(std::min(ranked, lower)), at, values.end());
    if (lower + 1 >= values.size())
        return *at;
    const double next = *std::min_element(at + 1, values.end());
    return *at + fraction * (next - *at);
}

} // namespace tandem
