// init, add, list, show, set and delete through the real executable, JSON parsed back.

#include "clirun.h"

#include "store/registry.h"

#include <QFile>
#include <QRegularExpression>

#include <string_view>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kOperation = QStringLiteral("operation");

// "field: value" lines of `show` as a map (values of one line).
QMap<QString, QString> fieldLines(const QString& text)
{
    QMap<QString, QString> fields;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0 && !line.startsWith(QLatin1Char(' ')))
            fields.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return fields;
}

// A failure: exit 1, nothing on stdout, exactly one line on stderr, "tandem-cli: <where>: <what>".
void requireFailure(const CliRun& r, const QString& where, const QString& what)
{
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    REQUIRE(r.errLines().size() == 1);
    CHECK(r.err.endsWith(QLatin1Char('\n')));
    CHECK(r.err.startsWith(QStringLiteral("tandem-cli: %1: %2").arg(where, what)));
}

} // namespace

TEST_CASE("init, add, list, show, set and delete round-trip, with JSON parsed back")
{
    CliFile f;
    const QJsonObject agency =
        f.run(QStringLiteral("add"),
              {QStringLiteral("agency"), QStringLiteral("name=Riverside Police"),
               QStringLiteral("kind=police"), QStringLiteral("--json")})
            .jsonObject();
    const QString agencyId = agency.value(QStringLiteral("id")).toString();
    CHECK_FALSE(QUuid::fromString(agencyId).isNull());
    CHECK(agency.value(QStringLiteral("name")) == QStringLiteral("Riverside Police"));
    CHECK(agency.value(QStringLiteral("phone")).isNull());
    CHECK(agency.value(QStringLiteral("sharing")) == QStringLiteral("partners"));

    const QUuid op = f.add(kOperation, {QStringLiteral("code_name=Lantern"),
                                        QStringLiteral("lead_agency=") + agencyId,
                                        QStringLiteral("starts_at=2026-05-01T06:00:00+02:00"),
                                        QStringLiteral("expected_languages=ro, bg"),
                                        QStringLiteral("expected_survivors=12")});

    const QJsonArray list =
        f.run(QStringLiteral("list"), {kOperation, QStringLiteral("--json")}).jsonArray();
    REQUIRE(list.size() == 1);
    const QJsonObject listed = list.at(0).toObject();
    // Every field by its registry name, and the id; nothing else.
    const EntityDef& e = *Registry::instance().entity(kOperation);
    CHECK(listed.size() == qsizetype(e.fields.size()) + 1);
    for (const FieldDef& field : e.fields)
        CHECK(listed.contains(field.name));
    CHECK(listed.value(QStringLiteral("id")) == idText(op));
    CHECK(listed.value(QStringLiteral("lead_agency")) == agencyId);
    CHECK(listed.value(QStringLiteral("starts_at")) == QStringLiteral("2026-05-01T04:00:00Z"));
    CHECK(listed.value(QStringLiteral("expected_languages")).toArray() ==
          QJsonArray{QStringLiteral("ro"), QStringLiteral("bg")});
    CHECK(listed.value(QStringLiteral("expected_survivors")) == 12);
    CHECK(listed.value(QStringLiteral("status")) == QStringLiteral("draft"));
    CHECK(f.show(kOperation, op) == listed);

    const CliRun set =
        f.run(QStringLiteral("set"),
              {kOperation, idText(op), QStringLiteral("status=planned"),
               QStringLiteral("risk_level=high"),
               QStringLiteral("objectives=Find the workers\nand bring them to safety")});
    CHECK(set.exitCode == 0);
    CHECK(set.out.isEmpty());
    CHECK(set.err.isEmpty());
    const CliRun shown = f.run(QStringLiteral("show"), {kOperation, idText(op)});
    CHECK(shown.exitCode == 0);
    const QMap<QString, QString> fields = fieldLines(shown.out);
    CHECK(fields.value(QStringLiteral("id")) == idText(op));
    CHECK(fields.value(QStringLiteral("status")) == QStringLiteral("planned"));
    CHECK(fields.value(QStringLiteral("expected_languages")) == QStringLiteral("ro, bg"));
    CHECK(fields.value(QStringLiteral("objectives")) == QStringLiteral("Find the workers"));
    CHECK(shown.out.contains(QRegularExpression(QStringLiteral("\n +and bring them to safety\n"))));
    CHECK(fields.contains(QStringLiteral("ends_at")));
    CHECK(fields.value(QStringLiteral("ends_at")).isEmpty());

    // "field=" empties a field.
    REQUIRE(f.run(QStringLiteral("set"), {kOperation, idText(op), QStringLiteral("risk_level=")})
                .exitCode == 0);
    CHECK(f.show(kOperation, op).value(QStringLiteral("risk_level")).isNull());
    CHECK(f.show(kOperation, op).value(QStringLiteral("status")) == QStringLiteral("planned"));

    const CliRun del = f.run(QStringLiteral("delete"), {kOperation, idText(op)});
    CHECK(del.exitCode == 0);
    CHECK(del.out.isEmpty());
    CHECK(del.err.isEmpty());
    CHECK(f.run(QStringLiteral("list"), {kOperation, QStringLiteral("--json")})
              .jsonArray()
              .isEmpty());
    CHECK(f.run(QStringLiteral("list"), {kOperation}).out.isEmpty());
    const QJsonArray withDeleted =
        f.run(QStringLiteral("list"),
              {kOperation, QStringLiteral("--json"), QStringLiteral("--deleted")})
            .jsonArray();
    REQUIRE(withDeleted.size() == 1);
    CHECK(withDeleted.at(0)[QStringLiteral("deleted")] == true);
    CHECK(withDeleted.at(0)[QStringLiteral("code_name")].isNull());
    CHECK(withDeleted.at(0)[QStringLiteral("sharing")] == QStringLiteral("partners"));
    CHECK(f.show(kOperation, op).value(QStringLiteral("deleted")) == true);
    CHECK(listed.value(QStringLiteral("deleted")).isUndefined());
}

TEST_CASE("list office marks this office with self")
{
    CliFile f(QStringLiteral("Harbour Unit"));
    const QUuid partner =
        f.add(QStringLiteral("office"),
              {QStringLiteral("name=Valley Shelter Network"), QStringLiteral("kind=shelter")});
    const QJsonArray offices =
        f.run(QStringLiteral("list"), {QStringLiteral("office"), QStringLiteral("--json")})
            .jsonArray();
    REQUIRE(offices.size() == 2);
    int selves = 0;
    for (const QJsonValue& o : offices) {
        const bool self = o[QStringLiteral("self")].toBool();
        selves += self ? 1 : 0;
        CHECK(o[QStringLiteral("self")].isBool());
        CHECK(o[QStringLiteral("id")].toString() == idText(self ? f.officeId() : partner));
        CHECK(o[QStringLiteral("name")].toString() ==
              (self ? QStringLiteral("Harbour Unit") : QStringLiteral("Valley Shelter Network")));
    }
    CHECK(selves == 1);
    CHECK(f.show(QStringLiteral("office"), f.officeId()).value(QStringLiteral("self")) == true);
    CHECK(f.show(QStringLiteral("office"), partner).value(QStringLiteral("self")) == false);
}

TEST_CASE("list prints an aligned table of the fields that hold something")
{
    CliFile f;
    f.add(QStringLiteral("agency"),
          {QStringLiteral("name=Riverside Police"), QStringLiteral("kind=police"),
           QStringLiteral("notes=Long notes stay out of the table")});
    f.add(QStringLiteral("agency"),
          {QStringLiteral("name=Valley Shelter"), QStringLiteral("kind=shelter"),
           QStringLiteral("phone=+00 555 0100")});
    const CliRun r = f.run(QStringLiteral("list"), {QStringLiteral("agency")});
    CHECK(r.exitCode == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].split(QLatin1Char(' '), Qt::SkipEmptyParts) ==
          QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                       QStringLiteral("phone"), QStringLiteral("sharing")}));
    // Each value starts under its header (Valley Shelter's row is the one with a phone).
    for (const char* column : {"name", "kind", "phone", "sharing"}) {
        const qsizetype at = lines[0].indexOf(QString::fromLatin1(column));
        const QString& row = lines[column == std::string_view("phone") ? 2 : 1];
        CHECK(row.at(at - 1) == QLatin1Char(' '));
        CHECK(row.at(at) != QLatin1Char(' '));
    }
    CHECK(lines[2].contains(QStringLiteral("+00 555 0100")));
    CHECK_FALSE(r.out.contains(QStringLiteral("Long notes")));
    for (const QString& line : lines)
        CHECK_FALSE(line.endsWith(QLatin1Char(' ')));
}

TEST_CASE("failures exit with 1 and one line naming the file or record, and change nothing")
{
    CliFile f;
    const QUuid op = f.add(kOperation, {QStringLiteral("code_name=Lantern")});
    const QString opContext = QStringLiteral("operation ") + idText(op);
    const QUuid unknown = QUuid::fromString(QStringLiteral("0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e"));
    const QString before = f.dump(true);

    requireFailure(
        f.run(QStringLiteral("set"), {kOperation, idText(op), QStringLiteral("status=finished")}),
        opContext,
        QStringLiteral(
            "operation field \"status\": expected one of draft, planned, approved, briefed, "
            "in_progress, completed, closed, cancelled, got \"finished\""));
    // All or nothing: the good field of a failed set is not written either.
    requireFailure(
        f.run(QStringLiteral("set"),
              {kOperation, idText(op), QStringLiteral("objectives=Find them"),
               QStringLiteral("expected_survivors=many")}),
        opContext,
        QStringLiteral(
            "operation field \"expected_survivors\": expected a whole number from 0 to 10000"));
    requireFailure(
        f.run(QStringLiteral("set"), {kOperation, idText(op), QStringLiteral("colour=red")}),
        opContext,
        QStringLiteral("operation has no field \"colour\"; its fields are: code_name, status,"));
    requireFailure(
        f.run(QStringLiteral("set"), {kOperation, idText(op), QStringLiteral("code_name=")}),
        opContext, QStringLiteral("operation field \"code_name\" is required"));
    requireFailure(f.run(QStringLiteral("set"),
                         {kOperation, idText(unknown), QStringLiteral("status=planned")}),
                   QStringLiteral("operation ") + idText(unknown),
                   QStringLiteral("there is no operation with this id"));
    requireFailure(f.run(QStringLiteral("show"), {kOperation, idText(unknown)}),
                   QStringLiteral("operation ") + idText(unknown),
                   QStringLiteral("there is no operation with this id"));
    requireFailure(
        f.run(QStringLiteral("add"), {QStringLiteral("agency"), QStringLiteral("kind=police")}),
        QStringLiteral("agency"), QStringLiteral("agency field \"name\" is required"));
    requireFailure(f.run(QStringLiteral("add"),
                         {QStringLiteral("target"), QStringLiteral("operation=") + idText(unknown),
                          QStringLiteral("label=Farm"), QStringLiteral("address=1 Mill Lane")}),
                   QStringLiteral("target"),
                   QStringLiteral("target field \"operation\": there is no operation with id ") +
                       idText(unknown));
    requireFailure(
        f.run(QStringLiteral("add"), {kOperation, QStringLiteral("code_name=X"),
                                      QStringLiteral("starts_at=2026-05-01 06:00")}),
        kOperation,
        QStringLiteral(
            "operation field \"starts_at\": expected a date and time in ISO 8601 with an offset"));
    requireFailure(
        f.run(QStringLiteral("delete"), {QStringLiteral("office"), idText(f.officeId())}),
        QStringLiteral("office ") + idText(f.officeId()),
        QStringLiteral("this office's own record cannot be deleted"));
    CHECK(f.dump(true) == before);

    REQUIRE(f.run(QStringLiteral("delete"), {kOperation, idText(op)}).exitCode == 0);
    requireFailure(f.run(QStringLiteral("delete"), {kOperation, idText(op)}), opContext,
                   QStringLiteral("this operation was already deleted"));
    requireFailure(
        f.run(QStringLiteral("set"), {kOperation, idText(op), QStringLiteral("status=planned")}),
        opContext, QStringLiteral("this operation was deleted; it can no longer be changed"));

    const QString missing = f.file(QStringLiteral("missing.tandem"));
    requireFailure(cli({QStringLiteral("list"), missing, kOperation}), missing,
                   QStringLiteral("no such file"));
    requireFailure(cli({QStringLiteral("init"), f.path(), QStringLiteral("--office"),
                        QStringLiteral("Other")}),
                   f.path(),
                   QStringLiteral("the file already exists; choose another name or open it"));
    const QString notes = f.file(QStringLiteral("notes.txt"));
    {
        QFile text(notes);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("Meeting notes, not a database.\n");
    }
    requireFailure(cli({QStringLiteral("dump"), notes}), notes,
                   QStringLiteral("not a Tandem database (not an SQLite file at all)"));
    requireFailure(cli({QStringLiteral("init"), f.file(QStringLiteral("x.tandem")),
                        QStringLiteral("--office"), QStringLiteral(" ")}),
                   f.file(QStringLiteral("x.tandem")),
                   QStringLiteral("an office name is required"));
}
