// The local full-text index (store/searchschema.h) and search as you type (domain/search.h):
// what is found, and that every kind of write keeps the index right.

#include "catchqt.h"
#include "querysample.h"
#include "testsupport.h"

#include "store/registry.h"
#include "store/schema.h"

#include "domain/search.h"
#include "domain/searchhits.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

QSet<QUuid> ids(Store& s, const QString& sql, const QVariantList& binds)
{
    Result<QSqlQuery> q = s.exec(sql, binds);
    if (!q)
        FAIL(q.error().text().toStdString());
    QSet<QUuid> out;
    while (q->next())
        out.insert(QUuid::fromRfc4122(q->value(0).toByteArray()));
    return out;
}

// The live operations that match what a person typed.
QSet<QUuid> find(Store& s, const QString& typed)
{
    const search::Condition c = search::operationCondition(search::searchWords(typed).words, QStringLiteral("o"));
    return ids(s,
               QStringLiteral("SELECT o.id FROM operation o%1 WHERE o.deleted = 0%2")
                   .arg(c.join, c.isEmpty() ? QString() : QStringLiteral(" AND ") + c.condition),
               c.binds);
}

QSet<QUuid> findIn(Store& s, const char* table, const QString& typed)
{
    const search::Condition c = search::directoryCondition(search::searchWords(typed).words, QStringLiteral("d"));
    return ids(s,
               QStringLiteral("SELECT d.id FROM %1 d%2 WHERE d.deleted = 0%3")
                   .arg(QLatin1String(table), c.join, c.isEmpty() ? QString() : QStringLiteral(" AND ") + c.condition),
               c.binds);
}

QSet<QUuid> none()
{
    return {};
}

struct Fixture {
    TempStore t;
    QUuid police, shelter, lantern, kite, target, note;

    Fixture()
    {
        police = add(*t, "agency", {{QStringLiteral("name"), QStringLiteral("Eastfold Police")}, {QStringLiteral("kind"), QStringLiteral("police")}});
        shelter = add(*t, "agency", {{QStringLiteral("name"), QStringLiteral("Harbourside Refuge")}, {QStringLiteral("kind"), QStringLiteral("shelter")}});
        lantern = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")},
                                        {QStringLiteral("lead_agency"), police},
                                        {QStringLiteral("objectives"), QStringLiteral("Search the nail bar on Tidewater Road.")},
                                        {QStringLiteral("nearest_hospital"), QStringLiteral("Marrow Quay General")}});
        kite = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Kite")}});
        target = add(*t, "target", {{QStringLiteral("operation"), kite}, {QStringLiteral("label"), QStringLiteral("Target A")},
                                    {QStringLiteral("address"), QStringLiteral("7 Rue de la Tannerie, Pélerin")}});
        add(*t, "assignment", {{QStringLiteral("operation"), kite}, {QStringLiteral("agency"), shelter},
                               {QStringLiteral("role"), QStringLiteral("victim_services")},
                               {QStringLiteral("team_lead"), QStringLiteral("Orla Finchley")}});
        note = add(*t, "note", {{QStringLiteral("operation"), lantern}, {QStringLiteral("at"), QStringLiteral("2026-05-01T04:10:00Z")},
                                {QStringLiteral("text"), QStringLiteral("Entry team in through the rear door")}});
    }
};

} // namespace

TEST_CASE("a query is cut into words as the index cuts text")
{
    CHECK(search::searchWords(QStringLiteral("  Marrow-Quay, 12b ")).words
          == QStringList{QStringLiteral("Marrow"), QStringLiteral("Quay"), QStringLiteral("12b")});
    CHECK(search::searchWords(QStringLiteral("\"AND\" OR* NEAR(")).words
          == QStringList{QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NEAR")});
    CHECK(search::searchWords(QStringLiteral("Pélerin 🙂 Łódź")).words
          == QStringList{QStringLiteral("Pélerin"), QStringLiteral("Łódź")});
    CHECK(search::searchWords(QStringLiteral(" ,;- ")).words.isEmpty());
    const search::Words many = search::searchWords(QStringLiteral("a b c d e f g h i j k l m n"));
    CHECK(many.words.size() == search::kMaxWords);
    CHECK(many.truncated);
    CHECK_FALSE(search::searchWords(QStringLiteral("a b")).truncated);
}

TEST_CASE("an operation is found by its own text, targets, agencies and log, by word beginnings")
{
    Fixture f;
    Store& s = *f.t;
    CHECK(find(s, QStringLiteral("lantern")) == QSet<QUuid>{f.lantern});
    CHECK(find(s, QStringLiteral("LANT")) == QSet<QUuid>{f.lantern});
    CHECK(find(s, QStringLiteral("operation")) == QSet<QUuid>{f.lantern, f.kite});
    CHECK(find(s, QStringLiteral("tidewater")) == QSet<QUuid>{f.lantern});          // objectives
    CHECK(find(s, QStringLiteral("marrow quay")) == QSet<QUuid>{f.lantern});        // nearest hospital
    CHECK(find(s, QStringLiteral("tannerie")) == QSet<QUuid>{f.kite});              // a target's address
    CHECK(find(s, QStringLiteral("pelerin")) == QSet<QUuid>{f.kite});               // without its accent
    CHECK(find(s, QStringLiteral("eastfold")) == QSet<QUuid>{f.lantern});           // lead agency
    CHECK(find(s, QStringLiteral("harbourside")) == QSet<QUuid>{f.kite});           // assigned agency
    CHECK(find(s, QStringLiteral("finchley")) == QSet<QUuid>{f.kite});              // its team lead
    CHECK(find(s, QStringLiteral("rear door")) == QSet<QUuid>{f.lantern});          // log note
    // Every word, each from any part of the operation.
    CHECK(find(s, QStringLiteral("kite harbour tann")) == QSet<QUuid>{f.kite});
    CHECK(find(s, QStringLiteral("kite eastfold")) == none());
    CHECK(find(s, QStringLiteral("ion")) == none()); // word beginnings only
    CHECK(find(s, QStringLiteral("")) == QSet<QUuid>{f.lantern, f.kite});
}

TEST_CASE("edits, deletes and restores keep the index right")
{
    Fixture f;
    Store& s = *f.t;
    REQUIRE(s.update(QStringLiteral("target"), f.target, {{QStringLiteral("address"), QStringLiteral("3 Kiln Yard")}}));
    CHECK(find(s, QStringLiteral("tannerie")) == none());
    CHECK(find(s, QStringLiteral("kiln")) == QSet<QUuid>{f.kite});

    REQUIRE(s.remove(QStringLiteral("target"), f.target));
    CHECK(find(s, QStringLiteral("kiln")) == none());
    CHECK(find(s, QStringLiteral("kite")) == QSet<QUuid>{f.kite});
    REQUIRE(s.restore(QStringLiteral("target"), f.target, {{QStringLiteral("label"), QStringLiteral("Target A")},
                                                          {QStringLiteral("address"), QStringLiteral("3 Kiln Yard")},
                                                          {QStringLiteral("operation"), f.kite}}));
    CHECK(find(s, QStringLiteral("kiln")) == QSet<QUuid>{f.kite});

    REQUIRE(s.update(QStringLiteral("note"), f.note, {{QStringLiteral("text"), QStringLiteral("Go given")}}));
    CHECK(find(s, QStringLiteral("rear")) == none());
    CHECK(find(s, QStringLiteral("go given")) == QSet<QUuid>{f.lantern});

    // An agency renamed: every operation it leads or takes part in follows.
    REQUIRE(s.update(QStringLiteral("agency"), f.police, {{QStringLiteral("name"), QStringLiteral("Wrenmouth Constabulary")}}));
    CHECK(find(s, QStringLiteral("eastfold")) == none());
    CHECK(find(s, QStringLiteral("wrenmouth")) == QSet<QUuid>{f.lantern});
    REQUIRE(s.update(QStringLiteral("operation"), f.kite, {{QStringLiteral("lead_agency"), f.police}}));
    CHECK(find(s, QStringLiteral("wrenmouth")) == QSet<QUuid>{f.lantern, f.kite});
    REQUIRE(s.remove(QStringLiteral("agency"), f.police));
    CHECK(find(s, QStringLiteral("wrenmouth")) == none());

    // A deleted operation leaves the index with all its parts; its tombstone holds no text.
    REQUIRE(s.remove(QStringLiteral("operation"), f.kite));
    CHECK(find(s, QStringLiteral("kite")) == none());
    CHECK(find(s, QStringLiteral("harbourside")) == none());
    Result<QSqlQuery> rows = s.exec(QStringLiteral("SELECT count(*) FROM operation_search WHERE rowid >> 2 = "
                                                   "(SELECT key FROM search_key WHERE id = ?)"),
                                    {f.kite.toRfc4122()});
    REQUIRE(rows);
    REQUIRE(rows->next());
    CHECK(rows->value(0).toInt() == 0);
}

TEST_CASE("set-based writes, as a merge makes them, keep the index right too")
{
    Fixture f;
    Store& s = *f.t;
    // One statement changing many rows, bypassing the write path, as core/sync's upsert does.
    REQUIRE(s.exec(QStringLiteral("UPDATE target SET address = 'Old Ropewalk ' || label WHERE operation = ?"),
                   {f.kite.toRfc4122()}));
    CHECK(find(s, QStringLiteral("ropewalk")) == QSet<QUuid>{f.kite});
    REQUIRE(s.exec(QStringLiteral("INSERT INTO operation (id, code_name, status, sharing) VALUES (?, 'Operation Heron', 'draft', 'partners') "
                                  "ON CONFLICT (id) DO UPDATE SET code_name = excluded.code_name"),
                   {f.lantern.toRfc4122()}));
    CHECK(find(s, QStringLiteral("heron")) == QSet<QUuid>{f.lantern});
    CHECK(find(s, QStringLiteral("lantern")) == none());
    CHECK(find(s, QStringLiteral("tidewater")) == QSet<QUuid>{f.lantern});
}

TEST_CASE("agencies and services are found in their directory")
{
    Fixture f;
    Store& s = *f.t;
    const QUuid hotline = add(s, "service", {{QStringLiteral("name"), QStringLiteral("Lifeline Hotline")},
                                             {QStringLiteral("kind"), QStringLiteral("hotline")},
                                             {QStringLiteral("languages"), QStringList{QStringLiteral("Tigrinya")}}});
    CHECK(findIn(s, "agency", QStringLiteral("harb")) == QSet<QUuid>{f.shelter});
    CHECK(findIn(s, "agency", QStringLiteral("")) == QSet<QUuid>{f.police, f.shelter});
    CHECK(findIn(s, "service", QStringLiteral("tigr")) == QSet<QUuid>{hotline});
    REQUIRE(s.update(QStringLiteral("agency"), f.shelter, {{QStringLiteral("contact_person"), QStringLiteral("Mira Quell")}}));
    CHECK(findIn(s, "agency", QStringLiteral("quell")) == QSet<QUuid>{f.shelter});
    REQUIRE(s.remove(QStringLiteral("service"), hotline));
    CHECK(findIn(s, "service", QStringLiteral("lifeline")) == none());
}

TEST_CASE("the index is brought up to date once, when a transaction commits, not for each row")
{
    Fixture f;
    Store& s = *f.t;
    {
        Result<Transaction> tx = s.begin();
        REQUIRE(tx);
        // An operation with many log notes, as a merge brings them: each row only marks the part.
        for (int i = 0; i < 20; ++i)
            add(s, "note", {{QStringLiteral("operation"), f.kite}, {QStringLiteral("at"), QStringLiteral("2026-05-01T05:00:00Z")}, {QStringLiteral("text"), QStringLiteral("Zebra crossing %1").arg(i)}});
        REQUIRE(s.update(QStringLiteral("operation"), f.lantern, {{QStringLiteral("code_name"), QStringLiteral("Operation Heron")}}));
        // A merge's set-based upsert of a row already marked in this transaction.
        REQUIRE(s.exec(QStringLiteral("INSERT INTO operation (id, code_name, status, sharing) VALUES (?, 'Operation Quill', 'draft', 'partners') "
                                      "ON CONFLICT (id) DO UPDATE SET code_name = excluded.code_name"),
                       {f.lantern.toRfc4122()}));
        Result<QSqlQuery> marks = s.exec(QStringLiteral("SELECT part, count(*) FROM search_dirty GROUP BY part ORDER BY part"));
        REQUIRE(marks);
        QStringList seen;
        while (marks->next())
            seen << QStringLiteral("%1:%2").arg(marks->value(0).toInt()).arg(marks->value(1).toInt());
        CHECK(seen == QStringList{QStringLiteral("0:1"), QStringLiteral("3:1")});
        // Not yet in the index: it is rewritten at the commit, once for all twenty notes.
        CHECK(find(s, QStringLiteral("zebra")) == none());
        REQUIRE(tx->commit());
    }
    CHECK(find(s, QStringLiteral("zebra")) == QSet<QUuid>{f.kite});
    CHECK(find(s, QStringLiteral("quill")) == QSet<QUuid>{f.lantern});
    CHECK(find(s, QStringLiteral("lantern")) == none());
    CHECK(find(s, QStringLiteral("heron")) == none());
    Result<QSqlQuery> left = s.exec(QStringLiteral("SELECT count(*) FROM search_dirty"));
    REQUIRE(left);
    REQUIRE(left->next());
    CHECK(left->value(0).toInt() == 0);

    // A transaction rolled back leaves neither marks nor index entries.
    {
        Result<Transaction> tx = s.begin();
        REQUIRE(tx);
        add(s, "note", {{QStringLiteral("operation"), f.lantern}, {QStringLiteral("at"), QStringLiteral("2026-05-01T05:00:00Z")}, {QStringLiteral("text"), QStringLiteral("Okapi sighted")}});
        tx->rollback();
    }
    CHECK(find(s, QStringLiteral("okapi")) == none());
    Result<QSqlQuery> none2 = s.exec(QStringLiteral("SELECT count(*) FROM search_dirty"));
    REQUIRE(none2);
    REQUIRE(none2->next());
    CHECK(none2->value(0).toInt() == 0);
}

TEST_CASE("rows written by another program are indexed when Tandem opens the file")
{
    Fixture f;
    const QString path = f.t.path();
    f.t.store.reset();
    {
        // The sqlite3 shell, say: the triggers mark, nobody brings the index up to date.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE operation SET code_name = 'Operation Marlin' WHERE code_name = 'Operation Kite'")));
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM search_dirty")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    f.t.reopen();
    CHECK(find(*f.t, QStringLiteral("marlin")) == QSet<QUuid>{f.kite});
    CHECK(find(*f.t, QStringLiteral("kite")) == none());
}

TEST_CASE("a file from before the index gets it when it is opened")
{
    TempStore t;
    const QUuid op = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Wren")}});
    add(*t, "target", {{QStringLiteral("operation"), op}, {QStringLiteral("label"), QStringLiteral("Barn")},
                       {QStringLiteral("address"), QStringLiteral("2 Field Road")}});
    const QUuid gone = add(*t, "operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Gone")}});
    REQUIRE(t->remove(QStringLiteral("operation"), gone));
    // Back to schema 2: without the index, its triggers and its list index.
    {
        Result<QSqlQuery> triggers = t->exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'search%'"));
        REQUIRE(triggers);
        QStringList names;
        while (triggers->next())
            names << triggers->value(0).toString();
        triggers->finish();
        REQUIRE(names.size() > 10);
        for (const QString& name : names)
            REQUIRE(t->exec(QStringLiteral("DROP TRIGGER %1").arg(name)));
        for (const char* sql : {"DROP TABLE operation_search", "DROP TABLE directory_search", "DROP TABLE search_key",
                                "DROP INDEX operation_list"})
            REQUIRE(t->exec(QString::fromLatin1(sql)));
        // And the columns of schemas 3 and later (protocol steps' key, ...).
        REQUIRE(dropColumnsSince(*t, 2));
        REQUIRE_FALSE(t->exec(QStringLiteral("SELECT key FROM protocol_step")));
    }
    t.reopen();
    CHECK(t->schemaVersion() == schema::currentVersion());
    CHECK(find(*t, QStringLiteral("wren")) == QSet<QUuid>{op});
    CHECK(find(*t, QStringLiteral("field")) == QSet<QUuid>{op});
    CHECK(find(*t, QStringLiteral("gone")) == none());
    // and keeps it from then on
    REQUIRE(t->update(QStringLiteral("operation"), op, {{QStringLiteral("code_name"), QStringLiteral("Operation Finch")}}));
    CHECK(find(*t, QStringLiteral("finch")) == QSet<QUuid>{op});
}

TEST_CASE("the operations found once per search are the ones SQL finds, and follow the index when told")
{
    Fixture f;
    Store& s = *f.t;
    search::OperationHits hits(s);
    const auto found = [&](const QString& typed) {
        REQUIRE(hits.find(search::searchWords(typed).words));
        // Membership through the object's SQL function, as the operations list uses it.
        return ids(s,
                   QStringLiteral("SELECT o.id FROM operation o JOIN search_key k ON k.id = o.id WHERE o.deleted = 0 AND %1")
                       .arg(hits.membership(QStringLiteral("k.key"))),
                   {});
    };
    for (const QString& typed : {QStringLiteral("lantern"), QStringLiteral("operation"), QStringLiteral("kite harbour tann"),
                                 QStringLiteral("kite eastfold"), QStringLiteral("pelerin"), QStringLiteral("zzz")}) {
        INFO(typed.toStdString());
        CHECK(found(typed) == find(s, typed));
        CHECK(hits.size() == find(s, typed).size());
    }
    CHECK(found(QStringLiteral("kite eastfold")).isEmpty());
    CHECK(hits.keyList() == QStringLiteral("NULL"));
    found(QStringLiteral("operation"));
    CHECK(hits.keyList().split(QLatin1Char(',')).size() == 2);

    // A word read once is kept: a write the hits are not told of is not seen...
    CHECK(found(QStringLiteral("heron")).isEmpty());
    REQUIRE(s.update(QStringLiteral("operation"), f.kite, {{QStringLiteral("code_name"), QStringLiteral("Operation Heron")}}));
    CHECK(found(QStringLiteral("heron")).isEmpty());
    // ...until they forget what they read.
    hits.forget();
    CHECK(found(QStringLiteral("heron")) == QSet<QUuid>{f.kite});
}
