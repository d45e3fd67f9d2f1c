#include "PersonAccessDialog.h"

#include "common/Clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PersonAccessDialog::PersonAccessDialog(const Person &person, const PersonAccess &access, QWidget *parent)
    : QDialog(parent)
    , m_access(access)
    , m_needsSaid(new QGroupBox(tr("Say what their work needs"), this))
{
    setObjectName(u"personAccessDialog"_s);
    setWindowTitle(tr("What %1’s Work Needs").arg(person.name));
    m_access.personId = person.id;

    auto *intro = new QLabel(tr("Tick the data %1 needs to do their work. The access review then shows where "
                                "their accounts reach more than that. Left unsaid, the usual reach of their "
                                "accounts’ roles counts as needed.")
                                 .arg(person.name),
                             this);
    intro->setWordWrap(true);

    m_needsSaid->setObjectName(u"personNeedsSaid"_s);
    m_needsSaid->setCheckable(true);
    m_needsSaid->setChecked(access.needs.has_value());
    auto *needsLayout = new QVBoxLayout(m_needsSaid);
    for (DataKind kind : DataKinds::all()) {
        auto *box = new QCheckBox(DataKinds::name(kind), m_needsSaid);
        box->setObjectName(u"personNeeds_"_s + DataKinds::key(kind));
        box->setChecked(access.needs && access.needs->testFlag(kind));
        needsLayout->addWidget(box);
        m_needs.append({ kind, box });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_needsSaid);

    if (person.kind == Person::Kind::Developer || person.kind == Person::Kind::Agency) {
        m_ended = new QCheckBox(tr("Their project has &ended, on"), this);
        m_ended->setObjectName(u"personProjectEnded"_s);
        m_endedOn = new QDateEdit(this);
        m_endedOn->setObjectName(u"personProjectEndedOn"_s);
        m_endedOn->setCalendarPopup(true);
        m_endedOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        const QDate today = Clock::now().toLocalTime().date();
        m_endedOn->setMaximumDate(today);
        m_endedOn->setDate(access.projectEndedOn.isValid() ? access.projectEndedOn : today);
        m_ended->setChecked(access.projectEndedOn.isValid());
        m_endedOn->setEnabled(m_ended->isChecked());
        connect(m_ended, &QCheckBox::toggled, m_endedOn, &QWidget::setEnabled);
        auto *hint
            = new QLabel(tr("After the project ends, write them a letter asking which accounts they still "
                            "need (on the Letters tab)."),
                         this);
        hint->setWordWrap(true);
        auto *ended = new QHBoxLayout;
        ended->addWidget(m_ended);
        ended->addWidget(m_endedOn);
        ended->addStretch();
        layout->addLayout(ended);
        layout->addWidget(hint);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"personAccessSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch();
    layout->addWidget(buttons);
}

PersonAccess PersonAccessDialog::access() const
{
    PersonAccess access = m_access;
    if (m_needsSaid->isChecked()) {
        DataReach needs;
        for (const auto &[kind, box] : m_needs) {
            if (box->isChecked())
                needs |= kind;
        }
        access.needs = needs;
    } else {
        access.needs.reset();
    }
    if (m_ended)
        access.projectEndedOn = m_ended->isChecked() ? m_endedOn->date() : QDate();
    return access;
}
