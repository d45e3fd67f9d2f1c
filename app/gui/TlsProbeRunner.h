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

    // False when a probe is still running.
    bool start(const TlsProbeTarget &target, const TlsProbeOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

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
