#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

class QImage;

// The report document model: what a report says, independent of how it is written. The builders
// (reportbuilder.h) fill it from the store; the writers (writers.h) turn the same document into
// PDF, HTML, ODT or CSV, and the GUI's preview shows textDocument() of it.
namespace tandem::report {

// The translation context of every visible string of a report.
class Report {
    Q_DECLARE_TR_FUNCTIONS(tandem::Report)
};

enum class Kind {
    OperationOrder, // the briefing pack handed out before the operation
    AfterAction,    // what was planned against what happened, for the review
    // One agency's ICS-204-style sheet on its own: its assignments, tasks, reporting point and
    // comms, and the need-to-know items when its roles are entitled to them (issue 18). Made for
    // an agency only (Options::recipient).
    AssignmentSheet,
};

// Whether a report of `kind` made for an agency is that agency's copy (domain/needtoknow.h): it
// then holds the agency's own part and the shared parts, and the need-to-know items only when the
// agency's roles are entitled to them. The operation order and the assignment sheet are; the
// after-action report, the task force's own review, is not.
bool isAgencyCopyKind(Kind kind);
// Whether a report of `kind` can only be made for an agency (the assignment sheet).
bool needsAgency(Kind kind);

enum class Format { Pdf, Html, Odt, Csv };

// What every part knows of a format, said once: the command line's token (also the file name's
// suffix), the name the report dialog lists and its file-dialog filter (both untranslated, in the
// context "tandem::report::Format": translate with QCoreApplication::translate), and which writing
// options apply. The window's list, the command line's checks and the writers follow this table.
struct FormatInfo {
    Format format;
    const char* token;
    const char* name;
    const char* fileFilter;
    bool pageSize;      // laid out on pages of a chosen size (PDF, ODT)
    bool byteOrderMark; // may start with a UTF-8 byte order mark for spreadsheets (CSV)
};
inline constexpr const char* kFormatContext = "tandem::report::Format";
// Every format, in the enum's order, which is the order the report dialog lists them.
const std::vector<FormatInfo>& formats();
const FormatInfo& formatInfo(Format format);

enum class PageSize { A4, Letter };

// Command-line and file-name tokens: "order", "after-action", "assignment-sheet"; "pdf", "html", "odt", "csv";
// "a4", "letter". Parsing is case-insensitive and returns nothing for an unknown token.
QString kindToken(Kind kind);
std::optional<Kind> kindFromToken(const QString& token);
QString formatToken(Format format);
std::optional<Format> formatFromToken(const QString& token);
QString pageSizeToken(PageSize size);
std::optional<PageSize> pageSizeFromToken(const QString& token);
QStringList kindTokens();
QStringList formatTokens();

// A label and its value, e.g. "Risk level: High". A value may run over several lines. `link`, when
// set, is a URI the value stands for (a target's coordinates as "geo:51.5,-0.12"): HTML and ODT
// make the value a link to it.
struct Field {
    QString label;
    QString value;
    QString link = {};
};

// A table with a header row. Cells are text as people read it (already localised).
struct Table {
    QString title;    // the caption; CSV writes it as the table's title row
    QStringList columns;
    std::vector<QStringList> rows; // each as long as `columns`
    QList<int> numericColumns;     // right-aligned
    // Relative column widths (any unit; they are scaled to the page). Empty: equal widths.
    QList<int> widths;
    QString emptyText; // said instead of the table when it has no rows
};

// One piece of a section, in reading order.
struct Block {
    enum class Type { Paragraph, Fields, Table, Image };
    Type type = Type::Paragraph;
    QString text;              // Paragraph; Image: its caption
    std::vector<Field> fields; // Fields: a two-column list of labels and values
    Table table;               // Table
    // Image: a target's floor plan (report/floorplan.h), scaled to the page. Held by pointer so
    // that the document model needs no Qt Gui: the dashboard and tandem-cli's other commands build
    // documents without linking it; only tandem_report, which makes and draws pictures, does.
    std::shared_ptr<const QImage> image;

    static Block paragraph(const QString& text);
    static Block fieldList(std::vector<Field> fields);
    static Block tableOf(Table table);
    static Block picture(const QImage& image, const QString& caption); // in floorplan.cpp
};

// The images of `d`'s Image blocks, in reading order (ODT keeps each as a file of its own).
struct Document;
std::vector<const Block*> pictures(const Document& d);

struct Section {
    QString title;
    int level = 1; // 1: a numbered section of the report, 2: a part of one
    std::vector<Block> blocks;
};

// Who receives a copy of a report: a partner office of the exchange, or an agency of the
// directory (a prosecutor, a police service), or nobody named. Consents name their recipient the
// same way (ConsentRecipient in domain/consent.h), and a report's identities follow only a
// consent for exactly this recipient: an office consent for an office, an agency consent for an
// agency.
struct Recipient {
    enum class Type { None, Office, Agency };
    Type type = Type::None;
    QUuid id;

    static Recipient office(const QUuid& id) { return {id.isNull() ? Type::None : Type::Office, id}; }
    static Recipient agency(const QUuid& id) { return {id.isNull() ? Type::None : Type::Agency, id}; }
    bool isNull() const { return type == Type::None || id.isNull(); }
    // The entity the recipient is a row of: "office" or "agency"; empty when none is named.
    QString entity() const;
    friend bool operator==(const Recipient&, const Recipient&) = default;
};

// What every page carries: the protective marking, the copy number and the recipient.
struct Marking {
    QString protectiveMarking; // e.g. "OFFICIAL-SENSITIVE"
    int copyNumber = 0;        // 0: copies are not numbered
    QString recipient;         // the recipient office's or agency's name; empty when none was named
    bool agencyCopy = false;   // an agency's copy (isAgencyCopyKind): "Copy for: <agency>"

    // "For Harbour Outreach", or for an agency's copy "Copy for: Harbour Outreach"; empty when no
    // recipient is named.
    QString recipientText() const;
    // "OFFICIAL-SENSITIVE · Copy 2 · For Harbour Outreach" (the parts that are set).
    QString runningText() const;
};

// The longest protective marking accepted: a marking is a short, fixed phrase, and it must fit
// on one line of the running header.
constexpr int kMaxMarkingLength = 60;
// The marking when none is chosen: reports on trafficking operations are sensitive by nature.
QString defaultMarking();
// Empty when `marking` is acceptable (one line, 1 to kMaxMarkingLength characters, no control
// characters); otherwise what is wrong, for people.
QString markingProblem(const QString& marking);

struct Document {
    Kind kind = Kind::OperationOrder;
    QUuid operation;
    QString documentType; // "Operation order", "After-action report"
    QString title;        // the operation's code name
    std::vector<Field> titleBlock;
    Marking marking;
    Recipient recipient; // whose copy this is (its name is marking.recipient)
    // An agency's copy (marking.agencyCopy): whether it holds the need-to-know items.
    bool needToKnow = true;
    QString issuedBy; // this office's name
    QDateTime generatedAt;
    QLocale locale;
    QTimeZone timeZone;
    // Whether identifying details of survivors appear anywhere in it (audited as such).
    bool identitiesIncluded = false;
    int identitiesShown = 0; // survivors whose identity appears
    std::vector<Section> sections;

    // Every table of the document in reading order, field lists included as two-column tables
    // (what the CSV writer writes, and what a test can look at).
    std::vector<Table> tables() const;
};

} // namespace tandem::report
