#pragma once

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

} // namespace tandem
