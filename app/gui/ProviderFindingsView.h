#pragma once

#include "findings/Finding.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTextBrowser;

// One provider's findings, most severe first: titles with their severity in words, an icon and a
// colour, and beside them the chosen finding in full — why it matters, what is on file, how to fix it.
class ProviderFindingsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderFindingsView(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    int count() const { return int(m_findings.size()); }

    static QString iconPath(Severity severity);
    static QColor colour(Severity severity);

private:
    void showDetails(int row);

    QList<Finding> m_findings;
    QLabel *m_summary;
    QListWidget *m_list;
    QTextBrowser *m_details;
};
