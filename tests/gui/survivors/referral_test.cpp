// Referrals in the Survivors view (issue 14): the picker shows each service's capacity, languages
// and whether it takes minors, and starts filtered to what the survivor needs (a minor sees the
// services that take minors; language match); the service's answer (accepted, or refused with
// its reason) and the outcome are recorded, shown in the checklist, and undoable.

#include "guitest.h"

#include "actions.h"
#include "survivors/survivorcommands.h"
#include "dialoganswers.h"
#include "mainwindow.h"
#include "survivors/checklistmodel.h"
#include "records/pickermodel.h"
#include "referralfixture.h"
#include "store/store.h"
#include "survivors/checklistpanel.h"
#include "survivors/referralbox.h"
#include "survivors/survivordetail.h"
#include "survivors/survivorsview.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QToolButton>

using namespace tandem;

namespace {

QStringList listed(QDialog& picker)
{
    QStringList lines;
    auto* list = picker.findChild<QListView*>(QStringLiteral("pickerList"));
    if (!list)
        return lines;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        lines << list->model()->index(r, 0).data().toString();
    return lines;
}

} // namespace

class ReferralTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ReferralFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    test::ReferralFixture& f() { return *m_fixture; }
    Store& store() { return *m_window->store(); }
    ChecklistPanel* checklist() { return m_window->survivorsView()->detail()->checklist(); }
    Row step() { return *store().get(QStringLiteral("checklist_item"), f().minorStep); }
    template <typename T>
    T* child(const char* name)
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }
    QString serviceCell()
    {
        ChecklistModel* model = checklist()->model();
        return model->index(model->rowOf(f().minorStep), ChecklistModel::Service).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::ReferralFixture>();
        m_fixture->t.store.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(m_window->openFile(m_fixture->t.path()));
        store().setWallClock(m_fixture->clock.fn());
        m_window->showView(m_window->survivorsView());
        QVERIFY(m_window->survivorsView()->selectSurvivor(f().survivor2));
        QVERIFY(checklist()->selectItem(f().minorStep));
        Dialogs::takeMessages();
    }
    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void thePickerShowsWhatAReferralNeedsAndFiltersByIt()
    {
        QCOMPARE(child<QLabel>("referralSummary")->text(), QStringLiteral("Not referred"));
        QVERIFY(!child<QPushButton>("referralAnswerButton")->isEnabled());
        QStringList firstList, unfiltered, noLanguage;
        QString minorsText, languageText;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            QCOMPARE(d.objectName(), QStringLiteral("servicePicker"));
            auto* minors = d.findChild<QCheckBox*>(QStringLiteral("serviceMinors"));
            auto* language = d.findChild<QCheckBox*>(QStringLiteral("serviceLanguage"));
            QVERIFY(minors && language);
            // A minor who speaks Albanian: both needs ticked, the list narrowed to them.
            QVERIFY(minors->isChecked());
            QVERIFY(language->isChecked());
            languageText = language->text();
            firstList = listed(d);
            minors->setChecked(false);
            noLanguage = listed(d); // Albanian speakers of any age
            language->setChecked(false);
            unfiltered = listed(d);
            minors->setChecked(true);
            language->setChecked(true);
            test::type(d, "pickerSearch", QStringLiteral("foster"));
            QTest::keyClick(d.findChild<QLineEdit*>(QStringLiteral("pickerSearch")), Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>("referButton"), Qt::LeftButton);
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);

        QCOMPARE(languageText, QStringLiteral("Speaks Albanian"));
        QCOMPARE(firstList.size(), 2);
        QVERIFY(firstList[0].startsWith(QStringLiteral("Eastfold Trafficking Helpline — Hotline")));
        QVERIFY(firstList[0].contains(QStringLiteral("accepts minors")));
        QCOMPARE(firstList[1], QStringLiteral("Marrow Quay Foster Network — Child services · capacity 10 · "
                                              "English, Romanian, Albanian · accepts minors"));
        QCOMPARE(noLanguage.size(), 3);
        QVERIFY(noLanguage.filter(QStringLiteral("Harbourside Women's Shelter")).size() == 1);
        QVERIFY(noLanguage.filter(QStringLiteral("adults only")).size() == 1);
        // The full shelter is left out while "Has capacity" is ticked; the deleted one always.
        QCOMPARE(unfiltered.size(), 4);
        QVERIFY(unfiltered.filter(QStringLiteral("Gullhaven")).isEmpty());
        QVERIFY(unfiltered.filter(QStringLiteral("Old Quay")).isEmpty());

        // Referred: the checklist and the form say so.
        QCOMPARE(step().value(QStringLiteral("service")).toUuid(), f().foster);
        QCOMPARE(serviceCell(), QStringLiteral("Marrow Quay Foster Network — awaiting answer"));
        QCOMPARE(child<QLabel>("referralSummary")->text(), QStringLiteral("Marrow Quay Foster Network — awaiting an answer"));
        QVERIFY(child<QPushButton>("referralAnswerButton")->isEnabled());
    }

    void theAnswerIsRecordedShownAndUndoable()
    {
        QVERIFY(referStep(*m_window->document(), f().minorStep, f().foster));
        // Refused: OK waits for the reason.
        bool okWithoutReason = true;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            QCOMPARE(d.objectName(), QStringLiteral("referralAnswerDialog"));
            QTest::mouseClick(d.findChild<QRadioButton*>(QStringLiteral("referralRefused")), Qt::LeftButton);
            okWithoutReason = d.findChild<QPushButton*>(QStringLiteral("okButton"))->isEnabled();
            test::type(d, "referralReason", QStringLiteral("No foster carer free before Monday"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(child<QPushButton>("referralAnswerButton"), Qt::LeftButton);
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QVERIFY(!okWithoutReason);
        QCOMPARE(step().text(QStringLiteral("referral_answer")), QStringLiteral("refused"));
        QCOMPARE(step().text(QStringLiteral("referral_reason")), QStringLiteral("No foster carer free before Monday"));
        QCOMPARE(step().value(QStringLiteral("referral_answered_at")).toDateTime(), test::ReportFixture::now());
        QCOMPARE(serviceCell(), QStringLiteral("Marrow Quay Foster Network — refused"));
        ChecklistModel* model = checklist()->model();
        QVERIFY(model->index(model->rowOf(f().minorStep), ChecklistModel::Service)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Reason: No foster carer free before Monday")));
        QVERIFY(child<QLabel>("referralSummary")->text().contains(QStringLiteral("No foster carer free before Monday")));

        // Then accepted after all, with the outcome; the reason goes with the refusal.
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            QVERIFY(d.findChild<QRadioButton*>(QStringLiteral("referralRefused"))->isChecked());
            QTest::mouseClick(d.findChild<QRadioButton*>(QStringLiteral("referralAccepted")), Qt::LeftButton);
            d.findChild<QPlainTextEdit*>(QStringLiteral("referralOutcome"))->setPlainText(QStringLiteral("Placed on 21 May"));
            QVERIFY(test::click(d, "okButton"));
        });
        QTest::mouseClick(child<QPushButton>("referralAnswerButton"), Qt::LeftButton);
        QCOMPARE(step().text(QStringLiteral("referral_answer")), QStringLiteral("accepted"));
        QVERIFY(step().isNull(QStringLiteral("referral_reason")));
        QCOMPARE(step().text(QStringLiteral("referral_outcome")), QStringLiteral("Placed on 21 May"));
        QCOMPARE(serviceCell(), QStringLiteral("Marrow Quay Foster Network — accepted"));
        QVERIFY(child<QLabel>("referralSummary")->text().contains(QStringLiteral("Outcome: Placed on 21 May")));

        // Each was one undo step.
        m_window->actions()->undo()->trigger();
        QCOMPARE(step().text(QStringLiteral("referral_answer")), QStringLiteral("refused"));
        QVERIFY(step().isNull(QStringLiteral("referral_outcome")));
        m_window->actions()->undo()->trigger();
        QVERIFY(step().isNull(QStringLiteral("referral_answer")));

        // Removing the referral: one click, undoable too.
        QTest::mouseClick(child<QToolButton>("referralRemove"), Qt::LeftButton);
        QVERIFY(step().isNull(QStringLiteral("service")));
        QCOMPARE(serviceCell(), QString());
        m_window->actions()->undo()->trigger();
        QCOMPARE(step().value(QStringLiteral("service")).toUuid(), f().foster);
    }

    void cancellingChangesNothing()
    {
        Dialogs::setNextDialogAnswer([](QDialog& d) { QVERIFY(test::click(d, "cancelButton")); });
        QTest::mouseClick(child<QPushButton>("referButton"), Qt::LeftButton);
        QVERIFY(step().isNull(QStringLiteral("service")));
        QVERIFY(!m_window->actions()->undo()->isEnabled());
    }
};

TANDEM_GUI_TEST_MAIN(ReferralTest)
#include "referral_test.moc"
