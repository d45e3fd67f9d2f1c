#pragma once

#include <QPointer>
#include <QWidget>

class Plan;
class PlanSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class RecoveryItemChecksView;
class RecoveryItemSecretBox;

// One recovery item in full: why it matters, who holds it, where it is and how to reach it, its
// secret in the keychain, and what the last verification found, with earlier ones under "History".
// Every change of a field is an undoable edit of the plan; verifying is asked of the page.
class RecoveryItemEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryItemEditor(PlanSession &session, QWidget *parent = nullptr);
    // Writes what is still being typed: the page goes when the plan closes, with the plan still open.
    ~RecoveryItemEditor() override;

    void setItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    // Shows the item as being checked right now (the Verify button waits).
    void setChecking(bool checking);

    // Writes fields still being edited to the plan (also done when they lose focus).
    void commitPending();
    // Asks for a short note and records that the owner confirmed the item by hand.
    void confirmByHand();

    RecoveryItemSecretBox *secretBox() const { return m_secret; }

signals:
    void verifyRequested(qint64 itemId);
    void verifyAllRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void fillHolders(qint64 personId, qint64 providerId);
    void browse(bool folder);
    void commitTitle();
    void commitHolder(int index);
    void commitLocation();
    void commitHowToReach();
    void commitNotes();

    PlanSession &m_session;
    QPointer<PlanSession> m_sessionAlive; // the session may go first when the window is torn down
    QPointer<Plan> m_plan;
    qint64 m_itemId = 0;
    bool m_checking = false;
    QLabel *m_title;
    QLabel *m_kind;
    QLabel *m_why;
    QLabel *m_titleLabel;
    QLineEdit *m_titleEdit;
    QComboBox *m_holder;
    QLineEdit *m_location;
    QPushButton *m_browse;
    QLineEdit *m_howToReach;
    QPlainTextEdit *m_notes;
    RecoveryItemSecretBox *m_secret;
    QPushButton *m_verify;
    QPushButton *m_verifyAll;
    QPushButton *m_confirm;
    RecoveryItemChecksView *m_checks;
};
