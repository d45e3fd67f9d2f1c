#pragma once

#include "tls/TlsProbe.h"

#include <QObject>

#include <atomic>
#include <thread>

// Runs one TlsProbe at a time in a worker thread and reports back on the GUI thread through its
// signals. Cancelling sets the probe's flag; destroying the runner cancels and waits for the worker,
// so a page or window closed during a probe goes away cleanly.
class TlsProbeRunner final : public QObject
{
    Q_OBJECT

public:
    explicit TlsProbeRunner(QObject *parent = nullptr);
    ~TlsProbeRunner() override;

    // False when a probe is still running. The politeness the owner chose in the settings is applied
    // over `options` (see applyStoredPoliteness()).
    bool start(const TlsProbeTarget &target, const TlsProbeOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // How gently the probe treats the owner's server, as chosen in the settings (QSettings, probe/…):
    // connections open at once, how long to wait to connect or for an answer, and how long the whole
    // probe may take. Only what differs from TlsProbeOptions' defaults is stored; the command line's
    // `probe` has --parallel, --timeout and --budget for the same.
    struct Politeness
    {
        int connections;
        int timeoutSeconds;
        int budgetSeconds;
        bool operator==(const Politeness &) const = default;
    };
    static constexpr int minConnections = 1;
    static constexpr int maxConnections = 16;
    static constexpr int minTimeoutSeconds = 1;
    static constexpr int maxTimeoutSeconds = 120;
    static constexpr int minBudgetSeconds = 60;
    static constexpr int maxBudgetSeconds = 3600;
    static Politeness defaultPoliteness();
    static Politeness storedPoliteness();
    static void storePoliteness(const Politeness &politeness);
    // Puts what the settings hold over `options`; what they do not hold stays as the caller set it.
    static void applyStoredPoliteness(TlsProbeOptions &options);

signals:
    void progress(int step, int total, const QString &name);
    void firstVerdict(const TlsProbeResult &partial);
    // Exactly one of these ends each probe.
    void finished(const QList<TlsProbeResult> &results);
    void failed(const QString &message, bool cancelled);

private:
    void stopAndJoin();

    std::thread m_worker;
    std::atomic_bool m_cancel { false };
    bool m_running = false;
};
