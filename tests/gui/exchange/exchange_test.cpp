// Exchange between two offices as their users do it, each in a window of its own: File > New
// with a passphrase, key cards saved and trusted, a bundle exported and merged each way, a
// concurrent edit reviewed in the Exchange view, resolved, undone and redone, and the
// resolution travelling back without a new conflict; then a partner revoked from the Exchange
// view and its new key trusted in place of the old one.
//
// With TANDEM_SCREENSHOTS=DIR (and a real display, e.g. under xvfb-run with QT_QPA_PLATFORM=xcb)
// the test also saves screenshots of the trust dialog, the export progress, the merge summary
// and the Exchange view there.

#include "actions.h"
#include "records/recordcommands.h"
#include "dialoganswers.h"
#include "document.h"
#include "guitest.h"
#include "mainwindow.h"
#include "exchange/conflictmodel.h"
#include "operations/operationlistmodel.h"
#include "exchange/partnermodel.h"
#include "sampledata.h"
#include "store/keystore.h"
#include "sync/exchange.h"
#include "sync/partners.h"
#include "testsupport.h"
#include "exchange/exchangeview.h"
#include "operations/operationsview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace tandem;

namespace {

const QString kPassA = QStringLiteral("copper lantern meadow seven");
const QString kPassB = QStringLiteral("quiet harbour violet ladder");

QString screenshotDir()
{
    return qEnvironmentVariable("TANDEM_SCREENSHOTS");
}

// The window `widget` belongs to, as Qt draws it, with the dialogs open over it drawn where they
// are (a grab of the X screen would show stale pixels: there is no window manager under xvfb).
void screenshot(QWidget* widget, const QString& name)
{
    if (screenshotDir().isEmpty())
        return;
    QWidget* dialog = widget->window();
    QWidget* main = dialog->parentWidget() ? dialog->parentWidget()->window() : dialog;
    QTest::qWait(50);
    QPixmap shot = main->grab();
    if (dialog != main) {
        QPainter painter(&shot);
        const QPoint at = dialog->geometry().topLeft() - main->geometry().topLeft();
        painter.fillRect(QRect(at, dialog->size()).adjusted(-1, -1, 1, 1), QColor(0, 0, 0, 90));
        painter.drawPixmap(at, dialog->grab());
    }
    QVERIFY(shot.save(screenshotDir() + QStringLiteral("/exchange-%1.png").arg(name)));
}

QString text(Store& store, const QUuid& id, const char* field)
{
    Result<Row> row = store.get(QStringLiteral("operation"), id);
    return row ? row->text(QString::fromLatin1(field)) : QStringLiteral("<missing>");
}

} // namespace

class ExchangeTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_a;
    std::unique_ptr<MainWindow> m_b;

    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void makeOffice(MainWindow& window, const char* fileName, const QString& office,
                    const QString& passphrase)
    {
        Dialogs::setNextFileName(file(fileName));
        const bool shot = &window == m_a.get();
        Dialogs::setNextDialogAnswer([office, passphrase, shot](QDialog& d) {
            // Typed, not yet created: the strength meter and hint as the user sees them.
            test::type(d, "officeNameEdit", office);
            test::type(d, "newPassphraseEdit", passphrase);
            test::type(d, "confirmPassphraseEdit", passphrase);
            if (shot)
                screenshot(&d, QStringLiteral("new-office"));
            QVERIFY(test::click(d, "okButton"));
        });
        window.actions()->newFile()->trigger();
        QVERIFY(window.store());
        QCOMPARE(window.store()->path(), file(fileName));
    }

    // Saves the office's key card through Exchange > This Office's Key Card.
    void saveCard(MainWindow& window, const QString& path)
    {
        const QString expected = ownCard(*window.store())->fingerprint();
        Dialogs::setNextFileName(path);
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            auto* fingerprint = test::child<QLabel>(d, "fingerprintLabel");
            QVERIFY(fingerprint);
            QCOMPARE(
                fingerprint->text().replace(QLatin1Char('\n'), QStringLiteral("  ")).simplified(),
                expected);
            QVERIFY(test::click(d, "saveCardButton"));
            QVERIFY(test::child<QLabel>(d, "cardSavedLabel")->isVisible());
            QVERIFY(test::click(d, "closeButton"));
        });
        window.actions()->keyCard()->trigger();
        QVERIFY(QFile::exists(path));
    }

    // Trusts the office of the card at `path` through Exchange > Trust a Partner Office.
    void trust(MainWindow& window, const QString& path, const QString& office,
               const char* shot = nullptr)
    {
        QFile cardFile(path);
        QVERIFY(cardFile.open(QIODevice::ReadOnly));
        Result<KeyCard> card = KeyCard::parse(cardFile.readAll(), path);
        QVERIFY(card);
        Dialogs::setNextFileName(path);
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            QCOMPARE(test::child<QLabel>(d, "cardOfficeName")->text(), office);
            QCOMPARE(test::child<QLabel>(d, "fingerprintLabel")
                         ->text()
                         .replace(QLatin1Char('\n'), QStringLiteral("  "))
                         .simplified(),
                     card->fingerprint());
            QVERIFY(test::child<QLabel>(d, "trustInstructions")
                        ->text()
                        .contains(QStringLiteral("telephone")));
            // Not before the fingerprint has been compared.
            QVERIFY(!test::child<QAbstractButton>(d, "trustButton")->isEnabled());
            test::child<QCheckBox>(d, "comparedCheck")->setChecked(true);
            if (shot)
                screenshot(&d, QString::fromLatin1(shot));
            QVERIFY(test::click(d, "trustButton"));
        });
        window.actions()->trustPartner()->trigger();
        QCOMPARE(Dialogs::takeMessages().size(), 0);
    }

    // Exports through Exchange > Export for Partners into `path`; with `unlock` the keys are
    // expected to be asked for (and `unlock` answers), without it they must still be unlocked.
    void exportTo(MainWindow& window, const QString& path, const Dialogs::DialogAnswer& unlock = {},
                  const char* shot = nullptr)
    {
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            auto* list = test::child<QListWidget>(d, "partnerChoices");
            QCOMPARE(list->count(), 1);
            QCOMPARE(list->item(0)->checkState(), Qt::Checked); // the only partner
            // The proposed name is in the remembered folder; this test picks its own.
            QVERIFY(test::child<QLineEdit>(d, "bundlePathEdit")
                        ->text()
                        .endsWith(QStringLiteral(".bundle")));
            test::type(d, "bundlePathEdit", path);
            QVERIFY(test::child<QRadioButton>(d, "incrementalRadio")->isChecked());
            if (shot)
                screenshot(&d, QStringLiteral("export-dialog"));
            QVERIFY(test::click(d, "exportButton"));
        });
        if (unlock)
            Dialogs::setNextDialogAnswer(unlock);
        QTimer watch;
        if (shot) {
            connect(&watch, &QTimer::timeout, this, [&] {
                auto* progress =
                    window.findChild<QProgressDialog*>(QStringLiteral("exportProgress"));
                if (progress && progress->isVisible() && progress->value() > 0) {
                    watch.stop();
                    screenshot(progress, QString::fromLatin1(shot));
                }
            });
            watch.start(0);
        }
        window.actions()->exportBundle()->trigger();
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages[0].text.contains(QStringLiteral("records for")),
                 qPrintable(messages[0].text));
        QVERIFY(QFile::exists(path));
    }

    struct Counts {
        QString records;
        int added, updated, deleted;
    };

    // Merges through Exchange > Merge a Bundle and checks the summary dialog.
    void merge(MainWindow& window, const QString& path, const QString& passphrase,
               const QList<Counts>& expected, int conflicts, const char* shot = nullptr)
    {
        Dialogs::setNextFileName(path);
        if (!passphrase.isEmpty())
            Dialogs::setNextDialogAnswer(test::passphrase(passphrase));
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            auto* table = test::child<QTableWidget>(d, "mergeSummaryTable");
            QVERIFY(table);
            QStringList shown;
            for (int r = 0; r < table->rowCount(); ++r)
                shown << QStringLiteral("%1 %2/%3/%4")
                             .arg(table->item(r, 0)->text(), table->item(r, 1)->text(),
                                  table->item(r, 2)->text(), table->item(r, 3)->text());
            for (const Counts& c : expected) {
                const QList<QTableWidgetItem*> found =
                    table->findItems(c.records, Qt::MatchExactly);
                QVERIFY2(found.size() == 1, qPrintable(shown.join(QStringLiteral("; "))));
                const int row = found[0]->row();
                QCOMPARE(table->item(row, 1)->text().toInt(), c.added);
                QCOMPARE(table->item(row, 2)->text().toInt(), c.updated);
                QCOMPARE(table->item(row, 3)->text().toInt(), c.deleted);
            }
            auto* label = test::child<QLabel>(d, "conflictsLabel");
            if (conflicts == 0) {
                QVERIFY2(label->text().startsWith(QStringLiteral("No edit conflicted")),
                         qPrintable(label->text()));
                QVERIFY(!d.findChild<QAbstractButton*>(QStringLiteral("reviewConflictsButton")));
            } else {
                QVERIFY2(label->text().contains(
                             conflicts == 1 ? QStringLiteral("One edit conflicted")
                                            : QStringLiteral("%1 edits conflicted").arg(conflicts)),
                         qPrintable(label->text()));
            }
            if (shot)
                screenshot(&d, QString::fromLatin1(shot));
            QVERIFY(test::click(d, conflicts > 0 ? "reviewConflictsButton" : "closeButton"));
        });
        window.actions()->mergeBundle()->trigger();
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QCOMPARE(Dialogs::takeMessages().size(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_a = std::make_unique<MainWindow>();
        m_b = std::make_unique<MainWindow>();
        for (MainWindow* w : {m_a.get(), m_b.get()}) {
            w->resize(1280, 800);
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
        }
    }

    void cleanupTestCase()
    {
        m_b.reset();
        m_a.reset();
    }

    void cleanup()
    {
        for (const Dialogs::Message& m : Dialogs::takeMessages())
            qWarning() << "message not checked by the test:" << m.text << m.details;
    }

    void twoOfficesExchangeAndReviewAConflict()
    {
        makeOffice(*m_a, "eastbrook.tandem", QStringLiteral("Eastbrook Task Force"), kPassA);
        makeOffice(*m_b, "riverside.tandem", QStringLiteral("Riverside Shelter Network"), kPassB);
        Store& a = *m_a->store();
        Store& b = *m_b->store();
        ExchangeView* view = m_b->exchangeView();
        QAbstractItemModelTester partnerTester(
            view->partnerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conflictTester(
            view->conflictModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Key cards, each trusted by the other after comparing fingerprints.
        saveCard(*m_a, file("eastbrook.card"));
        saveCard(*m_b, file("riverside.card"));
        trust(*m_b, file("eastbrook.card"), QStringLiteral("Eastbrook Task Force"), "trust-dialog");
        trust(*m_a, file("riverside.card"), QStringLiteral("Riverside Shelter Network"));
        QCOMPARE(view->partnerModel()->rowCount(), 1);
        QCOMPARE(view->partnerModel()->index(0, PartnerModel::Name).data().toString(),
                 QStringLiteral("Eastbrook Task Force"));
        QCOMPARE(view->partnerModel()->index(0, PartnerModel::Fingerprint).data().toString(),
                 ownCard(a)->fingerprint());
        QCOMPARE(view->partnerModel()->index(0, PartnerModel::LastMerge).data().toString(),
                 QStringLiteral("never"));

        // Eastbrook plans an operation (and some directory data) and sends it.
        QVERIFY(test::fillSample(a, 12));
        Result<QUuid> op =
            addRecord(*m_a->document(), QStringLiteral("operation"),
                      {{QStringLiteral("code_name"), QStringLiteral("Lantern")},
                       {QStringLiteral("objectives"), QStringLiteral("Find the workshop")}},
                      QStringLiteral("Add operation"));
        QVERIFY(op);
        exportTo(
            *m_a, file("1.bundle"),
            [](QDialog& d) {
                screenshot(&d, QStringLiteral("passphrase"));
                test::passphrase(kPassA)(d);
            },
            "export-progress");
        merge(*m_b, file("1.bundle"), kPassB, {{QStringLiteral("Operations"), 13, 0, 0}}, 0,
              "merge-summary");
        QCOMPARE(text(b, *op, "objectives"), QStringLiteral("Find the workshop"));
        // The other views heard of the merge.
        QCOMPARE(m_b->findChild<QLabel*>(QStringLiteral("operationCount"))->text(),
                 QStringLiteral("13 operations"));
        QVERIFY(m_b->operationsView()->model()->rowOf(*op) >= 0);
        QVERIFY(view->partnerModel()->index(0, PartnerModel::LastMerge).data().toString() !=
                QStringLiteral("never"));

        // Both offices change the objectives before hearing from the other.
        QVERIFY(editRecord(
            *m_a->document(), QStringLiteral("operation"), *op,
            {{QStringLiteral("objectives"), QStringLiteral("Find the workshop at dawn")}},
            QStringLiteral("Edit objectives")));
        QVERIFY(editRecord(*m_b->document(), QStringLiteral("operation"), *op,
                           {{QStringLiteral("objectives"), QStringLiteral("Find the farm")}},
                           QStringLiteral("Edit objectives")));
        QCOMPARE(m_b->document()->undoStack()->count(), 1);
        // Eastbrook's keys are still unlocked: no passphrase this time.
        exportTo(*m_a, file("2.bundle"));
        // Which edit is kept depends on the clocks: the summary counts an update only when
        // Eastbrook's edit was the later one. Either way the other edit is a conflict.
        merge(*m_b, file("2.bundle"), {}, {}, 1);
        // The edit made before the merge can no longer be undone (it would overwrite the merge).
        QCOMPARE(m_b->document()->undoStack()->count(), 0);

        // "Review Conflicts" shows the Exchange view with the conflict and both values.
        auto* stack = m_b->findChild<QStackedWidget*>(QStringLiteral("views"));
        QCOMPARE(stack->currentWidget(), view);
        auto* navigation = m_b->findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->currentItem()->text(), QStringLiteral("Exchange (1)"));
        ConflictModel* conflicts = view->conflictModel();
        QCOMPARE(conflicts->rowCount(), 1);
        const ConflictModel::Item item = *conflicts->itemAt(0);
        QCOMPARE(item.record, QStringLiteral("Operation: Lantern"));
        QCOMPARE(item.field, QStringLiteral("Objectives"));
        const QString kept = text(b, *op, "objectives");
        const QString other = kept == QStringLiteral("Find the farm")
                                  ? QStringLiteral("Find the workshop at dawn")
                                  : QStringLiteral("Find the farm");
        QCOMPARE(item.kept, kept);
        QCOMPARE(item.other, other);
        QCOMPARE(conflicts->index(0, ConflictModel::Kept).data().toString(), kept);
        QCOMPARE(conflicts->index(0, ConflictModel::Other).data().toString(), other);
        QCOMPARE(m_b->findChild<QLabel*>(QStringLiteral("keptValue"))->text(), kept);
        QCOMPARE(m_b->findChild<QLabel*>(QStringLiteral("otherValue"))->text(), other);
        const QString otherOffice = other == QStringLiteral("Find the farm")
                                        ? QStringLiteral("Riverside Shelter Network")
                                        : QStringLiteral("Eastbrook Task Force");
        QVERIFY2(m_b->findChild<QLabel*>(QStringLiteral("otherBy"))
                     ->text()
                     .startsWith(QStringLiteral("written by ") + otherOffice),
                 qPrintable(m_b->findChild<QLabel*>(QStringLiteral("otherBy"))->text()));
        QVERIFY(m_b->findChild<QLabel*>(QStringLiteral("conflictTitle"))
                    ->text()
                    .contains(QStringLiteral("Objectives")));
        screenshot(view, QStringLiteral("view-conflict"));

        // Take the other value: the record changes, the conflict leaves the list.
        QTest::mouseClick(m_b->findChild<QPushButton*>(QStringLiteral("takeOtherButton")),
                          Qt::LeftButton);
        QCOMPARE(text(b, *op, "objectives"), other);
        QTRY_COMPARE(conflicts->rowCount(), 0);
        QCOMPARE(navigation->item(navigation->currentRow())->text(), QStringLiteral("Exchange"));
        QCOMPARE(m_b->document()->undoStack()->count(), 1);
        // Undo: the kept value again, and the conflict back on the list.
        m_b->actions()->undo()->trigger();
        QCOMPARE(text(b, *op, "objectives"), kept);
        QTRY_COMPARE(conflicts->rowCount(), 1);
        QCOMPARE(navigation->currentItem()->text(), QStringLiteral("Exchange (1)"));
        // Redo takes it once more.
        m_b->actions()->redo()->trigger();
        QCOMPARE(text(b, *op, "objectives"), other);
        QTRY_COMPARE(conflicts->rowCount(), 0);

        // The resolution reaches Eastbrook as an ordinary later edit: no new conflict there.
        exportTo(*m_b, file("3.bundle"));
        merge(*m_a, file("3.bundle"), {}, {{QStringLiteral("Operations"), 0, 1, 0}}, 0);
        QCOMPARE(text(a, *op, "objectives"), other);
        QCOMPARE(m_a->exchangeView()->conflictModel()->rowCount(), 0);
        QCOMPARE(test::dumpText(a), test::dumpText(b));
    }

    // Exchange > Partners: revoking a partner (asked first), trusting it again, and replacing its
    // key with a new card after comparing the new fingerprint.
    void untrustAPartnerAndReplaceItsKey()
    {
        Store& a = *m_a->store();
        Store& b = *m_b->store();
        ExchangeView* view = m_b->exchangeView();
        m_b->showView(view);
        QVERIFY(view->isVisible());
        auto* table = view->findChild<QTableView*>(QStringLiteral("partnersTable"));
        QAction* untrust = view->untrustAction();
        table->setCurrentIndex(QModelIndex());
        QVERIFY(!untrust->isEnabled()); // nothing selected
        table->setCurrentIndex(view->partnerModel()->index(0, 0));
        QVERIFY(untrust->isEnabled());
        QVERIFY(view->findChild<QToolButton*>(QStringLiteral("actionUntrustPartnerButton")));

        // Asked first; No keeps the partner.
        Dialogs::setNextAnswer(false);
        untrust->trigger();
        QList<Dialogs::Message> asked = Dialogs::takeMessages();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].text, QStringLiteral("Stop trusting Eastbrook Task Force?"));
        QCOMPARE(view->partnerModel()->rowCount(), 1);
        // Yes revokes it: the list is empty and its bundles are refused. Delete works where the
        // table has the keyboard focus, in the active window.
        m_b->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_b.get()));
        table->setFocus();
        table->setCurrentIndex(view->partnerModel()->index(0, 0));
        Dialogs::setNextAnswer(true);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(Dialogs::takeMessages().size(), 1);
        QCOMPARE(view->partnerModel()->rowCount(), 0);
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("partnersEmpty"))->isVisible());
        QVERIFY(partners(b)->empty());
        QVERIFY(!mergeBundle(b, *unlockOfficeKeys(b, kPassB), file("1.bundle")));

        // Trusted again from the same card.
        trust(*m_b, file("eastbrook.card"), QStringLiteral("Eastbrook Task Force"));
        QCOMPARE(view->partnerModel()->rowCount(), 1);

        // Eastbrook's new key: the dialog says it replaces the old one, and shows both.
        KeyCard renewed = *ownCard(a);
        const QString oldFingerprint = renewed.fingerprint();
        renewed.keys = OfficeKeys::generate().publicKeys();
        QFile newCard(file("eastbrook-new.card"));
        QVERIFY(newCard.open(QIODevice::WriteOnly));
        newCard.write(renewed.toText().toUtf8());
        newCard.close();
        Dialogs::setNextFileName(newCard.fileName());
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            auto* warning = test::child<QLabel>(d, "replacedKeyWarning");
            QVERIFY(warning);
            QVERIFY(warning->text().contains(oldFingerprint.toHtmlEscaped()));
            QCOMPARE(test::child<QAbstractButton>(d, "trustButton")->text(), QStringLiteral("&Replace the Key"));
            QVERIFY(!test::child<QAbstractButton>(d, "trustButton")->isEnabled());
            test::child<QCheckBox>(d, "comparedCheck")->setChecked(true);
            screenshot(&d, QStringLiteral("replace-key"));
            QVERIFY(test::click(d, "trustButton"));
        });
        m_b->actions()->trustPartner()->trigger();
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QCOMPARE(Dialogs::takeMessages().size(), 0);
        QCOMPARE(view->partnerModel()->index(0, PartnerModel::Fingerprint).data().toString(), renewed.fingerprint());
        screenshot(view, QStringLiteral("view-partners"));
        // A bundle signed with the old key is refused from now on.
        Result<MergeSummary> old = mergeBundle(b, *unlockOfficeKeys(b, kPassB), file("1.bundle"));
        QVERIFY(!old);
        QVERIFY(old.error().message.contains(oldFingerprint));
    }
};

TANDEM_GUI_TEST_MAIN(ExchangeTest)
#include "exchange_test.moc"
