#include "ProviderDetail.h"

#include "CertificationsEditor.h"
#include "CredentialBox.h"
#include "PlanSession.h"
#include "ProviderFindingsView.h"
#include "QuestionnaireView.h"
#include "plan/Plan.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString row(const QString &label, const QString &value)
{
    return u"<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                        value);
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}
} // namespace

ProviderDetail::ProviderDetail(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_support(new QLabel(this))
    , m_contact(new QLabel(this))
    , m_edit(new QPushButton(tr("Edit Deta&ils…"), this))
    , m_credentials(new CredentialBox(session, m_tabs))
    , m_certifications(new CertificationsEditor(session, m_tabs))
    , m_questionnaire(new QuestionnaireView(session, m_tabs))
    , m_findings(new ProviderFindingsView(m_tabs))
{
    setObjectName(u"providerDetail"_s);
    m_title->setObjectName(u"providerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    // Contact: the support line first and large, the rest as a short table.
    m_support->setObjectName(u"providerSupport"_s);
    m_support->setWordWrap(true);
    m_support->setTextFormat(Qt::RichText);
    m_support->setOpenExternalLinks(true);
    m_support->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_contact->setObjectName(u"providerContact"_s);
    m_contact->setWordWrap(true);
    m_contact->setTextFormat(Qt::RichText);
    m_contact->setOpenExternalLinks(true);
    m_contact->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_contact->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_edit->setObjectName(u"providerEditDetails"_s);
    m_edit->setToolTip(tr("Change how to reach this provider"));

    auto *contactPage = new QWidget;
    auto *contactLayout = new QVBoxLayout(contactPage);
    contactLayout->addWidget(m_support);
    contactLayout->addSpacing(fontMetrics().height() / 2);
    contactLayout->addWidget(m_contact);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_edit);
    editRow->addStretch();
    contactLayout->addLayout(editRow);
    contactLayout->addStretch();
    auto *contactScroll = new QScrollArea;
    contactScroll->setObjectName(u"providerContactTab"_s);
    contactScroll->setWidget(contactPage);
    contactScroll->setWidgetResizable(true);
    contactScroll->setFrameShape(QFrame::NoFrame);

    m_tabs->setObjectName(u"providerTabs"_s);
    m_tabs->setAccessibleName(tr("About the provider"));
    m_tabs->addTab(contactScroll, tr("C&ontact"));
    m_tabs->addTab(m_credentials, tr("Sig&n-in"));
    m_tabs->addTab(m_certifications, tr("Ce&rtifications"));
    m_tabs->addTab(m_questionnaire, tr("&Questionnaire"));
    m_tabs->addTab(m_findings, tr("F&indings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_edit, &QPushButton::clicked, this, &ProviderDetail::editRequested);
    connect(session.plan(), &Plan::providersChanged, this, &ProviderDetail::showContact);
}

void ProviderDetail::setProvider(qint64 providerId)
{
    m_providerId = providerId;
    m_credentials->setProvider(providerId);
    m_certifications->setProvider(providerId);
    m_questionnaire->setProvider(providerId);
    showContact();
}

void ProviderDetail::setFindings(const QList<Finding> &findings)
{
    m_findings->setFindings(findings);
    const int index = m_tabs->indexOf(m_findings);
    m_tabs->setTabText(index,
                       findings.isEmpty() ? tr("F&indings") : tr("F&indings (%1)").arg(findings.size()));
    m_tabs->setTabIcon(index,
                       findings.isEmpty() ? QIcon()
                                          : QIcon(ProviderFindingsView::iconPath(findings.first().severity)));
}

void ProviderDetail::showContact()
{
    const auto p = m_session.plan()->provider(m_providerId);
    m_edit->setEnabled(p && !m_session.plan()->isReadOnly());
    if (!p) {
        m_title->clear();
        m_support->clear();
        m_contact->clear();
        return;
    }
    m_title->setText(tr("%1 — %2").arg(p->name, ProviderKinds::name(p->kind)));

    // The support line: what the owner needs in a hurry.
    QStringList reach;
    if (!p->supportPhone.isEmpty())
        reach << u"<a href=\"tel:%1\">%2</a>"_s.arg(QString(p->supportPhone).remove(u' ').toHtmlEscaped(),
                                                    p->supportPhone.toHtmlEscaped());
    if (!p->supportEmail.isEmpty())
        reach << u"<a href=\"mailto:%1\">%1</a>"_s.arg(p->supportEmail.toHtmlEscaped());
    QString when = p->support24x7
        ? tr("Answers 24 hours a day, 7 days a week")
        : (p->supportHours.isEmpty() ? tr("Hours not on file") : tr("Answers %1").arg(p->supportHours));
    QString support = u"<p style=\"font-size:large\"><b>%1</b> %2</p>"_s.arg(
        tr("Support:").toHtmlEscaped(),
        reach.isEmpty() ? tr("no phone or email on file yet").toHtmlEscaped() : reach.join(u" · "_s));
    support += u"<p>%1</p>"_s.arg(when.toHtmlEscaped());
    m_support->setText(support);

    QString table = u"<table cellspacing=\"4\">"_s;
    if (!p->portalUrl.isEmpty()) {
        const QUrl url(p->portalUrl);
        table += row(tr("Portal:"),
                     u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                    p->portalUrl.toHtmlEscaped()));
    }
    if (!p->accountId.isEmpty())
        table += row(tr("Your account number:"), p->accountId.toHtmlEscaped());
    table += row(tr("Escalation:"),
                 p->escalationContact.isEmpty()
                     ? tr("Nobody on file: ask whom to call when support does not help").toHtmlEscaped()
                     : p->escalationContact.toHtmlEscaped());
    if (!p->services.isEmpty())
        table += row(tr("What they run:"), p->services.toHtmlEscaped());
    QString contract;
    if (p->contractStart.isValid() && p->contractEnd.isValid())
        contract = tr("%1 to %2").arg(dateText(p->contractStart), dateText(p->contractEnd));
    else if (p->contractStart.isValid())
        contract = tr("since %1").arg(dateText(p->contractStart));
    else if (p->contractEnd.isValid())
        contract = tr("until %1").arg(dateText(p->contractEnd));
    if (!contract.isEmpty())
        table += row(tr("Contract:"), contract.toHtmlEscaped());
    if (!p->notes.isEmpty())
        table += row(tr("Notes:"), p->notes.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    table += u"</table>"_s;
    m_contact->setText(table);
}
