#include "DdosStepsView.h"

#include "DdosPlanCommand.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QDate today()
{
    return Clock::now().toLocalTime().date();
}

qsizetype indexOf(const QList<DdosStep> &steps, qint64 id)
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

DdosStepsView::DdosStepsView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_progress(new QLabel(this))
    , m_list(new QVBoxLayout)
    , m_newTitle(new QLineEdit(this))
    , m_add(new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("Add &Step"), this))
{
    setObjectName(u"ddosStepsView"_s);
    m_progress->setObjectName(u"ddosStepsProgress"_s);
    m_progress->setWordWrap(true);

    auto *inner = new QWidget;
    inner->setObjectName(u"ddosStepsList"_s);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(m_list);
    innerLayout->addStretch();
    m_list->setSpacing(fontMetrics().height() / 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_newTitle->setObjectName(u"ddosNewStepTitle"_s);
    m_newTitle->setAccessibleName(tr("Your own step"));
    m_newTitle->setPlaceholderText(tr("For example: a second DNS provider is set up"));
    m_add->setObjectName(u"ddosAddStep"_s);
    m_add->setToolTip(tr("Add a step of your own to prepare"));
    auto *newLabel = new QLabel(tr("Your &own step:"), this);
    newLabel->setBuddy(m_newTitle);
    auto *adding = new QHBoxLayout;
    adding->addWidget(newLabel);
    adding->addWidget(m_newTitle, 1);
    adding->addWidget(m_add);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(scroll, 1);
    layout->addLayout(adding);

    connect(m_add, &QPushButton::clicked, this, &DdosStepsView::addStep);
    connect(m_newTitle, &QLineEdit::returnPressed, this, &DdosStepsView::addStep);
    connect(m_newTitle, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_add->setEnabled(!m_session.plan()->isReadOnly() && !text.trimmed().isEmpty());
    });
    connect(session.plan(), &Plan::ddosPlanChanged, this, &DdosStepsView::refresh);
    refresh();
}

void DdosStepsView::refresh()
{
    const QList<DdosStep> &steps = m_session.plan()->ddosPlan().steps;
    bool same = steps.size() == m_rows.size();
    for (qsizetype i = 0; same && i < steps.size(); ++i)
        same = steps.at(i).id == m_rows.at(i).id;
    // Only a new, removed or moved step builds the list again: a tick keeps the focus where it is.
    if (!same)
        rebuild();
    for (const Row &row : std::as_const(m_rows))
        fill(row);

    int standard = 0;
    int prepared = 0;
    for (const DdosStep &s : steps) {
        if (s.builtIn.isEmpty())
            continue;
        ++standard;
        prepared += s.prepared ? 1 : 0;
    }
    m_progress->setText(
        tr("What is set up before an attack works in minutes; what must be set up during one takes hours. "
           "%1 of %2 standard steps prepared.")
            .arg(prepared)
            .arg(standard));
    const bool writable = !m_session.plan()->isReadOnly();
    m_newTitle->setReadOnly(!writable);
    m_add->setEnabled(writable && !m_newTitle->text().trimmed().isEmpty());
}

void DdosStepsView::rebuild()
{
    m_rows.clear();
    while (QLayoutItem *item = m_list->takeAt(0)) {
        delete item->widget(); // a step's box or the line between two
        delete item;
    }

    const int em = fontMetrics().averageCharWidth();
    const bool writable = !m_session.plan()->isReadOnly();
    const QList<DdosStep> &steps = m_session.plan()->ddosPlan().steps;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const DdosStep &step = steps.at(i);
        Row row;
        row.id = step.id;
        auto *box = new QFrame;
        row.box = box;
        box->setObjectName(u"ddosStep_"_s + QString::number(step.id));
        const QString title = step.displayTitle();
        row.prepared = new QCheckBox(QString(title).replace(u'&', u"&&"_s), box);
        row.prepared->setObjectName(u"ddosStepPrepared"_s);
        row.prepared->setAccessibleName(title);
        QFont bold = row.prepared->font();
        bold.setBold(true);
        row.prepared->setFont(bold);
        row.prepared->setEnabled(writable);

        row.why = new QLabel(step.why(), box);
        row.why->setObjectName(u"ddosStepWhy"_s);
        row.why->setWordWrap(true);
        row.why->setTextFormat(Qt::PlainText);
        row.why->setVisible(!step.why().isEmpty());

        auto *dateLabel = new QLabel(tr("Prepared on:"), box);
        row.preparedOnLabel = dateLabel;
        row.preparedOn = new QDateEdit(box);
        row.preparedOn->setObjectName(u"ddosStepPreparedOn"_s);
        row.preparedOn->setAccessibleName(tr("Date “%1” was prepared").arg(title));
        row.preparedOn->setCalendarPopup(true);
        const QString shortFormat = QLocale().dateFormat(QLocale::ShortFormat);
        row.preparedOn->setDisplayFormat(shortFormat.contains(u"yyyy"_s) ? shortFormat : u"yyyy-MM-dd"_s);
        row.preparedOn->setMaximumDate(today());
        row.preparedOn->setEnabled(writable);
        dateLabel->setBuddy(row.preparedOn);

        row.notes = new QLineEdit(box);
        row.notes->setObjectName(u"ddosStepNotes"_s);
        row.notes->setAccessibleName(tr("Notes on “%1”").arg(title));
        row.notes->setPlaceholderText(tr("Notes: who did it, where the switch is, why it is not done"));
        row.notes->setReadOnly(!writable);

        auto *grid = new QGridLayout(box);
        const int indent = row.prepared->style()->pixelMetric(QStyle::PM_IndicatorWidth)
            + row.prepared->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setColumnMinimumWidth(0, indent);
        grid->setColumnStretch(1, 1);
        grid->addWidget(row.prepared, 0, 0, 1, 2);
        auto *dateRow = new QHBoxLayout;
        dateRow->addWidget(dateLabel);
        dateRow->addWidget(row.preparedOn);
        grid->addLayout(dateRow, 0, 2, Qt::AlignRight);
        grid->addWidget(row.why, 1, 1, 1, 2);
        auto *notesRow = new QHBoxLayout;
        notesRow->addWidget(row.notes, 1);
        if (step.builtIn.isEmpty()) {
            row.remove = new QPushButton(QIcon(u":/icons/list-remove.svg"_s), tr("Remove"), box);
            row.remove->setObjectName(u"ddosRemoveStep"_s);
            row.remove->setAccessibleName(tr("Remove the step “%1”").arg(title));
            row.remove->setToolTip(tr("Take your own step off the list (Edit > Undo brings it back)"));
            row.remove->setEnabled(writable);
            notesRow->addWidget(row.remove);
            const qint64 id = step.id;
            connect(row.remove, &QPushButton::clicked, this, [this, id] { removeStep(id); });
        }
        grid->addLayout(notesRow, 2, 1, 1, 2);
        row.notes->setMinimumWidth(em * 30);

        const qint64 id = step.id;
        connect(row.prepared, &QCheckBox::toggled, this, [this, id](bool on) { ticked(id, on); });
        connect(row.preparedOn, &QDateEdit::editingFinished, this,
                [this, id, edit = row.preparedOn] { dateChosen(id, edit->date()); });
        connect(row.preparedOn->calendarWidget(), &QCalendarWidget::clicked, this,
                [this, id](QDate date) { dateChosen(id, date); });
        connect(row.notes, &QLineEdit::editingFinished, this, [this, id] { notesEdited(id); });

        if (i > 0) {
            auto *line = new QFrame;
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            m_list->addWidget(line);
        }
        m_list->addWidget(box);
        m_rows.append(row);
    }
    // Row by row, then the owner's own step below: new rows would otherwise come last.
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *w : { static_cast<QWidget *>(row.prepared), static_cast<QWidget *>(row.preparedOn),
                            static_cast<QWidget *>(row.notes), static_cast<QWidget *>(row.remove) }) {
            if (!w)
                continue;
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
    }
    if (previous)
        setTabOrder(previous, m_newTitle);
    setTabOrder(m_newTitle, m_add);
}

void DdosStepsView::fill(const Row &row)
{
    const QList<DdosStep> &steps = m_session.plan()->ddosPlan().steps;
    const qsizetype at = indexOf(steps, row.id);
    if (at < 0)
        return;
    const DdosStep &step = steps.at(at);
    {
        const QSignalBlocker blocker(row.prepared);
        row.prepared->setChecked(step.prepared);
    }
    {
        const QSignalBlocker blocker(row.preparedOn);
        row.preparedOn->setMaximumDate(today());
        row.preparedOn->setDate(step.preparedOn.isValid() ? step.preparedOn : today());
    }
    // The date belongs to a ticked step only.
    row.preparedOn->setVisible(step.prepared);
    row.preparedOnLabel->setVisible(step.prepared);
    if (!(row.notes->hasFocus() && row.notes->isModified()))
        row.notes->setText(step.notes);
}

void DdosStepsView::ticked(qint64 id, bool prepared)
{
    DdosPlan after = m_session.plan()->ddosPlan();
    const qsizetype at = indexOf(after.steps, id);
    if (at < 0)
        return;
    DdosStep &step = after.steps[at];
    step.prepared = prepared;
    step.preparedOn = prepared ? today() : QDate();
    const QString text = prepared ? tr("Mark “%1” as prepared").arg(step.displayTitle())
                                  : tr("Mark “%1” as not prepared").arg(step.displayTitle());
    if (!DdosPlanCommand::push(m_session, after, text))
        refresh(); // refused: the box shows what the plan holds
}

void DdosStepsView::dateChosen(qint64 id, QDate date)
{
    DdosPlan after = m_session.plan()->ddosPlan();
    const qsizetype at = indexOf(after.steps, id);
    if (at < 0 || !after.steps.at(at).prepared || !date.isValid())
        return;
    after.steps[at].preparedOn = date;
    if (!DdosPlanCommand::push(m_session, after,
                               tr("Change when “%1” was prepared").arg(after.steps.at(at).displayTitle())))
        refresh();
}

void DdosStepsView::notesEdited(qint64 id)
{
    DdosPlan after = m_session.plan()->ddosPlan();
    const qsizetype at = indexOf(after.steps, id);
    if (at < 0)
        return;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.id == id) {
            row.notes->setModified(false);
            after.steps[at].notes = row.notes->text().trimmed();
        }
    }
    if (!DdosPlanCommand::push(m_session, after,
                               tr("Edit the notes on “%1”").arg(after.steps.at(at).displayTitle())))
        refresh();
}

void DdosStepsView::removeStep(qint64 id)
{
    DdosPlan after = m_session.plan()->ddosPlan();
    const qsizetype at = indexOf(after.steps, id);
    if (at < 0 || !after.steps.at(at).builtIn.isEmpty())
        return;
    const DdosStep gone = after.steps.takeAt(at);
    static_cast<void>(
        DdosPlanCommand::push(m_session, after, tr("Remove the step “%1”").arg(gone.displayTitle())));
}

void DdosStepsView::addStep()
{
    const QString title = m_newTitle->text().trimmed();
    if (title.isEmpty() || m_session.plan()->isReadOnly())
        return;
    DdosPlan after = m_session.plan()->ddosPlan();
    DdosStep step;
    step.title = title;
    step.position = int(after.steps.size());
    after.steps.append(step);
    if (DdosPlanCommand::push(m_session, after, tr("Add the step “%1”").arg(title)))
        m_newTitle->clear();
}
