// The agencies and services directories as a user keeps them: find an entry by typing, add one,
// edit it, delete it after saying yes; every change undoable.

#include "actions.h"
#include "guitest.h"
#include "mainwindow.h"
#include "directory/recordlistmodel.h"
#include "store/store.h"
#include "directory/directoryview.h"
#include "widgets/limitedlineedit.h"

#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>

using namespace tandem;

class DirectoriesTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T* find(const char* name)
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    Store& store() { return *m_window->store(); }
    // Picks the view in the navigation list by its entry's text, as a person would.
    DirectoryView* show(const char* name)
    {
        auto* view = find<DirectoryView>(name);
        if (!view)
            return nullptr;
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        const QList<QListWidgetItem*> items = navigation->findItems(view->navigationText(), Qt::MatchExactly);
        if (items.size() != 1)
            return nullptr;
        navigation->setCurrentItem(items.first());
        if (view && m_window->findChild<QStackedWidget*>(QStringLiteral("views"))->currentWidget() != view)
            return nullptr;
        return view;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        Dialogs::setTestMode(true);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createFile(m_dir.filePath(QStringLiteral("dir-%1.tandem").arg(QUuid::createUuid().toString(QUuid::Id128))),
                                     QStringLiteral("Eastbrook Task Force"), test::kOfficePassphrase));
        for (const auto& [name, kind] : {std::pair{"Eastfold Police Service", "police"}, std::pair{"Harbourside Refuge", "shelter"},
                                         std::pair{"Marrow Quay Prosecution Unit", "prosecutor"}}) {
            QVERIFY(store().insert(QStringLiteral("agency"), {{QStringLiteral("name"), QString::fromUtf8(name)},
                                                              {QStringLiteral("kind"), QString::fromLatin1(kind)}}));
        }
    }

    void cleanup()
    {
        m_window.reset();
        const QList<Dialogs::Message> unread = Dialogs::takeMessages();
        for (const Dialogs::Message& m : unread)
            qWarning() << "message not checked by the test:" << m.text << m.details;
    }

    void agenciesFindAddEditDelete()
    {
        DirectoryView* view = show("agenciesView");
        QVERIFY(view);
        RecordListModel* model = view->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(find<QLabel>("agenciesCount")->text(), QStringLiteral("3 in the directory"));

        // Search as you type, without accents or capitals.
        QTest::keySequence(view, QKeySequence::Find);
        auto* search = find<LimitedLineEdit>("agenciesSearch");
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("harb"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(find<QLabel>("agenciesCount")->text(), QStringLiteral("1 of 3"));
        QCOMPARE(view->current(), model->idAt(0));
        QCOMPARE(find<QLineEdit>("agency_name")->text(), QStringLiteral("Harbourside Refuge"));

        // Edit the contact: written when the field is left, undoable.
        auto* contact = find<QLineEdit>("agency_contact_person");
        contact->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(contact, QStringLiteral("Mira Quell"));
        QTest::keyClick(contact, Qt::Key_Tab);
        Result<Row> harbourside = store().get(QStringLiteral("agency"), view->current());
        QCOMPARE(harbourside->text(QStringLiteral("contact_person")), QStringLiteral("Mira Quell"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("quell")); // the contact is searched too
        QCOMPARE(model->rowCount(), 1);

        // A new agency: refused without a name, with the reason under each field; then made.
        click(find<QPushButton>("agenciesNew"));
        QVERIFY(!find<QPushButton>("agenciesNew")->isEnabled());
        click(find<QPushButton>("agenciesCreate"));
        auto* message = find<QLabel>("agency_nameMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Name is required."));
        QCOMPARE(find<QLabel>("agency_kindMessage")->text(), QStringLiteral("Kind is required."));
        QVERIFY(!find<QLabel>("agenciesFormMessage")->isVisible()); // nothing about the entry as a whole
        // Filled, the field's message goes at once.
        auto* name = find<QLineEdit>("agency_name");
        name->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(name, QStringLiteral("Copperlea Language Volunteers"));
        QTest::keyClick(name, Qt::Key_Tab);
        QVERIFY(!message->isVisible());
        QVERIFY(find<QLabel>("agency_kindMessage")->isVisible());
        auto* kind = find<QComboBox>("agency_kind");
        kind->setCurrentIndex(kind->findText(QStringLiteral("Community organisation")));
        find<QLineEdit>("agency_phone")->setText(QStringLiteral("+44 1632 960123"));
        QTest::keyClick(find<QLineEdit>("agency_phone"), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!message->isVisible());
        QVERIFY(!find<QLabel>("agency_kindMessage")->isVisible());
        QCOMPARE(search->text(), QString()); // the new entry is shown, whatever the search was
        QCOMPARE(model->totalCount(), qint64(4));
        const QUuid made = view->current();
        Result<Row> row = store().get(QStringLiteral("agency"), made);
        QVERIFY(row.ok());
        QCOMPARE(row->text(QStringLiteral("name")), QStringLiteral("Copperlea Language Volunteers"));
        QCOMPARE(row->text(QStringLiteral("kind")), QStringLiteral("community_organisation"));
        QCOMPARE(row->text(QStringLiteral("phone")), QStringLiteral("+44 1632 960123"));

        // Delete: asks, says which operations use it, and Undo brings it back.
        Result<QUuid> op = store().insert(QStringLiteral("operation"), {{QStringLiteral("code_name"), QStringLiteral("Operation Kite")},
                                                                       {QStringLiteral("lead_agency"), made}});
        QVERIFY(op);
        auto* table = find<QTableView>("agenciesTable");
        table->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(table, Qt::Key_Delete);
        QList<Dialogs::Message> asked = Dialogs::takeMessages();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].text, QStringLiteral("Delete “Copperlea Language Volunteers” from the directory?"));
        QVERIFY2(asked[0].details.startsWith(QStringLiteral("It takes part in 1 operation, which")), qPrintable(asked[0].details));
        QVERIFY(!store().get(QStringLiteral("agency"), made)->deleted);
        Dialogs::setNextAnswer(true);
        click(find<QPushButton>("agenciesDelete"));
        QCOMPARE(Dialogs::takeMessages().size(), 1);
        QVERIFY(store().get(QStringLiteral("agency"), made)->deleted);
        QCOMPARE(model->totalCount(), qint64(3));
        m_window->actions()->undo()->trigger();
        QVERIFY(!store().get(QStringLiteral("agency"), made)->deleted);
        QCOMPARE(model->totalCount(), qint64(4));
    }

    void servicesWithCapacityLanguagesAndMinors()
    {
        DirectoryView* view = show("servicesView");
        QVERIFY(view);
        QCOMPARE(find<QLabel>("servicesCount")->text(), QStringLiteral("None yet"));
        find<QTableView>("servicesTable")->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(find<QTableView>("servicesTable"), Qt::Key_Insert);
        QVERIFY(find<QPushButton>("servicesCreate")->isVisible());
        find<QLineEdit>("service_name")->setText(QStringLiteral("Gullhaven Family Shelter"));
        auto* kind = find<QComboBox>("service_kind");
        kind->setCurrentIndex(kind->findText(QStringLiteral("Shelter")));
        auto* capacity = find<QSpinBox>("service_capacity");
        capacity->setValue(12);
        find<QLineEdit>("service_languages")->setText(QStringLiteral("Portuguese, Arabic"));
        find<QCheckBox>("service_accepts_minors")->setChecked(true);
        click(find<QPushButton>("servicesCreate"));
        const QUuid made = view->current();
        QVERIFY(!made.isNull());
        Result<Row> row = store().get(QStringLiteral("service"), made);
        QCOMPARE(row->value(QStringLiteral("capacity")).toLongLong(), 12);
        QCOMPARE(row->value(QStringLiteral("languages")).toStringList(),
                 (QStringList{QStringLiteral("Portuguese"), QStringLiteral("Arabic")}));
        QCOMPARE(row->value(QStringLiteral("accepts_minors")).toBool(), true);
        QCOMPARE(view->model()->index(0, 4).data().toString(), QStringLiteral("Yes"));

        // A tick is an edit of its own.
        auto* minors = find<QCheckBox>("service_accepts_minors");
        QTest::mouseClick(minors, Qt::LeftButton, {}, QPoint(4, minors->height() / 2));
        QCOMPARE(store().get(QStringLiteral("service"), made)->value(QStringLiteral("accepts_minors")).toBool(), false);
        m_window->actions()->undo()->trigger();
        QCOMPARE(store().get(QStringLiteral("service"), made)->value(QStringLiteral("accepts_minors")).toBool(), true);
        QVERIFY(minors->isChecked());
    }

private:
    static void click(QWidget* w)
    {
        QVERIFY2(w && w->isVisible() && w->isEnabled(), w ? qPrintable(w->objectName()) : "missing");
        QTest::mouseClick(w, Qt::LeftButton);
    }
};

TANDEM_GUI_TEST_MAIN(DirectoriesTest)
#include "directories_test.moc"
