// Reports (issue 14): the operation order prints each target's coordinates (a geo: link in HTML
// and ODT) and notes, and the operation log; the after-action report lists the follow-up action
// items and the log entries marked as lessons learned. Each read back from PDF, HTML, ODT and CSV.

#include "catchqt.h"
#include "reportfixture.h"
#include "reportread.h"

#include "report/export.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;
using namespace tandem::report;

namespace {

Options optionsFor(Kind kind)
{
    Options o;
    o.kind = kind;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.timeZone = QTimeZone::utc();
    return o;
}

QUuid itemWithText(const Store& s, const QString& entity, const QString& field, const QString& text)
{
    Result<QSqlQuery> q = s.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(entity, field), {text});
    REQUIRE(q);
    REQUIRE(q->next());
    return QUuid::fromRfc4122(q->value(0).toByteArray());
}

// Every format of one report, written and read back as text (the ODT's content.xml, the CSV's
// cells one per line).
struct Written {
    QString pdf, html, odt, csv;
    QStringList csvCells;
};

Written writeAll(ReportFixture& f, const Document& d, const QString& name)
{
    Written w;
    for (const Format format : {Format::Pdf, Format::Html, Format::Odt, Format::Csv}) {
        const QString path = f.t.file(name + QLatin1Char('.') + formatToken(format));
        REQUIRE(exportDocument(*f.t, d, format, path));
        switch (format) {
        case Format::Pdf:
            w.pdf = pdfText(path);
            break;
        case Format::Html:
            w.html = QString::fromUtf8(readFile(path));
            break;
        case Format::Odt:
            w.odt = QString::fromUtf8(readStoredZip(readFile(path)).value(QStringLiteral("content.xml")));
            break;
        case Format::Csv:
            for (const QStringList& record : parseCsv(QString::fromUtf8(readFile(path))))
                w.csvCells << record;
            w.csv = w.csvCells.join(QLatin1Char('\n'));
            break;
        }
    }
    return w;
}

} // namespace

TEST_CASE("the operation order prints each target's coordinates, a geo: link in HTML and ODT, its notes, and the log")
{
    ReportFixture f;
    const QUuid plant = itemWithText(*f.t, QStringLiteral("target"), QStringLiteral("label"), QStringLiteral("Packing plant"));
    REQUIRE(f.t->update(QStringLiteral("target"), plant,
                        {{QStringLiteral("latitude"), 51.5074}, {QStringLiteral("longitude"), -0.1278},
                         {QStringLiteral("entry_points"), QStringLiteral("Loading bay doors on the east side")},
                         {QStringLiteral("notes"), QStringLiteral("Side gate opens inward; dog kennel by the office")}}));
    REQUIRE(f.t->insert(QStringLiteral("target"), {{QStringLiteral("operation"), f.lantern},
                                                   {QStringLiteral("label"), QStringLiteral("Workers' hostel")},
                                                   {QStringLiteral("address"), QStringLiteral("12 Quay Row, Northbridge")}}));
    Result<Document> d = buildReport(*f.t, f.lantern, optionsFor(Kind::OperationOrder));
    REQUIRE(d);
    QStringList titles;
    for (const Section& s : d->sections)
        titles << s.title;
    CHECK(titles.contains(QStringLiteral("3. Targets")));
    CHECK(titles.contains(QStringLiteral("3.1 Packing plant")));
    CHECK(titles.contains(QStringLiteral("3.2 Workers' hostel")));
    CHECK(titles.filter(QRegularExpression(QStringLiteral("^\\d+\\. Operation log$"))).size() == 1);

    const Written w = writeAll(f, *d, QStringLiteral("order"));
    const QString coordinates = QStringLiteral("51.50740, -0.12780");
    const QString geo = QStringLiteral("geo:51.50740,-0.12780");
    // PDF: the coordinates, the notes, the log's entries; "Not recorded." for the target without.
    CHECK(w.pdf.contains(coordinates));
    CHECK(w.pdf.contains(QStringLiteral("Side gate opens inward")));
    CHECK(w.pdf.contains(QStringLiteral("+14 workers found")));
    CHECK(w.pdf.contains(QStringLiteral("Operation log")));
    // HTML: the coordinates are a link to the place, and nothing else is.
    CHECK(w.html.contains(QStringLiteral("<a href=\"%1\">%2</a>").arg(geo, coordinates)));
    CHECK(w.html.count(QStringLiteral("<a href=")) == 1);
    CHECK(w.html.contains(QStringLiteral("Side gate opens inward; dog kennel by the office")));
    CHECK(w.html.contains(QStringLiteral("+14 workers found, 2 need a doctor")));
    // ODT: a link too.
    CHECK(w.odt.contains(QStringLiteral("xlink:href=\"%1\"").arg(geo)));
    CHECK(w.odt.contains(QStringLiteral("Side gate opens inward")));
    CHECK(w.odt.contains(QStringLiteral("+14 workers found")));
    // CSV: the coordinates as one cell; the log entries (neutralised against formulas).
    CHECK(w.csvCells.contains(coordinates));
    CHECK(w.csvCells.contains(QStringLiteral("'+14 workers found, 2 need a doctor")));
    CHECK(w.csvCells.contains(QStringLiteral("Side gate opens inward; dog kennel by the office")));
    // Lessons are after-action material: the order's log has the log's entries only.
    CHECK_FALSE(w.csv.contains(QStringLiteral("interpreters short")));
}

TEST_CASE("the after-action report lists the follow-up actions, and the lessons marked in the log")
{
    ReportFixture f;
    // Two follow-ups: one overdue at the report's date (2026-05-20), one done.
    REQUIRE(f.t->insert(QStringLiteral("action_item"),
                        {{QStringLiteral("operation"), f.lantern},
                         {QStringLiteral("title"), QStringLiteral("Book three interpreters for the next operation")},
                         {QStringLiteral("owner_agency"), f.outreach},
                         {QStringLiteral("due_at"), ReportFixture::utc(2026, 5, 1, 12)}}));
    REQUIRE(f.t->insert(QStringLiteral("action_item"),
                        {{QStringLiteral("operation"), f.lantern},
                         {QStringLiteral("title"), QStringLiteral("Send the hot debrief notes to every agency")},
                         {QStringLiteral("owner_agency"), f.police},
                         {QStringLiteral("due_at"), ReportFixture::utc(2026, 4, 12, 12)},
                         {QStringLiteral("done_at"), ReportFixture::utc(2026, 4, 11, 17)}}));
    // Another operation's action is not this report's.
    REQUIRE(f.t->insert(QStringLiteral("action_item"), {{QStringLiteral("operation"), f.kestrel},
                                                        {QStringLiteral("title"), QStringLiteral("Kestrel's own follow-up")}}));
    // A log entry marked as a lesson learned: it stays in the log and joins the two written lessons.
    const QUuid marked = itemWithText(*f.t, QStringLiteral("note"), QStringLiteral("text"),
                                      QStringLiteral("+14 workers found, 2 need a doctor"));
    REQUIRE(f.t->update(QStringLiteral("note"), marked, {{QStringLiteral("lesson"), true}}));

    Result<Document> d = buildReport(*f.t, f.lantern, optionsFor(Kind::AfterAction));
    REQUIRE(d);
    const Table* actions = nullptr;
    const Table* lessons = nullptr;
    const Table* log = nullptr;
    std::vector<Table> tables = d->tables();
    for (const Table& t : tables) {
        if (t.columns.contains(QStringLiteral("Action")))
            actions = &t;
        if (t.columns.contains(QStringLiteral("Lesson")))
            lessons = &t;
        if (t.columns.contains(QStringLiteral("Entry")))
            log = &t;
    }
    REQUIRE(actions);
    REQUIRE(actions->rows.size() == 2);
    // By due time: the done one (due 12 April) first.
    CHECK(actions->rows[0] == QStringList{QStringLiteral("Send the hot debrief notes to every agency"),
                                          QStringLiteral("Northbridge Police"), QStringLiteral("12 Apr 2026 12:00"),
                                          QStringLiteral("11 Apr 2026 17:00"), QStringLiteral("done")});
    CHECK(actions->rows[1] == QStringList{QStringLiteral("Book three interpreters for the next operation"),
                                          QStringLiteral("Harbour Outreach Services"), QStringLiteral("1 May 2026 12:00"),
                                          QString(), QStringLiteral("overdue")});
    REQUIRE(lessons);
    QStringList lessonTexts;
    for (const QStringList& row : lessons->rows)
        lessonTexts << row.value(2);
    CHECK(lessonTexts == QStringList{QStringLiteral("+14 workers found, 2 need a doctor"),
                                     QStringLiteral("-2 interpreters short: book three next time"),
                                     QStringLiteral("@control: radios worked on TAC-3")});
    REQUIRE(log);
    CHECK(log->rows.size() == 2); // the marked entry stays in the log
    QString summary;
    for (const Section& s : d->sections)
        for (const Block& b : s.blocks)
            for (const Field& field : b.fields) {
                if (field.label == QStringLiteral("Operation log"))
                    summary += field.value + QLatin1Char('|');
                if (field.label == QStringLiteral("Follow-up actions"))
                    summary += field.value;
            }
    CHECK(summary == QStringLiteral("2 (lessons noted: 3)|2 (done: 1, overdue: 1)"));

    const Written w = writeAll(f, *d, QStringLiteral("aar"));
    for (const QString& text : {w.pdf, w.html, w.odt, w.csv}) {
        CHECK(text.contains(QStringLiteral("Follow-up actions")));
        CHECK(text.contains(QStringLiteral("Book three interpreters for the next operation")));
        CHECK(text.contains(QStringLiteral("overdue")));
        CHECK_FALSE(text.contains(QStringLiteral("Kestrel's own follow-up")));
    }
    // The marked entry, twice: in the log and among the lessons.
    CHECK(w.csvCells.count(QStringLiteral("'+14 workers found, 2 need a doctor")) == 2);
    CHECK(w.html.count(QStringLiteral("+14 workers found, 2 need a doctor")) == 2);
    CHECK(w.odt.count(QStringLiteral("+14 workers found, 2 need a doctor")) == 2);
    CHECK(w.pdf.count(QStringLiteral("+14 workers found")) == 2);
}

TEST_CASE("an operation with no action item and no lesson says so in its after-action report")
{
    ReportFixture f;
    Result<Document> d = buildReport(*f.t, f.kestrel, optionsFor(Kind::AfterAction));
    REQUIRE(d);
    const Written w = writeAll(f, *d, QStringLiteral("kestrel"));
    CHECK(w.pdf.contains(QStringLiteral("No follow-up action is recorded for this operation.")));
    CHECK(w.pdf.contains(QStringLiteral("No lessons are noted.")));
}
