// tandem-cli report for an agency (issue 18): --recipient agency:ID or agency:NAME makes that
// agency's copy of the order (its own part, the shared parts, the need-to-know items only for the
// operation's need-to-know roles, set with the generic `set`), --kind assignment-sheet its ICS-204
// sheet in every format, and the refusals (an agency taking no part, an unknown or shared name, a
// sheet for nobody) leave no file and no audit entry.

#include "clirun.h"
#include "reportfixture.h"

#include "store/store.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kEntryPoints = QStringLiteral("Roller door at the loading bay");
const QString kCodeWord = QStringLiteral("WHISTLER");

// The fixture's Lantern (police lead on TAC-3, Harbour Outreach Services for victim services) with
// need-to-know items, and an agency taking no part; closed so that tandem-cli can open it.
struct CopyFile {
    ReportFixture f;
    QString path;
    QUuid bystander;

    CopyFile() : path(f.t.path())
    {
        Result<std::vector<Row>> targets = f.t->select(QStringLiteral("target"), QStringLiteral("operation = ?"), {f.lantern.toRfc4122()});
        REQUIRE(targets);
        REQUIRE(targets->size() == 1);
        REQUIRE(f.t->update(QStringLiteral("target"), targets->front().id, {{QStringLiteral("entry_points"), kEntryPoints}}));
        REQUIRE(f.t->update(QStringLiteral("operation"), f.lantern, {{QStringLiteral("code_words"), kCodeWord}}));
        Result<QUuid> b = f.t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Quiet Harbour Refuge")},
                                                                 {QStringLiteral("kind"), QStringLiteral("shelter")}});
        REQUIRE(b);
        bystander = *b;
        f.t.store.reset();
    }

    QMap<QString, QString> env() const { return {{QStringLiteral("TANDEM_PASSPHRASE"), kOfficePassphrase}}; }
    CliRun report(const QString& file, const QStringList& extra) const
    {
        return cli(QStringList{QStringLiteral("report"), path, idText(f.lantern), QStringLiteral("--format"),
                               file.section(QLatin1Char('.'), -1), QStringLiteral("--out"), file}
                       + extra,
                   env());
    }
    QString out(const QString& name) const { return f.t.file(name); }
    QStringList audit() const
    {
        Result<std::unique_ptr<Store>> s = Store::open(path, Store::Access::ReadOnly);
        REQUIRE(s);
        Result<QSqlQuery> q = (*s)->exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'report' ORDER BY seq"));
        REQUIRE(q);
        QStringList details;
        while (q->next())
            details << q->value(0).toString();
        return details;
    }
};

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString odtContent(const QString& path)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml"), QStringLiteral("styles.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

QString fileText(const QString& path)
{
    if (path.endsWith(QLatin1String(".pdf")))
        return pdfText(path);
    if (path.endsWith(QLatin1String(".odt")))
        return odtContent(path);
    return QString::fromUtf8(readFile(path));
}

} // namespace

TEST_CASE("tandem-cli report --recipient agency:NAME: the shelter's copy holds none of the police's part or the entry points")
{
    CopyFile c;
    const QString file = c.out(QStringLiteral("outreach.pdf"));
    const CliRun run = c.report(file, {QStringLiteral("--recipient"), QStringLiteral("agency:harbour outreach services")});
    REQUIRE(run.exitCode == 0);
    const QStringList pages = pdfText(file).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(!pages.isEmpty());
    for (const QString& page : pages)
        CHECK(page.contains(QStringLiteral("Copy for: Harbour Outreach Services")));
    const QString all = pages.join(QString());
    CHECK(all.contains(QStringLiteral("Victim services")));
    CHECK(all.contains(QStringLiteral("Hot debrief")));
    CHECK_FALSE(all.contains(QStringLiteral("TAC-3")));         // the police's channel
    CHECK_FALSE(all.contains(QStringLiteral("Sgt. Example")));  // the police's contact
    CHECK_FALSE(all.contains(QStringLiteral("loading bay")));   // the police's task, and the entry points
    CHECK_FALSE(all.contains(QStringLiteral("Roller")));
    CHECK_FALSE(all.contains(kCodeWord));
    const QStringList audit = c.audit();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].contains(QStringLiteral("for the agency Harbour Outreach Services (%1)").arg(idText(c.f.outreach))));
    CHECK(audit[0].contains(QStringLiteral("without the need-to-know items")));

    // The lead's copy, by id, holds them.
    const QString lead = c.out(QStringLiteral("police.html"));
    REQUIRE(c.report(lead, {QStringLiteral("--recipient"), QStringLiteral("agency:") + idText(c.f.police)}).exitCode == 0);
    const QString html = QString::fromUtf8(readFile(lead));
    CHECK(html.contains(kEntryPoints));
    CHECK(html.contains(kCodeWord));
    CHECK(html.contains(QStringLiteral("TAC-3")));
}

TEST_CASE("tandem-cli set need_to_know_roles changes which agencies' copies hold the need-to-know items")
{
    CopyFile c;
    const CliRun set = cli({QStringLiteral("set"), c.path, QStringLiteral("operation"), idText(c.f.lantern),
                            QStringLiteral("need_to_know_roles=lead,victim_services")},
                           c.env());
    REQUIRE(set.exitCode == 0);
    const QString file = c.out(QStringLiteral("outreach.html"));
    REQUIRE(c.report(file, {QStringLiteral("--recipient"), QStringLiteral("agency:Harbour Outreach Services")}).exitCode == 0);
    const QString html = QString::fromUtf8(readFile(file));
    CHECK(html.contains(kEntryPoints));
    CHECK(html.contains(kCodeWord));
    CHECK_FALSE(html.contains(QStringLiteral("TAC-3"))); // still not the police's channel
    // Not a role: refused, nothing changed.
    const CliRun bad = cli({QStringLiteral("set"), c.path, QStringLiteral("operation"), idText(c.f.lantern),
                            QStringLiteral("need_to_know_roles=lead,janitor")},
                           c.env());
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("janitor")));
}

TEST_CASE("tandem-cli report --kind assignment-sheet: one agency's sheet in every format")
{
    CopyFile c;
    for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("odt"), QStringLiteral("csv")}) {
        INFO(format.toStdString());
        const QString file = c.out(QStringLiteral("sheet.") + format);
        const CliRun run = c.report(file, {QStringLiteral("--kind"), QStringLiteral("assignment-sheet"),
                                           QStringLiteral("--recipient"), QStringLiteral("agency:") + idText(c.f.outreach)});
        REQUIRE(run.exitCode == 0);
        const QString t = fileText(file);
        CHECK(t.contains(QStringLiteral("Harbour Outreach Services")));
        CHECK(t.contains(QStringLiteral("Victim services")));
        CHECK_FALSE(t.contains(QStringLiteral("TAC-3")));
        CHECK_FALSE(t.contains(QStringLiteral("Roller")));
        if (format != QLatin1String("odt")) // the ODT's text is split by its markup
            CHECK(t.contains(QStringLiteral("Assignment sheet (ICS-204)"), Qt::CaseInsensitive));
    }
    CHECK(c.audit().size() == 4);
    CHECK(c.audit().value(0).startsWith(QStringLiteral("assignment-sheet; pdf")));
}

TEST_CASE("tandem-cli report for an agency: bad input is refused clearly and leaves no file")
{
    CopyFile c;
    const QString file = c.out(QStringLiteral("x.pdf"));
    // An agency that takes no part in the operation.
    for (const QString& kind : {QStringLiteral("order"), QStringLiteral("assignment-sheet")}) {
        const CliRun none = c.report(file, {QStringLiteral("--kind"), kind, QStringLiteral("--recipient"),
                                            QStringLiteral("agency:Quiet Harbour Refuge")});
        CHECK(none.exitCode == 1);
        CHECK(none.errLines().size() == 1);
        CHECK(none.err.contains(QStringLiteral("Quiet Harbour Refuge has no assignment in Lantern")));
    }
    // An unknown agency, by id or by name.
    const CliRun unknownName = c.report(file, {QStringLiteral("--recipient"), QStringLiteral("agency:Nobody Shelter")});
    CHECK(unknownName.exitCode == 1);
    CHECK(unknownName.err.contains(QStringLiteral("no agency of this database's directory is named \"Nobody Shelter\"")));
    const CliRun unknownId = c.report(file, {QStringLiteral("--recipient"), QStringLiteral("agency:") + idText(QUuid::createUuid())});
    CHECK(unknownId.exitCode == 1);
    CHECK(unknownId.err.contains(QStringLiteral("not an agency of this database's directory")));
    // An assignment sheet for nobody, or for an office: usage errors.
    const CliRun sheet = c.report(file, {QStringLiteral("--kind"), QStringLiteral("assignment-sheet")});
    CHECK(sheet.exitCode == 2);
    CHECK(sheet.err.contains(QStringLiteral("--recipient agency:ID")));
    CHECK(c.report(file, {QStringLiteral("--kind"), QStringLiteral("assignment-sheet"), QStringLiteral("--recipient"),
                          QStringLiteral("office:") + idText(c.f.harbourOffice)})
              .exitCode
          == 2);
    CHECK(c.report(file, {QStringLiteral("--recipient"), QStringLiteral("agency:")}).exitCode == 2);
    CHECK_FALSE(QFile::exists(file));
    CHECK(c.audit().isEmpty());
}

TEST_CASE("tandem-cli report for an agency: a name two agencies share is refused")
{
    ReportFixture f;
    REQUIRE(f.t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Harbour Outreach Services")},
                                                   {QStringLiteral("kind"), QStringLiteral("shelter")}}));
    f.t.store.reset();
    const QString file = f.t.file(QStringLiteral("x.html"));
    const CliRun run = cli({QStringLiteral("report"), f.t.path(), idText(f.lantern), QStringLiteral("--format"),
                            QStringLiteral("html"), QStringLiteral("--out"), file, QStringLiteral("--recipient"),
                            QStringLiteral("agency:Harbour Outreach Services")},
                           {{QStringLiteral("TANDEM_PASSPHRASE"), kOfficePassphrase}});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("2 agencies are named \"Harbour Outreach Services\"")));
    CHECK_FALSE(QFile::exists(file));
}

TEST_CASE("tandem-cli report --help documents the assignment sheet and agency copies")
{
    const CliRun help = cli({QStringLiteral("report"), QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("assignment-sheet")));
    CHECK(help.out.contains(QStringLiteral("agency:NAME")));
    CHECK(help.out.contains(QStringLiteral("need-to-know")));
}
