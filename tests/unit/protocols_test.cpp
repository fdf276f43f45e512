// Protocols in the store: importing, the defaults, and which protocols are in force.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/protocols.h"

#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

qint64 count(Store& s, const QString& table)
{
    Result<QSqlQuery> q = s.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

ProtocolFile smallProtocol(int version = 1)
{
    ProtocolFile p;
    p.source = QStringLiteral("intake.json");
    p.family = QUuid::fromString(QStringLiteral("019bbef3-b000-7000-8000-000000000001"));
    p.name = QStringLiteral("Copperlea intake");
    p.version = version;
    p.nextReview = QDate(2027, 3, 1);
    p.steps.push_back({QStringLiteral("advocate"), QStringLiteral("Advocate meets the survivor"),
                       QStringLiteral("Source: CoE Convention Art. 12(1)(d)."), QStringLiteral("ngo_advocate"),
                       QStringLiteral("t0"), 60, true, QStringLiteral("all")});
    p.steps.push_back({QStringLiteral("guardian"), QStringLiteral("Guardian appointed"), {},
                       QStringLiteral("child_protection"), QStringLiteral("t0"), 72 * 60, true,
                       QStringLiteral("minors")});
    return p;
}

} // namespace

TEST_CASE("the default protocols install once, with their steps, and never twice")
{
    TempStore t;
    Result<QStringList> installed = installDefaultProtocols(*t);
    REQUIRE(installed);
    CHECK(installed->size() == 3);
    Result<std::vector<ProtocolFile>> defaults = defaultProtocols();
    REQUIRE(defaults);
    qint64 steps = 0;
    for (const ProtocolFile& p : *defaults)
        steps += qint64(p.steps.size());
    CHECK(count(*t, QStringLiteral("protocol")) == 3);
    CHECK(count(*t, QStringLiteral("protocol_step")) == steps);
    const qint64 seq = t->localSeq();

    Result<QStringList> again = installDefaultProtocols(*t);
    REQUIRE(again);
    CHECK(again->isEmpty());
    CHECK(count(*t, QStringLiteral("protocol")) == 3);
    CHECK(t->localSeq() == seq);
}

TEST_CASE("the general protocol owes what an NGO liaison must do within hours")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    Result<std::vector<Row>> general = t->select(QStringLiteral("protocol"), QStringLiteral("name = ?"),
                                                 {QStringLiteral("General post-rescue assistance")});
    REQUIRE(general);
    REQUIRE(general->size() == 1);
    Result<std::vector<Row>> steps = protocolSteps(*t, general->front().id);
    REQUIRE(steps);
    auto find = [&](const QString& word) -> const Row* {
        for (const Row& r : *steps) {
            if (r.text(QStringLiteral("title")).contains(word, Qt::CaseInsensitive))
                return &r;
        }
        return nullptr;
    };
    struct Expected {
        const char* word;
        const char* anchor;
        int minutes;
        const char* appliesTo;
    };
    for (const Expected& e : {Expected{"Advocate meets", "t0", 60, "all"},
                              Expected{"accommodation", "t0", 12 * 60, "all"},
                              Expected{"Emergency medical", "t0", 4 * 60, "all"},
                              Expected{"post-exposure", "t0", 72 * 60, "sexual_violence"},
                              Expected{"Interpreter", "first_interview", 0, "all"},
                              Expected{"consent", "t0", 2 * 60, "all"},
                              Expected{"Psychological", "t0", 72 * 60, "all"},
                              Expected{"legal aid", "t0", 7 * 1440, "all"},
                              Expected{"Longer-term housing", "t0", 30 * 1440, "all"}}) {
        INFO(e.word);
        const Row* step = find(QString::fromLatin1(e.word));
        REQUIRE(step);
        CHECK(step->text(QStringLiteral("due_anchor")) == QLatin1String(e.anchor));
        CHECK(step->value(QStringLiteral("due_offset_minutes")).toLongLong() == e.minutes);
        CHECK(step->text(QStringLiteral("applies_to")) == QLatin1String(e.appliesTo));
        CHECK(step->text(QStringLiteral("guidance")).contains(QStringLiteral("Source: CoE Convention Art.")));
    }
}

TEST_CASE("one version of a protocol gets the same ids in every database")
{
    TempStore a(QStringLiteral("Eastfold Police Service"));
    TempStore b(QStringLiteral("Harbourside Survivor Advocacy"));
    REQUIRE(installDefaultProtocols(*a));
    REQUIRE(installDefaultProtocols(*b));
    for (const QString& table : {QStringLiteral("protocol"), QStringLiteral("protocol_step")}) {
        Result<std::vector<Row>> ra = a->select(table, {}, {}, QStringLiteral("id"));
        Result<std::vector<Row>> rb = b->select(table, {}, {}, QStringLiteral("id"));
        REQUIRE(ra);
        REQUIRE(rb);
        REQUIRE(ra->size() == rb->size());
        for (size_t i = 0; i < ra->size(); ++i) {
            CHECK((*ra)[i].id == (*rb)[i].id);
            CHECK((*ra)[i].values == (*rb)[i].values);
        }
    }
}

TEST_CASE("importing a version already present is refused, a new version is added")
{
    TempStore t;
    Result<QUuid> first = importProtocol(*t, smallProtocol(1));
    REQUIRE(first);
    Result<QUuid> again = importProtocol(*t, smallProtocol(1));
    REQUIRE_FALSE(again);
    CHECK(again.error().context == QStringLiteral("intake.json"));
    CHECK(again.error().message.contains(QStringLiteral("version 1 of this protocol is already")));

    Result<QUuid> second = importProtocol(*t, smallProtocol(2));
    REQUIRE(second);
    CHECK(*second != *first);
    Result<std::vector<Row>> active = activeProtocols(*t);
    REQUIRE(active);
    REQUIRE(active->size() == 1);
    CHECK(active->front().id == *second);

    // The new version retired the one before it: one version of a protocol is in force.
    CHECK(t->get(QStringLiteral("protocol"), *first)->text(QStringLiteral("status")) == QStringLiteral("retired"));
    // Going back to it is a choice of its own, which retires the newer one.
    REQUIRE(setProtocolStatus(*t, *first, QStringLiteral("active")));
    active = activeProtocols(*t);
    REQUIRE(active);
    REQUIRE(active->size() == 1);
    CHECK(active->front().id == *first);

    // A protocol without a family gets a fresh one and lives beside the others.
    ProtocolFile other = smallProtocol(1);
    other.family = QUuid();
    other.name = QStringLiteral("Linnet Reach outreach");
    REQUIRE(importProtocol(*t, other));
    active = activeProtocols(*t);
    REQUIRE(active);
    CHECK(active->size() == 2);
}

TEST_CASE("a failed import leaves the database as it was")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    const QString before = dumpText(*t, true);
    ProtocolFile p = smallProtocol();
    p.steps[1].guidance = QString(100001, QLatin1Char('x')); // beyond the field's limit
    Result<QUuid> r = importProtocol(*t, p);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("step 2 (\"Guardian appointed\")")));
    CHECK(dumpText(*t, true) == before);
}

TEST_CASE("the defaults are not reinstalled over a protocol of the same name or a deleted default")
{
    TempStore t;
    ProtocolFile mine = smallProtocol();
    mine.name = QStringLiteral("General post-rescue assistance");
    REQUIRE(importProtocol(*t, mine));
    Result<QStringList> installed = installDefaultProtocols(*t);
    REQUIRE(installed);
    CHECK(installed->size() == 2);
    CHECK_FALSE(installed->contains(QStringLiteral("General post-rescue assistance")));

    Result<std::vector<Row>> minors = t->select(QStringLiteral("protocol"), QStringLiteral("name = ?"),
                                                {QStringLiteral("Child survivors (supplement)")});
    REQUIRE(minors);
    REQUIRE(minors->size() == 1);
    REQUIRE(t->remove(QStringLiteral("protocol"), minors->front().id));
    installed = installDefaultProtocols(*t);
    REQUIRE(installed);
    CHECK(installed->isEmpty());
}

TEST_CASE("a protocol read back from the store is the protocol that was imported")
{
    TempStore t;
    REQUIRE(installDefaultProtocols(*t));
    Result<std::vector<ProtocolFile>> defaults = defaultProtocols();
    REQUIRE(defaults);
    for (const ProtocolFile& original : *defaults) {
        Result<QUuid> id = importProtocol(*t, [&] {
            ProtocolFile next = original;
            next.version = 2;
            return next;
        }());
        REQUIRE(id);
        Result<ProtocolFile> back = protocolFromStore(*t, *id);
        REQUIRE(back);
        ProtocolFile expected = original;
        expected.version = 2;
        REQUIRE(back->steps.size() == expected.steps.size());
        // Everything comes back as imported, the steps' keys included.
        CHECK(back->sameContent(expected));
        Result<ProtocolFile> reparsed = parseProtocolFile(writeProtocolFile(*back), QStringLiteral("export.json"));
        REQUIRE(reparsed);
        CHECK(reparsed->sameContent(*back));
    }
}
