// The Survivors view as a liaison uses it: setting and moving T0, ticking and declining steps,
// late entries, the consent ledger, and the identity panel that stays hidden until asked.

#include "guitest.h"

#include "dialoganswers.h"
#include "screenshots.h"
#include "actions.h"
#include "document.h"
#include "domain/consent.h"
#include "security/keyring.h"
#include "mainwindow.h"
#include "survivors/checklistmodel.h"
#include "survivors/consentmodel.h"
#include "survivors/survivorlistmodel.h"
#include "store/store.h"
#include "survivorsample.h"
#include "testsupport.h"
#include "survivors/checklistpanel.h"
#include "survivors/consentpanel.h"
#include "operations/operationsview.h"
#include "survivors/identitypanel.h"
#include "survivors/survivordetail.h"
#include "survivors/survivorsview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace tandem;

namespace {

constexpr int kSurvivors = 6;
const QString kUser = QStringLiteral("Liaison Tester");

// Every piece of text the window shows: labels, buttons, line edits, and item views' cells.
QString allText(QWidget& window)
{
    QStringList text;
    for (QWidget* w : window.findChildren<QWidget*>()) {
        text << w->toolTip() << w->accessibleName();
        if (auto* label = qobject_cast<QLabel*>(w))
            text << label->text();
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            text << edit->text();
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
            text << edit->toPlainText();
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c)
                    text << model->index(r, c).data().toString() << model->index(r, c).data(Qt::ToolTipRole).toString();
            }
        }
    }
    return text.join(QLatin1Char('\n'));
}

QString messagesText()
{
    QStringList out;
    for (const Dialogs::Message& m : Dialogs::takeMessages())
        out << m.text << m.details;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class SurvivorsViewTest : public QObject {
    Q_OBJECT

private:
    test::ManualClock m_clock;
    std::unique_ptr<test::TempStore> m_file;
    std::unique_ptr<MainWindow> m_window;
    test::SurvivorSample m_sample;

    Store& store() { return *m_window->store(); }
    SurvivorsView* view() { return m_window->survivorsView(); }
    SurvivorDetail* detail() { return view()->detail(); }
    ChecklistPanel* checklist() { return detail()->checklist(); }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_clock.now, Qt::UTC); }
    template <typename T>
    T* child(const char* name)
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }
    Row row(const char* entity, const QUuid& id) { return *store().get(QString::fromLatin1(entity), id); }
    void tab(int index) { child<QTabWidget>("survivorTabs")->setCurrentIndex(index); }

private Q_SLOTS:
    void init()
    {
        m_file = std::make_unique<test::TempStore>();
        m_file->store->setWallClock(m_clock.fn());
        // The file's one person, whom the window acts as: "done by".
        QVERIFY(m_file->store->exec(QStringLiteral("UPDATE person SET name = ?"), {kUser}));
        Result<test::SurvivorSample> sample = test::fillSurvivorSample(*m_file->store, kSurvivors, m_clock.now);
        QVERIFY2(sample.ok(), qPrintable(sample ? QString() : sample.error().text()));
        m_sample = *sample;
        m_file->store.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(m_window->openFile(m_file->path()));
        store().setWallClock(m_clock.fn());
        m_window->showView(view());
        Dialogs::takeMessages();
    }
    void cleanup()
    {
        m_window.reset();
        m_file.reset();
    }

    void readsNothingUntilShown()
    {
        // Opening a file costs the survivor views nothing until they are looked at.
        m_window.reset();
        MainWindow other;
        other.show();
        QVERIFY(other.openFile(m_file->path()));
        QCOMPARE(other.survivorsView()->model()->store(), nullptr);
        other.showView(other.survivorsView());
        QVERIFY(other.survivorsView()->model()->store() != nullptr);
        QCOMPARE(other.survivorsView()->model()->totalCount(), qint64(kSurvivors + 1));
    }

    void settingT0MakesTheChecklistAndMovingItSaysSo()
    {
        QVERIFY(view()->selectSurvivor(m_sample.withoutT0));
        QCOMPARE(checklist()->model()->rowCount(), 0);
        QVERIFY(child<QLabel>("rescueTimeState")->text().contains(QStringLiteral("Not set")));

        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(now().toSecsSinceEpoch() / 60 * 60 - 30 * 60, Qt::UTC);
        child<QDateTimeEdit>("rescueTimeEdit")->setDateTime(t0.toLocalTime());
        QTest::mouseClick(child<QPushButton>("setRescueTime"), Qt::LeftButton);
        const int steps = checklist()->model()->rowCount();
        QVERIFY(steps > 10);
        QVERIFY(detail()->notice().contains(QStringLiteral("The checklist was made: %1 steps").arg(steps)));
        QCOMPARE(row("survivor", m_sample.withoutT0).value(QStringLiteral("recovered_at")).toDateTime(), t0);
        QCOMPARE(child<QPushButton>("setRescueTime")->text(), QStringLiteral("Change T0"));

        // The rescue was an hour earlier than first entered: the open steps move with it.
        const ChecklistModel::Item first = *checklist()->model()->item(0);
        child<QDateTimeEdit>("rescueTimeEdit")->setDateTime(t0.addSecs(-3600).toLocalTime());
        QTest::mouseClick(child<QPushButton>("setRescueTime"), Qt::LeftButton);
        QVERIFY2(detail()->notice().startsWith(QStringLiteral("Rescue time moved 1 h earlier:")),
                 qPrintable(detail()->notice()));
        QVERIFY(detail()->notice().contains(QStringLiteral("open steps are now due 1 h earlier")));
        const int at = checklist()->model()->rowOf(first.id);
        QCOMPARE(checklist()->model()->item(at)->dueAt, first.dueAt.addSecs(-3600));

        // Undo puts T0 and the due times back.
        m_window->actions()->undo()->trigger();
        QCOMPARE(row("survivor", m_sample.withoutT0).value(QStringLiteral("recovered_at")).toDateTime(), t0);
        QCOMPARE(row("checklist_item", first.id).value(QStringLiteral("due_at")).toDateTime(), first.dueAt);

        // Two days ahead is refused, with the reason.
        child<QDateTimeEdit>("rescueTimeEdit")->setDateTime(now().addDays(2).toLocalTime());
        QTest::mouseClick(child<QPushButton>("setRescueTime"), Qt::LeftButton);
        const QString message = messagesText();
        QVERIFY2(message.contains(QStringLiteral("more than a day in the future")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("survivor V-2026-0900")));
        QCOMPARE(row("survivor", m_sample.withoutT0).value(QStringLiteral("recovered_at")).toDateTime(), t0);
    }

    void tickingDecliningAndLateEntries()
    {
        const QUuid survivor = m_sample.survivors[3];
        QVERIFY(view()->selectSurvivor(survivor));
        QTableView* table = checklist()->table();
        ChecklistModel* model = checklist()->model();
        QVERIFY(model->overdueCount() > 0);

        // One key: D marks the selected (most overdue) step done, now, by the user.
        table->setFocus();
        table->setCurrentIndex(model->index(0, ChecklistModel::Step));
        const QUuid done = checklist()->currentItem();
        QTest::keyClick(table, Qt::Key_D);
        Row item = row("checklist_item", done);
        QCOMPARE(item.text(QStringLiteral("state")), QStringLiteral("done"));
        QCOMPARE(item.text(QStringLiteral("done_by")), kUser);
        QCOMPARE(item.value(QStringLiteral("done_at")).toDateTime(), QDateTime::fromSecsSinceEpoch(m_clock.now / 1000, Qt::UTC));
        // The selection stays on the step ticked.
        QCOMPARE(checklist()->currentItem(), done);

        // Declined by the survivor: recorded as their choice, with why.
        table->setCurrentIndex(model->index(0, ChecklistModel::Step));
        const QUuid declined = checklist()->currentItem();
        QVERIFY(declined != done);
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "reasonEdit", QStringLiteral("Not ready to see a doctor"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(child<QPushButton>("tickDeclined"), Qt::LeftButton);
        QCOMPARE(row("checklist_item", declined).text(QStringLiteral("state")), QStringLiteral("declined"));
        QCOMPARE(model->index(model->rowOf(declined), ChecklistModel::State).data().toString(),
                 QStringLiteral("Declined by survivor"));
        QCOMPARE(model->index(model->rowOf(declined), ChecklistModel::Step).data(Qt::CheckStateRole).toInt(),
                 int(Qt::PartiallyChecked));

        // Space on a step's box toggles it done.
        table->setCurrentIndex(model->index(0, ChecklistModel::Step));
        const QUuid spaced = checklist()->currentItem();
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(row("checklist_item", spaced).text(QStringLiteral("state")), QStringLiteral("done"));

        // A late entry: the step was really done 40 minutes ago, with a note and a referral.
        QVERIFY(checklist()->selectItem(done));
        const QDateTime earlier = QDateTime::fromSecsSinceEpoch((m_clock.now / 1000 - 40 * 60) / 60 * 60, Qt::UTC);
        child<QDateTimeEdit>("stepDoneAt")->setDateTime(earlier.toLocalTime());
        child<QPlainTextEdit>("stepNote")->setPlainText(QStringLiteral("Met at the reception centre."));
        QTest::mouseClick(child<QPushButton>("saveStep"), Qt::LeftButton);
        item = row("checklist_item", done);
        QCOMPARE(item.value(QStringLiteral("done_at")).toDateTime(), earlier);
        QCOMPARE(item.text(QStringLiteral("note")), QStringLiteral("Met at the reception centre."));

        // A done time before T0 is refused and changes nothing.
        const QDateTime t0 = row("survivor", survivor).value(QStringLiteral("recovered_at")).toDateTime();
        child<QDateTimeEdit>("stepDoneAt")->setDateTime(t0.addSecs(-3600).toLocalTime());
        QTest::mouseClick(child<QPushButton>("saveStep"), Qt::LeftButton);
        QVERIFY(messagesText().contains(QStringLiteral("before survivor V-2026-0004 was recovered")));
        QCOMPARE(row("checklist_item", done).value(QStringLiteral("done_at")).toDateTime(), earlier);

        // Each was one undo step: undoing the late entry, then Space, then the decline.
        m_window->actions()->undo()->trigger();
        QCOMPARE(row("checklist_item", done).text(QStringLiteral("note")), QString());
        m_window->actions()->undo()->trigger();
        QCOMPARE(row("checklist_item", spaced).text(QStringLiteral("state")), QStringLiteral("open"));
        m_window->actions()->undo()->trigger();
        QCOMPARE(row("checklist_item", declined).text(QStringLiteral("state")), QStringLiteral("open"));
        QCOMPARE(row("checklist_item", declined).text(QStringLiteral("done_by")), QString());
    }

    void identityStaysHiddenUntilRevealed()
    {
        const QString marker = m_sample.identityMarker;
        QVERIFY(view()->selectSurvivor(m_sample.survivors.front()));
        for (int i = 0; i < 4; ++i) {
            tab(i);
            QVERIFY2(!allText(*m_window).contains(marker), "an identity is shown before it is revealed");
        }
        IdentityPanel* panel = detail()->identity();
        QVERIFY(!panel->isRevealed());

        // Cancelling the office passphrase keeps it hidden.
        QTest::mouseClick(child<QPushButton>("revealIdentity"), Qt::LeftButton);
        QVERIFY(!panel->isRevealed());
        QVERIFY(!allText(*m_window).contains(marker));
        // The passphrase unlocks the office keys, and the identity is shown.
        Dialogs::setNextDialogAnswer(test::passphrase(test::kOfficePassphrase));
        QTest::mouseClick(child<QPushButton>("revealIdentity"), Qt::LeftButton);
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QVERIFY(panel->isRevealed());
        QVERIFY(m_window->keyRing()->isUnlocked());
        QCOMPARE(child<QLineEdit>("identityName")->text(), marker);

        // Edited and saved, as one undo step.
        child<QLineEdit>("identityBirth")->setText(QStringLiteral("1990-02-30"));
        QTest::mouseClick(child<QPushButton>("saveIdentity"), Qt::LeftButton);
        QVERIFY(messagesText().contains(QStringLiteral("date_of_birth")));
        child<QLineEdit>("identityBirth")->setText(QStringLiteral("1990-02-03"));
        QTest::mouseClick(child<QPushButton>("saveIdentity"), Qt::LeftButton);
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT tandem_open(date_of_birth) FROM survivor_identity WHERE survivor = ?"),
                                           {m_sample.survivors.front().toRfc4122()});
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("1990-02-03"));

        // Another tab hides it again, and so does another survivor.
        tab(0);
        QVERIFY(!panel->isRevealed());
        QVERIFY(!allText(*m_window).contains(marker));
        tab(3);
        QVERIFY(panel->reveal());
        QVERIFY(view()->selectSurvivor(m_sample.survivors[1]));
        QVERIFY(!panel->isRevealed());
        QVERIFY(!allText(*m_window).contains(marker));

        // A survivor without an identity yet gets one on Save.
        QVERIFY(panel->reveal());
        QCOMPARE(child<QLineEdit>("identityName")->text(), QString());
        child<QLineEdit>("identityName")->setText(QStringLiteral("Second Marker Zt4"));
        QTest::mouseClick(child<QPushButton>("saveIdentity"), Qt::LeftButton);
        Result<QSqlQuery> added = store().exec(QStringLiteral("SELECT tandem_open(name), name FROM survivor_identity WHERE survivor = ?"),
                                               {m_sample.survivors[1].toRfc4122()});
        QVERIFY(added.ok() && added->next());
        QCOMPARE(added->value(0).toString(), QStringLiteral("Second Marker Zt4"));
        // Sealed in the file: the stored bytes do not hold the name.
        QVERIFY(!added->value(1).toByteArray().contains("Second Marker"));
        added->finish();

        // Locking the office keys (Lock, the idle timeout) hides it at once.
        QVERIFY(panel->isRevealed());
        m_window->keyRing()->lock();
        QVERIFY(!panel->isRevealed());
        QVERIFY(!allText(*m_window).contains(QStringLiteral("Second Marker")));
    }

    void identityErasedForGood()
    {
        const QUuid survivor = m_sample.survivors.front();
        QVERIFY(view()->selectSurvivor(survivor));
        tab(3);
        IdentityPanel* panel = detail()->identity();
        const auto live = [&] {
            Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT count(*) FROM survivor_identity WHERE survivor = ? AND deleted = 0"),
                                               {survivor.toRfc4122()});
            return q.ok() && q->next() ? q->value(0).toInt() : -1;
        };
        // An edit first: undoing it after the erasure would write the details back.
        Dialogs::setNextDialogAnswer(test::passphrase(test::kOfficePassphrase));
        QVERIFY(panel->reveal());
        child<QLineEdit>("identityContact")->setText(QStringLiteral("+99 555 0199"));
        QTest::mouseClick(child<QPushButton>("saveIdentity"), Qt::LeftButton);
        QVERIFY(m_window->actions()->undo()->isEnabled());
        panel->conceal();

        test::screenshot(m_window.get(), QStringLiteral("identity-panel"), QStringLiteral("erasure"));
        // Cancelled, nothing happens.
        Dialogs::setNextDialogAnswer([](QDialog& d) { test::screenshot(&d, QStringLiteral("confirm"), QStringLiteral("erasure")); });
        QTest::mouseClick(child<QPushButton>("eraseIdentity"), Qt::LeftButton);
        QCOMPARE(live(), 1);
        // With a reason, it goes for good.
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "reasonEdit", QStringLiteral("Asked by the survivor"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(child<QPushButton>("eraseIdentity"), Qt::LeftButton);
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QVERIFY(messagesText().contains(QStringLiteral("was erased from this file")));
        QCOMPARE(live(), 0);
        QVERIFY(!m_window->actions()->undo()->isEnabled());
        Result<QSqlQuery> audit = store().exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'erase'"));
        QVERIFY(audit.ok() && audit->next());
        QVERIFY(audit->value(0).toString().contains(QStringLiteral("Asked by the survivor")));
        audit->finish();
        // Revealed again, there is nothing to show.
        QVERIFY(panel->reveal());
        QCOMPARE(child<QLineEdit>("identityName")->text(), QString());
        QVERIFY(!allText(*m_window).contains(m_sample.identityMarker));
    }

    void consentLedgerWithdrawsAndRecords()
    {
        QVERIFY(view()->selectSurvivor(m_sample.survivors.front()));
        tab(2);
        ConsentPanel* panel = detail()->consents();
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->activeCount(), 1);
        QVERIFY(child<QTabWidget>("survivorTabs")->tabText(2).contains(QStringLiteral("1 in force")));

        panel->table()->setCurrentIndex(panel->model()->index(0, 0));
        QVERIFY(child<QPushButton>("withdrawConsent")->isEnabled());
        m_clock.now += 90 * 1000;
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            test::type(d, "reasonEdit", QStringLiteral("Asked by phone to stop"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(child<QPushButton>("withdrawConsent"), Qt::LeftButton);
        const QUuid consent = panel->model()->idAt(0);
        QCOMPARE(row("consent", consent).value(QStringLiteral("withdrawn_at")).toDateTime(),
                 QDateTime::fromSecsSinceEpoch(m_clock.now / 1000, Qt::UTC));
        QCOMPARE(panel->model()->index(0, ConsentModel::Status).data().toString(), QStringLiteral("Withdrawn"));
        panel->table()->setCurrentIndex(panel->model()->index(0, 0));
        QVERIFY(!child<QPushButton>("withdrawConsent")->isEnabled());
        QCOMPARE(child<QTabWidget>("survivorTabs")->tabText(2), QStringLiteral("Consents"));

        // A new consent for identity, to the shelter, expiring in a year.
        QComboBox* recipient = child<QComboBox>("consentRecipient");
        recipient->setCurrentIndex(recipient->findText(QStringLiteral("Millbrook Refuge")));
        QComboBox* scope = child<QComboBox>("consentScope");
        scope->setCurrentIndex(scope->findData(QStringLiteral("identity")));
        child<QDateTimeEdit>("consentGiven")->setDateTime(now().addSecs(-600).toLocalTime());
        child<QCheckBox>("consentExpires")->setChecked(true);
        child<QLineEdit>("consentNotes")->setText(QStringLiteral("In writing, with an interpreter."));
        QTest::mouseClick(child<QPushButton>("recordConsent"), Qt::LeftButton);
        QCOMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->activeCount(), 1);
        QVERIFY(hasConsent(store(), m_sample.survivors.front(), {{}, m_sample.agency}, QStringLiteral("identity"), now()).value());

        // An expiry before the consent is refused with the reason.
        child<QDateTimeEdit>("consentExpiresAt")->setDateTime(now().addDays(-3).toLocalTime());
        QTest::mouseClick(child<QPushButton>("recordConsent"), Qt::LeftButton);
        QVERIFY(messagesText().contains(QStringLiteral("expires")));
        QCOMPARE(panel->model()->rowCount(), 2);
    }

    void detailsDecideWhatApplies()
    {
        QVERIFY(view()->selectSurvivor(m_sample.withoutT0));
        tab(1);
        QCheckBox* minor = child<QCheckBox>("survivorMinor");
        QVERIFY(!minor->isChecked());
        minor->click();
        QVERIFY(row("survivor", m_sample.withoutT0).value(QStringLiteral("minor")).toBool());
        QLineEdit* languages = child<QLineEdit>("survivorLanguages");
        languages->setText(QStringLiteral("ro, en"));
        QMetaObject::invokeMethod(languages, "editingFinished");
        QCOMPARE(row("survivor", m_sample.withoutT0).value(QStringLiteral("languages")).toStringList(),
                 (QStringList{QStringLiteral("ro"), QStringLiteral("en")}));
        // A minor's checklist has the child-protection steps.
        child<QDateTimeEdit>("rescueTimeEdit")->setDateTime(now().addSecs(-600).toLocalTime());
        QTest::mouseClick(child<QPushButton>("setRescueTime"), Qt::LeftButton);
        const auto titles = [this] {
            QStringList out;
            for (int r = 0; r < checklist()->model()->rowCount(); ++r)
                out << checklist()->model()->item(r)->title;
            return out;
        };
        QVERIFY(titles().contains(QStringLiteral("Child-protection services notified within 24 hours")));
        const int before = checklist()->model()->rowCount();

        // Found to be a foreign national after the checklist was made: those steps are added, and
        // the detail says so.
        QCheckBox* foreign = child<QCheckBox>("survivorForeign");
        foreign->click();
        QVERIFY(row("survivor", m_sample.withoutT0).value(QStringLiteral("foreign_national")).toBool());
        const int added = checklist()->model()->rowCount() - before;
        QVERIFY(added > 0);
        QVERIFY(titles().contains(QStringLiteral("Recovery and reflection period of at least 30 days")));
        QCOMPARE(detail()->notice(), QStringLiteral("%1 steps that now apply were added to the checklist, each due from T0.").arg(added));

        m_window->actions()->undo()->trigger(); // foreign national, with its steps
        QCOMPARE(checklist()->model()->rowCount(), before);
        QVERIFY(!row("survivor", m_sample.withoutT0).value(QStringLiteral("foreign_national")).toBool());
        m_window->actions()->undo()->trigger(); // T0
        m_window->actions()->undo()->trigger(); // languages
        m_window->actions()->undo()->trigger(); // minor
        QVERIFY(!row("survivor", m_sample.withoutT0).value(QStringLiteral("minor")).toBool());
        QCOMPARE(checklist()->model()->rowCount(), 0);
    }

    void operationDetailShowsEachSurvivorsProgress()
    {
        m_window->showView(m_window->operationsView());
        QVERIFY(m_window->operationsView()->selectOperation(m_sample.operation));
        auto* list = m_window->findChild<QTreeWidget*>(QStringLiteral("survivorsList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), kSurvivors / 2 + 1);
        QCOMPARE(list->headerItem()->text(3), QStringLiteral("Steps done"));
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("V-2026-0001"));
        QVERIFY(list->topLevelItem(0)->text(3).contains(QLatin1Char('/')));
        QVERIFY(list->topLevelItem(0)->text(4).toInt() > 0);
        // The survivor without T0 has no checklist yet.
        QCOMPARE(list->topLevelItem(list->topLevelItemCount() - 1)->text(3), QStringLiteral("No checklist"));
    }
};

TANDEM_GUI_TEST_MAIN(SurvivorsViewTest)
#include "survivorsview_test.moc"
