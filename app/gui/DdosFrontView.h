#pragma once

#include <QWidget>

class PlanSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

// The "In Front of the Shop" tab of DDoS readiness: what the latest probe saw in front of the site,
// the CDN the owner records (for one the probe cannot see) with notes, and what the host, platform
// and CDN answered about attacks.
class DdosFrontView final : public QWidget
{
    Q_OBJECT

public:
    DdosFrontView(PlanSession &session, QWidget *parent = nullptr);

    QComboBox *cdnProvider() const { return m_cdn; }
    QTreeWidget *hostAnswers() const { return m_answers; }
    void refresh();

private:
    void showProbe();
    void showAnswers();
    void cdnChosen();
    void notesEdited();

    PlanSession &m_session;
    QLabel *m_probeIcon;
    QLabel *m_probe;
    QComboBox *m_cdn;
    QLineEdit *m_notes;
    QTreeWidget *m_answers;
    bool m_filling = false;
};
