#pragma once

#include "util/result.h"

#include <QCommandLineOption>
#include <QString>

namespace tandem::cli {

class Args;

// --passphrase-file F: the option every command that needs the office passphrase accepts.
QCommandLineOption passphraseFileOption();

// The office passphrase, from (in this order) --passphrase-file (its first line),
// TANDEM_PASSPHRASE, or a prompt without echo when standard input is a terminal; never from an
// argument, which would show in `ps` and in shell history. `confirm` asks twice at a prompt (for
// a new passphrase).
Result<QString> readPassphrase(const Args& args, const QString& context, bool confirm = false);

} // namespace tandem::cli
