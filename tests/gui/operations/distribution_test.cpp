// Need to know in the window (issue 18, Distribution): the plan's Sharing control offers this
// office, the partners, the whole network and each sharing group as one choice; choosing a group
// writes the level and the group together, one undo step puts both back; a group made while the
// plan is open appears at once. Edit > Preferences shows where new records of each kind go and
// a new plan starts there.

#include "guitest.h"
#include "mainwindow.h"
#include "screenshots.h"

#include "dialogs/preferencesdialog.h"
#include "document.h"
#include "domain/groups.h"
#include "domain/sharingdefaults.h"
#include "operations/operationeditor.h"
#include "operations/operationsview.h"
#include "store/store.h"

#include "testsupport.h"

#include <QComboBox>
#include <QSettings>
#include <QUndoStack>

using namespace tandem;

class DistributionTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_op;

    Store& store() { return *m_window->store(); }
    QComboBox* sharing() { return m_window->findChild<QComboBox*>(QStringLiteral("operation_sharing")); }
    int itemWithText(QComboBox* combo, const QString& text)
    {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i) == text)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createFile(m_dir.filePath(QStringLiteral("share-%1.tandem").arg(QUuid::createUuid().toString(QUuid::Id128))),
                                     QStringLiteral("Eastbrook Task Force"), test::kOfficePassphrase));
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Lantern")}});
        QVERIFY(op);
        m_op = *op;
        m_window->showView(m_window->operationsView());
        QVERIFY(m_window->operationsView()->selectOperation(m_op));
        m_window->operationsView()->openOperation(m_op);
        QVERIFY(m_window->operationsView()->isEditing());
    }

    void cleanup() { m_window.reset(); }

    void choosingAGroupWritesBothAndUndoPutsThemBack()
    {
        QComboBox* combo = sharing();
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("partners"));
        QCOMPARE(itemWithText(combo, QStringLiteral("Group: Harbour shelters")), -1);

        // A group made while the plan is open is offered at once.
        Result<QUuid> group = groups::add(store(), QStringLiteral("Harbour shelters"), {});
        QVERIFY(group);
        const int item = itemWithText(combo, QStringLiteral("Group: Harbour shelters"));
        QVERIFY(item >= 0);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("partners"));

        combo->setCurrentIndex(item);
        Q_EMIT combo->activated(item);
        Result<Row> row = store().get(QStringLiteral("operation"), m_op);
        QVERIFY(row);
        QCOMPARE(row->text(QStringLiteral("sharing")), QStringLiteral("group"));
        QCOMPARE(row->value(QStringLiteral("sharing_group")).toUuid(), *group);
        test::screenshot(m_window.get(), QStringLiteral("plan-shared-with-group"), QStringLiteral("distribution"));

        m_window->document()->undoStack()->undo();
        row = store().get(QStringLiteral("operation"), m_op);
        QCOMPARE(row->text(QStringLiteral("sharing")), QStringLiteral("partners"));
        QVERIFY(row->isNull(QStringLiteral("sharing_group")));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("partners"));

        // Back to the network: the group is let go of.
        const int network = combo->findData(QStringLiteral("network"));
        combo->setCurrentIndex(network);
        Q_EMIT combo->activated(network);
        row = store().get(QStringLiteral("operation"), m_op);
        QCOMPARE(row->text(QStringLiteral("sharing")), QStringLiteral("network"));
    }

    void preferencesShowTheDefaultsAndANewPlanStartsThere()
    {
        const EntityDef& operation = *Registry::instance().entity(QStringLiteral("operation"));
        QVERIFY(sharingdefaults::setLevel(store(), operation, QStringLiteral("office")));

        PreferencesDialog dialog(10, QString());
        QList<QPair<QString, QString>> levels;
        for (const EntityDef* e : sharingdefaults::entities())
            levels.append({e->name, *sharingdefaults::level(store(), *e)});
        dialog.setSharingDefaults(levels, true, QString());
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("sharingDefault_operation"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("office"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("network")));
        QCOMPARE(dialog.sharingDefaults().value(QStringLiteral("operation")), QStringLiteral("network"));
        dialog.showSharing();
        dialog.show();
        test::screenshot(&dialog, QStringLiteral("preferences"), QStringLiteral("distribution"));

        // A new record made through the store without a level gets the office's default.
        Result<QUuid> made = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Quiet")}});
        QVERIFY(made);
        QCOMPARE(store().get(QStringLiteral("operation"), *made)->text(QStringLiteral("sharing")), QStringLiteral("office"));
        // Only office, partners or network: a group is chosen on each record.
        QVERIFY(!sharingdefaults::setLevel(store(), operation, QStringLiteral("group")));
    }
};

TANDEM_GUI_TEST_MAIN(DistributionTest)
#include "distribution_test.moc"
