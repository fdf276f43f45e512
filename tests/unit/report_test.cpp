// Reports (issue 6): the operation order and the after-action report built from a hand-made
// task force, written in every format and read back: the PDF's text, the HTML's structure, the
// ODT's content, the CSV parsed (with formula-like cells neutralised); identities only under
// consent; bad input refused with no file left behind; every export in the audit log.

#include "catchqt.h"
#include "reportfixture.h"
#include "reportread.h"

#include "domain/consent.h"
#include "report/columnfit.h"
#include "report/csv.h"
#include "report/export.h"
#include "util/percentile.h"
#include "report/zip.h"
#include "store/audit.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextDocument>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <random>

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

qint64 auditCount(const Store& store, const QString& action)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

} // namespace

TEST_CASE("the table of report formats lists each format once, in the enum's order, with its options")
{
    using namespace tandem::report;
    const std::vector<FormatInfo>& all = formats();
    REQUIRE(all.size() == 4);
    for (size_t i = 0; i < all.size(); ++i) {
        CHECK(int(all[i].format) == int(i));
        CHECK(&formatInfo(all[i].format) == &all[i]);
        CHECK(formatFromToken(QString::fromLatin1(all[i].token).toUpper()) == all[i].format);
        // The file dialog's filter names the suffix the token gives the file.
        CHECK(QString::fromLatin1(all[i].fileFilter).contains(QStringLiteral("*.") + formatToken(all[i].format)));
    }
    CHECK(formatTokens() == QStringList{QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("odt"),
                                        QStringLiteral("csv")});
    CHECK(formatInfo(Format::Pdf).pageSize);
    CHECK(formatInfo(Format::Odt).pageSize);
    CHECK_FALSE(formatInfo(Format::Html).pageSize);
    CHECK_FALSE(formatInfo(Format::Csv).pageSize);
    CHECK(formatInfo(Format::Csv).byteOrderMark);
    CHECK_FALSE(formatInfo(Format::Pdf).byteOrderMark);
    CHECK_FALSE(formatFromToken(QStringLiteral("docx")));
}

TEST_CASE("percentile interpolates between ranks like a spreadsheet's PERCENTILE.INC")
{
    CHECK(percentile({1.0}, 0.5) == 1.0);
    CHECK(percentile({1.0, 3.0}, 0.5) == 2.0);
    CHECK(percentile({0.5, 1.5}, 0.9) == Approx(1.4));
    CHECK(percentile({1.0, 2.0, 3.0, 4.0, 10.0}, 0.9) == Approx(7.6));
    CHECK(percentile({1.0, 2.0, 3.0, 4.0, 10.0}, 1.0) == 10.0);
}

TEST_CASE("percentileOf values in any order equals percentile of the sorted values, exactly")
{
    std::mt19937 rng(20261207);
    std::uniform_real_distribution<double> value(-1e6, 1e6);
    for (int size : {1, 2, 3, 5, 10, 101, 1000}) {
        std::vector<double> values(static_cast<std::size_t>(size));
        for (double& v : values)
            v = std::round(value(rng)) / 4; // repeated values too
        values[0] = values.back();
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        for (double p : {0.0, 0.1, 0.5, 0.9, 0.99, 1.0}) {
            std::vector<double> shuffled = values;
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            INFO("size " << size << ", p " << p);
            CHECK(percentileOf(shuffled, p) == percentile(sorted, p));
        }
        // A higher quantile after a lower one, its search starting above the lower's rank (as the
        // dashboard takes the 90th percentile after the median).
        for (const auto& [low, high] : {std::pair{0.5, 0.9}, std::pair{0.1, 0.5}, std::pair{0.9, 0.9}, std::pair{0.0, 1.0}}) {
            std::vector<double> shuffled = values;
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            INFO("size " << size << ", " << low << " then " << high);
            CHECK(percentileOf(shuffled, low) == percentile(sorted, low));
            const auto ranked = static_cast<std::size_t>(low * double(size - 1));
            CHECK(percentileOf(shuffled, high, ranked) == percentile(sorted, high));
        }
    }
}

TEST_CASE("table columns keep the builder's proportions as far as their longest words allow")
{
    // Room for everything: the proportions as given.
    std::vector<qreal> w = fitColumns({50, 30, 20}, {10, 10, 5}, 100);
    CHECK(w == std::vector<qreal>{50, 30, 20});
    // The middle column needs 40: it gets 40, the others share 60 as 50 to 20.
    w = fitColumns({50, 30, 20}, {10, 40, 5}, 100);
    CHECK(w[1] == Approx(40));
    CHECK(w[0] == Approx(60.0 * 50 / 70));
    CHECK(w[2] == Approx(60.0 * 20 / 70));
    // Narrowing the first to make room takes the last below its least: both are fixed in turn.
    w = fitColumns({50, 30, 20}, {10, 40, 19}, 100);
    CHECK(w[1] == Approx(40));
    CHECK(w[2] == Approx(19));
    CHECK(w[0] == Approx(41));
    // Not enough room even for the least widths: shared in proportion to them.
    w = fitColumns({50, 50}, {90, 30}, 100);
    CHECK(w[0] == Approx(75));
    CHECK(w[1] == Approx(25));
    // Words: the widest one, or the whole text of a number.
    const QFontMetricsF metrics(QFont(QStringLiteral("DejaVu Sans"), 10));
    CHECK(widestWord(QStringLiteral("a Nationality b"), metrics, false) == Approx(metrics.horizontalAdvance(QStringLiteral("Nationality"))));
    CHECK(widestWord(QStringLiteral("10 h 15 min"), metrics, true) == Approx(metrics.horizontalAdvance(QStringLiteral("10 h 15 min"))));
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas get an apostrophe")
{
    CHECK(csv::neutralise(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(csv::neutralise(QStringLiteral("+44 20")) == QStringLiteral("'+44 20"));
    CHECK(csv::neutralise(QStringLiteral("-3")) == QStringLiteral("'-3"));
    CHECK(csv::neutralise(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(csv::neutralise(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(csv::neutralise(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(csv::record({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("x")})
          == QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",x\r\n"));
}

TEST_CASE("the operation order has the plan, the ICS-204 assignments and codes only")
{
    ReportFixture f;
    Options o = optionsFor(Kind::OperationOrder);
    o.copyNumber = 3;
    o.recipient = Recipient::office(f.harbourOffice);
    Result<Document> d = buildReport(*f.t, f.lantern, o);
    REQUIRE(d);
    CHECK(d->title == QStringLiteral("Lantern"));
    CHECK(d->marking.runningText().contains(QStringLiteral("OFFICIAL-SENSITIVE")));
    CHECK(d->marking.runningText().contains(QStringLiteral("Copy 3")));
    CHECK(d->marking.runningText().contains(QStringLiteral("Harbour Outreach")));
    CHECK_FALSE(d->identitiesIncluded);
    QStringList titles;
    for (const Section& s : d->sections)
        titles << s.title;
    CHECK(titles.contains(QStringLiteral("3. Targets")));
    bool assignments = false;
    bool survivors = false;
    for (const Table& t : d->tables()) {
        if (t.columns.contains(QStringLiteral("Radio channel")) || t.columns.contains(QStringLiteral("Channel"))) {
            assignments = true;
            const QString all = t.rows.empty() ? QString() : t.rows.front().join(QLatin1Char('|'));
            CHECK((all.contains(QStringLiteral("TAC-3")) || all.contains(QStringLiteral("Victim services"))));
        }
        if (t.columns.contains(QStringLiteral("Code"))) {
            survivors = true;
            CHECK(t.rows.size() == 2);
            CHECK_FALSE(t.columns.contains(QStringLiteral("Name")));
        }
    }
    CHECK(assignments);
    CHECK(survivors);
}

TEST_CASE("identities appear only for survivors whose consent covers the named recipient")
{
    ReportFixture f;
    Options o = optionsFor(Kind::AfterAction);
    o.identities = true;

    SECTION("no recipient: refused")
    {
        Result<IdentityPermission> p = identityPermission(*f.t, f.lantern, {}, f.now());
        REQUIRE(p);
        CHECK_FALSE(p->allowed);
        CHECK(p->reason.contains(QStringLiteral("no recipient")));
        CHECK_FALSE(buildReport(*f.t, f.lantern, o));
    }
    SECTION("a recipient nobody consented to: refused, with the reason naming it")
    {
        o.recipient = Recipient::office(f.prosecutorOffice);
        Result<IdentityPermission> p = identityPermission(*f.t, f.lantern, Recipient::office(f.prosecutorOffice), f.now());
        REQUIRE(p);
        CHECK_FALSE(p->allowed);
        CHECK(p->reason.contains(QStringLiteral("Eastfold Prosecutors")));
        Result<Document> d = buildReport(*f.t, f.lantern, o);
        REQUIRE_FALSE(d);
        CHECK(d.error().message.contains(QStringLiteral("cannot be included")));
    }
    SECTION("the covered recipient: survivor 1 by name, survivor 2 by code only")
    {
        o.recipient = Recipient::office(f.harbourOffice);
        Result<IdentityPermission> p = identityPermission(*f.t, f.lantern, Recipient::office(f.harbourOffice), f.now());
        REQUIRE(p);
        CHECK(p->allowed);
        CHECK(p->covered == 1);
        CHECK(p->survivors == 2);
        CHECK_FALSE(p->note.isEmpty());
        Result<Document> d = buildReport(*f.t, f.lantern, o);
        REQUIRE(d);
        CHECK(d->identitiesShown == 1);
        QBuffer html;
        html.open(QIODevice::WriteOnly);
        REQUIRE(writeHtml(*d, html));
        const QString text = QString::fromUtf8(html.data());
        CHECK(text.contains(kNameCovered));
        CHECK_FALSE(text.contains(kNameWithheld));
    }
    SECTION("locked identities are refused, not printed sealed")
    {
        o.recipient = Recipient::office(f.harbourOffice);
        f.t.lock();
        Result<Document> d = buildReport(*f.t, f.lantern, o);
        REQUIRE_FALSE(d);
        CHECK(d.error().message.contains(QStringLiteral("locked")));
    }
    SECTION("a withdrawn consent no longer covers anyone")
    {
        Result<std::vector<Row>> consents = consentsOf(*f.t, f.survivor1);
        REQUIRE(consents);
        REQUIRE(consents->size() == 1);
        REQUIRE(withdrawConsent(*f.t, consents->front().id, QStringLiteral("asked to stop"), ReportFixture::utc(2026, 5, 1)));
        Result<IdentityPermission> p = identityPermission(*f.t, f.lantern, Recipient::office(f.harbourOffice), f.now());
        REQUIRE(p);
        CHECK_FALSE(p->allowed);
    }
}

TEST_CASE("the after-action report in every format, read back")
{
    ReportFixture f;
    Options o = optionsFor(Kind::AfterAction);
    o.marking = QStringLiteral("OFFICIAL-SENSITIVE");
    o.copyNumber = 2;
    o.recipient = Recipient::office(f.harbourOffice);
    Result<Document> d = buildReport(*f.t, f.lantern, o);
    REQUIRE(d);

    SECTION("PDF: marking and page numbers on every page, the sections, no identity")
    {
        for (const PageSize size : {PageSize::A4, PageSize::Letter}) {
            const QString path = f.t.file(QStringLiteral("aar-%1.pdf").arg(pageSizeToken(size)));
            WriteOptions w;
            w.pageSize = size;
            REQUIRE(exportDocument(*f.t, *d, Format::Pdf, path, w));
            const QString text = pdfText(path);
            const int pages = pdfPages(path);
            REQUIRE(pages >= 2);
            const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
            REQUIRE(pageTexts.size() == pages);
            for (int i = 0; i < pages; ++i) {
                INFO("page " << i + 1);
                CHECK(pageTexts[i].contains(QStringLiteral("OFFICIAL-SENSITIVE")));
                CHECK(pageTexts[i].contains(QStringLiteral("Copy 2")));
                CHECK(pageTexts[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
            }
            CHECK(text.contains(QStringLiteral("After-action report")));
            CHECK(text.contains(QStringLiteral("Lessons noted")));
            CHECK(text.contains(QStringLiteral("Quiet room"))); // a table cell: its lines wrap
            CHECK(text.contains(QStringLiteral("V-2026-0002")));
            CHECK_FALSE(text.contains(kNameCovered));
            CHECK_FALSE(text.contains(kNameWithheld));
            // Columns are wide enough for their words: no header broken mid-word ("Nationalit"
            // over "y"), and times without seconds.
            const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (const Section& s : d->sections) {
                for (const Block& b : s.blocks) {
                    if (b.type != Block::Type::Table || b.table.rows.empty())
                        continue;
                    for (const QString& column : b.table.columns) {
                        for (const QString& word : column.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                            INFO(pageSizeToken(size).toStdString() << ": \"" << word.toStdString() << "\" of \""
                                                                   << column.toStdString() << "\"");
                            CHECK(words.contains(word));
                        }
                    }
                }
            }
            CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))));
        }
    }
    SECTION("HTML: one self-contained file with headings and tables")
    {
        const QString path = f.t.file(QStringLiteral("aar.html"));
        REQUIRE(exportDocument(*f.t, *d, Format::Html, path));
        const QString html = QString::fromUtf8(readFile(path));
        CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        CHECK(html.contains(QStringLiteral("<h1>Lantern</h1>")));
        CHECK(html.count(QStringLiteral("<table")) == html.count(QStringLiteral("</table>")));
        CHECK(html.count(QStringLiteral("<section>")) == int(std::count_if(d->sections.begin(), d->sections.end(),
                                                                             [](const Section& s) { return s.level == 1; })));
        CHECK_FALSE(html.contains(QStringLiteral("<script")));
        CHECK_FALSE(html.contains(QStringLiteral("src=")));
        CHECK_FALSE(html.contains(QStringLiteral("href=\"http")));
        CHECK(html.contains(QStringLiteral("Copy 2")));
        CHECK(html.contains(QStringLiteral("&lt;") ) == false); // nothing in the fixture needs escaping but quotes
        CHECK(html.contains(QStringLiteral("=HYPERLINK(&quot;http://example.invalid&quot;")));
        CHECK_FALSE(html.contains(kNameWithheld));
    }
    SECTION("ODT: a stored ZIP with the mimetype first and the report in content.xml")
    {
        const QString path = f.t.file(QStringLiteral("aar.odt"));
        REQUIRE(exportDocument(*f.t, *d, Format::Odt, path));
        const QByteArray zip = readFile(path);
        CHECK(zip.mid(30, 8) == "mimetype");
        const QMap<QString, QByteArray> entries = readStoredZip(zip);
        CHECK(entries.value(QStringLiteral("mimetype")) == "application/vnd.oasis.opendocument.text");
        REQUIRE(entries.contains(QStringLiteral("content.xml")));
        REQUIRE(entries.contains(QStringLiteral("styles.xml")));
        REQUIRE(entries.contains(QStringLiteral("META-INF/manifest.xml")));
        const QString content = QString::fromUtf8(entries.value(QStringLiteral("content.xml")));
        CHECK(content.contains(QStringLiteral("Lessons noted")));
        CHECK(content.contains(QStringLiteral("V-2026-0001")));
        CHECK(content.contains(QStringLiteral("table:table ")));
        const QString styles = QString::fromUtf8(entries.value(QStringLiteral("styles.xml")));
        CHECK(styles.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        CHECK(styles.contains(QStringLiteral("text:page-number")));
        CHECK_FALSE(content.contains(kNameWithheld));
        // unzip agrees that the archive is whole.
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
        REQUIRE(unzip.waitForFinished(30000));
        CHECK(unzip.exitCode() == 0);
    }
    SECTION("CSV: parsed back, formula-like cells neutralised, marking first and last")
    {
        const QString path = f.t.file(QStringLiteral("aar.csv"));
        WriteOptions w;
        w.csvBom = true;
        REQUIRE(exportDocument(*f.t, *d, Format::Csv, path, w));
        const QByteArray bytes = readFile(path);
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        const std::vector<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        REQUIRE(records.size() > 10);
        CHECK(records.front().join(QLatin1Char(' ')).contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        CHECK(records.back().join(QLatin1Char(' ')).contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        QStringList cells;
        for (const QStringList& r : records)
            cells << r;
        CHECK(cells.contains(QStringLiteral("'=HYPERLINK(\"http://example.invalid\",\"x\")")));
        CHECK(cells.contains(QStringLiteral("'+14 workers found, 2 need a doctor")));
        CHECK(cells.contains(QStringLiteral("'-2 interpreters short: book three next time")));
        CHECK(cells.contains(QStringLiteral("'@control: radios worked on TAC-3")));
        for (const QString& c : cells) {
            INFO(c.toStdString());
            CHECK_FALSE((c.startsWith(QLatin1Char('=')) || c.startsWith(QLatin1Char('+'))
                         || c.startsWith(QLatin1Char('-')) || c.startsWith(QLatin1Char('@'))));
        }
        CHECK(cells.contains(QStringLiteral("V-2026-0001")));
        CHECK_FALSE(cells.join(QLatin1Char(' ')).contains(kNameWithheld));
    }
    CHECK(auditCount(*f.t, QStringLiteral("report")) >= 1);
}

TEST_CASE("after-action figures: steps against targets, overdue and declined, feedback as lessons")
{
    ReportFixture f;
    Result<Document> d = buildReport(*f.t, f.lantern, optionsFor(Kind::AfterAction));
    REQUIRE(d);
    const std::vector<Table> tables = d->tables();
    auto find = [&tables](const QString& column, const QString& also = QStringLiteral("Step")) -> const Table* {
        for (const Table& t : tables)
            if (t.columns.contains(column) && (also.isEmpty() || t.columns.contains(also)))
                return &t;
        return nullptr;
    };
    const Table* steps = find(QStringLiteral("Median T0 to done"));
    REQUIRE(steps);
    bool safety = false;
    for (const QStringList& row : steps->rows)
        if (row.value(0) == QStringLiteral("Safety")) {
            safety = true;
            CHECK(row.join(QLatin1Char('|')).contains(QStringLiteral("1 of 2"))); // within target
            CHECK(row.join(QLatin1Char('|')).contains(QStringLiteral("1 h"))); // median of 30 and 90 min
        }
    CHECK(safety);
    const Table* late = find(QStringLiteral("Details"));
    REQUIRE(late);
    CHECK(late->rows.size() == 3); // Medical ×2, Advocate of survivor 2
    const Table* feedback = find(QStringLiteral("What to change"), QString());
    REQUIRE(feedback);
    REQUIRE(feedback->rows.size() == 1);
    CHECK(feedback->rows[0].contains(QStringLiteral("Harbour Outreach Services")));
    CHECK(feedback->rows[0].contains(QStringLiteral("Call victim services before entry")));
    // The lessons-noted section opens with the ratings per aspect.
    bool ratings = false;
    for (const Table& t : tables)
        for (const QStringList& row : t.rows)
            if (row.value(0) == QStringLiteral("Communication") && row.value(1) == QStringLiteral("2.0 of 5 (1 agency)"))
                ratings = true;
    CHECK(ratings);
    // The summary: two survivors, one a minor, with no noun for a count to disagree with.
    QString survivors;
    for (const Section& s : d->sections)
        for (const Block& b : s.blocks)
            for (const Field& field : b.fields)
                if (field.label == QStringLiteral("Survivors assisted"))
                    survivors = field.value;
    CHECK(survivors == QStringLiteral("2 (minors: 1)"));
}

TEST_CASE("bad input: unknown or deleted operation, unwritable path, bad marking, and no file left")
{
    ReportFixture f;
    const Options o = optionsFor(Kind::OperationOrder);
    const QString path = f.t.file(QStringLiteral("order.pdf"));

    Result<ExportSummary> unknown = exportReport(*f.t, QUuid::createUuid(), o, Format::Pdf, path);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().context.startsWith(QStringLiteral("operation ")));
    CHECK_FALSE(QFile::exists(path));

    REQUIRE(f.t->remove(QStringLiteral("operation"), f.kestrel));
    Result<ExportSummary> deleted = exportReport(*f.t, f.kestrel, o, Format::Pdf, path);
    REQUIRE_FALSE(deleted);
    CHECK(deleted.error().message.contains(QStringLiteral("deleted")));
    CHECK_FALSE(QFile::exists(path));

    const QString missing = f.t.file(QStringLiteral("no/such/folder/order.pdf"));
    Result<ExportSummary> folder = exportReport(*f.t, f.lantern, o, Format::Pdf, missing);
    REQUIRE_FALSE(folder);
    CHECK(folder.error().context.contains(QStringLiteral("order.pdf")));
    CHECK(folder.error().message.contains(QStringLiteral("does not exist")));

    Options bad = o;
    bad.marking = QStringLiteral("SECRET\nSECRET");
    CHECK_FALSE(exportReport(*f.t, f.lantern, bad, Format::Pdf, path));
    CHECK(markingProblem(QString(kMaxMarkingLength + 1, QLatin1Char('X'))).size() > 0);

    // An existing file stays as it was when a new report fails.
    QFile existing(path);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("earlier report");
    existing.close();
    CHECK_FALSE(exportReport(*f.t, QUuid::createUuid(), o, Format::Pdf, path));
    CHECK(readFile(path) == "earlier report");
    const qint64 before = auditCount(*f.t, QStringLiteral("report"));
    CHECK_FALSE(exportReport(*f.t, f.lantern, o, Format::Html, f.t.dir.path()));
    CHECK(auditCount(*f.t, QStringLiteral("report")) == before);
    CHECK(QDir(f.t.dir.path()).entryList({QStringLiteral("*.html"), QStringLiteral("*.tmp")}).isEmpty());
}

TEST_CASE("a report export is written to the audit log with its marking, copy and recipient")
{
    ReportFixture f;
    Options o = optionsFor(Kind::OperationOrder);
    o.copyNumber = 7;
    o.recipient = Recipient::office(f.harbourOffice);
    o.marking = QStringLiteral("OFFICIAL");
    REQUIRE(exportReport(*f.t, f.lantern, o, Format::Html, f.t.file(QStringLiteral("o.html"))));
    Result<QSqlQuery> q = f.t->exec(QStringLiteral("SELECT subject, details FROM audit_log WHERE action = 'report'"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toString().contains(QStringLiteral("Lantern")));
    const QString details = q->value(1).toString();
    CHECK(details.contains(QStringLiteral("marking OFFICIAL")));
    CHECK(details.contains(QStringLiteral("copy 7")));
    CHECK(details.contains(QStringLiteral("for the office Harbour Outreach (%1)").arg(f.harbourOffice.toString(QUuid::WithoutBraces))));
    CHECK(details.contains(QStringLiteral("o.html")));
}
