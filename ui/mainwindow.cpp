#include "mainwindow.h"

#include "accessiblenames.h"
#include "actions.h"
#include "security/newofficedialog.h"
#include "security/officecodedialog.h"
#include "people/whoareyoudialog.h"
#include "dialogs/prompts.h"
#include "document.h"
#include "domain/office.h"
#include "survivors/duewatcher.h"
#include "errors.h"
#include "exchange/exchangecontroller.h"
#include "exchange/folderexchange.h"
#include "notifier.h"
#include "security/filesafetycontroller.h"
#include "helpwindow.h"
#include "survivors/identitycontroller.h"
#include "security/keyring.h"
#include "query/directory.h"
#include "recentfiles.h"
#include "reports/reportcontroller.h"
#include "store/store.h"
#include "security/auditview.h"
#include "security/joinofficedialog.h"
#include "dashboard/dashboardview.h"
#include "directory/directoryview.h"
#include "exchange/exchangeview.h"
#include "survivors/identitypanel.h"
#include "meetings/meetingsview.h"
#include "views/deferredview.h"
#include "views/nofileview.h"
#include "operations/operationsview.h"
#include "protocols/protocolsview.h"
#include "survivors/survivordetail.h"
#include "survivors/survivorsview.h"
#include "tips/tipsview.h"
#include "today/todayview.h"
#include "widgets/columnfit.h"
#include "widgets/named.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace tandem {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kViewsGroup = QStringLiteral("views/");
constexpr int kStatusMessageMs = 8000;

// A stand-in for a view of class V, built by `make` on first show (views/deferredview.h).
template <class V, class Make>
DeferredView* deferred(QWidget* parent, Make make)
{
    return new DeferredView(V::staticMetaObject.className(), V::kTitle, V::kIcon, QLatin1String(V::kObjectName),
                            std::move(make), parent);
}

QString officeName(const Store& store)
{
    Result<QString> name = query::officeName(store);
    return name ? *name : QString();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_actions(new Actions(this, m_undoGroup))
    , m_navigation(named<QListWidget>(QStringLiteral("navigation"), this))
    , m_stack(named<QStackedWidget>(QStringLiteral("views"), this))
    , m_noFile(new NoFileView(m_actions->newFile(), m_actions->openFile(), m_actions->openDemo(), m_actions->joinOffice(), this))
    , m_operations(new OperationsView(this))
    , m_keyRing(new KeyRing(this))
    , m_exchangeView(new ExchangeView(m_actions, this))
    , m_exchange(new ExchangeController(this, m_actions, m_keyRing, m_exchangeView))
    , m_folderExchange(new FolderExchange(this, m_actions, m_keyRing, m_exchangeView))
    , m_dueWatcher(new DueWatcher(this))
    , m_today(new TodayView(m_dueWatcher, this))
    , m_survivors(deferred<SurvivorsView>(this, [this](QWidget* parent) {
        auto* view = new SurvivorsView(m_dueWatcher, parent);
        // Revealing a survivor's identity unlocks the office keys; locking them hides it again.
        m_identities->guard(view->detail()->identity());
        return view;
    }))
    , m_protocols(deferred<ProtocolsView>(this, [](QWidget* parent) { return new ProtocolsView(parent); }))
    , m_meetings(deferred<MeetingsView>(this, [](QWidget* parent) { return new MeetingsView(parent); }))
    , m_tips(deferred<TipsView>(this, [](QWidget* parent) { return new TipsView(parent); }))
    , m_dashboardView(deferred<DashboardView>(this, [](QWidget* parent) { return new DashboardView(parent); }))
    , m_reports(new ReportController(
          this, m_actions, m_keyRing, [this] { return m_operations->currentOperation(); },
          [this] { showView(m_operations); }, [this] { showView(m_dashboardView); }))
    , m_identities(new IdentityController(this, m_actions, m_keyRing))
    , m_fileSafety(new FileSafetyController(this, this, m_actions))
    , m_officeCode(new OfficeCodeController(this, m_actions))
    , m_auditView(new AuditView(this))
    , m_officeLabel(named<QLabel>(QStringLiteral("officeLabel"), this))
    , m_overdueLabel(named<QLabel>(QStringLiteral("overdueLabel"), this))
    , m_demoPath(DemoDatabase::defaultPath())
    , m_demoGenerator(DemoDatabase::defaultGenerator())
    , m_demoOptions(DemoDatabase::defaultOptions())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tandem.svg")));
    setWindowTitle(tr("Tandem"));

    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->setSpacing(2);
    m_stack->addWidget(m_noFile);
    addView(m_operations);
    addView(m_today);
    addView(m_survivors);
    addView(m_meetings);
    addView(m_tips);
    addView(m_protocols);
    addView(makeAgenciesView(this));
    addView(makeServicesView(this));
    addView(m_exchangeView);
    addView(m_dashboardView);
    addView(m_auditView);
    // As wide as the longest entry with a count beside it ("Today (485)"), in the language shown.
    const QFontMetrics metrics = m_navigation->fontMetrics();
    int widest = metrics.horizontalAdvance(QLatin1Char('M')) * 10;
    for (const View* view : std::as_const(m_views))
        widest = std::max(widest, metrics.horizontalAdvance(view->title() + QStringLiteral(" (9999)"))
                                      + m_navigation->iconSize().width() + 24);
    m_navigation->setFixedWidth(widest);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_officeLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_officeLabel);
    m_overdueLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_overdueLabel);
    connect(m_dueWatcher, &DueWatcher::overdueCountChanged, this, &MainWindow::showOverdue);
    connect(m_overdueLabel, &QLabel::linkActivated, this, [this] { showView(m_today); });
    connect(m_today, &TodayView::openSurvivor, this, [this](const QUuid& survivor) {
        showView(m_survivors);
        survivorsView()->selectSurvivor(survivor);
    });
    connect(m_today, &TodayView::openMeeting, this, [this](const QUuid& meeting) {
        showView(m_meetings);
        meetingsView()->select(meeting);
    });
    connect(m_today, &TodayView::openOperation, this, [this](const QUuid& operation) {
        showView(m_operations);
        m_operations->openOperation(operation);
    });
    connect(m_today, &TodayView::openProtocol, this, [this](const QUuid& protocol) {
        showView(m_protocols);
        protocolsView()->selectProtocol(protocol);
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_document && row >= 0)
            m_stack->setCurrentIndex(row + 1);
    });
    connect(m_actions->newFile(), &QAction::triggered, this, &MainWindow::askNewFile);
    connect(m_actions->openFile(), &QAction::triggered, this, &MainWindow::askOpenFile);
    connect(m_actions->joinOffice(), &QAction::triggered, this, &MainWindow::askJoinOffice);
    connect(m_actions->openDemo(), &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_actions->resetDemo(), &QAction::triggered, this, &MainWindow::resetDemo);
    connect(m_actions->helpMenu(), &QMenu::aboutToShow, this, &MainWindow::updateResetDemo);
    connect(m_actions->closeFile(), &QAction::triggered, this, &MainWindow::closeFile);
    connect(m_actions->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->guide(), &QAction::triggered, this, &MainWindow::showGuide);
    connect(m_actions->clearRecent(), &QAction::triggered, this, [this] {
        RecentFiles::clear();
        fillRecentMenu();
    });
    connect(m_actions->recentMenu(), &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_exchange, &ExchangeController::reviewConflictsRequested, this, [this] { showView(m_exchangeView); });
    m_notifier = new Notifier(this, [this](Notifier::Kind kind) {
        switch (kind) {
        case Notifier::Kind::Steps:
            showView(m_today);
            break;
        case Notifier::Kind::ActionItems:
            showView(m_meetings);
            break;
        case Notifier::Kind::Conflicts:
            showView(m_exchangeView);
            break;
        }
    });
    connect(m_folderExchange, &FolderExchange::conflictsToReview, m_notifier, &Notifier::notifyConflicts);
    connect(m_notifier, &Notifier::quitRequested, this, [this] {
        m_quitting = true;
        close();
    });

    // Screen readers name each field by its label, not by its value; tables show their columns whole.
    nameFieldsByTheirLabels(this);
    ColumnFitter::installAll(this);
    m_navigation->setCurrentRow(0);
    setStore(nullptr);
    fillRecentMenu();
    updateResetDemo();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The views hold pointers into the store: let them go before the store does.
    setStore(nullptr);
}

bool MainWindow::event(QEvent* event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && m_countAfterPaint) {
        m_countAfterPaint = false;
        m_dueWatcher->setStore(store()); // counts when the event loop is next free
    }
    return handled;
}

void MainWindow::addView(View* view)
{
    m_views.append(view);
    m_stack->addWidget(view);
    auto* item = new QListWidgetItem(view->icon(), view->navigationText(), m_navigation);
    item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 16));
    connect(view, &View::navigationTextChanged, this, [item, view] { item->setText(view->navigationText()); });
}

int MainWindow::rowOf(const View* view) const
{
    for (int row = 0; row < m_views.size(); ++row) {
        const auto* deferred = qobject_cast<const DeferredView*>(m_views[row]);
        if (m_views[row] == view || (deferred && view && view->parent() == deferred))
            return row;
    }
    return -1;
}

void MainWindow::showView(View* view)
{
    const int row = rowOf(view);
    if (row < 0 || !m_document)
        return;
    m_navigation->setCurrentRow(row);
    m_views[row]->takeFocus();
}

View* MainWindow::currentView() const
{
    View* view = m_document ? m_views.value(m_stack->currentIndex() - 1) : nullptr;
    if (auto* deferred = qobject_cast<DeferredView*>(view))
        return deferred->view();
    return view;
}

SurvivorsView* MainWindow::survivorsView() const
{
    return static_cast<SurvivorsView*>(m_survivors->view());
}

ProtocolsView* MainWindow::protocolsView() const
{
    return static_cast<ProtocolsView*>(m_protocols->view());
}

MeetingsView* MainWindow::meetingsView() const
{
    return static_cast<MeetingsView*>(m_meetings->view());
}

TipsView* MainWindow::tipsView() const
{
    return static_cast<TipsView*>(m_tips->view());
}

DashboardView* MainWindow::dashboardView() const
{
    return static_cast<DashboardView*>(m_dashboardView->view());
}

void MainWindow::showOverdue(qint64 count)
{
    // The navigation and the status bar say how many steps are overdue, whatever view is open.
    QListWidgetItem* item = m_navigation->item(int(m_views.indexOf(m_today)));
    item->setText(count > 0 ? tr("%1 (%L2)").arg(m_today->title()).arg(count) : m_today->title());
    item->setForeground(count > 0 ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
    const QString overdue = count == 1 ? tr("1 step overdue") : tr("%Ln steps overdue", nullptr, int(count));
    item->setToolTip(count > 0 ? overdue : tr("No step overdue"));
    m_overdueLabel->setText(!m_document ? QString()
                            : count > 0 ? QStringLiteral("<a href=\"today\" style=\"color:#c62828\">%1</a>").arg(overdue)
                                        : tr("No step overdue"));
}

void MainWindow::setDemo(const QString& path, DemoDatabase::Generator generator,
                         const demo::Options& options)
{
    m_demoPath = path;
    m_demoGenerator = std::move(generator);
    m_demoOptions = options;
    updateResetDemo();
}

bool MainWindow::openFile(const QString& path)
{
    // The file open here already (Open Recent, File > Open): nothing to open, and above all no
    // "open in another Tandem": this window holds it. It is brought to the front.
    if (const Store* current = store(); current && QFileInfo(path).exists()
        && QFileInfo(path).canonicalFilePath() == QFileInfo(current->path()).canonicalFilePath()) {
        raise();
        activateWindow();
        statusBar()->showMessage(tr("%1 is already open in this window.").arg(QDir::toNativeSeparators(path)),
                                 kStatusMessageMs);
        return true;
    }
    // A file another Tandem holds (or in a read-only folder) may be opened read-only instead.
    Result<std::unique_ptr<Store>> store = FileSafetyController::open(this, path);
    if (store && !*store)
        return false; // the user chose not to open it read-only
    if (!store) {
        showError(this, tr("The file could not be opened."), store.error());
        if (!QFileInfo::exists(path)) {
            RecentFiles::remove(path);
            fillRecentMenu();
        }
        return false;
    }
    // Who acts (DESIGN.md §7): the only person, or "Who are you?"; Cancel closes the file.
    QString why;
    if (!WhoAreYouDialog::admit(this, **store, &why)) {
        if (!why.isEmpty())
            showError(this, tr("The file could not be opened."), makeError(why, path));
        return false;
    }
    setStore(std::move(*store));
    fileOpened(path);
    // A file from before office codes: a lead is asked once per opening (Later goes on).
    m_officeCode->askIfMissing();
    return true;
}

bool MainWindow::createFile(const QString& path, const QString& officeName, const QString& passphrase,
                            const QString& officeCode)
{
    // The passphrase goes through Argon2id on purpose: a noticeable moment.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Store>> store = createOffice(path, officeName.trimmed(), passphrase, QString(), {}, officeCode);
    QApplication::restoreOverrideCursor();
    if (!store) {
        showError(this, tr("The new file could not be made."), store.error());
        return false;
    }
    WhoAreYouDialog::admit(this, **store); // its one person, the lead who made it
    setStore(std::move(*store));
    fileOpened(path);
    return true;
}

bool MainWindow::openDemo()
{
    if (!QFileInfo::exists(m_demoPath)) {
        Result<bool> made =
            DemoDatabase::createWithProgress(this, m_demoPath, m_demoGenerator, m_demoOptions);
        if (!made) {
            showError(this, tr("The demo database could not be made."), made.error());
            return false;
        }
        if (!*made) {
            statusBar()->showMessage(tr("Making the demo database was cancelled."), kStatusMessageMs);
            return false;
        }
    }
    return openFile(m_demoPath);
}

bool MainWindow::reopenLast()
{
    fillRecentMenu(); // prunes files that have gone, and says so
    const QStringList files = RecentFiles::files();
    return !files.isEmpty() && openFile(files.constFirst());
}

void MainWindow::openAtStart(const QString& file, bool demo)
{
    if (!file.isEmpty())
        openFile(QFileInfo(file).absoluteFilePath()); // Open Recent keeps whole paths
    else if (demo)
        openDemo();
    else
        reopenLast();
}

void MainWindow::showGuide()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::closeFile()
{
    setStore(nullptr);
}

Store* MainWindow::store() const
{
    return m_document ? &m_document->store() : nullptr;
}

void MainWindow::setStore(std::unique_ptr<Store> opened)
{
    // The old document goes only after no view points into it any more.
    std::unique_ptr<Document> old =
        std::exchange(m_document, opened ? std::make_unique<Document>(std::move(opened)) : nullptr);
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document.get(), &Document::editFailed, this, &MainWindow::showEditFailure);
    }
    m_keyRing->setStore(m_document ? &m_document->store() : nullptr); // forgets the old file's keys
    if (m_document)
        m_document->setKeyRing(m_keyRing);
    m_exchange->setDocument(m_document.get());
    m_folderExchange->setDocument(m_document.get());
    if (m_notifier)
        m_notifier->setStore(m_document ? &m_document->store() : nullptr);
    m_reports->setDocument(m_document.get());
    m_identities->setDocument(m_document.get());
    m_fileSafety->setDocument(m_document.get());
    for (View* view : std::as_const(m_views))
        view->setDocument(m_document.get());
    // Counting the overdue steps reads every open one (a tenth of a second on a file with 400,000):
    // it starts once the window has painted the file's first screen.
    m_dueWatcher->setStore(nullptr);
    m_countAfterPaint = m_document != nullptr;
    if (m_countAfterPaint)
        update();
    showOverdue(m_dueWatcher->overdueCount());
    old.reset();

    const Store* current = this->store();
    const bool open = current != nullptr;
    m_actions->setFileOpen(open);
    m_actions->setWritable(open && !current->isReadOnly());
    m_officeCode->setStore(this->store());
    m_navigation->setEnabled(open);
    if (open) {
        const QString office = officeName(*current);
        const QString name = QFileInfo(current->path()).fileName();
        setWindowTitle(current->isReadOnly() ? tr("%1 (read-only) — Tandem").arg(name)
                                             : tr("%1 — Tandem").arg(name));
        setWindowFilePath(current->path());
        m_officeLabel->setText(current->isReadOnly() ? tr("Office: %1 (read-only)").arg(office)
                                                     : tr("Office: %1").arg(office));
        m_officeLabel->setToolTip(QDir::toNativeSeparators(current->path()));
        m_stack->setCurrentIndex(std::max(m_navigation->currentRow(), 0) + 1);
        m_views.value(m_stack->currentIndex() - 1)->takeFocus();
    } else {
        setWindowTitle(tr("Tandem"));
        setWindowFilePath(QString());
        m_officeLabel->clear();
        m_officeLabel->setToolTip(QString());
        m_noFile->refresh();
        m_stack->setCurrentWidget(m_noFile);
    }
}

void MainWindow::showEditFailure(const QString& action, const QString& message, const QString& context)
{
    showError(this, tr("%1 was not possible.").arg(action), makeError(message, context));
}

void MainWindow::fileOpened(const QString& path)
{
    RecentFiles::add(path);
    fillRecentMenu();
    updateResetDemo();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
}

void MainWindow::askNewFile()
{
    const QString path = Dialogs::saveFileName(this, tr("New Tandem File"),
                                               tr("Tandem files (*.tandem)"), QStringLiteral("tandem"));
    if (path.isEmpty())
        return;
    // Store::create refuses too; saying so now spares the user the question about the office.
    if (QFileInfo::exists(path)) {
        showError(this, tr("The new file could not be made."),
                  makeError(tr("the file already exists; choose another name, or open it"), path));
        return;
    }
    NewOfficeDialog dialog(QDir::toNativeSeparators(QFileInfo(path).fileName()), this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    createFile(path, dialog.officeName(), dialog.passphrase(), dialog.officeCode());
}

void MainWindow::askJoinOffice()
{
    const QString invitation = Dialogs::openFileName(this, tr("Open an Invitation"),
                                                     tr("Tandem invitations (*.invitation);;All files (*)"));
    if (invitation.isEmpty())
        return;
    const QString path = Dialogs::saveFileName(this, tr("Where to Keep This Machine's File"), tr("Tandem files (*.tandem)"),
                                               QStringLiteral("tandem"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(this, tr("The new file could not be made."),
                  makeError(tr("the file already exists; choose another name, or open it"), path));
        return;
    }
    JoinOfficeDialog dialog(invitation, QDateTime::currentMSecsSinceEpoch(), this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Store>> store = joinAsSeat(path, dialog.invitation(), dialog.passphrase());
    QApplication::restoreOverrideCursor();
    if (!store) {
        showError(this, tr("The new file could not be made."), store.error());
        return;
    }
    WhoAreYouDialog::admit(this, **store); // its one person, the one invited
    setStore(std::move(*store));
    fileOpened(path);
    statusBar()->showMessage(tr("This computer is now %1, a machine of %2. Exchange with another machine of the office "
                                "(Exchange ▸ Exchange Folder…) to bring the office's records.")
                                 .arg(dialog.invitation().machineName, dialog.invitation().officeName),
                             kStatusMessageMs);
}

void MainWindow::askOpenFile()
{
    const QString path = Dialogs::openFileName(this, tr("Open Tandem File"),
                                               tr("Tandem files (*.tandem);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::fillRecentMenu()
{
    const QStringList gone = RecentFiles::prune();
    if (!gone.isEmpty()) {
        QStringList names;
        for (const QString& file : gone)
            names << QDir::toNativeSeparators(file);
        statusBar()->showMessage(tr("Removed from Open Recent, as they no longer exist: %1")
                                     .arg(names.join(QStringLiteral(", "))),
                                 kStatusMessageMs);
    }

    // The menu is refilled from inside one of its own actions' triggered() (opening a recent file),
    // so the old actions are deleted later, not now.
    QMenu* menu = m_actions->recentMenu();
    for (QAction* action : menu->actions()) {
        menu->removeAction(action);
        if (action != m_actions->clearRecent())
            action->deleteLater();
    }
    const QStringList files = RecentFiles::files();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files[i];
        // The number is the menu accelerator; the path shows which file of that name it is.
        auto* action = menu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(file)));
        action->setObjectName(QStringLiteral("recentFile%1").arg(i));
        action->setData(file);
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    menu->addSeparator();
    menu->addAction(m_actions->clearRecent());
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    Dialogs::about(this, tr("About Tandem"),
                   tr("<h3>Tandem %1</h3>"
                      "<p>Joint operations and survivor assistance for anti-trafficking task forces.</p>"
                      "<p>Tandem is free software: you can redistribute it and modify it under the "
                      "terms of the GNU General Public License, version 3 or (at your option) any "
                      "later version (GPL-3.0-or-later). It comes with no warranty.</p>")
                       .arg(QStringLiteral(TANDEM_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    // Kept running in the system tray (the person's choice): the window only hides, and
    // notifications go on; the tray's Quit closes it for real.
    if (m_notifier && m_notifier->hideOnClose() && !m_quitting) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    for (const View* view : m_views) {
        settings.beginGroup(kViewsGroup + view->objectName());
        view->saveLayout(settings);
        settings.endGroup();
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        QSize size(1360, 860);
        if (const QScreen* screen = this->screen())
            size = size.boundedTo(screen->availableSize() * 0.94);
        resize(size);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    for (View* view : std::as_const(m_views)) {
        settings.beginGroup(kViewsGroup + view->objectName());
        view->restoreLayout(settings);
        settings.endGroup();
    }
}

} // namespace tandem
