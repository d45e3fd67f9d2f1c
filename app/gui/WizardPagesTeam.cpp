#include "WizardPagesTeam.h"

#include "FieldMessage.h"
#include "HintLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The kinds a shop's own team is made of; contacts at a provider belong with the provider.
const QList<Person::Kind> teamKinds { Person::Kind::Staff, Person::Kind::Developer, Person::Kind::Agency };

QString rowKey(int serial)
{
    return u"r"_s + QString::number(serial);
}

QString personKey(qint64 id)
{
    return u"p"_s + QString::number(id);
}
} // namespace

TeamWizardPage::TeamWizardPage(const QList<Person> &existing, qint64 ownerId, qint64 meId, QWidget *parent)
    : QWizardPage(parent)
    , m_grid(new QGridLayout)
    , m_nameHeader(new QLabel(tr("Na&me"), this))
    , m_roleHeader(new QLabel(tr("&Role"), this))
    , m_emailHeader(new QLabel(tr("&E-mail"), this))
    , m_kindHeader(new QLabel(tr("&Works as"), this))
    , m_addRow(new QPushButton(tr("Add Another &Person"), this))
    , m_owner(new QComboBox(this))
    , m_me(new QComboBox(this))
    , m_ownerDefault(ownerId > 0 ? personKey(ownerId) : QString())
    , m_meDefault(meId > 0 ? personKey(meId) : QString())
{
    setObjectName(u"teamPage"_s);
    setTitle(tr("Your Team"));
    setSubTitle(tr("Who works on the shop: you, your staff, and the developers or agency who build it. A "
                   "few names are enough for now; you can add more later."));
    for (const Person &person : existing) {
        if (person.status == Person::Status::Active)
            m_existing.append(person);
    }

    m_addRow->setObjectName(u"wizardAddPerson"_s);
    m_addRow->setIcon(QIcon(u":/icons/list-add.svg"_s));
    m_owner->setObjectName(u"wizardOwner"_s);
    m_owner->setAccessibleName(tr("Plan owner"));
    m_me->setObjectName(u"wizardMe"_s);
    m_me->setAccessibleName(tr("Which one is you"));
    // As wide as the page: a word-wrapped hint under a narrow field would be squeezed to its width.
    for (QComboBox *combo : { m_owner, m_me })
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    if (!m_existing.isEmpty()) {
        QStringList names;
        for (const Person &person : std::as_const(m_existing))
            names.append(person.name);
        auto *already = new QLabel(tr("Already on the team: %1. Add anyone else below; a name already on the "
                                      "team is not added twice.")
                                       .arg(QLocale().createSeparatedList(names)),
                                   this);
        already->setObjectName(u"wizardExistingTeam"_s);
        already->setWordWrap(true);
        layout->addWidget(already);
        layout->addSpacing(fontMetrics().height() / 2);
    }
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 3);
    m_grid->setVerticalSpacing(2);
    layout->addLayout(m_grid);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_addRow);
    addLine->addStretch();
    layout->addLayout(addLine);
    layout->addSpacing(fontMetrics().height() / 2);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *ownerLabel = new QLabel(tr("Plan &owner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *ownerBox = new QVBoxLayout;
    ownerBox->setSpacing(2);
    ownerBox->addWidget(m_owner);
    ownerBox->addWidget(
        new HintLabel(tr("The person who answers for the plan and keeps it up to date."), this));
    form->addRow(ownerLabel, ownerBox);
    auto *meLabel = new QLabel(tr("Which one is &you?"), this);
    meLabel->setBuddy(m_me);
    auto *meBox = new QVBoxLayout;
    meBox->setSpacing(2);
    meBox->addWidget(m_me);
    meBox->addWidget(new HintLabel(tr("The plan's history records your changes under this name."), this));
    form->addRow(meLabel, meBox);
    layout->addLayout(form);
    layout->addStretch(1);

    addRow();
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.constLast().name->setFocus(Qt::OtherFocusReason);
    });
    connect(m_owner, &QComboBox::activated, this, [this] { m_ownerTouched = true; });
    connect(m_me, &QComboBox::activated, this, [this] { m_meTouched = true; });
}

void TeamWizardPage::addRow()
{
    Row row;
    row.serial = m_nextSerial++;
    row.name = new QLineEdit(this);
    row.name->setObjectName(u"wizardPersonName%1"_s.arg(row.serial));
    row.role = new QLineEdit(this);
    row.role->setObjectName(u"wizardPersonRole%1"_s.arg(row.serial));
    row.email = new QLineEdit(this);
    row.email->setObjectName(u"wizardPersonEmail%1"_s.arg(row.serial));
    row.email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    row.kind = new QComboBox(this);
    row.kind->setObjectName(u"wizardPersonKind%1"_s.arg(row.serial));
    for (Person::Kind kind : teamKinds)
        row.kind->addItem(Person::kindName(kind), int(kind));
    row.remove = new QToolButton(this);
    row.remove->setObjectName(u"wizardPersonRemove%1"_s.arg(row.serial));
    row.remove->setIcon(QIcon(u":/icons/list-remove.svg"_s));
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(tr("Remove this line"));
    row.messages = new QWidget(this);
    row.nameMessage = new FieldMessage(row.name, row.messages);
    row.nameMessage->setObjectName(u"wizardPersonNameMessage%1"_s.arg(row.serial));
    row.emailMessage = new FieldMessage(row.email, row.messages);
    row.emailMessage->setObjectName(u"wizardPersonEmailMessage%1"_s.arg(row.serial));
    auto *messagesLayout = new QVBoxLayout(row.messages);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->setSpacing(2);
    messagesLayout->addWidget(row.nameMessage);
    messagesLayout->addWidget(row.emailMessage);
    if (m_rows.isEmpty() && m_existing.isEmpty()) {
        // On a new team the first line is most often the owner at the keyboard.
        row.name->setPlaceholderText(tr("Your name"));
        row.role->setPlaceholderText(tr("Owner"));
        row.email->setPlaceholderText(tr("you@shop.example"));
    } else {
        row.role->setPlaceholderText(tr("e.g. Bookkeeper"));
        row.email->setPlaceholderText(tr("name@shop.example"));
    }
    m_rows.append(row);

    const int serial = row.serial;
    for (QLineEdit *edit : { row.name, row.role, row.email }) {
        connect(edit, &QLineEdit::editingFinished, this, [this, serial] {
            for (const Row &r : std::as_const(m_rows)) {
                if (r.serial == serial)
                    showRowProblems(r);
            }
        });
        connect(edit, &QLineEdit::textChanged, this, [this, serial] {
            for (const Row &r : std::as_const(m_rows)) {
                if (r.serial == serial)
                    clearFixedProblems(r);
            }
            fillChoices();
            emit completeChanged();
        });
    }
    connect(row.remove, &QToolButton::clicked, this, [this, serial] { removeRow(serial); });
    relayout();
    fillChoices();
    emit completeChanged();
}

void TeamWizardPage::removeRow(int serial)
{
    if (m_rows.size() < 2)
        return;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).serial != serial)
            continue;
        const Row row = m_rows.takeAt(i);
        m_rows.at(std::max<qsizetype>(0, i - 1)).name->setFocus(Qt::OtherFocusReason);
        for (QWidget *widget : std::initializer_list<QWidget *> { row.name, row.role, row.email, row.kind,
                                                                  row.remove, row.messages }) {
            widget->hide();
            widget->deleteLater(); // later: this runs in the row's own button's signal
        }
        break;
    }
    relayout();
    fillChoices();
    emit completeChanged();
}

void TeamWizardPage::relayout()
{
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item; // the widgets stay; only their places go
    m_grid->addWidget(m_nameHeader, 0, 0);
    m_grid->addWidget(m_roleHeader, 0, 1);
    m_grid->addWidget(m_emailHeader, 0, 2);
    m_grid->addWidget(m_kindHeader, 0, 3);
    const Row &first = m_rows.constFirst();
    m_nameHeader->setBuddy(first.name);
    m_roleHeader->setBuddy(first.role);
    m_emailHeader->setBuddy(first.email);
    m_kindHeader->setBuddy(first.kind);

    QWidget *previous = nullptr;
    auto chain = [this, &previous](QWidget *next) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    };
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const int line = int(i) * 2 + 1;
        m_grid->addWidget(row.name, line, 0);
        m_grid->addWidget(row.role, line, 1);
        m_grid->addWidget(row.email, line, 2);
        m_grid->addWidget(row.kind, line, 3);
        m_grid->addWidget(row.remove, line, 4);
        m_grid->addWidget(row.messages, line + 1, 0, 1, 5);
        const QString number = QLocale().toString(i + 1);
        row.name->setAccessibleName(tr("Name of person %1").arg(number));
        row.role->setAccessibleName(tr("Role of person %1").arg(number));
        row.email->setAccessibleName(tr("E-mail of person %1").arg(number));
        row.kind->setAccessibleName(tr("What person %1 works as").arg(number));
        row.remove->setAccessibleName(tr("Remove person %1").arg(number));
        row.remove->setEnabled(m_rows.size() > 1);
        for (QWidget *widget :
             std::initializer_list<QWidget *> { row.name, row.role, row.email, row.kind, row.remove })
            chain(widget);
    }
    chain(m_addRow);
    chain(m_owner);
    chain(m_me);
}

bool TeamWizardPage::isEmpty(const Row &row)
{
    return row.name->text().trimmed().isEmpty() && row.role->text().trimmed().isEmpty()
        && row.email->text().trimmed().isEmpty();
}

Person TeamWizardPage::personOf(const Row &row)
{
    Person person;
    person.name = row.name->text().trimmed();
    person.role = row.role->text().trimmed();
    person.email = row.email->text().trimmed();
    person.kind = Person::Kind(row.kind->currentData().toInt());
    return person;
}

void TeamWizardPage::showRowProblems(const Row &row)
{
    const bool empty = isEmpty(row);
    const Person person = personOf(row);
    row.nameMessage->setMessage(!empty && person.name.isEmpty() ? person.check() : QString());
    row.emailMessage->setMessage(empty ? QString() : Person::checkEmail(person.email));
}

void TeamWizardPage::clearFixedProblems(const Row &row)
{
    const bool empty = isEmpty(row);
    const Person person = personOf(row);
    if (!row.nameMessage->message().isEmpty() && (empty || !person.name.isEmpty()))
        row.nameMessage->setMessage({});
    if (!row.emailMessage->message().isEmpty() && (empty || Person::checkEmail(person.email).isEmpty()))
        row.emailMessage->setMessage({});
}

void TeamWizardPage::fillChoices()
{
    // Until the owner picks, the first person named is both the plan's owner and "me".
    QString firstNamed;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.name->text().trimmed().isEmpty()) {
            firstNamed = rowKey(row.serial);
            break;
        }
    }
    fillChoice(m_owner, tr("Nobody chosen yet"), m_ownerDefault.isEmpty() ? firstNamed : m_ownerDefault,
               m_ownerTouched);
    fillChoice(m_me, tr("None of them (changes are recorded under your computer account)"),
               m_meDefault.isEmpty() ? firstNamed : m_meDefault, m_meTouched);
}

void TeamWizardPage::fillChoice(QComboBox *combo, const QString &nobody, const QString &fallback,
                                bool touched)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(nobody, QString());
    for (const Person &person : std::as_const(m_existing))
        combo->addItem(person.name, personKey(person.id));
    for (const Row &row : std::as_const(m_rows)) {
        const QString name = row.name->text().trimmed();
        if (!name.isEmpty())
            combo->addItem(name, rowKey(row.serial));
    }
    const int wanted = combo->findData(touched ? current : fallback);
    combo->setCurrentIndex(std::max(0, wanted));
}

QList<Person> TeamWizardPage::people() const
{
    QList<Person> people;
    for (const Row &row : m_rows) {
        if (!isEmpty(row))
            people.append(personOf(row));
    }
    return people;
}

TeamWizardPage::Choice TeamWizardPage::choiceOf(const QComboBox *combo) const
{
    const QString key = combo->currentData().toString();
    Choice choice;
    if (key.startsWith(u'p')) {
        choice.personId = key.mid(1).toLongLong();
    } else if (key.startsWith(u'r')) {
        int index = 0;
        for (const Row &row : m_rows) {
            if (isEmpty(row))
                continue;
            if (rowKey(row.serial) == key)
                choice.newIndex = index;
            ++index;
        }
    }
    return choice;
}

TeamWizardPage::Choice TeamWizardPage::owner() const
{
    return choiceOf(m_owner);
}

TeamWizardPage::Choice TeamWizardPage::me() const
{
    return choiceOf(m_me);
}

bool TeamWizardPage::isComplete() const
{
    for (const Row &row : m_rows) {
        if (!isEmpty(row) && !personOf(row).check().isEmpty())
            return false;
    }
    return true;
}
