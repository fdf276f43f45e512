// The protocol file format: what it accepts, what it refuses and how it says so.

#include "catchqt.h"

#include "domain/protocolfile.h"

#include <QFile>

using namespace tandem;

namespace {

const QString kFile = QStringLiteral("shelter-protocol.json");

// A valid file with two steps; tests replace parts of it.
QByteArray validFile(const QByteArray& step2 = {})
{
    QByteArray second = step2.isEmpty()
                            ? QByteArray(R"({"key": "pep", "title": "PEP offered", "owner_role": "medical",
                                             "due": "+72h", "mandatory": true, "applies_to": "sexual_violence"})")
                            : step2;
    return R"({
  "format": "tandem-protocol/1",
  "name": "Harbourside shelter intake",
  "version": 2,
  "next_review": "2027-06-30",
  "steps": [
    {"key": "advocate", "title": "Advocate meets the survivor", "owner_role": "ngo_advocate", "due": "+1h"},
    )" + second + R"(
  ]
})";
}

QString errorOf(const QByteArray& json)
{
    Result<ProtocolFile> p = parseProtocolFile(json, kFile);
    REQUIRE_FALSE(p);
    CHECK(p.error().context == kFile);
    return p.error().message;
}

} // namespace

TEST_CASE("a valid protocol file is read with defaults for what it leaves out")
{
    Result<ProtocolFile> p = parseProtocolFile(validFile(), kFile);
    REQUIRE(p);
    CHECK(p->name == QStringLiteral("Harbourside shelter intake"));
    CHECK(p->version == 2);
    CHECK(p->family.isNull());
    CHECK(p->nextReview == QDate(2027, 6, 30));
    REQUIRE(p->steps.size() == 2);
    const ProtocolStepSpec& first = p->steps[0];
    CHECK(first.key == QStringLiteral("advocate"));
    CHECK(first.dueAnchor == QStringLiteral("t0"));
    CHECK(first.dueOffsetMinutes == 60);
    CHECK_FALSE(first.mandatory);
    CHECK(first.appliesTo == QStringLiteral("all"));
    CHECK(p->steps[1].dueOffsetMinutes == 72 * 60);
    CHECK(p->steps[1].mandatory);
    CHECK(p->steps[1].appliesTo == QStringLiteral("sexual_violence"));
}

TEST_CASE("due offsets in minutes, hours and days, and before the first interview")
{
    CHECK(*parseDueOffset(QStringLiteral("+90m")) == 90);
    CHECK(*parseDueOffset(QStringLiteral("+1h")) == 60);
    CHECK(*parseDueOffset(QStringLiteral("+24h")) == 1440);
    CHECK(*parseDueOffset(QStringLiteral("+30d")) == 30 * 1440);
    CHECK(*parseDueOffset(QStringLiteral("+0h")) == 0);
    CHECK(*parseDueOffset(QStringLiteral("+366d")) == 366 * 1440);
    CHECK_FALSE(parseDueOffset(QStringLiteral("+367d")));
    CHECK_FALSE(parseDueOffset(QStringLiteral("1 hour")));
    CHECK_FALSE(parseDueOffset(QStringLiteral("+1w")));
    CHECK_FALSE(parseDueOffset(QStringLiteral("+h")));
    CHECK(parseDueOffset(QStringLiteral("-2h")).error().message.contains(QStringLiteral("negative")));

    for (int minutes : {0, 45, 60, 90, 720, 1440, 4320, 10080, 43200, 44640})
        CHECK(*parseDueOffset(formatDueOffset(minutes)) == minutes);
    CHECK(formatDueOffset(60) == QStringLiteral("+1h"));
    CHECK(formatDueOffset(72 * 60) == QStringLiteral("+72h"));
    CHECK(formatDueOffset(30 * 1440) == QStringLiteral("+30d"));
    CHECK(formatDueOffset(90) == QStringLiteral("+90m"));

    Result<ProtocolFile> p = parseProtocolFile(
        validFile(R"({"key": "interpreter", "title": "Interpreter booked", "owner_role": "case_manager",
                      "due": "before_first_interview"})"),
        kFile);
    REQUIRE(p);
    CHECK(p->steps[1].dueAnchor == QStringLiteral("first_interview"));
    CHECK(p->steps[1].dueOffsetMinutes == 0);
}

TEST_CASE("malformed JSON is refused with its line, column and offset")
{
    const QByteArray broken = "{\n  \"format\": \"tandem-protocol/1\",\n  \"name\": \"x\" \"steps\": []\n}";
    const QString message = errorOf(broken);
    CHECK(message.contains(QStringLiteral("not valid JSON")));
    CHECK(message.contains(QStringLiteral("line 3")));
    CHECK(message.contains(QStringLiteral("offset")));
    CHECK(errorOf("[1, 2]").contains(QStringLiteral("one JSON object")));
}

TEST_CASE("a wrong or missing format tag is refused")
{
    QByteArray json = validFile();
    CHECK(errorOf(json.replace("tandem-protocol/1", "tandem-protocol/9")).contains(QStringLiteral("tandem-protocol/9")));
    CHECK(errorOf(R"({"name": "x", "steps": []})").contains(QStringLiteral("\"format\" is missing")));
}

TEST_CASE("a protocol without a name is refused")
{
    QByteArray json = validFile();
    json.replace("\"name\": \"Harbourside shelter intake\",", "");
    CHECK(errorOf(json).contains(QStringLiteral("\"name\" is missing")));
    json = validFile();
    json.replace("\"Harbourside shelter intake\"", "\"   \"");
    CHECK(errorOf(json).contains(QStringLiteral("\"name\" is empty")));
}

TEST_CASE("a missing, malformed or negative offset names the step")
{
    const QString missing = errorOf(validFile(R"({"key": "pep", "title": "PEP offered", "owner_role": "medical"})"));
    CHECK(missing.contains(QStringLiteral("step 2 (\"PEP offered\")")));
    CHECK(missing.contains(QStringLiteral("\"due\" is missing")));

    const QString malformed = errorOf(validFile(R"({"key": "pep", "title": "PEP offered", "owner_role": "medical", "due": "72 hours"})"));
    CHECK(malformed.contains(QStringLiteral("step 2 (\"PEP offered\")")));
    CHECK(malformed.contains(QStringLiteral("\"72 hours\" is not an offset")));

    const QString negative = errorOf(validFile(R"({"key": "pep", "title": "PEP offered", "owner_role": "medical", "due": "-1h"})"));
    CHECK(negative.contains(QStringLiteral("step 2 (\"PEP offered\")")));
    CHECK(negative.contains(QStringLiteral("negative")));
}

TEST_CASE("an unknown owner role or applies_to is refused with the choices")
{
    const QString role = errorOf(validFile(R"({"key": "pep", "title": "PEP offered", "owner_role": "nurse", "due": "+72h"})"));
    CHECK(role.contains(QStringLiteral("step 2 (\"PEP offered\")")));
    CHECK(role.contains(QStringLiteral("unknown owner role \"nurse\"")));
    CHECK(role.contains(QStringLiteral("ngo_advocate")));

    const QString applies = errorOf(validFile(R"({"key": "pep", "title": "PEP offered", "owner_role": "medical", "due": "+72h", "applies_to": "women"})"));
    CHECK(applies.contains(QStringLiteral("unknown applies_to \"women\"")));
    CHECK(applies.contains(QStringLiteral("foreign_nationals")));
}

TEST_CASE("a duplicated step key or title is refused")
{
    const QString key = errorOf(validFile(R"({"key": "advocate", "title": "Second advocate visit", "owner_role": "ngo_advocate", "due": "+24h"})"));
    CHECK(key.contains(QStringLiteral("step 2 (\"Second advocate visit\")")));
    CHECK(key.contains(QStringLiteral("key \"advocate\" is used by an earlier step")));

    const QString title = errorOf(validFile(R"({"key": "advocate2", "title": "advocate MEETS the survivor", "owner_role": "ngo_advocate", "due": "+24h"})"));
    CHECK(title.contains(QStringLiteral("the same title as step 1")));
}

TEST_CASE("misspelt fields and wrong types are refused rather than ignored")
{
    CHECK(errorOf(validFile(R"({"key": "pep", "title": "PEP offered", "owner_role": "medical", "due": "+72h", "aplies_to": "minors"})"))
              .contains(QStringLiteral("unknown field \"aplies_to\"")));
    CHECK(errorOf(validFile(R"({"key": "pep", "title": "PEP offered", "owner_role": "medical", "due": "+72h", "mandatory": "yes"})"))
              .contains(QStringLiteral("\"mandatory\" must be true or false")));
    CHECK(errorOf(validFile(R"({"key": "PEP step", "title": "PEP offered", "owner_role": "medical", "due": "+72h"})"))
              .contains(QStringLiteral("key \"PEP step\"")));
    CHECK(errorOf(validFile(R"({"key": "pep", "title": "", "owner_role": "medical", "due": "+72h"})"))
              .contains(QStringLiteral("step 2: \"title\" is empty")));
    QByteArray json = validFile();
    CHECK(errorOf(json.replace("\"version\": 2", "\"version\": 1.5")).contains(QStringLiteral("\"version\" must be a whole number")));
    // Numbers beyond any integer type (found by fuzz_protocol: 1.9e96 was undefined behaviour).
    json = validFile();
    CHECK(errorOf(json.replace("\"version\": 2", "\"version\": 1.88889e96")).contains(QStringLiteral("\"version\" must be a whole number")));
    json = validFile();
    CHECK(errorOf(json.replace("\"version\": 2", "\"version\": -9.3e18")).contains(QStringLiteral("\"version\" must be a whole number")));
    json = validFile();
    CHECK(errorOf(json.replace("2027-06-30", "30/06/2027")).contains(QStringLiteral("next_review")));
    CHECK(errorOf(R"({"format": "tandem-protocol/1", "name": "x", "steps": []})").contains(QStringLiteral("no steps")));
}

TEST_CASE("writing and reading a protocol file gives the same protocol")
{
    ProtocolFile p;
    p.family = QUuid::fromString(QStringLiteral("019bbef3-b000-7b19-a57b-39c553ff95d4"));
    p.name = QStringLiteral("Eastfold \"quick\" protocol — ünïcode");
    p.jurisdiction = QStringLiteral("Eastfold");
    p.version = 3;
    p.nextReview = QDate(2028, 1, 31);
    p.changeNotes = QStringLiteral("Line one\nLine two");
    p.steps.push_back({QStringLiteral("a"), QStringLiteral("First"), QStringLiteral("Say \\ and \"quote\""),
                       QStringLiteral("police"), QStringLiteral("t0"), 90, true, QStringLiteral("all")});
    p.steps.push_back({QStringLiteral("b"), QStringLiteral("Second"), {}, QStringLiteral("legal"),
                       QStringLiteral("first_interview"), 0, false, QStringLiteral("minors")});
    const QByteArray written = writeProtocolFile(p);
    Result<ProtocolFile> back = parseProtocolFile(written, kFile);
    REQUIRE(back);
    CHECK(back->sameContent(p));
    CHECK(writeProtocolFile(*back) == written);
}

TEST_CASE("the default protocol files read back byte for byte as the writer writes them")
{
    for (const char* name : {"general", "minors", "foreign_nationals"}) {
        const QString path = QStringLiteral(":/protocols/%1.json").arg(QLatin1String(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        Result<ProtocolFile> p = parseProtocolFile(bytes, path);
        INFO(path.toStdString());
        REQUIRE(p);
        CHECK_FALSE(p->family.isNull());
        CHECK(writeProtocolFile(*p) == bytes);
        for (const ProtocolStepSpec& s : p->steps) {
            INFO(s.key.toStdString());
            CHECK(s.guidance.contains(QStringLiteral("Source: ")));
        }
    }
}
