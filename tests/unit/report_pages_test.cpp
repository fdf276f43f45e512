// Reports (issue 14): a page break never cuts a table row in two (a target's entry points half on
// one page, "Safety" at the foot of a page and its rating at the head of the next), and a heading
// never stands alone at the foot of a page. Both reports of an operation with long rows are
// written as PDF and read back page by page with pdftotext -layout: every row's first and last
// words are on one page, and each heading is on the page of its first row.

#include "catchqt.h"
#include "reportfixture.h"
#include "reportread.h"

#include "report/export.h"
#include "report/pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace tandem;
using namespace tandem::test;
using namespace tandem::report;

namespace {

const QStringList kWords{QStringLiteral("approach"), QStringLiteral("through"), QStringLiteral("the"),
                         QStringLiteral("yard"), QStringLiteral("behind"), QStringLiteral("chained"),
                         QStringLiteral("door"), QStringLiteral("watch"), QStringLiteral("stairwell"),
                         QStringLiteral("dogs"), QStringLiteral("camera"), QStringLiteral("ladder")};

// "K03a approach through … K03z": `words` words between the markers that open and close it.
QString marked(const QString& marker, int words)
{
    QStringList text{marker + QLatin1Char('a')};
    for (int i = 0; i < words; ++i)
        text << kWords[(i * 7 + marker.size()) % kWords.size()];
    text << marker + QLatin1Char('z');
    return text.join(QLatin1Char(' '));
}

// The first page (0-based) whose text matches `re`; -1 when none does.
int pageMatching(const QStringList& pages, const QRegularExpression& re)
{
    for (int i = 0; i < pages.size(); ++i)
        if (pages[i].contains(re))
            return i;
    return -1;
}

// The first page with `word` as a whole word.
int pageOf(const QStringList& pages, const QString& word)
{
    return pageMatching(pages, QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(word))));
}

// Long rows for Lantern: twelve targets whose entry points, hazards and notes run over several
// lines, forty log entries of two to eight lines, eight of them marked as lessons, and ten
// follow-up actions. Every cell's text opens with a marker ending in "a" and closes with the same
// marker ending in "z" (targets K01–K12, entries L01–L40, actions A01–A10).
void addLongRows(ReportFixture& f)
{
    Store& s = *f.t;
    for (int i = 1; i <= 12; ++i) {
        const QString k = QStringLiteral("K%1").arg(i, 2, 10, QLatin1Char('0'));
        REQUIRE(s.insert(QStringLiteral("target"),
                         {{QStringLiteral("operation"), f.lantern},
                          {QStringLiteral("label"), QStringLiteral("Site-%1").arg(k)},
                          {QStringLiteral("address"), marked(k + QLatin1Char('s'), 4)},
                          {QStringLiteral("latitude"), 51.5 + i / 100.0},
                          {QStringLiteral("longitude"), -0.12 - i / 100.0},
                          {QStringLiteral("entry_points"), marked(k + QLatin1Char('e'), 30 + (i * 37) % 90)},
                          {QStringLiteral("hazards"), marked(k + QLatin1Char('h'), 20 + (i * 53) % 70)},
                          {QStringLiteral("notes"), marked(k + QLatin1Char('n'), 10 + (i * 29) % 60)}}));
    }
    for (int i = 1; i <= 40; ++i) {
        const QString l = QStringLiteral("L%1").arg(i, 2, 10, QLatin1Char('0'));
        REQUIRE(s.insert(QStringLiteral("note"), {{QStringLiteral("operation"), f.lantern},
                                                  {QStringLiteral("at"), ReportFixture::utc(2026, 4, 10, 7, i)},
                                                  {QStringLiteral("author"), QStringLiteral("Control")},
                                                  {QStringLiteral("lesson"), i % 5 == 0},
                                                  {QStringLiteral("text"), marked(l, 15 + (i * 41) % 75)}}));
    }
    for (int i = 1; i <= 10; ++i) {
        const QString a = QStringLiteral("A%1").arg(i, 2, 10, QLatin1Char('0'));
        REQUIRE(s.insert(QStringLiteral("action_item"), {{QStringLiteral("operation"), f.lantern},
                                                         {QStringLiteral("title"), marked(a, 8 + (i * 13) % 40)},
                                                         {QStringLiteral("owner_agency"), f.outreach},
                                                         {QStringLiteral("due_at"), ReportFixture::utc(2026, 5, i, 12)}}));
    }
}

// Writes `kind` on Lantern as PDF in `size` and returns the text of its pages.
QStringList pages(ReportFixture& f, Kind kind, PageSize size)
{
    Options o;
    o.kind = kind;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.timeZone = QTimeZone::utc();
    const QString path = f.t.file(QStringLiteral("%1-%2.pdf").arg(kindToken(kind), pageSizeToken(size)));
    WriteOptions w;
    w.pageSize = size;
    REQUIRE(exportReport(*f.t, f.lantern, o, Format::Pdf, path, w));
    const QStringList texts = pdfPageTexts(path);
    REQUIRE(texts.size() == pdfPages(path));
    return texts;
}

// Each marker's "a" and "z" words are on one page.
void requireWholeRows(const QStringList& texts, const QStringList& markers)
{
    for (const QString& m : markers) {
        const int first = pageOf(texts, m + QLatin1Char('a'));
        const int last = pageOf(texts, m + QLatin1Char('z'));
        INFO(m.toStdString() << ": opens on page " << first + 1 << ", closes on page " << last + 1);
        REQUIRE(first >= 0);
        CHECK(first == last);
    }
}

QStringList numbered(const QString& prefix, int count, const QString& suffix = {})
{
    QStringList out;
    for (int i = 1; i <= count; ++i)
        out << QStringLiteral("%1%2%3").arg(prefix).arg(i, 2, 10, QLatin1Char('0')).arg(suffix);
    return out;
}

} // namespace

TEST_CASE("no table row of the operation order is cut by a page break, and headings stay with their first row")
{
    ReportFixture f;
    addLongRows(f);
    for (const PageSize size : {PageSize::A4, PageSize::Letter}) {
        INFO(pageSizeToken(size).toStdString());
        const QStringList texts = pages(f, Kind::OperationOrder, size);
        REQUIRE(texts.size() >= 4);
        QStringList cells = numbered(QStringLiteral("L"), 40);
        for (const QString& part : {QStringLiteral("s"), QStringLiteral("e"), QStringLiteral("h"), QStringLiteral("n")})
            cells << numbered(QStringLiteral("K"), 12, part);
        requireWholeRows(texts, cells);
        // A target's heading is on the page of its first row (its address).
        for (int i = 1; i <= 12; ++i) {
            const QString k = QStringLiteral("K%1").arg(i, 2, 10, QLatin1Char('0'));
            INFO(k.toStdString());
            CHECK(pageOf(texts, QStringLiteral("Site-%1").arg(k)) == pageOf(texts, k + QStringLiteral("sa")));
        }
        // The log's heading is on the page of its first entry (the fixture's, at 06:05), and each
        // page the log goes on to repeats its header row.
        const int heading = pageOf(texts, QStringLiteral("log"));
        CHECK(heading == pageMatching(texts, QRegularExpression(QStringLiteral("HYPERLINK"))));
        const int end = pageOf(texts, QStringLiteral("L40z"));
        REQUIRE(end > heading);
        for (int p = heading + 1; p <= end; ++p) {
            INFO("page " << p + 1);
            CHECK(texts[p].contains(QStringLiteral("Author")));
        }
    }
}

TEST_CASE("no table row of the after-action report is cut by a page break")
{
    ReportFixture f;
    addLongRows(f);
    for (const PageSize size : {PageSize::A4, PageSize::Letter}) {
        INFO(pageSizeToken(size).toStdString());
        const QStringList texts = pages(f, Kind::AfterAction, size);
        REQUIRE(texts.size() >= 4);
        requireWholeRows(texts, numbered(QStringLiteral("L"), 40) + numbered(QStringLiteral("A"), 10));
        const QString all = texts.join(QLatin1Char('\n'));
        // "Safety" and its rating on one line, whatever page it is on.
        CHECK(all.contains(QRegularExpression(QStringLiteral("Safety\\s+4\\.0 of 5"))));
        // The heading of the follow-up actions is on the page of the first one.
        CHECK(pageMatching(texts, QRegularExpression(QStringLiteral("\\d+\\. Follow-up actions")))
              == pageOf(texts, QStringLiteral("A01a")));
        // The marked entries are lessons too: L05 appears in the log and among the lessons.
        CHECK(all.count(QRegularExpression(QStringLiteral("(^|\\s)L05a(\\s|$)"))) == 2);
        CHECK(all.count(QRegularExpression(QStringLiteral("(^|\\s)L06a(\\s|$)"))) == 1);
    }
}

TEST_CASE("pagination keeps rows whole, a heading with its first row, and repeats a table's header row")
{
    QTextDocument text;
    text.setDocumentMargin(0);
    QTextCursor c(&text);
    QTextBlockFormat heading;
    heading.setProperty(kKeepWithNextProperty, true);
    c.insertBlock(heading);
    c.insertText(QStringLiteral("Heading"));
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(4);
    format.setBorder(1);
    QTextTable* table = c.insertTable(31, 2, format);
    table->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("Header"));
    for (int r = 1; r < 31; ++r)
        table->cellAt(r, 1).firstCursorPosition().insertText(QString(r % 4 + 1, QLatin1Char('\n')) + QStringLiteral("row"));
    text.setTextWidth(400);
    const qreal pageHeight = 300;
    const std::vector<PageContent> result = paginate(text, pageHeight);
    REQUIRE(result.size() >= 3);

    // The rows' extents, in the order of the table.
    QAbstractTextDocumentLayout* layout = text.documentLayout();
    std::vector<std::pair<qreal, qreal>> rows;
    for (int r = 0; r < 31; ++r) {
        const QRectF first = layout->blockBoundingRect(table->cellAt(r, 1).firstCursorPosition().block());
        const QRectF last = layout->blockBoundingRect(table->cellAt(r, 1).lastCursorPosition().block());
        rows.push_back({first.top(), last.bottom()});
    }
    const QRectF headingRect = layout->blockBoundingRect(text.begin().next());
    for (size_t p = 0; p < result.size(); ++p) {
        INFO("page " << p + 1);
        qreal used = 0;
        for (const PageSlice& s : result[p].slices) {
            CHECK(s.y == Approx(used));
            used += s.bottom - s.top;
        }
        CHECK(used <= pageHeight + 0.01);
        const PageSlice& own = result[p].slices.back();
        // No row crosses the page's edges.
        for (const auto& [top, bottom] : rows)
            CHECK_FALSE((top < own.bottom - 0.01 && bottom > own.bottom + 0.01));
        // Pages after the first begin with the header row, then their own rows.
        if (p > 0) {
            REQUIRE(result[p].slices.size() == 2);
            CHECK(result[p].slices.front().top <= rows[0].first);
            CHECK(result[p].slices.front().bottom >= rows[0].second);
        }
    }
    // The heading is on the page of the table's first row.
    CHECK(result.front().slices.back().bottom > rows[1].second);
    CHECK(headingRect.bottom() < result.front().slices.back().bottom);
}
