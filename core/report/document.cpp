#include "document.h"

namespace tandem::report {
namespace {

template <typename E>
struct Token {
    E value;
    const char* token;
};

const Token<Kind> kKinds[] = {
    {Kind::OperationOrder, "order"}, {Kind::AfterAction, "after-action"}, {Kind::AssignmentSheet, "assignment-sheet"}};
const Token<PageSize> kPageSizes[] = {{PageSize::A4, "a4"}, {PageSize::Letter, "letter"}};

template <typename E, size_t N>
QString tokenOf(const Token<E> (&table)[N], E value)
{
    for (const Token<E>& t : table) {
        if (t.value == value)
            return QString::fromLatin1(t.token);
    }
    return {};
}

template <typename E, size_t N>
std::optional<E> fromToken(const Token<E> (&table)[N], const QString& token)
{
    for (const Token<E>& t : table) {
        if (token.compare(QLatin1String(t.token), Qt::CaseInsensitive) == 0)
            return t.value;
    }
    return std::nullopt;
}

template <typename E, size_t N>
QStringList tokens(const Token<E> (&table)[N])
{
    QStringList out;
    for (const Token<E>& t : table)
        out << QString::fromLatin1(t.token);
    return out;
}

} // namespace

QString Recipient::entity() const
{
    if (isNull())
        return {};
    return type == Type::Office ? QStringLiteral("office") : QStringLiteral("agency");
}

QString kindToken(Kind kind) { return tokenOf(kKinds, kind); }
bool isAgencyCopyKind(Kind kind) { return kind == Kind::OperationOrder || kind == Kind::AssignmentSheet; }
bool needsAgency(Kind kind) { return kind == Kind::AssignmentSheet; }
std::optional<Kind> kindFromToken(const QString& token) { return fromToken(kKinds, token); }
const std::vector<FormatInfo>& formats()
{
    static const std::vector<FormatInfo> all{
        {Format::Pdf, "pdf", QT_TRANSLATE_NOOP("tandem::report::Format", "PDF"),
         QT_TRANSLATE_NOOP("tandem::report::Format", "PDF documents (*.pdf)"), true, false},
        {Format::Html, "html", QT_TRANSLATE_NOOP("tandem::report::Format", "HTML (one file)"),
         QT_TRANSLATE_NOOP("tandem::report::Format", "HTML files (*.html)"), false, false},
        {Format::Odt, "odt", QT_TRANSLATE_NOOP("tandem::report::Format", "OpenDocument text (ODT)"),
         QT_TRANSLATE_NOOP("tandem::report::Format", "OpenDocument text (*.odt)"), true, false},
        {Format::Csv, "csv", QT_TRANSLATE_NOOP("tandem::report::Format", "CSV (tables for spreadsheets)"),
         QT_TRANSLATE_NOOP("tandem::report::Format", "CSV files (*.csv)"), false, true},
    };
    return all;
}

const FormatInfo& formatInfo(Format format)
{
    // The table is in the enum's order, one entry each (report_document_test checks it).
    return formats().at(size_t(format));
}

QString formatToken(Format format) { return QString::fromLatin1(formatInfo(format).token); }

std::optional<Format> formatFromToken(const QString& token)
{
    for (const FormatInfo& f : formats()) {
        if (token.compare(QLatin1String(f.token), Qt::CaseInsensitive) == 0)
            return f.format;
    }
    return std::nullopt;
}
QString pageSizeToken(PageSize size) { return tokenOf(kPageSizes, size); }
std::optional<PageSize> pageSizeFromToken(const QString& token) { return fromToken(kPageSizes, token); }
QStringList kindTokens() { return tokens(kKinds); }
QStringList formatTokens()
{
    QStringList out;
    for (const FormatInfo& f : formats())
        out << QString::fromLatin1(f.token);
    return out;
}

Block Block::paragraph(const QString& text)
{
    Block b;
    b.type = Type::Paragraph;
    b.text = text;
    return b;
}

Block Block::fieldList(std::vector<Field> fields)
{
    Block b;
    b.type = Type::Fields;
    b.fields = std::move(fields);
    return b;
}

std::vector<const Block*> pictures(const Document& d)
{
    std::vector<const Block*> out;
    for (const Section& s : d.sections) {
        for (const Block& b : s.blocks) {
            if (b.type == Block::Type::Image)
                out.push_back(&b);
        }
    }
    return out;
}

Block Block::tableOf(Table table)
{
    Block b;
    b.type = Type::Table;
    b.table = std::move(table);
    return b;
}

QString Marking::runningText() const
{
    QStringList parts;
    if (!protectiveMarking.isEmpty())
        parts << protectiveMarking;
    if (copyNumber > 0)
        parts << Report::tr("Copy %1").arg(copyNumber);
    if (!recipient.isEmpty())
        parts << recipientText();
    return parts.join(QStringLiteral(" · "));
}

QString Marking::recipientText() const
{
    if (recipient.isEmpty())
        return {};
    return agencyCopy ? Report::tr("Copy for: %1").arg(recipient) : Report::tr("For %1").arg(recipient);
}

QString defaultMarking()
{
    return QStringLiteral("OFFICIAL-SENSITIVE");
}

QString markingProblem(const QString& marking)
{
    const QString trimmed = marking.trimmed();
    if (trimmed.isEmpty())
        return Report::tr("the protective marking is empty");
    if (trimmed.size() > kMaxMarkingLength)
        return Report::tr("the protective marking has %1 characters; at most %2 fit on a page's "
                          "running header")
            .arg(trimmed.size())
            .arg(kMaxMarkingLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return Report::tr("the protective marking must be one line of text");
    }
    return {};
}

std::vector<Table> Document::tables() const
{
    std::vector<Table> out;
    for (const Section& section : sections) {
        for (const Block& block : section.blocks) {
            if (block.type == Block::Type::Table) {
                Table t = block.table;
                if (t.title.isEmpty())
                    t.title = section.title;
                out.push_back(std::move(t));
            } else if (block.type == Block::Type::Fields) {
                Table t;
                t.title = section.title;
                t.columns = QStringList{Report::tr("Item"), Report::tr("Details")};
                for (const Field& f : block.fields)
                    t.rows.push_back(QStringList{f.label, f.value});
                out.push_back(std::move(t));
            }
        }
    }
    return out;
}

} // namespace tandem::report
