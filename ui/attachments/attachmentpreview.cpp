#include "attachments/attachmentpreview.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tandem {

bool AttachmentPreview::canPreview(const QString& mediaType)
{
    return mediaType == QLatin1String("application/pdf") || mediaType.startsWith(QLatin1String("image/"));
}

QImage AttachmentPreview::readImage(const QByteArray& bytes, QString* problem)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // A crafted header can claim any size: the decoder never allocates more than this (MB).
    reader.setAllocationLimit(512);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxPixels) {
        if (problem)
            *problem = tr("The image is %1 × %2 pixels, too large to show here. Save a copy to open it elsewhere.")
                           .arg(size.width())
                           .arg(size.height());
        return {};
    }
    QImage image = reader.read();
    if (image.isNull() && problem)
        *problem = tr("The image cannot be shown: %1.").arg(reader.errorString());
    return image;
}

AttachmentPreview::AttachmentPreview(const QString& title, const QString& mediaType, const QByteArray& bytes, QWidget* parent)
    : QDialog(parent), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentPreview"));
    setWindowTitle(tr("%1 — Preview").arg(title));
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);

    const QSize screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableSize() : QSize(1280, 800);
    if (mediaType == QLatin1String("application/pdf")) {
        auto* document = new QPdfDocument(this);
        auto* buffer = new QBuffer(this);
        buffer->setData(bytes);
        buffer->open(QIODevice::ReadOnly);
        document->load(buffer);
        if (document->status() != QPdfDocument::Status::Ready || document->pageCount() < 1) {
            showProblem(tr("The PDF cannot be shown (it is damaged, protected or not a PDF). Save a copy to open it "
                           "elsewhere."));
        } else {
            auto* view = new QPdfView(this);
            view->setObjectName(QStringLiteral("previewPdf"));
            view->setDocument(document);
            view->setPageMode(QPdfView::PageMode::MultiPage);
            view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
            layout->addWidget(view, 1);
            m_shown = QStringLiteral("pdf");
        }
        resize(qMin(900, screen.width() * 3 / 4), qMin(1000, screen.height() * 9 / 10));
    } else {
        QString problem;
        const QImage image = readImage(bytes, &problem);
        if (image.isNull()) {
            showProblem(problem);
            resize(480, 200);
        } else {
            auto* label = new QLabel(this);
            label->setObjectName(QStringLiteral("previewImage"));
            const QSize room = screen * 0.8;
            const QImage shown = image.width() > room.width() || image.height() > room.height()
                                     ? image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                     : image;
            label->setPixmap(QPixmap::fromImage(shown));
            label->setAlignment(Qt::AlignCenter);
            auto* scroll = new QScrollArea(this);
            scroll->setWidget(label);
            scroll->setWidgetResizable(true);
            layout->addWidget(scroll, 1);
            m_shown = QStringLiteral("image");
            resize(qMax(360, shown.width() + 40), qMax(240, shown.height() + 80));
        }
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void AttachmentPreview::showProblem(const QString& text)
{
    m_shown = QStringLiteral("problem");
    m_problem = text;
    m_message->setText(text);
    m_message->show();
}

} // namespace tandem
