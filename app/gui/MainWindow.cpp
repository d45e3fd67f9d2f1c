#include "MainWindow.h"

#include "AuditWording.h"
#include "EarlierCopiesDialog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "NoPlanPage.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "PlanView.h"
#include "SettingsDialog.h"
#include "StartReminders.h"
#include "TlsPage.h"
#include "plan/Plan.h"
#include "plan/PlanLocations.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const auto geometryKey = u"ui/geometry"_s;
const auto stateKey = u"ui/windowState"_s;
const auto splitterKey = u"ui/navigatorSplitter"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new PlanSession(this))
    , m_readOnlyBanner(new NoticeBanner(this))
    , m_auditBanner(new NoticeBanner(this))
    , m_remindersBanner(new NoticeBanner(this))
    , m_views(new QStackedWidget(this))
    , m_noPlan(new NoPlanPage(this))
    , m_planView(new PlanView(StepRegistry::standard(), this))
    , m_pathLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    const int em = fontMetrics().height();

    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_auditBanner->setObjectName(u"auditBanner"_s);
    m_readOnlyBanner->hide();
    m_auditBanner->hide();
    QPushButton *showHistory = m_auditBanner->addButton(tr("Show &History"));
    connect(showHistory, &QPushButton::clicked, this, [this] { showStep(u"history"_s); });
    // On the History page itself the way there is pointless.
    connect(m_planView, &PlanView::stepShown, showHistory,
            [showHistory](const QString &id) { showHistory->setVisible(id != u"history"_s); });

    m_views->addWidget(m_noPlan);
    m_views->addWidget(m_planView);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *banners = new QVBoxLayout;
    banners->setContentsMargins(em / 2, em / 2, em / 2, 0);
    banners->setSpacing(em / 2);
    banners->addWidget(m_readOnlyBanner);
    banners->addWidget(m_auditBanner);
    banners->addWidget(m_remindersBanner);
    new StartReminders(*m_session, m_remindersBanner, this);
    layout->addLayout(banners);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();

    connect(m_noPlan, &NoPlanPage::newRequested, this, &MainWindow::newPlan);
    connect(m_noPlan, &NoPlanPage::openRequested, this, &MainWindow::choosePlanToOpen);
    connect(m_noPlan, &NoPlanPage::openPathRequested, this, &MainWindow::openPlan);
    connect(m_noPlan, &NoPlanPage::defaultPlanRequested, this, &MainWindow::openDefaultPlan);
    connect(m_session, &PlanSession::opened, this, &MainWindow::planOpened);
    connect(m_session, &PlanSession::aboutToClose, this, &MainWindow::planClosing);
    connect(m_session, &PlanSession::closed, this, &MainWindow::planClosed);
    // Queued: a refused undo is reported after the undo stack has finished with the command.
    connect(
        m_session, &PlanSession::editFailed, this,
        [this](const QString &message) { MessageBox::warning(this, tr("Change Not Saved"), message); },
        Qt::QueuedConnection);

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        const QSize room = screen() ? screen()->availableSize() * 9 / 10 : QSize(em * 80, em * 52);
        resize(QSize(em * 80, em * 52).boundedTo(room));
    }
    restoreState(settings.value(stateKey).toByteArray());
    m_planView->restoreState(settings.value(splitterKey).toByteArray());
    planClosed();
}

MainWindow::~MainWindow() = default;

void MainWindow::openAtStart(const QString &path)
{
    QString target = path;
    if (target.isEmpty())
        target = PlanLocations::lastPlan();
    if (target.isEmpty() && !QFileInfo::exists(PlanLocations::defaultPlanPath())) {
        // A first start: the owner goes straight to a plan of their own.
        if (Status status = m_session->create(PlanLocations::defaultPlanPath(), defaultShopName()); !status)
            showStartProblem(PlanLocations::defaultPlanPath(), status.error());
        return;
    }
    if (target.isEmpty())
        target = PlanLocations::defaultPlanPath();
    if (Status status = m_session->open(target); !status)
        showStartProblem(target, status.error());
}

void MainWindow::showStartProblem(const QString &failedPath, const QString &message)
{
    const QString defaultPath = PlanLocations::defaultPlanPath();
    QString action;
    if (QFileInfo(failedPath).absoluteFilePath() != QFileInfo(defaultPath).absoluteFilePath())
        action = QFileInfo::exists(defaultPath) ? tr("Open My &Default Plan") : tr("Start a &Fresh Plan");
    m_noPlan->setProblem(message, action);
}

bool MainWindow::openPlan(const QString &path)
{
    if (Status status = m_session->open(path); !status) {
        QString message = status.error();
        if (!QFileInfo::exists(path)
            && PlanLocations::recentPlans().contains(QFileInfo(path).absoluteFilePath())) {
            PlanLocations::forget(path);
            message += u"\n\n"_s + tr("It was taken off the list of recent plans.");
            m_noPlan->refreshRecent();
        }
        MessageBox::critical(this, tr("Open Plan"), message);
        return false;
    }
    return true;
}

bool MainWindow::createPlan(const QString &path, const QString &shopName)
{
    if (Status status = m_session->create(path, shopName); !status) {
        MessageBox::critical(this, tr("New Plan"), status.error());
        return false;
    }
    return true;
}

void MainWindow::openDefaultPlan()
{
    const QString path = PlanLocations::defaultPlanPath();
    if (QFileInfo::exists(path))
        openPlan(path);
    else
        createPlan(path, defaultShopName());
}

void MainWindow::closePlan()
{
    m_session->close();
}

void MainWindow::showStep(const QString &id)
{
    m_planView->showStep(id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_planView->saveState());
    m_session->close();
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction
        = file->addAction(QIcon(u":/icons/document-new.svg"_s), tr("&New Plan…"), this, &MainWindow::newPlan);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(u"newAction"_s);
    QAction *openAction = file->addAction(QIcon(u":/icons/document-open.svg"_s), tr("&Open Plan…"), this,
                                          &MainWindow::choosePlanToOpen);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(u"openAction"_s);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_saveCopyAction = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopy);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setObjectName(u"saveCopyAction"_s);
    m_earlierCopiesAction = file->addAction(tr("&Earlier Copies…"), this, &MainWindow::showEarlierCopies);
    m_earlierCopiesAction->setObjectName(u"earlierCopiesAction"_s);
    m_earlierCopiesAction->setStatusTip(tr("Go back to the plan as it was when it was opened before"));
    m_closeAction = file->addAction(tr("&Close Plan"), this, &MainWindow::closePlan);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setObjectName(u"closeAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setObjectName(u"redoAction"_s);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    // The steps again, with Ctrl+1, Ctrl+2, ... : a keyboard path to every page.
    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_setUpAgainAction = help->addAction(tr("&Set Up the Shop Again…"), this,
                                         [this] { showWelcomeWizard(WelcomeWizard::Start::Setup); });
    m_setUpAgainAction->setObjectName(u"setUpAgainAction"_s);
    m_setUpAgainAction->setStatusTip(tr("Go through the shop's name, site, team and providers again"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Storefort"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = PlanLocations::recentPlans();
    int number = 0;
    for (const QString &path : recent.mid(0, PlanLocations::recentKept)) {
        ++number;
        // "&1 My shop.storefort": a number to pick it by keyboard, the folder in the tooltip.
        const QString text
            = u"&%1 %2"_s.arg(number % 10).arg(QFileInfo(path).fileName().replace(u'&', u"&&"_s));
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openPlan(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        PlanLocations::clearRecent();
        m_noPlan->refreshRecent();
    });
    clear->setObjectName(u"clearRecentAction"_s);
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::createStatusBar()
{
    m_pathLabel->setObjectName(u"planPathLabel"_s);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setObjectName(u"planStateLabel"_s);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_stateLabel);
}

QString MainWindow::defaultShopName()
{
    return tr("My shop");
}

void MainWindow::planOpened()
{
    Plan *plan = m_session->plan();
    m_planView->showPlan(*m_session, m_goMenu);
    connect(plan, &Plan::shopChanged, this, &MainWindow::updateTitle);

    m_noPlan->clearProblem();
    m_views->setCurrentWidget(m_planView);
    updateTitle();
    updateBanners();
    updateActions();
    m_planView->focusNavigator();
    // Queued: the window is on screen (and a test has its hands on it) before the welcome opens.
    if (m_welcomeOffered)
        QTimer::singleShot(0, this, &MainWindow::offerWelcome);
}

void MainWindow::offerWelcome()
{
    if (const Plan *plan = m_session->plan(); plan && !m_welcome && WelcomeWizard::isDue(*plan))
        showWelcomeWizard(WelcomeWizard::Start::Welcome);
}

void MainWindow::showWelcomeWizard(WelcomeWizard::Start start)
{
    const Plan *plan = m_session->plan();
    if (!plan || plan->isReadOnly())
        return;
    if (m_welcome) {
        m_welcome->raise();
        m_welcome->activateWindow();
        return;
    }
    // Window-modal and not exec(): the window stays painted behind it, and tests can drive it.
    auto *wizard = new WelcomeWizard(*m_session, start, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_welcome = wizard;
    connect(wizard, &QDialog::accepted, this, [this, wizard] { welcomeFinished(wizard->siteToProbe()); });
    wizard->open();
}

void MainWindow::welcomeFinished(const QString &siteToProbe)
{
    if (siteToProbe.isEmpty()) {
        showStep(u"shop-team"_s);
        return;
    }
    showStep(u"tls"_s);
    if (auto *tls = m_planView->findChild<TlsPage *>())
        tls->probeSite(siteToProbe);
}

void MainWindow::planClosing()
{
    // The pages hold references to the plan: they go before it does (the welcome wizard too).
    delete m_welcome.data();
    m_planView->clear();
    m_goMenu->clear();
}

void MainWindow::planClosed()
{
    m_noPlan->refreshRecent();
    m_views->setCurrentWidget(m_noPlan);
    updateTitle();
    updateBanners();
    updateActions();
}

void MainWindow::updateTitle()
{
    const Plan *plan = m_session->plan();
    if (!plan) {
        setWindowFilePath({});
        setWindowTitle(tr("Storefort"));
        return;
    }
    setWindowFilePath(plan->path());
    const QString title = tr("%1 — %2").arg(plan->shop().name, QFileInfo(plan->path()).fileName());
    setWindowTitle(plan->isReadOnly() ? tr("%1 (read-only)").arg(title) : title);
}

void MainWindow::updateBanners()
{
    const Plan *plan = m_session->plan();
    if (plan && plan->isReadOnly()) {
        const QString reason = plan->readOnlyReason().isEmpty() ? tr("Changes cannot be made to it here.")
                                                                : plan->readOnlyReason();
        m_readOnlyBanner->setMessage(NoticeBanner::Kind::Warning, tr("This plan is read-only."), reason);
    }
    m_readOnlyBanner->setVisible(plan && plan->isReadOnly());

    const bool broken = plan && !plan->auditCheckOnOpen().intact;
    if (broken) {
        // Said once, when the plan opens; the History step keeps saying it. Nothing is repaired.
        m_auditBanner->setMessage(NoticeBanner::Kind::Warning,
                                  tr("The plan's history has been tampered with."),
                                  AuditWording::verificationMessage(plan->auditCheckOnOpen())
                                      + tr(" Storefort has not repaired or hidden anything."));
    }
    m_auditBanner->setVisible(broken);

    m_pathLabel->setText(plan ? QDir::toNativeSeparators(plan->path()) : tr("No plan open"));
    if (!plan)
        m_stateLabel->clear();
    else if (plan->isReadOnly())
        m_stateLabel->setText(tr("Read-only: changes cannot be made"));
    else
        m_stateLabel->setText(tr("Every change is saved as you make it"));
}

void MainWindow::updateActions()
{
    const bool open = m_session->plan() != nullptr;
    m_saveCopyAction->setEnabled(open);
    m_earlierCopiesAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_setUpAgainAction->setEnabled(open && !m_session->plan()->isReadOnly());
    m_goMenu->menuAction()->setVisible(open);
}

QString MainWindow::suggestedFolder() const
{
    if (const Plan *plan = m_session->plan())
        return QFileInfo(plan->path()).absolutePath();
    return PlanLocations::dataFolder();
}

void MainWindow::newPlan()
{
    const QString path = FileDialog::savePlanName(
        this, tr("New Plan"), QDir(suggestedFolder()).filePath(tr("New shop") + u".storefort"_s),
        FileDialog::Existing::Refuse);
    if (path.isEmpty())
        return;
    // The file's name is a good first guess at the shop's name; it can be changed on the first page.
    createPlan(path, QFileInfo(path).completeBaseName());
}

void MainWindow::choosePlanToOpen()
{
    const QString path = FileDialog::openPlanName(this, tr("Open Plan"), suggestedFolder());
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::saveCopy()
{
    const Plan *plan = m_session->plan();
    if (!plan)
        return;
    const QString suggested
        = QDir(suggestedFolder())
              .filePath(tr("%1 (copy)").arg(QFileInfo(plan->path()).completeBaseName()) + u".storefort"_s);
    const QString path
        = FileDialog::savePlanName(this, tr("Save a Copy As"), suggested, FileDialog::Existing::MayReplace);
    if (path.isEmpty())
        return;
    if (Status status = plan->saveCopyAs(path); !status) {
        MessageBox::critical(this, tr("Save a Copy"), status.error());
        return;
    }
    statusBar()->showMessage(tr("A copy of the plan was saved as %1.").arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::showEarlierCopies()
{
    if (!m_session->plan())
        return;
    // Window-modal and not exec(): the window stays painted behind it, and tests can drive it.
    auto *dialog = new EarlierCopiesDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_session->plan(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Storefort"),
                       tr("<h3>Storefort %1</h3>"
                          "<p>Storefort walks the owner of a small online shop through a security plan for "
                          "the shop, step by step and in plain words.</p>"
                          "<p>It works offline. Passwords are kept only in your system's keychain.</p>"
                          "<p><a href=\"https://storefort.org\">storefort.org</a></p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}
