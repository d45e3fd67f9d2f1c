#pragma once

#include "tls/TlsFindings.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTextBrowser;

// The probe's findings, most severe first: a list of titles with their severity, and beside it
// the chosen finding in full — why it matters, what the probe saw, and what to ask the host to do.
class TlsFindingsView final : public QWidget
{
    Q_OBJECT

public:
    explicit TlsFindingsView(QWidget *parent = nullptr);

    void setFindings(const QList<TlsFindings::Finding> &findings);
    void setPending(const QString &text); // no findings yet (probe running, nothing shown)

    static QString severityName(TlsFindings::Severity severity);

private:
    void showDetails(int row);

    QList<TlsFindings::Finding> m_findings;
    QLabel *m_summary;
    QListWidget *m_list;
    QTextBrowser *m_details;
};
