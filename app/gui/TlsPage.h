#pragma once

#include "PlanStep.h"
#include "tls/TlsProbe.h"

#include <QHash>
#include <QWidget>

#include <optional>

class NoticeBanner;
class PlanSession;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class TlsCertificateView;
class TlsChangesView;
class TlsFindingsView;
class TlsGradeView;
class TlsHistoryView;
class TlsHttpView;
class TlsMozillaView;
class TlsProbeRunner;
class TlsProtocolTable;

// "Encryption (TLS)": probes the shop's site for how well it encrypts its visitors' traffic, gives
// a grade with plain-words fixes, keeps each probe in the plan and says what changed since the last.
class TlsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit TlsPage(PlanSession &session, QWidget *parent = nullptr);
    ~TlsPage() override;

    static PlanStep step();

    // How the next probes run (timeouts, extra trust anchors); the defaults suit real sites.
    void setProbeOptions(const TlsProbeOptions &options) { m_options = options; }
    bool isProbing() const;
    // Probes `site` now, as if the owner had chosen it and pressed Probe (the welcome's first probe).
    void probeSite(const QString &site);

private:
    void fillSites();
    void startProbe();
    void cancelProbe();
    void setProbing(bool on);
    void probeProgress(int step, int total, const QString &name);
    void showFirstVerdict(const TlsProbeResult &partial);
    void probeFinished(const QList<TlsProbeResult> &results);
    void probeFailed(const QString &message, bool cancelled);
    void reloadHistory();
    void showRecord(qint64 id);
    // `recordId` 0: a probe that is not in the plan; it is compared with the newest one that is.
    void showResult(const TlsProbeResult &result, qint64 recordId, const QString &caption);
    void showChanges(const TlsProbeResult &result, qint64 recordId);
    std::optional<TlsProbeResult> resultOf(qint64 recordId, QString *error = nullptr) const;
    void exportJson();
    QString targetAddress(const QString &ip) const; // "shop.example (192.0.2.1)"

    PlanSession &m_session;
    TlsProbeRunner *m_runner;
    TlsProbeOptions m_options;
    TlsProbeTarget m_target; // of the probe running or last run
    QHash<qint64, TlsProbeResult> m_fresh; // probes of this session, by record: no need to read them back
    std::optional<TlsProbeResult> m_shown;
    qint64 m_shownRecordId = 0;
    QString m_shownCaption;

    QComboBox *m_site;
    QPushButton *m_probe;
    QPushButton *m_cancel;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    NoticeBanner *m_status;
    QLabel *m_empty;
    QWidget *m_results;
    QLabel *m_caption;
    NoticeBanner *m_notes;
    QPushButton *m_export;
    TlsGradeView *m_grade;
    TlsChangesView *m_changes;
    QGroupBox *m_historyBox;
    TlsHistoryView *m_history;
    QTabWidget *m_tabs;
    TlsFindingsView *m_findings;
    TlsProtocolTable *m_protocols;
    TlsCertificateView *m_certificate;
    TlsHttpView *m_http;
    TlsMozillaView *m_mozilla;
};
