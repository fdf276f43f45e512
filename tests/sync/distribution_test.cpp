// Need to know (issue 18, Distribution; DESIGN.md §8): where a row goes is its distribution,
// whichever office relays it. "partners": the offices its origin trusts; "network": everyone;
// a group: its members; "office": nowhere. Relays respect the origin's trust as its office record
// publishes it, and send again what a wider trust or a new member now reaches. Only the origin
// changes a row's distribution. Then a property test over random incomplete trust graphs (chains,
// stars, two groups): no row ever reaches an office outside its distribution, and every office
// ends with exactly the rows a path of entitled offices can bring it.
//
// Replay a seed with TANDEM_PROPERTY_SEED=<seed>; TANDEM_PROPERTY_SEEDS sets how many (default 4).

#include "officefixture.h"

#include "domain/groups.h"
#include "store/value.h"

#include <QSet>

#include <cstdio>
#include <map>
#include <set>

using namespace tandem;
using namespace tandem::test;

namespace {

QUuid operation(Office& o, const QString& name, const QString& level, const QUuid& group = {})
{
    QVariantMap values{{QStringLiteral("code_name"), name}, {QStringLiteral("sharing"), level}};
    if (!group.isNull())
        values.insert(QStringLiteral("sharing_group"), group);
    Result<QUuid> id = o.store->insert(QStringLiteral("operation"), values);
    INFO((id ? QString() : id.error().text()).toStdString());
    REQUIRE(id);
    return *id;
}

bool holds(const Office& o, const QString& entity, const QUuid& id)
{
    Result<Row> row = o.store->get(entity, id);
    return row && !row->deleted;
}

} // namespace

TEST_CASE("a relay never hands a partners row to an office its origin has not trusted")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir), b(QStringLiteral("B"), dir), c(QStringLiteral("C"), dir);
    trustEachOther({&a, &b});
    trustEachOther({&b, &c}); // A trusts only B
    const QUuid partners = operation(a, QStringLiteral("Quiet Harbour"), QStringLiteral("partners"));
    const QUuid network = operation(a, QStringLiteral("Open Road"), QStringLiteral("network"));
    const QUuid office = operation(a, QStringLiteral("Back Room"), QStringLiteral("office"));
    send(a, b);
    send(b, c);
    CHECK(holds(b, QStringLiteral("operation"), partners));
    CHECK(holds(b, QStringLiteral("operation"), network));
    CHECK_FALSE(holds(b, QStringLiteral("operation"), office));
    CHECK_FALSE(holds(c, QStringLiteral("operation"), partners));
    CHECK_FALSE(c.dump().contains(QStringLiteral("Quiet Harbour")));
    CHECK(holds(c, QStringLiteral("operation"), network));

    // A target B adds to A's operation goes where the operation goes, not further.
    Result<QUuid> t = b.store->insert(QStringLiteral("target"), {{QStringLiteral("operation"), partners},
                                                                 {QStringLiteral("label"), QStringLiteral("Pier 4")},
                                                                 {QStringLiteral("address"), QStringLiteral("4 Pier Road")},
                                                                 {QStringLiteral("sharing"), QStringLiteral("network")}});
    INFO((t ? QString() : t.error().text()).toStdString());
    REQUIRE(t);
    send(b, c);
    CHECK_FALSE(holds(c, QStringLiteral("target"), *t));
    send(b, a);
    CHECK(holds(a, QStringLiteral("target"), *t));

    SECTION("once A trusts C, B's next incremental bundle brings C the row")
    {
        a.trust(c); // A's record now says so; B learns it with A's next bundle
        send(a, b);
        send(b, c);
        CHECK(holds(c, QStringLiteral("operation"), partners));
        CHECK(holds(c, QStringLiteral("target"), *t));
    }
}

TEST_CASE("a group's rows and the group itself reach its members only, whoever relays them")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir), b(QStringLiteral("B"), dir), c(QStringLiteral("C"), dir), d(QStringLiteral("D"), dir);
    trustEachOther({&a, &b});
    trustEachOther({&b, &c});
    trustEachOther({&b, &d});
    a.trust(c); // a member must be a trusted partner of the office that adds it
    Result<QUuid> g = groups::add(*a.store, QStringLiteral("Harbour shelters"), {b.store->officeId(), c.store->officeId()});
    INFO((g ? QString() : g.error().text()).toStdString());
    REQUIRE(g);
    const QUuid op = operation(a, QStringLiteral("Lighthouse"), QStringLiteral("group"), *g);
    send(a, b);
    send(b, c);
    send(b, d);
    CHECK(holds(b, QStringLiteral("operation"), op));
    CHECK(holds(c, QStringLiteral("operation"), op));
    CHECK(holds(c, QStringLiteral("sharing_group"), *g));
    CHECK_FALSE(holds(d, QStringLiteral("operation"), op));
    CHECK_FALSE(holds(d, QStringLiteral("sharing_group"), *g));

    SECTION("a member added later gets what was shared with the group before")
    {
        a.trust(d);
        Result<Row> group = a.store->get(QStringLiteral("sharing_group"), *g);
        REQUIRE(group);
        QStringList members = group->value(QStringLiteral("members")).toStringList();
        members << value::idText(d.store->officeId());
        REQUIRE(a.store->update(QStringLiteral("sharing_group"), *g, {{QStringLiteral("members"), members}}));
        send(a, b);
        send(b, d);
        CHECK(holds(d, QStringLiteral("sharing_group"), *g));
        CHECK(holds(d, QStringLiteral("operation"), op));
    }
}

TEST_CASE("only the origin changes where a row goes and any office may keep it to itself")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir), b(QStringLiteral("B"), dir);
    trustEachOther({&a, &b});
    const QUuid op = operation(a, QStringLiteral("Quiet Harbour"), QStringLiteral("partners"));
    send(a, b);
    Result<void> widened = b.store->update(QStringLiteral("operation"), op, {{QStringLiteral("sharing"), QStringLiteral("network")}});
    REQUIRE_FALSE(widened);
    CHECK(widened.error().message.contains(QStringLiteral("decided by A")));
    Result<void> origin = b.store->update(QStringLiteral("operation"), op, {{QStringLiteral("origin"), b.store->officeId()}});
    REQUIRE_FALSE(origin);
    CHECK(b.store->update(QStringLiteral("operation"), op, {{QStringLiteral("sharing"), QStringLiteral("office")}}));
    // A itself widens its own row.
    CHECK(a.store->update(QStringLiteral("operation"), op, {{QStringLiteral("sharing"), QStringLiteral("network")}}));
    // A group level needs its group; another level lets go of it.
    Result<void> noGroup = a.store->update(QStringLiteral("operation"), op, {{QStringLiteral("sharing"), QStringLiteral("group")}});
    REQUIRE_FALSE(noGroup);
    CHECK(noGroup.error().message.contains(QStringLiteral("needs the group")));
}

TEST_CASE("rows from before origins were kept go where the office that set their level lets them, and an export publishes whom it trusts")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir), b(QStringLiteral("B"), dir), c(QStringLiteral("C"), dir);
    trustEachOther({&a, &b});
    trustEachOther({&b, &c});
    const QUuid op = operation(a, QStringLiteral("Quiet Harbour"), QStringLiteral("partners"));
    // As a file migrated from schema 4 has them: no origin on its rows, no trust on its record.
    REQUIRE(a.store->exec(QStringLiteral("UPDATE operation SET origin = NULL")));
    REQUIRE(a.store->exec(QStringLiteral("UPDATE office SET trusts = NULL")));
    send(a, b);
    Result<Row> atB = b.store->get(QStringLiteral("office"), a.store->officeId());
    REQUIRE(atB);
    CHECK(atB->value(QStringLiteral("trusts")).toStringList() == QStringList{value::idText(b.store->officeId())});
    CHECK(holds(b, QStringLiteral("operation"), op));
    send(b, c);
    CHECK_FALSE(holds(c, QStringLiteral("operation"), op));
    // B still may not widen it: the level carries A's version.
    CHECK_FALSE(b.store->update(QStringLiteral("operation"), op, {{QStringLiteral("sharing"), QStringLiteral("network")}}));
}

TEST_CASE("a sharing group names trusted partner offices only")
{
    QTemporaryDir dir;
    Office a(QStringLiteral("A"), dir), b(QStringLiteral("B"), dir), c(QStringLiteral("C"), dir);
    trustEachOther({&a, &b});
    trustEachOther({&b, &c});
    send(b, a); // A knows C's record through B, but does not trust C
    REQUIRE(holds(a, QStringLiteral("office"), c.store->officeId()));
    Result<QUuid> g = groups::add(*a.store, QStringLiteral("Coast"), {b.store->officeId(), c.store->officeId()});
    REQUIRE_FALSE(g);
    CHECK(g.error().message.contains(QStringLiteral("C is not a trusted partner office")));
    Result<QUuid> ok = groups::add(*a.store, QStringLiteral("Coast"), {b.store->officeId()});
    REQUIRE(ok);
    CHECK_FALSE(groups::add(*a.store, QStringLiteral("coast"), {}));
}

// ---- The property: random incomplete trust graphs -------------------------------------------

namespace {

struct Rng {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    bool chance(int percent) { return below(100) < percent; }
};

// What the test knows of one row it made: where it comes from and where it may go.
struct Made {
    QUuid id;
    size_t origin;
    QString level;
    int group = -1; // index into World::groups
};

class World {
public:
    World(std::uint64_t seed, QTemporaryDir& dir) : m_rng{seed}
    {
        const int n = 4 + m_rng.below(2);
        for (int i = 0; i < n; ++i)
            offices.push_back(std::make_unique<Office>(QStringLiteral("Office%1").arg(i), dir));
        trusts.assign(size_t(n), std::set<size_t>());
        // A chain, a star, or a sparse random graph; some trust one way only.
        const int shape = m_rng.below(3);
        shapeName = shape == 0 ? "chain" : shape == 1 ? "star" : "random";
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                if (i == j)
                    continue;
                bool edge = shape == 0 ? std::abs(i - j) == 1 : shape == 1 ? (i == 0 || j == 0) : m_rng.chance(35);
                if (!edge && m_rng.chance(10))
                    edge = true; // a trust beyond the shape, often one way only
                if (edge)
                    trust(size_t(i), size_t(j));
            }
        }
        // Two groups, each made by an office of its trusted partners.
        for (int k = 0; k < 2; ++k) {
            const size_t owner = size_t(m_rng.below(n));
            QList<QUuid> members;
            std::set<size_t> set{owner};
            for (size_t m : trusts[owner]) {
                if (m_rng.chance(60)) {
                    members << offices[m]->store->officeId();
                    set.insert(m);
                }
            }
            Result<QUuid> g = groups::add(*offices[owner]->store, QStringLiteral("Group %1").arg(k), members);
            REQUIRE(g);
            groups.push_back({*g, owner, std::move(set)});
        }
    }

    void trust(size_t from, size_t to)
    {
        if (trusts[from].insert(to).second)
            offices[from]->trust(*offices[to]);
    }

    void makeRow()
    {
        const size_t o = size_t(m_rng.below(int(offices.size())));
        static const QString levels[] = {QStringLiteral("office"), QStringLiteral("partners"), QStringLiteral("network"),
                                         QStringLiteral("group")};
        QString level = levels[m_rng.below(4)];
        int group = -1;
        if (level == QLatin1String("group")) {
            // A group this office holds (its own, or one that reached it).
            std::vector<int> known;
            for (size_t k = 0; k < groups.size(); ++k) {
                if (holds(*offices[o], QStringLiteral("sharing_group"), groups[k].id))
                    known.push_back(int(k));
            }
            if (known.empty())
                level = QStringLiteral("partners");
            else
                group = known[size_t(m_rng.below(int(known.size())))];
        }
        const QUuid id = operation(*offices[o], QStringLiteral("Row %1").arg(made.size()), level,
                                   group >= 0 ? groups[size_t(group)].id : QUuid());
        made.push_back({id, o, level, group});
    }

    // One exchange along a pair that trusts each other both ways (a bundle needs both).
    bool exchange()
    {
        const size_t from = size_t(m_rng.below(int(offices.size())));
        const size_t to = size_t(m_rng.below(int(offices.size())));
        if (from == to || !trusts[from].count(to) || !trusts[to].count(from))
            return false;
        send(*offices[from], *offices[to]);
        return true;
    }

    void everyoneExchanges()
    {
        for (size_t round = 0; round < offices.size() + 1; ++round) {
            for (size_t from = 0; from < offices.size(); ++from) {
                for (size_t to : trusts[from]) {
                    if (trusts[to].count(from))
                        send(*offices[from], *offices[to]);
                }
            }
        }
    }

    // The offices a row may reach by its distribution.
    std::set<size_t> entitled(const Made& m) const
    {
        std::set<size_t> out{m.origin};
        if (m.level == QLatin1String("network")) {
            for (size_t i = 0; i < offices.size(); ++i)
                out.insert(i);
        } else if (m.level == QLatin1String("partners")) {
            out.insert(trusts[m.origin].begin(), trusts[m.origin].end());
        } else if (m.level == QLatin1String("group")) {
            out = groups[size_t(m.group)].members;
            out.insert(m.origin);
        }
        return out;
    }

    // The offices the row reaches: from its origin along pairs that trust each other, through
    // offices entitled to it.
    std::set<size_t> reachable(const Made& m) const
    {
        const std::set<size_t> allowed = entitled(m);
        std::set<size_t> seen{m.origin};
        std::vector<size_t> todo{m.origin};
        while (!todo.empty()) {
            const size_t at = todo.back();
            todo.pop_back();
            for (size_t next : trusts[at]) {
                if (trusts[next].count(at) && allowed.count(next) && seen.insert(next).second)
                    todo.push_back(next);
            }
        }
        return seen;
    }

    struct Group {
        QUuid id;
        size_t owner;
        std::set<size_t> members;
    };
    std::vector<std::unique_ptr<Office>> offices;
    std::vector<std::set<size_t>> trusts;
    std::vector<Group> groups;
    std::vector<Made> made;
    const char* shapeName = "";

private:
    Rng m_rng;

public:
    Rng& rng() { return m_rng; }
};

std::uint64_t seedFromEnvironment(const char* name, std::uint64_t fallback)
{
    const QByteArray v = qgetenv(name);
    bool ok = false;
    const std::uint64_t n = v.toULongLong(&ok);
    return ok ? n : fallback;
}

} // namespace

TEST_CASE("over random incomplete trust graphs no row reaches an office outside its distribution")
{
    const std::uint64_t fixed = seedFromEnvironment("TANDEM_PROPERTY_SEED", 0);
    const std::uint64_t seeds = fixed ? 1 : seedFromEnvironment("TANDEM_PROPERTY_SEEDS", 4);
    std::uint64_t checkedRows = 0;
    std::map<std::string, int> shapes;
    for (std::uint64_t k = 0; k < seeds; ++k) {
        const std::uint64_t seed = fixed ? fixed : 0x5eed0000ULL + k * 7919ULL;
        INFO("seed " << seed << " (replay with TANDEM_PROPERTY_SEED=" << seed << ")");
        QTemporaryDir dir;
        World w(seed, dir);
        ++shapes[w.shapeName];
        for (int step = 0; step < 45; ++step) {
            if (w.rng().chance(40))
                w.makeRow();
            else
                w.exchange();
            // A trust added midway, as offices come to know each other.
            if (w.rng().chance(3)) {
                const size_t i = size_t(w.rng().below(int(w.offices.size())));
                const size_t j = size_t(w.rng().below(int(w.offices.size())));
                if (i != j)
                    w.trust(i, j);
            }
            // Safety at every step: nothing beyond its distribution.
            for (const Made& m : w.made) {
                const std::set<size_t> allowed = w.entitled(m);
                for (size_t o = 0; o < w.offices.size(); ++o) {
                    if (!allowed.count(o)) {
                        INFO(m.level.toStdString() << " row of office " << m.origin << " at office " << o << " (" << w.shapeName << ")");
                        CHECK_FALSE(holds(*w.offices[o], QStringLiteral("operation"), m.id));
                    }
                }
            }
        }
        w.everyoneExchanges();
        for (const Made& m : w.made) {
            const std::set<size_t> reach = w.reachable(m);
            for (size_t o = 0; o < w.offices.size(); ++o) {
                INFO(m.level.toStdString() << " row of office " << m.origin << " at office " << o << " (" << w.shapeName << ")");
                CHECK(holds(*w.offices[o], QStringLiteral("operation"), m.id) == bool(reach.count(o)));
                ++checkedRows;
            }
        }
        // Offices entitled to the same rows that exchanged everything print the same dump.
        for (size_t i = 0; i < w.offices.size(); ++i) {
            for (size_t j = i + 1; j < w.offices.size(); ++j) {
                bool same = true;
                for (const Made& m : w.made)
                    same = same && bool(w.reachable(m).count(i)) == bool(w.reachable(m).count(j));
                for (const World::Group& g : w.groups)
                    same = same && bool(g.members.count(i)) == bool(g.members.count(j));
                const bool bothLinked = w.trusts[i].count(j) && w.trusts[j].count(i);
                if (same && bothLinked)
                    CHECK(w.offices[i]->dump() == w.offices[j]->dump());
            }
        }
    }
    if (qEnvironmentVariableIsSet("TANDEM_PROPERTY_TALLY")) {
        std::printf("distribution: %llu row placements checked;", static_cast<unsigned long long>(checkedRows));
        for (const auto& [shape, n] : shapes)
            std::printf(" %s %d", shape.c_str(), n);
        std::printf("\n");
    }
}
