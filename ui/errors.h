#pragma once

#include <QString>

class QWidget;

namespace tandem {

struct Error;

// The one place where a core Error becomes a message for a person: `what` says what failed
// ("The file could not be opened."), the error's context (a file, a record) and its message follow.
void showError(QWidget* parent, const QString& what, const Error& error);

} // namespace tandem
