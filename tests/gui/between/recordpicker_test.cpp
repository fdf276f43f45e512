// The record picker that links tips and operations (issue 9): what it offers and in which order,
// search as you type through the database (operations by the search index; tips by place, channel
// and description), pages read as the list scrolls, and the dialog with the keyboard and the mouse.

#include "records/recordpicker.h"
#include "document.h"
#include "guitest.h"
#include "records/pickermodel.h"
#include "records/pickersources.h"
#include "store/store.h"
#include "timetext.h"
#include "tips/tiplinking.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>

using namespace tandem;

namespace {

constexpr int kOpenOperations = 250;
constexpr int kOpenTips = 150;
const QDateTime kBase = QDateTime(QDate(2024, 5, 20), QTime(9, 0), Qt::UTC);

void fetchAll(PickerModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

RecordPicker::Texts texts()
{
    RecordPicker::Texts t;
    t.title = QStringLiteral("Pick");
    t.label = QStringLiteral("Which one:");
    t.placeholder = QStringLiteral("Search…");
    t.searchName = QStringLiteral("Search open operations");
    t.listName = QStringLiteral("Open operations, latest first");
    t.choose = QStringLiteral("&Link");
    return t;
}

} // namespace

class RecordPickerTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    QList<QUuid> m_lanterns; // open operations, the latest start first
    QList<QUuid> m_undated;  // open operations without a start

    Store& store() { return m_document->store(); }

    std::unique_ptr<Document> newDocument(const QString& name)
    {
        Result<std::unique_ptr<Store>> made = Store::create(m_dir.filePath(name), QStringLiteral("Westmere Task Force"));
        if (!made) {
            qWarning("%s", qPrintable(made.error().text()));
            return {};
        }
        return std::make_unique<Document>(std::move(*made));
    }

    QUuid insert(const char* entity, const QVariantMap& values)
    {
        Result<QUuid> id = store().insert(QString::fromLatin1(entity), values);
        if (!id)
            qWarning("%s", qPrintable(id.error().text()));
        return id ? *id : QUuid();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_document = newDocument(QStringLiteral("picker.tandem"));
        QVERIFY(m_document);
        Result<Transaction> tx = store().begin();
        QVERIFY(tx);
        static const char* const statuses[] = {"draft", "planned", "approved", "briefed", "in_progress", "completed"};
        for (int i = 0; i < kOpenOperations; ++i) {
            m_lanterns << insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern %1").arg(i)},
                                               {QStringLiteral("status"), QString::fromLatin1(statuses[i % 6])},
                                               {QStringLiteral("starts_at"), kBase.addSecs(-3600LL * i)}});
        }
        for (const char* name : {"Operation Undated North", "Operation Undated South"})
            m_undated << insert("operation", {{QStringLiteral("code_name"), QString::fromLatin1(name)}});
        for (int i = 0; i < 10; ++i) {
            insert("operation", {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern Shut %1").arg(i)},
                                 {QStringLiteral("status"), i % 2 ? QStringLiteral("closed") : QStringLiteral("cancelled")},
                                 {QStringLiteral("starts_at"), kBase.addDays(10)}});
        }
        static const char* const channels[] = {"hotline", "walk_in", "online", "partner_referral"};
        for (int i = 0; i < kOpenTips; ++i) {
            insert("tip", {{QStringLiteral("received_at"), kBase.addSecs(-600LL * i)},
                           {QStringLiteral("channel"), QString::fromLatin1(channels[i % 4])},
                           {QStringLiteral("place"), QStringLiteral("Dock %1").arg(i)},
                           {QStringLiteral("description"), i % 10 == 0 ? QStringLiteral("Minibus at night") : QString()},
                           {QStringLiteral("status"), i % 3 ? QStringLiteral("new") : QStringLiteral("assessed")}});
        }
        for (int i = 0; i < 20; ++i) {
            insert("tip", {{QStringLiteral("received_at"), kBase.addDays(1)},
                           {QStringLiteral("channel"), QStringLiteral("online")},
                           {QStringLiteral("place"), QStringLiteral("Dock 7")},
                           {QStringLiteral("description"), QStringLiteral("Minibus")},
                           {QStringLiteral("status"), i % 2 ? QStringLiteral("closed") : QStringLiteral("linked")}});
        }
        QVERIFY(tx->commit());
    }

    void cleanupTestCase() { m_document.reset(); }

    void openOperationsLatestFirstByPages()
    {
        OpenOperationSource source(store());
        QCOMPARE(source.countAll().value(), qint64(kOpenOperations + 2));
        PickerModel model(source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setSearch(QString()));
        QCOMPARE(model.matchCount(), qint64(kOpenOperations + 2));
        QCOMPARE(model.rowCount(), PickerModel::kPageSize);
        QCOMPARE(model.index(0).data().toString(),
                 QStringLiteral("Operation Lantern 0 — Draft, %1").arg(localTimeText(kBase)));
        QCOMPARE(model.index(1).data().toString(),
                 QStringLiteral("Operation Lantern 1 — Planned, %1").arg(localTimeText(kBase.addSecs(-3600))));
        fetchAll(model);
        QCOMPARE(model.rowCount(), kOpenOperations + 2);
        // Every open operation once, in order of start, those without one last; none closed or cancelled.
        for (int i = 0; i < kOpenOperations; ++i)
            QCOMPARE(model.idAt(i), m_lanterns[i]);
        QCOMPARE((QSet<QUuid>{model.idAt(kOpenOperations), model.idAt(kOpenOperations + 1)}),
                 (QSet<QUuid>{m_undated[0], m_undated[1]}));
        QCOMPARE(model.index(kOpenOperations).data().toString().section(QStringLiteral(" — "), 1),
                 QStringLiteral("Draft")); // no start, no comma

        // Every word begins a word of the operation: Lantern 24 and 240 to 249.
        QVERIFY(model.setSearch(QStringLiteral("lantern 24")));
        QCOMPARE(model.matchCount(), qint64(11));
        QCOMPARE(model.rowCount(), 11);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.idAt(0), m_lanterns[24]);
        QCOMPARE(model.idAt(1), m_lanterns[240]);
        // A closed or cancelled one is never offered, even when its name is typed.
        QVERIFY(model.setSearch(QStringLiteral("shut")));
        QCOMPARE(model.matchCount(), qint64(0));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(source.countText(0, kOpenOperations + 2, true), QStringLiteral("None of the 252 open operations match"));
        QCOMPARE(source.countText(11, kOpenOperations + 2, true), QStringLiteral("11 of 252 open operations"));
        QCOMPARE(source.countText(252, kOpenOperations + 2, false), QStringLiteral("252 open operations"));
    }

    void openTipsByPlaceChannelAndDescription()
    {
        OpenTipSource source(store());
        QCOMPARE(source.countAll().value(), qint64(kOpenTips));
        PickerModel model(source);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setSearch(QString()));
        QCOMPARE(model.rowCount(), PickerModel::kPageSize);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("%1 — Hotline, Dock 0").arg(localTimeText(kBase)));
        fetchAll(model);
        QCOMPARE(model.rowCount(), kOpenTips);
        QCOMPARE(model.index(kOpenTips - 1).data().toString(),
                 QStringLiteral("%1 — Walk-in, Dock 149").arg(localTimeText(kBase.addSecs(-600LL * 149))));

        struct Case {
            const char* text;
            qint64 matches;
        };
        // Description (every tenth), channel label (every fourth is online), both, and a place
        // whatever the capitals; the closed and linked tips that match are never offered.
        for (const Case& c : {Case{"minibus", 15}, Case{"onl", 37}, Case{"online MINIBUS", 7}, Case{"DOCK 149", 1},
                              Case{"referral dock 14", 2}, Case{"nowhere", 0}}) {
            QVERIFY(model.setSearch(QString::fromLatin1(c.text)));
            QCOMPARE(model.matchCount(), c.matches);
            fetchAll(model);
            QCOMPARE(qint64(model.rowCount()), c.matches);
        }
        QVERIFY(model.setSearch(QStringLiteral("online minibus")));
        QVERIFY2(model.index(0).data().toString().endsWith(QStringLiteral("— Online, Dock 10")), qPrintable(model.index(0).data().toString()));
    }

    void keyboardOnly()
    {
        auto source = std::make_unique<OpenOperationSource>(store());
        RecordPicker picker(std::move(source), kOpenOperations + 2, texts());
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        auto* search = picker.findChild<QLineEdit*>(QStringLiteral("pickerSearch"));
        auto* list = picker.findChild<QListView*>(QStringLiteral("pickerList"));
        auto* count = picker.findChild<QLabel*>(QStringLiteral("pickerCount"));
        auto* choose = picker.findChild<QPushButton*>(QStringLiteral("pickerChoose"));
        QVERIFY(search && list && count && choose);
        QCOMPARE(search->accessibleName(), QStringLiteral("Search open operations"));
        QCOMPARE(list->accessibleName(), QStringLiteral("Open operations, latest first"));
        QCOMPARE(list->accessibleDescription(), QStringLiteral("252 open operations"));
        QCOMPARE(picker.focusWidget(), search);
        QCOMPARE(list->currentIndex().row(), 0);
        QVERIFY(choose->isEnabled());

        // Page Down from the search field walks the list, reading more as it goes.
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(search, Qt::Key_PageDown);
            QCoreApplication::processEvents();
        }
        QVERIFY2(list->currentIndex().row() > PickerModel::kPageSize, qPrintable(QString::number(list->currentIndex().row())));
        QVERIFY(picker.model()->rowCount() > PickerModel::kPageSize);

        // No match: nothing to take; Enter does nothing.
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QCOMPARE(count->text(), QStringLiteral("None of the 252 open operations match"));
        QVERIFY(!list->currentIndex().isValid());
        QVERIFY(!choose->isEnabled());
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(picker.isVisible());

        // Each keystroke selects the first match again; Down and Up move from it.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("lantern 1"));
        QCOMPARE(count->text(), QStringLiteral("111 of 252 open operations"));
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(search, Qt::Key_Up);
        QCOMPARE(list->currentIndex().row(), 1);
        QCOMPARE(search->text(), QStringLiteral("lantern 1"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!picker.isVisible());
        QCOMPARE(picker.result(), int(QDialog::Accepted));
        QCOMPARE(picker.chosen(), m_lanterns[10]); // Lantern 1, then 10
    }

    void doubleClickChoosesAndEscCancels()
    {
        {
            RecordPicker picker(std::make_unique<OpenTipSource>(store()), kOpenTips, texts());
            picker.show();
            QVERIFY(QTest::qWaitForWindowExposed(&picker));
            auto* list = picker.findChild<QListView*>(QStringLiteral("pickerList"));
            const QModelIndex third = picker.model()->index(2);
            // Through the window, as the platform delivers a double-click: press, release, press
            // and double-click, release.
            QTest::mouseDClick(picker.windowHandle(), Qt::LeftButton, {},
                               list->viewport()->mapTo(&picker, list->visualRect(third).center()));
            QCOMPARE(picker.result(), int(QDialog::Accepted));
            QCOMPARE(picker.chosen(), picker.model()->idAt(2));
            QVERIFY(!picker.chosen().isNull());
        }
        {
            RecordPicker picker(std::make_unique<OpenTipSource>(store()), kOpenTips, texts());
            picker.show();
            QVERIFY(QTest::qWaitForWindowExposed(&picker));
            QTest::keyClicks(picker.findChild<QLineEdit*>(QStringLiteral("pickerSearch")), QStringLiteral("dock"));
            QTest::keyClick(picker.findChild<QLineEdit*>(QStringLiteral("pickerSearch")), Qt::Key_Escape);
            QVERIFY(!picker.isVisible());
            QCOMPARE(picker.result(), int(QDialog::Rejected));
            QVERIFY(picker.chosen().isNull());
        }
    }

    void noneOnOfferIsSaid()
    {
        std::unique_ptr<Document> empty = newDocument(QStringLiteral("empty.tandem"));
        QVERIFY(empty);
        QVERIFY(empty->store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Spent")},
                                                                    {QStringLiteral("status"), QStringLiteral("closed")}}));
        Dialogs::takeMessages();
        QVERIFY(!chooseOperation(nullptr, *empty));
        QVERIFY(!chooseTip(nullptr, *empty));
        const QList<Dialogs::Message> told = Dialogs::takeMessages();
        QCOMPARE(told.size(), 2);
        QCOMPARE(told[0].text, QStringLiteral("There is no open operation to link the tip to."));
        QCOMPARE(told[1].text, QStringLiteral("There is no open tip to link."));
    }
};

TANDEM_GUI_TEST_MAIN(RecordPickerTest)
#include "recordpicker_test.moc"
