#pragma once

#include "util/result.h"

#include <QString>

namespace tandem {

class Store;

// The office's short code (DESIGN.md §8): 2 to 5 upper-case letters (A-Z) or digits, kept in the
// office's own row of the office directory (field `code`, schema 5), so partners see it too.
// Survivor codes are minted as CODE-YYYY-NNNN (nextSurvivorCode), so two offices that number at
// the same time never give the same code. Until an office sets one (files made before schema 5),
// minting uses the code derived from the office's name.

// Empty when `code` is a valid office code; otherwise what is wrong, in the reader's language.
// Checks `code` as it is: normaliseOfficeCode() first for what a person typed.
QString officeCodeProblem(const QString& code);

// What a person typed, trimmed and in upper case ("nb " -> "NB"); not checked.
QString normaliseOfficeCode(const QString& typed);

// What a person typed as an office code, normalised and checked: the code, or what is wrong,
// quoting what was typed (the error has no context: the caller names the file).
Result<QString> parseOfficeCode(const QString& typed);

// The code derived from an office's name: the initials of its words (letters and digits, accents
// dropped), up to 5; from a one-word name, its first two letters; "OF" when the name has no
// Latin letter or digit. Always valid: "Harbour Unit" -> "HU", "North Bay Police" -> "NBP".
QString derivedOfficeCode(const QString& officeName);

// This office's code as set; empty when none is (a file from before schema 5).
Result<QString> officeCode(const Store& store);

// The code survivor codes are minted with: the office's own, or else the one derived from its name.
Result<QString> mintingOfficeCode(const Store& store);

// Whether the acting person may set or change the office's code: the office directory is a lead's
// (the acting person's write guard answers, as for trusting partners).
Result<void> mayChangeOfficeCode(const Store& store);

// Sets this office's code to what a person typed (normalised, then checked), as the acting person,
// audited ("office code", old -> new). Survivor codes already minted are never rewritten. Refused,
// with nothing changed: an invalid code, a person who is not a lead.
Result<void> setOfficeCode(Store& store, const QString& typed);

// This machine's number among the office's machines (sync/seats.h): 1 for the office's first
// file, then 2, 3... in the order they were invited. Each machine mints its survivor codes in a
// range of its own (nextSurvivorCode, domain/survivors.h), so that two machines numbering at
// the same moment never give the same code.
int machineNumber(const Store& store);

} // namespace tandem
