#pragma once

#include <QWidget>

class PlanSession;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

// The "Letters" tab: confirmation letters to developers and agencies, and their replies. A letter
// asks about each account attributed to them; each reply says "keep, because…" or "remove".
class ConfirmationLettersView final : public QWidget
{
    Q_OBJECT

public:
    ConfirmationLettersView(PlanSession &session, QWidget *parent = nullptr);

    QTreeWidget *letters() const { return m_letters; }
    QTreeWidget *accounts() const { return m_accounts; }
    qint64 selectedLetterId() const;
    qint64 selectedAccountId() const;
    void selectLetter(qint64 letterId);
    void selectAccount(qint64 accountId);

    // Writes a new letter (to `personId`, or to the person chosen in the dialog) and records it.
    void writeLetter(qint64 personId = 0);
    void showLetter();
    void removeLetter();
    // Asks for the reply about the selected account of the selected letter and records it.
    void recordReply();
    void refresh();

private:
    void showAccounts();
    void updateButtons();

    PlanSession &m_session;
    QTimer *m_refreshTimer;
    QLabel *m_intro;
    QTreeWidget *m_letters;
    QTreeWidget *m_accounts;
    QLabel *m_accountsTitle;
    QPushButton *m_write;
    QPushButton *m_show;
    QPushButton *m_remove;
    QPushButton *m_reply;
};
