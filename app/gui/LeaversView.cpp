#include "LeaversView.h"

#include "MessageBox.h"
#include "PlanSession.h"
#include "accounts/LeaverChecklist.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}
} // namespace

LeaversView::LeaversView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_refreshTimer(new QTimer(this))
    , m_intro(new QLabel(this))
    , m_leavers(new QListWidget(this))
    , m_markLeft(new QPushButton(tr("&Mark as Left…"), this))
    , m_title(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_checklist(new QTableWidget(this))
{
    setObjectName(u"leaversView"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("When someone leaves, every account they had must be disabled or handed over to a "
                        "colleague. Tick each one off as it is done."));
    m_leavers->setObjectName(u"leaversList"_s);
    m_leavers->setAccessibleName(tr("People who left"));
    m_markLeft->setObjectName(u"markAsLeft"_s);
    m_title->setObjectName(u"leaverTitle"_s);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_progress->setObjectName(u"leaverProgress"_s);

    m_checklist->setObjectName(u"leaverChecklist"_s);
    m_checklist->setAccessibleName(tr("The leaver’s accounts"));
    m_checklist->setColumnCount(ColumnCount);
    m_checklist->setHorizontalHeaderLabels({ tr("Done"), tr("System"), tr("User name"), tr("Role"),
                                             tr("What was done"), tr("Colleague"), tr("On") });
    m_checklist->verticalHeader()->hide();
    m_checklist->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checklist->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checklist->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checklist->setWordWrap(false);
    QHeaderView *header = m_checklist->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c = 0; c < ColumnCount; ++c)
        header->setSectionResizeMode(
            c, c == ColleagueColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("People who left"), left));
    leftLayout->addWidget(m_leavers, 1);
    leftLayout->addWidget(m_markLeft);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_progress);
    rightLayout->addLayout(titleRow);
    rightLayout->addWidget(m_checklist, 1);
    rightLayout->addStretch(); // keeps the title at the top while there is no checklist

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    const int ch = fontMetrics().averageCharWidth();
    splitter->setSizes({ ch * 32, ch * 110 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &LeaversView::refresh);
    Plan *plan = session.plan();
    for (auto signal :
         { &Plan::accountsChanged, &Plan::accountReviewChanged, &Plan::peopleChanged, &Plan::systemsChanged })
        connect(plan, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_leavers, &QListWidget::currentRowChanged, this, &LeaversView::showChecklist);
    connect(m_checklist, &QTableWidget::itemChanged, this, &LeaversView::itemChanged);
    connect(m_markLeft, &QPushButton::clicked, this, &LeaversView::markAsLeft);

    refresh();
}

qint64 LeaversView::selectedLeaverId() const
{
    return m_leavers->currentItem() ? m_leavers->currentItem()->data(IdRole).toLongLong() : 0;
}

void LeaversView::selectLeaver(qint64 personId)
{
    for (int i = 0; i < m_leavers->count(); ++i) {
        if (m_leavers->item(i)->data(IdRole).toLongLong() == personId)
            m_leavers->setCurrentRow(i);
    }
}

int LeaversView::rowOf(qint64 accountId) const
{
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        if (m_checklist->item(row, DoneColumn)->data(IdRole).toLongLong() == accountId)
            return row;
    }
    return -1;
}

void LeaversView::refresh()
{
    m_refreshTimer->stop();
    const Plan &plan = *m_session.plan();
    const qint64 current = selectedLeaverId();
    QSignalBlocker block(m_leavers);
    m_leavers->clear();
    int active = 0;
    for (const Person &p : plan.people()) {
        if (p.status != Person::Status::Left) {
            ++active;
            continue;
        }
        const LeaverChecklist list = LeaverChecklist::of(plan, p.id);
        const QString when = p.leftOn.isValid() ? tr("left %1").arg(dateText(p.leftOn)) : tr("left");
        const QString progress = list.items.isEmpty()
            ? tr("no accounts")
            : (list.isComplete() ? tr("all done")
                                 : tr("%1 of %2 done").arg(list.doneCount()).arg(list.items.size()));
        auto *item = new QListWidgetItem(
            QIcon(list.isComplete() ? u":/icons/status-ok.svg"_s : u":/icons/status-warning.svg"_s),
            tr("%1\n%2, %3").arg(p.name, when, progress), m_leavers);
        item->setData(IdRole, p.id);
        if (p.id == current)
            m_leavers->setCurrentItem(item);
    }
    if (!m_leavers->currentItem() && m_leavers->count() > 0)
        m_leavers->setCurrentRow(0);
    block.unblock();
    m_markLeft->setEnabled(active > 0 && !plan.isReadOnly());
    showChecklist();
}

void LeaversView::showChecklist()
{
    const Plan &plan = *m_session.plan();
    const auto leaver = plan.person(selectedLeaverId());
    m_filling = true;
    m_checklist->clearContents();
    m_checklist->setRowCount(0);
    if (!leaver) {
        m_title->setText(m_leavers->count() == 0 ? tr(
                             "Nobody has left. When someone does, mark them as left: their accounts then "
                             "show here to be closed one by one.")
                                                 : tr("Choose a person to see their accounts."));
        m_progress->clear();
        m_checklist->setVisible(false);
        m_filling = false;
        return;
    }
    m_checklist->setVisible(true);
    const LeaverChecklist list = LeaverChecklist::of(plan, leaver->id);
    m_title->setText(list.items.isEmpty() ? tr("%1 had no accounts on file.").arg(leaver->name)
                                          : tr("%1’s accounts").arg(leaver->name));
    m_progress->setText(
        list.items.isEmpty() ? QString() : tr("%1 of %2 done").arg(list.doneCount()).arg(list.items.size()));

    const bool writable = !plan.isReadOnly();
    const QDate today = Clock::now().toLocalTime().date();
    m_checklist->setRowCount(int(list.items.size()));
    for (int row = 0; row < list.items.size(); ++row) {
        const LeaverChecklist::Item &item = list.items.at(row);
        const auto system = plan.system(item.account.systemId);

        auto *done = new QTableWidgetItem(item.isDone() ? tr("Done") : tr("To do"));
        done->setData(IdRole, item.account.id);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (writable && !item.closedOnSystem)
            flags |= Qt::ItemIsUserCheckable;
        done->setFlags(flags);
        done->setCheckState(item.isDone() ? Qt::Checked : Qt::Unchecked);
        done->setIcon(QIcon(item.isDone() ? u":/icons/status-ok.svg"_s : u":/icons/status-warning.svg"_s));
        m_checklist->setItem(row, DoneColumn, done);
        m_checklist->setItem(row, SystemColumn, new QTableWidgetItem(system ? system->name : QString()));
        m_checklist->setItem(row, UserColumn, new QTableWidgetItem(item.account.userName));
        m_checklist->setItem(row, RoleColumn, new QTableWidgetItem(AccountRoles::name(item.account.role)));

        if (item.closedOnSystem) {
            auto *closed = new QTableWidgetItem(tr("Closed on the system"));
            closed->setToolTip(tr("The account is %1 on %2 itself: nothing left to do.")
                                   .arg(AccountStatuses::name(item.account.status).toLower(),
                                        system ? system->name : QString()));
            m_checklist->setItem(row, ActionColumn, closed);
            m_checklist->setItem(row, ColleagueColumn, new QTableWidgetItem);
            m_checklist->setItem(row, DateColumn, new QTableWidgetItem);
            continue;
        }

        auto *action = new QComboBox(m_checklist);
        action->setObjectName(u"leaverAction_%1"_s.arg(item.account.id));
        action->addItem(LeaverStep::actionName(LeaverStep::Action::Disabled),
                        LeaverStep::actionKey(LeaverStep::Action::Disabled));
        action->addItem(tr("Handed over to"), LeaverStep::actionKey(LeaverStep::Action::HandedOver));
        auto *colleague = new QComboBox(m_checklist);
        colleague->setObjectName(u"leaverColleague_%1"_s.arg(item.account.id));
        for (const Person &p : plan.people()) {
            if (p.status != Person::Status::Left && p.id != leaver->id)
                colleague->addItem(p.name, p.id);
        }
        auto *on = new QDateEdit(m_checklist);
        on->setObjectName(u"leaverOn_%1"_s.arg(item.account.id));
        on->setCalendarPopup(true);
        on->setMaximumDate(today);
        on->setDate(today);
        if (item.step) {
            action->setCurrentIndex(item.step->action == LeaverStep::Action::HandedOver ? 1 : 0);
            const int heir = colleague->findData(item.step->handedToPersonId);
            if (item.step->action == LeaverStep::Action::HandedOver && heir < 0) {
                const auto person = plan.person(item.step->handedToPersonId);
                colleague->addItem(person ? person->name : tr("someone removed"),
                                   item.step->handedToPersonId);
                colleague->setCurrentIndex(colleague->count() - 1);
            } else if (heir >= 0) {
                colleague->setCurrentIndex(heir);
            }
            on->setDate(item.step->doneOn);
        }
        // A ticked line shows what was recorded; untick it to change it.
        action->setEnabled(writable && !item.step);
        on->setEnabled(writable && !item.step);
        colleague->setEnabled(writable && !item.step && action->currentIndex() == 1);
        if (action->currentIndex() != 1)
            colleague->setCurrentIndex(-1); // blank: nobody takes over a disabled account
        if (colleague->count() == 0)
            action->setItemData(1, false, Qt::UserRole - 1); // no colleague to hand it to
        m_checklist->setCellWidget(row, ActionColumn, action);
        m_checklist->setCellWidget(row, ColleagueColumn, colleague);
        m_checklist->setCellWidget(row, DateColumn, on);
        connect(action, &QComboBox::currentIndexChanged, this, [this, row] { actionChosen(row); });
    }
    m_filling = false;
}

void LeaversView::actionChosen(int row)
{
    auto *action = qobject_cast<QComboBox *>(m_checklist->cellWidget(row, ActionColumn));
    auto *colleague = qobject_cast<QComboBox *>(m_checklist->cellWidget(row, ColleagueColumn));
    if (!action || !colleague)
        return;
    const bool handOver = action->currentIndex() == 1;
    colleague->setEnabled(handOver && action->isEnabled());
    if (!handOver)
        colleague->setCurrentIndex(-1);
    else if (colleague->currentIndex() < 0 && colleague->count() > 0)
        colleague->setCurrentIndex(0);
}

void LeaversView::itemChanged(QTableWidgetItem *item)
{
    if (m_filling || item->column() != DoneColumn)
        return;
    Plan &plan = *m_session.plan();
    const qint64 leaverId = selectedLeaverId();
    const qint64 accountId = item->data(IdRole).toLongLong();
    const int row = item->row();
    Status status;
    if (item->checkState() == Qt::Checked) {
        auto *action = qobject_cast<QComboBox *>(m_checklist->cellWidget(row, ActionColumn));
        auto *colleague = qobject_cast<QComboBox *>(m_checklist->cellWidget(row, ColleagueColumn));
        auto *on = qobject_cast<QDateEdit *>(m_checklist->cellWidget(row, DateColumn));
        if (!action || !colleague || !on)
            return;
        LeaverStep step;
        step.accountId = accountId;
        step.personId = leaverId;
        step.action = LeaverStep::actionFromKey(action->currentData().toString());
        if (step.action == LeaverStep::Action::HandedOver)
            step.handedToPersonId = colleague->currentData().toLongLong();
        step.doneOn = on->date();
        status = plan.completeLeaverStep(step);
    } else {
        status = plan.undoLeaverStep(accountId, leaverId);
    }
    if (!status) {
        MessageBox::warning(this, tr("Not Saved"), status.error());
        // Puts the tick back as the plan has it; later, not from inside this item's own signal.
        m_refreshTimer->start();
    }
}

void LeaversView::markAsLeft()
{
    Plan &plan = *m_session.plan();
    if (plan.isReadOnly())
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"markLeftDialog"_s);
    dialog.setWindowTitle(tr("Mark as Left"));
    auto *intro
        = new QLabel(tr("Their accounts then show here as a checklist to disable or hand over."), &dialog);
    intro->setWordWrap(true);
    auto *person = new QComboBox(&dialog);
    person->setObjectName(u"markLeftPerson"_s);
    for (const Person &p : plan.people()) {
        if (p.status != Person::Status::Left)
            person->addItem(p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role), p.id);
    }
    auto *on = new QDateEdit(&dialog);
    on->setObjectName(u"markLeftOn"_s);
    on->setCalendarPopup(true);
    const QDate today = Clock::now().toLocalTime().date();
    on->setMaximumDate(today);
    on->setDate(today);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *save = buttons->addButton(tr("Mark as Left"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"markLeftSave"_s);
    save->setEnabled(person->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Who left"), person);
    form->addRow(tr("&Last day"), on);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto chosen = plan.person(person->currentData().toLongLong());
    if (!chosen)
        return;
    chosen->status = Person::Status::Left;
    chosen->leftOn = on->date();
    if (const Status status = plan.updatePerson(*chosen); !status) {
        MessageBox::warning(this, tr("Not Saved"), status.error());
        return;
    }
    refresh();
    selectLeaver(chosen->id);
}
