#include "vocabulary.h"

#include "rng.h"

#include <QRegularExpression>

namespace tandem::demo::vocabulary {
namespace {

QStringList fromLatin1(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromLatin1(w);
    return out;
}

} // namespace

// Chosen for Tandem: uncommon given names from many languages, none of them the single name a
// famous person goes by.
const QStringList& femaleNames()
{
    static const QStringList names = fromLatin1({
        "Ilinca", "Mirela", "Tamsin", "Oriel", "Nessa", "Maren", "Liesel", "Dorota", "Anouk",
        "Saskia", "Yelena", "Teodora", "Rosalin", "Elspeth", "Carys", "Ines", "Adaeze", "Amara",
        "Noor", "Leyla", "Hania", "Zofia", "Bettina", "Keziah", "Linnea", "Marisol", "Thandi",
        "Yara", "Odette", "Sabela", "Ysolde", "Wenna",
    });
    return names;
}

const QStringList& maleNames()
{
    static const QStringList names = fromLatin1({
        "Idris", "Oren", "Tobiah", "Casimir", "Emeric", "Florin", "Gwilym", "Hamish", "Ivo",
        "Jarek", "Lorcan", "Matthias", "Nikolai", "Osric", "Piet", "Radu", "Soren", "Tevita",
        "Ulric", "Vasco", "Wendel", "Yusuf", "Zoltan", "Anselm", "Bastian", "Cormac", "Dario",
        "Eero", "Fintan", "Goran", "Hallam", "Joost",
    });
    return names;
}

const QStringList& givenNames()
{
    static const QStringList names = femaleNames() + maleNames();
    return names;
}

const QStringList& surnameStems()
{
    static const QStringList stems = fromLatin1({
        "Quill", "Vorn", "Hesk", "Brann", "Corv", "Dallow", "Emmer", "Fenn", "Garrow", "Hollin",
        "Kettle", "Lomm", "Marr", "Nettle", "Orrin", "Pask", "Rook", "Sallow", "Tarr", "Umber",
        "Vell", "Wick", "Yarr", "Alder", "Brisk", "Ebb", "Grist", "Hobb", "Jessel", "Mott",
        "Ould", "Rudd", "Varn", "Tamble", "Crann", "Dunmer",
    });
    return stems;
}

const QStringList& surnameEndings()
{
    static const QStringList endings = fromLatin1({
        "ard", "en", "ick", "ow", "ell", "ington", "by", "worth", "escu", "ak", "ani", "ert",
        "iston", "mere", "ett", "ock",
    });
    return endings;
}

const QStringList& titles()
{
    static const QStringList t = fromLatin1({"DC", "DS", "DI", "PC", "Sgt", "Insp.", "Supt.", "Dr"});
    return t;
}

QString joinSurname(const QString& stem, const QString& ending)
{
    // "Kettle" + "iston" reads "Kettliston": a stem's final e gives way to an ending's vowel.
    static const QString vowels = QStringLiteral("aeiou");
    if (stem.endsWith(QLatin1Char('e')) && vowels.contains(ending.front()))
        return stem.chopped(1) + ending;
    return stem + ending;
}

QString surname(Rng& rng)
{
    const QString stem = rng.pick(surnameStems());
    const QString ending = rng.pick(surnameEndings());
    return joinSurname(stem, ending);
}

QString personName(Rng& rng, const QString& gender)
{
    const QString given = rng.pick(gender == QLatin1String("female") ? femaleNames()
                                   : gender == QLatin1String("male") ? maleNames()
                                                                     : givenNames());
    const QString family = surname(rng);
    return given + QLatin1Char(' ') + family;
}

QStringList allSurnames()
{
    QStringList all;
    for (const QString& stem : surnameStems()) {
        for (const QString& ending : surnameEndings())
            all << joinSurname(stem, ending);
    }
    return all;
}

bool isInventedPersonName(const QString& name)
{
    QStringList parts = name.split(QLatin1Char(' '));
    if (parts.size() == 3 && titles().contains(parts.front()))
        parts.removeFirst();
    if (parts.size() != 2 || !givenNames().contains(parts[0]))
        return false;
    static const QStringList surnames = allSurnames();
    return surnames.contains(parts[1]);
}

const std::vector<Town>& towns()
{
    // Invented towns of the invented county of Eastfold. Coordinates over the Dogger Bank (open
    // sea): no real building is ever the "target" of a demo raid.
    static const std::vector<Town> t = {
        {"Eastfold", 54.905, 2.410},      {"Marrow Quay", 54.721, 2.052},
        {"Copperlea", 55.048, 2.803},     {"Linnet Reach", 54.602, 2.648},
        {"Gullhaven", 55.196, 2.207},     {"Tallowbridge", 54.799, 2.951},
        {"Wrenmouth", 55.102, 1.853},     {"Kestrelholm", 54.553, 2.251},
        {"Brindlemoor", 54.981, 2.598},   {"Pellow Sands", 55.247, 2.946},
    };
    return t;
}

const QStringList& streets()
{
    static const QStringList s = fromLatin1({
        "Tannery Lane", "Ropewalk", "Chandlers Row", "Salt Street", "Old Dock Road",
        "Lamplighter Way", "Coopers Yard", "Mill Race", "Harbour Parade", "Fletcher Street",
        "Sailmaker Close", "Net Loft Lane", "Brewhouse Street", "Quarry Road", "Orchard Rise",
        "Pinfold Lane", "Weavers Walk", "Cinder Path", "Tidewater Road", "Market Wynd",
        "Gasworks Lane", "Lockkeeper Row", "Kiln Street", "Ferry Approach", "Bellfounders Close",
        "Haybarn Road", "Slipway Terrace", "Smithy Lane", "Tollgate Road", "Wharf Street",
    });
    return s;
}

const QStringList& codeNameWords()
{
    static const QStringList w = fromLatin1({
        "Lantern", "Harbour", "Finch", "Compass", "Heron", "Anchor", "Orchard", "Beacon",
        "Threshold", "Kestrel", "Meridian", "Tide", "Larch", "Causeway", "Ember", "Pilot",
        "Sparrow", "Tern", "Keystone", "Lighthouse", "Bridle", "Quarry", "Spindle", "Cobalt",
        "Juniper", "Windlass", "Halyard", "Thimble", "Marigold", "Ferryman", "Flint", "Garnet",
        "Hawthorn", "Dipper", "Lodestar", "Mariner", "Nettle", "Osprey", "Pennant", "Quartz",
        "Rampart", "Saltmarsh", "Tamarisk", "Umbrella", "Vantage", "Wicket", "Yardarm", "Zephyr",
        "Aurora", "Bramble", "Cormorant", "Driftwood", "Estuary", "Foghorn", "Gatehouse",
        "Hollyhock", "Inlet", "Jetty", "Kelp", "Lamplight", "Moorland", "Nightjar", "Oarlock",
        "Plover", "Quayside", "Redstart", "Sandpiper", "Tinder", "Upland", "Vesper", "Waymark",
    });
    return w;
}

const QStringList& codeNameAdjectives()
{
    static const QStringList a = fromLatin1({
        "Silver", "Quiet", "Amber", "Northern", "Iron", "Open", "Hollow", "Bright", "Copper",
        "Winter", "Distant", "Steady", "Scarlet", "Granite", "Morning", "Paper", "Velvet", "Grey",
        "Western", "Still", "Broken", "Golden", "Narrow", "Patient", "Rising", "Second", "Sheltered",
        "Slate", "Summer", "Wide", "Early", "Evening", "Hidden", "Long", "Misty", "Deep",
    });
    return a;
}

QString mobilePhone(int number)
{
    return QStringLiteral("+44 7700 900%1").arg(number % 1000, 3, 10, QLatin1Char('0'));
}

QString landlinePhone(int number)
{
    return QStringLiteral("+44 1632 960%1").arg(number % 1000, 3, 10, QLatin1Char('0'));
}

QString email(const QString& mailbox, const QString& organisation)
{
    QString domain = organisation.toLower();
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    domain.replace(notWord, QStringLiteral("-"));
    while (domain.endsWith(QLatin1Char('-')))
        domain.chop(1);
    while (domain.startsWith(QLatin1Char('-')))
        domain.remove(0, 1);
    return mailbox + QLatin1Char('@') + domain + QStringLiteral(".example");
}

} // namespace tandem::demo::vocabulary
