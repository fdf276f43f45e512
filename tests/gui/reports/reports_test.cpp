// Reports and the dashboard through the window (issue 6): the Report menu, the report dialog
// (identities disabled with the reason shown until a consent covers the recipient, the passphrase
// asked for before they go in), export with its audit entry, and the dashboard's tables equal to
// the SQL figures of a small hand-made task force.

#include "guitest.h"
#include "screenshots.h"

#include "actions.h"
#include "dialoganswers.h"
#include "reports/reportdialog.h"
#include "domain/consent.h"
#include "security/keyring.h"
#include "mainwindow.h"
#include "dashboard/figuremodel.h"
#include "reports/reportcontroller.h"
#include "reportfixture.h"
#include "store/store.h"
#include "dashboard/dashboardview.h"
#include "dashboard/figurepanel.h"
#include "operations/logpage.h"
#include "widgets/limitedlineedit.h"
#include "operations/operationsview.h"
#include "records/childtablemodel.h"
#include "report/reportbuilder.h"

#include <QAction>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCalendarWidget>
#include <QStyleOptionComboBox>
#include <QTreeView>
#include <QValueAxis>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QImage>
#include <QLabel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QStatusBar>
#include <QFile>

#include <cmath>

using namespace tandem;

class ReportsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ReportFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    Store& store() { return *m_window->store(); }
    test::ReportFixture& f() { return *m_fixture; }

    qint64 reportEntries()
    {
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'report'"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    // The colour of each series of a figure's chart, by the series' name.
    static QHash<QString, QColor> seriesColours(FigurePanel* panel)
    {
        QHash<QString, QColor> out;
        auto* series = qobject_cast<QAbstractBarSeries*>(panel->chartView()->chart()->series().value(0));
        if (series)
            for (QBarSet* set : series->barSets())
                out.insert(set->label(), set->color());
        return out;
    }
    // Opens a date edit's calendar as a click on its arrow does.
    static QCalendarWidget* openCalendar(QDateEdit* edit)
    {
        QStyleOptionComboBox option;
        option.initFrom(edit);
        option.editable = true;
        option.subControls = QStyle::SC_All;
        const QRect arrow = edit->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, edit);
        QTest::mouseClick(edit, Qt::LeftButton, {}, arrow.center());
        QCalendarWidget* calendar = edit->calendarWidget();
        return calendar && calendar->isVisible() ? calendar : nullptr;
    }
    void computePeriod(DashboardView* view)
    {
        m_window->showView(view);
        report::DashboardFilter filter;
        filter.from = QDate(2026, 4, 1);
        filter.to = QDate(2026, 5, 31);
        view->setFilter(filter);
        QVERIFY(computeNow(view));
    }
    static void choose(QComboBox* combo, const QString& text)
    {
        const int i = combo->findText(text);
        QVERIFY2(i >= 0, qPrintable(text));
        combo->setCurrentIndex(i);
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::ReportFixture>();
        m_fixture->t.store.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(m_window->openFile(m_fixture->t.path()));
        store().setWallClock(m_fixture->clock.fn());
        Dialogs::takeMessages();
    }
    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void identitiesDisabledWithTheReasonUntilConsentCovers()
    {
        ReportDialog dialog(store(), f().lantern, report::Kind::AfterAction, m_window.get());
        auto* identities = dialog.findChild<QCheckBox*>(QStringLiteral("reportIdentities"));
        auto* reason = dialog.findChild<QLabel*>(QStringLiteral("reportIdentitiesReason"));
        auto* recipient = dialog.findChild<QComboBox*>(QStringLiteral("reportRecipient"));
        QVERIFY(identities && reason && recipient);
        dialog.show();
        // No recipient named: disabled, and the reason says why.
        QVERIFY(!identities->isEnabled());
        QVERIFY(reason->isVisible());
        QVERIFY(reason->text().contains(QStringLiteral("no recipient is named")));
        // A partner nobody consented to: still disabled, the reason names it.
        choose(recipient, QStringLiteral("Eastfold Prosecutors (office)"));
        QVERIFY(!identities->isEnabled());
        QVERIFY(reason->text().contains(QStringLiteral("Eastfold Prosecutors")));
        QVERIFY(!dialog.options().identities);
        // The partner survivor 1 consented to: enabled, with a note that the other stays a code.
        choose(recipient, QStringLiteral("Harbour Outreach (office)"));
        QVERIFY(identities->isEnabled());
        QVERIFY(reason->text().contains(QStringLiteral("1 of 2")));
        identities->setChecked(true);
        QVERIFY(dialog.options().identities);
        // Back to the prosecutors: unticked and disabled again.
        choose(recipient, QStringLiteral("Eastfold Prosecutors (office)"));
        QVERIFY(!identities->isChecked());
        QVERIFY(!dialog.options().identities);
        // A consent withdrawn meanwhile no longer counts when the recipient is chosen again.
        Result<std::vector<Row>> consents = store().select(QStringLiteral("consent"), QStringLiteral("deleted = 0"), {});
        QVERIFY(consents && consents->size() == 1);
        QVERIFY(store().update(QStringLiteral("consent"), consents->front().id,
                               {{QStringLiteral("withdrawn_at"), test::ReportFixture::utc(2026, 5, 1)},
                                {QStringLiteral("withdrawn_reason"), QStringLiteral("asked to stop")}}));
        choose(recipient, QStringLiteral("Harbour Outreach (office)"));
        QVERIFY(!identities->isEnabled());
    }

    void exportWithIdentitiesAsksThePassphraseAndAudits()
    {
        ReportDialog dialog(store(), f().lantern, report::Kind::AfterAction, m_window.get());
        dialog.setIdentityGate([this](QWidget* parent) {
            Result<KeyRing::Keys> keys = m_window->keyRing()->unlock(parent, QStringLiteral("test"));
            return keys.ok();
        });
        choose(dialog.findChild<QComboBox*>(QStringLiteral("reportFormat")), QStringLiteral("HTML (one file)"));
        choose(dialog.findChild<QComboBox*>(QStringLiteral("reportRecipient")), QStringLiteral("Harbour Outreach (office)"));
        dialog.findChild<QSpinBox*>(QStringLiteral("reportCopy"))->setValue(5);
        dialog.findChild<QCheckBox*>(QStringLiteral("reportIdentities"))->setChecked(true);
        QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("reportBom"))->isEnabled());
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("reportPaper"))->isEnabled());
        const QString path = f().t.file(QStringLiteral("gui.html"));

        // Cancelling the passphrase writes nothing.
        QVERIFY(!dialog.exportTo(path));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(reportEntries(), qint64(0));

        Dialogs::setNextDialogAnswer(test::passphrase(test::kOfficePassphrase));
        QVERIFY(dialog.exportTo(path));
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        const QString html = QString::fromUtf8(test::readFile(path));
        QVERIFY(html.contains(test::kNameCovered));
        QVERIFY(!html.contains(test::kNameWithheld));
        QVERIFY(html.contains(QStringLiteral("Copy 5")));
        QCOMPARE(reportEntries(), qint64(1));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("reportResult"))->text().contains(QStringLiteral("gui.html")));
    }

    void agenciesAreRecipientsCoveredOnlyByTheirOwnConsent()
    {
        // The directory's agencies: one survivor 1 consented to, one deleted (not offered).
        Result<QUuid> police = store().insert(QStringLiteral("agency"),
                                              {{QStringLiteral("name"), QStringLiteral("Eastfold Police Service")},
                                               {QStringLiteral("kind"), QStringLiteral("police")}});
        Result<QUuid> gone = store().insert(QStringLiteral("agency"),
                                            {{QStringLiteral("name"), QStringLiteral("Westmarch Constabulary")},
                                             {QStringLiteral("kind"), QStringLiteral("police")}});
        QVERIFY(police && gone);
        QVERIFY(store().remove(QStringLiteral("agency"), *gone));
        NewConsent consent;
        consent.recipient.agency = *police;
        consent.scope = QStringLiteral("identity");
        consent.givenAt = test::ReportFixture::utc(2026, 4, 12, 10);
        QVERIFY(recordConsent(store(), f().survivor1, consent));

        ReportDialog dialog(store(), f().lantern, report::Kind::AfterAction, m_window.get());
        dialog.setIdentityGate([this](QWidget* parent) { return m_window->keyRing()->unlock(parent, QStringLiteral("test")).ok(); });
        auto* recipient = dialog.findChild<QComboBox*>(QStringLiteral("reportRecipient"));
        auto* identities = dialog.findChild<QCheckBox*>(QStringLiteral("reportIdentities"));
        auto* reason = dialog.findChild<QLabel*>(QStringLiteral("reportIdentitiesReason"));
        dialog.show();
        // Offices, then agencies, each labelled; this office and deleted agencies are not offered.
        const int harbour = recipient->findText(QStringLiteral("Harbour Outreach (office)"));
        const int eastfold = recipient->findText(QStringLiteral("Eastfold Police Service (agency)"));
        const int outreach = recipient->findText(QStringLiteral("Harbour Outreach Services (agency)"));
        QVERIFY(harbour > 0 && eastfold > 0 && outreach > 0);
        QVERIFY(harbour < eastfold);
        QVERIFY(recipient->findText(QStringLiteral("Northbridge Police (agency)")) > 0);
        QCOMPARE(recipient->findText(QStringLiteral("Westmarch Constabulary (agency)")), -1);
        QCOMPARE(recipient->findText(QStringLiteral("Northbridge Task Force (office)")), -1);

        // The agency of the office survivor 1 consented to is another recipient: not covered.
        recipient->setCurrentIndex(outreach);
        QVERIFY(!identities->isEnabled());
        QVERIFY(reason->text().contains(QStringLiteral("Harbour Outreach Services")));
        QVERIFY(dialog.recipient() == report::Recipient::agency(f().outreach));

        // The agency she consented to: enabled, survivor 2 by code only.
        recipient->setCurrentIndex(eastfold);
        QVERIFY(identities->isEnabled());
        QVERIFY(reason->text().contains(QStringLiteral("1 of 2")));
        QVERIFY(dialog.options().recipient == report::Recipient::agency(*police));
        identities->setChecked(true);
        choose(dialog.findChild<QComboBox*>(QStringLiteral("reportFormat")), QStringLiteral("HTML (one file)"));
        const QString path = f().t.file(QStringLiteral("police.html"));
        Dialogs::setNextDialogAnswer(test::passphrase(test::kOfficePassphrase));
        QVERIFY(dialog.exportTo(path));
        const QString html = QString::fromUtf8(test::readFile(path));
        QVERIFY(html.contains(QStringLiteral("For Eastfold Police Service")));
        QVERIFY(html.contains(test::kNameCovered));
        QVERIFY(!html.contains(test::kNameWithheld));
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'report'"));
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).toString().contains(QStringLiteral("for the agency Eastfold Police Service")));

        // Without identities the same agency's copy carries codes only.
        identities->setChecked(false);
        const QString codes = f().t.file(QStringLiteral("police-codes.html"));
        QVERIFY(dialog.exportTo(codes));
        const QString plain = QString::fromUtf8(test::readFile(codes));
        QVERIFY(plain.contains(QStringLiteral("V-2026-0001")));
        QVERIFY(!plain.contains(test::kNameCovered));
    }

    void copyForAnAgencyTakingPart()
    {
        // An agency of the directory that takes no part in Lantern: no copy of its order.
        Result<QUuid> refuge = store().insert(QStringLiteral("agency"), {{QStringLiteral("name"), QStringLiteral("Quiet Harbour Refuge")},
                                                                         {QStringLiteral("kind"), QStringLiteral("shelter")}});
        QVERIFY(refuge);
        Result<std::vector<Row>> targets = store().select(QStringLiteral("target"), QStringLiteral("operation = ?"), {f().lantern.toRfc4122()});
        QVERIFY(targets && targets->size() == 1);
        QVERIFY(store().update(QStringLiteral("target"), targets->front().id,
                               {{QStringLiteral("entry_points"), QStringLiteral("Loading bay roller door")}}));
        ReportDialog dialog(store(), f().lantern, report::Kind::OperationOrder, m_window.get());
        auto* copyFor = dialog.findChild<QComboBox*>(QStringLiteral("reportRecipient"));
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("reportKind"));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("reportCopyNote"));
        auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("reportExport"));
        QVERIFY(copyFor && kind && note && exportButton);
        dialog.show();
        QCOMPARE(copyFor->itemText(0), QStringLiteral("Everyone (no recipient named)"));
        QVERIFY(note->text().contains(QStringLiteral("need-to-know items")));
        QVERIFY(copyFor->findText(QStringLiteral("Northbridge Police (agency)")) > 0);
        QCOMPARE(copyFor->findText(QStringLiteral("Quiet Harbour Refuge (agency)")), -1);

        choose(copyFor, QStringLiteral("Harbour Outreach Services (agency)"));
        QVERIFY2(note->text().contains(QStringLiteral("not the need-to-know items")), qPrintable(note->text()));
        QVERIFY(note->text().contains(QStringLiteral("Lead, Entry, Perimeter")));
        test::screenshot(&dialog, QStringLiteral("copy-for"), QStringLiteral("agencycopy"));
        choose(dialog.findChild<QComboBox*>(QStringLiteral("reportFormat")), QStringLiteral("HTML (one file)"));
        const QString path = f().t.file(QStringLiteral("outreach.html"));
        QVERIFY(dialog.exportTo(path));
        const QString html = QString::fromUtf8(test::readFile(path));
        QVERIFY(html.contains(QStringLiteral("Copy for: Harbour Outreach Services")));
        QVERIFY(!html.contains(QStringLiteral("Sgt. Example")));  // the police's contact
        QVERIFY(!html.contains(QStringLiteral("TAC-3")));         // the police's channel
        QVERIFY(!html.contains(QStringLiteral("Loading bay roller door")));
        Result<QSqlQuery> q = store().exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'report'"));
        QVERIFY(q && q->next());
        QVERIFY(q->value(0).toString().contains(QStringLiteral("for the agency Harbour Outreach Services")));

        // The assignment sheet: agencies only, the choice kept.
        choose(kind, QStringLiteral("Assignment sheet (ICS-204, one agency)"));
        QCOMPARE(copyFor->findText(QStringLiteral("Everyone (no recipient named)")), -1);
        QCOMPARE(copyFor->findText(QStringLiteral("Harbour Outreach (office)")), -1);
        QCOMPARE(copyFor->currentText(), QStringLiteral("Harbour Outreach Services (agency)"));
        QVERIFY(exportButton->isEnabled());
        const QString sheet = f().t.file(QStringLiteral("sheet.html"));
        QVERIFY(dialog.exportTo(sheet));
        const QString sheetHtml = QString::fromUtf8(test::readFile(sheet));
        QVERIFY(sheetHtml.contains(QStringLiteral("Assignment sheet (ICS-204)")));
        QVERIFY(!sheetHtml.contains(QStringLiteral("TAC-3")));
        // The police (lead) is entitled: its sheet has the entry points.
        choose(copyFor, QStringLiteral("Northbridge Police (agency)"));
        QVERIFY(note->text().contains(QStringLiteral("and the need-to-know items")));
        QVERIFY(dialog.exportTo(sheet));
        QVERIFY(QString::fromUtf8(test::readFile(sheet)).contains(QStringLiteral("Loading bay roller door")));

        // Back to the after-action review: every agency of the directory again.
        choose(kind, QStringLiteral("After-action report"));
        QVERIFY(copyFor->findText(QStringLiteral("Quiet Harbour Refuge (agency)")) > 0);
        QCOMPARE(copyFor->currentText(), QStringLiteral("Northbridge Police (agency)"));
    }

    void exportCalendarWritesTheFileOnceAndSaysHowManyEvents()
    {
        // A training the day after tomorrow, by the file's clock, with a place that stays out.
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(store().wallClock(), Qt::UTC);
        Result<QUuid> training = store().insert(QStringLiteral("meeting"),
                                                {{QStringLiteral("kind"), QStringLiteral("training")},
                                                 {QStringLiteral("title"), QStringLiteral("Safe interviewing")},
                                                 {QStringLiteral("starts_at"), now.addDays(2)},
                                                 {QStringLiteral("place"), QStringLiteral("Room 9, Lantern House")}});
        QVERIFY(training);
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionExportCalendar"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        const QString path = f().t.file(QStringLiteral("office.ics"));
        Dialogs::setNextFileName(path);
        action->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.contains("SUMMARY:Joint training: Safe interviewing\r\n"));
        QVERIFY(!ics.contains("Lantern House"));
        const int events = int(ics.count("BEGIN:VEVENT"));
        QVERIFY(events >= 1);
        QVERIFY(Dialogs::takeMessages().isEmpty());
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 events == 1 ? QStringLiteral("1 event written to office.ics")
                             : QStringLiteral("%1 events written to office.ics").arg(events));

        // Never over a file: asked again for the same name, it says so and leaves it.
        Dialogs::setNextFileName(path);
        action->trigger();
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].text.contains(QStringLiteral("exists already")));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), ics);
    }

    void anUnwritablePathSaysWhichFile()
    {
        ReportDialog dialog(store(), f().lantern, report::Kind::OperationOrder, m_window.get());
        const QString path = f().t.file(QStringLiteral("no/such/folder/order.pdf"));
        QVERIFY(!dialog.exportTo(path));
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].text.contains(QStringLiteral("could not be written")));
        QVERIFY(messages[0].details.contains(QStringLiteral("order.pdf")));
        QVERIFY(messages[0].details.contains(QStringLiteral("does not exist")));
        QCOMPARE(reportEntries(), qint64(0));
    }

    void theReportMenuOpensTheDialogOnTheSelectedOperation()
    {
        QAction* order = m_window->findChild<QAction*>(QStringLiteral("actionOperationOrder"));
        QAction* afterAction = m_window->findChild<QAction*>(QStringLiteral("actionAfterActionReport"));
        QAction* dashboard = m_window->findChild<QAction*>(QStringLiteral("actionDashboard"));
        QVERIFY(order && afterAction && dashboard);
        QCOMPARE(order->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        QVERIFY(order->isEnabled());

        QVERIFY(m_window->operationsView()->selectOperation(f().lantern));
        QString title;
        int kind = -1;
        Dialogs::setNextDialogAnswer([&](QDialog& d) {
            title = d.windowTitle();
            kind = d.findChild<QComboBox*>(QStringLiteral("reportKind"))->currentData().toInt();
        });
        afterAction->trigger();
        QCOMPARE(Dialogs::pendingDialogAnswers(), 0);
        QCOMPARE(title, QStringLiteral("Report on Lantern"));
        QCOMPARE(kind, int(report::Kind::AfterAction));

        dashboard->trigger();
        QVERIFY(m_window->dashboardView()->isVisible());
    }

    // Computes the figures and waits for them: they come from a worker thread.
    static bool computeNow(DashboardView* view)
    {
        QSignalSpy done(view, &DashboardView::computed);
        view->refresh();
        return done.wait(60000) && done.constLast().constFirst().toBool();
    }

    void dashboardTablesEqualTheSqlFigures()
    {
        DashboardView* view = m_window->dashboardView();
        m_window->showView(view);
        report::DashboardFilter filter;
        filter.from = QDate(2026, 4, 1);
        filter.to = QDate(2026, 5, 31);
        view->setFilter(filter);
        QVERIFY(computeNow(view));

        filter.at = test::ReportFixture::now();
        Result<report::Dashboard> sql = report::computeDashboard(store(), filter, view->locale());
        QVERIFY(sql);
        const std::vector<const report::Figure*> figures = sql->figures();
        QCOMPARE(view->panels().size(), qsizetype(figures.size()));
        for (int i = 0; i < int(figures.size()); ++i) {
            const report::Figure& expected = *figures[size_t(i)];
            FigurePanel* panel = view->panels()[i];
            QTableView* table = panel->table();
            QVERIFY(table->isVisible());
            FigureModel* model = panel->model();
            QCOMPARE(model->rowCount(), expected.rowCount());
            QCOMPARE(model->columnCount(), expected.columnCount());
            for (int r = 0; r < expected.rowCount(); ++r) {
                QCOMPARE(model->headerData(r, Qt::Vertical).toString(), expected.rowLabels[r]);
                for (int c = 0; c < expected.columnCount(); ++c) {
                    const double want = expected.value(r, c);
                    const double got = model->index(r, c).data(Qt::UserRole).toDouble();
                    QVERIFY2(std::isnan(want) ? std::isnan(got) : got == want,
                             qPrintable(QStringLiteral("%1 [%2, %3]").arg(expected.key).arg(r).arg(c)));
                    QCOMPARE(model->index(r, c).data().toString(), expected.text(r, c, view->locale()));
                }
            }
        }
        // The hand-computed figures, as people read them in the tables.
        FigureModel* survivors = view->panels()[2]->model();
        QCOMPARE(survivors->index(0, 0).data().toString(), QStringLiteral("1"));
        QCOMPARE(survivors->index(0, 1).data().toString(), QStringLiteral("1"));
        FigureModel* steps = view->panels()[3]->model();
        bool safety = false;
        for (int r = 0; r < steps->rowCount(); ++r)
            if (steps->headerData(r, Qt::Vertical).toString().endsWith(QStringLiteral("Safety"))) {
                safety = true;
                QCOMPARE(steps->index(r, 3).data(Qt::UserRole).toDouble(), 1.4);
            }
        QVERIFY(safety);
        // The chart draws the same numbers: April's stack of survivors is one adult and one minor.
        auto* series = qobject_cast<QStackedBarSeries*>(view->panels()[2]->chartView()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        QCOMPARE(series->barSets()[0]->at(0), 1.0);
        QCOMPARE(series->barSets()[1]->at(0), 1.0);

        // The filters: sexual exploitation leaves May's planned operation only.
        auto* type = view->findChild<QComboBox*>(QStringLiteral("dashboardType"));
        choose(type, QStringLiteral("Sexual exploitation"));
        QVERIFY(computeNow(view));
        QCOMPARE(view->dashboard().survivorsPerMonth.value(0, 1), 0.0);
        auto* agency = view->findChild<QComboBox*>(QStringLiteral("dashboardAgency"));
        choose(type, QStringLiteral("All trafficking types"));
        choose(agency, QStringLiteral("Harbour Outreach Services"));
        QVERIFY(computeNow(view));
        QCOMPARE(view->dashboard().participation.value(QStringLiteral("%1").arg(f().police.toString(QUuid::WithoutBraces)),
                                                       QStringLiteral("operations")),
                 1.0);

        // A period that ends before it starts: said plainly, no figures changed.
        view->findChild<QDateEdit*>(QStringLiteral("dashboardTo"))->setDate(QDate(2026, 3, 1));
        QVERIFY(!computeNow(view));
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("dashboardStatus"))->text().contains(QStringLiteral("before it starts")));
    }

    void dashboardExportsPngAndCsv()
    {
        DashboardView* view = m_window->dashboardView();
        m_window->showView(view);
        report::DashboardFilter filter;
        filter.from = QDate(2026, 4, 1);
        filter.to = QDate(2026, 5, 31);
        view->setFilter(filter);
        QVERIFY(computeNow(view));
        FigurePanel* panel = view->panels()[2];
        const QString png = f().t.file(QStringLiteral("survivors.png"));
        const QString csv = f().t.file(QStringLiteral("survivors.csv"));
        Dialogs::setNextFileName(png);
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("survivorsPerMonthPng")), Qt::LeftButton);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 400);
        Dialogs::setNextFileName(csv);
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("survivorsPerMonthCsv")), Qt::LeftButton);
        QCOMPARE(test::readFile(csv), panel->figure().csv(true));
        QVERIFY(test::readFile(csv).contains("Apr 2026,1,1"));
        // A file that cannot be written: the error names it.
        QVERIFY(!panel->saveCsv(f().t.file(QStringLiteral("no/folder/x.csv"))));
        const QList<Dialogs::Message> messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].details.contains(QStringLiteral("x.csv")));
    }

    // Issue 14: a series keeps its colour whatever the filters leave out of the chart.
    void dashboardSeriesKeepTheirColoursUnderFilters()
    {
        DashboardView* view = m_window->dashboardView();
        computePeriod(view);
        FigurePanel* statuses = view->panels()[0];
        const QHash<QString, QColor> all = seriesColours(statuses);
        QVERIFY(all.contains(QStringLiteral("Completed")));
        QVERIFY(all.contains(QStringLiteral("Planned")));
        QVERIFY(all.value(QStringLiteral("Completed")) != all.value(QStringLiteral("Planned")));
        // Labour exploitation leaves April's completed operation only.
        choose(view->findChild<QComboBox*>(QStringLiteral("dashboardType")), QStringLiteral("Labour exploitation"));
        QVERIFY(computeNow(view));
        const QHash<QString, QColor> labour = seriesColours(statuses);
        QCOMPARE(labour.keys(), QList<QString>{QStringLiteral("Completed")});
        QCOMPARE(labour.value(QStringLiteral("Completed")), all.value(QStringLiteral("Completed")));
        QCOMPARE(labour.value(QStringLiteral("Completed")), statuses->colourOf(QStringLiteral("completed")));
        // Sexual exploitation: May's planned operation, in the colour it had beside the other.
        choose(view->findChild<QComboBox*>(QStringLiteral("dashboardType")), QStringLiteral("Sexual exploitation"));
        QVERIFY(computeNow(view));
        QCOMPARE(seriesColours(statuses).value(QStringLiteral("Planned")), all.value(QStringLiteral("Planned")));
        // Every figure: a series' colour is its column's.
        for (FigurePanel* panel : view->panels()) {
            const QHash<QString, QColor> colours = seriesColours(panel);
            const report::Figure& figure = panel->figure();
            for (auto it = colours.begin(); it != colours.end(); ++it) {
                const int column = int(figure.columnLabels.indexOf(it.key()));
                QVERIFY(column >= 0);
                QCOMPARE(it.value(), panel->colourOf(figure.columnKeys[column]));
            }
        }
    }

    // Issue 14: counts are charted on whole-number ticks, each labelled once ("0, 1", never
    // "1, 0, 0").
    void dashboardCountsHaveWholeNumberTicks()
    {
        DashboardView* view = m_window->dashboardView();
        computePeriod(view);
        int checked = 0;
        for (FigurePanel* panel : view->panels()) {
            for (QAbstractAxis* a : panel->chartView()->chart()->axes()) {
                auto* axis = qobject_cast<QValueAxis*>(a);
                if (!axis || axis->labelFormat() != QStringLiteral("%d"))
                    continue;
                ++checked;
                const QString name = panel->objectName();
                QVERIFY2(axis->tickType() == QValueAxis::TicksDynamic, qPrintable(name));
                QCOMPARE(axis->tickAnchor(), 0.0);
                QCOMPARE(axis->min(), 0.0);
                const double interval = axis->tickInterval();
                QVERIFY2(interval >= 1 && interval == std::floor(interval), qPrintable(name));
                QVERIFY2(std::fmod(axis->max(), interval) == 0, qPrintable(name));
                QStringList labels;
                for (double v = 0; v <= axis->max(); v += interval)
                    labels << QString::asprintf("%d", int(v));
                QVERIFY2(labels.removeDuplicates() == 0, qPrintable(name + QLatin1Char(' ') + labels.join(QLatin1Char(','))));
                QVERIFY2(labels.size() >= 2 && labels.size() <= 7, qPrintable(name));
            }
        }
        QVERIFY(checked >= 8);
        // April's stack of survivors is two (an adult and a minor): ticks 0, 1 and 2.
        QValueAxis* survivors = nullptr;
        for (QAbstractAxis* a : view->panels()[2]->chartView()->chart()->axes())
            if (auto* v = qobject_cast<QValueAxis*>(a))
                survivors = v;
        QVERIFY(survivors);
        QCOMPARE(survivors->max(), 2.0);
        QCOMPARE(survivors->tickInterval(), 1.0);
    }

    // Issue 14: the PNG says what it shows: the figure's title and the filters it was computed with.
    void dashboardPngCarriesItsTitleAndFilters()
    {
        DashboardView* view = m_window->dashboardView();
        computePeriod(view);
        choose(view->findChild<QComboBox*>(QStringLiteral("dashboardType")), QStringLiteral("Labour exploitation"));
        QVERIFY(computeNow(view));
        FigurePanel* panel = view->panels()[2];
        const QString png = f().t.file(QStringLiteral("survivors-labour.png"));
        Dialogs::setNextFileName(png);
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("survivorsPerMonthPng")), Qt::LeftButton);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.text(QStringLiteral("Title")), panel->figure().title);
        const QString filters = image.text(QStringLiteral("Description"));
        QVERIFY2(filters.contains(QStringLiteral("1 Apr 2026")) && filters.contains(QStringLiteral("31 May 2026")), qPrintable(filters));
        QVERIFY2(filters.contains(QStringLiteral("Labour exploitation")), qPrintable(filters));
        QVERIFY2(filters.contains(QStringLiteral("All agencies")), qPrintable(filters));
        // The title and the filters are drawn above the chart: dark text in the band over it.
        const qreal ratio = image.devicePixelRatio();
        const int band = image.height() - int(panel->chartView()->height() * ratio);
        QVERIFY(band > 20);
        int dark = 0;
        for (int y = 0; y < band; ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
    }

    // Issue 14: a date filter's calendar opens on the month of its date, and one that says "Any"
    // on this month, never on January 2000.
    void dateFilterCalendarsOpenOnTheirMonth()
    {
        DashboardView* view = m_window->dashboardView();
        computePeriod(view);
        auto* from = view->findChild<QDateEdit*>(QStringLiteral("dashboardFrom"));
        QCalendarWidget* calendar = openCalendar(from);
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), 2026);
        QCOMPARE(calendar->monthShown(), 4);
        calendar->window()->close();

        m_window->showView(m_window->operationsView());
        auto* any = m_window->findChild<QDateEdit*>(QStringLiteral("fromFilter"));
        QVERIFY(any);
        QCOMPARE(any->text(), QStringLiteral("Any"));
        calendar = openCalendar(any);
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), QDate::currentDate().year());
        QCOMPARE(calendar->monthShown(), QDate::currentDate().month());
        // Choosing a day there sets the filter; reopened, the calendar shows that month.
        calendar->setSelectedDate(QDate(2026, 3, 9));
        QTest::keyClick(calendar->findChild<QAbstractItemView*>(), Qt::Key_Return);
        QCOMPARE(any->date(), QDate(2026, 3, 9));
        calendar = openCalendar(any);
        QVERIFY(calendar);
        QCOMPARE(calendar->yearShown(), 2026);
        QCOMPARE(calendar->monthShown(), 3);
        calendar->window()->close();
    }

    // Issue 14: the log marks an entry as a lesson learned (L, or the box), undoably, and the
    // after-action report lists it among the lessons.
    void theLogMarksLessonsForTheAfterActionReport()
    {
        LogPage page;
        page.setDocument(m_window->document());
        page.setOperation(f().lantern);
        page.resize(900, 500);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        ChildTableModel* model = page.model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->rowAt(r).text(QStringLiteral("text")).startsWith(QStringLiteral("+14 workers")))
                row = r;
        QVERIFY(row >= 0);
        const QUuid entry = model->idAt(row);
        auto* list = page.findChild<QTreeView*>(QStringLiteral("logList"));
        list->setFocus();
        list->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(list, Qt::Key_L);
        QVERIFY(store().get(QStringLiteral("note"), entry)->value(QStringLiteral("lesson")).toBool());
        QCOMPARE(model->index(model->rowOf(entry), model->columnOf(QStringLiteral("lesson"))).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        auto lessons = [this] {
            report::Options o;
            o.kind = report::Kind::AfterAction;
            o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
            Result<report::Document> d = report::buildReport(store(), f().lantern, o);
            QStringList texts;
            if (d)
                for (const report::Table& t : d->tables())
                    if (t.columns.contains(QStringLiteral("Lesson")))
                        for (const QStringList& r : t.rows)
                            texts << r.value(2);
            return texts;
        };
        QVERIFY(lessons().contains(QStringLiteral("+14 workers found, 2 need a doctor")));
        m_window->actions()->undo()->trigger();
        QVERIFY(!store().get(QStringLiteral("note"), entry)->value(QStringLiteral("lesson")).toBool());
        QVERIFY(!lessons().contains(QStringLiteral("+14 workers found, 2 need a doctor")));

        // A note entered with "Lesson learned" ticked is one; the box is clear for the next.
        page.lessonBox()->setChecked(true);
        QTest::keyClicks(page.entry(), QStringLiteral("Radios failed in the basement"));
        QTest::keyClick(page.entry(), Qt::Key_Return);
        QVERIFY(lessons().contains(QStringLiteral("Radios failed in the basement")));
        QVERIFY(!page.lessonBox()->isChecked());
    }
};

TANDEM_GUI_TEST_MAIN(ReportsTest)
#include "reports_test.moc"
