#pragma once

#include <QByteArray>
#include <QDialog>
#include <QImage>
#include <QString>

class QLabel;
class QScrollArea;

namespace tandem {

// An attached image or PDF shown in the window, from its bytes in memory (never a file on the
// disk). Images are read with Qt's image readers under an allocation limit and a size cap, so a
// file crafted with huge dimensions is refused with a message instead of taking the memory; PDFs
// are shown page by page with Qt PDF. Anything that does not open says why in place.
class AttachmentPreview : public QDialog {
    Q_OBJECT

public:
    AttachmentPreview(const QString& title, const QString& mediaType, const QByteArray& bytes, QWidget* parent = nullptr);

    // Whether the previewer shows files of `mediaType`.
    static bool canPreview(const QString& mediaType);
    // The image in `bytes`, or a null image with `problem` set (dimensions above kMaxPixels, a
    // damaged or unknown format).
    static QImage readImage(const QByteArray& bytes, QString* problem);
    // The most pixels an image may have (width × height) to be shown.
    static constexpr qint64 kMaxPixels = qint64(100) * 1000 * 1000;

    // What is shown: "image", "pdf" or "problem" (for tests).
    QString shown() const { return m_shown; }
    QString problem() const { return m_problem; }

private:
    void showProblem(const QString& text);

    QString m_shown;
    QString m_problem;
    QLabel* m_message;
};

} // namespace tandem
