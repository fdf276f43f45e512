// Bad input at the controls of the plan: a 10 MB paste, typing past a limit, a headcount of -3,
// dates in the wrong order, a target without an address. Each is refused or limited at the
// control, with a message next to it; nothing is cut short silently and the store is unchanged.

#include "guitest.h"
#include "mainwindow.h"
#include "store/store.h"
#include "records/childrecordspage.h"
#include "operations/operationeditor.h"
#include "operations/operationfilterbar.h"
#include "operations/operationsview.h"
#include "widgets/limitedlineedit.h"
#include "widgets/limitedtextedit.h"
#include "widgets/timefield.h"

#include "testsupport.h"

#include <QClipboard>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>

using namespace tandem;

class FormInputTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_op;
    QUuid m_target;
    QUuid m_assignment;

    template <typename T>
    T* find(const char* name)
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    Store& store() { return *m_window->store(); }
    QVariant stored(const char* entity, const QUuid& id, const char* field)
    {
        Result<Row> row = store().get(QString::fromLatin1(entity), id);
        return row ? row->value(QString::fromLatin1(field)) : QVariant();
    }
    OperationEditor* editor() { return m_window->operationsView()->editor(); }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        Dialogs::setTestMode(true);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createFile(m_dir.filePath(QStringLiteral("input-%1.tandem").arg(QUuid::createUuid().toString(QUuid::Id128))),
                                     QStringLiteral("Eastbrook Task Force"), test::kOfficePassphrase));
        Result<QUuid> agency = store().insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Eastfold Police Service")},
                                                                        {QStringLiteral("kind"), QStringLiteral("police")}});
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")},
                                                                       {QStringLiteral("starts_at"), QStringLiteral("2026-06-02T04:00:00Z")},
                                                                       {QStringLiteral("ends_at"), QStringLiteral("2026-06-02T10:00:00Z")}});
        QVERIFY(agency && op);
        m_op = *op;
        Result<QUuid> target = store().insert(QStringLiteral("target"), {{QStringLiteral("operation"), m_op},
                                                                        {QStringLiteral("label"), QStringLiteral("Target A")},
                                                                        {QStringLiteral("address"), QStringLiteral("12 Mill Lane")}});
        Result<QUuid> assignment = store().insert(QStringLiteral("assignment"), {{QStringLiteral("operation"), m_op},
                                                                                {QStringLiteral("agency"), *agency},
                                                                                {QStringLiteral("role"), QStringLiteral("entry")},
                                                                                {QStringLiteral("headcount"), 4}});
        QVERIFY(target && assignment);
        m_target = *target;
        m_assignment = *assignment;
        m_window->operationsView()->openOperation(m_op);
        QVERIFY(m_window->operationsView()->isEditing());
    }

    void cleanup()
    {
        m_window.reset();
        const QList<Dialogs::Message> unread = Dialogs::takeMessages();
        for (const Dialogs::Message& m : unread)
            qWarning() << "message not checked by the test:" << m.text << m.details;
    }

    void aHugePasteIsRefusedWholeAndSaysWhy()
    {
        const QString tenMegabytes(10 * 1024 * 1024, QLatin1Char('x'));
        QApplication::clipboard()->setText(tenMegabytes);

        // One line: at most the field's length (120 for a code name).
        auto* codeName = find<LimitedLineEdit>("operation_code_name");
        QCOMPARE(codeName->maxLength(), 120);
        codeName->setFocus(Qt::OtherFocusReason);
        codeName->selectAll();
        QTest::keySequence(codeName, QKeySequence::Paste);
        QCOMPARE(codeName->text(), QStringLiteral("Operation Lantern"));
        // Said right under the field (issue 14), not at the foot of the page.
        auto* overviewMessage = find<QLabel>("operation_code_nameMessage");
        QVERIFY(overviewMessage->isVisible());
        QCOMPARE(overviewMessage->text(),
                 QStringLiteral("Code name takes at most 120 characters; the text would have had 10,485,760, so it was not taken."));
        QTest::keyClick(codeName, Qt::Key_Tab);
        QCOMPARE(stored("operation", m_op, "code_name").toString(), QStringLiteral("Operation Lantern"));

        // Typing at the limit is refused too, not silently dropped.
        codeName->setText(QString(120, QLatin1Char('k')));
        codeName->setFocus(Qt::OtherFocusReason);
        codeName->setCursorPosition(120);
        QTest::keyClick(codeName, Qt::Key_M);
        QCOMPARE(codeName->text().size(), 120);
        QVERIFY(overviewMessage->text().contains(QStringLiteral("would have had 121")));

        // Long text: at most 100,000 characters; the paste is refused before it is inserted.
        editor()->tabs()->setCurrentIndex(1);
        auto* objectives = find<LimitedTextEdit>("operation_objectives");
        objectives->setFocus(Qt::OtherFocusReason);
        QTest::keySequence(objectives, QKeySequence::Paste);
        QVERIFY(objectives->toPlainText().isEmpty());
        auto* objectivesMessage = find<QLabel>("operation_objectivesMessage");
        QVERIFY(objectivesMessage->isVisible());
        QCOMPARE(objectivesMessage->text(),
                 QStringLiteral("Objectives takes at most 100,000 characters; the text would have had 10,485,760, so it was not taken."));
        // A paste that fits goes in, and is written when the field is left.
        QApplication::clipboard()->setText(QStringLiteral("Search both premises; safeguard everyone found."));
        QTest::keySequence(objectives, QKeySequence::Paste);
        QTest::keyClick(objectives, Qt::Key_Tab);
        QCOMPARE(stored("operation", m_op, "objectives").toString(), QStringLiteral("Search both premises; safeguard everyone found."));
        QVERIFY(!objectivesMessage->isVisible());
    }

    void aHeadcountOfMinusThreeIsRefusedAtTheKeystroke()
    {
        editor()->tabs()->setCurrentWidget(editor()->assignments());
        editor()->assignments()->select(m_assignment);
        auto* headcount = find<QSpinBox>("assignment_headcount");
        QCOMPARE(headcount->value(), 4);
        headcount->setFocus(Qt::OtherFocusReason);
        headcount->selectAll();
        QTest::keyClicks(headcount, QStringLiteral("-3"));
        auto* message = find<QLabel>("assignment_headcountMessage");
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Headcount is a whole number from 0 to 10,000; “-” was not taken."));
        QTest::keyClick(headcount, Qt::Key_Tab);
        QVERIFY(stored("assignment", m_assignment, "headcount").toLongLong() >= 0);

        headcount->setFocus(Qt::OtherFocusReason);
        headcount->selectAll();
        QTest::keyClicks(headcount, QStringLiteral("20000"));
        QTRY_VERIFY(message->text().contains(QStringLiteral("“20000” was not taken")));
        QTest::keyClick(headcount, Qt::Key_Tab);
        QCOMPARE(stored("assignment", m_assignment, "headcount").toLongLong(), 2000);
        QVERIFY(!message->isVisible()); // a good value clears what was said
    }

    void datesInTheWrongOrderAreRefusedByTheStoreAndSaidInline()
    {
        auto* ends = find<TimeField>("operation_ends_at");
        auto* edit = ends->findChild<QDateTimeEdit*>(QStringLiteral("timeEdit"));
        edit->setFocus(Qt::OtherFocusReason);
        edit->setDateTime(QDateTime(QDate(2026, 6, 1), QTime(22, 0)));
        QTest::keyClick(edit, Qt::Key_Return);
        auto* message = find<QLabel>("operation_ends_atMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("the operation ends before it starts")), qPrintable(message->text()));
        QCOMPARE(stored("operation", m_op, "ends_at").toDateTime(), QDateTime(QDate(2026, 6, 2), QTime(10, 0), Qt::UTC));
        // Corrected, it is written and the message goes.
        edit->setDateTime(QDateTime(QDate(2026, 6, 2), QTime(12, 0), Qt::UTC).toLocalTime());
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!message->isVisible());
        QCOMPARE(stored("operation", m_op, "ends_at").toDateTime(), QDateTime(QDate(2026, 6, 2), QTime(12, 0), Qt::UTC));

        // More minors than survivors in all.
        editor()->tabs()->setCurrentIndex(4);
        auto* survivors = find<QSpinBox>("operation_expected_survivors");
        auto* minors = find<QSpinBox>("operation_expected_minors");
        survivors->setFocus(Qt::OtherFocusReason);
        survivors->selectAll();
        QTest::keyClicks(survivors, QStringLiteral("3"));
        QTest::keyClick(survivors, Qt::Key_Tab);
        minors->setFocus(Qt::OtherFocusReason);
        minors->selectAll();
        QTest::keyClicks(minors, QStringLiteral("5"));
        QTest::keyClick(minors, Qt::Key_Tab);
        auto* packetMessage = find<QLabel>("operation_expected_minorsMessage");
        QVERIFY(packetMessage->isVisible());
        QVERIFY(packetMessage->text().contains(QStringLiteral("more minors are expected than survivors in all")));
        QCOMPARE(stored("operation", m_op, "expected_survivors").toLongLong(), 3);
        QVERIFY(stored("operation", m_op, "expected_minors").isNull());

        // The list's date filter: a range that ends before it starts is not applied.
        m_window->operationsView()->closeEditor();
        OperationFilterBar* bar = m_window->operationsView()->filterBar();
        bar->fromEdit()->setDate(QDate(2026, 7, 1));
        const OperationFilter kept = bar->filter();
        bar->toEdit()->setDate(QDate(2026, 6, 1));
        QVERIFY(bar->message()->isVisible());
        QVERIFY(bar->message()->text().contains(QStringLiteral("ends before it starts")));
        QCOMPARE(bar->filter(), kept);
        bar->toEdit()->setDate(QDate(2026, 7, 31));
        QVERIFY(!bar->message()->isVisible());
    }

    void aTargetKeepsItsAddress()
    {
        editor()->tabs()->setCurrentWidget(editor()->targets());
        editor()->targets()->select(m_target);
        auto* address = find<LimitedLineEdit>("target_address");
        QCOMPARE(address->text(), QStringLiteral("12 Mill Lane"));
        address->setFocus(Qt::OtherFocusReason);
        address->selectAll();
        QTest::keyClick(address, Qt::Key_Delete);
        QTest::keyClick(address, Qt::Key_Tab);
        auto* message = find<QLabel>("target_addressMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Address is required; it was put back as it was."));
        QCOMPARE(address->text(), QStringLiteral("12 Mill Lane"));
        QCOMPARE(stored("target", m_target, "address").toString(), QStringLiteral("12 Mill Lane"));
        // Coordinates out of range: the store refuses, the form says what it expected, under the
        // field and in the person's words, not the store's ("target field \"latitude\": expected").
        auto* latitude = find<LimitedLineEdit>("target_latitude");
        latitude->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(latitude, QStringLiteral("123.5"));
        QTest::keyClick(latitude, Qt::Key_Tab);
        auto* latitudeMessage = find<QLabel>("target_latitudeMessage");
        QVERIFY(latitudeMessage->isVisible());
        QCOMPARE(latitudeMessage->text(), QStringLiteral("Latitude is a number from -90 to 90; “123.5” was not taken."));
        QCOMPARE(latitude->accessibleDescription(), latitudeMessage->text()); // read out with the field
        QVERIFY(stored("target", m_target, "latitude").isNull());
        // Corrected, it is written and the message goes.
        latitude->setFocus(Qt::OtherFocusReason);
        latitude->selectAll();
        QTest::keyClicks(latitude, QStringLiteral("51.5"));
        QTest::keyClick(latitude, Qt::Key_Tab);
        QVERIFY(!latitudeMessage->isVisible());
        QCOMPARE(stored("target", m_target, "latitude").toDouble(), 51.5);
    }
};

TANDEM_GUI_TEST_MAIN(FormInputTest)
#include "forminput_test.moc"
