// Need to know (issue 18, Distribution) through the real tandem-cli: group add/list, a record
// shared with a group or the partners relayed only where its origin lets it go, and the refusals
// (a group naming an untrusted office, a relay widening another office's record) with exit 1,
// one line, the file unchanged.

#include "clirun.h"

using namespace tandem::test;

namespace {

// `from` exports for `to`, `to` merges.

} // namespace

namespace {

// `tandem-cli group ACTION <the file> ARGS...`: the action comes before the file.
CliRun groupCommand(const CliFile& f, const QStringList& arguments)
{
    return cli(QStringList{QStringLiteral("group"), arguments.value(0), f.path()} + arguments.mid(1));
}

} // namespace

TEST_CASE("cli: group add and list, and records shared with a group or the partners go no further than their origin lets them")
{
    CliFile a(QStringLiteral("Northbridge Task Force"));
    CliFile b(QStringLiteral("Harbourside Shelter"));
    CliFile c(QStringLiteral("Eastfold Labour Inspectorate"));
    trust(a, b);
    trust(b, a);
    trust(b, c);
    trust(c, b);

    // A group naming an office A does not trust: refused, nothing made.
    send(b, a); // A now knows C's record, relayed by B
    const QString before = a.dump();
    requireRefused(groupCommand(a, {QStringLiteral("add"), QStringLiteral("Coast shelters"), QStringLiteral("--member"),
                                                   QStringLiteral("Eastfold Labour Inspectorate")}),
                   QStringLiteral("Eastfold Labour Inspectorate is not a trusted partner office"));
    requireRefused(groupCommand(a, {QStringLiteral("add"), QStringLiteral("Coast shelters"), QStringLiteral("--member"),
                                                   QStringLiteral("Nowhere Office")}),
                   QStringLiteral("there is no office named \"Nowhere Office\""));
    CHECK(a.dump() == before);

    const CliRun made = groupCommand(a, {QStringLiteral("add"), QStringLiteral("Coast shelters"), QStringLiteral("--member"),
                                                        QStringLiteral("Harbourside Shelter")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QUuid group = made.id();
    const CliRun listed = groupCommand(a, {QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    REQUIRE(listed.jsonArray().size() == 1);
    CHECK(listed.jsonArray().at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Coast shelters"));
    CHECK(listed.jsonArray().at(0).toObject().value(QStringLiteral("members")).toArray().size() == 2);
    requireRefused(groupCommand(a, {QStringLiteral("add"), QStringLiteral("coast shelters")}),
                   QStringLiteral("there is already a sharing group named \"Coast shelters\""));

    const QUuid partners = a.add(QStringLiteral("operation"), {QStringLiteral("code_name=Quiet Harbour"), QStringLiteral("sharing=partners")});
    const QUuid grouped = a.add(QStringLiteral("operation"), {QStringLiteral("code_name=Lighthouse"), QStringLiteral("sharing=group"),
                                                              QStringLiteral("sharing_group=") + idText(group)});
    const QUuid network = a.add(QStringLiteral("operation"), {QStringLiteral("code_name=Open Road"), QStringLiteral("sharing=network")});
    // A group level without its group.
    requireRefused(a.run(QStringLiteral("add"), {QStringLiteral("operation"), QStringLiteral("code_name=Nowhere"), QStringLiteral("sharing=group")}),
                   QStringLiteral("sharing with a group needs the group"));
    send(a, b);
    send(b, c);
    CHECK(b.dump().contains(QStringLiteral("Quiet Harbour")));
    CHECK(b.dump().contains(QStringLiteral("Lighthouse")));
    CHECK_FALSE(c.dump().contains(QStringLiteral("Quiet Harbour")));
    CHECK_FALSE(c.dump().contains(QStringLiteral("Lighthouse")));
    CHECK_FALSE(c.dump().contains(QStringLiteral("Coast shelters")));
    CHECK(c.dump().contains(QStringLiteral("Open Road")));
    CHECK(c.run(QStringLiteral("show"), {QStringLiteral("operation"), idText(partners)}).exitCode == 1);
    CHECK(c.run(QStringLiteral("show"), {QStringLiteral("operation"), idText(grouped)}).exitCode == 1);
    CHECK(c.run(QStringLiteral("show"), {QStringLiteral("operation"), idText(network)}).exitCode == 0);

    // B may not send A's record further than A said; it may keep it to itself.
    const QString atB = b.dump();
    requireRefused(b.run(QStringLiteral("set"), {QStringLiteral("operation"), idText(partners), QStringLiteral("sharing=network")}),
                   QStringLiteral("where this record goes was decided by Northbridge Task Force"));
    CHECK(b.dump() == atB);
    CHECK(b.run(QStringLiteral("set"), {QStringLiteral("operation"), idText(partners), QStringLiteral("sharing=office")}).exitCode == 0);
}
