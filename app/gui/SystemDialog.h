#pragma once

#include "accounts/System.h"

#include <QDialog>
#include <QList>

class FieldMessage;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;
struct Provider;

// Adds or edits one system where the shop's accounts live: what it is, who runs it, what the owner
// knows of its audit log, and its password rules. OK stays disabled while System::check() finds a
// problem or nothing changed.
class SystemDialog final : public QDialog
{
    Q_OBJECT

public:
    // `system` with id 0 adds a new system; `providers` are offered as who runs it.
    SystemDialog(const System &system, const QList<Provider> &providers, QWidget *parent = nullptr);

    System system() const;

private:
    void validate();

    System m_original;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QComboBox *m_auditLog;
    QSpinBox *m_retention;
    QCheckBox *m_reviewed;
    QDateEdit *m_reviewedOn;
    QComboBox *m_mfa;
    QSpinBox *m_minLength;
    QSpinBox *m_maxAge;
    QSpinBox *m_lockout;
    QLineEdit *m_admin;
    FieldMessage *m_message;
    QDialogButtonBox *m_buttons;
};
