// Notifications while Tandem runs (issue 20): a checklist step that falls overdue and an action
// item whose time comes are told once, in a note in the window's corner (and the tray where there
// is one); a merge through the exchange folder that left conflicts is told too; Open goes to the
// right place.
//
// With TANDEM_SCREENSHOTS=DIR it saves notification-step.png.

#include "actions.h"
#include "dialoganswers.h"
#include "domain/protocolfile.h"
#include "domain/protocols.h"
#include "domain/survivors.h"
#include "guitest.h"
#include "mainwindow.h"
#include "notifier.h"
#include "screenshots.h"
#include "testsupport.h"
#include "views/view.h"
#include "today/todayview.h"
#include "meetings/meetingsview.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

using namespace tandem;

class NotificationsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_now = (QDateTime::currentMSecsSinceEpoch() / 1000 + 60) * 1000;

    QWidget* currentView() const { return m_window->currentView(); }
    QFrame* note() const { return m_window->findChild<QFrame*>(QStringLiteral("notificationNote")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings().setValue(QStringLiteral("backup/routine"), false);
        const QString path = m_dir.filePath(QStringLiteral("office.tandem"));
        {
            Result<std::unique_ptr<Store>> store = test::createTestOffice(path, QStringLiteral("Eastfold Police Service"));
            QVERIFY(store);
            (*store)->setWallClock([this] { return m_now; });
            ProtocolFile p;
            p.name = QStringLiteral("Short protocol");
            ProtocolStepSpec safety;
            safety.title = QStringLiteral("Safe housing arranged");
            safety.key = QStringLiteral("safe_housing");
            safety.ownerRole = QStringLiteral("ngo_advocate");
            safety.dueOffsetMinutes = 60;
            safety.mandatory = true;
            p.steps = {safety};
            QVERIFY(importProtocol(**store, p));
            Result<QUuid> survivor = (*store)->insert(QStringLiteral("survivor"), {{QStringLiteral("code"), QStringLiteral("V-2026-0042")}});
            QVERIFY(survivor);
            QVERIFY(setRescueTime(**store, *survivor, QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC)));
            Result<QUuid> meeting = (*store)->insert(QStringLiteral("meeting"), {{QStringLiteral("kind"), QStringLiteral("coordination")},
                                                                                 {QStringLiteral("title"), QStringLiteral("Weekly")},
                                                                                 {QStringLiteral("starts_at"), QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC)}});
            QVERIFY(meeting);
            QVERIFY((*store)->insert(QStringLiteral("action_item"),
                                     {{QStringLiteral("meeting"), *meeting},
                                      {QStringLiteral("title"), QStringLiteral("Send the floor plans")},
                                      {QStringLiteral("due_at"), QDateTime::fromMSecsSinceEpoch(m_now + 2 * 3600 * 1000, Qt::UTC)}}));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(path));
        m_window->store()->setWallClock([this] { return m_now; });
        m_window->notifier()->setStore(m_window->store()); // from the test's clock on
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void init()
    {
        Dialogs::setTestMode(true);
    }

    void aStepThatFallsOverdueIsToldOnceAndOpensToday()
    {
        Notifier* notifier = m_window->notifier();
        QSignalSpy told(notifier, &Notifier::notified);
        notifier->check();
        QCOMPARE(told.size(), 0); // nothing due yet

        m_now += 61 * 60 * 1000; // the step was due an hour after the rescue
        notifier->check();
        QCOMPARE(told.size(), 1);
        QCOMPARE(notifier->lastKind(), Notifier::Kind::Steps);
        QCOMPARE(notifier->lastTitle(), QStringLiteral("A checklist step is overdue"));
        QCOMPARE(notifier->lastText(), QStringLiteral("V-2026-0042: “Safe housing arranged” is now overdue."));
        QVERIFY(note()->isVisible());
        QCOMPARE(note()->findChild<QLabel*>(QStringLiteral("notificationText"))->text(), notifier->lastText());
        test::screenshot(m_window.get(), QStringLiteral("step"), QStringLiteral("notification"));
        // Told once.
        notifier->check();
        QCOMPARE(told.size(), 1);

        note()->findChild<QPushButton*>(QStringLiteral("notificationOpenButton"))->click();
        QVERIFY(!note()->isVisible());
        QCOMPARE(currentView(), static_cast<QWidget*>(m_window->todayView()));
    }

    void anActionItemWhoseTimeComesOpensMeetings()
    {
        Notifier* notifier = m_window->notifier();
        m_now += 60 * 60 * 1000; // past the action item's due time
        notifier->check();
        QCOMPARE(notifier->lastKind(), Notifier::Kind::ActionItems);
        QCOMPARE(notifier->lastText(), QStringLiteral("“Send the floor plans” is due now."));
        notifier->openLast();
        QCOMPARE(currentView(), static_cast<QWidget*>(m_window->meetingsView()));
    }

    void conflictsLeftByTheFolderOpenTheExchangeView()
    {
        Notifier* notifier = m_window->notifier();
        notifier->notifyConflicts(2, QStringLiteral("Harbourside Shelter"));
        QCOMPARE(notifier->lastText(), QStringLiteral("Bundles from Harbourside Shelter left 2 conflicting edits to review."));
        note()->findChild<QPushButton*>(QStringLiteral("notificationOpenButton"))->click();
        QCOMPARE(currentView()->objectName(), QStringLiteral("exchangeView"));
    }
};

TANDEM_GUI_TEST_MAIN(NotificationsTest)
#include "notifications_test.moc"
