#include "TlsProbeRunner.h"

#include <QPointer>

TlsProbeRunner::TlsProbeRunner(QObject *parent)
    : QObject(parent)
{ }

TlsProbeRunner::~TlsProbeRunner()
{
    stopAndJoin();
}

bool TlsProbeRunner::start(const TlsProbeTarget &target, const TlsProbeOptions &options)
{
    if (m_running)
        return false;
    // A worker that reported but has not quite returned yet.
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
    m_running = true;
    m_worker = std::thread([this, target, options] {
        TlsProbe probe(target, options);
        probe.setCancelFlag(&m_cancel);
        // The callbacks come from worker threads: queue them to this object's (GUI) thread. Events
        // posted to the runner are dropped if it is destroyed first, and it joins this thread before
        // it goes, so `this` outlives every call made here.
        probe.setProgress([this](int step, int total, const QString &name) {
            QMetaObject::invokeMethod(
                this, [this, step, total, name] { emit progress(step, total, name); }, Qt::QueuedConnection);
        });
        probe.setFirstVerdict([this](const TlsProbeResult &partial) {
            QMetaObject::invokeMethod(
                this, [this, partial] { emit firstVerdict(partial); }, Qt::QueuedConnection);
        });
        Result<QList<TlsProbeResult>> result = probe.run();
        const bool cancelled = probe.wasCancelled() || m_cancel;
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), cancelled] {
                if (m_worker.joinable())
                    m_worker.join();
                m_running = false;
                if (result && !cancelled)
                    emit finished(result.value());
                else
                    emit failed(result ? QString() : result.error(), cancelled);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void TlsProbeRunner::cancel()
{
    m_cancel = true;
}

void TlsProbeRunner::stopAndJoin()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
    m_running = false;
}
