#include "AccessMatrixView.h"

#include "AccessMatrixModel.h"
#include "MessageBox.h"
#include "PersonAccessDialog.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

AccessMatrixView::AccessMatrixView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AccessMatrixModel(*session.plan(), this))
    , m_refreshTimer(new QTimer(this))
    , m_headline(new QLabel(this))
    , m_review(new QLabel(this))
    , m_recordReview(new QPushButton(tr("&Record Access Review…"), this))
    , m_table(new QTableView(this))
{
    setObjectName(u"accessMatrixView"_s);
    m_headline->setObjectName(u"accessMatrixHeadline"_s);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_review->setObjectName(u"accessReviewDate"_s);
    m_recordReview->setObjectName(u"recordAccessReview"_s);
    m_recordReview->setToolTip(tr("Once you have gone through the table and taken away what is not needed"));

    auto *hint
        = new QLabel(tr("Each row is a person, each column a system or a kind of data. "
                        "“⚠ beyond need” marks data a person’s accounts reach although their work does "
                        "not need it. Double-click a person to say what their work needs."),
                     this);
    hint->setWordWrap(true);

    m_table->setObjectName(u"accessMatrixTable"_s);
    m_table->setAccessibleName(tr("Who can reach which system and which data"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Headers such as "Purchase costs and prices" wrap onto up to three lines, so the columns can be
    // as narrow as their cells and the data columns all fit beside the names.
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment::fromInt(int(Qt::AlignCenter) | int(Qt::TextWordWrap)));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setFixedHeight(header->fontMetrics().lineSpacing() * 3 + header->fontMetrics().height() / 2);

    auto *review = new QHBoxLayout;
    review->addWidget(m_review);
    review->addStretch();
    review->addWidget(m_recordReview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(review);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &AccessMatrixView::refresh);
    Plan *plan = session.plan();
    for (auto signal :
         { &Plan::accountsChanged, &Plan::accountReviewChanged, &Plan::peopleChanged, &Plan::systemsChanged })
        connect(plan, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { editPersonAccess(index.row()); });
    connect(m_recordReview, &QPushButton::clicked, this, &AccessMatrixView::recordAccessReview);

    refresh();
}

void AccessMatrixView::refresh()
{
    m_refreshTimer->stop();
    const Plan &plan = *m_session.plan();
    const qint64 current = m_model->personIdAt(m_table->currentIndex().row());
    m_model->reload();
    fitColumns();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (current && m_model->personIdAt(row) == current)
            m_table->selectRow(row);
    }

    const AccessMatrix &matrix = m_model->matrix();
    const int habits = matrix.peopleReaching(DataKind::OrdersAndHabits);
    const int products = matrix.peopleReaching(DataKind::ProductLists);
    const int costs = matrix.peopleReaching(DataKind::CostsAndPrices);
    const QString who = habits == 1 ? tr("1 person can") : tr("%1 people can").arg(habits);
    m_headline->setText(tr("%1 see customers’ buying habits, %2 product lists, %3 purchase costs and prices.")
                            .arg(who)
                            .arg(products)
                            .arg(costs));

    const QDate reviewed = plan.accessReviewedOn();
    m_review->setText(
        reviewed.isValid()
            ? tr("Last access review: %1").arg(QLocale().toString(reviewed, QLocale::LongFormat))
            : tr("Last access review: never"));
    m_recordReview->setEnabled(!plan.isReadOnly());
}

void AccessMatrixView::fitColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const int dataWidth = metrics.horizontalAdvance(tr("⚠ beyond need")) + padding;
    const int widest = metrics.averageCharWidth() * 24;
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_model->isDataColumn(column))
            m_table->setColumnWidth(column, dataWidth);
        else
            m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), dataWidth, widest));
    }
}

void AccessMatrixView::editPersonAccess(int row)
{
    Plan &plan = *m_session.plan();
    const qint64 personId = m_model->personIdAt(row);
    const auto person = personId ? plan.person(personId) : std::nullopt;
    if (!person || plan.isReadOnly())
        return;
    PersonAccessDialog dialog(*person, plan.personAccess(personId), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PersonAccess access = dialog.access();
    if (access == plan.personAccess(personId))
        return;
    if (const Status status = plan.setPersonAccess(access); !status)
        MessageBox::warning(this, tr("Not Saved"), status.error());
}

void AccessMatrixView::recordAccessReview()
{
    Plan &plan = *m_session.plan();
    if (plan.isReadOnly())
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"accessReviewDialog"_s);
    dialog.setWindowTitle(tr("Record Access Review"));
    auto *intro = new QLabel(tr("You went through who can reach what and took away what was not needed. The "
                                "next review is due %n days later.",
                                nullptr, plan.accountRules().accessReviewEveryDays),
                             &dialog);
    intro->setWordWrap(true);
    auto *date = new QDateEdit(&dialog);
    date->setObjectName(u"accessReviewOn"_s);
    date->setCalendarPopup(true);
    const QDate today = Clock::now().toLocalTime().date();
    date->setMaximumDate(today);
    date->setDate(today);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"accessReviewSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Reviewed on"), date);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status status = plan.recordAccessReview(date->date()); !status)
        MessageBox::warning(this, tr("Review Not Recorded"), status.error());
}
