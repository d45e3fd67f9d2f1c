#include "DdosCallDialog.h"

#include "FieldMessage.h"
#include "plan/Plan.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Whom a suggested task reaches, before the owner says otherwise.
enum class Reach
{
    Host,
    Cdn,
    Developers,
    Payment,
    Customers,
};

struct Suggestion
{
    Reach reach;
    const char *channel; // a key of the channel list below
};

// In the order of the task combo's suggestions (see the constructor).
const Suggestion suggestions[] {
    { Reach::Host, "phone" },       { Reach::Cdn, "phone" },        { Reach::Developers, "phone" },
    { Reach::Payment, "phone" },    { Reach::Customers, "status" }, { Reach::Customers, "email" },
    { Reach::Customers, "social" },
};

} // namespace

QString DdosCallDialog::customersKey()
{
    return u"customers"_s;
}

QString DdosCallDialog::providerKey(qint64 providerId)
{
    return u"provider:"_s + QString::number(providerId);
}

QString DdosCallDialog::personKey(qint64 personId)
{
    return u"person:"_s + QString::number(personId);
}

DdosCallDialog::DdosCallDialog(const CallTreeEntry &entry, const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_original(entry)
    , m_task(new QComboBox(this))
    , m_caller(new QComboBox(this))
    , m_reach(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_contact(new QLineEdit(entry.contact, this))
    , m_message(new FieldMessage(m_task, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = entry.id == 0 && entry.task.isEmpty();
    setObjectName(u"ddosCallDialog"_s);
    setWindowTitle(adding ? tr("Add a Call") : tr("Edit a Call"));

    auto *intro = new QLabel(tr("One call to make when the shop is under attack: what it is for, who makes "
                                "it, whom they reach and how. Decide it now, while there is time."),
                             this);
    intro->setWordWrap(true);

    m_task->setObjectName(u"ddosCallTask"_s);
    m_task->setEditable(true);
    m_task->setInsertPolicy(QComboBox::NoInsert);
    m_task->addItems({ tr("Call the host's emergency line"), tr("Call the CDN"), tr("Call the developers"),
                       tr("Call the payment provider"), tr("Tell customers on the status page"),
                       tr("Tell customers by e-mail"), tr("Tell customers on social media") });
    m_task->setCurrentIndex(-1);
    m_task->setEditText(entry.task);
    m_task->lineEdit()->setPlaceholderText(tr("Pick a suggestion or write your own"));
    m_task->setAccessibleName(tr("Task"));
    m_task->setToolTip(tr("What the call is for, in a few words"));

    m_caller->setObjectName(u"ddosCallCaller"_s);
    m_caller->setAccessibleName(tr("Who makes the call"));
    m_caller->addItem(tr("Not decided yet"), qint64(0));
    for (const Person &p : plan.people()) {
        if (p.status == Person::Status::Left && p.id != entry.callerPersonId)
            continue;
        m_caller->addItem(p.status == Person::Status::Left ? tr("%1 (left)").arg(p.name) : p.name, p.id);
    }
    m_caller->setCurrentIndex(std::max(0, m_caller->findData(entry.callerPersonId)));
    m_caller->setToolTip(tr("The team member who makes this call. Add people in the Shop & team step."));

    m_reach->setObjectName(u"ddosCallReach"_s);
    m_reach->setAccessibleName(tr("Whom they reach"));
    m_reach->addItem(tr("Customers"), customersKey());
    if (!plan.providers().isEmpty())
        m_reach->insertSeparator(m_reach->count());
    for (const Provider &p : plan.providers())
        m_reach->addItem(tr("%1 (%2)").arg(p.name, ProviderKinds::name(p.kind)), providerKey(p.id));
    bool separated = false;
    for (const Person &p : plan.people()) {
        if (p.status == Person::Status::Left && p.id != entry.calleePersonId)
            continue;
        if (!std::exchange(separated, true))
            m_reach->insertSeparator(m_reach->count());
        m_reach->addItem(p.status == Person::Status::Left ? tr("%1 (left)").arg(p.name) : p.name,
                         personKey(p.id));
    }
    const QString reachKey = entry.calleeProviderId != 0 ? providerKey(entry.calleeProviderId)
        : entry.calleePersonId != 0                      ? personKey(entry.calleePersonId)
                                                         : customersKey();
    m_reach->setCurrentIndex(std::max(0, m_reach->findData(reachKey)));
    m_reach->setToolTip(tr("A provider, a team member, or the shop's customers"));

    m_channel->setObjectName(u"ddosCallChannel"_s);
    m_channel->setEditable(true);
    m_channel->setInsertPolicy(QComboBox::NoInsert);
    m_channel->addItem(tr("Phone"), u"phone"_s);
    m_channel->addItem(tr("Text message"), u"text"_s);
    m_channel->addItem(tr("E-mail"), u"email"_s);
    m_channel->addItem(tr("Support portal"), u"portal"_s);
    m_channel->addItem(tr("Chat"), u"chat"_s);
    m_channel->addItem(tr("Status page"), u"status"_s);
    m_channel->addItem(tr("Social media"), u"social"_s);
    m_channel->setCurrentIndex(-1);
    m_channel->setEditText(entry.channel);
    m_channel->lineEdit()->setPlaceholderText(tr("For example: phone"));
    m_channel->setAccessibleName(tr("Channel"));

    m_contact->setObjectName(u"ddosCallContact"_s);
    m_contact->setAccessibleName(tr("Contact"));
    m_contact->setPlaceholderText(tr("The number, address or page to use"));
    m_contact->setToolTip(tr("Filled in from the provider's or person's details when you choose them; "
                             "check it is the line that answers at night."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *taskBox = new QVBoxLayout;
    taskBox->setSpacing(2);
    taskBox->addWidget(m_task);
    taskBox->addWidget(m_message);
    auto *taskLabel = new QLabel(tr("&Task:"), this);
    taskLabel->setBuddy(m_task);
    form->addRow(taskLabel, taskBox);
    form->addRow(tr("&Who makes the call:"), m_caller);
    form->addRow(tr("Whom they &reach:"), m_reach);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Contact:"), m_contact);

    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Add") : tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"ddosCallOk"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_task, &QComboBox::activated, this, &DdosCallDialog::taskChosen);
    connect(m_task, &QComboBox::editTextChanged, this, &DdosCallDialog::validate);
    connect(m_caller, &QComboBox::currentIndexChanged, this, &DdosCallDialog::validate);
    connect(m_reach, &QComboBox::activated, this, [this] { m_reachChosen = true; });
    connect(m_reach, &QComboBox::currentIndexChanged, this, [this] {
        fillContact();
        validate();
    });
    connect(m_channel, &QComboBox::activated, this, [this] { m_channelChosen = true; });
    connect(m_channel, &QComboBox::editTextChanged, this, [this] {
        fillContact();
        validate();
    });
    connect(m_contact, &QLineEdit::textEdited, this, [this] { m_filledContact.clear(); });
    connect(m_contact, &QLineEdit::textChanged, this, &DdosCallDialog::validate);

    // An edited call keeps its reach and channel; a new one follows the suggested task until the
    // owner chooses for themselves.
    m_reachChosen = m_channelChosen = !adding;
    fillContact();
    validate();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 80, 0)));
}

CallTreeEntry DdosCallDialog::entry() const
{
    CallTreeEntry e = m_original;
    e.task = m_task->currentText().trimmed();
    e.callerPersonId = m_caller->currentData().toLongLong();
    const QString reach = m_reach->currentData().toString();
    e.calleeProviderId = reach.startsWith(u"provider:"_s) ? reach.section(u':', 1).toLongLong() : 0;
    e.calleePersonId = reach.startsWith(u"person:"_s) ? reach.section(u':', 1).toLongLong() : 0;
    e.channel = m_channel->currentText().trimmed();
    e.contact = m_contact->text().trimmed();
    return e;
}

void DdosCallDialog::taskChosen(int index)
{
    if (index < 0 || index >= int(std::size(suggestions)))
        return;
    const Suggestion &s = suggestions[index];
    if (!m_channelChosen)
        m_channel->setCurrentIndex(m_channel->findData(QString::fromLatin1(s.channel)));
    if (m_reachChosen)
        return;
    // The provider (or, for developers, the person) the task most likely means.
    QString key;
    auto providerOf = [this](std::initializer_list<ProviderKind> kinds) -> QString {
        for (ProviderKind kind : kinds) {
            for (const Provider &p : m_plan.providers()) {
                if (p.kind == kind)
                    return providerKey(p.id);
            }
        }
        return {};
    };
    switch (s.reach) {
    case Reach::Host:
        key = providerOf({ ProviderKind::WebHost, ProviderKind::Platform });
        break;
    case Reach::Cdn:
        key = m_plan.ddosPlan().cdnProviderId != 0 ? providerKey(m_plan.ddosPlan().cdnProviderId)
                                                   : providerOf({ ProviderKind::CdnDns });
        break;
    case Reach::Developers:
        key = providerOf({ ProviderKind::Developer });
        if (key.isEmpty()) {
            for (const Person &p : m_plan.people()) {
                if (p.status == Person::Status::Active
                    && (p.kind == Person::Kind::Developer || p.kind == Person::Kind::Agency)) {
                    key = personKey(p.id);
                    break;
                }
            }
        }
        break;
    case Reach::Payment:
        key = providerOf({ ProviderKind::Payment });
        break;
    case Reach::Customers:
        key = customersKey();
        break;
    }
    if (const int row = m_reach->findData(key); row >= 0)
        m_reach->setCurrentIndex(row);
}

QString DdosCallDialog::contactFor(const QString &reachKey) const
{
    const int channelRow = m_channel->findText(m_channel->currentText().trimmed(), Qt::MatchFixedString);
    const bool byMail = channelRow >= 0 && m_channel->itemData(channelRow).toString() == u"email";
    const qint64 id = reachKey.section(u':', 1).toLongLong();
    if (reachKey.startsWith(u"provider:"_s)) {
        if (const auto p = m_plan.provider(id)) {
            const QString first = byMail ? p->supportEmail : p->supportPhone;
            return first.isEmpty() ? (byMail ? p->supportPhone : p->supportEmail) : first;
        }
    } else if (reachKey.startsWith(u"person:"_s)) {
        if (const auto p = m_plan.person(id)) {
            const QString first = byMail ? p->email : p->phone;
            return first.isEmpty() ? (byMail ? p->phone : p->email) : first;
        }
    }
    return {};
}

void DdosCallDialog::fillContact()
{
    // Only into an empty field, or over what this dialog guessed before: never over the owner's.
    const QString current = m_contact->text().trimmed();
    if (!current.isEmpty() && current != m_filledContact)
        return;
    const QString guess = contactFor(m_reach->currentData().toString());
    m_contact->setText(guess);
    m_filledContact = guess;
}

void DdosCallDialog::validate()
{
    const CallTreeEntry e = entry();
    m_message->setMessage(e.task.isEmpty() && m_task->lineEdit()->isModified()
                              ? tr("Say what the call is for, e.g. “Call the host's emergency line”.")
                              : QString());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!e.task.isEmpty() && (m_original.task.isEmpty() || e != m_original));
}
