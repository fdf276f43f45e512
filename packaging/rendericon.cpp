// tandem-rendericon: renders the application icon (one SVG, resources/icons/tandem.svg) to the
// files each platform wants, at build time, so that no rendered copy is kept in git:
//   tandem-rendericon SVG OUT.png SIZE         one square PNG (the hicolor sizes on Linux)
//   tandem-rendericon SVG OUT.ico              Windows icon: 16, 24, 32, 48, 64 and 256 pixels
//   tandem-rendericon SVG OUT.icns             macOS icon: 16 to 1024 pixels
// ICO and ICNS both hold PNG images in a small directory; both are written here by hand, as Qt
// writes neither with several sizes. Exit 0 on success, 1 on a failure, 2 on a usage error.

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return png;
}

template <typename T>
void appendLittle(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

void appendBig32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// ICONDIR, one ICONDIRENTRY per image, then the PNG images (Windows Vista and later read PNG
// entries; a width or height of 0 means 256).
QByteArray ico(const std::vector<std::pair<int, QByteArray>>& images)
{
    QByteArray out;
    appendLittle<quint16>(out, 0); // reserved
    appendLittle<quint16>(out, 1); // type: icon
    appendLittle<quint16>(out, quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (const auto& [size, png] : images) {
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLittle<quint16>(out, 1);  // colour planes
        appendLittle<quint16>(out, 32); // bits per pixel
        appendLittle<quint32>(out, quint32(png.size()));
        appendLittle<quint32>(out, offset);
        offset += quint32(png.size());
    }
    for (const auto& image : images)
        out.append(image.second);
    return out;
}

// "icns", the total length, then elements of a four-letter type, their length (header included)
// and a PNG image.
QByteArray icns(const std::vector<std::pair<QByteArray, QByteArray>>& elements)
{
    QByteArray body;
    for (const auto& [type, png] : elements) {
        body.append(type);
        appendBig32(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBig32(out, quint32(8 + body.size()));
    return out + body;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "tandem-rendericon: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    // Rendering needs a QGuiApplication but no screen: this runs in builds without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    const QString out = args.value(2);
    const bool png = out.endsWith(QLatin1String(".png"));
    if (args.size() != (png ? 4 : 3) ||
        !(png || out.endsWith(QLatin1String(".ico")) || out.endsWith(QLatin1String(".icns")))) {
        std::fprintf(stderr, "Usage: tandem-rendericon SVG OUT.png SIZE\n"
                             "       tandem-rendericon SVG OUT.ico|OUT.icns\n");
        return 2;
    }
    QSvgRenderer renderer(args[1]);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a readable SVG image").arg(args[1]));

    bool encoded = true;
    const auto render = [&renderer, &encoded](int size) {
        QByteArray png = renderPng(renderer, size);
        encoded = encoded && !png.isEmpty();
        return png;
    };
    QByteArray data;
    if (png) {
        bool ok = false;
        const int size = args[3].toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("%1: not a size in pixels (1 to 4096)").arg(args[3]));
        data = render(size);
    } else if (out.endsWith(QLatin1String(".ico"))) {
        std::vector<std::pair<int, QByteArray>> images;
        for (int size : {16, 24, 32, 48, 64, 256})
            images.emplace_back(size, render(size));
        data = ico(images);
    } else {
        // Apple's element types for PNG data: icp4/icp5 are 16 and 32, ic07 to ic10 are 128 to
        // 1024, ic11 to ic14 are the Retina (@2x) versions of 16 to 256.
        const std::pair<const char*, int> types[] = {
            {"icp4", 16}, {"icp5", 32},  {"ic11", 32},  {"ic12", 64},  {"ic07", 128},
            {"ic13", 256}, {"ic08", 256}, {"ic14", 512}, {"ic09", 512}, {"ic10", 1024}};
        std::vector<std::pair<QByteArray, QByteArray>> elements;
        for (const auto& [type, size] : types)
            elements.emplace_back(QByteArray(type), render(size));
        data = icns(elements);
    }
    if (!encoded)
        return fail(QStringLiteral("%1: the image could not be encoded").arg(out));

    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(QStringLiteral("%1: %2").arg(out, file.errorString()));
    return 0;
}
