#include "FieldMessage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

using namespace Qt::StringLiterals;

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    const int size = fontMetrics().height();
    m_icon->setPixmap(QIcon(u":/icons/status-error.svg"_s).pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(size / 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void FieldMessage::setMessage(const QString &message)
{
    m_text->setText(message);
    m_text->setAccessibleName(message);
    setVisible(!message.isEmpty());
    markField(m_field, message);
}

QString FieldMessage::message() const
{
    return m_text->text();
}

void FieldMessage::markField(QWidget *field, const QString &message)
{
    if (!field)
        return;
    field->setAccessibleDescription(message);
    // A border in the error hue is the one colour that means the same in light and dark themes;
    // the icon and words under the field carry the meaning as well.
    field->setStyleSheet(message.isEmpty() ? QString() : u"border: 2px solid #da4453; border-radius: 3px;"_s);
}
