#pragma once

#include <QWidget>

class QLabel;

// The plain-words problem shown under a field: a warning icon and the message. The field gets a
// red border and the message as its accessible description; nothing is written while it shows.
class FieldMessage final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    // An empty message hides it and clears the field's mark.
    void setMessage(const QString &message);
    QString message() const;

    static void markField(QWidget *field, const QString &message);

private:
    QWidget *m_field;
    QLabel *m_icon;
    QLabel *m_text;
};
