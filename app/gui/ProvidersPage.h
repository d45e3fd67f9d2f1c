#pragma once

#include "PlanStep.h"

#include <QWidget>

class PlanSession;
class ProviderDetail;
class ProvidersModel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

// "Providers": the companies the shop relies on for what it cannot secure itself — host, platform,
// payment, developers — with how to reach them, their sign-in, certifications, the questions to ask
// them with the answers on file, and what does not add up.
class ProvidersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProvidersPage(PlanSession &session, QWidget *parent = nullptr);

    static PlanStep step();

    void addProvider();
    void editProvider();
    void removeProvider();

    qint64 selectedProviderId() const;
    void selectProvider(qint64 providerId);

private:
    void modelReset();
    void selectionChanged();
    void updateState();

    PlanSession &m_session;
    ProvidersModel *m_model;
    qint64 m_selectedId = 0;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QSpinBox *m_answerAge;
    ProviderDetail *m_detail;
};
