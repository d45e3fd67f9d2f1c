// Start-up benchmark: wall time from launch until the main window is shown, for storefort on its
// default plan and for a minimal Qt Widgets program, alternated in the same run. Prints median and
// minimum of each and the ratio of the medians (the target is <= 1.5).
// Usage: bench_startup [RUNS]   (QT_QPA_PLATFORM decides the platform; offscreen by default)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double launchOnce(const QString &program, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s did not start and quit cleanly\n", qPrintable(program));
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

struct Figures
{
    double median = 0;
    double min = 0;
};

Figures figures(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    const double median = n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
    return { median, samples.first() };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 15;

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"STOREFORT_QUIT_WHEN_SHOWN"_s, u"1"_s);
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    const QString appPath = QStringLiteral(STOREFORT_APP);
    const QString peerPath = QStringLiteral(STOREFORT_PEER);

    // The first start creates the default plan; report it apart from the usual start.
    const double firstStart = launchOnce(appPath, env);
    if (firstStart < 0)
        return 1;
    // Warm the file cache for both programs before measuring.
    launchOnce(appPath, env);
    launchOnce(peerPath, env);

    QList<double> appSamples, peerSamples;
    for (int i = 0; i < runs; ++i) {
        const double peer = launchOnce(peerPath, env);
        const double storefort = launchOnce(appPath, env);
        if (peer < 0 || storefort < 0)
            return 1;
        peerSamples << peer;
        appSamples << storefort;
    }
    const Figures a = figures(appSamples);
    const Figures p = figures(peerSamples);
    std::printf("start-up to the first shown main window (%s platform, %d runs each)\n",
                qPrintable(env.value(u"QT_QPA_PLATFORM"_s)), runs);
    std::printf("  storefort, first start (creates the default plan): %8.1f ms\n", firstStart);
    std::printf("  storefort, default plan:    median %8.1f ms   min %8.1f ms\n", a.median, a.min);
    std::printf("  minimal Qt Widgets window:  median %8.1f ms   min %8.1f ms\n", p.median, p.min);
    std::printf("  ratio storefort / minimal (medians): %.2f   (target <= 1.50)\n", a.median / p.median);
    return 0;
}
