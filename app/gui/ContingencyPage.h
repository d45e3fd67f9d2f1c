#pragma once

#include "PlanStep.h"

#include <QWidget>

class BinderView;
class PlanSession;
class QTabWidget;
class RecoveryFindingsView;
class RecoveryItemsView;

// "Contingency binder": what the shop must have at hand on a bad day — backups, exports, the
// certificate's key, the code, the root account — who holds each and where, checked from the real
// files where Storefort can, and the printed binder to keep in a drawer.
class ContingencyPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ContingencyPage(PlanSession &session, QWidget *parent = nullptr);

    static PlanStep step();

    QTabWidget *tabs() const { return m_tabs; }
    RecoveryItemsView *items() const { return m_items; }
    RecoveryFindingsView *findings() const { return m_findings; }
    BinderView *binder() const { return m_binder; }

    // Shows the item on the "Recovery items" tab.
    void showItem(qint64 itemId);

private:
    QTabWidget *m_tabs;
    RecoveryItemsView *m_items;
    RecoveryFindingsView *m_findings;
    BinderView *m_binder;
};
