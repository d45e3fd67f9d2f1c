#pragma once

#include <QString>

class QDialog;
class QFormLayout;
class QPushButton;
class QWidget;

// Lays out the small dialogs that ask for a line or two: `intro` above `form`, OK and Cancel
// below, at least `minimumWidth` pixels wide. Returns the OK button, titled `okText` and
// named `okObjectName` (the tests find it by that name).
QPushButton *layOutFormDialog(QDialog &dialog, QWidget *intro, QFormLayout *form, const QString &okText,
                              const QString &okObjectName, int minimumWidth);
