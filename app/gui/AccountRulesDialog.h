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

private:
    struct Field
    {
        int AccountRules::*member;
        QSpinBox *box;
    };
    QSpinBox *addField(int AccountRules::*member, int min, int max, const QString &suffix,
                       const QString &objectName);

    QList<Field> m_fields;
};
