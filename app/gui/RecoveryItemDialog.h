#pragma once

#include "contingency/RecoveryItem.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for one of the owner's own recovery items: its name and what kind of thing it is (an
// "Other" item is confirmed by hand; the other kinds Storefort can check from the files).
class RecoveryItemDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryItemDialog(QWidget *parent = nullptr);

    RecoveryItem item() const;

private:
    void updateState();

    QLineEdit *m_title;
    QComboBox *m_kind;
    QLabel *m_kindNote;
    QPushButton *m_ok;
};
