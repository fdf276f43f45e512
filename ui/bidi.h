#pragma once

#include <QString>

namespace tandem {

// A person's words shown among the window's own (a step's title, a name, a code name), kept in
// their own order in a right-to-left layout: put in a Unicode isolate, so that "30-day review"
// does not read "day review-30" in an Arabic window, nor "Operation Grey Tern · V-2026-0058" trade
// places with the words around it. A left-to-right isolate (LRI … PDI) when the text has no
// right-to-left letter (Latin words, codes, numbers), a first-strong isolate (FSI … PDI) otherwise;
// unchanged in a left-to-right layout, when empty or already isolated. For what the window shows
// (Qt::DisplayRole) only: never for what is stored, edited or exported.
QString shownIsolated(const QString& text);
// The same for a layout of `direction` (the application's is used above).
QString shownIsolated(const QString& text, Qt::LayoutDirection direction);

} // namespace tandem
