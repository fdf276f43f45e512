#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tandem::demo {

class Rng;

// Every name the demo prints comes from here, so that what "invented" means can be checked in
// one place (tests/unit/demo_test.cpp does).
//
// People: a given name from a list we made up of uncommon given names, and a surname built from an
// invented stem and ending ("Quill" + "ard"). The surnames are not taken from any list of real
// people; the test checks every surname this vocabulary can make against a deny list of famous
// people's surnames and common real surnames.
//
// Places: an invented county, Eastfold, with invented towns and streets. Coordinates lie over open
// sea (the Dogger Bank, in the North Sea, where there is no land and no building), so that no
// target of a demo raid points at a real address on a map.
//
// Phones: only numbers reserved by the UK regulator Ofcom for drama and fiction:
// 07700 900000-900999 (mobile) and 01632 960000-960999 (landline), written +44 7700 900xxx and
// +44 1632 960xxx. E-mail addresses use the reserved top-level domain .example (RFC 2606).
namespace vocabulary {

const QStringList& femaleNames();
const QStringList& maleNames();
const QStringList& givenNames(); // both of the above
const QStringList& surnameStems();
const QStringList& surnameEndings();

// "Given Surname"; the given name fits `gender` ("female", "male", anything else: either).
QString personName(Rng& rng, const QString& gender = {});
// A surname of this vocabulary, and every surname it can make.
QString surname(Rng& rng);
QStringList allSurnames();
// Whether `name` is "Given Surname" made of this vocabulary, after an optional title or rank
// ("DS", "Dr", ...).
bool isInventedPersonName(const QString& name);
// Titles and ranks personName() may be prefixed with.
const QStringList& titles();

struct Town {
    const char* name;
    double latitude;
    double longitude;
};
const std::vector<Town>& towns();
const QStringList& streets();

// Operation code names: "Operation Lantern", "Operation Quiet Harbour".
const QStringList& codeNameWords();
const QStringList& codeNameAdjectives();

// Ofcom's drama ranges: number in [0, 999].
QString mobilePhone(int number);
QString landlinePhone(int number);

// "duty@harbourside-survivor-advocacy.example"
QString email(const QString& mailbox, const QString& organisation);

} // namespace vocabulary
} // namespace tandem::demo
