#include "helpwindow.h"

#include <QFile>
#include <QKeySequence>
#include <QLocale>
#include <QShortcut>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem {

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Tandem Guide"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(24);
    // The guide in the language Tandem runs in (guide_es.html) when there is one, else English.
    const QString localised =
        QStringLiteral(":/help/guide_%1.html").arg(QLocale().name().section(QLatin1Char('_'), 0, 0));
    const QString guide = QFile::exists(localised) ? localised : QStringLiteral(":/help/guide.html");
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guide));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    auto* close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(760, 820);
}

} // namespace tandem
