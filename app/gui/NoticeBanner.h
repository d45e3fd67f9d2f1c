#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

// A message across the top of a page or the window (like KDE's KMessageWidget): an icon, a bold
// headline, plain words and optional buttons. Its tint comes from the palette, so it reads well
// in light and dark themes, and the icon and words carry the meaning, never the colour alone.
class NoticeBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Positive,
        Information,
        Warning,
        Error
    };

    explicit NoticeBanner(QWidget *parent = nullptr);

    void setMessage(Kind kind, const QString &headline, const QString &details = {});
    Kind kind() const { return m_kind; }
    // The headline and details as one plain text (what a screen reader says; what tests check).
    QString text() const { return m_plainText; }

    QPushButton *addButton(const QString &text);
    // "Dismiss", which hides the banner.
    QPushButton *addDismissButton();
    void clearButtons();

    static QString iconPath(Kind kind);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor accent() const;

    Kind m_kind = Kind::Information;
    QString m_plainText;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};
