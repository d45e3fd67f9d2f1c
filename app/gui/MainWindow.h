#pragma once

#include "WelcomeWizard.h"

#include <QMainWindow>
#include <QPointer>

class NoPlanPage;
class NoticeBanner;
class PlanSession;
class PlanView;
class QLabel;
class QMenu;
class QStackedWidget;

// The Storefort window: the plan's steps in a navigator down the side, the step's page beside it,
// banners for a read-only plan or a broken history, and the File/Edit/Help menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // What happens at start: the plan named on the command line, else the last plan, else the
    // default plan (created when it does not exist yet) — without asking anything. A plan that
    // cannot be opened leaves the window on the no-plan page, saying why and offering a way on.
    void openAtStart(const QString &path);

    // Open or create a plan from the menus: problems are reported in a message box.
    bool openPlan(const QString &path);
    bool createPlan(const QString &path, const QString &shopName);
    void openDefaultPlan();
    void closePlan();
    void showStep(const QString &id);

    PlanSession *session() const { return m_session; }
    // The shop's name in a plan the app makes before the owner has named it ("My shop").
    static QString defaultShopName();

    // The first-run welcome (WelcomeWizard) greets the owner when a blank plan opens. The app turns
    // it on; tests and tools that build a window leave it off unless they are about the welcome.
    void setWelcomeOffered(bool on) { m_welcomeOffered = on; }
    // Opens the welcome wizard on the open, writable plan (Help > Set Up the Shop Again).
    void showWelcomeWizard(WelcomeWizard::Start start);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void planOpened();
    void planClosing();
    void planClosed();
    void offerWelcome();
    void welcomeFinished(const QString &siteToProbe);
    void updateTitle();
    void updateBanners();
    void updateActions();
    void fillRecentMenu();
    void newPlan();
    void choosePlanToOpen();
    void saveCopy();
    void showEarlierCopies();
    void showSettings();
    void showAbout();
    void showStartProblem(const QString &failedPath, const QString &message);
    QString suggestedFolder() const;

    PlanSession *m_session;
    NoticeBanner *m_readOnlyBanner;
    NoticeBanner *m_auditBanner;
    NoticeBanner *m_remindersBanner;
    QStackedWidget *m_views;
    NoPlanPage *m_noPlan;
    PlanView *m_planView;
    QLabel *m_pathLabel;
    QLabel *m_stateLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_earlierCopiesAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_setUpAgainAction = nullptr;
    bool m_welcomeOffered = false;
    QPointer<WelcomeWizard> m_welcome;
};
