#pragma once

#include <QColor>
#include <QFont>

class QLabel;
class QString;
class QWidget;

namespace tandem {

// The text styles and colours of the window, said once: a screen asks for a role (a heading, a
// caption, an overdue count) and never spells a font size or a colour itself. Where Qt's palette
// has the role (a caption's grey is QPalette::PlaceholderText) it is taken from there, so that a
// dark theme follows; the rest are the few fixed colours the house uses for state.
namespace TextStyle {

// `font` made `scale` times larger, bold when asked.
QFont scaled(QFont font, qreal scale, bool bold = true);
// `font`, bold.
QFont bold(QFont font);
// A widget's (or an item's) text in bold: a section's heading, a required field's label.
template <typename T>
void setBold(T* item)
{
    item->setFont(bold(item->font()));
}
// A screen's heading ("Meetings and trainings"): bold, 1.3 times the widget's font.
void setHeading(QWidget* widget);
// A new label holding `text` as a screen's heading.
QLabel* heading(const QString& text, QWidget* parent);
// The title above a form ("New tip", the selected record's name): bold, 1.15 times.
void setFormTitle(QWidget* widget);
// Secondary text (counts, hints): the palette's placeholder grey.
void setCaption(QWidget* widget);
// The widget's text (WindowText) in `colour`.
void setTextColour(QWidget* widget, const QColor& colour);
// The widget's background (Window) and text in the given colours, e.g. for a banner.
void setColours(QWidget* widget, const QColor& background, const QColor& text);

} // namespace TextStyle

// The fixed colours of state, by role.
namespace Colours {

// Overdue, late, a count that needs acting on (Material red 800).
QColor overdue();
// An error or problem message on a light window (red 900), in a dialog as well, and a late item in
// a calendar list (an overdue meeting follow-up).
QColor error();
// The same on a dark window (red A100).
QColor errorOnDark();
// Something no longer in force (a retired protocol, a skipped step): muted grey.
QColor muted();
// A soft red background behind a warning, and its dark red text.
QColor warningBackground();
QColor warningText();
// A soft green background behind a good state, and its dark green text.
QColor okBackground();
QColor okText();

} // namespace Colours

} // namespace tandem
