// First run (issue 7): the welcome screen's three choices as a user takes them, what `tandem
// [--demo] [FILE]` opens, the user guide, and the language kept for the next start.

#include "actions.h"
#include "dialoganswers.h"
#include "guitest.h"
#include "helpwindow.h"
#include "language.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "store/registry.h"
#include "store/store.h"
#include "testsupport.h"
#include "timetext.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <algorithm>

using namespace tandem;

namespace {

QString currentView(MainWindow& window)
{
    return window.findChild<QStackedWidget*>(QStringLiteral("views"))->currentWidget()->objectName();
}

QString officeOf(const Store& store)
{
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT name FROM office WHERE id = ?"),
                                     {store.officeId().toRfc4122()});
    return q && q->next() ? q->value(0).toString() : QString();
}

// A demo made in an instant: one agency, enough to tell it is the demo.
DemoDatabase::Generator tinyDemo()
{
    return [](Store& store, const demo::Options&, const demo::Progress&) -> Result<demo::Stats> {
        Result<Transaction> t = store.begin();
        if (!t)
            return t.error();
        Result<QUuid> id = store.insert(QStringLiteral("agency"),
                                        {{QStringLiteral("name"), QStringLiteral("Invented Demo Agency")},
                                         {QStringLiteral("kind"), QStringLiteral("police")}});
        if (!id)
            return id.error();
        if (Result<void> done = t->commit(); !done)
            return done.error();
        return demo::Stats{};
    };
}

} // namespace

class WelcomeTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void clickChoice(MainWindow& window, const char* name)
    {
        auto* button = window.findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void init()
    {
        RecentFiles::clear();
        language::setChosen(QString());
        Dialogs::takeMessages();
    }

    void firstStartShowsTheWelcomeScreenNotTheDemo()
    {
        MainWindow window;
        window.setDemo(m_dir.filePath(QStringLiteral("first/demo.tandem")), tinyDemo(), {});
        window.show();
        window.openAtStart(QString(), false);
        QCOMPARE(window.store(), nullptr);
        QCOMPARE(currentView(window), QStringLiteral("noFileView"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("welcomeHeading"))->text(),
                 QStringLiteral("Welcome to Tandem"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("first/demo.tandem"))));
    }

    void createTheOfficeFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("harbour.tandem"));
        MainWindow window;
        window.show();
        Dialogs::setNextFileName(path);
        Dialogs::setNextDialogAnswer(test::newOffice(QStringLiteral("Harbour Task Force"), test::kOfficePassphrase));
        clickChoice(window, "noFileNew");
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QVERIFY(window.store());
        QCOMPARE(window.store()->path(), path);
        QCOMPARE(officeOf(*window.store()), QStringLiteral("Harbour Task Force"));
        QVERIFY(currentView(window) != QStringLiteral("noFileView"));
        QCOMPARE(RecentFiles::files().value(0), path);

        // Closed again, the screen no longer greets a newcomer.
        window.closeFile();
        QCOMPARE(currentView(window), QStringLiteral("noFileView"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("welcomeHeading"))->text(),
                 QStringLiteral("No file is open"));
    }

    void createCancelledAtTheOfficeQuestionMakesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.tandem"));
        MainWindow window;
        window.show();
        Dialogs::setNextFileName(path); // and no answer for the office dialog: cancelled
        clickChoice(window, "noFileNew");
        QCOMPARE(window.store(), nullptr);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(currentView(window), QStringLiteral("noFileView"));
    }

    void openAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.tandem"));
        {
            Result<std::unique_ptr<Store>> made = Store::create(path, QStringLiteral("Existing Office"));
            QVERIFY(made.ok());
        }
        MainWindow window;
        window.show();
        Dialogs::setNextFileName(path);
        clickChoice(window, "noFileOpen");
        QVERIFY(window.store());
        QCOMPARE(window.store()->path(), path);
        QCOMPARE(officeOf(*window.store()), QStringLiteral("Existing Office"));
    }

    void exploreTheDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo/demo.tandem"));
        MainWindow window;
        window.setDemo(path, tinyDemo(), {});
        window.show();
        clickChoice(window, "noFileDemo");
        QVERIFY(window.store());
        QCOMPARE(window.store()->path(), path);
        Result<QSqlQuery> q = window.store()->exec(QStringLiteral("SELECT count(*) FROM agency WHERE name = ?"),
                                                   {QStringLiteral("Invented Demo Agency")});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
    }

    void startingWithAFileOpensIt()
    {
        // `tandem FILE`, as the desktop file's "Exec=tandem %f" runs it on a double-click; a
        // relative path is kept whole in Open Recent.
        const QString path = m_dir.filePath(QStringLiteral("double-clicked.tandem"));
        {
            Result<std::unique_ptr<Store>> made = Store::create(path, QStringLiteral("Clicked Office"));
            QVERIFY(made.ok());
        }
        const QString cwd = QDir::currentPath();
        {
            QDir::setCurrent(m_dir.path());
            MainWindow window;
            window.show();
            window.openAtStart(QStringLiteral("double-clicked.tandem"), false);
            QDir::setCurrent(cwd);
            QVERIFY(window.store());
            QCOMPARE(window.store()->path(), path);
            QCOMPARE(RecentFiles::files().value(0), path);
        }

        // Without a file, the next start reopens the file opened last.
        MainWindow again;
        again.show();
        again.openAtStart(QString(), false);
        QVERIFY(again.store());
        QCOMPARE(again.store()->path(), path);
        QCOMPARE(currentView(again), QStringLiteral("operationsView"));
    }

    void theGuideOpensFromTheHelpMenu()
    {
        MainWindow window;
        window.show();
        QMenu* help = window.findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QVERIFY(help->actions().contains(window.actions()->guide()));
        QCOMPARE(window.actions()->guide()->shortcut(), QKeySequence(QKeySequence::HelpContents));
        window.actions()->guide()->trigger();
        HelpWindow* guide = window.helpWindow();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        const QString text = guide->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("For task-force leads")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("For NGO liaisons")));
        QVERIFY(text.contains(QStringLiteral("exchange with partners")));
        // Triggered again: the same window, not a second one.
        window.actions()->guide()->trigger();
        QCOMPARE(window.findChildren<HelpWindow*>().size(), 1);
    }

    void aboutNamesTheVersionAndLicence()
    {
        MainWindow window;
        window.actions()->about()->trigger();
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].text.contains(QStringLiteral(TANDEM_VERSION)));
        QVERIFY(messages[0].text.contains(QStringLiteral("GPL-3.0-or-later")));
    }

    void theLanguageChosenIsKeptForTheNextStart()
    {
        const QList<language::Language> languages = language::available();
        QStringList codes;
        for (const language::Language& l : languages)
            codes << l.code;
        QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("es"),
                                     QStringLiteral("fr")}));

        MainWindow window;
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu && window.findChild<QMenu*>(QStringLiteral("helpMenu"))->actions().contains(menu->menuAction()));
        QVERIFY(menu);
        auto* system = menu->findChild<QAction*>(QStringLiteral("language_system"));
        auto* arabic = menu->findChild<QAction*>(QStringLiteral("language_ar"));
        QVERIFY(system && arabic);
        QVERIFY(system->isChecked());
        arabic->trigger();
        QCOMPARE(language::chosen(), QStringLiteral("ar"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ar"));
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].text.contains(QStringLiteral("next time")));
        QCOMPARE(language::effectiveLocale().language(), QLocale::Arabic);
        QCOMPARE(language::effectiveLocale().textDirection(), Qt::RightToLeft);

        system->trigger();
        QCOMPARE(language::chosen(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }

    // Last: it installs translators into the test's application.
    void arabicLaysTheWindowOutRightToLeft()
    {
        language::setChosen(QStringLiteral("ar"));
        const QLocale locale = language::install(*qApp);
        QCOMPARE(locale.language(), QLocale::Arabic);
        QCOMPARE(QLocale().language(), QLocale::Arabic); // dates and numbers follow
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        MainWindow window;
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        // The texts are Arabic: the window's own, the registry's labels (filed by lupdate under
        // their QT_TRANSLATE_NOOP context) and a core helper's (Q_DECLARE_TR_FUNCTIONS).
        const auto arabic = [](const QString& text) {
            return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Arabic; });
        };
        const QString file = window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title();
        QVERIFY2(arabic(file), qPrintable(file));
        const FieldDef* status = Registry::instance().entity(QStringLiteral("operation"))->field(QStringLiteral("status"));
        QVERIFY2(arabic(status->labelText()), qPrintable(status->labelText()));
        QVERIFY2(arabic(status->valueLabel(QStringLiteral("draft"))), qPrintable(status->valueLabel(QStringLiteral("draft"))));
        QVERIFY2(arabic(durationText(180 * 60)), qPrintable(durationText(180 * 60)));
        Result<std::unique_ptr<Store>> missing = Store::open(QStringLiteral("/nonexistent/file.tandem"));
        QVERIFY(!missing);
        QVERIFY2(arabic(missing.error().message), qPrintable(missing.error().message));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QLocale::setDefault(QLocale::c());
    }
};

TANDEM_GUI_TEST_MAIN(WelcomeTest)
#include "welcome_test.moc"
