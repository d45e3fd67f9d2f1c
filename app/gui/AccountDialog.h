#pragma once

#include "accounts/Account.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
struct Person;
struct System;

// Corrects one account by hand, or enters one that no export lists: whom it belongs to, its role,
// the data it reaches, two-step sign-in, whether it is shared or used by a program, and its status.
// The names an import gives (user name, name shown, email) can be typed only for a new account.
class AccountDialog final : public QDialog
{
    Q_OBJECT

public:
    // `account` with id 0 enters a new account on one of `systems`.
    AccountDialog(const Account &account, const QList<System> &systems, const QList<Person> &people,
                  QWidget *parent = nullptr);

    Account account() const;

private:
    void validate();

    Account m_original;
    QComboBox *m_system;
    QLineEdit *m_userName;
    QLineEdit *m_displayName;
    QLineEdit *m_email;
    QListWidget *m_people;
    QComboBox *m_role;
    QList<QCheckBox *> m_reach;
    QComboBox *m_mfa;
    QCheckBox *m_shared;
    QCheckBox *m_service;
    QComboBox *m_status;
    QDialogButtonBox *m_buttons;
};
