#pragma once

#include "accounts/AccountRules.h"

#include <QDialog>
#include <QList>

class QSpinBox;

// "Settings" of the account hygiene rules: every threshold of AccountRules in plain words, with its
// unit and the range the plan accepts, and a way back to the defaults.
class AccountRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AccountRulesDialog(const AccountRules &rules, QWidget *parent = nullptr);

    AccountRules rules() const;
    void setRules(const AccountRules &rules);
    // The accepting button's text ("Save" unless told otherwise).
    void setAcceptText(const QString &text);

    // A spin box for one threshold, with the range the plan accepts and its unit: the one place that
    // knows them, for this dialog and the Settings dialog's Rules tab alike.
    static QSpinBox *createField(int AccountRules::*member, QWidget *parent);

private:
    struct Field
    {
        int AccountRules::*member;
        QSpinBox *box;
    };
    QSpinBox *addField(int AccountRules::*member);

    QList<Field> m_fields;
};
