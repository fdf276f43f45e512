#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

// A target's floor plan for the operation order (issue 21): the first image or PDF attached to the
// target (store/attachmentstore.h), as a picture to print. Read from memory under limits, so that a
// file crafted to exhaust memory or crash a decoder is refused with a reason instead.
namespace tandem::report {

// The most pixels (width × height) an image may declare to be read.
constexpr qint64 kMaxPlanPixels = qint64(100) * 1000 * 1000;
// The longest side, in pixels, of the picture printed (larger images and PDF pages are scaled).
constexpr int kPlanPixels = 1600;

// Whether a file of `mediaType` can be printed as a floor plan (an image Qt reads, a PDF).
bool isPlanType(const QString& mediaType);

// The picture of `bytes`: an image scaled to at most kPlanPixels, or a PDF's first page rendered
// at that size. A null image, with `problem` saying why, for a file too large in pixels, damaged,
// protected or of no kind this reads.
QImage floorPlanImage(const QByteArray& bytes, const QString& mediaType, QString* problem);

} // namespace tandem::report
