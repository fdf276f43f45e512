// A day without a slip (issue 14), what was left of the reading: text shown whole in Spanish and
// Arabic. Date controls as wide as the longest date of their language ("28 sept 2026 23:58", not
// "11 sept 2026 13:5"); Today's columns as wide as what they show in Arabic; a person's Latin words
// in their own order in a right-to-left window ("30-day review", not "day review-30"); the plan's
// tabs whole in Arabic, their &-letters drawn without breaking the word.

#include "bidi.h"

#include <QRegularExpression>

#include "datestyle.h"
#include "demowindow.h"
#include "dialogs/prompts.h"
#include "focusstyle.h"
#include "guitest.h"
#include "language.h"
#include "languagescope.h"
#include "today/todaymodel.h"
#include "survivors/checklistpanel.h"
#include "operations/operationeditor.h"
#include "operations/operationsview.h"
#include "survivors/survivordetail.h"
#include "survivors/survivorsview.h"
#include "today/todayview.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>

using namespace tandem;

namespace {

// The widest text `edit` shows in its format over a year: every month, every weekday, morning
// and afternoon, each digit an 8 (counted here independently of ui/datestyle.cpp).
int widestDate(const QDateTimeEdit* edit)
{
    int widest = 0;
    for (int month = 1; month <= 12; ++month) {
        for (int day = 1; day <= 7; ++day) {
            for (int hour : {8, 18}) {
                QString text = edit->locale().toString(QDateTime(QDate(2028, month, day), QTime(hour, 58)), edit->displayFormat());
                for (QChar& c : text) {
                    if (c.isDigit())
                        c = QLatin1Char('8');
                }
                widest = std::max(widest, edit->fontMetrics().horizontalAdvance(text));
            }
        }
    }
    return widest;
}

// How wide `text` is when the style draws it (its &-letter underlined), counted in inked pixels.
int drawnWidth(const QWidget* widget, const QString& text)
{
    QImage image(1200, 60, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setFont(widget->font());
        painter.setLayoutDirection(widget->layoutDirection());
        painter.setPen(Qt::black);
        widget->style()->drawItemText(&painter, image.rect(), Qt::AlignCenter | Qt::TextShowMnemonic, widget->palette(),
                                      true, text, QPalette::NoRole);
    }
    int left = image.width();
    int right = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(line[x]) < 160) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return right < left ? 0 : right - left + 1;
}

} // namespace

class TextFitTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        installFocusStyle();
    }

    void cleanup()
    {
        Dialogs::takeMessages();
    }

    // The isolate helper: Latin words, codes and numbers in a left-to-right isolate in a
    // right-to-left layout, mixed text in a first-strong one, nothing done in a left-to-right one.
    void personsWordsAreIsolatedInRightToLeftLayouts()
    {
        const QString lri(QChar(0x2066));
        const QString fsi(QChar(0x2068));
        const QString pdi(QChar(0x2069));
        QCOMPARE(shownIsolated(QStringLiteral("30-day review"), Qt::RightToLeft), lri + QStringLiteral("30-day review") + pdi);
        QCOMPARE(shownIsolated(QStringLiteral("V-2026-0142"), Qt::RightToLeft), lri + QStringLiteral("V-2026-0142") + pdi);
        QCOMPARE(shownIsolated(QStringLiteral("12–15"), Qt::RightToLeft), lri + QStringLiteral("12–15") + pdi);
        const QString mixed = QStringLiteral("3 ") + QString::fromUtf8("مراجعة") + QStringLiteral(" review");
        QCOMPARE(shownIsolated(mixed, Qt::RightToLeft), fsi + mixed + pdi);
        QCOMPARE(shownIsolated(QStringLiteral("30-day review"), Qt::LeftToRight), QStringLiteral("30-day review"));
        QCOMPARE(shownIsolated(QString(), Qt::RightToLeft), QString());
        // Isolated once, not twice (an age band's Arabic label comes isolated).
        const QString band = lri + QStringLiteral("12–15") + pdi;
        QCOMPARE(shownIsolated(band, Qt::RightToLeft), band);
    }

    // In Arabic, Today and a survivor's checklist show step titles, codes and operation names
    // isolated; in English they are as stored.
    void arabicListsKeepLatinStepTitlesInOrder()
    {
        std::unique_ptr<MainWindow> english = test::openDemoWindow(m_dir, QStringLiteral("textfit"));
        QVERIFY(english);
        english->showView(english->todayView());
        QApplication::processEvents();
        QAbstractItemModel* today = english->todayView()->tree()->model();
        // The first band with a survivor: which band has them depends on the hour the demo is made.
        QModelIndex band = today->index(0, 0);
        for (int i = 1; i < today->rowCount() && today->rowCount(band) == 0; ++i)
            band = today->index(i, 0);
        QVERIFY(today->rowCount(band) > 0);
        const QString survivor = today->index(0, TodayModel::What, band).data().toString();
        // A survivor's code: the office's code, the year, the number (NB-2026-0042).
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z0-9]{2,5}-\\d{4}-\\d{4}")).match(survivor).hasMatch(), qPrintable(survivor));
        english.reset();

        test::LanguageScope arabic(QStringLiteral("ar"));
        QVERIFY(arabic.loaded());
        std::unique_ptr<MainWindow> window = test::openDemoWindow(m_dir, QStringLiteral("textfit"));
        QVERIFY(window);
        window->showView(window->todayView());
        QApplication::processEvents();
        today = window->todayView()->tree()->model();
        const QModelIndex arabicBand = today->index(band.row(), 0);
        const QModelIndex first = today->index(0, TodayModel::What, arabicBand);
        const QString code = first.data().toString();
        QVERIFY2(code.startsWith(QChar(0x2066)) && code.contains(QChar(0x2069)), qPrintable(code));
        QVERIFY(today->rowCount(first) > 0);
        const QString step = today->index(0, TodayModel::What, first).data().toString();
        QVERIFY2(step.contains(QChar(0x2066)) && step.contains(QChar(0x2069)), qPrintable(step));
        // What is stored is not touched: the checklist's step title as typed, in its edit role.
        window->showView(window->survivorsView());
        QTableView* survivors = window->survivorsView()->findChild<QTableView*>(QStringLiteral("survivorsTable"));
        QVERIFY(survivors && survivors->model()->rowCount() > 0);
        survivors->setCurrentIndex(survivors->model()->index(0, 0));
        QApplication::processEvents();
        QTableView* checklist = window->survivorsView()->findChild<SurvivorDetail*>()->checklist()->table();
        QVERIFY(checklist->model()->rowCount() > 0);
        const QString title = checklist->model()->index(0, 0).data().toString();
        QVERIFY2(title.contains(QChar(0x2066)) && title.contains(QChar(0x2069)), qPrintable(title));
    }

    // Spanish months are up to four letters short ("sept"): every date control of a survivor's
    // page shows the widest date of its format whole.
    void dateControlsHoldTheirWidestDateInSpanish()
    {
        test::LanguageScope spanish(QStringLiteral("es"));
        QVERIFY(spanish.loaded());
        std::unique_ptr<MainWindow> window = test::openDemoWindow(m_dir, QStringLiteral("textfit"));
        QVERIFY(window);
        window->showView(window->survivorsView());
        QTableView* survivors = window->survivorsView()->findChild<QTableView*>(QStringLiteral("survivorsTable"));
        QVERIFY(survivors && survivors->model()->rowCount() > 0);
        survivors->setCurrentIndex(survivors->model()->index(0, 0));
        QApplication::processEvents();
        QStringList cut;
        // The room a line edit has for its text: its margins, and the cursor's.
        const auto fits = [&](QDateTimeEdit* edit, const QString& where) {
            const int room = edit->findChild<QLineEdit*>()->width() - 4;
            if (room < widestDate(edit))
                cut << QStringLiteral("%1 %2 (%3): %4 px for %5").arg(where, edit->objectName(), edit->displayFormat()).arg(room).arg(widestDate(edit));
        };
        // Each kind of date control, laid out at its smallest.
        for (datestyle::Edit kind : {datestyle::Edit::DateTime, datestyle::Edit::WeekdayDateTime, datestyle::Edit::Date}) {
            QWidget box;
            auto* edit = new QDateTimeEdit(&box);
            edit->setObjectName(QStringLiteral("edit%1").arg(int(kind)));
            edit->setCalendarPopup(true);
            edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
            datestyle::followDateStyle(edit, kind);
            auto* layout = new QHBoxLayout(&box);
            layout->addWidget(edit);
            layout->addStretch(1);
            box.show();
            box.resize(box.minimumSizeHint());
            QApplication::processEvents();
            fits(edit, QStringLiteral("at its smallest"));
        }
        // And those of a survivor's page, as shown.
        int checked = 0;
        for (QDateTimeEdit* edit : window->findChildren<QDateTimeEdit*>()) {
            if (edit->property("tandemDateEdit").isValid() && edit->isVisibleTo(window.get())) {
                ++checked;
                fits(edit, QStringLiteral("shown"));
            }
        }
        QVERIFY(checked >= 2); // the rescue time and the step's "done at"
        QVERIFY(window->findChild<QDateTimeEdit*>(QStringLiteral("stepDoneAt"))->isVisibleTo(window.get()));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    // Today in Arabic: each column as wide as what its rows show (the owner's role, "مناصر من
    // منظمة غير حكومية", among them).
    void todaysColumnsAreWholeInArabic()
    {
        test::LanguageScope arabic(QStringLiteral("ar"));
        QVERIFY(arabic.loaded());
        std::unique_ptr<MainWindow> window = test::openDemoWindow(m_dir, QStringLiteral("textfit"));
        QVERIFY(window);
        window->showView(window->todayView());
        QTreeView* tree = window->todayView()->tree();
        tree->expandAll();
        QApplication::processEvents();
        QApplication::processEvents();
        QStringList cut;
        QAbstractItemModel* model = tree->model();
        const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                for (int c = TodayModel::Due; c < TodayModel::ColumnCount - 1; ++c) {
                    const QModelIndex i = model->index(r, c, parent);
                    const QString text = i.data().toString();
                    if (text.isEmpty() || model->data(model->index(r, 0, parent), TodayModel::KindRole).toInt() != TodayModel::StepRow)
                        continue;
                    const int needs = tree->fontMetrics().horizontalAdvance(text) + 2 * tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 2;
                    if (tree->columnWidth(c) < needs)
                        cut << QStringLiteral("column %1 “%2”: %3 px for %4").arg(c).arg(text).arg(tree->columnWidth(c)).arg(needs);
                }
                walk(model->index(r, 0, parent));
            }
        };
        walk({});
        cut.removeDuplicates();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    // The plan's tabs in Arabic at the window's default size: every tab in sight, and each label
    // drawn no wider than the room its tab has for it.
    void thePlansTabsAreWholeInArabic()
    {
        test::LanguageScope arabic(QStringLiteral("ar"));
        QVERIFY(arabic.loaded());
        std::unique_ptr<MainWindow> window = test::openDemoWindow(m_dir, QStringLiteral("textfit"));
        QVERIFY(window);
        window->resize(1360, 860);
        window->showView(window->operationsView());
        Result<QSqlQuery> q = window->store()->exec(QStringLiteral("SELECT id FROM operation WHERE deleted = 0 LIMIT 1"));
        QVERIFY(q && q->next());
        window->operationsView()->openOperation(QUuid::fromRfc4122(q->value(0).toByteArray()));
        QApplication::processEvents();
        QApplication::processEvents();
        QTabBar* bar = window->operationsView()->editor()->tabs()->tabBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->layoutDirection(), Qt::RightToLeft);
        const int padding = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        QStringList cut;
        for (int i = 0; i < bar->count(); ++i) {
            const QRect tab = bar->tabRect(i);
            if (!bar->rect().contains(tab))
                cut << QStringLiteral("“%1” out of sight: %2,%3 %4 px in a bar of %5 px")
                           .arg(bar->tabText(i)).arg(tab.x()).arg(tab.y()).arg(tab.width()).arg(bar->width());
            const int drawn = drawnWidth(bar, bar->tabText(i));
            if (drawn > tab.width() - padding + 1)
                cut << QStringLiteral("“%1” drawn %2 px wide in a tab of %3 px").arg(bar->tabText(i)).arg(drawn).arg(tab.width());
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }
};

TANDEM_GUI_TEST_MAIN(TextFitTest)
#include "textfit_test.moc"
