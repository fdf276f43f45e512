// The office's short code in the window (issue 18): a lead who opens a file without one is asked
// once per opening, the derived code filled in, Later goes on working and the next opening asks
// again; Edit ▸ Office Code… changes it; a merge that brings two survivors with one code shows
// both side by side in the conflict review, and a new code for one of them clears it (undoable).

#include "actions.h"
#include "dialoganswers.h"
#include "domain/office.h"
#include "domain/officecode.h"
#include "domain/survivors.h"
#include "exchange/conflictmodel.h"
#include "exchange/exchangeview.h"
#include "guitest.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "security/officecodedialog.h"
#include "store/keystore.h"
#include "sync/exchange.h"
#include "sync/partners.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace tandem;
using namespace tandem::test;

namespace {

const QString kPassA = QStringLiteral("copper lantern meadow seven");
const QString kPassB = QStringLiteral("quiet harbour violet ladder");

QString codeIn(const QString& path)
{
    Result<std::unique_ptr<Store>> s = Store::open(path, Store::Access::ReadOnly);
    if (!s)
        return QStringLiteral("<cannot open>");
    Result<QString> code = officeCode(**s);
    return code ? *code : QStringLiteral("<cannot read>");
}

} // namespace

class OfficeCodeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        for (const Dialogs::Message& m : Dialogs::takeMessages())
            qWarning() << "message not checked by the test:" << m.text << m.details;
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
    }

    // A file without a code (as a version-4 file migrates): asked once per opening, never blocking.
    void aLeadIsAskedOnceWhenTheFileHasNoCode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.tandem"));
        {
            Result<std::unique_ptr<Store>> s = createOffice(path, QStringLiteral("North Bay Police"), kPassA);
            QVERIFY(s);
            QVERIFY((*s)->exec(QStringLiteral("UPDATE office SET code = NULL")));
        }
        // Later: the file opens and stays without a code.
        int asked = 0;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            ++asked;
            QCOMPARE(d.objectName(), QStringLiteral("officeCodeDialog"));
            QCOMPARE(child<QLineEdit>(d, "officeCodeEdit")->text(), QStringLiteral("NBP"));
            QVERIFY(child<QLabel>(d, "officeCodeNote")->text().startsWith(QStringLiteral("New survivor codes: NBP-")));
            QCOMPARE(child<QPushButton>(d, "cancelButton")->text(), QStringLiteral("&Later"));
            click(d, "cancelButton");
        });
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openFile(path));
            QCOMPARE(asked, 1);
            QVERIFY(window.store());
            window.closeFile();
        }
        QCOMPARE(codeIn(path), QString());

        // The next opening asks again; a bad code keeps OK disabled, a good one is set.
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            ++asked;
            type(d, "officeCodeEdit", QStringLiteral("n"));
            QVERIFY(!child<QPushButton>(d, "okButton")->isEnabled());
            QVERIFY(child<QLabel>(d, "officeCodeNote")->text().contains(QStringLiteral("is not an office code")));
            type(d, "officeCodeEdit", QStringLiteral("nb"));
            QCOMPARE(child<QLineEdit>(d, "officeCodeEdit")->text(), QStringLiteral("NB"));
            QVERIFY(child<QPushButton>(d, "okButton")->isEnabled());
            screenshot(&d, QStringLiteral("ask"), QStringLiteral("officecode"));
            click(d, "okButton");
        });
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        QCOMPARE(asked, 2);
        QCOMPARE(*officeCode(*window.store()), QStringLiteral("NB"));
        QCOMPARE(*nextSurvivorCode(*window.store(), 2026), QStringLiteral("NB-2026-0001"));
        // With a code, nobody is asked.
        auto* controller = window.findChild<OfficeCodeController*>();
        QVERIFY(controller);
        QVERIFY(!controller->askIfMissing());

        // Edit ▸ Office Code… changes it; Cancel changes nothing.
        QAction* action = window.findChild<QAction*>(QStringLiteral("actionOfficeCode"));
        QVERIFY(action && action->isEnabled());
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            QCOMPARE(child<QLineEdit>(d, "officeCodeEdit")->text(), QStringLiteral("NB"));
            type(d, "officeCodeEdit", QStringLiteral("XY"));
            click(d, "cancelButton");
        });
        action->trigger();
        QCOMPARE(*officeCode(*window.store()), QStringLiteral("NB"));
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            type(d, "officeCodeEdit", QStringLiteral("hq7"));
            click(d, "okButton");
        });
        action->trigger();
        QCOMPARE(*officeCode(*window.store()), QStringLiteral("HQ7"));
    }

    // Two offices mint one code; after the merge the review shows both survivors side by side.
    void theReviewShowsBothSurvivorsAndANewCodeClearsIt()
    {
        QTemporaryDir dir;
        auto office = [&](const char* file, const char* name, const QString& pass) {
            Result<std::unique_ptr<Store>> s = createOffice(dir.filePath(QString::fromLatin1(file)), QString::fromLatin1(name), pass);
            return s ? std::move(s).value() : nullptr;
        };
        // Initials alike: both mint with HU.
        std::unique_ptr<Store> a = office("a.tandem", "Harbour Unit", kPassA);
        std::unique_ptr<Store> b = office("b.tandem", "Highland Union", kPassB);
        QVERIFY(a && b);
        QVERIFY(trustPartner(*a, *ownCard(*b)) && trustPartner(*b, *ownCard(*a)));
        const QUuid op = *a->insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Lantern")},
                                                                  {QStringLiteral("sharing"), QStringLiteral("partners")}});
        auto mint = [](Store& s, const QUuid& operation) {
            const QString code = *nextSurvivorCode(s, 2026);
            QVariantMap values{{QStringLiteral("code"), code}, {QStringLiteral("sharing"), QStringLiteral("partners")}};
            if (!operation.isNull())
                values.insert(QStringLiteral("operation"), operation);
            return *s.insert(QStringLiteral("survivor"), values);
        };
        const QUuid fromA = mint(*a, op);
        const QUuid fromB = mint(*b, {});
        {
            const OfficeKeys keysA = std::move(unlockOfficeKeys(*a, kPassA)).value();
            const OfficeKeys keysB = std::move(unlockOfficeKeys(*b, kPassB)).value();
            ExportOptions options;
            options.recipients << b->siteId();
            const QString bundle = dir.filePath(QStringLiteral("1.bundle"));
            QVERIFY(exportBundle(*a, keysA, options, bundle));
            Result<MergeSummary> merged = mergeBundle(*b, keysB, bundle);
            QVERIFY(merged);
            QCOMPARE(merged->codeClashes, qint64(1));
        }
        const QString path = b->path();
        b.reset();

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openFile(path));
        window.showView(window.exchangeView());
        ConflictModel* conflicts = window.exchangeView()->conflictModel();
        QAbstractItemModelTester tester(conflicts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(conflicts->rowCount(), 1);
        const ConflictModel::Item* item = conflicts->itemAt(0);
        QVERIFY(item->clash);
        QCOMPARE(item->record, QStringLiteral("Survivors: HU-2026-0001"));
        const bool aFirst = item->clash->first.survivor == fromA;
        const QString aText = aFirst ? item->kept : item->other;
        const QString bText = aFirst ? item->other : item->kept;
        QVERIFY2(aText.startsWith(QStringLiteral("HU-2026-0001 · operation Lantern · recorded ")), qPrintable(aText));
        QVERIFY2(bText.startsWith(QStringLiteral("HU-2026-0001 · no operation · recorded ")), qPrintable(bText));
        QCOMPARE(aFirst ? item->keptBy : item->otherBy, QStringLiteral("Harbour Unit"));
        QCOMPARE(aFirst ? item->otherBy : item->keptBy, QStringLiteral("Highland Union"));

        // The pane: both side by side, with the offices that gave the codes.
        QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("keptValue"))->isVisible());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("keptValue"))->text(), item->kept);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("otherValue"))->text(), item->other);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("keptBy"))->text(), QStringLiteral("code given by %1").arg(item->keptBy));
        screenshot(window.exchangeView(), QStringLiteral("review"), QStringLiteral("officecode"));

        // A new code for Highland Union's survivor: the flag goes; undo brings it back.
        auto* button = window.findChild<QPushButton*>(aFirst ? QStringLiteral("takeOtherButton") : QStringLiteral("keepButton"));
        QCOMPARE(button->text(), aFirst ? QStringLiteral("New Code for the &Second") : QStringLiteral("New Code for the &First"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(conflicts->rowCount(), 0);
        Store& store = *window.store();
        QCOMPARE(store.get(QStringLiteral("survivor"), fromB)->text(QStringLiteral("code")), QStringLiteral("HU-2026-0002"));
        QCOMPARE(store.get(QStringLiteral("survivor"), fromA)->text(QStringLiteral("code")), QStringLiteral("HU-2026-0001"));
        window.actions()->undo()->trigger();
        QTRY_COMPARE(conflicts->rowCount(), 1);
        QCOMPARE(store.get(QStringLiteral("survivor"), fromB)->text(QStringLiteral("code")), QStringLiteral("HU-2026-0001"));
        window.actions()->redo()->trigger();
        QTRY_COMPARE(conflicts->rowCount(), 0);
        QCOMPARE(Dialogs::takeMessages().size(), 0);
    }
};

TANDEM_GUI_TEST_MAIN(OfficeCodeTest)
#include "officecode_test.moc"
