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

// --new-passphrase-file F: a new person's passphrase (person add), beside the lead's own.
QCommandLineOption newPassphraseFileOption();
// The new person's passphrase: --new-passphrase-file, TANDEM_NEW_PASSPHRASE, or a prompt (twice).
Result<QString> readNewPassphrase(const Args& args, const QString& context);
// The passphrase from `option`'s file, the environment `variable`, or a prompt asking `question`.
Result<QString> readPassphraseFrom(const Args& args, const QString& option, const char* variable,
                                   const QString& question, const QString& context, bool confirm);

} // namespace tandem::cli
