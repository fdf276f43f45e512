#pragma once

#include "document.h"

#include <QColor>
#include <QFont>

// The look every format shares: type sizes, colours, and the lines a report's head carries.
namespace tandem::report::style {

inline constexpr qreal kKindPoints = 9;
inline constexpr qreal kTitlePoints = 18;
inline constexpr qreal kHeadingPoints = 12.5;
inline constexpr qreal kSubheadingPoints = 10.5;
inline constexpr qreal kBodyPoints = 9.5;
inline constexpr qreal kTablePoints = 8.5;
inline constexpr qreal kSmallPoints = 8;
inline constexpr qreal kMarkingPoints = 10;

// Pixels of the 96 dpi layout (0.75 pt each).
inline constexpr qreal kBorderWidth = 0.75;
inline constexpr qreal kCellPadding = 4;
// The largest a picture (a target's floor plan) is laid out in PDF, in layout pixels (96 dpi):
// the body's width on A4 and Letter, and 60% of its height, so that it fits one page.
inline constexpr qreal kImageWidth = 600;
inline constexpr qreal kImageHeight = 560;
// The same in millimetres for ODT.
inline constexpr qreal kImageWidthMm = 159;
inline constexpr qreal kImageHeightMm = 148;

inline const QColor kText{0x1a, 0x1a, 0x1a};
inline const QColor kMuted{0x55, 0x5f, 0x6b};
inline const QColor kAccent{0x1f, 0x3b, 0x5a};
inline const QColor kLabel{0x24, 0x2f, 0x3c};
inline const QColor kBorder{0x8a, 0x96, 0xa3};
inline const QColor kHeaderShade{0xdc, 0xe3, 0xeb};
inline const QColor kLabelShade{0xee, 0xf1, 0xf5};
inline const QColor kStripe{0xf7, 0xf8, 0xfa};
inline const QColor kWarning{0x9a, 0x1b, 0x1b};

// Noto Sans where installed (it covers most scripts), else DejaVu Sans, else any sans serif.
QFont bodyFont(qreal points = kBodyPoints);

// "Issued by Northbridge Task Force on 14/04/2026 10:30 · Tandem"
QString issuedLine(const Document& d);
// The warning a report with survivors' identities carries under its title.
QString identitiesWarning(const Document& d);
// "Page 3 of 7"
QString pageText(const Document& d, int page, int pages);

} // namespace tandem::report::style
