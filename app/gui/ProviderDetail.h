#pragma once

#include "findings/Finding.h"

#include <QWidget>

class CertificationsEditor;
class CredentialBox;
class PlanSession;
class ProviderFindingsView;
class QLabel;
class QPushButton;
class QTabWidget;
class QuestionnaireView;

// One provider in full, in tabs: how to reach them, the portal sign-in, their certifications, the
// questionnaire with the answers on file, and what Storefort found.
class ProviderDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderDetail(PlanSession &session, QWidget *parent = nullptr);

    void setProvider(qint64 providerId);
    qint64 providerId() const { return m_providerId; }
    void setFindings(const QList<Finding> &findings);

    QTabWidget *tabs() const { return m_tabs; }
    CredentialBox *credentials() const { return m_credentials; }
    CertificationsEditor *certifications() const { return m_certifications; }

signals:
    void editRequested();

private:
    void showContact();

    PlanSession &m_session;
    qint64 m_providerId = 0;
    QLabel *m_title;
    QTabWidget *m_tabs;
    QLabel *m_support;
    QLabel *m_contact;
    QPushButton *m_edit;
    CredentialBox *m_credentials;
    CertificationsEditor *m_certifications;
    QuestionnaireView *m_questionnaire;
    ProviderFindingsView *m_findings;
};
