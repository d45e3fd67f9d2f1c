#pragma once

#include "plan/Person.h"

#include <QDialog>

class FieldMessage;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

// Adds or edits one team member. OK stays disabled while Person::check() finds a problem, and the
// problem is shown at its field in plain words.
class PersonDialog final : public QDialog
{
    Q_OBJECT

public:
    // `person` with id 0 adds a new member; otherwise edits that member.
    explicit PersonDialog(const Person &person, QWidget *parent = nullptr);

    Person person() const;

private:
    void validate();

    Person m_original;
    bool m_touched = false;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_kind;
    QRadioButton *m_active;
    QRadioButton *m_left;
    QDateEdit *m_leftOn;
    FieldMessage *m_nameMessage;
    FieldMessage *m_emailMessage;
    FieldMessage *m_leftOnMessage;
    QDialogButtonBox *m_buttons;
};
