// Reports and the dashboard through the window (issue 6): the Report menu, the report dialog
// (identities disabled with the reason shown until a consent covers the recipient, the passphrase
// asked for before they go in), export with its audit entry, and the dashboard's tables equal to
// the SQL figures of a small hand-made task force.

#include "guitest.h"

#include "actions.h"
#include "dialoganswers.h"
#include "dialogs/reportdialog.h"
#include "domain/consent.h"
#include "keyring.h"
#include "mainwindow.h"
#include "models/figuremodel.h"
#include "reportcontroller.h"
#include "reportfixture.h"
#include "store/store.h"
#include "views/dashboardview.h"
#include "views/figurepanel.h"
#include "views/operationsview.h"

#include <QAction>
#include <QBarSet>
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
};

TANDEM_GUI_TEST_MAIN(ReportsTest)
#include "reports_test.moc"
