#include "WizardPagesIntro.h"

#include "NoticeBanner.h"
#include "WelcomeWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A short heading above a list, in the page's own font made bold (so it scales with the system's).
QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A bulleted list of plain sentences. The label reads as the list for a screen reader as well.
QLabel *bulletList(const QStringList &items, QWidget *parent)
{
    QString html = u"<ul style=\"margin-left: 0; -qt-list-indent: 1;\">"_s;
    for (const QString &item : items)
        html += u"<li style=\"margin-bottom: 3px;\">"_s + item.toHtmlEscaped() + u"</li>"_s;
    html += u"</ul>"_s;
    auto *label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAccessibleName(items.join(u'\n'));
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

WelcomeWizardPage::WelcomeWizardPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(u"welcomePage"_s);
    setTitle(tr("Welcome to Storefort"));
    setSubTitle(tr("Storefort helps you plan your shop's security, one step at a time and in plain words."));
    // The welcome's own words for leaving it and for going on.
    //: The welcome's Cancel button: dismisses the welcome for this plan
    setButtonText(QWizard::CancelButton, tr("&Not Now"));
    //: The welcome's Next button
    setButtonText(QWizard::NextButton, tr("&Set Up My Shop"));

    auto *will = bulletList(
        {
            tr("Walk you through the plan step by step, and show how far along your shop is."),
            tr("Check your site's encryption, the way a visitor's browser sees it."),
            tr("Keep on file what your host, CDN and developers promised you, and ask again when "
               "their answers grow old."),
            tr("Check who can get into your shop's accounts, and whether they still should."),
            tr("Plan what to do when your site is flooded by an attack (DDoS)."),
            tr("Print a binder with everything you need at hand on a bad day."),
        },
        this);
    will->setObjectName(u"welcomeWill"_s);
    auto *never = bulletList(
        {
            tr("Send anything anywhere but to your own site, and only to check it when you ask."),
            tr("Store a password or any other secret anywhere but your system's keychain."),
        },
        this);
    never->setObjectName(u"welcomeNever"_s);

    auto *layout = new QVBoxLayout(this);
    const int em = fontMetrics().height();
    layout->setSpacing(em / 3);
    layout->addWidget(sectionHeading(tr("What Storefort will do"), this));
    layout->addWidget(will);
    layout->addSpacing(em / 2);
    layout->addWidget(sectionHeading(tr("What Storefort will never do"), this));
    layout->addWidget(never);
    layout->addSpacing(em / 2);
    layout->addWidget(paragraph(tr("First, a few questions about your shop: its name and address, who works "
                                   "on it, and which companies it relies on. It takes about five minutes, "
                                   "and you can change every answer later."),
                                this));
    layout->addStretch(1);
}

ReadyWizardPage::ReadyWizardPage(QWidget *parent)
    : QWizardPage(parent)
    , m_summary(new QLabel(this))
    , m_probe(new QCheckBox(tr("&Check my site's encryption now"), this))
    , m_probeNote(new QLabel(this))
    , m_problem(new NoticeBanner(this))
{
    setObjectName(u"readyPage"_s);
    setTitle(tr("Ready to Write the Plan"));
    //: "Finish" is the button below, named by the next string
    setSubTitle(tr("When you press Finish, Storefort writes your answers into the plan. Nothing is "
                   "written before."));
    // Named here, so that the subtitle and the button always use the same word.
    setButtonText(QWizard::FinishButton, tr("&Finish"));

    m_summary->setObjectName(u"readySummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_probe->setObjectName(u"probeNow"_s);
    m_probeNote->setObjectName(u"probeNote"_s);
    m_probeNote->setTextFormat(Qt::PlainText);
    m_probeNote->setWordWrap(true);
    m_probeNote->setIndent(
        m_probe->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_probe)
        + m_probe->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, m_probe));
    m_problem->setObjectName(u"writeProblem"_s);
    m_problem->hide();

    auto *next = paragraph(tr("Then the plan's steps are listed on the left, from Shop & team to Review "
                              "& export. Each step says why it matters and what to do, and ends with the "
                              "way to the next one. Take them in order, at your own pace: every change is "
                              "saved as you make it."),
                           this);
    next->setObjectName(u"whatComesNext"_s);

    auto *layout = new QVBoxLayout(this);
    const int em = fontMetrics().height();
    layout->setSpacing(em / 3);
    layout->addWidget(sectionHeading(tr("What goes into the plan"), this));
    layout->addWidget(m_summary);
    layout->addSpacing(em / 2);
    layout->addWidget(sectionHeading(tr("The first check"), this));
    layout->addWidget(m_probe);
    layout->addWidget(m_probeNote);
    layout->addSpacing(em / 2);
    layout->addWidget(sectionHeading(tr("What comes next"), this));
    layout->addWidget(next);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_probe, &QCheckBox::clicked, this, [this] { m_probeTouched = true; });
}

void ReadyWizardPage::showSummary(const Summary &summary)
{
    const QLocale locale;
    auto line = [](const QString &what, const QString &value) -> QString {
        return u"<li>"_s + what.toHtmlEscaped() + u" "_s + value.toHtmlEscaped() + u"</li>"_s;
    };
    QString html = u"<ul style=\"margin-left: 0; -qt-list-indent: 1;\">"_s;
    html += line(tr("Shop:"), summary.shopName);
    html += line(summary.sites.size() > 1 ? tr("Web addresses:") : tr("Web address:"),
                 summary.sites.isEmpty() ? tr("none yet") : locale.createSeparatedList(summary.sites));
    html += line(tr("Platform:"), summary.platform);
    html += line(tr("Team:"),
                 summary.people.isEmpty() ? tr("nobody added now")
                                          : locale.createSeparatedList(summary.people));
    html += line(tr("Providers:"),
                 summary.providers.isEmpty() ? tr("none added now")
                                             : locale.createSeparatedList(summary.providers));
    html += u"</ul>"_s;
    m_summary->setText(html);
    m_summary->setAccessibleName(QTextDocumentFragment::fromHtml(html).toPlainText());

    const bool haveSite = !summary.sites.isEmpty();
    m_probe->setEnabled(haveSite);
    if (!haveSite)
        m_probe->setChecked(false);
    else if (!m_probeTouched)
        m_probe->setChecked(true);
    m_probeNote->setText(
        haveSite
            ? tr("Storefort connects to %1 the way a browser does, and to nothing else. It takes a minute "
                 "or two; the result is kept in the plan.")
                  .arg(summary.sites.constFirst())
            : tr("Add the shop's web address on the first page to check its encryption; you can also "
                 "do it later in the Encryption (TLS) step."));
    showWriteProblem({});
}

bool ReadyWizardPage::probeRequested() const
{
    return m_probe->isEnabled() && m_probe->isChecked();
}

void ReadyWizardPage::showWriteProblem(const QString &message)
{
    if (!message.isEmpty())
        m_problem->setMessage(NoticeBanner::Kind::Error, tr("Not everything could be written."), message);
    m_problem->setVisible(!message.isEmpty());
}
