#pragma once

#include <QHash>
#include <QWidget>

class AccountsFilterModel;
class AccountsModel;
class NoticeBanner;
class PlanSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUrl;

// The "Accounts" tab of the Accounts & access step: the systems on the left, the accounts of the
// chosen system on the right with search, a status filter and sorting; systems are added, edited
// and removed here, accounts imported (a CSV file can be dropped on the table), entered or corrected by
// hand.
class AccountsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsTab(PlanSession &session, QWidget *parent = nullptr);

    void addSystem();
    void editSystem();
    void removeSystem();
    void importAccounts();
    // The import, with `path` already chosen as if picked in the file chooser.
    void importFile(const QString &path);
    // Files dropped on the table: one CSV file opens the import with it (once the drop is over);
    // anything else is refused in the notice above the table, and nothing changes.
    void filesDropped(const QList<QUrl> &urls);
    void addAccount();
    void editAccount();

    qint64 selectedSystemId() const; // 0: all systems
    void selectSystem(qint64 systemId);
    qint64 selectedAccountId() const;
    AccountsModel *accountsModel() const { return m_model; }
    AccountsFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    NoticeBanner *notice() const { return m_notice; }

private:
    void refreshSystems();
    void systemChosen();
    void updateState();
    void refuseDrop(const QString &headline, const QString &details);

    PlanSession &m_session;
    NoticeBanner *m_notice;
    AccountsModel *m_model;
    AccountsFilterModel *m_filter;
    QHash<qint64, int> m_countBySystem; // accounts on file, removed ones included
    qint64 m_selectedSystem = 0;
    QStackedWidget *m_stack;
    QListWidget *m_systems;
    QPushButton *m_addSystem;
    QPushButton *m_editSystem;
    QPushButton *m_removeSystem;
    QLineEdit *m_search;
    QComboBox *m_status;
    QLabel *m_count;
    QStackedWidget *m_tableStack;
    QLabel *m_noAccounts;
    QTableView *m_table;
    QPushButton *m_import;
    QPushButton *m_addAccount;
    QPushButton *m_editAccount;
};
