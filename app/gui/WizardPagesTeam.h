#pragma once

#include "plan/Person.h"

#include <QList>
#include <QWizardPage>

class FieldMessage;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// The welcome wizard's team page: a few people, a line each (name, role, e-mail, what they are),
// then who owns the plan and which of them is the person at this computer. Empty lines are left
// out; Next stays disabled while a line has a problem, shown under it.
class TeamWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    // Someone on the team: a person the plan already has (id), or one of people() (index).
    struct Choice
    {
        qint64 personId = 0;
        int newIndex = -1;
        bool isNobody() const { return personId == 0 && newIndex < 0; }
    };

    // `existing`: the plan's team, offered as owner and "me" but not listed again.
    TeamWizardPage(const QList<Person> &existing, qint64 ownerId, qint64 meId, QWidget *parent = nullptr);

    QList<Person> people() const; // the filled-in lines, trimmed
    Choice owner() const;
    Choice me() const;

    bool isComplete() const override;

private:
    struct Row
    {
        int serial; // stable while lines come and go: the owner and "me" lists refer to it
        QLineEdit *name;
        QLineEdit *role;
        QLineEdit *email;
        QComboBox *kind;
        QToolButton *remove;
        FieldMessage *nameMessage;
        FieldMessage *emailMessage;
        QWidget *messages; // the two messages, under the line
    };

    void addRow();
    void removeRow(int serial);
    void relayout();
    void showRowProblems(const Row &row);
    void clearFixedProblems(const Row &row);
    void fillChoices();
    void fillChoice(QComboBox *combo, const QString &nobody, const QString &fallback, bool touched);
    static bool isEmpty(const Row &row);
    static Person personOf(const Row &row);
    Choice choiceOf(const QComboBox *combo) const;

    QList<Person> m_existing;
    QList<Row> m_rows;
    int m_nextSerial = 0;
    QGridLayout *m_grid;
    QLabel *m_nameHeader;
    QLabel *m_roleHeader;
    QLabel *m_emailHeader;
    QLabel *m_kindHeader;
    QPushButton *m_addRow;
    QComboBox *m_owner;
    QComboBox *m_me;
    QString m_ownerDefault; // the choice the lists start from: "p<id>", "r<serial>" or ""
    QString m_meDefault;
    bool m_ownerTouched = false;
    bool m_meTouched = false;
};
