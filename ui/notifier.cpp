#include "notifier.h"

#include "domain/duesteps.h"
#include "store/store.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tandem {
namespace {

const QString kKeepInTrayKey = QStringLiteral("notifications/keepInTray");
constexpr int kNoteMs = 15000;

} // namespace

Notifier::Notifier(QMainWindow* window, std::function<void(Kind)> open)
    : QObject(window)
    , m_window(window)
    , m_open(std::move(open))
    , m_timer(new QTimer(this))
    , m_note(named<QFrame>(QStringLiteral("notificationNote"), window))
    , m_noteTitle(named<QLabel>(QStringLiteral("notificationTitle"), m_note))
    , m_noteText(named<QLabel>(QStringLiteral("notificationText"), m_note))
    , m_noteTimer(new QTimer(this))
{
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &Notifier::check);

    // The note in the window's corner.
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setAutoFillBackground(true);
    m_note->setAccessibleName(tr("Notification"));
    m_noteTitle->setFont(TextStyle::bold(m_noteTitle->font()));
    m_noteTitle->setTextFormat(Qt::PlainText);
    m_noteText->setTextFormat(Qt::PlainText);
    m_noteText->setWordWrap(true);
    auto* openButton = named<QPushButton>(QStringLiteral("notificationOpenButton"), m_note);
    openButton->setText(tr("&Open"));
    auto* dismiss = named<QToolButton>(QStringLiteral("notificationCloseButton"), m_note);
    dismiss->setText(QStringLiteral("×"));
    dismiss->setAccessibleName(tr("Dismiss the notification"));
    dismiss->setAutoRaise(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_noteTitle, 1);
    top->addWidget(dismiss);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(openButton);
    auto* layout = new QVBoxLayout(m_note);
    layout->addLayout(top);
    layout->addWidget(m_noteText);
    layout->addLayout(bottom);
    m_note->setFixedWidth(360);
    m_note->hide();
    connect(openButton, &QPushButton::clicked, this, &Notifier::openLast);
    connect(dismiss, &QToolButton::clicked, m_note, &QWidget::hide);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(kNoteMs);
    connect(m_noteTimer, &QTimer::timeout, m_note, &QWidget::hide);
    window->installEventFilter(this);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/tandem.svg")), this);
        m_tray->setToolTip(tr("Tandem"));
        auto* menu = new QMenu(window);
        menu->addAction(tr("&Show Tandem"), window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        QAction* keep = menu->addAction(tr("&Keep Running Here When the Window Is Closed"));
        keep->setCheckable(true);
        keep->setChecked(keepInTray());
        connect(keep, &QAction::toggled, this, [](bool on) { setKeepInTray(on); });
        menu->addSeparator();
        menu->addAction(tr("&Quit Tandem"), this, &Notifier::quitRequested);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::openLast);
        connect(m_tray, &QSystemTrayIcon::activated, this, [window](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger) {
                window->showNormal();
                window->raise();
                window->activateWindow();
            }
        });
        m_tray->show();
    }
}

void Notifier::setStore(Store* store)
{
    m_store = store;
    m_note->hide();
    if (store) {
        m_since = QDateTime::fromMSecsSinceEpoch(store->wallClock(), Qt::UTC);
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void Notifier::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void Notifier::check()
{
    if (!m_store)
        return;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_store->wallClock(), Qt::UTC);
    if (now <= m_since)
        return;
    Result<FellDue> fell = fellDue(*m_store, m_since, now);
    if (!fell)
        return; // told at the next look
    m_since = now;
    if (fell->steps == 1)
        notify(Kind::Steps, tr("A checklist step is overdue"),
               tr("%1: “%2” is now overdue.").arg(fell->firstSurvivorCode, fell->firstStepTitle));
    else if (fell->steps > 1)
        notify(Kind::Steps, tr("Checklist steps are overdue"),
               tr("%n steps are now overdue, the first for %1: “%2”.", nullptr, int(fell->steps))
                   .arg(fell->firstSurvivorCode, fell->firstStepTitle));
    if (fell->actionItems == 1)
        notify(Kind::ActionItems, tr("An action item is due"), tr("“%1” is due now.").arg(fell->firstActionTitle));
    else if (fell->actionItems > 1)
        notify(Kind::ActionItems, tr("Action items are due"),
               tr("%n action items are due now, the first “%1”.", nullptr, int(fell->actionItems)).arg(fell->firstActionTitle));
}

void Notifier::notifyConflicts(qint64 count, const QString& from)
{
    if (count <= 0)
        return;
    notify(Kind::Conflicts, tr("Conflicts to review"),
           count == 1 ? tr("A bundle from %1 left a conflicting edit to review.").arg(from)
                      : tr("Bundles from %1 left %n conflicting edits to review.", nullptr, int(count)).arg(from));
}

void Notifier::notify(Kind kind, const QString& title, const QString& text)
{
    m_lastKind = kind;
    m_lastTitle = title;
    m_lastText = text;
    m_noteTitle->setText(title);
    m_noteText->setText(text);
    placeNote();
    m_note->show();
    m_note->raise();
    m_noteTimer->start();
    if (m_tray && (!m_window->isVisible() || m_window->isMinimized() || !m_window->isActiveWindow()))
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, kNoteMs);
    Q_EMIT notified(kind, title, text);
}

void Notifier::openLast()
{
    m_note->hide();
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    if (m_open)
        m_open(m_lastKind);
}

void Notifier::placeNote()
{
    m_note->adjustSize();
    const int margin = 16;
    int bottom = m_window->height() - margin;
    if (QStatusBar* bar = m_window->statusBar(); bar->isVisible())
        bottom -= bar->height();
    const bool rtl = m_window->layoutDirection() == Qt::RightToLeft;
    const int x = rtl ? margin : m_window->width() - m_note->width() - margin;
    m_note->move(x, bottom - m_note->height());
}

bool Notifier::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_note->isVisible())
        placeNote();
    return QObject::eventFilter(watched, event);
}

bool Notifier::hideOnClose() const
{
    return m_tray && keepInTray();
}

bool Notifier::keepInTray()
{
    return QSettings().value(kKeepInTrayKey, false).toBool();
}

void Notifier::setKeepInTray(bool on)
{
    QSettings().setValue(kKeepInTrayKey, on);
}

} // namespace tandem
