#include "TlsPage.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PageHeading.h"
#include "PlanSession.h"
#include "ScrollingPageLayout.h"
#include "TlsCertificateView.h"
#include "TlsChangesView.h"
#include "TlsFindingsView.h"
#include "TlsGradeView.h"
#include "TlsHistoryView.h"
#include "TlsHttpView.h"
#include "TlsMozillaView.h"
#include "TlsProbeRunner.h"
#include "TlsProtocolTable.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "tls/MozillaIntermediate.h"
#include "tls/TlsChanges.h"
#include "tls/TlsFindings.h"
#include "tls/TlsGrade.h"
#include "tls/TlsProbeJson.h"

#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

PlanStep TlsPage::step()
{
    return PlanStep {
        .id = u"tls"_s,
        .order = 200,
        .title = [] { return tr("Encryption (TLS)"); },
        .iconPath = u":/icons/step-tls.svg"_s,
        .createPage
        = [](PlanSession &session, QWidget *parent) -> QWidget * { return new TlsPage(session, parent); },
    };
}

TlsPage::TlsPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(new TlsProbeRunner(this))
    , m_site(new QComboBox(this))
    , m_probe(new QPushButton(tr("&Probe"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(m_progressRow))
    , m_progressText(new QLabel(m_progressRow))
    , m_status(new NoticeBanner(this))
    , m_empty(new QLabel(this))
    , m_results(new QWidget(this))
    , m_caption(new QLabel(m_results))
    , m_notes(new NoticeBanner(m_results))
    , m_export(new QPushButton(tr("E&xport as JSON…"), m_results))
    , m_grade(new TlsGradeView(m_results))
    , m_changes(new TlsChangesView(m_results))
    , m_historyBox(new QGroupBox(tr("Earlier pro&bes"), m_results))
    , m_history(new TlsHistoryView(m_historyBox))
    , m_tabs(new QTabWidget(m_results))
    , m_findings(new TlsFindingsView(m_tabs))
    , m_protocols(new TlsProtocolTable(m_tabs))
    , m_certificate(new TlsCertificateView(m_tabs))
    , m_http(new TlsHttpView(m_tabs))
    , m_mozilla(new TlsMozillaView(m_tabs))
{
    setObjectName(u"tlsPage"_s);
    auto *heading = new PageHeading(
        tr("Encryption (TLS)"),
        tr("Encryption keeps your customers' passwords, addresses and card details private on their way to "
           "your shop, and browsers warn visitors away from a shop whose encryption is broken. Here "
           "Storefort checks your site the way a browser would and tells you what to ask your host to fix. "
           "Probe your site now, and again after every change your host makes."),
        this);

    // Where to probe.
    m_site->setObjectName(u"tlsSite"_s);
    m_site->setAccessibleName(tr("Site to probe"));
    m_site->setEditable(true);
    m_site->setInsertPolicy(QComboBox::NoInsert);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(24);
    m_site->lineEdit()->setPlaceholderText(tr("shop.example"));
    m_site->setToolTip(tr("The shop's address, from the shop profile; you may type another name or address"));
    auto *siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    m_probe->setObjectName(u"tlsProbe"_s);
    m_probe->setToolTip(tr("Check the site's encryption now (it takes up to a minute or two)"));
    m_cancel->setObjectName(u"tlsCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel the probe"));
    m_cancel->setEnabled(false);
    auto *siteRow = new QHBoxLayout;
    siteRow->addWidget(siteLabel);
    siteRow->addWidget(m_site, 1);
    siteRow->addWidget(m_probe);
    siteRow->addWidget(m_cancel);

    m_progress->setObjectName(u"tlsProgress"_s);
    m_progress->setAccessibleName(tr("Probe progress"));
    m_progress->setTextVisible(false);
    m_progressText->setObjectName(u"tlsProgressText"_s);
    m_progressText->setTextFormat(Qt::PlainText);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_progressText, 2);
    m_progressRow->hide();

    m_status->setObjectName(u"tlsStatus"_s);
    m_status->hide();
    m_empty->setObjectName(u"tlsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No probe yet. Check the site above and press Probe: the result appears here and is "
                        "kept in the plan, so the next probe can say what changed."));

    // The result: caption and export, the grade with what changed beside the earlier probes, details.
    m_caption->setObjectName(u"tlsCaption"_s);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_export->setObjectName(u"tlsExport"_s);
    m_export->setToolTip(tr("Save the probe shown as a JSON file, e.g. to send it to your host"));
    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(m_caption, 1);
    captionRow->addWidget(m_export, 0, Qt::AlignTop);

    m_notes->setObjectName(u"tlsNotes"_s);
    m_notes->hide();

    auto *gradeBox = new QGroupBox(tr("Grade"), m_results);
    auto *gradeLayout = new QVBoxLayout(gradeBox);
    gradeLayout->addWidget(m_grade);
    gradeLayout->addSpacing(fontMetrics().height() / 2);
    gradeLayout->addWidget(m_changes);
    gradeLayout->addStretch();

    m_history->setObjectName(u"tlsHistory"_s);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_history);
    m_historyBox->setMinimumWidth(fontMetrics().averageCharWidth() * 36);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(gradeBox, 1);
    summaryRow->addWidget(m_historyBox, 1);

    m_tabs->setObjectName(u"tlsDetails"_s);
    m_tabs->setAccessibleName(tr("Details of the probe"));
    m_tabs->addTab(m_findings, tr("F&indings"));
    m_tabs->addTab(m_protocols, tr("P&rotocols and ciphers"));
    m_tabs->addTab(m_certificate, tr("Cer&tificate"));
    m_tabs->addTab(m_http, tr("&Web server"));
    m_tabs->addTab(m_mozilla, tr("&Mozilla profile"));
    m_tabs->setMinimumHeight(fontMetrics().height() * 20);

    auto *resultsLayout = new QVBoxLayout(m_results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(fontMetrics().height() * 2 / 3);
    resultsLayout->addLayout(captionRow);
    resultsLayout->addWidget(m_notes);
    resultsLayout->addLayout(summaryRow);
    resultsLayout->addWidget(m_tabs, 1);
    m_results->hide();

    // Scrolls as a whole when the window is small.
    QVBoxLayout *column = layOutScrollingPage(*this);
    column->setSpacing(fontMetrics().height() * 2 / 3);
    column->addWidget(heading);
    column->addLayout(siteRow);
    column->addWidget(m_progressRow);
    column->addWidget(m_status);
    column->addWidget(m_empty);
    column->addWidget(m_results, 1);
    // Before the first probe the page's few lines sit at the top, not spread over the height.
    column->addStretch(0);

    connect(m_probe, &QPushButton::clicked, this, &TlsPage::startProbe);
    connect(m_site->lineEdit(), &QLineEdit::returnPressed, this, &TlsPage::startProbe);
    connect(m_cancel, &QPushButton::clicked, this, &TlsPage::cancelProbe);
    connect(m_export, &QPushButton::clicked, this, &TlsPage::exportJson);
    connect(m_runner, &TlsProbeRunner::progress, this, &TlsPage::probeProgress);
    connect(m_runner, &TlsProbeRunner::firstVerdict, this, &TlsPage::showFirstVerdict);
    connect(m_runner, &TlsProbeRunner::finished, this, &TlsPage::probeFinished);
    connect(m_runner, &TlsProbeRunner::failed, this, &TlsPage::probeFailed);
    connect(m_history, &TlsHistoryView::recordChosen, this, &TlsPage::showRecord);
    connect(session.plan(), &Plan::shopChanged, this, &TlsPage::fillSites);
    connect(session.plan(), &Plan::tlsProbesChanged, this, &TlsPage::reloadHistory);

    fillSites();
    reloadHistory();
    if (!m_history->records().isEmpty())
        showRecord(m_history->records().constFirst().id);
}

TlsPage::~TlsPage()
{
    // Cancel and wait for a probe still running before anything it reports to goes away.
    m_runner->disconnect(this);
    delete m_runner;
}

QString TlsPage::targetAddress(const QString &ip) const
{
    if (ip.isEmpty() || ip == m_target.host)
        return m_target.display();
    return tr("%1 (%2)").arg(m_target.display(), ip);
}

bool TlsPage::isProbing() const
{
    return m_runner->isRunning();
}

void TlsPage::probeSite(const QString &site)
{
    if (m_runner->isRunning())
        return;
    m_site->setEditText(site);
    startProbe();
}

void TlsPage::fillSites()
{
    const QString typed = m_site->currentText();
    const QStringList sites = m_session.plan()->shop().siteUrls;
    m_site->clear();
    m_site->addItems(sites);
    if (!typed.isEmpty())
        m_site->setEditText(typed);
    else if (!sites.isEmpty())
        m_site->setCurrentIndex(0);
}

void TlsPage::startProbe()
{
    if (m_runner->isRunning())
        return;
    const auto target = TlsProbeTarget::parse(m_site->currentText().trimmed());
    if (!target) {
        m_status->setMessage(NoticeBanner::Kind::Error, tr("This is not an address Storefort can probe."),
                             target.error());
        m_status->show();
        m_site->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_target = target.value();
    m_status->hide();
    if (!m_runner->start(m_target, m_options))
        return;
    setProbing(true);
    m_progress->setRange(0, 0); // busy until the first step is known
    m_progressText->setText(tr("Looking up %1…").arg(m_target.display()));
}

void TlsPage::cancelProbe()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_progressText->setText(tr("Cancelling…"));
}

void TlsPage::setProbing(bool on)
{
    m_progressRow->setVisible(on);
    m_cancel->setEnabled(on);
    m_probe->setEnabled(!on);
    m_site->setEnabled(!on);
    m_history->setEnabled(!on);
    m_export->setEnabled(!on && m_shown.has_value());
    // Keep the keyboard where it can act: on Cancel while probing, back on Probe afterwards.
    if (on)
        m_cancel->setFocus(Qt::OtherFocusReason);
    else if (m_cancel->hasFocus() || !focusWidget())
        m_probe->setFocus(Qt::OtherFocusReason);
}

void TlsPage::probeProgress(int step, int total, const QString &name)
{
    if (!m_runner->isRunning() || !m_cancel->isEnabled())
        return;
    // `step` of `total` are done and `name` runs now. Reports come from several workers: never step back.
    total = std::max(total, 1);
    const int done
        = std::clamp(std::max(step, m_progress->maximum() == total ? m_progress->value() : 0), 0, total);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    //: "Step 3 of 12 — Checking TLS 1.2 cipher suites"
    m_progressText->setText(
        tr("Step %1 of %2 — %3")
            .arg(QLocale().toString(std::min(done + 1, total)), QLocale().toString(total), name));
    m_progress->setAccessibleDescription(m_progressText->text());
}

void TlsPage::showFirstVerdict(const TlsProbeResult &partial)
{
    if (!m_runner->isRunning())
        return;
    m_empty->hide();
    m_results->show();
    m_caption->setText(tr("First look at %1 — the probe goes on").arg(targetAddress(partial.ip)));
    QStringList on;
    for (TlsVersion version : TlsVersions::all()) {
        if (partial.accepted(version))
            on.append(TlsVersions::displayName(version));
    }
    QStringList lines;
    lines.append(on.isEmpty() ? tr("• No protocol accepted so far.")
                              : tr("• Accepts %1.").arg(QLocale().createSeparatedList(on)));
    const CertificateResult &c = partial.certificate;
    if (!c.present)
        lines.append(tr("• No certificate seen yet."));
    else if (!c.trusted)
        lines.append(c.selfSigned ? tr("• The certificate is self-signed: browsers do not trust it.")
                                  : tr("• Browsers do not trust the certificate."));
    else if (!c.hostnameMatch)
        lines.append(tr("• The certificate is for a different name."));
    else
        lines.append(tr("• The certificate is trusted and matches the name."));
    m_grade->setFirstLook(lines.join(u'\n'));
    m_notes->hide();
    m_changes->clear();
    m_protocols->setResult(partial);
    m_protocols->expandAll();
    m_certificate->setCertificate(partial.certificate);
    m_findings->setPending(tr("The findings follow when the probe is done."));
    m_http->clear();
    m_mozilla->clear();
    m_export->setEnabled(false);
}

void TlsPage::probeFinished(const QList<TlsProbeResult> &results)
{
    setProbing(false);
    if (results.isEmpty()) {
        probeFailed(tr("The probe learned nothing about the site."), false);
        return;
    }
    Plan &plan = *m_session.plan();
    const QString seconds = QLocale().toString(results.constFirst().durationMs / 1000.0, 'f', 1);
    if (plan.isReadOnly()) {
        const QString reason
            = plan.readOnlyReason().isEmpty() ? tr("The plan is read-only.") : plan.readOnlyReason();
        m_status->setMessage(NoticeBanner::Kind::Information, tr("The probe was not kept in the plan."),
                             reason);
        m_status->show();
        const TlsProbeResult &first = results.constFirst();
        showResult(first, 0, tr("Probe of %1 just now (not kept)").arg(targetAddress(first.ip)));
        return;
    }

    QStringList errors;
    qint64 firstId = 0;
    for (const TlsProbeResult &result : results) {
        const auto id = plan.addTlsProbe(TlsProbeJson::toRecord(result));
        if (!id) {
            errors.append(id.error());
            continue;
        }
        m_fresh.insert(id.value(), result);
        if (!firstId)
            firstId = id.value();
    }
    reloadHistory();
    if (!errors.isEmpty()) {
        m_status->setMessage(NoticeBanner::Kind::Error, tr("The probe could not be kept in the plan."),
                             errors.join(u' '));
        m_status->show();
    } else if (results.size() > 1) {
        m_status->setMessage(NoticeBanner::Kind::Information,
                             tr("The probe is done and kept in the plan (%1 seconds).").arg(seconds),
                             tr("The site has %1 addresses; each has its own entry under Earlier probes.")
                                 .arg(QLocale().toString(results.size())));
        m_status->show();
    } else {
        m_status->setMessage(NoticeBanner::Kind::Positive,
                             tr("The probe is done and kept in the plan (%1 seconds).").arg(seconds));
        m_status->show();
    }
    if (firstId) {
        m_history->select(firstId);
        showRecord(firstId);
    } else {
        showResult(results.constFirst(), 0,
                   tr("Probe of %1 just now (not kept)").arg(targetAddress(results.constFirst().ip)));
    }
}

void TlsPage::probeFailed(const QString &message, bool cancelled)
{
    setProbing(false);
    if (cancelled)
        m_status->setMessage(NoticeBanner::Kind::Information, tr("The probe was cancelled."),
                             tr("Nothing was kept in the plan."));
    else
        m_status->setMessage(NoticeBanner::Kind::Error, tr("The probe could not finish."), message);
    m_status->show();
    // Back to what was shown before the probe started.
    if (m_shown)
        showResult(*m_shown, m_shownRecordId, m_shownCaption);
    else {
        m_results->hide();
        m_empty->show();
    }
}

void TlsPage::reloadHistory()
{
    const auto records = m_session.plan()->tlsProbes();
    if (!records) {
        m_status->setMessage(NoticeBanner::Kind::Error, tr("The earlier probes could not be read."),
                             records.error());
        m_status->show();
        return;
    }
    m_history->setRecords(records.value());
    m_historyBox->setTitle(records->isEmpty()
                               ? tr("Earlier pro&bes")
                               : tr("Earlier pro&bes (%1)").arg(QLocale().toString(records->size())));
}

std::optional<TlsProbeResult> TlsPage::resultOf(qint64 recordId, QString *error) const
{
    if (const auto fresh = m_fresh.constFind(recordId); fresh != m_fresh.constEnd())
        return *fresh;
    for (const TlsProbeRecord &record : m_history->records()) {
        if (record.id != recordId)
            continue;
        auto result = TlsProbeJson::fromRecord(record);
        if (!result) {
            if (error)
                *error = result.error();
            return std::nullopt;
        }
        return result.value();
    }
    if (error)
        *error = tr("It is no longer in the plan.");
    return std::nullopt;
}

void TlsPage::showRecord(qint64 id)
{
    if (m_runner->isRunning())
        return;
    QString error;
    const auto result = resultOf(id, &error);
    if (!result) {
        m_status->setMessage(NoticeBanner::Kind::Error, tr("This probe could not be read from the plan."),
                             error);
        m_status->show();
        return;
    }
    for (const TlsProbeRecord &record : m_history->records()) {
        if (record.id == id) {
            showResult(*result, id,
                       tr("Probe of %1 on %2")
                           .arg(TlsHistoryView::address(record),
                                QLocale().toString(record.at.toLocalTime(), QLocale::LongFormat)));
            m_history->select(id);
            return;
        }
    }
}

void TlsPage::showResult(const TlsProbeResult &result, qint64 recordId, const QString &caption)
{
    m_shown = result;
    m_shownRecordId = recordId;
    m_shownCaption = caption;
    m_empty->hide();
    m_results->show();
    m_caption->setText(caption);
    m_notes->setVisible(!result.notes.isEmpty());
    if (!result.notes.isEmpty())
        m_notes->setMessage(NoticeBanner::Kind::Information, tr("The probe could not learn everything."),
                            result.notes.join(u' '));
    m_grade->setGrade(TlsGrade::compute(result));
    showChanges(result, recordId);
    m_findings->setFindings(TlsFindings::compute(result));
    m_protocols->setResult(result);
    m_certificate->setCertificate(result.certificate);
    m_http->setHttp(result.http);
    m_mozilla->setVerdict(MozillaIntermediate::check(result));
    m_export->setEnabled(!m_runner->isRunning());
}

void TlsPage::showChanges(const TlsProbeResult &result, qint64 recordId)
{
    // The one before: the next older record of the same address (or, for a probe not kept, the newest).
    const QList<TlsProbeRecord> &records = m_history->records();
    bool passed = recordId == 0;
    const TlsProbeRecord *before = nullptr;
    for (const TlsProbeRecord &record : records) {
        if (!passed) {
            passed = record.id == recordId;
            continue;
        }
        if (record.host == result.host && record.port == result.port && record.ip == result.ip) {
            before = &record;
            break;
        }
    }
    if (!before) {
        m_changes->setFirstProbe();
        return;
    }
    QString error;
    const auto earlier = resultOf(before->id, &error);
    if (!earlier) {
        m_changes->setChanges({}, before->at);
        return;
    }
    m_changes->setChanges(TlsChanges::compare(*earlier, result), before->at);
}

void TlsPage::exportJson()
{
    if (!m_shown)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString date = Clock::now().toLocalTime().toString(u"yyyy-MM-dd"_s);
    QString host = m_shown->host.isEmpty() ? m_target.host : m_shown->host;
    host.replace(u':', u'_');
    const QString suggested = QDir(folder).filePath(u"%1-tls-%2.json"_s.arg(host, date));
    const QString path = FileDialog::saveFileName(this, tr("Export the Probe as JSON"), suggested,
                                                  tr("JSON files (*.json);;All files (*)"), u"json"_s);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(TlsProbeJson::toJson(*m_shown)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        MessageBox::warning(this, tr("Export"),
                            tr("The probe could not be saved as %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_status->setMessage(NoticeBanner::Kind::Positive, tr("The probe was saved."),
                         tr("It is in %1.").arg(QDir::toNativeSeparators(path)));
    m_status->show();
}
