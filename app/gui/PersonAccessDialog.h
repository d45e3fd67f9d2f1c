#pragma once

#include "accounts/PersonAccess.h"
#include "plan/Person.h"

#include <QDialog>
#include <QList>

#include <utility>

class QCheckBox;
class QDateEdit;
class QGroupBox;

// What one team member's work needs (the access review holds their accounts' reach against it),
// and for a developer or an agency when their project ended.
class PersonAccessDialog final : public QDialog
{
    Q_OBJECT

public:
    PersonAccessDialog(const Person &person, const PersonAccess &access, QWidget *parent = nullptr);

    PersonAccess access() const;

private:
    PersonAccess m_access;
    QGroupBox *m_needsSaid;
    QList<std::pair<DataKind, QCheckBox *>> m_needs;
    QCheckBox *m_ended = nullptr;
    QDateEdit *m_endedOn = nullptr;
};
