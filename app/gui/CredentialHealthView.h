#pragma once

#include "secrets/CredentialHealth.h"

#include <QWidget>

class NoticeBanner;
class PlanSession;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

// "How healthy are the passwords Storefort keeps?": on the owner's request only, reads the stored
// secrets from the keychain, scores them (strength, reuse, age) in memory and shows the result.
// Nothing is kept: the secrets are wiped at once, and the results go with the widget.
class CredentialHealthView final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        EntryColumn,
        StrengthColumn,
        ReusedColumn,
        AgeColumn,
        ColumnCount
    };

    CredentialHealthView(PlanSession &session, QWidget *parent);
    ~CredentialHealthView() override;

    // CRED-OLD when a secret is older than this (default 365 days).
    void setMaxAgeDays(int days) { m_maxAgeDays = days; }
    bool isBusy() const { return m_busy; }

    void check();

    static QColor strengthColour(int score);
    static QString strengthIconPath(int score);

signals:
    // A check ended: `ok` false when the keychain could not be read.
    void checkFinished(bool ok);

private:
    void showGathering(CredentialGathering &gathering);
    void showResult(const CredentialHealthResult &result, const QStringList &missing);
    void clearResult();
    void setBusy(bool busy);
    void watchPlan();

    PlanSession &m_session;
    QMetaObject::Connection m_planChanged;
    int m_run = 0; // a check's answer counts only while no newer check or other plan came
    int m_maxAgeDays = 365;
    bool m_busy = false;
    QPushButton *m_check;
    NoticeBanner *m_notice;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_missing;
    QTextBrowser *m_findings;
    QLabel *m_privacy;
};
