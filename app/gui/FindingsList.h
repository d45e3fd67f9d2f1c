#pragma once

#include "findings/Finding.h"
#include "findings/FindingAcceptance.h"

#include <QPointer>
#include <QSplitter>

#include <functional>
#include <initializer_list>
#include <optional>

class Plan;
class PlanSession;
class QAction;
class QLayout;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTimer;

// The list of findings, most severe first (severity icon, colour and words, then the title), beside
// the chosen finding in full: what was seen, why it matters, what to do, the rule. Every text comes
// from the view that shows it, so that it keeps that view's translations. Findings the owner accepted
// as a risk are marked so, with the reason; "Accept as a Risk…" (a button and the list's context
// menu) accepts the chosen one, undoably.
class FindingsList final : public QSplitter
{
    Q_OBJECT

public:
    // Already translated by the view.
    struct Texts
    {
        QString listName; // accessible names
        QString detailsName;
        QString severity; // "Severity: %1"
        QString seen;
        QString why;
        QString fix;
        QString rule; // "Rule %1"
    };
    using RowText = std::function<QString(const Finding &)>;

    // The list is named prefix + "FindingsList", the details prefix + "FindingDetails", the buttons
    // prefix + "FindingAccept" and prefix + "FindingWithdraw". belowDetails, if any, goes under the
    // details pane, beside the buttons.
    FindingsList(const QString &prefix, const Texts &texts, QLayout *belowDetails = nullptr,
                 QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QTextBrowser *details() const { return m_details; }
    const QList<Finding> &findings() const { return m_findings; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *withdrawButton() const { return m_withdraw; }

    // HTML put under the severity in the details, e.g. what the finding is about.
    void setAboutHtml(std::function<QString(const Finding &)> aboutHtml)
    {
        m_aboutHtml = std::move(aboutHtml);
    }
    // Shows these findings, each row as rowText says, keeping the chosen one chosen.
    void setFindings(const QList<Finding> &findings, const RowText &rowText);

    // Emits refreshDue once a burst of these signals of the session's plan is over (and when an
    // acceptance changes). The findings shown are of this plan: it says which are accepted, and
    // accepting and withdrawing go through the session's undo stack.
    void refreshOn(PlanSession &session, std::initializer_list<void (Plan::*)()> signalsOfPlan);
    // Forgets a refresh still waiting (the view refreshes at once).
    void cancelRefresh();

    // The acceptance in force for the finding in that row, if any.
    std::optional<FindingAcceptance> acceptanceAt(int row) const;
    // Asks for the chosen finding's acceptance (reason and expiry), or withdraws it.
    void acceptCurrent();
    void withdrawCurrent();

signals:
    void refreshDue();
    // After the details show the finding in that row (-1: none).
    void currentFindingChanged(int row);

private:
    void showDetails(int row);
    void updateButtons();

    Texts m_texts;
    QList<Finding> m_findings;
    QList<std::optional<FindingAcceptance>> m_acceptances; // by row
    std::function<QString(const Finding &)> m_aboutHtml;
    Plan *m_plan = nullptr;
    QPointer<PlanSession> m_session;
    QTimer *m_refreshTimer;
    QListWidget *m_list;
    QTextBrowser *m_details;
    QPushButton *m_accept;
    QPushButton *m_withdraw;
    QAction *m_acceptAction;
    QAction *m_withdrawAction;
};
