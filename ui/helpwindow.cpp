#include "helpwindow.h"

#include "screenfit.h"
#include "widgets/named.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace tandem {

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(named<QTextBrowser>(QStringLiteral("helpBrowser"), this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Tandem Guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(24);
    // The guide in the language Tandem runs in (guide_es.html) when there is one, else English.
    const QString localised =
        QStringLiteral(":/help/guide_%1.html").arg(QLocale().name().section(QLatin1Char('_'), 0, 0));
    const QString guide = QFile::exists(localised) ? localised : QStringLiteral(":/help/guide.html");
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guide));
    // Close, in reach from the keyboard (Tab, Escape, Ctrl+W) and on the screen.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* closeButton = buttons->button(QDialogButtonBox::Close);
    closeButton->setObjectName(QStringLiteral("helpClose"));
    closeButton->setAutoDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(m_browser, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(12, 0, 12, 0);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);
    auto* close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    fitToScreen(this, QSize(760, 820));
}

void HelpWindow::keyPressEvent(QKeyEvent* event)
{
    // Escape closes the guide, as it closes a dialog.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace tandem
