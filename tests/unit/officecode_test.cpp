// The office's short code (issue 18, DESIGN.md §8): what a valid code is, the code derived from an
// office's name, survivor codes minted with it, who may change it, and a version-4 file that has
// none.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/office.h"
#include "domain/officecode.h"
#include "domain/people.h"
#include "domain/survivors.h"
#include "store/keystore.h"

using namespace tandem;
using namespace tandem::test;

namespace {

QUuid addSurvivor(Store& s, const QString& code)
{
    Result<QUuid> id = s.insert(QStringLiteral("survivor"), {{QStringLiteral("code"), code}});
    REQUIRE(id);
    return *id;
}

} // namespace

TEST_CASE("an office code is 2 to 5 capital letters or digits")
{
    for (const char* good : {"NB", "HQ1", "ABCDE", "42"})
        CHECK(officeCodeProblem(QString::fromLatin1(good)).isEmpty());
    for (const char* bad : {"", "N", "nb", "ABCDEF", "N B", "TOO-LONG!", "N-B", "ÉC"})
        CHECK_FALSE(officeCodeProblem(QString::fromUtf8(bad)).isEmpty());
    // What a person types is trimmed and put in capitals; the error quotes what was typed.
    CHECK(*parseOfficeCode(QStringLiteral(" nb ")) == QStringLiteral("NB"));
    Result<QString> one = parseOfficeCode(QStringLiteral("n"));
    REQUIRE_FALSE(one);
    CHECK(one.error().message.startsWith(QStringLiteral("\"n\" is not an office code")));
    CHECK_FALSE(parseOfficeCode(QStringLiteral("TOO-LONG!")));
    Result<QString> empty = parseOfficeCode(QStringLiteral("  "));
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.startsWith(QStringLiteral("an office code is required")));
}

TEST_CASE("the derived code is the initials of the office's name, always valid")
{
    CHECK(derivedOfficeCode(QStringLiteral("Harbour Unit")) == QStringLiteral("HU"));
    CHECK(derivedOfficeCode(QStringLiteral("North Bay Police")) == QStringLiteral("NBP"));
    CHECK(derivedOfficeCode(QStringLiteral("Valley Shelter Network")) == QStringLiteral("VSN"));
    CHECK(derivedOfficeCode(QStringLiteral("Éclair d'Espoir")) == QStringLiteral("ED"));
    CHECK(derivedOfficeCode(QStringLiteral("a b c d e f g")) == QStringLiteral("ABCDE"));
    CHECK(derivedOfficeCode(QStringLiteral("Eastfold")) == QStringLiteral("EA"));
    CHECK(derivedOfficeCode(QStringLiteral("Unit 7 - North")) == QStringLiteral("U7N"));
    CHECK(derivedOfficeCode(QString::fromUtf8("مكتب الشمال")) == QStringLiteral("OF"));
    CHECK(derivedOfficeCode(QString()) == QStringLiteral("OF"));
    for (const char* name : {"x", "Harbour Unit", "مكتب", "1", "a-b-c-d-e-f"})
        CHECK(officeCodeProblem(derivedOfficeCode(QString::fromUtf8(name))).isEmpty());
}

TEST_CASE("survivor codes are minted with the office code and codes given before are kept")
{
    TempStore t(QStringLiteral("North Bay Police"));
    // A file without a code mints with the derived one.
    CHECK(officeCode(*t)->isEmpty());
    CHECK(*nextSurvivorCode(*t, 2026) == QStringLiteral("NBP-2026-0001"));
    for (const char* code : {"NBP-2026-0007", "NBP-2026-0012", "NBP-2025-0400", "NBP-2026-12x", "V-2026-0099", "NB-2026-0500"})
        addSurvivor(*t, QString::fromLatin1(code));
    CHECK(*nextSurvivorCode(*t, 2026) == QStringLiteral("NBP-2026-0013"));
    CHECK(*nextSurvivorCode(*t, 2025) == QStringLiteral("NBP-2025-0401"));
    addSurvivor(*t, QStringLiteral("NBP-2024-9999"));
    CHECK(*nextSurvivorCode(*t, 2024) == QStringLiteral("NBP-2024-10000"));

    // Set: the next code follows the new prefix's own numbers; no code is rewritten.
    REQUIRE(setOfficeCode(*t, QStringLiteral("nb")));
    CHECK(*officeCode(*t) == QStringLiteral("NB"));
    CHECK(*nextSurvivorCode(*t, 2026) == QStringLiteral("NB-2026-0501"));
    CHECK(*nextSurvivorCode(*t, 2027) == QStringLiteral("NB-2027-0001"));
    Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT count(*) FROM survivor WHERE code LIKE 'NBP-%' OR code LIKE 'V-%'"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == 6);

    // A bad code changes nothing.
    Result<void> bad = setOfficeCode(*t, QStringLiteral("TOO-LONG!"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("\"TOO-LONG!\" is not an office code")));
    CHECK(*officeCode(*t) == QStringLiteral("NB"));
    // Nor around the rule: the store refuses an invalid code written as a plain field.
    CHECK_FALSE(t->update(QStringLiteral("office"), t->officeId(), {{QStringLiteral("code"), QStringLiteral("nb")}}));
    CHECK(*officeCode(*t) == QStringLiteral("NB"));
}

TEST_CASE("a new office gets its code at creation: the one given, or the derived one")
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> given = createOffice(dir.filePath(QStringLiteral("a.tandem")), QStringLiteral("Harbour Unit"),
                                                        kOfficePassphrase, QStringLiteral("Mara Lead"), {}, QStringLiteral("hq"));
    REQUIRE(given);
    CHECK(*officeCode(**given) == QStringLiteral("HQ"));
    Result<std::unique_ptr<Store>> derived =
        createOffice(dir.filePath(QStringLiteral("b.tandem")), QStringLiteral("Harbour Unit"), kOfficePassphrase);
    REQUIRE(derived);
    CHECK(*officeCode(**derived) == QStringLiteral("HU"));
    CHECK(*nextSurvivorCode(**derived, 2026) == QStringLiteral("HU-2026-0001"));
    // A bad code: refused before any file exists.
    const QString path = dir.filePath(QStringLiteral("c.tandem"));
    Result<std::unique_ptr<Store>> bad =
        createOffice(path, QStringLiteral("Harbour Unit"), kOfficePassphrase, QStringLiteral("Mara Lead"), {}, QStringLiteral("n"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().context == path);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("only a lead sets the office's code")
{
    TempStore t;
    Result<std::vector<Person>> all = people::list(*t);
    REQUIRE(all);
    REQUIRE_FALSE(all->empty());
    const Person lead = all->front();
    people::actAs(*t, lead);
    Result<QUuid> analyst = people::add(*t, *t.keys, {QStringLiteral("Ana Ruiz"), {QStringLiteral("analyst")}, {}},
                                        QStringLiteral("analyst passphrase, not a secret"));
    REQUIRE(analyst);
    people::actAs(*t, *people::get(*t, *analyst));
    CHECK_FALSE(mayChangeOfficeCode(*t));
    Result<void> refused = setOfficeCode(*t, QStringLiteral("NB"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("only a lead sets the office's code")));
    CHECK(officeCode(*t)->isEmpty());
    people::actAs(*t, lead);
    REQUIRE(mayChangeOfficeCode(*t));
    REQUIRE(setOfficeCode(*t, QStringLiteral("NB")));
    CHECK(*officeCode(*t) == QStringLiteral("NB"));
}

TEST_CASE("a version-4 file opens with no office code and mints with the derived one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tandem"));
    REQUIRE(makeVersion4Office(path, QStringLiteral("old office passphrase"), QStringLiteral("Zorielle Quintvard")));
    Result<std::unique_ptr<Store>> s = Store::open(path);
    REQUIRE(s);
    Store& store = **s;
    CHECK(store.schemaVersion() == Store::currentSchemaVersion());
    CHECK(officeCode(store)->isEmpty());
    CHECK(*mintingOfficeCode(store) == QStringLiteral("OO")); // "Old Office"
    CHECK(*nextSurvivorCode(store, 2025) == QStringLiteral("OO-2025-0001"));
    // Its survivor keeps the code it had.
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT code FROM survivor"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QStringLiteral("V-2025-0042"));
    // The table of flagged pairs is there, empty.
    Result<QSqlQuery> clashes = store.exec(QStringLiteral("SELECT count(*) FROM code_clash"));
    REQUIRE(clashes);
    REQUIRE(clashes->next());
    CHECK(clashes->value(0).toInt() == 0);
}
