// tandem-cli report (DESIGN.md §5, issue 6): every format from the real binary, the marking, copy
// and recipient on the page, identities only under a consent that covers the named recipient,
// CSV cells that would be formulas neutralised, the audit entry, and clear refusals.

#include "clirun.h"
#include "reportfixture.h"

#include "domain/consent.h"
#include "store/store.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

// The hand-made task force of reportfixture.h, closed so that tandem-cli can open it.
struct ReportFile {
    ReportFixture f;
    QString path;
    QUuid policeService; // agency survivor 1 agreed to share her identity with
    QUuid prosecutor;    // agency nobody consented to
    QUuid deletedAgency;

    ReportFile() : path(f.t.path())
    {
        auto agency = [this](const char* name, const char* kind) {
            Result<QUuid> id = f.t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QString::fromLatin1(name)},
                                                                      {QStringLiteral("kind"), QString::fromLatin1(kind)}});
            REQUIRE(id);
            return *id;
        };
        policeService = agency("Eastfold Police Service", "police");
        prosecutor = agency("Eastfold Public Prosecutor", "prosecutor");
        deletedAgency = agency("Westmarch Constabulary", "police");
        REQUIRE(f.t->remove(QStringLiteral("agency"), deletedAgency));
        NewConsent consent;
        consent.recipient.agency = policeService;
        consent.scope = QStringLiteral("identity");
        consent.givenAt = ReportFixture::utc(2026, 4, 12, 10);
        REQUIRE(recordConsent(*f.t, f.survivor1, consent));
        f.t.store.reset();
    }

    CliRun report(const QStringList& arguments, QMap<QString, QString> environment = {}) const
    {
        environment.insert(QStringLiteral("TANDEM_PASSPHRASE"), kOfficePassphrase);
        return cli(QStringList{QStringLiteral("report"), path} + arguments, environment);
    }
    // The after-action report on Lantern into `file`, in the format its extension names.
    CliRun afterAction(const QString& file, const QStringList& extra) const
    {
        return report(QStringList{idText(f.lantern), QStringLiteral("--kind"), QStringLiteral("after-action"),
                                  QStringLiteral("--format"), file.section(QLatin1Char('.'), -1),
                                  QStringLiteral("--out"), file}
                      + extra);
    }
    QString out(const QString& name) const { return f.t.file(name); }
};

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString text(const QString& path)
{
    return path.endsWith(QLatin1String(".pdf")) ? pdfText(path) : QString::fromUtf8(readFile(path));
}

qint64 reportEntries(const QString& path)
{
    Result<std::unique_ptr<Store>> s = Store::open(path, Store::Access::ReadOnly);
    REQUIRE(s);
    Result<QSqlQuery> q = (*s)->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'report'"));
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

} // namespace

TEST_CASE("tandem-cli report writes every format with marking, copy and recipient, and audits it")
{
    ReportFile r;
    const QString op = idText(r.f.lantern);
    for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("odt"),
                                  QStringLiteral("csv")}) {
        INFO(format.toStdString());
        const QString file = r.out(QStringLiteral("lantern.") + format);
        const CliRun run = r.report({op, QStringLiteral("--format"), format, QStringLiteral("--out"), file,
                                     QStringLiteral("--kind"), QStringLiteral("after-action"),
                                     QStringLiteral("--marking"), QStringLiteral("OFFICIAL-SENSITIVE"),
                                     QStringLiteral("--copy"), QStringLiteral("4"), QStringLiteral("--recipient"),
                                     idText(r.f.harbourOffice)});
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("written")));
        REQUIRE(QFile::exists(file));
        if (format == QLatin1String("odt")) {
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, QStringLiteral("styles.xml")});
            REQUIRE(unzip.waitForFinished(30000));
            const QString styles = QString::fromUtf8(unzip.readAllStandardOutput());
            CHECK(styles.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
            CHECK(styles.contains(QStringLiteral("Copy 4")));
            continue;
        }
        const QString t = text(file);
        CHECK(t.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        CHECK(t.contains(QStringLiteral("Copy 4")));
        CHECK(t.contains(QStringLiteral("Harbour Outreach")));
        CHECK(t.contains(QStringLiteral("V-2026-0001")));
    }
    CHECK(reportEntries(r.path) == 4);

    // The default kind is the operation order, A4, OFFICIAL-SENSITIVE.
    const QString order = r.out(QStringLiteral("order.pdf"));
    REQUIRE(r.report({op, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), order}).exitCode
            == 0);
    const QString t = pdfText(order);
    CHECK(t.contains(QStringLiteral("Operation order")));
    CHECK(t.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
    CHECK(t.contains(QStringLiteral("TAC-3")));
}

TEST_CASE("tandem-cli report: identities never appear without a consent that covers the recipient")
{
    ReportFile r;
    const QString op = idText(r.f.lantern);
    // Without --identities: no name in any format, whoever the recipient.
    for (const QString& name : {QStringLiteral("a.pdf"), QStringLiteral("a.html"), QStringLiteral("a.csv")}) {
        const QString file = r.out(name);
        REQUIRE(r.afterAction(file, {QStringLiteral("--recipient"), idText(r.f.harbourOffice)}).exitCode == 0);
        const QString t = text(file);
        CHECK_FALSE(t.contains(kNameCovered));
        CHECK_FALSE(t.contains(kNameWithheld));
    }
    // --identities without a recipient: a usage error; for an office nobody consented to: refused.
    const QString refused = r.out(QStringLiteral("refused.html"));
    CHECK(r.afterAction(refused, {QStringLiteral("--identities")}).exitCode == 2);
    const CliRun prosecutors = r.afterAction(refused, {QStringLiteral("--identities"), QStringLiteral("--recipient"),
                                             idText(r.f.prosecutorOffice)});
    CHECK(prosecutors.exitCode == 1);
    CHECK(prosecutors.err.startsWith(QStringLiteral("tandem-cli: ")));
    CHECK(prosecutors.err.contains(QStringLiteral("Eastfold Prosecutors")));
    CHECK_FALSE(prosecutors.err.contains(kNameCovered));
    CHECK_FALSE(QFile::exists(refused));
    // For the covered recipient: the one who consented by name, the other by code only.
    const QString covered = r.out(QStringLiteral("covered.html"));
    const CliRun harbour =
        r.afterAction(covered, {QStringLiteral("--identities"), QStringLiteral("--recipient"), idText(r.f.harbourOffice)});
    REQUIRE(harbour.exitCode == 0);
    const QString t = text(covered);
    CHECK(t.contains(kNameCovered));
    CHECK_FALSE(t.contains(kNameWithheld));
    CHECK(t.contains(QStringLiteral("V-2026-0002")));
    // A wrong passphrase: refused, nothing written.
    const QString locked = r.out(QStringLiteral("locked.html"));
    const CliRun wrong = cli({QStringLiteral("report"), r.path, op, QStringLiteral("--format"), QStringLiteral("html"),
                              QStringLiteral("--out"), locked, QStringLiteral("--identities"),
                              QStringLiteral("--recipient"), idText(r.f.harbourOffice)},
                             {{QStringLiteral("TANDEM_PASSPHRASE"), QStringLiteral("not the passphrase")}});
    CHECK(wrong.exitCode == 1);
    CHECK_FALSE(QFile::exists(locked));
}

TEST_CASE("tandem-cli report: an agency as recipient, named like any record, identities only under its consent")
{
    ReportFile r;
    const QString police = QStringLiteral("agency:") + idText(r.policeService);

    // With the agency's consent: survivor 1 by name, survivor 2 by code; the agency on every page.
    const QString named = r.out(QStringLiteral("police.pdf"));
    const CliRun withNames = r.afterAction(named, {QStringLiteral("--recipient"), police, QStringLiteral("--identities")});
    REQUIRE(withNames.exitCode == 0);
    CHECK(withNames.err.contains(QStringLiteral("1 of 2 survivors")));
    const QString pdf = text(named);
    // A name may wrap in its narrow column: each of its words, then; none of the other's.
    for (const QString& word : kNameCovered.split(QLatin1Char(' ')))
        CHECK(pdf.contains(word));
    for (const QString& word : kNameWithheld.split(QLatin1Char(' ')))
        CHECK_FALSE(pdf.contains(word));
    const QStringList pages = pdf.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 2);
    for (const QString& page : pages)
        CHECK(page.contains(QStringLiteral("For Eastfold Police Service")));

    // A bare id finds the agency as well; without --identities, no name.
    const QString bare = r.out(QStringLiteral("bare.csv"));
    REQUIRE(r.afterAction(bare, {QStringLiteral("--recipient"), idText(r.policeService)}).exitCode == 0);
    CHECK(text(bare).contains(QStringLiteral("Eastfold Police Service")));
    CHECK_FALSE(text(bare).contains(kNameCovered));

    // An agency nobody consented to: refused with the reason, nothing written, nothing audited.
    const qint64 before = reportEntries(r.path);
    const QString refused = r.out(QStringLiteral("prosecutor.html"));
    const CliRun prosecutor = r.afterAction(refused, {QStringLiteral("--recipient"), QStringLiteral("agency:") + idText(r.prosecutor),
                                            QStringLiteral("--identities")});
    CHECK(prosecutor.exitCode == 1);
    CHECK(prosecutor.err.contains(QStringLiteral("Eastfold Public Prosecutor")));
    CHECK_FALSE(prosecutor.err.contains(kNameCovered));
    CHECK_FALSE(QFile::exists(refused));
    // The office consent of survivor 1 does not reach an agency, nor the agency's an office.
    CHECK(r.afterAction(refused, {QStringLiteral("--recipient"), QStringLiteral("agency:") + idText(r.f.outreach),
                        QStringLiteral("--identities")})
              .exitCode
          == 1);
    CHECK(r.afterAction(refused, {QStringLiteral("--recipient"), QStringLiteral("office:") + idText(r.f.prosecutorOffice),
                        QStringLiteral("--identities")})
              .exitCode
          == 1);
    CHECK_FALSE(QFile::exists(refused));
    CHECK(reportEntries(r.path) == before);
}

TEST_CASE("tandem-cli report: an unknown or deleted recipient is refused and leaves no file")
{
    ReportFile r;
    const QString op = idText(r.f.lantern);
    const QString file = r.out(QStringLiteral("x.html"));
    auto run = [&](const QString& recipient) {
        return r.report({op, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), file,
                         QStringLiteral("--recipient"), recipient});
    };
    const QString nobody = idText(QUuid::createUuid());
    const CliRun unknown = run(QStringLiteral("agency:") + nobody);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errLines().size() == 1);
    CHECK(unknown.err.startsWith(QStringLiteral("tandem-cli: agency ") + nobody + QStringLiteral(": ")));
    CHECK(unknown.err.contains(QStringLiteral("not an agency of this database's directory")));

    const CliRun deleted = run(QStringLiteral("agency:") + idText(r.deletedAgency));
    CHECK(deleted.exitCode == 1);
    CHECK(deleted.err.startsWith(QStringLiteral("tandem-cli: agency ") + idText(r.deletedAgency)));
    CHECK(deleted.err.contains(QStringLiteral("deleted")));
    CHECK(run(idText(r.deletedAgency)).exitCode == 1); // the bare id of a deleted agency, too

    const CliRun bare = run(nobody);
    CHECK(bare.exitCode == 1);
    CHECK(bare.err.contains(QStringLiteral("no office or agency of this database has this id")));
    // An agency's id given as an office's: the type is part of the name.
    const CliRun mistyped = run(QStringLiteral("office:") + idText(r.policeService));
    CHECK(mistyped.exitCode == 1);
    CHECK(mistyped.err.contains(QStringLiteral("not an office known to this database")));
    // Not a recipient type at all, or not an id: usage errors.
    const CliRun type = run(QStringLiteral("operation:") + op);
    CHECK(type.exitCode == 2);
    CHECK(type.err.contains(QStringLiteral("office:ID or agency:ID")));
    // agency:NAME names an agency by its name: none is named so.
    const CliRun name = run(QStringLiteral("agency:Eastfold"));
    CHECK(name.exitCode == 1);
    CHECK(name.err.contains(QStringLiteral("no agency of this database's directory is named \"Eastfold\"")));

    CHECK_FALSE(QFile::exists(file));
    CHECK(reportEntries(r.path) == 0);
}

TEST_CASE("tandem-cli report: English throughout under a system locale of another language")
{
    // The command line is not translated; its report must not mix English words with Arabic
    // digits and a right-to-left layout.
    ReportFile r;
    const QString file = r.out(QStringLiteral("arabic-system.html"));
    const CliRun run = r.report({idText(r.f.lantern), QStringLiteral("--format"), QStringLiteral("html"),
                                 QStringLiteral("--out"), file, QStringLiteral("--kind"), QStringLiteral("after-action")},
                                {{QStringLiteral("LANG"), QStringLiteral("ar_EG.UTF-8")},
                                 {QStringLiteral("LC_ALL"), QStringLiteral("ar_EG.UTF-8")}});
    REQUIRE(run.exitCode == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    CHECK(html.contains(QStringLiteral("After-action report")));
    CHECK_FALSE(html.contains(QStringLiteral("dir=\"rtl\"")));
    for (QChar digit = QChar(0x0660); digit <= QChar(0x0669); digit = QChar(digit.unicode() + 1)) {
        INFO("Arabic-Indic digit U+" << QString::number(digit.unicode(), 16).toStdString());
        CHECK_FALSE(html.contains(digit));
    }
    CHECK(html.contains(QStringLiteral("2026")));
}

TEST_CASE("tandem-cli report --help documents both kinds of recipient")
{
    const CliRun help = cli({QStringLiteral("report"), QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--recipient RECIPIENT")));
    CHECK(help.out.contains(QStringLiteral("office:ID")));
    CHECK(help.out.contains(QStringLiteral("agency:ID")));
}

TEST_CASE("tandem-cli report: CSV cells beginning with = + - @ are neutralised")
{
    ReportFile r;
    const QString file = r.out(QStringLiteral("log.csv"));
    REQUIRE(r.report({idText(r.f.lantern), QStringLiteral("--kind"), QStringLiteral("after-action"),
                      QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), file,
                      QStringLiteral("--bom")})
                .exitCode
            == 0);
    const QByteArray bytes = readFile(file);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    CHECK(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"")));
    CHECK(csv.contains(QStringLiteral("\"'+14 workers found, 2 need a doctor\"")));
    CHECK(csv.contains(QStringLiteral("'-2 interpreters short: book three next time")));
    CHECK(csv.contains(QStringLiteral("'@control: radios worked on TAC-3")));
    // No cell anywhere begins with a formula character: after a separator or a line start, an
    // optional opening quote, then one of = + - @.
    const QRegularExpression formula(QStringLiteral("(^|,|\\r\\n)\"?[=+\\-@]"));
    CHECK_FALSE(formula.match(csv).hasMatch());
}

TEST_CASE("tandem-cli report: bad input is refused clearly and leaves no file")
{
    ReportFile r;
    const QString op = idText(r.f.lantern);
    const QString file = r.out(QStringLiteral("x.pdf"));
    const CliRun format = r.report({op, QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), file});
    CHECK(format.exitCode == 2);
    CHECK(format.err.contains(QStringLiteral("\"docx\" is not a report format")));
    CHECK(r.report({op, QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode == 2);
    CHECK(r.report({op, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), file,
                    QStringLiteral("--copy"), QStringLiteral("0")})
              .exitCode
          == 2);
    const QString unknown = idText(QUuid::createUuid());
    const CliRun missing = r.report({unknown, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), file});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.startsWith(QStringLiteral("tandem-cli: operation ") + unknown));
    const QString nowhere = r.out(QStringLiteral("missing/folder/x.pdf"));
    const CliRun folder = r.report({op, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), nowhere});
    CHECK(folder.exitCode == 1);
    CHECK(folder.err.contains(QStringLiteral("x.pdf")));
    CHECK(folder.errLines().size() == 1);
    CHECK_FALSE(QFile::exists(file));
    CHECK(reportEntries(r.path) == 0);
}

TEST_CASE("tandem-cli: a log entry marked as a lesson learned with set is among the after-action report's lessons")
{
    ReportFile r;
    const CliRun notes = cli({QStringLiteral("list"), r.path, QStringLiteral("note"), QStringLiteral("--json")});
    REQUIRE(notes.exitCode == 0);
    QString entry;
    for (const QJsonValue& v : notes.jsonArray())
        if (v.toObject().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("+14 workers")))
            entry = v.toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(entry.isEmpty());
    const QString before = r.out(QStringLiteral("before.csv"));
    REQUIRE(r.afterAction(before, {}).exitCode == 0);
    CHECK(readFile(before).count("'+14 workers found, 2 need a doctor") == 1);

    const CliRun set = cli({QStringLiteral("set"), r.path, QStringLiteral("note"), entry, QStringLiteral("lesson=true")},
                           {{QStringLiteral("TANDEM_PASSPHRASE"), kOfficePassphrase}});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const QString after = r.out(QStringLiteral("after.csv"));
    REQUIRE(r.afterAction(after, {}).exitCode == 0);
    // In the log at its time, and among the lessons.
    CHECK(readFile(after).count("'+14 workers found, 2 need a doctor") == 2);
    CHECK(readFile(after).contains("2 (lessons noted: 3)"));
}
