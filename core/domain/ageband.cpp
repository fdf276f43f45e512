#include "ageband.h"

namespace tandem {

std::optional<bool> minorByAgeBand(const QString& band)
{
    if (band == QLatin1String("under_12") || band == QLatin1String("12_15") || band == QLatin1String("16_17"))
        return true;
    if (band == QLatin1String("18_24") || band == QLatin1String("25_34") || band == QLatin1String("35_49")
        || band == QLatin1String("50_plus"))
        return false;
    return std::nullopt;
}

} // namespace tandem
