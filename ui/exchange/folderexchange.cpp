#include "exchange/folderexchange.h"

#include "actions.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "errors.h"
#include "exchange/exchangeview.h"
#include "security/keyring.h"
#include "store/store.h"
#include "timetext.h"
#include "widgets/listsetup.h"
#include "widgets/named.h"
#include "widgets/textstyle.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tandem {
namespace {

constexpr int kStatusMessageMs = 8000;
constexpr int kProgressSteps = 1000;

QString timeOrNever(const QDateTime& t)
{
    return t.isValid() ? localTimeText(t) : FolderExchange::tr("never");
}

// What a pass did, in a sentence.
QString passText(const FolderPass& p)
{
    QStringList parts;
    if (!p.merged.empty())
        parts << (p.merged.size() == 1 ? FolderExchange::tr("1 bundle merged")
                                       : FolderExchange::tr("%n bundles merged", nullptr, int(p.merged.size())));
    if (!p.written.isEmpty())
        parts << (p.written.size() == 1 ? FolderExchange::tr("1 bundle written")
                                        : FolderExchange::tr("%n bundles written", nullptr, int(p.written.size())));
    if (!p.setAside.empty())
        parts << (p.setAside.size() == 1 ? FolderExchange::tr("1 bundle set aside")
                                         : FolderExchange::tr("%n bundles set aside", nullptr, int(p.setAside.size())));
    if (!p.waiting.isEmpty())
        parts << (p.waiting.size() == 1 ? FolderExchange::tr("1 bundle still arriving")
                                        : FolderExchange::tr("%n bundles still arriving", nullptr, int(p.waiting.size())));
    if (!p.forIdentities.isEmpty())
        parts << (p.forIdentities.size() == 1
                      ? FolderExchange::tr("1 bundle left for a lead or a liaison (it carries identities)")
                      : FolderExchange::tr("%n bundles left for a lead or a liaison (they carry identities)", nullptr,
                                           int(p.forIdentities.size())));
    return parts.isEmpty() ? FolderExchange::tr("nothing new") : parts.join(QStringLiteral(", "));
}

// Exchange ▸ Exchange Folder…: the folder, where each partner stands, what was set aside.
class ExchangeFolderDialog : public QDialog {
public:
    ExchangeFolderDialog(FolderExchange& exchange, Store& store, QWidget* parent)
        : QDialog(parent)
        , m_exchange(exchange)
        , m_store(store)
        , m_path(named<QLineEdit>(QStringLiteral("folderField"), this))
        , m_status(named<QLabel>(QStringLiteral("statusLabel"), this))
        , m_partners(named<QTableWidget>(QStringLiteral("partnersTable"), this))
        , m_aside(named<QTableWidget>(QStringLiteral("setAsideTable"), this))
    {
        setObjectName(QStringLiteral("exchangeFolderDialog"));
        setWindowTitle(FolderExchange::tr("Exchange Folder"));
        auto* explanation = new QLabel(
            FolderExchange::tr("Point Tandem at a folder that a sync engine keeps in step with your partners "
                               "(Syncthing, a Nextcloud or network share, or a USB stick carried by hand). "
                               "Tandem writes each trusted partner's changes there as sealed bundles and merges "
                               "the ones addressed to this office, on its own while the office keys are unlocked."),
            this);
        explanation->setWordWrap(true);
        TextStyle::setCaption(explanation);

        m_path->setReadOnly(true);
        m_path->setAccessibleName(FolderExchange::tr("Exchange folder"));
        auto* choose = named<QPushButton>(QStringLiteral("chooseFolderButton"), this);
        choose->setText(FolderExchange::tr("&Choose…"));
        auto* stop = named<QPushButton>(QStringLiteral("stopUsingButton"), this);
        stop->setText(FolderExchange::tr("&Stop Using It"));
        m_stop = stop;
        auto* now = named<QPushButton>(QStringLiteral("exchangeNowButton"), this);
        now->setText(FolderExchange::tr("&Exchange Now"));
        m_now = now;
        auto* folderRow = new QHBoxLayout;
        folderRow->addWidget(m_path, 1);
        folderRow->addWidget(choose);
        folderRow->addWidget(stop);
        m_status->setWordWrap(true);
        m_status->setTextFormat(Qt::PlainText);

        m_partners->setAccessibleName(FolderExchange::tr("Partners"));
        m_partners->setColumnCount(4);
        m_partners->setHorizontalHeaderLabels({FolderExchange::tr("Partner"), FolderExchange::tr("Last written for it"),
                                               FolderExchange::tr("Last merged from it"), FolderExchange::tr("Where it stands")});
        ListSetup::setUpTable(m_partners);
        m_partners->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_partners->horizontalHeader()->setStretchLastSection(true);
        auto* asideLabel = new QLabel(FolderExchange::tr("Set aside (bundles that could not be merged)"), this);
        m_aside->setAccessibleName(FolderExchange::tr("Bundles set aside"));
        m_aside->setColumnCount(3);
        m_aside->setHorizontalHeaderLabels({FolderExchange::tr("Set aside"), FolderExchange::tr("From"), FolderExchange::tr("Why")});
        ListSetup::setUpTable(m_aside);
        m_aside->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_aside->horizontalHeader()->setStretchLastSection(true);

        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
        buttons->addButton(now, QDialogButtonBox::ActionRole);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

        auto* layout = new QVBoxLayout(this);
        layout->setSpacing(10);
        layout->addWidget(explanation);
        layout->addLayout(folderRow);
        layout->addWidget(m_status);
        layout->addWidget(m_partners, 2);
        layout->addWidget(asideLabel);
        layout->addWidget(m_aside, 1);
        layout->addWidget(buttons);
        resize(760, 480);

        connect(choose, &QPushButton::clicked, this, [this] {
            const QString folder = Dialogs::folderName(this, FolderExchange::tr("Choose the Exchange Folder"), m_exchange.folder());
            if (folder.isEmpty())
                return;
            if (Result<void> r = m_exchange.setFolder(folder); !r)
                showError(this, FolderExchange::tr("The folder was not chosen."), r.error());
            refresh();
        });
        connect(stop, &QPushButton::clicked, this, [this] {
            if (Result<void> r = m_exchange.setFolder(QString()); !r)
                showError(this, FolderExchange::tr("The folder is still in use."), r.error());
            refresh();
        });
        connect(now, &QPushButton::clicked, this, [this] { m_exchange.passNow(true); });
        connect(&m_exchange, &FolderExchange::passed, this, [this] { refresh(); });
        refresh();
    }

    void refresh()
    {
        const QString folder = m_exchange.folder();
        m_path->setText(folder.isEmpty() ? FolderExchange::tr("None: bundles are exchanged by hand")
                                         : QDir::toNativeSeparators(folder));
        m_stop->setEnabled(!folder.isEmpty());
        m_now->setEnabled(!folder.isEmpty());
        QString status;
        if (folder.isEmpty())
            status = FolderExchange::tr("Choose a folder to exchange through it.");
        else if (!m_exchange.lastProblem().isEmpty())
            status = FolderExchange::tr("The last exchange failed (%1): %2").arg(timeOrNever(m_exchange.lastPassAt()), m_exchange.lastProblem());
        else if (m_exchange.lastPassAt().isValid())
            status = FolderExchange::tr("Last exchange %1: %2.").arg(localTimeText(m_exchange.lastPassAt()), passText(m_exchange.lastPass()));
        else
            status = FolderExchange::tr("No exchange yet in this session: it starts once the office keys are unlocked (Exchange Now).");
        if (!m_exchange.lastPass().foreign.isEmpty())
            status += QLatin1Char('\n')
                      + FolderExchange::tr("Warning: the folder holds bundles under this office's name that this file did not "
                                           "write (%1). Is a copy of this file exchanging through the same folder? Another "
                                           "machine of the office needs a seat of its own.")
                            .arg(m_exchange.lastPass().foreign.join(QStringLiteral(", ")));
        m_status->setText(status);

        Result<std::vector<FolderPartner>> partners = folderPartners(m_store);
        m_partners->setRowCount(partners ? int(partners->size()) : 0);
        if (partners) {
            for (int row = 0; row < int(partners->size()); ++row) {
                const FolderPartner& p = (*partners)[size_t(row)];
                QString stands;
                if (p.waitingForPartner)
                    stands = FolderExchange::tr("A bundle waits for it in the folder");
                else if (p.lastWritten.isValid())
                    stands = FolderExchange::tr("It has merged everything written for it");
                else
                    stands = FolderExchange::tr("Nothing written for it yet");
                if (p.unsent > 0)
                    stands += QStringLiteral("; ") + FolderExchange::tr("changes here since the last bundle");
                const QString who = p.seat ? FolderExchange::tr("%1 (a machine of this office)").arg(p.name) : p.name;
                const QString texts[] = {who, timeOrNever(p.lastWritten), timeOrNever(p.lastMerged), stands};
                for (int c = 0; c < 4; ++c)
                    m_partners->setItem(row, c, new QTableWidgetItem(texts[c]));
            }
        }
        const std::vector<SetAsideBundle> aside = folder.isEmpty() ? std::vector<SetAsideBundle>{} : setAsideBundles(folder);
        m_aside->setRowCount(int(aside.size()));
        static const QRegularExpression writer(QStringLiteral("^tandem-([0-9a-f]{32})-"));
        for (int row = 0; row < int(aside.size()); ++row) {
            const SetAsideBundle& s = aside[size_t(row)];
            // Who wrote it, as its name says (a name is no proof: the reason says what was found).
            const QRegularExpressionMatch m = writer.match(QFileInfo(s.path).fileName());
            QString from = FolderExchange::tr("Unknown");
            if (m.hasMatch()) {
                const QByteArray site = QByteArray::fromHex(m.captured(1).toLatin1());
                from = FolderExchange::tr("An office not trusted");
                if (partners) {
                    for (const FolderPartner& p : *partners)
                        if (p.site == site)
                            from = p.name;
                }
            }
            auto* file = new QTableWidgetItem(from);
            file->setToolTip(QDir::toNativeSeparators(s.path));
            m_aside->setItem(row, 0, new QTableWidgetItem(localTimeText(s.at)));
            m_aside->setItem(row, 1, file);
            auto* why = new QTableWidgetItem(s.reason);
            why->setToolTip(s.reason);
            m_aside->setItem(row, 2, why);
        }
    }

private:
    FolderExchange& m_exchange;
    Store& m_store;
    QLineEdit* m_path;
    QLabel* m_status;
    QTableWidget* m_partners;
    QTableWidget* m_aside;
    QPushButton* m_stop = nullptr;
    QPushButton* m_now = nullptr;
};

} // namespace

FolderExchange::FolderExchange(QMainWindow* window, Actions* actions, KeyRing* keyRing, ExchangeView* view)
    : QObject(window)
    , m_window(window)
    , m_keyRing(keyRing)
    , m_view(view)
    , m_watcher(new QFileSystemWatcher(this))
    , m_soon(new QTimer(this))
    , m_every(new QTimer(this))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(kAfterChangeMs);
    m_every->setInterval(kEveryMs);
    connect(m_soon, &QTimer::timeout, this, [this] { passNow(false); });
    connect(m_every, &QTimer::timeout, this, [this] { passNow(false); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderExchange::schedule);
    // Unlocking the keys lets the passes that waited for them go.
    connect(keyRing, &KeyRing::unlockedChanged, this, [this](bool unlocked) {
        if (unlocked)
            schedule();
    });
    connect(actions->exchangeFolder(), &QAction::triggered, this, &FolderExchange::showDialog);
}

void FolderExchange::setDocument(Document* document)
{
    // (the document before may be gone already: its connection ended with it)
    disconnect(m_changes);
    m_document = document;
    m_folder.clear();
    m_lastPass = {};
    m_lastPassAt = {};
    m_lastProblem.clear();
    m_soon->stop();
    if (document) {
        Result<QString> folder = exchangeFolder(document->store());
        m_folder = folder ? *folder : QString();
        m_changes = connect(&document->store(), &Store::changed, this, &FolderExchange::schedule);
    }
    watch();
    if (!m_folder.isEmpty())
        m_every->start();
    else
        m_every->stop();
}

Result<void> FolderExchange::setFolder(const QString& folder)
{
    if (!m_document)
        return {};
    const QString absolute = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    if (!absolute.isEmpty() && !QFileInfo(absolute).isDir())
        return makeError(tr("this is not a folder"), absolute);
    if (Result<void> r = setExchangeFolder(m_document->store(), absolute); !r)
        return r;
    m_folder = absolute;
    m_lastProblem.clear();
    watch();
    if (m_folder.isEmpty()) {
        m_every->stop();
        m_soon->stop();
    } else {
        m_every->start();
        passNow(true);
    }
    return {};
}

void FolderExchange::watch()
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir())
        m_watcher->addPath(m_folder);
}

void FolderExchange::schedule()
{
    if (m_document && !m_folder.isEmpty() && !m_passing)
        m_soon->start();
}

void FolderExchange::passNow(bool ask)
{
    if (!m_document || m_folder.isEmpty() || m_passing || m_document->store().isReadOnly())
        return;
    KeyRing::Keys keys = m_keyRing->held();
    if (!keys && ask) {
        Result<KeyRing::Keys> unlocked = m_keyRing->unlock(m_window, tr("Exchanging through the folder needs this office's key."));
        if (!unlocked) {
            if (!KeyRing::isCancel(unlocked.error()))
                showError(m_window, tr("Nothing was exchanged."), unlocked.error());
            return;
        }
        keys = *unlocked;
    }
    if (!keys)
        return; // waits for the keys
    m_passing = true;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    // A pass with a large bundle to merge shows its progress (after a moment: most passes are
    // over before), and can be stopped; the window stays painted meanwhile.
    QProgressDialog progressDialog(tr("Exchanging through the folder…"), tr("Cancel"), 0, kProgressSteps, m_window);
    progressDialog.setObjectName(QStringLiteral("folderProgress"));
    progressDialog.setWindowTitle(tr("Exchange Folder"));
    progressDialog.setWindowModality(Qt::WindowModal);
    progressDialog.setMinimumDuration(800);
    progressDialog.setAutoClose(false);
    progressDialog.setAutoReset(false);
    progressDialog.setMinimumWidth(420);
    progressDialog.setValue(0);
    const ExchangeProgress progress = [&](double fraction) {
        progressDialog.setValue(int(fraction * kProgressSteps));
        QCoreApplication::processEvents();
        return !progressDialog.wasCanceled();
    };
    Result<FolderPass> pass = syncFolder(m_document->store(), *keys, m_folder, progress);
    progressDialog.reset();
    QApplication::restoreOverrideCursor();
    m_passing = false;
    m_soon->stop(); // its own writes are not a change to pass again for
    m_lastPassAt = QDateTime::currentDateTimeUtc();
    watch(); // the folder may have come back (a stick plugged in again)
    if (!pass) {
        m_lastProblem = pass.error().text();
        m_window->statusBar()->showMessage(tr("The exchange folder could not be used: %1").arg(m_lastProblem), kStatusMessageMs);
        Q_EMIT passed();
        return;
    }
    m_lastProblem.clear();
    m_lastPass = *pass;
    if (!pass->merged.empty()) {
        // As after merging a bundle by hand: edits from before the merge are no longer ours
        // alone to undo.
        m_document->undoStack()->clear();
        m_view->refresh();
    }
    if (!pass->foreign.isEmpty())
        m_window->statusBar()->showMessage(tr("Exchange folder: bundles under this office's name that this file did not write "
                                              "are in the folder (Exchange ▸ Exchange Folder… says which)."),
                                           kStatusMessageMs);
    else if (!pass->merged.empty() || !pass->written.isEmpty() || !pass->setAside.empty())
        m_window->statusBar()->showMessage(tr("Exchange folder: %1.").arg(passText(*pass)), kStatusMessageMs);
    Q_EMIT passed();
    if (const qint64 c = pass->conflicts(); c > 0) {
        QStringList from;
        for (const MergeSummary& m : pass->merged)
            if ((m.conflicts > 0 || m.codeClashes > 0) && !from.contains(m.senderName))
                from << m.senderName;
        Q_EMIT conflictsToReview(c, from.join(QStringLiteral(", ")));
    }
}

void FolderExchange::showDialog()
{
    if (!m_document)
        return;
    ExchangeFolderDialog dialog(*this, m_document->store(), m_window);
    Dialogs::exec(dialog);
}

} // namespace tandem
