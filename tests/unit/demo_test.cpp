// The demo generator: deterministic, complete, coherent, and made of invented names only.

#include "catchqt.h"
#include "testsupport.h"

#include "domain/officecode.h"

#include "demo/demo.h"
#include "demo/vocabulary.h"
#include "domain/checklist.h"
#include "store/deferredindexes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

const QDateTime kAnchor(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

demo::Stats generate(Store& store, int operations, quint64 seed)
{
    demo::Options options;
    options.operations = operations;
    options.seed = seed;
    options.anchor = kAnchor;
    Result<demo::Stats> stats = demo::generate(store, options);
    if (!stats)
        FAIL(stats.error().text().toStdString());
    return *stats;
}

// The full dump without versions (they carry the database's site id and the real time of the
// write), without the office table (each database has its own office row) and without each
// record's origin (the office that made it: this database's).
QString content(const Store& store)
{
    const QJsonObject all = QJsonDocument::fromJson(dumpText(store, true).toUtf8()).object();
    QJsonObject out;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key() == QLatin1String("office"))
            continue;
        QJsonArray rows;
        for (const QJsonValue& row : it.value().toArray()) {
            QJsonObject o = row.toObject();
            o.remove(QStringLiteral("versions"));
            QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
            fields.remove(QStringLiteral("origin"));
            o.insert(QStringLiteral("fields"), fields);
            rows.append(o);
        }
        out.insert(it.key(), rows);
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
}

qint64 scalar(const Store& s, const QString& sql)
{
    Result<QSqlQuery> q = s.exec(sql);
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QSet<QString> column(const Store& s, const QString& sql)
{
    Result<QSqlQuery> q = s.exec(sql);
    REQUIRE(q);
    QSet<QString> out;
    while (q->next())
        out.insert(q->value(0).toString());
    return out;
}

QSet<QString> tokens(const char* entity, const char* field)
{
    QSet<QString> out;
    for (const EnumValue& v : Registry::instance().entity(QLatin1String(entity))->field(QLatin1String(field))->values)
        out.insert(QLatin1String(v.token));
    return out;
}

} // namespace

TEST_CASE("the same options give the same demo in any database")
{
    TempStore a(QStringLiteral("Eastfold Police Service"));
    TempStore b(QStringLiteral("Harbourside Survivor Advocacy"));
    // Survivor codes carry the office's code: alike here, so that the demos are.
    REQUIRE(setOfficeCode(*a, QStringLiteral("DM")));
    REQUIRE(setOfficeCode(*b, QStringLiteral("DM")));
    const demo::Stats sa = generate(*a, 50, 7);
    const demo::Stats sb = generate(*b, 50, 7);
    CHECK(sa.rows == sb.rows);
    CHECK(sa.perEntity == sb.perEntity);
    const QString ca = content(*a);
    CHECK(ca.size() > 100000);
    CHECK(ca == content(*b));
}

TEST_CASE("another seed gives another demo")
{
    TempStore a;
    TempStore b;
    generate(*a, 50, 7);
    generate(*b, 50, 8);
    CHECK(content(*a) != content(*b));
    const QString codeNames = QStringLiteral("SELECT code_name FROM operation");
    const QSet<QString> na = column(*a, codeNames);
    const QSet<QString> nb = column(*b, codeNames);
    CHECK(na.size() == 50);
    CHECK(QSet<QString>(na).intersect(nb).size() < 25);
    CHECK(column(*a, QStringLiteral("SELECT id FROM agency")) != column(*b, QStringLiteral("SELECT id FROM agency")));
}

TEST_CASE("a second demo into the same file gives its survivors codes of their own")
{
    TempStore t;
    generate(*t, 20, 1);
    const QSet<QString> first = column(*t, QStringLiteral("SELECT code FROM survivor"));
    generate(*t, 5, 7);
    Result<QSqlQuery> q = t->exec(QStringLiteral("SELECT count(*), count(DISTINCT code) FROM survivor"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() > first.size());
    CHECK(q->value(1).toInt() == q->value(0).toInt()); // no code twice
    // The first demo's codes are where they were.
    CHECK(column(*t, QStringLiteral("SELECT code FROM survivor")).contains(first));
}

TEST_CASE("a demo of 50 operations has every kind of agency, status and trafficking type")
{
    TempStore t;
    const demo::Stats stats = generate(*t, 50, 1);
    const qint64 agencies = scalar(*t, QStringLiteral("SELECT count(*) FROM agency"));
    CHECK(agencies >= 20);
    CHECK(agencies <= 40);
    CHECK(column(*t, QStringLiteral("SELECT DISTINCT kind FROM agency")) == tokens("agency", "kind"));
    CHECK(column(*t, QStringLiteral("SELECT DISTINCT status FROM operation")) == tokens("operation", "status"));
    CHECK(column(*t, QStringLiteral("SELECT DISTINCT trafficking_type FROM operation"))
          == tokens("operation", "trafficking_type"));
    CHECK(column(*t, QStringLiteral("SELECT DISTINCT kind FROM service")) == tokens("service", "kind"));
    CHECK(column(*t, QStringLiteral("SELECT DISTINCT role FROM assignment")) == tokens("assignment", "role"));
    CHECK(column(*t, QStringLiteral("SELECT DISTINCT phase FROM task")) == tokens("task", "phase"));
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation")) == 50);

    // One to four targets per operation, each operation with assignments and tasks.
    CHECK(scalar(*t, QStringLiteral("SELECT min(n) FROM (SELECT count(t.id) AS n FROM operation o "
                                    "LEFT JOIN target t ON t.operation = o.id GROUP BY o.id)")) == 1);
    CHECK(scalar(*t, QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM target GROUP BY operation)")) <= 4);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation o WHERE NOT EXISTS "
                                    "(SELECT 1 FROM assignment a WHERE a.operation = o.id)")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation o WHERE NOT EXISTS "
                                    "(SELECT 1 FROM task a WHERE a.operation = o.id)")) == 0);

    // Survivors only where an operation got as far as execution; codes as CODE-YYYY-NNNN with the
    // office's code (here derived from "Test Office").
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM survivor")) > 20);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM survivor s JOIN operation o ON o.id = s.operation "
                                    "WHERE o.status NOT IN ('in_progress', 'completed', 'closed')")) == 0);
    const QRegularExpression code(QStringLiteral("^TO-20\\d\\d-\\d{4}$"));
    for (const QString& c : column(*t, QStringLiteral("SELECT code FROM survivor")))
        CHECK(code.match(c).hasMatch());
    CHECK(scalar(*t, QStringLiteral("SELECT count(DISTINCT code) FROM survivor"))
          == scalar(*t, QStringLiteral("SELECT count(*) FROM survivor")));
    for (const char* entity : {"consent", "note", "meeting", "attendance", "action_item", "tip", "feedback"}) {
        INFO(entity);
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(entity))) > 0);
    }

    // The stats count what is in the database.
    qint64 rows = 0;
    for (auto it = stats.perEntity.begin(); it != stats.perEntity.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM %1").arg(it.key())) == it.value());
        rows += it.value();
    }
    CHECK(rows == stats.rows);
}

TEST_CASE("every survivor has an identity row and a checklist from the default protocols")
{
    TempStore t;
    generate(*t, 50, 3);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM survivor s WHERE (SELECT count(*) FROM survivor_identity i "
                                    "WHERE i.survivor = s.id) != 1")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM survivor WHERE recovered_at IS NULL")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM survivor_identity WHERE name IS NULL")) == 0);

    // Exactly the applicable steps, each due at T0 + its offset (or at the first interview).
    Result<ChecklistTemplate> steps = loadChecklistTemplate(*t);
    REQUIRE(steps);
    Result<std::vector<Row>> survivors = t->select(QStringLiteral("survivor"));
    REQUIRE(survivors);
    for (const Row& s : *survivors) {
        int expected = 0;
        for (const ChecklistStep& step : steps->steps)
            expected += stepApplies(step.appliesTo, s.value(QStringLiteral("minor")).toBool(),
                                    s.value(QStringLiteral("foreign_national")).toBool(),
                                    s.value(QStringLiteral("sexual_violence")).toBool());
        INFO(s.text(QStringLiteral("code")).toStdString());
        CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM checklist_item WHERE survivor = x'%1'")
                             .arg(QString::fromLatin1(s.id.toRfc4122().toHex()))) == expected);
    }
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM checklist_item c JOIN survivor s ON s.id = c.survivor "
                                    "JOIN protocol_step p ON p.id = c.step WHERE p.due_anchor = 't0' "
                                    "AND c.due_at != s.recovered_at + 60 * p.due_offset_minutes")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM checklist_item c JOIN protocol_step p ON p.id = c.step "
                                    "WHERE p.due_anchor = 'first_interview' AND c.due_at IS NOT NULL")) == 0);

    // A realistic mix: mostly done in closed operations, every state present, some overdue.
    CHECK(column(*t, QStringLiteral("SELECT DISTINCT state FROM checklist_item")) == tokens("checklist_item", "state"));
    const qint64 anchor = kAnchor.toSecsSinceEpoch();
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM checklist_item WHERE state = 'open' AND due_at < %1").arg(anchor)) > 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM checklist_item c JOIN survivor s ON s.id = c.survivor "
                                    "JOIN operation o ON o.id = s.operation JOIN protocol_step p ON p.id = c.step "
                                    "WHERE o.status = 'closed' AND p.mandatory = 1 AND c.state IN ('open', 'in_progress')")) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM checklist_item WHERE done_at > %1").arg(anchor)) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM checklist_item WHERE state = 'done' AND done_at IS NULL")) == 0);
}

TEST_CASE("the demo's times hang together around the anchor")
{
    TempStore t;
    generate(*t, 50, 5);
    const qint64 anchor = kAnchor.toSecsSinceEpoch();
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status IN ('completed', 'closed') AND ends_at > %1").arg(anchor)) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status IN ('planned', 'approved', 'briefed') AND starts_at < %1").arg(anchor)) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM operation WHERE status = 'in_progress' AND starts_at > %1").arg(anchor)) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM survivor s JOIN operation o ON o.id = s.operation "
                                    "WHERE s.recovered_at < o.starts_at OR s.recovered_at > %1").arg(anchor)) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM note WHERE at > %1").arg(anchor)) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM task WHERE done_at > %1").arg(anchor)) == 0);
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM note WHERE kind = 'log' AND substr(text, 1, 5) != strftime('%H:%M', at, 'unixepoch')")) == 0);
}

TEST_CASE("cancelling the demo leaves the database as it was")
{
    TempStore t;
    const QString before = dumpText(*t, true);
    const qint64 seq = t->localSeq();
    int calls = 0;
    demo::Options options;
    options.operations = 60;
    options.anchor = kAnchor;
    Result<demo::Stats> r = demo::generate(*t, options, [&calls](int done, int total) {
        CHECK(total == 60);
        CHECK(done <= total);
        return ++calls < 10;
    });
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("cancelled")));
    CHECK(calls == 10);
    CHECK(dumpText(*t, true) == before);
    CHECK(t->localSeq() == seq);
    t.reopen();
    CHECK(dumpText(*t, true) == before);
}

namespace {

// Every index of the file, by name, with the statement that makes it.
QStringList indexes(const Store& store)
{
    QStringList out;
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"));
    REQUIRE(q);
    while (q->next())
        out << q->value(0).toString() + QStringLiteral(": ") + q->value(1).toString();
    return out;
}

} // namespace

TEST_CASE("the demo builds the indexes it puts off again, and a cancelled demo leaves them as they were")
{
    TempStore t;
    const QStringList before = indexes(*t);
    REQUIRE(before.size() > 40);

    // Cancelled after the indexes were dropped: the rollback brings them back.
    demo::Options options;
    options.operations = 20;
    options.anchor = kAnchor;
    REQUIRE_FALSE(demo::generate(*t, options, [](int done, int) { return done < 5; }));
    CHECK(indexes(*t) == before);

    generate(*t, 20, 1);
    CHECK(indexes(*t) == before);
    // And the queries that read through them still do.
    Result<QSqlQuery> plan = t->exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM checklist_item WHERE local_seq > 5"));
    REQUIRE(plan);
    QString steps;
    while (plan->next())
        steps += plan->value(3).toString();
    CHECK(steps.contains(QStringLiteral("checklist_item_local_seq")));
}

TEST_CASE("indexes are put off only inside a transaction, and those the writing reads are kept")
{
    TempStore t;
    Result<DeferredIndexes> outside = DeferredIndexes::drop(*t);
    REQUIRE_FALSE(outside);
    CHECK(outside.error().message.contains(QStringLiteral("transaction")));

    Result<Transaction> tx = t->begin();
    REQUIRE(tx);
    Result<DeferredIndexes> deferred = DeferredIndexes::drop(*t);
    REQUIRE(deferred);
    const QStringList dropped = deferred->pending();
    CHECK(dropped.contains(QStringLiteral("checklist_item_local_seq")));
    CHECK(dropped.contains(QStringLiteral("assignment_participation")));
    CHECK_FALSE(dropped.contains(QStringLiteral("checklist_item_steps")));
    CHECK_FALSE(dropped.contains(QStringLiteral("survivor_code")));
    for (const QString& line : indexes(*t))
        CHECK_FALSE(dropped.contains(line.section(QStringLiteral(": "), 0, 0)));
    REQUIRE(deferred->rebuild());
    CHECK(deferred->pending().isEmpty());
    REQUIRE(tx->commit());
}

TEST_CASE("progress is reported about every one percent of the operations")
{
    TempStore t;
    demo::Options options;
    options.operations = 200;
    options.anchor = kAnchor;
    std::vector<int> seen;
    Result<demo::Stats> r = demo::generate(*t, options, [&seen](int done, int) {
        seen.push_back(done);
        return true;
    });
    REQUIRE(r);
    CHECK(seen.front() == 0);
    CHECK(seen.back() == 200);
    CHECK(seen.size() == 101);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
}

// No real person, and no real organisation, in the demo. A deny list alone cannot show that a name
// is invented, so the check has three parts:
//  1. By construction: every field that names a person holds a name made only of the generator's
//     own vocabulary (an invented given name and a surname built from invented stems and endings;
//     see demo/vocabulary.h). The test parses each such value and refuses anything else, so no name
//     can come from elsewhere (a copied fixture, a real list).
//  2. The vocabulary itself, every surname it can possibly make and every given name, is checked
//     against deny lists: surnames of famous people, the most common real surnames, and the single
//     names of famous people.
//  3. All text in the database (the full dump) is scanned for famous surnames and real
//     organisations as whole words. Phones are in Ofcom's drama ranges, e-mail in .example, and
//     coordinates over open sea.
TEST_CASE("the demo names no real person or organisation")
{
    static const QStringList famousSurnames{
        QStringLiteral("Obama"), QStringLiteral("Trump"), QStringLiteral("Biden"), QStringLiteral("Clinton"),
        QStringLiteral("Putin"), QStringLiteral("Merkel"), QStringLiteral("Macron"), QStringLiteral("Thatcher"),
        QStringLiteral("Blair"), QStringLiteral("Churchill"), QStringLiteral("Mandela"), QStringLiteral("Gandhi"),
        QStringLiteral("Einstein"), QStringLiteral("Newton"), QStringLiteral("Darwin"), QStringLiteral("Curie"),
        QStringLiteral("Tesla"), QStringLiteral("Edison"), QStringLiteral("Zuckerberg"), QStringLiteral("Bezos"),
        QStringLiteral("Musk"), QStringLiteral("Gates"), QStringLiteral("Beckham"), QStringLiteral("Messi"),
        QStringLiteral("Ronaldo"), QStringLiteral("Federer"), QStringLiteral("Nadal"), QStringLiteral("Djokovic"),
        QStringLiteral("Presley"), QStringLiteral("Lennon"), QStringLiteral("McCartney"), QStringLiteral("Jagger"),
        QStringLiteral("Bowie"), QStringLiteral("Dylan"), QStringLiteral("Sinatra"), QStringLiteral("Monroe"),
        QStringLiteral("Hepburn"), QStringLiteral("Chaplin"), QStringLiteral("Hitchcock"), QStringLiteral("Spielberg"),
        QStringLiteral("Kubrick"), QStringLiteral("Tarantino"), QStringLiteral("DiCaprio"), QStringLiteral("Jolie"),
        QStringLiteral("Streep"), QStringLiteral("Winfrey"), QStringLiteral("Kardashian"), QStringLiteral("Shakespeare"),
        QStringLiteral("Dickens"), QStringLiteral("Austen"), QStringLiteral("Tolkien"), QStringLiteral("Rowling"),
        QStringLiteral("Orwell"), QStringLiteral("Hemingway"), QStringLiteral("Picasso"), QStringLiteral("Rembrandt"),
        QStringLiteral("Mozart"), QStringLiteral("Beethoven"), QStringLiteral("Chopin"), QStringLiteral("Freud"),
        QStringLiteral("Lenin"), QStringLiteral("Stalin"), QStringLiteral("Hitler"), QStringLiteral("Napoleon"),
        QStringLiteral("Lincoln"), QStringLiteral("Kennedy"), QStringLiteral("Roosevelt"), QStringLiteral("Nixon"),
        QStringLiteral("Reagan"), QStringLiteral("Attenborough"), QStringLiteral("Hawking"), QStringLiteral("Turing"),
        QStringLiteral("Lovelace"), QStringLiteral("Nightingale"), QStringLiteral("Pankhurst"), QStringLiteral("Yousafzai"),
        QStringLiteral("Thunberg"), QStringLiteral("Zelensky"), QStringLiteral("Erdogan"), QStringLiteral("Modi"),
        QStringLiteral("Orban"), QStringLiteral("Sunak"), QStringLiteral("Starmer"), QStringLiteral("Corbyn"),
        QStringLiteral("Sturgeon"), QStringLiteral("Pelosi"), QStringLiteral("Guterres"), QStringLiteral("Stoltenberg"),
        QStringLiteral("Lagarde"), QStringLiteral("Trudeau"), QStringLiteral("Ardern"), QStringLiteral("Bolsonaro"),
        QStringLiteral("Castro"), QStringLiteral("Guevara"), QStringLiteral("Ramsay"), QStringLiteral("Cumberbatch"),
        QStringLiteral("Wilberforce"), QStringLiteral("Tubman"), QStringLiteral("Equiano"), QStringLiteral("Clarkson"),
        QStringLiteral("Pennington"), QStringLiteral("Cobbett"), QStringLiteral("Garrick"), QStringLiteral("Branson"),
    };
    static const QStringList commonSurnames{
        QStringLiteral("Smith"), QStringLiteral("Jones"), QStringLiteral("Williams"), QStringLiteral("Brown"),
        QStringLiteral("Taylor"), QStringLiteral("Davies"), QStringLiteral("Evans"), QStringLiteral("Wilson"),
        QStringLiteral("Thomas"), QStringLiteral("Johnson"), QStringLiteral("Roberts"), QStringLiteral("Walker"),
        QStringLiteral("Wright"), QStringLiteral("Robinson"), QStringLiteral("Thompson"), QStringLiteral("White"),
        QStringLiteral("Hughes"), QStringLiteral("Edwards"), QStringLiteral("Green"), QStringLiteral("Hall"),
        QStringLiteral("Wood"), QStringLiteral("Harris"), QStringLiteral("Lewis"), QStringLiteral("Martin"),
        QStringLiteral("Jackson"), QStringLiteral("Clarke"), QStringLiteral("Turner"), QStringLiteral("Hill"),
        QStringLiteral("Scott"), QStringLiteral("Cooper"), QStringLiteral("Morris"), QStringLiteral("Ward"),
        QStringLiteral("Moore"), QStringLiteral("King"), QStringLiteral("Watson"), QStringLiteral("Baker"),
        QStringLiteral("Harrison"), QStringLiteral("Morgan"), QStringLiteral("Patel"), QStringLiteral("Young"),
        QStringLiteral("Allen"), QStringLiteral("Mitchell"), QStringLiteral("Anderson"), QStringLiteral("Lee"),
        QStringLiteral("Bell"), QStringLiteral("Parker"), QStringLiteral("Miller"), QStringLiteral("Garcia"),
        QStringLiteral("Rodriguez"), QStringLiteral("Martinez"), QStringLiteral("Lopez"), QStringLiteral("Gonzalez"),
        QStringLiteral("Schmidt"), QStringLiteral("Schneider"), QStringLiteral("Fischer"), QStringLiteral("Weber"),
        QStringLiteral("Meyer"), QStringLiteral("Wagner"), QStringLiteral("Becker"), QStringLiteral("Hoffmann"),
        QStringLiteral("Nowak"), QStringLiteral("Kowalski"), QStringLiteral("Popescu"), QStringLiteral("Ionescu"),
        QStringLiteral("Rossi"), QStringLiteral("Russo"), QStringLiteral("Ferrari"), QStringLiteral("Bianchi"),
        QStringLiteral("Dubois"), QStringLiteral("Bernard"), QStringLiteral("Kim"), QStringLiteral("Park"),
        QStringLiteral("Wang"), QStringLiteral("Zhang"), QStringLiteral("Chen"), QStringLiteral("Nguyen"),
        QStringLiteral("Tran"), QStringLiteral("Ivanov"), QStringLiteral("Petrov"), QStringLiteral("Smirnov"),
        QStringLiteral("Shevchenko"), QStringLiteral("Murphy"), QStringLiteral("Kelly"), QStringLiteral("Walsh"),
    };
    static const QStringList famousSingleNames{
        QStringLiteral("Adele"), QStringLiteral("Madonna"), QStringLiteral("Shakira"), QStringLiteral("Beyonce"),
        QStringLiteral("Rihanna"), QStringLiteral("Cher"), QStringLiteral("Bono"), QStringLiteral("Sting"),
        QStringLiteral("Drake"), QStringLiteral("Oprah"), QStringLiteral("Pele"), QStringLiteral("Elvis"),
        QStringLiteral("Zendaya"), QStringLiteral("Banksy"), QStringLiteral("Moby"), QStringLiteral("Prince"),
    };
    static const QStringList realOrganisations{
        QStringLiteral("Europol"), QStringLiteral("Interpol"), QStringLiteral("Salvation Army"),
        QStringLiteral("Red Cross"), QStringLiteral("Red Crescent"), QStringLiteral("UNHCR"), QStringLiteral("UNODC"),
        QStringLiteral("UNICEF"), QStringLiteral("IOM"), QStringLiteral("Amnesty"), QStringLiteral("Barnardo's"),
        QStringLiteral("Hope for Justice"), QStringLiteral("La Strada"), QStringLiteral("Caritas"),
        QStringLiteral("Crown Prosecution Service"), QStringLiteral("National Crime Agency"),
        QStringLiteral("Metropolitan Police"), QStringLiteral("Scotland Yard"), QStringLiteral("Border Force"),
        QStringLiteral("Home Office"), QStringLiteral("Gangmasters and Labour Abuse Authority"), QStringLiteral("GLAA"), QStringLiteral("FBI"),
        QStringLiteral("Homeland Security"), QStringLiteral("NHS"), QStringLiteral("RSPCA"), QStringLiteral("Frontex"),
    };

    // 2. The vocabulary: everything it can make, not only what one seed happened to draw.
    const QStringList surnames = demo::vocabulary::allSurnames();
    REQUIRE(surnames.size() > 300);
    for (const QString& s : surnames) {
        INFO(s.toStdString());
        CHECK_FALSE(famousSurnames.contains(s, Qt::CaseInsensitive));
        CHECK_FALSE(commonSurnames.contains(s, Qt::CaseInsensitive));
    }
    for (const QString& g : demo::vocabulary::givenNames()) {
        INFO(g.toStdString());
        CHECK_FALSE(famousSingleNames.contains(g, Qt::CaseInsensitive));
    }

    TempStore t;
    generate(*t, 60, 11);

    // 1. Every person-name field holds an invented name and nothing else.
    int checked = 0;
    for (const char* sql : {"SELECT contact_person FROM agency", "SELECT team_lead FROM assignment",
                            "SELECT prepared_by FROM operation", "SELECT approved_by FROM operation",
                            "SELECT author FROM note", "SELECT done_by FROM checklist_item",
                            "SELECT contact FROM service", "SELECT tandem_open(name) FROM survivor_identity"}) {
        for (const QString& name : column(*t, QString::fromLatin1(sql))) {
            if (name.isEmpty())
                continue;
            INFO(sql << ": " << name.toStdString());
            CHECK(demo::vocabulary::isInventedPersonName(name));
            ++checked;
        }
    }
    CHECK(checked > 200);

    // 3. All text, whole words.
    const QString text = dumpText(*t, true);
    for (const QString& word : famousSurnames + realOrganisations) {
        const QRegularExpression whole(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)),
                                       QRegularExpression::CaseInsensitiveOption);
        INFO(word.toStdString());
        CHECK_FALSE(whole.match(text).hasMatch());
    }
    const QRegularExpression fictionalPhone(QStringLiteral("^\\+44 (7700 900|1632 960)\\d{3}$"));
    for (const char* sql : {"SELECT phone FROM agency", "SELECT phone FROM service",
                            "SELECT c FROM (SELECT tandem_open(contact) AS c FROM survivor_identity) WHERE c LIKE '+%'"}) {
        for (const QString& phone : column(*t, QString::fromLatin1(sql))) {
            INFO(phone.toStdString());
            CHECK(fictionalPhone.match(phone).hasMatch());
        }
    }
    for (const QString& email : column(*t, QStringLiteral("SELECT email FROM agency UNION SELECT email FROM service")))
        CHECK(email.endsWith(QStringLiteral(".example")));
    CHECK(scalar(*t, QStringLiteral("SELECT count(*) FROM target WHERE latitude NOT BETWEEN 54.4 AND 55.4 "
                                    "OR longitude NOT BETWEEN 1.6 AND 3.2")) == 0);
}
