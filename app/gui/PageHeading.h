#pragma once

#include <QWidget>

// The top of a step's page: its title and a few plain sentences on why the step matters and
// what to do.
class PageHeading final : public QWidget
{
    Q_OBJECT

public:
    PageHeading(const QString &title, const QString &intro, QWidget *parent = nullptr);
};
