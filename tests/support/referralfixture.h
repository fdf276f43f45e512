#pragma once

#include "reportfixture.h"

#include <QUuid>

// The report fixture's task force with a small resource directory and the survivors' languages,
// for referrals (issue 14). Invented names only.
namespace tandem::test {

struct ReferralFixture : ReportFixture {
    ReferralFixture();

    // The live services, by name:
    QUuid helpline; // "Eastfold Trafficking Helpline": hotline, no capacity recorded, en ro sq pl, minors
    QUuid family;   // "Gullhaven Family Shelter": shelter, capacity 0, en pt ar, minors
    QUuid shelter;  // "Harbourside Women's Shelter": shelter, capacity 14, en ro sq, adults only
    QUuid foster;   // "Marrow Quay Foster Network": child services, capacity 10, English Romanian Albanian, minors
    QUuid legal;    // "Survivor Legal Aid Panel": legal aid, capacity 60, en, minors
    QUuid gone;     // "Old Quay Refuge", deleted
    // survivor1 (adult) speaks Romanian ("ro"), survivor2 (a minor) Albanian ("Albanian").
    QUuid adultStep; // survivor1's "Medical" step
    QUuid minorStep; // survivor2's "Medical" step

    // The checklist step of `survivor` whose protocol step is titled `title`.
    QUuid stepOf(const QUuid& survivor, const char* title);
};

} // namespace tandem::test
