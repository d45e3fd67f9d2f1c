#pragma once

#include <QLabel>

// A quieter line or two of plain words under a field or a choice, saying what it changes or what to
// type (the placeholder text's colour, wrapped to the width it is given).
class HintLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit HintLabel(const QString &text, QWidget *parent = nullptr);
};
