#include "exchange/exchangecontroller.h"

#include "actions.h"
#include "exchange/exportdialog.h"
#include "exchange/keycarddialog.h"
#include "exchange/mergesummarydialog.h"
#include "dialogs/prompts.h"
#include "exchange/trustdialog.h"
#include "document.h"
#include "errors.h"
#include "security/keyring.h"
#include "store/keystore.h"
#include "store/store.h"
#include "sync/exchange.h"
#include "sync/partners.h"
#include "exchange/exchangeview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace tandem {
namespace {

constexpr int kStatusMessageMs = 8000;
constexpr int kProgressSteps = 1000;
const QString kFolderKey = QStringLiteral("exchange/folder");

// Runs `work` (an export or a merge) under a cancellable progress dialog. The core calls the
// progress function between steps; events are processed there, so the dialog paints and its
// Cancel button works. `cancelled` tells a user's Cancel from a failure.
template <typename T, typename Work>
Result<T> withProgress(QWidget* parent, const QString& title, const QString& label,
                       const char* name, bool& cancelled, Work work)
{
    QProgressDialog dialog(label,
                           QCoreApplication::translate("tandem::ExchangeController", "Cancel"), 0,
                           kProgressSteps, parent);
    dialog.setObjectName(QString::fromLatin1(name));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(420);
    dialog.setValue(0);
    cancelled = false;
    const ExchangeProgress progress = [&](double fraction) {
        dialog.setValue(int(fraction * kProgressSteps));
        QCoreApplication::processEvents();
        cancelled = dialog.wasCanceled();
        return !cancelled;
    };
    Result<T> result = work(progress);
    // The core may have finished after the last chance to stop: then it is done, not cancelled.
    if (result)
        cancelled = false;
    return result;
}

QString folder()
{
    const QString saved = QSettings().value(kFolderKey).toString();
    return !saved.isEmpty() && QFileInfo(saved).isDir()
               ? saved
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolder(const QString& path)
{
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

} // namespace

ExchangeController::ExchangeController(QMainWindow* window, Actions* actions, KeyRing* keyRing,
                                       ExchangeView* view)
    : QObject(window)
    , m_window(window)
    , m_keyRing(keyRing)
    , m_view(view)
{
    connect(actions->keyCard(), &QAction::triggered, this, &ExchangeController::showKeyCard);
    connect(actions->trustPartner(), &QAction::triggered, this, &ExchangeController::trustPartner);
    connect(actions->exportBundle(), &QAction::triggered, this,
            &ExchangeController::exportForPartners);
    connect(actions->mergeBundle(), &QAction::triggered, this, &ExchangeController::mergeBundle);
    connect(view, &ExchangeView::untrustRequested, this, &ExchangeController::untrustPartner);
    connect(actions->lockKeys(), &QAction::triggered, keyRing, &KeyRing::lock);
    connect(keyRing, &KeyRing::unlockedChanged, actions->lockKeys(), &QAction::setEnabled);
    connect(keyRing, &KeyRing::unlockedChanged, this, [this](bool unlocked) {
        m_window->statusBar()->showMessage(unlocked ? tr("The office keys are unlocked.")
                                                    : tr("The office keys are locked."),
                                           kStatusMessageMs);
    });
    actions->lockKeys()->setEnabled(keyRing->isUnlocked());
}

void ExchangeController::setDocument(Document* document)
{
    m_document = document;
}

void ExchangeController::showKeyCard()
{
    if (!m_document)
        return;
    Store& store = m_document->store();
    if (!hasOfficeKeys(store)) {
        // A file without keys (the demo) gets them now: the card is made of their public halves.
        Result<KeyRing::Keys> keys =
            m_keyRing->unlock(m_window, tr("The key card carries this office's public keys."));
        if (!keys) {
            if (!KeyRing::isCancel(keys.error()))
                showError(m_window, tr("The office keys could not be made."), keys.error());
            return;
        }
    }
    Result<KeyCard> card = ownCard(store);
    if (!card) {
        showError(m_window, tr("The key card could not be made."), card.error());
        return;
    }
    KeyCardDialog dialog(*card, m_window);
    Dialogs::exec(dialog);
}

void ExchangeController::trustPartner()
{
    if (!m_document)
        return;
    const QString failed = tr("The partner office was not trusted.");
    // Said before a card is chosen: the core refuses the same person at the end anyway.
    if (Result<void> lead = mayChangeTrust(m_document->store()); !lead) {
        showError(m_window, failed, lead.error());
        return;
    }
    const QString path = Dialogs::openFileName(m_window, tr("Trust a Partner Office"),
                                               tr("Tandem office cards (*.card);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(m_window, failed, makeError(file.errorString(), path));
        return;
    }
    // A card is a few hundred bytes; reading a little more lets parse() say a file is too big.
    Result<KeyCard> card = KeyCard::parse(file.read(8192), path);
    if (!card) {
        showError(m_window, failed, card.error());
        return;
    }
    // A new key of an office known with another one: the dialog says so, and trusting the card
    // replaces the old key with the fingerprint the user compared.
    Result<QString> replaced = otherKnownFingerprint(m_document->store(), *card);
    if (!replaced) {
        showError(m_window, failed, replaced.error());
        return;
    }
    TrustDialog dialog(*card, path, *replaced, m_window);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    Result<TrustResult> trusted = tandem::trustPartner(m_document->store(), *card, dialog.localName(),
                                                       replaced->isEmpty() ? QString() : card->fingerprint());
    if (!trusted) {
        showError(m_window, failed, trusted.error());
        return;
    }
    m_view->refresh();
    if (trusted->alreadyTrusted)
        Dialogs::message(
            m_window, QMessageBox::Information, tr("Trust a Partner Office"),
            tr("%1 is already trusted, with this same key card.").arg(trusted->partner.name));
    else if (!trusted->replacedFingerprint.isEmpty())
        m_window->statusBar()->showMessage(
            tr("%1's new key is trusted; bundles signed with its old key are refused from now on.")
                .arg(trusted->partner.name),
            kStatusMessageMs);
    else
        m_window->statusBar()->showMessage(
            tr("%1 is now a trusted partner office.").arg(trusted->partner.name), kStatusMessageMs);
}

void ExchangeController::untrustPartner(const QByteArray& site)
{
    if (!m_document)
        return;
    Store& store = m_document->store();
    Result<std::optional<Partner>> partner = partnerBySite(store, site);
    if (!partner || !*partner) {
        showError(m_window, tr("The partner office's trust was not revoked."),
                  partner ? makeError(tr("it is no longer a trusted partner office")) : partner.error());
        m_view->refresh();
        return;
    }
    const Partner& p = **partner;
    if (!Dialogs::question(m_window, tr("Untrust a Partner Office"),
                           tr("Stop trusting %1?").arg(p.name),
                           tr("Bundles from %1 will be refused and no bundle will be made for it. Its records "
                              "stay in this file. To exchange with it again, trust its key card again.")
                               .arg(p.name),
                           tr("&Untrust")))
        return;
    Result<Partner> revoked = tandem::untrustPartner(store, site);
    m_view->refresh();
    if (!revoked) {
        showError(m_window, tr("The partner office's trust was not revoked."), revoked.error());
        return;
    }
    m_window->statusBar()->showMessage(tr("%1 is no longer trusted.").arg(revoked->name), kStatusMessageMs);
}

void ExchangeController::exportForPartners()
{
    if (!m_document)
        return;
    Store& store = m_document->store();
    Result<std::vector<Partner>> all = partners(store);
    if (!all) {
        showError(m_window, tr("The partner offices could not be read."), all.error());
        return;
    }
    // The office's other machines (sync/seats.h) can be carried a bundle by hand too; the
    // exporter makes one for them alone, never with partner offices.
    Result<std::vector<Seat>> machines = seats(store);
    if (!machines) {
        showError(m_window, tr("The machines of this office could not be read."), machines.error());
        return;
    }
    for (const Seat& m : *machines) {
        Partner machine = m.machine;
        machine.name = tr("%1 (a machine of this office)").arg(machine.name);
        all->push_back(machine);
    }
    if (all->empty()) {
        Dialogs::message(m_window, QMessageBox::Information, tr("Export for Partners"),
                         tr("This office trusts no partner office yet."),
                         tr("Ask a partner office for its key card and trust it with Exchange ▸ "
                            "Trust a Partner Office, then export for it."));
        return;
    }
    ExportDialog dialog(*all, folder(), m_window);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    ExportOptions options;
    options.recipients = dialog.recipients();
    options.full = dialog.full();
    const QString path = dialog.bundlePath();
    rememberFolder(path);

    Result<KeyRing::Keys> keys =
        m_keyRing->unlock(m_window, tr("The bundle is signed with this office's key."));
    if (!keys) {
        if (!KeyRing::isCancel(keys.error()))
            showError(m_window, tr("The bundle was not written."), keys.error());
        return;
    }
    bool cancelled = false;
    Result<ExportSummary> summary = withProgress<ExportSummary>(
        m_window, tr("Export for Partners"), tr("Writing the bundle…"), "exportProgress", cancelled,
        [&](const ExchangeProgress& progress) {
            return exportBundle(store, **keys, options, path, progress);
        });
    m_view->refresh(); // the last export time, even when it failed later
    if (cancelled) {
        m_window->statusBar()->showMessage(tr("The export was cancelled; no bundle was written."),
                                           kStatusMessageMs);
        return;
    }
    if (!summary) {
        showError(m_window, tr("The bundle was not written."), summary.error());
        return;
    }
    Dialogs::message(
        m_window, QMessageBox::Information, tr("Export for Partners"),
        tr("%L1 records for %2 written to the bundle.")
            .arg(summary->rows)
            .arg(summary->recipientNames.join(QStringLiteral(", "))),
        tr("%1 (%2). Give it to them on a USB stick, by e-mail or on a shared drive: "
           "only they can open it.")
            .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(summary->bytes)));
}

void ExchangeController::mergeBundle()
{
    if (!m_document)
        return;
    const QString path = Dialogs::openFileName(m_window, tr("Merge a Bundle"),
                                               tr("Tandem bundles (*.bundle);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString failed = tr("The bundle was not merged; nothing was changed.");
    Result<KeyRing::Keys> keys =
        m_keyRing->unlock(m_window, tr("The bundle opens with this office's key."));
    if (!keys) {
        if (!KeyRing::isCancel(keys.error()))
            showError(m_window, failed, keys.error());
        return;
    }
    Store& store = m_document->store();
    bool cancelled = false;
    Result<MergeSummary> summary = withProgress<MergeSummary>(
        m_window, tr("Merge a Bundle"), tr("Checking and merging the bundle…"), "mergeProgress",
        cancelled, [&](const ExchangeProgress& progress) {
            return tandem::mergeBundle(store, **keys, path, progress);
        });
    if (cancelled) {
        m_window->statusBar()->showMessage(tr("The merge was cancelled; nothing was changed."),
                                           kStatusMessageMs);
        return;
    }
    if (!summary) {
        showError(m_window, failed, summary.error());
        return;
    }
    rememberFolder(path);
    // Undo of an edit made before the merge would write that edit's old value back over what
    // the merge brought (a newer value from a partner) and send it to everyone: the edits before
    // the merge are no longer ours alone to undo.
    m_document->undoStack()->clear();
    m_view->refresh();
    MergeSummaryDialog dialog(*summary, path, m_window);
    if (Dialogs::exec(dialog) == MergeSummaryDialog::Review)
        Q_EMIT reviewConflictsRequested();
}

} // namespace tandem
