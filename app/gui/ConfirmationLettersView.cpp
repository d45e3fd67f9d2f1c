#include "ConfirmationLettersView.h"

#include "ConfirmationLetterDialog.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;

std::optional<ConfirmationLetter> letterOf(const Plan &plan, qint64 id)
{
    for (const ConfirmationLetter &letter : plan.confirmationLetters()) {
        if (letter.id == id)
            return letter;
    }
    return std::nullopt;
}

// The reply to `letter` about `accountId`, if any.
std::optional<AccountConfirmation> replyTo(const Plan &plan, const ConfirmationLetter &letter,
                                           qint64 accountId)
{
    for (const AccountConfirmation &c : plan.confirmations()) {
        if (c.letterId == letter.id && c.accountId == accountId)
            return c;
    }
    return std::nullopt;
}
} // namespace

ConfirmationLettersView::ConfirmationLettersView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_refreshTimer(new QTimer(this))
    , m_intro(new QLabel(this))
    , m_letters(new QTreeWidget(this))
    , m_accounts(new QTreeWidget(this))
    , m_accountsTitle(new QLabel(this))
    , m_write(new QPushButton(tr("&Write Letter…"), this))
    , m_show(new QPushButton(tr("&Show Letter…"), this))
    , m_remove(new QPushButton(tr("Remove Letter"), this))
    , m_reply(new QPushButton(tr("Record &Reply…"), this))
{
    setObjectName(u"confirmationLettersView"_s);
    m_intro->setObjectName(u"lettersIntro"_s);
    m_intro->setWordWrap(true);
    m_write->setObjectName(u"writeLetter"_s);
    m_show->setObjectName(u"showLetter"_s);
    m_remove->setObjectName(u"removeLetter"_s);
    m_reply->setObjectName(u"recordReply"_s);

    m_letters->setObjectName(u"lettersList"_s);
    m_letters->setAccessibleName(tr("Letters written"));
    m_letters->setRootIsDecorated(false);
    m_letters->setHeaderLabels({ tr("To"), tr("Written on"), tr("Accounts asked"), tr("Answered") });
    m_letters->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_letters->header()->setStretchLastSection(false);
    for (int c = 1; c < 4; ++c)
        m_letters->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_accountsTitle->setObjectName(u"letterAccountsTitle"_s);
    m_accounts->setObjectName(u"letterAccounts"_s);
    m_accounts->setAccessibleName(tr("The accounts the letter asked about, with their replies"));
    m_accounts->setRootIsDecorated(false);
    m_accounts->setHeaderLabels({ tr("System"), tr("User name"), tr("Role"), tr("Their reply"),
                                  tr("Why they need it"), tr("Replied on") });
    m_accounts->header()->setStretchLastSection(false);
    for (int c = 0; c < 6; ++c)
        m_accounts->header()->setSectionResizeMode(
            c, c == 4 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    auto *letterButtons = new QHBoxLayout;
    letterButtons->addWidget(m_write);
    letterButtons->addWidget(m_show);
    letterButtons->addWidget(m_remove);
    letterButtons->addStretch();
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_letters, 1);
    topLayout->addLayout(letterButtons);

    auto *replyButtons = new QHBoxLayout;
    replyButtons->addWidget(m_reply);
    replyButtons->addStretch();
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_accountsTitle);
    bottomLayout->addWidget(m_accounts, 1);
    bottomLayout->addLayout(replyButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ConfirmationLettersView::refresh);
    Plan *plan = session.plan();
    for (auto signal :
         { &Plan::accountsChanged, &Plan::accountReviewChanged, &Plan::peopleChanged, &Plan::systemsChanged })
        connect(plan, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_letters, &QTreeWidget::currentItemChanged, this, &ConfirmationLettersView::showAccounts);
    connect(m_letters, &QTreeWidget::itemDoubleClicked, this, &ConfirmationLettersView::showLetter);
    connect(m_accounts, &QTreeWidget::currentItemChanged, this, &ConfirmationLettersView::updateButtons);
    connect(m_accounts, &QTreeWidget::itemDoubleClicked, this, &ConfirmationLettersView::recordReply);
    connect(m_write, &QPushButton::clicked, this, [this] { writeLetter(); });
    connect(m_show, &QPushButton::clicked, this, &ConfirmationLettersView::showLetter);
    connect(m_remove, &QPushButton::clicked, this, &ConfirmationLettersView::removeLetter);
    connect(m_reply, &QPushButton::clicked, this, &ConfirmationLettersView::recordReply);

    refresh();
}

qint64 ConfirmationLettersView::selectedLetterId() const
{
    return m_letters->currentItem() ? m_letters->currentItem()->data(0, IdRole).toLongLong() : 0;
}

qint64 ConfirmationLettersView::selectedAccountId() const
{
    return m_accounts->currentItem() ? m_accounts->currentItem()->data(0, IdRole).toLongLong() : 0;
}

void ConfirmationLettersView::selectLetter(qint64 letterId)
{
    for (int i = 0; i < m_letters->topLevelItemCount(); ++i) {
        if (m_letters->topLevelItem(i)->data(0, IdRole).toLongLong() == letterId)
            m_letters->setCurrentItem(m_letters->topLevelItem(i));
    }
}

void ConfirmationLettersView::selectAccount(qint64 accountId)
{
    for (int i = 0; i < m_accounts->topLevelItemCount(); ++i) {
        if (m_accounts->topLevelItem(i)->data(0, IdRole).toLongLong() == accountId)
            m_accounts->setCurrentItem(m_accounts->topLevelItem(i));
    }
}

void ConfirmationLettersView::refresh()
{
    m_refreshTimer->stop();
    const Plan &plan = *m_session.plan();
    const qint64 currentLetter = selectedLetterId();
    const qint64 currentAccount = selectedAccountId();

    int developers = 0;
    for (const Person &p : plan.people())
        developers += p.kind == Person::Kind::Developer || p.kind == Person::Kind::Agency;
    if (developers == 0)
        m_intro->setText(
            tr("No developers or agencies in the team. When someone builds or looks after the shop "
               "for you, add them on the Team page; at the end of their project, write them a "
               "letter here asking which accounts they still need."));
    else
        m_intro->setText(
            tr("At the end of a project, write the developer or agency a letter asking which of "
               "their accounts they still need and why. Record each reply here: accounts they no "
               "longer need should be disabled."));
    // Whose project ended without a letter since: the next letters to write.
    QStringList due;
    for (const Person &p : plan.people()) {
        const QDate ended = plan.personAccess(p.id).projectEndedOn;
        if ((p.kind != Person::Kind::Developer && p.kind != Person::Kind::Agency) || !ended.isValid())
            continue;
        const bool written = std::any_of(
            plan.confirmationLetters().cbegin(), plan.confirmationLetters().cend(),
            [&](const ConfirmationLetter &l) { return l.personId == p.id && l.writtenOn >= ended; });
        if (!written)
            due.append(
                tr("%1 (project ended %2)").arg(p.name, QLocale().toString(ended, QLocale::ShortFormat)));
    }
    if (!due.isEmpty())
        m_intro->setText(m_intro->text() + u' ' + tr("Letters to write: %1.").arg(due.join(u", "_s)));

    QSignalBlocker block(m_letters);
    m_letters->clear();
    // Newest first: the letter being worked on is usually the last one written.
    QList<ConfirmationLetter> letters = plan.confirmationLetters();
    std::stable_sort(letters.begin(), letters.end(), [](const auto &a, const auto &b) {
        return a.writtenOn > b.writtenOn || (a.writtenOn == b.writtenOn && a.id > b.id);
    });
    for (const ConfirmationLetter &letter : std::as_const(letters)) {
        int answered = 0;
        for (qint64 accountId : letter.accountIds)
            answered += replyTo(plan, letter, accountId).has_value();
        const auto person = plan.person(letter.personId);
        auto *item = new QTreeWidgetItem(m_letters);
        item->setText(0, person ? person->name : tr("(removed from the team)"));
        item->setText(1, QLocale().toString(letter.writtenOn, QLocale::ShortFormat));
        item->setText(2, QLocale().toString(int(letter.accountIds.size())));
        item->setText(3, tr("%1 of %2").arg(answered).arg(letter.accountIds.size()));
        item->setData(0, IdRole, letter.id);
        if (letter.id == currentLetter)
            m_letters->setCurrentItem(item);
    }
    if (!m_letters->currentItem() && m_letters->topLevelItemCount() > 0)
        m_letters->setCurrentItem(m_letters->topLevelItem(0));
    block.unblock();
    m_write->setEnabled(developers > 0 && !plan.isReadOnly());
    showAccounts();
    selectAccount(currentAccount);
}

void ConfirmationLettersView::showAccounts()
{
    const Plan &plan = *m_session.plan();
    const qint64 currentAccount = selectedAccountId();
    QSignalBlocker block(m_accounts);
    m_accounts->clear();
    const auto letter = letterOf(plan, selectedLetterId());
    if (!letter) {
        m_accountsTitle->setText(m_letters->topLevelItemCount() == 0
                                     ? tr("No letters written yet.")
                                     : tr("Choose a letter to see its accounts and replies."));
    } else {
        const auto person = plan.person(letter->personId);
        m_accountsTitle->setText(tr("Accounts asked about in the letter to %1 of %2:")
                                     .arg(person ? person->name : QString(),
                                          QLocale().toString(letter->writtenOn, QLocale::ShortFormat)));
        for (qint64 accountId : letter->accountIds) {
            const auto account = plan.account(accountId);
            const auto system = account ? plan.system(account->systemId) : std::nullopt;
            const auto reply = replyTo(plan, *letter, accountId);
            auto *item = new QTreeWidgetItem(m_accounts);
            item->setText(0, system ? system->name : QString());
            item->setText(1, account ? account->userName : tr("(no longer on file)"));
            item->setText(2, account ? AccountRoles::name(account->role) : QString());
            item->setText(3, reply ? AccountConfirmation::decisionName(reply->decision) : tr("No reply yet"));
            item->setText(4, reply ? reply->reason : QString());
            item->setText(5, reply ? QLocale().toString(reply->repliedOn, QLocale::ShortFormat) : QString());
            item->setData(0, IdRole, accountId);
            if (!reply) {
                QFont italic = item->font(3);
                italic.setItalic(true);
                item->setFont(3, italic);
            }
            if (accountId == currentAccount)
                m_accounts->setCurrentItem(item);
        }
        if (!m_accounts->currentItem() && m_accounts->topLevelItemCount() > 0)
            m_accounts->setCurrentItem(m_accounts->topLevelItem(0));
    }
    updateButtons();
}

void ConfirmationLettersView::updateButtons()
{
    const bool writable = !m_session.plan()->isReadOnly();
    const bool letter = selectedLetterId() != 0;
    m_show->setEnabled(letter);
    m_remove->setEnabled(letter && writable);
    m_reply->setEnabled(letter && selectedAccountId() != 0 && writable);
}

void ConfirmationLettersView::writeLetter(qint64 personId)
{
    if (m_session.plan()->isReadOnly())
        return;
    ConfirmationLetter fresh;
    fresh.personId = personId;
    ConfirmationLetterDialog dialog(m_session, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectLetter(dialog.letter().id);
}

void ConfirmationLettersView::showLetter()
{
    const auto letter = letterOf(*m_session.plan(), selectedLetterId());
    if (!letter)
        return;
    ConfirmationLetterDialog dialog(m_session, *letter, this);
    dialog.exec();
}

void ConfirmationLettersView::removeLetter()
{
    Plan &plan = *m_session.plan();
    const auto letter = letterOf(plan, selectedLetterId());
    if (!letter || plan.isReadOnly())
        return;
    const auto person = plan.person(letter->personId);
    if (MessageBox::question(this, tr("Remove Letter"),
                             tr("Remove the letter to %1 of %2 and the replies recorded against it?")
                                 .arg(person ? person->name : QString(),
                                      QLocale().toString(letter->writtenOn, QLocale::ShortFormat)),
                             tr("Remove"))
        != QMessageBox::Yes)
        return;
    if (const Status status = plan.removeConfirmationLetter(letter->id); !status)
        MessageBox::warning(this, tr("Letter Not Removed"), status.error());
}

void ConfirmationLettersView::recordReply()
{
    Plan &plan = *m_session.plan();
    const auto letter = letterOf(plan, selectedLetterId());
    const qint64 accountId = selectedAccountId();
    if (!letter || !accountId || plan.isReadOnly())
        return;
    const auto account = plan.account(accountId);
    const auto system = account ? plan.system(account->systemId) : std::nullopt;
    const auto person = plan.person(letter->personId);
    const auto earlier = replyTo(plan, *letter, accountId);

    QDialog dialog(this);
    dialog.setObjectName(u"replyDialog"_s);
    dialog.setWindowTitle(tr("Record Reply"));
    auto *intro
        = new QLabel(tr("What did %1 say about the account “%2” on %3?")
                         .arg(person ? person->name : tr("they"), account ? account->userName : QString(),
                              system ? system->name : QString()),
                     &dialog);
    intro->setWordWrap(true);
    auto *keep = new QRadioButton(tr("&Keep it: they still need it"), &dialog);
    keep->setObjectName(u"replyKeep"_s);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(u"replyReason"_s);
    reason->setPlaceholderText(tr("Why, in their words (required)"));
    reason->setAccessibleName(tr("Why they still need it"));
    auto *remove = new QRadioButton(tr("&Remove it: they no longer need it"), &dialog);
    remove->setObjectName(u"replyRemove"_s);
    auto *group = new QButtonGroup(&dialog);
    group->addButton(keep);
    group->addButton(remove);
    auto *on = new QDateEdit(&dialog);
    on->setObjectName(u"replyOn"_s);
    on->setCalendarPopup(true);
    const QDate today = Clock::now().toLocalTime().date();
    on->setMaximumDate(today);
    on->setDate(today);
    if (earlier) {
        (earlier->decision == AccountConfirmation::Decision::Keep ? keep : remove)->setChecked(true);
        reason->setText(earlier->reason);
        on->setDate(earlier->repliedOn);
    } else {
        keep->setChecked(true);
    }
    auto *problem = new QLabel(&dialog);
    problem->setObjectName(u"replyProblem"_s);
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(u"replySave"_s);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    const auto check = [=] {
        const bool needsReason = keep->isChecked() && reason->text().trimmed().isEmpty();
        reason->setEnabled(keep->isChecked());
        problem->setText(needsReason ? tr("Say why they still need it: “keep” needs a reason.") : QString());
        problem->setVisible(needsReason);
        save->setEnabled(!needsReason);
    };
    connect(keep, &QRadioButton::toggled, &dialog, check);
    connect(reason, &QLineEdit::textChanged, &dialog, check);
    check();

    auto *reasonRow = new QHBoxLayout;
    reasonRow->addSpacing(dialog.fontMetrics().averageCharWidth() * 3);
    reasonRow->addWidget(reason, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Replied on"), on);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(keep);
    layout->addLayout(reasonRow);
    layout->addWidget(remove);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 70, dialog.sizeHint().height());

    if (dialog.exec() != QDialog::Accepted)
        return;
    AccountConfirmation reply;
    reply.accountId = accountId;
    reply.personId = letter->personId;
    reply.letterId = letter->id;
    reply.decision
        = keep->isChecked() ? AccountConfirmation::Decision::Keep : AccountConfirmation::Decision::Remove;
    reply.reason = keep->isChecked() ? reason->text().trimmed() : QString();
    reply.repliedOn = on->date();
    if (const Result<qint64> id = plan.recordConfirmation(reply); !id)
        MessageBox::warning(this, tr("Reply Not Recorded"), id.error());
}
