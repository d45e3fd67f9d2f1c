#pragma once

#include "contingency/DdosPlan.h"

#include <QDialog>

class FieldMessage;
class Plan;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

// Adds or edits one call of the DDoS call tree: the task, who makes the call, whom they reach (a
// provider, a team member, or the shop's customers), the channel and the number or address to use.
// Picking a suggested task on a new call suggests whom it reaches and how; choosing a provider or a
// person fills in their phone or e-mail while the contact is empty. OK stays disabled without a task.
class DdosCallDialog final : public QDialog
{
    Q_OBJECT

public:
    DdosCallDialog(const CallTreeEntry &entry, const Plan &plan, QWidget *parent = nullptr);

    CallTreeEntry entry() const;

    // The reach combo's data for customers, a provider and a person.
    static QString customersKey();
    static QString providerKey(qint64 providerId);
    static QString personKey(qint64 personId);

private:
    void taskChosen(int index);
    void fillContact();
    QString contactFor(const QString &reachKey) const;
    void validate();

    const Plan &m_plan;
    CallTreeEntry m_original;
    QComboBox *m_task;
    QComboBox *m_caller;
    QComboBox *m_reach;
    QComboBox *m_channel;
    QLineEdit *m_contact;
    FieldMessage *m_message;
    QDialogButtonBox *m_buttons;
    QString m_filledContact; // what fillContact() last wrote, so it may replace its own guess
    bool m_reachChosen = false; // the owner picked whom to reach: suggestions leave it alone
    bool m_channelChosen = false;
};
