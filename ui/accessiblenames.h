#pragma once

class QWidget;

namespace tandem {

// Gives every control under `root` that a label names (QLabel::buddy) that label as its accessible
// name, unless it has one: a screen reader then says "Age band" where it would say the box's
// current value ("16–17") or the title of the group around it ("Selected step"). The label's
// "&" and closing colon are left out. Called once a window's controls are made (the main window,
// every dialog through Dialogs::exec).
void nameFieldsByTheirLabels(QWidget* root);

} // namespace tandem
