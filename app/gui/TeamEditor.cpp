#include "TeamEditor.h"

#include "MessageBox.h"
#include "PersonDialog.h"
#include "PlanSession.h"
#include "TeamCommands.h"
#include "TeamModel.h"
#include "plan/Plan.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TeamEditor::TeamEditor(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TeamModel(*session.plan(), this))
    , m_table(new QTableView(this))
    , m_emptyHint(new QLabel(this))
    , m_add(new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("&Add Person…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(QIcon(u":/icons/list-remove.svg"_s), tr("Re&move…"), this))
{
    m_table->setObjectName(u"teamTable"_s);
    m_table->setAccessibleName(tr("Team"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Names and roles share the room that is left; the other columns fit their contents.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : { TeamModel::Name, TeamModel::Role })
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->setMinimumHeight(fontMetrics().height() * 8);

    m_emptyHint->setObjectName(u"teamEmptyHint"_s);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setText(tr("No one is on the team yet. Start with yourself, then add everyone who works "
                            "on the shop: staff, developers, the agency, and your contacts at the host."));

    m_add->setObjectName(u"addPerson"_s);
    m_edit->setObjectName(u"editPerson"_s);
    m_remove->setObjectName(u"removePerson"_s);
    m_add->setToolTip(tr("Add someone who works on or for the shop"));
    m_edit->setToolTip(tr("Change the selected person's details"));
    m_remove->setToolTip(tr("Take the selected person off the team"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TeamEditor::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &TeamEditor::editPerson);
    connect(m_remove, &QPushButton::clicked, this, &TeamEditor::removePerson);
    connect(m_table, &QTableView::activated, this, &TeamEditor::editPerson);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamEditor::updateState);
    connect(m_model, &TeamModel::modelReset, this, &TeamEditor::updateState);
    updateState();
}

qint64 TeamEditor::selectedPersonId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->personId(rows.first().row());
}

void TeamEditor::updateState()
{
    const bool writable = !m_session.plan()->isReadOnly();
    const bool selected = selectedPersonId() != 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
    m_emptyHint->setVisible(m_model->rowCount() == 0);
}

void TeamEditor::addPerson()
{
    if (m_session.plan()->isReadOnly())
        return;
    PersonDialog dialog(Person {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<AddPersonCommand>(*m_session.plan(), dialog.person());
    AddPersonCommand *added = command.get();
    const qint64 id = m_session.pushEdit(std::move(command)) ? added->personId() : 0;
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->selectRow(row);
}

void TeamEditor::editPerson()
{
    const auto before = m_session.plan()->person(selectedPersonId());
    if (!before || m_session.plan()->isReadOnly())
        return;
    PersonDialog dialog(*before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A refused edit is reported by the session; the table keeps showing what the plan holds.
    static_cast<void>(
        m_session.pushEdit(std::make_unique<EditPersonCommand>(*m_session.plan(), *before, dialog.person())));
}

void TeamEditor::removePerson()
{
    const auto person = m_session.plan()->person(selectedPersonId());
    if (!person || m_session.plan()->isReadOnly())
        return;
    const QString question = tr("Remove %1 from the team?\n\nIf they have left, you can instead keep them on "
                                "the team marked as left, so the plan can check their access was removed. "
                                "You can undo the removal with Edit > Undo.")
                                 .arg(person->name);
    if (MessageBox::question(this, tr("Remove Team Member"), question, tr("&Remove")) != QMessageBox::Yes)
        return;
    static_cast<void>(m_session.pushEdit(std::make_unique<RemovePersonCommand>(*m_session.plan(), *person)));
}
