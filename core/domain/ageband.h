#pragma once

#include <QString>

#include <optional>

namespace tandem {

// What a survivor's age band says about being a minor (under 18): true for the bands under 18,
// false for those of 18 and over, nothing for "unknown" (an age in doubt, where the liaison records
// whether the survivor is presumed a minor). A known band decides the survivor's `minor` field
// wherever a survivor is written (the registry's derive rule for survivor, core/store), so that
// the child-protection steps follow it.
std::optional<bool> minorByAgeBand(const QString& band);

} // namespace tandem
