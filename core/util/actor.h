#pragma once

#include <QString>

namespace tandem {

// Who is at the keyboard, as far as this computer knows: the operating-system login name ($USER,
// $LOGNAME or $USERNAME, the first that is set), trimmed; empty when none is. The one place the
// window, the command line and the audit log learn it (until offices know their people, issue 17).
QString loginName();

} // namespace tandem
