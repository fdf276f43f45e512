#pragma once

#include "store/check.h"
#include "util/result.h"

namespace tandem {

class Store;

// The rules of the domain that a file can break when something wrote around them (an older
// version, a tool, a merge of partners' edits), added to a check() report, each naming the record.
// Errors: a closed operation with open mandatory checklist steps, two active versions of one
// protocol, a survivor with a rescue time (T0) but no checklist while protocols are in force, an
// operation approved or later (briefed, in progress, completed, closed) without its approver.
// A warning: two live survivors with one code (two offices may number at the same time before
// they exchange). Reads only.
Result<void> checkDomain(const Store& store, CheckReport& report);

} // namespace tandem
