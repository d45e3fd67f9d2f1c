#pragma once

#include <QMainWindow>

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void planOpened();
    void planClosing();
    void planClosed();
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
};
