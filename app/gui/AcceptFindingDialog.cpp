#include "AcceptFindingDialog.h"

#include "AcceptanceCommands.h"
#include "FieldMessage.h"
#include "FormDialogLayout.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

AcceptFindingDialog::AcceptFindingDialog(const Finding &finding,
                                         const std::optional<FindingAcceptance> &current,
                                         const QString &acceptedBy, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_reason(new QPlainTextEdit(this))
    , m_until(new QDateEdit(this))
    , m_noExpiry(new QCheckBox(tr("&No expiry"), this))
    , m_untilMessage(new FieldMessage(m_until, this))
{
    setObjectName(u"acceptFindingDialog"_s);
    setWindowTitle(tr("Accept as a Risk"));

    auto *intro = new QLabel(
        tr("<p><b>%1</b></p><p>Accepting this finding says the shop knowingly carries the risk for now. It "
           "stays in the list and in the binder, marked as accepted with your reason, and counts again when "
           "the acceptance runs out.</p>")
            .arg(finding.title.toHtmlEscaped()),
        this);
    intro->setObjectName(u"acceptFindingIntro"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_reason->setObjectName(u"acceptFindingReason"_s);
    m_reason->setAccessibleName(tr("Why the shop accepts this risk"));
    m_reason->setPlaceholderText(
        tr("For example: the old payment page is switched off at the end of the month; until then the "
           "host watches it."));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(fontMetrics().lineSpacing() * 5);

    m_until->setObjectName(u"acceptFindingUntil"_s);
    m_until->setAccessibleName(tr("Accepted until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // Any date may be typed; one in the past is refused with words rather than silently changed.
    m_until->setMinimumDate(QDate(1970, 1, 1));
    m_until->setDate(today.addMonths(6));
    m_noExpiry->setObjectName(u"acceptFindingNoExpiry"_s);
    m_noExpiry->setToolTip(tr("The finding stays accepted until you withdraw the acceptance"));
    m_untilMessage->setObjectName(u"acceptFindingUntilMessage"_s);

    if (current) {
        m_reason->setPlainText(current->reason);
        if (!current->expiresOn.isValid())
            m_noExpiry->setChecked(true);
        else if (current->expiresOn >= today)
            m_until->setDate(current->expiresOn);
    }
    m_until->setEnabled(!m_noExpiry->isChecked());

    auto *until = new QHBoxLayout;
    until->addWidget(m_until);
    until->addWidget(m_noExpiry);
    until->addStretch();
    auto *by = new QLabel(
        tr("%1, today (%2)").arg(acceptedBy, QLocale().toString(today, QLocale::ShortFormat)), this);
    by->setObjectName(u"acceptFindingBy"_s);
    by->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("&Why the shop accepts it:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    auto *untilLabel = new QLabel(tr("Accepted &until:"), this);
    untilLabel->setBuddy(m_until);
    form->addRow(untilLabel, until);
    form->addRow(QString(), m_untilMessage);
    form->addRow(tr("Accepted by:"), by);

    m_ok = layOutFormDialog(*this, intro, form, tr("&Accept Risk"), u"acceptFindingOk"_s,
                            fontMetrics().averageCharWidth() * 85);
    setTabOrder(m_reason, m_until);
    setTabOrder(m_until, m_noExpiry);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &AcceptFindingDialog::check);
    connect(m_until, &QDateEdit::dateChanged, this, &AcceptFindingDialog::check);
    connect(m_noExpiry, &QCheckBox::toggled, this, [this](bool on) {
        m_until->setEnabled(!on);
        check();
    });
    check();
    m_reason->setFocus();
}

QString AcceptFindingDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate AcceptFindingDialog::expiresOn() const
{
    return m_noExpiry->isChecked() ? QDate() : m_until->date();
}

void AcceptFindingDialog::check()
{
    const bool past = !m_noExpiry->isChecked() && m_until->date() < m_today;
    m_untilMessage->setMessage(past ? tr("That day has passed. Choose a day from today on, or no expiry.")
                                    : QString());
    const bool hasReason = !reason().isEmpty();
    m_ok->setEnabled(hasReason && !past);
    m_ok->setToolTip(hasReason ? QString() : tr("Say why first: the reason is what a later review reads."));
}

bool AcceptFindingDialog::acceptFinding(PlanSession &session, const Finding &finding, QWidget *parent)
{
    Plan *plan = session.plan();
    if (!plan || plan->isReadOnly())
        return false;
    AcceptFindingDialog dialog(finding, FindingAcceptances::onFile(*plan, finding),
                               FindingAcceptances::actorName(*plan), Clock::now().toLocalTime().date(),
                               parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return AcceptFindingCommand::push(session, finding, dialog.reason(), dialog.expiresOn()).ok();
}
