#include "CredentialHealthView.h"

#include "Appearance.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "ProviderFindingsView.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

CredentialHealthView::CredentialHealthView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_check(new QPushButton(tr("&Check stored passwords"), this))
    , m_notice(new NoticeBanner(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_missing(new QLabel(this))
    , m_findings(new QTextBrowser(this))
    , m_privacy(new QLabel(this))
{
    setObjectName(u"credentialHealthView"_s);
    auto *intro = new QLabel(tr("How strong are the passwords and tokens Storefort keeps in your keychain, "
                                "is any of them used in more than one place, and how long since each was "
                                "changed? The check reads them only when you ask."),
                             this);
    intro->setWordWrap(true);

    m_check->setObjectName(u"credentialHealthCheck"_s);
    m_check->setToolTip(tr("Read the stored passwords from the keychain and check them on this computer"));
    m_notice->setObjectName(u"credentialHealthNotice"_s);
    m_notice->hide();
    m_summary->setObjectName(u"credentialHealthSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setObjectName(u"credentialHealthTable"_s);
    m_table->setAccessibleName(tr("Stored passwords and how healthy they are"));
    m_table->setHorizontalHeaderLabels({ tr("Entry"), tr("Strength"), tr("Same password as"), tr("Age") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false); // short cells; wrapping before the layout settles makes rows uneven
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EntryColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StrengthColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReusedColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AgeColumn, QHeaderView::ResizeToContents);

    m_missing->setObjectName(u"credentialHealthMissing"_s);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_findings->setObjectName(u"credentialHealthFindings"_s);
    m_findings->setAccessibleName(tr("What the check found"));
    m_findings->setOpenLinks(false);
    m_privacy->setObjectName(u"credentialHealthPrivacy"_s);
    m_privacy->setWordWrap(true);
    m_privacy->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_missing);
    layout->addWidget(m_findings, 3);
    layout->addWidget(m_privacy);

    connect(m_check, &QPushButton::clicked, this, &CredentialHealthView::check);
    // Results about a plan that is closing, or about another plan, would mislead.
    connect(&session, &PlanSession::aboutToClose, this, [this] {
        ++m_run;
        setBusy(false);
        clearResult();
    });
    connect(&session, &PlanSession::closed, this, &CredentialHealthView::clearResult);
    connect(&session, &PlanSession::opened, this, [this] {
        clearResult();
        watchPlan();
    });
    watchPlan();
    clearResult();
}

void CredentialHealthView::watchPlan()
{
    disconnect(m_planChanged);
    if (!m_session.plan())
        return;
    m_planChanged = connect(m_session.plan(), &Plan::providersChanged, this, [this] {
        if (!m_table->isHidden())
            m_summary->setText(tr("The providers changed since the check. Check again to see where they "
                                  "stand now."));
    });
}

CredentialHealthView::~CredentialHealthView() = default;

QColor CredentialHealthView::strengthColour(int score)
{
    if (score >= CredentialHealth::goodEnoughScore)
        return Appearance::toneColour(Appearance::Tone::Good);
    return ProviderFindingsView::colour(score < 2 ? Severity::High : Severity::Medium);
}

QString CredentialHealthView::strengthIconPath(int score)
{
    if (score >= CredentialHealth::goodEnoughScore)
        return u":/icons/status-ok.svg"_s;
    return score < 2 ? u":/icons/status-error.svg"_s : u":/icons/status-warning.svg"_s;
}

void CredentialHealthView::setBusy(bool busy)
{
    m_busy = busy;
    m_check->setEnabled(!busy && m_session.plan());
}

void CredentialHealthView::clearResult()
{
    m_table->setRowCount(0);
    m_table->hide();
    m_findings->clear();
    m_findings->hide();
    m_missing->clear();
    m_missing->hide();
    m_notice->hide();
    m_summary->clear();
    m_summary->hide();
    m_privacy->setText(tr("The check runs on this computer only and saves nothing."));
    setBusy(m_busy);
}

void CredentialHealthView::check()
{
    Plan *plan = m_session.plan();
    if (!plan || m_busy)
        return;
    clearResult();
    setBusy(true);
    m_summary->setText(tr("Reading the stored passwords from the keychain…"));
    m_summary->show();
    const int run = ++m_run;
    CredentialHealth::gather(*plan, *m_session.secrets(), this, [this, run](CredentialGathering &gathering) {
        // An answer for a plan that has gone since is dropped; its secrets are wiped all the same.
        if (run == m_run)
            showGathering(gathering);
    });
}

void CredentialHealthView::showGathering(CredentialGathering &gathering)
{
    setBusy(false);
    if (!gathering.ok) {
        clearResult();
        m_notice->setMessage(NoticeBanner::Kind::Warning, tr("The stored passwords could not be checked."),
                             gathering.message);
        m_notice->show();
        emit checkFinished(false);
        return;
    }
    CredentialHealth::Options options;
    options.maxAgeDays = m_maxAgeDays;
    // The secrets are overwritten inside; from here on only the verdicts are left.
    const CredentialHealthResult result = CredentialHealth::assess(gathering.entries, options);
    showResult(result, gathering.missing);
    emit checkFinished(true);
}

void CredentialHealthView::showResult(const CredentialHealthResult &result, const QStringList &missing)
{
    const QLocale locale;
    m_table->setRowCount(int(result.reports.size()));
    for (int row = 0; row < result.reports.size(); ++row) {
        const CredentialReport &report = result.reports.at(row);
        auto *entry = new QTableWidgetItem(report.label);
        auto *strength = new QTableWidgetItem(QIcon(strengthIconPath(report.score)),
                                              CredentialHealth::scoreName(report.score));
        strength->setForeground(strengthColour(report.score));
        strength->setToolTip(tr("Score %1 of 4").arg(report.score));
        auto *reused = new QTableWidgetItem(report.reusedWith.isEmpty()
                                                ? tr("Used only here")
                                                : locale.createSeparatedList(report.reusedWith));
        if (!report.reusedWith.isEmpty()) {
            reused->setIcon(QIcon(u":/icons/status-error.svg"_s));
            reused->setForeground(strengthColour(0));
        }
        QTableWidgetItem *age = nullptr;
        if (report.ageDays < 0) {
            age = new QTableWidgetItem(tr("Not known"));
            age->setToolTip(tr("The plan does not say when this password was stored."));
        } else {
            age = new QTableWidgetItem(tr("%n day(s)", nullptr, report.ageDays));
            age->setToolTip(
                tr("Stored on %1")
                    .arg(locale.toString(report.storedAt.toLocalTime().date(), QLocale::LongFormat)));
            if (report.ageDays > m_maxAgeDays)
                age->setIcon(QIcon(u":/icons/status-warning.svg"_s));
        }
        m_table->setItem(row, EntryColumn, entry);
        m_table->setItem(row, StrengthColumn, strength);
        m_table->setItem(row, ReusedColumn, reused);
        m_table->setItem(row, AgeColumn, age);
    }
    m_table->resizeRowsToContents();
    // As tall as its rows (up to a dozen), so the findings below get the rest of the room.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < std::min(m_table->rowCount(), 12); ++row)
        height += m_table->rowHeight(row);
    if (m_table->rowCount() > 12)
        height += m_table->rowHeight(0) / 2; // half a row shows there is more to scroll to
    m_table->setMaximumHeight(height);
    m_table->setVisible(!result.reports.isEmpty());

    int serious = 0;
    for (const Finding &f : result.findings) {
        if (f.severity >= Severity::Medium)
            ++serious;
    }
    if (result.reports.isEmpty())
        m_summary->setText(tr("No passwords are stored in Storefort yet, so there is nothing to check."));
    else if (result.findings.isEmpty())
        m_summary->setText(tr("All %n stored password(s) look healthy: strong, each used only once, and "
                              "changed recently enough.",
                              nullptr, int(result.reports.size())));
    else if (serious == 0)
        m_summary->setText(tr("Nothing serious: only small improvements, listed below."));
    else
        m_summary->setText(tr("%n thing(s) to sort out, listed below with what to do.", nullptr, serious));
    m_summary->show();

    if (!missing.isEmpty()) {
        m_missing->setText(tr("The plan says a password is stored for %1, but the keychain no longer has "
                              "it. Store it again on the provider's page.")
                               .arg(locale.createSeparatedList(missing)));
        m_missing->show();
    }

    QString html;
    for (const Finding &f : result.findings) {
        QString fix = f.fix.toHtmlEscaped();
        QString evidence = f.evidence.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        html += u"<h4>%1</h4><p><b style=\"color:%2\">%3</b> · %4</p><p>%5</p><p><b>%6</b> %7</p>"_s.arg(
            f.title.toHtmlEscaped(), ProviderFindingsView::colour(f.severity).name(),
            Severities::name(f.severity).toHtmlEscaped(), evidence, f.why.toHtmlEscaped(),
            tr("What to do:").toHtmlEscaped(), fix);
    }
    m_findings->setHtml(html);
    m_findings->setVisible(!result.findings.isEmpty());

    m_privacy->setText(tr("Checked at %1 on this computer. Nothing was saved: not the passwords and not "
                          "these results.")
                           .arg(locale.toString(Clock::now().toLocalTime().time(), QLocale::ShortFormat)));
}
