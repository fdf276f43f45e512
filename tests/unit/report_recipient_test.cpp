// A report's recipient may be an agency of the directory as well as a partner office: the pages
// and the audit log name it, and survivors' identities appear only under an identity consent to
// exactly that recipient (an agency consent for an agency, an office consent for an office), per
// survivor; an unknown or deleted agency is refused and leaves no file.

#include "catchqt.h"
#include "reportfixture.h"

#include "domain/consent.h"
#include "report/export.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QSqlQuery>

using namespace tandem;
using namespace tandem::test;
using namespace tandem::report;

namespace {

// The fixture with two more agencies: a police service survivor 1 agreed to share her identity
// with, and a prosecutor's office nobody consented to.
struct AgencyFixture {
    ReportFixture f;
    QUuid policeService;
    QUuid prosecutor;

    AgencyFixture()
    {
        Result<QUuid> a = f.t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Eastfold Police Service")},
                                                                 {QStringLiteral("kind"), QStringLiteral("police")}});
        Result<QUuid> b = f.t->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Eastfold Public Prosecutor")},
                                                                 {QStringLiteral("kind"), QStringLiteral("prosecutor")}});
        REQUIRE(a);
        REQUIRE(b);
        policeService = *a;
        prosecutor = *b;
        NewConsent consent;
        consent.recipient.agency = policeService;
        consent.scope = QStringLiteral("identity");
        consent.givenAt = ReportFixture::utc(2026, 4, 12, 10);
        REQUIRE(recordConsent(*f.t, f.survivor1, consent));
    }

    Options options(const Recipient& recipient, bool identities) const
    {
        Options o;
        o.kind = Kind::AfterAction;
        o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        o.timeZone = QTimeZone::utc();
        o.recipient = recipient;
        o.identities = identities;
        return o;
    }
};

QString written(const Document& d, Format format)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(write(d, format, out, {}));
    return QString::fromUtf8(out.data());
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList reportAudit(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'report' ORDER BY seq"));
    REQUIRE(q);
    QStringList details;
    while (q->next())
        details << q->value(0).toString();
    return details;
}

} // namespace

TEST_CASE("an agency recipient with an identity consent gets the identities of those who consented")
{
    AgencyFixture a;
    const Recipient police = Recipient::agency(a.policeService);
    Result<IdentityPermission> p = identityPermission(*a.f.t, a.f.lantern, police, ReportFixture::now());
    REQUIRE(p);
    CHECK(p->allowed);
    CHECK(p->survivors == 2);
    CHECK(p->covered == 1);
    CHECK(p->note.contains(QStringLiteral("Eastfold Police Service")));

    Result<Document> d = buildReport(*a.f.t, a.f.lantern, a.options(police, true));
    REQUIRE(d);
    CHECK(d->marking.recipient == QStringLiteral("Eastfold Police Service"));
    CHECK(d->recipient == police);
    CHECK(d->identitiesShown == 1);
    for (const Format format : {Format::Html, Format::Csv}) {
        INFO(formatToken(format).toStdString());
        const QString text = written(*d, format);
        CHECK(text.contains(QStringLiteral("Eastfold Police Service")));
        CHECK(text.contains(kNameCovered));
        CHECK_FALSE(text.contains(kNameWithheld)); // survivor 2 consented to nobody: code only
        CHECK(text.contains(QStringLiteral("V-2026-0002")));
    }

    // The PDF names the agency in every page's header, and the audit entry names the record.
    const QString path = a.f.t.file(QStringLiteral("police.pdf"));
    REQUIRE(exportDocument(*a.f.t, *d, Format::Pdf, path));
    const QStringList pages = pdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 2);
    for (const QString& page : pages)
        CHECK(page.contains(QStringLiteral("For Eastfold Police Service")));
    // A name may wrap in its narrow column: each of its words, then; none of the other's.
    const QString all = pages.join(QString());
    for (const QString& word : kNameCovered.split(QLatin1Char(' ')))
        CHECK(all.contains(word));
    for (const QString& word : kNameWithheld.split(QLatin1Char(' ')))
        CHECK_FALSE(all.contains(word));
    // Codes stay whole beside the identity columns.
    CHECK(all.contains(QStringLiteral("V-2026-0001")));
    CHECK(all.contains(QStringLiteral("V-2026-0002")));
    const QStringList audit = reportAudit(*a.f.t);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].contains(QStringLiteral("for the agency Eastfold Police Service (%1)")
                                .arg(a.policeService.toString(QUuid::WithoutBraces))));
    CHECK(audit[0].contains(QStringLiteral("with the identity of 1 survivor")));
}

TEST_CASE("an agency recipient without an identity consent never gets a name")
{
    AgencyFixture a;
    const Recipient prosecutor = Recipient::agency(a.prosecutor);
    Result<IdentityPermission> p = identityPermission(*a.f.t, a.f.lantern, prosecutor, ReportFixture::now());
    REQUIRE(p);
    CHECK_FALSE(p->allowed);
    CHECK(p->reason.contains(QStringLiteral("Eastfold Public Prosecutor")));

    // Asked for anyway: refused, with the reason; no file, no audit entry.
    const QString path = a.f.t.file(QStringLiteral("prosecutor.html"));
    Result<ExportSummary> refused = exportReport(*a.f.t, a.f.lantern, a.options(prosecutor, true), Format::Html, path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("cannot be included")));
    CHECK(refused.error().message.contains(QStringLiteral("Eastfold Public Prosecutor")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(reportAudit(*a.f.t).isEmpty());

    // Without identities the report goes to the agency with codes only, in every text format.
    Result<Document> d = buildReport(*a.f.t, a.f.lantern, a.options(prosecutor, false));
    REQUIRE(d);
    for (const Format format : {Format::Html, Format::Csv}) {
        INFO(formatToken(format).toStdString());
        const QString text = written(*d, format);
        CHECK(text.contains(QStringLiteral("Eastfold Public Prosecutor")));
        CHECK(text.contains(QStringLiteral("V-2026-0001")));
        CHECK_FALSE(text.contains(kNameCovered));
        CHECK_FALSE(text.contains(kNameWithheld));
    }
}

TEST_CASE("a consent covers exactly its recipient: an office consent is not an agency's, nor the other way")
{
    AgencyFixture a;
    // Survivor 1 consented to the office "Harbour Outreach", not to the agency "Harbour Outreach
    // Services" of the same organisation's name.
    Result<IdentityPermission> agency =
        identityPermission(*a.f.t, a.f.lantern, Recipient::agency(a.f.outreach), ReportFixture::now());
    REQUIRE(agency);
    CHECK_FALSE(agency->allowed);
    CHECK_FALSE(buildReport(*a.f.t, a.f.lantern, a.options(Recipient::agency(a.f.outreach), true)));

    // Survivor 2 consents to the police service only: the office's copy still withholds her.
    NewConsent consent;
    consent.recipient.agency = a.policeService;
    consent.scope = QStringLiteral("identity");
    consent.givenAt = ReportFixture::utc(2026, 4, 13, 10);
    REQUIRE(recordConsent(*a.f.t, a.f.survivor2, consent));
    Result<Document> office = buildReport(*a.f.t, a.f.lantern, a.options(Recipient::office(a.f.harbourOffice), true));
    REQUIRE(office);
    const QString officeText = written(*office, Format::Html);
    CHECK(officeText.contains(kNameCovered));
    CHECK_FALSE(officeText.contains(kNameWithheld));
    Result<Document> police = buildReport(*a.f.t, a.f.lantern, a.options(Recipient::agency(a.policeService), true));
    REQUIRE(police);
    CHECK(police->identitiesShown == 2);
    CHECK(written(*police, Format::Html).contains(kNameWithheld));

    // A consent withdrawn before the report no longer counts for the agency either.
    Result<std::vector<Row>> consents = consentsOf(*a.f.t, a.f.survivor2);
    REQUIRE(consents);
    REQUIRE(consents->size() == 1);
    REQUIRE(withdrawConsent(*a.f.t, consents->front().id, QStringLiteral("asked to stop"), ReportFixture::utc(2026, 5, 1)));
    Result<Document> after = buildReport(*a.f.t, a.f.lantern, a.options(Recipient::agency(a.policeService), true));
    REQUIRE(after);
    CHECK(after->identitiesShown == 1);
    CHECK_FALSE(written(*after, Format::Csv).contains(kNameWithheld));
}

TEST_CASE("an unknown or deleted agency as recipient is refused with a clear message and no file")
{
    AgencyFixture a;
    const QString path = a.f.t.file(QStringLiteral("order.pdf"));

    const QUuid nobody = QUuid::createUuid();
    Result<ExportSummary> unknown =
        exportReport(*a.f.t, a.f.lantern, a.options(Recipient::agency(nobody), false), Format::Pdf, path);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().context == QStringLiteral("agency ") + nobody.toString(QUuid::WithoutBraces));
    CHECK(unknown.error().message.contains(QStringLiteral("not an agency of this database's directory")));
    CHECK_FALSE(QFile::exists(path));

    // An office's id given as an agency's is just as unknown: the type is part of the name.
    Result<Document> mistyped = buildReport(*a.f.t, a.f.lantern, a.options(Recipient::agency(a.f.harbourOffice), false));
    REQUIRE_FALSE(mistyped);
    CHECK(mistyped.error().message.contains(QStringLiteral("not an agency")));

    REQUIRE(a.f.t->remove(QStringLiteral("agency"), a.prosecutor));
    Result<ExportSummary> deleted =
        exportReport(*a.f.t, a.f.lantern, a.options(Recipient::agency(a.prosecutor), false), Format::Pdf, path);
    REQUIRE_FALSE(deleted);
    CHECK(deleted.error().context.startsWith(QStringLiteral("agency ")));
    CHECK(deleted.error().message.contains(QStringLiteral("deleted")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(a.f.t.dir.path()).entryList({QStringLiteral("*.pdf"), QStringLiteral("*.tmp")}).isEmpty());
    CHECK(reportAudit(*a.f.t).isEmpty());
    Result<IdentityPermission> p =
        identityPermission(*a.f.t, a.f.lantern, Recipient::agency(a.prosecutor), ReportFixture::now());
    REQUIRE(p);
    CHECK_FALSE(p->allowed);
    CHECK(p->reason.contains(QStringLiteral("deleted")));

    // findRecipient: what a bare id names.
    Result<Recipient> office = findRecipient(*a.f.t, a.f.harbourOffice);
    REQUIRE(office);
    CHECK(*office == Recipient::office(a.f.harbourOffice));
    Result<Recipient> police = findRecipient(*a.f.t, a.policeService);
    REQUIRE(police);
    CHECK(*police == Recipient::agency(a.policeService));
    CHECK_FALSE(findRecipient(*a.f.t, nobody));
    Result<Recipient> gone = findRecipient(*a.f.t, a.prosecutor);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().message.contains(QStringLiteral("deleted")));
}
