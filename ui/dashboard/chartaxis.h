#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace tandem {

// A value axis for counts: ticks at whole numbers only (0, 1, 2 or 0, 5, 10, 15), never "0, 0, 1"
// from ticks between the units rounded for their labels. `top` is a multiple of `step` at or
// above the largest value; about five steps up to it.
struct IntegerAxis {
    int top = 1;
    int step = 1;
};

inline IntegerAxis integerAxis(double maximum)
{
    if (!(maximum > 0))
        return {};
    const double rough = maximum / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    const int whole = std::max(1, int(std::lround(step)));
    const int top = int(std::ceil(maximum / whole - 1e-9)) * whole;
    return {std::max(top, whole), whole};
}

} // namespace tandem
