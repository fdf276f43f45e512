// Help > Reset the Demo (issue 22): offered only while the demo file exists, asks first, and puts
// a fresh demo made for now in place of the old one, then opens it; a refusal, a failure or
// another Tandem holding the demo leaves the old one as it was.

#include "actions.h"
#include "guitest.h"
#include "mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tandem;

namespace {

// A demo made in an instant: one agency named for how many demos were made so far. Fails from
// the `failFrom`-th demo on.
DemoDatabase::Generator countingDemo(int* made, int failFrom = 1000)
{
    return [made, failFrom](Store& store, const demo::Options& options, const demo::Progress&) -> Result<demo::Stats> {
        if (++*made >= failFrom)
            return makeError(QStringLiteral("the disk is full"));
        if (options.anchor.isValid())
            return makeError(QStringLiteral("the window's demo is made for now, not for a fixed moment"));
        Result<QUuid> id = store.insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Demo Agency %1").arg(*made)},
                                                                    {QStringLiteral("kind"), QStringLiteral("police")}});
        if (!id)
            return id.error();
        return demo::Stats{};
    };
}

QStringList agencies(const Store& store)
{
    QStringList out;
    Result<QSqlQuery> q = store.exec(QStringLiteral("SELECT name FROM agency WHERE deleted = 0 ORDER BY name"));
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

QStringList agenciesIn(const QString& path)
{
    Result<std::unique_ptr<Store>> store = Store::open(path, Store::Access::ReadOnly);
    return store ? agencies(**store) : QStringList{QStringLiteral("(cannot open)")};
}

} // namespace

class ResetDemoTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_made = 0;

    QAction* reset(MainWindow& window) { return window.actions()->resetDemo(); }
    // What the Help menu offers, as it is about to show.
    bool offered(MainWindow& window)
    {
        Q_EMIT window.actions()->helpMenu()->aboutToShow();
        return reset(window)->isVisible();
    }
    // Half-made demos left in its folder.
    QStringList leftovers()
    {
        return QDir(QFileInfo(m_path).absolutePath())
            .entryList({QStringLiteral("*.fresh*"), QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("case%1/demo.tandem").arg(++n));
        m_made = 0;
        Dialogs::takeMessages();
    }

    void offeredOnlyWhileTheDemoExists()
    {
        MainWindow window;
        window.setDemo(m_path, countingDemo(&m_made), {});
        window.show();
        QVERIFY(reset(window)->objectName() == QStringLiteral("actionResetDemo"));
        QVERIFY(window.actions()->helpMenu()->actions().contains(reset(window)));
        QVERIFY(!offered(window));
        QVERIFY(!window.resetDemo()); // not even through a stray call
        QVERIFY(!QFileInfo::exists(m_path));
        QCOMPARE(m_made, 0);

        QVERIFY(window.openDemo());
        QVERIFY(offered(window));
        window.closeFile();
        QVERIFY(offered(window)); // closed, it still exists
        QVERIFY(QFile::remove(m_path));
        QVERIFY(!offered(window));
    }

    void asksThenPutsAFreshDemoInPlaceAndOpensIt()
    {
        MainWindow window;
        window.setDemo(m_path, countingDemo(&m_made), {});
        window.show();
        QVERIFY(window.openDemo());
        QVERIFY(window.store()->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Played With")},
                                                                  {QStringLiteral("kind"), QStringLiteral("police")}}));

        // No: nothing changes.
        Dialogs::setNextAnswer(false);
        QVERIFY(!window.resetDemo());
        QList<Dialogs::Message> asked = Dialogs::takeMessages();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.front().title, QStringLiteral("Reset the Demo"));
        QCOMPARE(m_made, 1);
        QCOMPARE(agencies(*window.store()), (QStringList{QStringLiteral("Demo Agency 1"), QStringLiteral("Played With")}));

        // Yes: a fresh demo, open in the window.
        Dialogs::setNextAnswer(true);
        QVERIFY(window.resetDemo());
        QCOMPARE(Dialogs::takeMessages().size(), 1); // the question, and no error
        QCOMPARE(m_made, 2);
        QVERIFY(window.store());
        QCOMPARE(window.store()->path(), m_path);
        QCOMPARE(agencies(*window.store()), QStringList{QStringLiteral("Demo Agency 2")});
        QCOMPARE(leftovers(), QStringList());
        QVERIFY(offered(window));
    }

    void resetWhileAnotherFileIsOpenOpensTheFreshDemo()
    {
        MainWindow window;
        window.setDemo(m_path, countingDemo(&m_made), {});
        window.show();
        QVERIFY(window.openDemo());
        test::TempStore other(QStringLiteral("Harbour Unit"));
        other.store.reset();
        QVERIFY(window.openFile(other.path()));
        QVERIFY(offered(window)); // the demo exists, though another file is open

        Dialogs::setNextAnswer(true);
        QVERIFY(window.resetDemo());
        QCOMPARE(window.store()->path(), m_path);
        QCOMPARE(agencies(*window.store()), QStringList{QStringLiteral("Demo Agency 2")});
    }

    void aFailedResetKeepsTheOldDemoOpen()
    {
        MainWindow window;
        window.setDemo(m_path, countingDemo(&m_made, 2), {});
        window.show();
        QVERIFY(window.openDemo());
        QVERIFY(window.store()->insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Played With")},
                                                                  {QStringLiteral("kind"), QStringLiteral("police")}}));
        Dialogs::setNextAnswer(true);
        QVERIFY(!window.resetDemo());
        const QList<Dialogs::Message> shown = Dialogs::takeMessages();
        QCOMPARE(shown.size(), 2); // the question, then the error
        QCOMPARE(shown.back().text, QStringLiteral("The demo database could not be reset."));
        QVERIFY(shown.back().details.contains(QStringLiteral("disk is full")));
        QVERIFY(window.store());
        QCOMPARE(window.store()->path(), m_path);
        QCOMPARE(agencies(*window.store()), (QStringList{QStringLiteral("Demo Agency 1"), QStringLiteral("Played With")}));
        QCOMPARE(leftovers(), QStringList());
    }

    void anotherTandemHoldingTheDemoIsNotPulledFromUnderIt()
    {
        {
            MainWindow maker;
            maker.setDemo(m_path, countingDemo(&m_made), {});
            QVERIFY(maker.openDemo());
        }
        // Another Tandem has the demo open for writing.
        Result<std::unique_ptr<Store>> holder = Store::open(m_path);
        QVERIFY(holder.ok());
        MainWindow window;
        window.setDemo(m_path, countingDemo(&m_made), {});
        window.show();
        Dialogs::setNextAnswer(true);
        QVERIFY(!window.resetDemo());
        const QList<Dialogs::Message> shown = Dialogs::takeMessages();
        QCOMPARE(shown.size(), 2);
        QVERIFY(shown.back().details.contains(QStringLiteral("open in another Tandem window")));
        QCOMPARE(m_made, 1); // refused before making anything
        holder->reset();
        QCOMPARE(agenciesIn(m_path), QStringList{QStringLiteral("Demo Agency 1")});
    }
};

TANDEM_GUI_TEST_MAIN(ResetDemoTest)
#include "resetdemo_test.moc"
