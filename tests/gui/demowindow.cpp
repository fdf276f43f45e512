#include "demowindow.h"

#include "attachments/attachmentpreview.h"

#include "demo/demo.h"
#include "dialogs/confirmnamedialog.h"
#include "exchange/exportdialog.h"
#include "exchange/keycarddialog.h"
#include "exchange/mergesummarydialog.h"
#include "security/newofficedialog.h"
#include "security/officecodedialog.h"
#include "security/passphrasedialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/reasondialog.h"
#include "survivors/referralanswerdialog.h"
#include "reports/reportdialog.h"
#include "reports/reportpreview.h"
#include "security/restoredialog.h"
#include "exchange/trustdialog.h"
#include "mainwindow.h"
#include "domain/people.h"
#include "people/addpersondialog.h"
#include "people/machinesdialog.h"
#include "security/joinofficedialog.h"
#include "people/peopledialog.h"
#include "people/whoareyoudialog.h"
#include "sync/partners.h"
#include "testsupport.h"

#include <QApplication>
#include <QPrinter>
#include <QBuffer>
#include <QImage>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

namespace tandem::test {

std::unique_ptr<MainWindow> openDemoWindow(const QTemporaryDir& dir, const QString& name, int operations)
{
    const QString path = dir.filePath(name + QStringLiteral(".tandem"));
    if (!QFile::exists(path)) {
        Result<std::unique_ptr<Store>> store = createTestOffice(path, QStringLiteral("Eastbrook Task Force"));
        if (!store) {
            qWarning("%s", qPrintable(store.error().text()));
            return nullptr;
        }
        demo::Options options;
        options.operations = operations;
        options.seed = 14;
        options.anchor = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
        if (Result<demo::Stats> made = demo::generate(**store, options); !made) {
            qWarning("%s", qPrintable(made.error().text()));
            return nullptr;
        }
    }
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openFile(path)) {
        qWarning("could not open %s", qPrintable(path));
        return nullptr;
    }
    return window;
}

void forEachTabState(QWidget* root, const std::function<void(const QString& where)>& visit)
{
    visit(QString());
    const QList<QTabWidget*> tabs = root->findChildren<QTabWidget*>();
    for (QTabWidget* t : tabs) {
        if (!t->isVisibleTo(root))
            continue;
        const int kept = t->currentIndex();
        for (int i = 0; i < t->count(); ++i) {
            if (!t->isTabEnabled(i) || i == kept)
                continue;
            t->setCurrentIndex(i);
            QApplication::processEvents();
            visit(t->objectName() + QLatin1Char('/') + t->tabText(i));
        }
        t->setCurrentIndex(kept);
    }
}

QList<DialogMaker> everyDialog(MainWindow& window, const QString& scratch)
{
    QList<DialogMaker> out;
    QWidget* parent = &window;
    Store* store = window.store();
    out.append({QStringLiteral("tandem::NewOfficeDialog"), [=] { return new NewOfficeDialog(QStringLiteral("north.tandem"), parent); }});
    out.append({QStringLiteral("tandem::OfficeCodeDialog"),
                [=] { return new OfficeCodeDialog(QStringLiteral("Northbridge Task Force"), QStringLiteral("NTF"), true, parent); }});
    out.append({QStringLiteral("tandem::PassphraseDialog"), [=] {
                    return new PassphraseDialog(PassphraseDialog::Mode::Enter, QStringLiteral("Unlock"), QStringLiteral("To test."),
                                                [](const QString&) { return QString(); }, parent);
                }});
    out.append({QStringLiteral("tandem::PassphraseDialog choose"), [=] {
                    return new PassphraseDialog(PassphraseDialog::Mode::Choose, QStringLiteral("New passphrase"),
                                                QStringLiteral("To test."), [](const QString&) { return QString(); }, parent);
                }});
    if (Result<KeyCard> card = ownCard(*store)) {
        const KeyCard c = *card;
        out.append({QStringLiteral("tandem::KeyCardDialog"), [=] { return new KeyCardDialog(c, parent); }});
        out.append({QStringLiteral("tandem::TrustDialog"), [=] { return new TrustDialog(c, QStringLiteral("harbour.card"), QString(), parent); }});
        Partner partner;
        partner.site = QByteArray(16, '\x2a');
        partner.name = QStringLiteral("Harbourside Shelter");
        partner.keys = c.keys;
        partner.fingerprint = c.fingerprint();
        out.append({QStringLiteral("tandem::ExportDialog"), [=] { return new ExportDialog({partner}, scratch, parent); }});
    } else {
        qWarning("no key card: %s", qPrintable(card.error().text()));
    }
    MergeSummary summary;
    summary.senderName = QStringLiteral("Harbourside Shelter");
    summary.perEntity.insert(QStringLiteral("operation"), MergeCounts{2, 1, 0});
    summary.rowsInBundle = 3;
    out.append({QStringLiteral("tandem::MergeSummaryDialog"),
                [=] { return new MergeSummaryDialog(summary, QStringLiteral("from-harbour.bundle"), parent); }});
    out.append({QStringLiteral("tandem::PreferencesDialog"), [=] { return new PreferencesDialog(10, QString(), parent); }});
    BackupInfo backup;
    backup.path = scratch + QStringLiteral("/backup.tandem");
    backup.madeAt = QDateTime::currentDateTimeUtc();
    backup.reason = QStringLiteral("before merge from Harbourside Shelter");
    backup.bytes = 4096;
    // People (issue 17): the list, adding one (its `add` only notes that it was asked), and the
    // choice of who acts at opening.
    if (KeyRing* ring = window.keyRing())
        out.append({QStringLiteral("tandem::PeopleDialog"), [=] { return new PeopleDialog(*store, *ring, parent); }});
    // Seats (issue 20): the office's machines, inviting one (its `invite` answers at once), and
    // joining from an invitation (the file given does not exist: Return says so in place).
    if (KeyRing* ring = window.keyRing())
        out.append({QStringLiteral("tandem::MachinesDialog"), [=] { return new MachinesDialog(*store, *ring, parent); }});
    // An attached image, shown from memory (issue 21).
    out.append({QStringLiteral("tandem::AttachmentPreview"), [=] {
                    QImage image(320, 200, QImage::Format_RGB32);
                    image.fill(Qt::white);
                    QByteArray png;
                    QBuffer buffer(&png);
                    buffer.open(QIODevice::WriteOnly);
                    image.save(&buffer, "PNG");
                    return new AttachmentPreview(QStringLiteral("Ground floor"), QStringLiteral("image/png"), png, parent);
                }});
    out.append({QStringLiteral("tandem::InviteMachineDialog"), [=] {
                    return new InviteMachineDialog(*store, [](const SeatInvitationOptions&, const QString&) -> Result<MadeInvitation> {
                        MadeInvitation made;
                        made.passphrase = QStringLiteral("abcd-efgh-jkmn-pqrs-tuvw-xyz2");
                        made.machineName = QStringLiteral("Field laptop");
                        made.personName = QStringLiteral("Mara Lead");
                        made.expiresAt = QDateTime::currentDateTimeUtc().addDays(7);
                        return made;
                    }, parent);
                }});
    out.append({QStringLiteral("tandem::JoinOfficeDialog"), [=] {
                    return new JoinOfficeDialog(scratch + QStringLiteral("/no such.invitation"), QDateTime::currentMSecsSinceEpoch(),
                                                parent);
                }});
    out.append({QStringLiteral("tandem::AddPersonDialog"), [=] {
                    auto* d = new AddPersonDialog(*store, [](const people::NewPerson&, const QString&) -> Result<QUuid> {
                        return QUuid::createUuid();
                    }, parent);
                    return d;
                }});
    if (Result<std::vector<Person>> everyone = people::list(*store); everyone && !everyone->empty()) {
        const std::vector<Person> list = *everyone;
        out.append({QStringLiteral("tandem::WhoAreYouDialog"), [=] { return new WhoAreYouDialog(*store, list, parent); }});
    }
    out.append({QStringLiteral("tandem::RestoreDialog"),
                [=] { return new RestoreDialog({backup}, QStringLiteral("north.tandem"), parent); }});
    Result<QSqlQuery> q = store->exec(QStringLiteral("SELECT id FROM operation WHERE deleted = 0 ORDER BY starts_at LIMIT 1"));
    const QUuid operation = q && q->next() ? QUuid::fromRfc4122(q->value(0).toByteArray()) : QUuid();
    out.append({QStringLiteral("tandem::ReportDialog"),
                [=] { return new ReportDialog(*store, operation, report::Kind::OperationOrder, parent); }});
    // The preview lays pages out for a printer, which lives as long as the window.
    auto* printer = new QPrinter(QPrinter::ScreenResolution);
    QObject::connect(&window, &QObject::destroyed, [printer] { delete printer; });
    out.append({QStringLiteral("tandem::ReportPreview"), [=] { return new ReportPreview(printer, parent); }});
    out.append({QStringLiteral("tandem::ReasonDialog"), [=] {
                    return new ReasonDialog(QStringLiteral("Decline Step"), QStringLiteral("Decline “Medical check” for V-2026-0004?"),
                                            QStringLiteral("To test."), QStringLiteral("&Reason:"), QStringLiteral("Decline"), parent);
                }});
    out.append({QStringLiteral("tandem::ConfirmNameDialog"), [=] {
                    return new ConfirmNameDialog(QStringLiteral("Delete Operation"), QStringLiteral("Delete Operation Lantern?"),
                                                 {QStringLiteral("Log notes: 11")}, QStringLiteral("Undo brings it back."),
                                                 QStringLiteral("Operation Lantern"), QStringLiteral("Delete"), parent);
                }});
    out.append({QStringLiteral("tandem::ReferralAnswerDialog"), [=] {
                    return new ReferralAnswerDialog(QStringLiteral("Harbourside Shelter"), QString(), QString(), QString(), parent);
                }});
    return out;
}

} // namespace tandem::test
