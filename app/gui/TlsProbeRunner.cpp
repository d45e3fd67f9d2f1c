#include "TlsProbeRunner.h"

#include <QPointer>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString connectionsKey = u"probe/connections"_s;
const QString timeoutKey = u"probe/timeoutSeconds"_s;
const QString budgetKey = u"probe/budgetSeconds"_s;

void storeOrForget(QSettings &settings, const QString &key, int value, int defaultValue)
{
    if (value == defaultValue)
        settings.remove(key);
    else
        settings.setValue(key, value);
}
} // namespace

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
    TlsProbeOptions polite = options;
    applyStoredPoliteness(polite);
    m_worker = std::thread([this, target, options = std::move(polite)] {
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

TlsProbeRunner::Politeness TlsProbeRunner::defaultPoliteness()
{
    const TlsProbeOptions defaults;
    return { defaults.parallel, defaults.connectTimeoutMs / 1000, defaults.budgetMs / 1000 };
}

TlsProbeRunner::Politeness TlsProbeRunner::storedPoliteness()
{
    const Politeness defaults = defaultPoliteness();
    const QSettings settings;
    const auto stored = [&settings](const QString &key, int defaultValue, int min, int max) {
        bool ok = false;
        const int value = settings.value(key).toInt(&ok);
        return ok ? std::clamp(value, min, max) : defaultValue;
    };
    return { stored(connectionsKey, defaults.connections, minConnections, maxConnections),
             stored(timeoutKey, defaults.timeoutSeconds, minTimeoutSeconds, maxTimeoutSeconds),
             stored(budgetKey, defaults.budgetSeconds, minBudgetSeconds, maxBudgetSeconds) };
}

void TlsProbeRunner::storePoliteness(const Politeness &politeness)
{
    const Politeness defaults = defaultPoliteness();
    QSettings settings;
    storeOrForget(settings, connectionsKey,
                  std::clamp(politeness.connections, minConnections, maxConnections), defaults.connections);
    storeOrForget(settings, timeoutKey,
                  std::clamp(politeness.timeoutSeconds, minTimeoutSeconds, maxTimeoutSeconds),
                  defaults.timeoutSeconds);
    storeOrForget(settings, budgetKey,
                  std::clamp(politeness.budgetSeconds, minBudgetSeconds, maxBudgetSeconds),
                  defaults.budgetSeconds);
}

void TlsProbeRunner::applyStoredPoliteness(TlsProbeOptions &options)
{
    const QSettings settings;
    const Politeness stored = storedPoliteness();
    if (settings.contains(connectionsKey))
        options.parallel = stored.connections;
    if (settings.contains(timeoutKey)) {
        options.connectTimeoutMs = stored.timeoutSeconds * 1000;
        options.readTimeoutMs = stored.timeoutSeconds * 1000;
    }
    if (settings.contains(budgetKey))
        options.budgetMs = stored.budgetSeconds * 1000;
}
