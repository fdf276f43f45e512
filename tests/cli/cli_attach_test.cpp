// Attachments from the command line (issue 21): attach, list, extract; refusals with exit 1 and
// nothing kept; and the operation order with each target's floor plan printed (PDF, HTML, ODT), a
// crafted image named instead of printed.

#include "clirun.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

using namespace tandem;
using namespace tandem::test;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QString planImage(const CliFile& f)
{
    QImage image(900, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(QPen(Qt::black, 8));
    p.drawRect(30, 30, 840, 540);
    p.drawLine(450, 30, 450, 380);
    p.end();
    const QString path = f.file(QStringLiteral("ground-floor.png"));
    REQUIRE(image.save(path));
    return path;
}

} // namespace

TEST_CASE("attach, attachments and extract: a file kept whole, listed, written out the same")
{
    CliFile f;
    const QUuid op = f.add(QStringLiteral("operation"), {QStringLiteral("code_name=Heron")});
    const QString plan = planImage(f);
    const CliRun attached = f.run(QStringLiteral("attach"), {QStringLiteral("operation"), idText(op), plan, QStringLiteral("--title"),
                                                             QStringLiteral("Ground floor")});
    requireOk(attached);
    const QUuid id = attached.id();
    const CliRun listed = f.run(QStringLiteral("attachments"), {QStringLiteral("operation"), idText(op), QStringLiteral("--json")});
    requireOk(listed);
    const QJsonArray items = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(items.size() == 1);
    CHECK(items[0][QStringLiteral("title")].toString() == QStringLiteral("Ground floor"));
    CHECK(items[0][QStringLiteral("file_name")].toString() == QStringLiteral("ground-floor.png"));
    CHECK(items[0][QStringLiteral("media_type")].toString() == QStringLiteral("image/png"));
    CHECK(items[0][QStringLiteral("size")].toInteger() == readFile(plan).size());

    const QString out = f.file(QStringLiteral("out.png"));
    requireOk(f.run(QStringLiteral("extract"), {idText(id), QStringLiteral("--out"), out}));
    CHECK(readFile(out) == readFile(plan));
    // Audited.
    CHECK(f.run(QStringLiteral("audit"), {QStringLiteral("--action"), QStringLiteral("extract")}).out.contains(idText(id)));

    // Refusals: exit 1, one line, nothing kept.
    const QString before = f.dump(true);
    requireRefused(f.run(QStringLiteral("attach"), {QStringLiteral("operation"), idText(op), f.file(QStringLiteral("gone.pdf"))}),
                   QStringLiteral("there is no such file"));
    requireRefused(f.run(QStringLiteral("attach"), {QStringLiteral("target"), idText(op), plan}),
                   QStringLiteral("there is no target with this id"));
    CHECK(f.run(QStringLiteral("attach"), {QStringLiteral("floor"), idText(op), plan}).exitCode == 2);
    requireRefused(f.run(QStringLiteral("extract"), {idText(op), QStringLiteral("--out"), f.file(QStringLiteral("x"))}),
                   QStringLiteral("there is no attachment with this id"));
    CHECK(f.dump(true) == before);
}

TEST_CASE("the operation order prints each target's floor plan in PDF, HTML and ODT, and names a crafted image instead")
{
    CliFile f;
    const QUuid op = f.add(QStringLiteral("operation"), {QStringLiteral("code_name=Heron")});
    const QUuid yard = f.add(QStringLiteral("target"), {QStringLiteral("operation=") + idText(op), QStringLiteral("label=Rear yard"),
                                                        QStringLiteral("address=4 Dock Road"), QStringLiteral("latitude=51.5"),
                                                        QStringLiteral("longitude=-0.12")});
    const QUuid shed = f.add(QStringLiteral("target"), {QStringLiteral("operation=") + idText(op), QStringLiteral("label=Shed"),
                                                        QStringLiteral("address=6 Dock Road")});
    requireOk(f.run(QStringLiteral("attach"), {QStringLiteral("target"), idText(yard), planImage(f), QStringLiteral("--title"),
                                               QStringLiteral("Ground floor")}));
    // A PNG whose header claims 100,000 × 100,000 pixels.
    const QString crafted = f.file(QStringLiteral("huge.png"));
    writeFile(crafted, QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000186a0000186a00806000000a8520bc80000000c49444154789c63"
                                           "60a00c000000400001b7347cef0000000049454e44ae426082"));
    requireOk(f.run(QStringLiteral("attach"), {QStringLiteral("target"), idText(shed), crafted}));

    requireOk(f.run(QStringLiteral("report"), {idText(op), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"),
                                               f.file(QStringLiteral("order.html"))}));
    const QString html = QString::fromUtf8(readFile(f.file(QStringLiteral("order.html"))));
    CHECK(html.count(QStringLiteral("<img src=\"data:image/png;base64,")) == 1);
    CHECK(html.contains(QStringLiteral("Floor plan: Ground floor")));
    CHECK(html.contains(QStringLiteral("Floor plan: “huge.png” (not printed: the image is 100000 × 100000 pixels, too large to print).")));
    CHECK(html.contains(QStringLiteral("href=\"geo:51.50000,-0.12000\"")));

    requireOk(f.run(QStringLiteral("report"), {idText(op), QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"),
                                               f.file(QStringLiteral("order.odt"))}));
    const QByteArray odt = readFile(f.file(QStringLiteral("order.odt")));
    CHECK(odt.count("Pictures/picture1.png") >= 3); // the file, its manifest entry, the frame
    CHECK_FALSE(odt.contains("Pictures/picture2.png"));

    requireOk(f.run(QStringLiteral("report"), {idText(op), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                                               f.file(QStringLiteral("order.pdf"))}));
    const QByteArray pdf = readFile(f.file(QStringLiteral("order.pdf")));
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.contains("/Subtype /Image"));
}

TEST_CASE("office attachment-limit: a lead sets the largest file, and a larger one is refused with nothing kept")
{
    CliFile f;
    const QUuid op = f.add(QStringLiteral("operation"), {QStringLiteral("code_name=Heron")});
    const auto limit = [&](const QStringList& more) {
        return cli(QStringList{QStringLiteral("office"), QStringLiteral("attachment-limit"), f.path()} + more);
    };
    const CliRun shown = limit({});
    requireOk(shown);
    CHECK(shown.out.trimmed() == QStringLiteral("Largest attached file: 50 MB"));
    requireOk(limit({QStringLiteral("1")}));
    CHECK(limit({QStringLiteral("lots")}).exitCode == 2);
    requireRefused(limit({QStringLiteral("0")}), QStringLiteral("the largest attachment is between 1 MB and"));
    const QString big = f.file(QStringLiteral("big.bin"));
    writeFile(big, QByteArray(1'500'000, 'x'));
    const QString before = f.dump(true);
    requireRefused(f.run(QStringLiteral("attach"), {QStringLiteral("operation"), idText(op), big}),
                   QStringLiteral("the file is 1.5 MB, larger than the 1.0 MB this office attaches"));
    CHECK(f.dump(true) == before);
}
