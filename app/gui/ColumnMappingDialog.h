#pragma once

#include "accounts/importers/AccountColumnMapping.h"
#include "common/Csv.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;

// For "any other CSV": shows what was detected (separator, encoding), the first rows of the file,
// and a choice per account field of the column that holds it. Only the user name is required.
class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    // `head` is the start of the file as read (header and first rows). `mapping` preselects columns;
    // an empty one is guessed from the column names.
    ColumnMappingDialog(const CsvTable &head, const AccountColumnMapping &mapping, QWidget *parent = nullptr);

    AccountColumnMapping mapping() const;

    // A first guess from the column names ("Login", "E-mail", "Full name", ...).
    static AccountColumnMapping guess(const CsvTable &head);

private:
    struct Field
    {
        QString AccountColumnMapping::*member;
        QComboBox *box;
    };
    void validate();

    QList<Field> m_fields;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
