#pragma once

#include "accounts/AccountRules.h"
#include "common/Result.h"

#include <QPointer>
#include <QWidget>

class Plan;
class QSpinBox;

// Settings, Rules: the thresholds the plan's checks use — password age, unused accounts, the access
// review, providers' answers, the newest backup and how often recovery items are checked again.
// They are kept in the plan, so the app and the command line judge alike; nothing is written until
// apply(), and each change is then one audited edit. A read-only plan shows them disabled.
class SettingsRulesTab final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsRulesTab(Plan &plan, QWidget *parent = nullptr);

    // Writes what changed. Stops at the first change the plan refuses and returns its plain message.
    Status apply();
    // The account rules as they stand in the tab (those of "More account rules…" included).
    AccountRules accountRules() const;

private:
    QSpinBox *accountField(int AccountRules::*member, const QString &objectName);
    void editMoreRules();

    QPointer<Plan> m_plan;
    AccountRules m_rules; // the thresholds the tab does not show, as "More account rules…" left them
    QSpinBox *m_passwordAge = nullptr;
    QSpinBox *m_passwordAgeSingleFactor = nullptr;
    QSpinBox *m_inactive = nullptr;
    QSpinBox *m_accessReview = nullptr;
    QSpinBox *m_answerAge = nullptr;
    QSpinBox *m_backupAge = nullptr;
    QSpinBox *m_recheck = nullptr;
};
