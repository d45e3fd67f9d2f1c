#include "DdosCallTreeView.h"

#include "DdosCallDialog.h"
#include "DdosPlanCommand.h"
#include "PlanSession.h"
#include "plan/Plan.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DdosCallTreeView::DdosCallTreeView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("&Add Call…"), this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
    , m_remove(new QPushButton(QIcon(u":/icons/list-remove.svg"_s), tr("Re&move"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
{
    setObjectName(u"ddosCallTreeView"_s);
    m_intro->setObjectName(u"ddosCallTreeIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Decide now who makes each call when the shop is under attack, in the order they are "
                        "made: the host's emergency line first, then the CDN, the developers, the payment "
                        "provider, and the customers."));

    m_table->setObjectName(u"ddosCallTree"_s);
    m_table->setAccessibleName(tr("Who calls whom in an attack"));
    m_table->setHorizontalHeaderLabels(
        { tr("Task"), tr("Who makes the call"), tr("Whom they reach"), tr("Channel"), tr("Contact") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TaskColumn, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    header->resizeSection(CallerColumn, em * 22);
    header->resizeSection(ReachColumn, em * 24);
    header->resizeSection(ChannelColumn, em * 14);

    m_add->setObjectName(u"ddosAddCall"_s);
    m_edit->setObjectName(u"ddosEditCall"_s);
    m_remove->setObjectName(u"ddosRemoveCall"_s);
    m_up->setObjectName(u"ddosCallUp"_s);
    m_down->setObjectName(u"ddosCallDown"_s);
    m_add->setToolTip(tr("Add a call to make in an attack"));
    m_edit->setToolTip(tr("Change the chosen call"));
    m_remove->setToolTip(tr("Take the chosen call out of the tree (Edit > Undo brings it back)"));
    m_up->setToolTip(tr("Make the chosen call earlier"));
    m_down->setToolTip(tr("Make the chosen call later"));
    m_up->setAccessibleName(tr("Move the call up"));
    m_down->setAccessibleName(tr("Move the call down"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(em * 3);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &DdosCallTreeView::addCall);
    connect(m_edit, &QPushButton::clicked, this, &DdosCallTreeView::editCall);
    connect(m_remove, &QPushButton::clicked, this, &DdosCallTreeView::removeCall);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCall(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCall(1); });
    connect(m_table, &QTableWidget::itemActivated, this, &DdosCallTreeView::editCall);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DdosCallTreeView::updateButtons);
    Plan *plan = session.plan();
    for (auto signal : { &Plan::ddosPlanChanged, &Plan::providersChanged, &Plan::peopleChanged })
        connect(plan, signal, this, &DdosCallTreeView::refresh);
    refresh();
}

int DdosCallTreeView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void DdosCallTreeView::selectRow(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

QString DdosCallTreeView::personName(qint64 id) const
{
    const auto person = m_session.plan()->person(id);
    if (!person)
        return {};
    return person->status == Person::Status::Left ? tr("%1 (left)").arg(person->name) : person->name;
}

QString DdosCallTreeView::reachName(const CallTreeEntry &entry) const
{
    if (entry.calleeProviderId != 0) {
        const auto provider = m_session.plan()->provider(entry.calleeProviderId);
        return provider ? provider->name : tr("A provider no longer in the plan");
    }
    if (entry.calleePersonId != 0) {
        const QString name = personName(entry.calleePersonId);
        return name.isEmpty() ? tr("Someone no longer in the plan") : name;
    }
    return tr("Customers");
}

void DdosCallTreeView::refresh()
{
    const QList<CallTreeEntry> &calls = m_session.plan()->ddosPlan().callTree;
    const int keep = selectedRow();
    const qint64 keepId = keep >= 0 && keep < m_table->rowCount()
        ? m_table->item(keep, TaskColumn)->data(Qt::UserRole).toLongLong()
        : 0;
    m_table->setRowCount(int(calls.size()));
    int selectAgain = -1;
    for (int row = 0; row < calls.size(); ++row) {
        const CallTreeEntry &e = calls.at(row);
        const QString caller = e.callerPersonId != 0 ? personName(e.callerPersonId) : QString();
        const QStringList texts { e.task, caller.isEmpty() ? tr("Not decided yet") : caller, reachName(e),
                                  e.channel, e.contact };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            if (column == CallerColumn && caller.isEmpty()) {
                // Not decided is a gap in the plan: said in words, slanted for the eye.
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, TaskColumn)->setData(Qt::UserRole, e.id);
        if (e.id == keepId && keepId != 0)
            selectAgain = row;
    }
    if (selectAgain < 0 && keep >= 0)
        selectAgain = std::min(keep, int(calls.size()) - 1);
    selectRow(selectAgain);
    m_table->resizeRowsToContents();
    updateButtons();
}

void DdosCallTreeView::updateButtons()
{
    const bool writable = !m_session.plan()->isReadOnly();
    const int row = selectedRow();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && row >= 0);
    m_remove->setEnabled(writable && row >= 0);
    m_up->setEnabled(writable && row > 0);
    m_down->setEnabled(writable && row >= 0 && row < m_table->rowCount() - 1);
}

void DdosCallTreeView::addCall()
{
    const Plan &plan = *m_session.plan();
    if (plan.isReadOnly())
        return;
    DdosCallDialog dialog(CallTreeEntry {}, plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DdosPlan after = plan.ddosPlan();
    const CallTreeEntry entry = dialog.entry();
    after.callTree.append(entry);
    if (DdosPlanCommand::push(m_session, after, tr("Add the call “%1”").arg(entry.task)))
        selectRow(m_table->rowCount() - 1);
}

void DdosCallTreeView::editCall()
{
    const Plan &plan = *m_session.plan();
    const int row = selectedRow();
    if (plan.isReadOnly() || row < 0 || row >= plan.ddosPlan().callTree.size())
        return;
    DdosCallDialog dialog(plan.ddosPlan().callTree.at(row), plan, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DdosPlan after = plan.ddosPlan();
    after.callTree[row] = dialog.entry();
    static_cast<void>(
        DdosPlanCommand::push(m_session, after, tr("Edit the call “%1”").arg(after.callTree.at(row).task)));
}

void DdosCallTreeView::removeCall()
{
    const Plan &plan = *m_session.plan();
    const int row = selectedRow();
    if (plan.isReadOnly() || row < 0 || row >= plan.ddosPlan().callTree.size())
        return;
    DdosPlan after = plan.ddosPlan();
    const CallTreeEntry gone = after.callTree.takeAt(row);
    static_cast<void>(DdosPlanCommand::push(m_session, after, tr("Remove the call “%1”").arg(gone.task)));
}

void DdosCallTreeView::moveCall(int by)
{
    const Plan &plan = *m_session.plan();
    const int row = selectedRow();
    const int to = row + by;
    if (plan.isReadOnly() || row < 0 || to < 0 || to >= plan.ddosPlan().callTree.size())
        return;
    DdosPlan after = plan.ddosPlan();
    after.callTree.move(row, to);
    const QString task = after.callTree.at(to).task;
    if (DdosPlanCommand::push(m_session, after,
                              by < 0 ? tr("Move the call “%1” up").arg(task)
                                     : tr("Move the call “%1” down").arg(task)))
        selectRow(to);
}
