// The list screens' skeleton (issue 16): ListDetailView keeps the splitter and the columns in the
// settings and says what it restored, makes rows current whole, builds the list pane in one shape,
// and lays out once; the list and text helpers it is built with give the same look every time.

#include "guitest.h"

#include "directory/directoryview.h"
#include "languagescope.h"
#include "operations/operationsview.h"
#include "security/auditview.h"
#include "views/listdetailview.h"
#include "widgets/listsetup.h"
#include "widgets/textstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace tandem;

namespace {

// A list screen of the least kind: a table of names beside an empty pane.
class NamesView : public ListDetailView {
public:
    explicit NamesView(Kept kept = Kept::SplitterAndColumns)
        : m_model(new QStandardItemModel(0, 3, this))
        , m_table(new QTableView(this))
        , m_splitter(new QSplitter(Qt::Horizontal, this))
        , m_count(new QLabel(QStringLiteral("3 names"), this))
        , m_add(new QPushButton(QStringLiteral("Add"), this))
    {
        for (const char* name : {"Ana", "Bea", "Cleo"}) {
            m_model->appendRow({new QStandardItem(QString::fromLatin1(name)), new QStandardItem(QStringLiteral("x")),
                                new QStandardItem(QStringLiteral("y"))});
        }
        m_table->setModel(m_model);
        ListSetup::setUpTable(m_table, ListSetup::FixedRows | ListSetup::QuietHeader | ListSetup::StretchLast);
        setList(m_table, kept == Kept::Columns ? nullptr : m_splitter, kept);
        if (kept == Kept::Columns) {
            m_splitter->hide();
            m_add->hide();
            auto* layout = new QHBoxLayout(this);
            layout->addWidget(m_table);
        } else {
            // The bar is owned by the list pane it goes into; made only where it is placed.
            auto* bar = new QHBoxLayout;
            bar->addWidget(m_add);
            placePanes(makeListPane(TextStyle::heading(QStringLiteral("Names"), this), m_count, {bar}, 8),
                       new QWidget(this), 2, 3);
        }
    }

    QString title() const override { return QStringLiteral("Names"); }
    QIcon icon() const override { return {}; }
    void setDocument(Document*) override {}

    using ListDetailView::Kept;
    using ListDetailView::clearCurrentRow;
    using ListDetailView::columnsRestored;
    using ListDetailView::firstLayout;
    using ListDetailView::selectFirstRow;
    using ListDetailView::setCurrentRow;
    using ListDetailView::splitAt;
    using ListDetailView::splitterRestored;

    QStandardItemModel* m_model;
    QTableView* m_table;
    QSplitter* m_splitter;
    QLabel* m_count;
    QPushButton* m_add;
};

} // namespace

class ListDetailViewTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void layoutIsKeptAndRestored()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
        QList<int> sizes;
        {
            NamesView view;
            view.resize(900, 500);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.m_splitter->setSizes({300, 600});
            view.m_table->setColumnWidth(0, 111);
            sizes = view.m_splitter->sizes();
            view.saveLayout(settings);
        }
        QVERIFY(settings.contains(QStringLiteral("splitter")));
        QVERIFY(settings.contains(QStringLiteral("columns")));

        NamesView restored;
        restored.resize(900, 500);
        restored.restoreLayout(settings);
        QVERIFY(restored.splitterRestored());
        QVERIFY(restored.columnsRestored());
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.m_table->columnWidth(0), 111);
        QCOMPARE(restored.m_splitter->sizes(), sizes);
        // What the settings gave is not laid out again on the first show.
        QVERIFY(restored.firstLayout());
        restored.splitAt(50);
        QCOMPARE(restored.m_splitter->sizes(), sizes);
        QVERIFY(!restored.firstLayout());
    }

    void nothingRestoredIsLaidOutOnce()
    {
        QTemporaryDir dir;
        QSettings empty(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        NamesView view;
        view.restoreLayout(empty);
        QVERIFY(!view.splitterRestored());
        QVERIFY(!view.columnsRestored());
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.firstLayout());
        view.splitAt(40);
        const QList<int> sizes = view.m_splitter->sizes();
        QVERIFY2(std::abs(sizes[0] * 60 - sizes[1] * 40) <= 100, "the list gets two fifths");
        QVERIFY(!view.firstLayout());
    }

    void onlyWhatIsKeptIsSaved()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("columns.ini")), QSettings::IniFormat);
        NamesView view(NamesView::Kept::Columns);
        view.saveLayout(settings);
        QVERIFY(settings.contains(QStringLiteral("columns")));
        QVERIFY(!settings.contains(QStringLiteral("splitter")));

        QSettings splitterOnly(dir.filePath(QStringLiteral("splitter.ini")), QSettings::IniFormat);
        NamesView other(NamesView::Kept::Splitter);
        other.saveLayout(splitterOnly);
        QVERIFY(splitterOnly.contains(QStringLiteral("splitter")));
        QVERIFY(!splitterOnly.contains(QStringLiteral("columns")));
    }

    void rowsAreMadeCurrentWhole()
    {
        NamesView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectFirstRow();
        QCOMPARE(view.m_table->currentIndex().row(), 0);
        view.setCurrentRow(view.m_model->index(2, 1));
        QCOMPARE(view.m_table->currentIndex().row(), 2);
        QCOMPARE(view.m_table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view.m_table->selectionModel()->selectedRows().first().row(), 2);
        view.clearCurrentRow();
        QVERIFY(!view.m_table->currentIndex().isValid());
        QVERIFY(!view.m_table->selectionModel()->hasSelection());
        // Nothing to make current in an empty list.
        view.m_model->removeRows(0, view.m_model->rowCount());
        view.selectFirstRow();
        QVERIFY(!view.m_table->currentIndex().isValid());
        view.m_add->setFocus();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.takeFocus();
        QVERIFY(view.m_table->hasFocus());
    }

    void listPaneHasOneShape()
    {
        NamesView view;
        QWidget* pane = view.m_splitter->widget(0);
        QVERIFY(pane->isAncestorOf(view.m_table));
        QVERIFY(pane->isAncestorOf(view.m_add));
        QVERIFY(pane->isAncestorOf(view.m_count));
        QCOMPARE(view.m_count->foregroundRole(), QPalette::PlaceholderText);
        const auto labels = pane->findChildren<QLabel*>();
        const auto heading = std::find_if(labels.begin(), labels.end(),
                                          [](QLabel* l) { return l->text() == QLatin1String("Names"); });
        QVERIFY(heading != labels.end());
        QVERIFY((*heading)->font().bold());
        QCOMPARE((*heading)->font().pointSizeF(), view.font().pointSizeF() * 1.3);
        QVERIFY(!view.m_splitter->childrenCollapsible());
        QCOMPARE(pane->layout()->contentsMargins(), QMargins(12, 10, 6, 12));
        QCOMPARE(pane->layout()->spacing(), 8);
    }

    void listsLookAlike()
    {
        QTableView table;
        ListSetup::setUpTable(&table, ListSetup::FixedRows | ListSetup::QuietHeader);
        QCOMPARE(table.selectionBehavior(), QAbstractItemView::SelectRows);
        QCOMPARE(table.selectionMode(), QAbstractItemView::SingleSelection);
        QCOMPARE(table.editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(table.alternatingRowColors());
        QVERIFY(!table.showGrid());
        QVERIFY(!table.wordWrap());
        QVERIFY(!table.tabKeyNavigation());
        QVERIFY(table.verticalHeader()->isHidden());
        QCOMPARE(table.verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QCOMPARE(table.verticalHeader()->defaultSectionSize(), table.fontMetrics().height() + 10);
        QVERIFY(!table.horizontalHeader()->highlightSections());
        QVERIFY(!table.horizontalHeader()->stretchLastSection());

        QTableView plain;
        ListSetup::setUpTable(&plain, ListSetup::StretchLast);
        QVERIFY(plain.horizontalHeader()->highlightSections());
        QVERIFY(plain.horizontalHeader()->stretchLastSection());
        ListSetup::setSortable(&plain, 1, Qt::DescendingOrder);
        QVERIFY(plain.isSortingEnabled());
        QCOMPARE(plain.horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(plain.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

        QTreeView tree;
        ListSetup::setUpTree(&tree);
        QVERIFY(tree.uniformRowHeights());
        QVERIFY(tree.header()->stretchLastSection());
        QCOMPARE(tree.selectionBehavior(), QAbstractItemView::SelectRows);
    }

    void textStylesAndColours()
    {
        QLabel label(QStringLiteral("Heading"));
        const qreal size = label.font().pointSizeF();
        TextStyle::setFormTitle(&label);
        QVERIFY(label.font().bold());
        QCOMPARE(label.font().pointSizeF(), size * 1.15);
        QLabel bold(QStringLiteral("Section"));
        TextStyle::setBold(&bold);
        QVERIFY(bold.font().bold());
        QCOMPARE(bold.font().pointSizeF(), size);
        QLabel error;
        TextStyle::setTextColour(&error, Colours::error());
        QCOMPARE(error.palette().color(QPalette::WindowText), QColor(0xb7, 0x1c, 0x1c));
        QCOMPARE(Colours::overdue().name(), QStringLiteral("#c62828"));
    }

    // A view's title and icon are given once, to View's constructor; the title is translated in
    // the view's own tr() context each time it is asked for, so the language loaded then wins.
    void viewTitlesAndIconsAreSaidOnce()
    {
        OperationsView operations;
        AuditView audit;
        std::unique_ptr<DirectoryView> agencies(makeAgenciesView(nullptr));
        QCOMPARE(operations.title(), QStringLiteral("Operations"));
        QCOMPARE(audit.title(), QStringLiteral("Audit Trail"));
        QCOMPARE(agencies->title(), QStringLiteral("Agencies"));
        for (View* view : std::initializer_list<View*>{&operations, &audit, agencies.get()}) {
            QVERIFY2(!view->icon().isNull(), qPrintable(view->title()));
            QCOMPARE(view->navigationText(), view->title());
        }
        {
            const test::LanguageScope spanish(QStringLiteral("es"));
            QVERIFY(spanish.loaded());
            QCOMPARE(operations.title(), QStringLiteral("Operaciones"));
            QCOMPARE(audit.title(), QStringLiteral("Registro de auditoría"));
            QCOMPARE(agencies->title(), QStringLiteral("Organismos"));
        }
        QCOMPARE(operations.title(), QStringLiteral("Operations"));
    }
};

TANDEM_GUI_TEST_MAIN(ListDetailViewTest)
#include "listdetailview_test.moc"
