#pragma once

#include "providers/Provider.h"

#include <QDialog>

class FieldMessage;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

// Adds or edits one provider: who they are, what they run for the shop, the contract, and how to
// reach their support. OK stays disabled while Provider::check() finds a problem, and the problem
// is shown at its field in plain words. Certifications and the portal credential are edited on
// the provider's page; the dialog keeps them as they are.
class ProviderDialog final : public QDialog
{
    Q_OBJECT

public:
    // `provider` with id 0 adds a new provider; otherwise edits that provider.
    explicit ProviderDialog(const Provider &provider, QWidget *parent = nullptr);

    Provider provider() const;

    // For tests and callers that fill the form: the date fields, invalid for "no date".
    void setContractDates(const QDate &start, const QDate &end);

private:
    void validate();

    Provider m_original;
    bool m_touched = false;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_services;
    QCheckBox *m_hasStart;
    QDateEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_portal;
    QLineEdit *m_hours;
    QCheckBox *m_allHours;
    QLineEdit *m_account;
    QLineEdit *m_escalation;
    QPlainTextEdit *m_notes;
    FieldMessage *m_nameMessage;
    FieldMessage *m_emailMessage;
    FieldMessage *m_contractMessage;
    FieldMessage *m_portalMessage;
    FieldMessage *m_otherMessage;
    QDialogButtonBox *m_buttons;
};
