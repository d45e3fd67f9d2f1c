#pragma once

#include "findings/Finding.h"

#include <QSplitter>

#include <functional>
#include <initializer_list>

class Plan;
class QLayout;
class QListWidget;
class QTextBrowser;
class QTimer;

// The list of findings, most severe first (severity icon, colour and words, then the title), beside
// the chosen finding in full: what was seen, why it matters, what to do, the rule. Every text comes
// from the view that shows it, so that it keeps that view's translations.
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

    // The list is named prefix + "FindingsList", the details prefix + "FindingDetails".
    // belowDetails, if any, goes under the details pane.
    FindingsList(const QString &prefix, const Texts &texts, QLayout *belowDetails = nullptr,
                 QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QTextBrowser *details() const { return m_details; }
    const QList<Finding> &findings() const { return m_findings; }

    // HTML put under the severity in the details, e.g. what the finding is about.
    void setAboutHtml(std::function<QString(const Finding &)> aboutHtml)
    {
        m_aboutHtml = std::move(aboutHtml);
    }
    // Shows these findings, each row as rowText says, keeping the chosen one chosen.
    void setFindings(const QList<Finding> &findings, const RowText &rowText);

    // Emits refreshDue once a burst of these signals of the plan is over.
    void refreshOn(Plan *plan, std::initializer_list<void (Plan::*)()> signalsOfPlan);
    // Forgets a refresh still waiting (the view refreshes at once).
    void cancelRefresh();

signals:
    void refreshDue();
    // After the details show the finding in that row (-1: none).
    void currentFindingChanged(int row);

private:
    void showDetails(int row);

    Texts m_texts;
    QList<Finding> m_findings;
    std::function<QString(const Finding &)> m_aboutHtml;
    QTimer *m_refreshTimer;
    QListWidget *m_list;
    QTextBrowser *m_details;
};
