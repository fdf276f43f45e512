#include "floorplan.h"

#include "document.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>

namespace tandem::report {

// Defined here rather than in document.cpp: a picture is made and drawn only by tandem_report, and
// the document model stays free of Qt Gui (see Block::image).
Block Block::picture(const QImage& image, const QString& caption)
{
    Block b;
    b.type = Type::Image;
    b.image = std::make_shared<const QImage>(image);
    b.text = caption;
    return b;
}

bool isPlanType(const QString& mediaType)
{
    return mediaType == QLatin1String("application/pdf") || mediaType == QLatin1String("image/png")
           || mediaType == QLatin1String("image/jpeg") || mediaType == QLatin1String("image/webp")
           || mediaType == QLatin1String("image/gif");
}

QImage floorPlanImage(const QByteArray& bytes, const QString& mediaType, QString* problem)
{
    const auto fail = [&](const QString& why) {
        if (problem)
            *problem = why;
        return QImage();
    };
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    if (mediaType == QLatin1String("application/pdf")) {
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() < 1)
            return fail(Report::tr("the PDF cannot be read (damaged or protected)"));
        QSizeF page = pdf.pagePointSize(0);
        if (page.isEmpty())
            return fail(Report::tr("the PDF's first page has no size"));
        page.scale(QSizeF(kPlanPixels, kPlanPixels), Qt::KeepAspectRatio);
        QImage image = pdf.render(0, page.toSize());
        if (image.isNull())
            return fail(Report::tr("the PDF's first page cannot be drawn"));
        // Pages are transparent where nothing is drawn: on white, as on paper.
        QImage white(image.size(), QImage::Format_RGB32);
        white.fill(Qt::white);
        {
            QPainter p(&white);
            p.drawImage(0, 0, image);
        }
        return white;
    }
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(512);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxPlanPixels)
        return fail(Report::tr("the image is %1 × %2 pixels, too large to print").arg(size.width()).arg(size.height()));
    if (size.isValid() && (size.width() > kPlanPixels || size.height() > kPlanPixels))
        reader.setScaledSize(size.scaled(kPlanPixels, kPlanPixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return fail(Report::tr("the image cannot be read: %1").arg(reader.errorString()));
    return image;
}

} // namespace tandem::report
