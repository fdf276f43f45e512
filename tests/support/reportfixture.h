#pragma once

#include "testsupport.h"

#include <QDateTime>
#include <QUuid>

// A small, hand-made task force for the reports and the dashboard, with every figure known by
// hand (see reportfixture.cpp for the arithmetic). Invented names only.
namespace tandem::test {

struct ReportFixture {
    ReportFixture();

    static QDateTime utc(int y, int m, int d, int h = 0, int min = 0);
    // 2026-05-20 12:00 UTC: the store's wall clock, when overdue steps are judged.
    static QDateTime now() { return utc(2026, 5, 20, 12); }

    TempStore t;
    ManualClock clock;
    QUuid harbourOffice;    // partner office that survivor 1 consented to share her identity with
    QUuid prosecutorOffice; // partner office nobody consented to
    QUuid police;           // agency "Northbridge Police" (police)
    QUuid outreach;         // agency "Harbour Outreach Services" (ngo_victim_services)
    QUuid lantern;          // completed, labour exploitation, 2026-04-10
    QUuid kestrel;          // planned, sexual exploitation, 2026-05-02
    QUuid survivor1;        // V-2026-0001, adult, T0 2026-04-10 08:00, identity consent to Harbour
    QUuid survivor2;        // V-2026-0002, minor, T0 2026-04-10 09:00, no consent
};

// The identities in the fixture, which must never appear without consent.
inline const QString kNameCovered = QStringLiteral("Mira Examplova");
inline const QString kNameWithheld = QStringLiteral("Tomas Fictus");

} // namespace tandem::test
