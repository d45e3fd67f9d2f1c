#pragma once

#include "providers/Provider.h"

#include <QWidget>

class PlanSession;
class QLabel;
class QPushButton;
class QTreeWidget;

// The certifications a provider holds (PCI DSS, SOC 2, ISO 27001, ...) with their expiry dates, and
// how long each still runs. Add, Edit and Remove save into the provider as undoable edits.
class CertificationsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CertificationsEditor(PlanSession &session, QWidget *parent = nullptr);

    void setProvider(qint64 providerId);

    void addCertification();
    void editCertification();
    void removeCertification();

    // "Expired on 3 March 2024", "Expires in 12 days", "Expires today", "No expiry date on file".
    static QString expiryText(const QDate &expires, const QDate &today);

private:
    void reload();
    void updateState();
    int selectedRow() const;
    // Asks for one certification; false when cancelled.
    bool ask(Certification &certification, const QString &title);
    void save(const QList<Certification> &certifications, const QString &text);

    PlanSession &m_session;
    qint64 m_providerId = 0;
    QLabel *m_hint;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};
