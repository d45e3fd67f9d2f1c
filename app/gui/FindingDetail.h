#pragma once

#include "review/PlanFindings.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTextBrowser;

// The chosen finding in full — its step and what it is about, whether and why it is accepted, what
// was seen, why it matters, how to fix it — with the way to the step where it is fixed and the
// buttons to accept it as a risk or withdraw the acceptance.
class FindingDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingDetail(QWidget *parent = nullptr);

    // Shows the finding; nullopt: none chosen. `canEdit`: the plan may be changed.
    void showFinding(const std::optional<PlanFinding> &finding, const QString &subjectName, bool canEdit);
    const std::optional<PlanFinding> &finding() const { return m_finding; }

    QTextBrowser *text() const { return m_text; }
    QPushButton *goToStepButton() const { return m_goToStep; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *withdrawButton() const { return m_withdraw; }

    // The finding's acceptance in plain words: "Accepted as a risk until 16/12/2025 by Mia on
    // 16/06/2025." (no reason).
    static QString acceptanceText(const FindingAcceptance &acceptance);
    // The acceptance in a framed box, with the reason: what a finding's details show of it (here and
    // in each step's findings list).
    static QString acceptanceHtml(const FindingAcceptance &acceptance);

signals:
    void goToStepRequested(const QString &stepId);
    void acceptRequested();
    void withdrawRequested();

private:
    std::optional<PlanFinding> m_finding;
    QTextBrowser *m_text;
    QPushButton *m_goToStep;
    QPushButton *m_accept;
    QPushButton *m_withdraw;
};
