#pragma once

// The measures of TimelineChart, shared by its layout (timelinechart.cpp) and its painting
// (timelinechartpaint.cpp). Pixels unless said otherwise.
namespace tandem::timeline {

constexpr int kLabelWidth = 180; // the lanes' names
constexpr int kAxisHeight = 30;
constexpr int kRowHeight = 28;   // a row of tasks within a lane
constexpr int kLanePadding = 8;
constexpr int kMaxRows = 6;      // rows of a lane; a crowded moment shares the last one
constexpr int kMarker = 7;       // half the diamond of a task
constexpr long long kSnapSecs = 15 * 60; // a dragged task lands on a quarter of an hour

} // namespace tandem::timeline
