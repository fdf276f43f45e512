// A day without a slip (issue 14), reading: in every language no two mnemonics (&-letters) clash
// in the menu bar, a menu, a view (with the menu bar's letters) or a dialog; screen readers hear
// each field by its label; dates follow the style chosen in Preferences; Arabic keeps numeric
// ranges in reading order and one digit system; key columns are as wide as what they show.

#include "actions.h"
#include "datestyle.h"
#include "demowindow.h"
#include "dialoganswers.h"
#include "dialogs/prompts.h"
#include "reports/reportdialog.h"
#include "document.h"
#include "guitest.h"
#include "language.h"
#include "languagescope.h"
#include "operations/operationlistmodel.h"
#include "survivors/survivorlistmodel.h"
#include "store/registry.h"
#include "testsupport.h"
#include "timetext.h"
#include "records/childrecordspage.h"
#include "records/childrecordtexts.h"
#include "directory/directoryview.h"
#include "meetings/meetingsview.h"
#include "operations/operationeditor.h"
#include "operations/operationsview.h"
#include "survivors/survivordetail.h"
#include "survivors/survivorsview.h"
#include "tips/tiplinking.h"
#include "tips/tipsview.h"
#include "views/deferredview.h"
#include "views/view.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>

using namespace tandem;

namespace {

// The Alt+letter of a text with an &-letter ("Alt+F" for "&File"), empty without one.
QString mnemonicOf(const QString& text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText).toUpper();
}

struct Mnemonic {
    QString key;
    QString text;
};

// The &-letters that are live while `root` shows as it does: buttons, boxes, labels with a buddy,
// group boxes and tabs of widgets visible in `window`.
QList<Mnemonic> liveMnemonics(QWidget* root, QWidget* window)
{
    QList<Mnemonic> out;
    const auto add = [&](const QString& text) {
        if (const QString key = mnemonicOf(text); !key.isEmpty())
            out.append({key, text});
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text());
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            add(l->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title());
        else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                if (t->isTabVisible(i))
                    add(t->tabText(i));
            }
        }
    }
    return out;
}

// "Alt+S: “&Survivors packet” and “&Security”", one line per letter taken twice.
QStringList clashes(const QList<Mnemonic>& taken)
{
    QMultiHash<QString, QString> byKey;
    for (const Mnemonic& m : taken)
        byKey.insert(m.key, m.text);
    QStringList out;
    for (const QString& key : byKey.uniqueKeys()) {
        const QStringList texts = byKey.values(key);
        if (texts.size() > 1)
            out << QStringLiteral("%1: “%2”").arg(key, texts.join(QStringLiteral("”, “")));
    }
    return out;
}

QList<View*> viewsOf(MainWindow& window)
{
    QList<View*> out;
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("views"));
    for (int i = 0; i < stack->count(); ++i) {
        if (auto* deferred = qobject_cast<DeferredView*>(stack->widget(i)))
            out << deferred->view();
        else if (auto* v = qobject_cast<View*>(stack->widget(i)))
            out << v;
    }
    return out;
}

bool isArabicIndicDigit(QChar c)
{
    return (c.unicode() >= 0x0660 && c.unicode() <= 0x0669) || (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9);
}

} // namespace

class ReadingTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The forms of new records in `root` (the records of a plan or a meeting), each shown and
    // cancelled in turn.
    void forEachNewRecordForm(QWidget* root, const QString& where, const std::function<void(const QString& where)>& visit)
    {
        for (ChildRecordsPage* page : root->findChildren<ChildRecordsPage*>()) {
            for (QWidget* w = page; w && w != root; w = w->parentWidget()) {
                if (auto* tabs = qobject_cast<QTabWidget*>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr);
                    tabs && tabs->indexOf(w) >= 0)
                    tabs->setCurrentWidget(w);
            }
            page->startNew();
            QApplication::processEvents();
            visit(where + QStringLiteral(" new ") + page->objectName());
            if (auto* cancel = page->findChild<QPushButton*>(page->objectName().chopped(4) + QStringLiteral("Cancel")))
                cancel->click();
        }
    }

    // Every state a person can bring the window to that shows other widgets: each view, each tab
    // of its tab widgets, an operation's plan, the forms of new records.
    void forEachScreen(MainWindow& window, const std::function<void(const QString& where, QWidget* root)>& visit)
    {
        for (View* view : viewsOf(window)) {
            window.showView(view);
            QApplication::processEvents();
            test::forEachTabState(view, [&](const QString& where) { visit(view->title() + QLatin1Char(' ') + where, view); });
            const auto newForm = [&](auto* v, const QString& cancelName) {
                v->startNew();
                QApplication::processEvents();
                visit(view->title() + QStringLiteral(" new"), view);
                if (auto* cancel = view->findChild<QPushButton*>(cancelName))
                    cancel->click();
            };
            if (auto* tips = qobject_cast<TipsView*>(view))
                newForm(tips, QStringLiteral("tipsCancel"));
            if (auto* directory = qobject_cast<DirectoryView*>(view))
                newForm(directory, view->objectName().chopped(4) + QStringLiteral("Cancel"));
            if (auto* meetings = qobject_cast<MeetingsView*>(view)) {
                newForm(meetings, QStringLiteral("meetingsCancel"));
                Result<QSqlQuery> q = window.store()->exec(QStringLiteral("SELECT id FROM meeting WHERE deleted = 0 LIMIT 1"));
                QVERIFY(q && q->next());
                meetings->select(QUuid::fromRfc4122(q->value(0).toByteArray()));
                forEachNewRecordForm(meetings, view->title(), [&](const QString& where) { visit(where, view); });
                meetings->tabs()->setCurrentIndex(0);
            }
            if (auto* operations = qobject_cast<OperationsView*>(view)) {
                Result<QSqlQuery> q = window.store()->exec(QStringLiteral("SELECT id FROM operation WHERE deleted = 0 LIMIT 1"));
                QVERIFY(q && q->next());
                operations->openOperation(QUuid::fromRfc4122(q->value(0).toByteArray()));
                QApplication::processEvents();
                test::forEachTabState(operations->editor(), [&](const QString& where) { visit(QStringLiteral("plan ") + where, view); });
                forEachNewRecordForm(operations->editor(), QStringLiteral("plan"), [&](const QString& where) { visit(where, view); });
                operations->editor()->tabs()->setCurrentIndex(0);
                operations->closeEditor();
            }
        }
    }

    void checkMnemonics(const QString& code)
    {
        test::LanguageScope language(code);
        QVERIFY(code.isEmpty() || language.loaded());
        std::unique_ptr<MainWindow> window = test::openDemoWindow(m_dir, QStringLiteral("reading"));
        QVERIFY(window);
        QStringList problems;

        // The menu bar, and each menu.
        QList<Mnemonic> bar;
        for (QAction* a : window->menuBar()->actions()) {
            if (a->isVisible() && !mnemonicOf(a->text()).isEmpty())
                bar.append({mnemonicOf(a->text()), a->text()});
        }
        for (const QString& c : clashes(bar))
            problems << QStringLiteral("menu bar: ") + c;
        for (QMenu* menu : window->findChildren<QMenu*>()) {
            Q_EMIT menu->aboutToShow(); // menus filled as they open (Open Recent, Language)
            QList<Mnemonic> items;
            for (QAction* a : menu->actions()) {
                if (a->isVisible() && !a->isSeparator() && !mnemonicOf(a->text()).isEmpty())
                    items.append({mnemonicOf(a->text()), a->text()});
            }
            for (const QString& c : clashes(items))
                problems << QStringLiteral("menu “%1”: ").arg(menu->title()) + c;
        }

        // Each screen of the window, with the menu bar's letters: Alt+F opens the File menu.
        forEachScreen(*window, [&](const QString& where, QWidget* root) {
            QList<Mnemonic> taken = bar;
            taken += liveMnemonics(root, window.get());
            for (const QString& c : clashes(taken))
                problems << where + QStringLiteral(": ") + c;
        });

        // Each dialog, on its own.
        for (const test::DialogMaker& maker : test::everyDialog(*window, m_dir.path())) {
            std::unique_ptr<QDialog> d(maker.make());
            d->show();
            for (const QString& c : clashes(liveMnemonics(d.get(), d.get())))
                problems << maker.name + QStringLiteral(": ") + c;
        }
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            for (const QString& c : clashes(liveMnemonics(&d, &d)))
                problems << QStringLiteral("tandem::RecordPicker: ") + c;
        });
        QVERIFY(!chooseOperation(window.get(), *window->document()));

        problems.removeDuplicates();
        for (const QString& p : std::as_const(problems))
            qInfo("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
        window.reset();
        Dialogs::takeMessages();
    }

    // Each field a person types in or chooses from is heard by its own label: a name of its own or
    // a label naming it, never the value it holds nor the title of the box around it.
    static void checkNames(QWidget* root, QWidget* window, const QString& where, QStringList& problems, QSet<QWidget*>& seen)
    {
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (seen.contains(w) || !w->isVisibleTo(window))
                continue;
            const bool input = (qobject_cast<QLineEdit*>(w) && !qobject_cast<QAbstractSpinBox*>(w->parentWidget())
                                && !qobject_cast<QComboBox*>(w->parentWidget()))
                               || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w);
            if (!input || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            seen << w;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
            const QString name = a ? a->text(QAccessible::Name) : QString();
            bool labelled = !w->accessibleName().isEmpty();
            for (QLabel* l : window->findChildren<QLabel*>()) {
                if (l->buddy() == w)
                    labelled = true;
            }
            auto* combo = qobject_cast<QComboBox*>(w);
            const QString what = where + QStringLiteral(": ") + w->objectName() + QStringLiteral(" (")
                                 + QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(") heard as “") + name
                                 + QStringLiteral("”");
            if (name.isEmpty() || !labelled)
                problems << what + QStringLiteral(": no label of its own");
            else if (combo && w->accessibleName().isEmpty() && name == combo->currentText())
                problems << what + QStringLiteral(": its value, not its label");
            else if (auto* group = qobject_cast<QGroupBox*>(w->parentWidget());
                     group && w->accessibleName().isEmpty() && name == group->title())
                problems << what + QStringLiteral(": its group's title");
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
    }

    void cleanup()
    {
        datestyle::setChosen(DateStyle::European);
        Dialogs::takeMessages();
    }

    void noMnemonicsClash_data()
    {
        QTest::addColumn<QString>("code");
        for (const language::Language& l : language::available())
            QTest::newRow(qPrintable(l.code)) << (l.code == QLatin1String("en") ? QString() : l.code);
    }

    void noMnemonicsClash()
    {
        QFETCH(QString, code);
        checkMnemonics(code);
    }

    void screenReadersHearEachFieldByItsLabel()
    {
        std::unique_ptr<MainWindow> window = test::openDemoWindow(m_dir, QStringLiteral("reading"));
        QVERIFY(window);
        QStringList problems;
        QSet<QWidget*> seen;
        forEachScreen(*window, [&](const QString& where, QWidget* root) { checkNames(root, window.get(), where, problems, seen); });
        for (const test::DialogMaker& maker : test::everyDialog(*window, m_dir.path())) {
            std::unique_ptr<QDialog> d(maker.make());
            Dialogs::setNextDialogAnswer([&](QDialog& shown) { checkNames(&shown, &shown, maker.name, problems, seen); });
            Dialogs::exec(*d);
        }
        for (const QString& p : std::as_const(problems))
            qInfo("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
    }

    void theDateStyleOfPreferencesIsUsedEverywhere()
    {
        std::unique_ptr<MainWindow> window = test::openDemoWindow(m_dir, QStringLiteral("reading"));
        QVERIFY(window);
        const QDateTime t(QDate(2026, 10, 21), QTime(9, 59), Qt::LocalTime);
        // The default: day month year, 24 hours, not the US style of the C or en_US locale.
        QCOMPARE(datestyle::chosen(), DateStyle::European);
        QCOMPARE(localTimeText(t), QStringLiteral("21 Oct 2026 09:59"));

        // Chosen in Edit ▸ Preferences: kept, and applied at once to lists and date fields.
        Dialogs::setNextDialogAnswer([](QDialog& d) {
            auto* combo = d.findChild<QComboBox*>(QStringLiteral("dateStyleCombo"));
            QVERIFY(combo);
            QCOMPARE(combo->currentData().toInt(), int(DateStyle::European));
            combo->setCurrentIndex(combo->findData(int(DateStyle::Iso)));
            QVERIFY(combo->currentText().contains(QStringLiteral("2026-10-21 09:59")));
            QVERIFY(test::click(d, "okButton"));
        });
        window->actions()->preferences()->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/dateStyle")).toString(), QStringLiteral("iso"));
        QCOMPARE(localTimeText(t), QStringLiteral("2026-10-21 09:59"));
        OperationListModel* operations = window->operationsView()->model();
        const QString starts = operations->index(0, OperationListModel::Starts).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$")).match(starts).hasMatch(), qPrintable(starts));
        for (QDateTimeEdit* edit : window->findChildren<QDateTimeEdit*>()) {
            if (edit->property("tandemDateEdit").isValid())
                QVERIFY2(edit->displayFormat().contains(QStringLiteral("yyyy-MM-dd")), qPrintable(edit->displayFormat()));
        }
        // Reports follow it too: an operation order's times.
        Result<QSqlQuery> q = window->store()->exec(QStringLiteral("SELECT id FROM operation WHERE deleted = 0 AND starts_at IS NOT NULL LIMIT 1"));
        QVERIFY(q && q->next());
        const QUuid operation = QUuid::fromRfc4122(q->value(0).toByteArray());
        q->finish();
        const QString html = m_dir.filePath(QStringLiteral("order.html"));
        {
            ReportDialog report(*window->store(), operation, report::Kind::OperationOrder, window.get());
            auto* format = report.findChild<QComboBox*>(QStringLiteral("reportFormat"));
            QVERIFY(format);
            format->setCurrentIndex(format->findData(int(report::Format::Html)));
            Dialogs::setNextFileName(html);
            report.findChild<QPushButton*>(QStringLiteral("reportExport"))->click();
        }
        QFile written(html);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY2(QRegularExpression(QStringLiteral("\\b20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d\\b")).match(text).hasMatch(), "no ISO time in the report");

        // At the next start, the kept style.
        setDateStyle(DateStyle::European);
        datestyle::apply();
        QCOMPARE(dateStyle(), DateStyle::Iso);

        // The system's style is the locale's own: US English writes a 12-hour clock.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        datestyle::setChosen(DateStyle::System);
        QCOMPARE(localTimeText(t), QStringLiteral("10/21/26 9:59 AM"));
        // And back to the default, which a US locale does not change.
        datestyle::setChosen(DateStyle::European);
        QCOMPARE(localTimeText(t), QStringLiteral("21 Oct 2026 09:59"));
        QLocale::setDefault(QLocale::c());
    }

    void arabicKeepsRangesInReadingOrderAndOneDigitSystem()
    {
        test::LanguageScope arabic(QStringLiteral("ar"));
        QVERIFY(arabic.loaded());
        QCOMPARE(QLocale().zeroDigit(), QStringLiteral("0"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        const FieldDef* band = Registry::instance().entity(QStringLiteral("survivor"))->field(QStringLiteral("age_band"));
        for (const char* token : {"12_15", "16_17", "18_24", "25_34", "35_49"}) {
            const QString label = band->valueLabel(QString::fromLatin1(token));
            // Left-to-right isolated: "12–15" reads 12 then 15 in a right-to-left line.
            QVERIFY2(label.startsWith(QChar(0x2066)) && label.endsWith(QChar(0x2069)), qPrintable(label));
        }
        // A survivor's screen: no Arabic-Indic digit beside the Latin ones of codes and times.
        std::unique_ptr<MainWindow> window = test::openDemoWindow(m_dir, QStringLiteral("reading"));
        QVERIFY(window);
        window->showView(window->survivorsView());
        QTableView* table = window->survivorsView()->findChild<QTableView*>(QStringLiteral("survivorsTable"));
        QVERIFY(table && table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        QApplication::processEvents();
        QStringList mixed;
        for (QLabel* l : window->findChildren<QLabel*>()) {
            const QString text = l->text();
            if (l->isVisibleTo(window.get()) && std::any_of(text.begin(), text.end(), isArabicIndicDigit))
                mixed << text;
        }
        for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
            if (!view->isVisibleTo(window.get()) || !view->model())
                continue;
            for (int r = 0; r < std::min(view->model()->rowCount(), 20); ++r) {
                for (int c = 0; c < view->model()->columnCount(); ++c) {
                    const QString text = view->model()->index(r, c).data().toString();
                    if (std::any_of(text.begin(), text.end(), isArabicIndicDigit))
                        mixed << text;
                }
            }
        }
        QVERIFY2(mixed.isEmpty(), qPrintable(mixed.join(QLatin1Char('\n'))));
        // Buttons are as wide as their words ("إلغاء", not "ألغ").
        QStringList clipped;
        for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
            if (b->isVisibleTo(window.get()) && !b->text().isEmpty() && b->width() < b->minimumSizeHint().width())
                clipped << b->text();
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    }

    void theStateOpenIsNotTheVerbOpen_data()
    {
        QTest::addColumn<QString>("code");
        for (const language::Language& l : language::available()) {
            if (l.code != QLatin1String("en"))
                QTest::newRow(qPrintable(l.code)) << l.code;
        }
    }

    void theStateOpenIsNotTheVerbOpen()
    {
        QFETCH(QString, code);
        test::LanguageScope language(code);
        QVERIFY(language.loaded());
        const FieldDef* state = Registry::instance().entity(QStringLiteral("checklist_item"))->field(QStringLiteral("state"));
        const QString asState = state->valueLabel(QStringLiteral("open"));
        const QString asVerb = QCoreApplication::translate("tandem::TodayView", "Open");
        QVERIFY2(asState != asVerb, qPrintable(asState));
        if (code == QLatin1String("es"))
            QCOMPARE(asState, QStringLiteral("Abierto"));
    }

    void countsAndArticlesReadRight()
    {
        QCOMPARE(childRecordTexts(QStringLiteral("assignment")).select, QStringLiteral("Select an assignment to edit it, or add one."));
        QCOMPARE(childRecordTexts(QStringLiteral("action_item")).addTip, QStringLiteral("Add an action item (Insert or Ctrl+Shift+N)"));
        QCOMPARE(childRecordCount(QStringLiteral("target"), 1), QStringLiteral("1 target"));
        QCOMPARE(childRecordCount(QStringLiteral("target"), 3), QStringLiteral("3 targets"));
        QCOMPARE(childRecordCount(QStringLiteral("action_item"), 2), QStringLiteral("2 action items"));
        // No "(s)" and no "a" before a vowel in any English text of the window.
        QFile ts(QStringLiteral(TANDEM_SOURCE_DIR "/translations/tandem_es.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"), QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression wrong(QStringLiteral("\\(s\\)|\\b[Aa] (%\\d|[aeiouAEIOU]\\w)"));
        QStringList found;
        for (auto m = source.globalMatch(text); m.hasNext();) {
            const QString s = m.next().captured(1);
            if (wrong.match(s).hasMatch() && !s.contains(QLatin1String("a one-line")) && !s.contains(QLatin1String("a one-time"))
                && !s.contains(QLatin1String("a USB")))
                found << s;
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void keyColumnsAreNeverCut()
    {
        std::unique_ptr<MainWindow> window = test::openDemoWindow(m_dir, QStringLiteral("reading"));
        QVERIFY(window);
        QStringList cut;
        forEachScreen(*window, [&](const QString& where, QWidget* root) {
            for (QTableView* table : root->findChildren<QTableView*>()) {
                if (!table->isVisibleTo(window.get()) || !table->model() || table->model()->rowCount() == 0)
                    continue;
                QHeaderView* header = table->horizontalHeader();
                for (int c = 0; c < header->count(); ++c) {
                    if (header->isSectionHidden(c) || header->visualIndex(c) == header->count() - 1)
                        continue; // the last column takes what is left
                    const int needs = std::min(static_cast<QAbstractItemView*>(table)->sizeHintForColumn(c), table->fontMetrics().averageCharWidth() * 40);
                    const int headed = header->sectionSizeHint(c);
                    if (header->sectionSize(c) + 1 < std::max(needs, std::min(headed, needs * 2)))
                        cut << QStringLiteral("%1 %2 column “%3”: %4 px for %5")
                                   .arg(where, table->objectName(), table->model()->headerData(c, Qt::Horizontal).toString())
                                   .arg(header->sectionSize(c))
                                   .arg(std::max(needs, headed));
                }
            }
        });
        cut.removeDuplicates();
        for (const QString& c : std::as_const(cut))
            qInfo("%s", qPrintable(c));
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("%1 columns cut, listed above").arg(cut.size())));
    }
};

TANDEM_GUI_TEST_MAIN(ReadingTest)
#include "reading_test.moc"
