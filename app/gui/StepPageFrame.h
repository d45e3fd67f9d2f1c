#pragma once

#include <QWidget>

class QPushButton;

// A step's page as the walk shows it: the page itself, and below it the way back to the step before
// and on to the next one ("Next: Providers"), so the owner can walk the plan from start to end
// without looking for the navigator.
class StepPageFrame final : public QWidget
{
    Q_OBJECT

public:
    struct Neighbour
    {
        QString id; // empty: none
        QString title;
    };

    StepPageFrame(QWidget *page, const Neighbour &previous, const Neighbour &next, QWidget *parent = nullptr);

    QWidget *page() const { return m_page; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }

signals:
    void goToStep(const QString &id);

private:
    QWidget *m_page;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};
