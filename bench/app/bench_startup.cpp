// bench_startup: cold start to the first painted window, flashback against a bare Qt Widgets
// window (the floor) in the same run. Each round starts, in turn, the bare window, flashback on a
// fresh data directory, and flashback on a warm one (synced once before the rounds); each process
// prints the monotonic time of its first paint (FB_REPORT_FIRST_PAINT=quit) and quits. The figure
// is that time minus the instant before QProcess::start. With --phases, flashback's startup
// phases (FB_STARTUP_TRACE=1, on stderr) are printed for the last round.
// Usage: bench_startup [--runs N] [--app PATH] [--bare PATH] [--phases]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct Start
{
    double ms = -1;
    QStringList phases; // "name ms-from-launch"
};

std::optional<Start> startOnce(const QString &program, const QStringList &args, bool trace)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("FB_REPORT_FIRST_PAINT"), QStringLiteral("quit"));
    if (trace)
        env.insert(QStringLiteral("FB_STARTUP_TRACE"), QStringLiteral("1"));
    QProcess p;
    p.setProcessEnvironment(env);
    const qint64 t0 = nowNs();
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        std::fprintf(stderr, "%s did not quit\n", qPrintable(program));
        return std::nullopt;
    }
    Start s;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("first-paint "))
            s.ms = double(line.mid(12).toLongLong() - t0) / 1e6;
    }
    for (const QByteArray &line : p.readAllStandardError().split('\n')) {
        if (line.startsWith("startup-phase ")) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() == 3)
                s.phases << QStringLiteral("%1 %2")
                                .arg(QString::fromLatin1(f[1]))
                                .arg(double(f[2].toLongLong() - t0) / 1e6, 0, 'f', 1);
        }
    }
    if (s.ms < 0) {
        std::fprintf(stderr, "%s printed no first paint (exit %d)\n", qPrintable(program),
                     p.exitCode());
        return std::nullopt;
    }
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty()    ? 0
           : v.size() % 2 ? v[v.size() / 2]
                          : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString spread(const QList<double> &v)
{
    return QStringLiteral("median %1, min %2, max %3")
        .arg(median(v), 0, 'f', 1)
        .arg(*std::min_element(v.begin(), v.end()), 0, 'f', 1)
        .arg(*std::max_element(v.begin(), v.end()), 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Rounds."), QStringLiteral("N"),
                      QStringLiteral("9")});
    parser.addOption({QStringLiteral("app"), QStringLiteral("flashback binary."),
                      QStringLiteral("PATH"), QStringLiteral(FB_BENCH_APP_PATH)});
    parser.addOption({QStringLiteral("bare"), QStringLiteral("Bare window binary."),
                      QStringLiteral("PATH"), QStringLiteral(FB_BENCH_BARE_PATH)});
    parser.addOption({QStringLiteral("phases"), QStringLiteral("Print flashback's phases.")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString appPath = parser.value(QStringLiteral("app"));
    const QString bare = parser.value(QStringLiteral("bare"));
    QTemporaryDir tmp;

    // The warm data directory: one full start that syncs (the screenshot waits for the sync).
    const QString warm = tmp.filePath(QStringLiteral("warm"));
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(appPath, {QStringLiteral("--data-dir"), warm, QStringLiteral("--screenshot"),
                          tmp.filePath(QStringLiteral("warm.png"))});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            std::fprintf(stderr, "warming the data directory failed\n");
            return 1;
        }
    }

    QList<double> bareMs, freshMs, warmMs, freshRatio, warmRatio;
    QStringList freshPhases, warmPhases;
    const bool phases = parser.isSet(QStringLiteral("phases"));
    for (int i = 0; i < runs; ++i) {
        const bool last = i == runs - 1;
        const auto b = startOnce(bare, {}, false);
        const auto f = startOnce(
            appPath,
            {QStringLiteral("--data-dir"), tmp.filePath(QStringLiteral("fresh-%1").arg(i))},
            phases && last);
        const auto w = startOnce(appPath, {QStringLiteral("--data-dir"), warm}, phases && last);
        if (!b || !f || !w)
            return 1;
        bareMs << b->ms;
        freshMs << f->ms;
        warmMs << w->ms;
        freshRatio << f->ms / b->ms;
        warmRatio << w->ms / b->ms;
        std::printf("round %d: bare %.1f ms, fresh %.1f ms (%.2fx), warm %.1f ms (%.2fx)\n", i + 1,
                    b->ms, f->ms, f->ms / b->ms, w->ms, w->ms / b->ms);
        std::fflush(stdout);
        if (last) {
            freshPhases = f->phases;
            warmPhases = w->phases;
        }
    }
    std::printf("\nstart to first painted window, %d rounds (ms)\n", runs);
    std::printf("  bare QWidget window (floor)  %s\n", qPrintable(spread(bareMs)));
    std::printf("  flashback, fresh data dir    %s\n", qPrintable(spread(freshMs)));
    std::printf("  flashback, warm data dir     %s\n", qPrintable(spread(warmMs)));
    std::printf("ratio to the floor (per round, same round's bare window)\n");
    std::printf("  fresh  %s   target <= 1.5x: %s\n", qPrintable(spread(freshRatio)),
                median(freshRatio) <= 1.5 ? "PASS" : "FAIL");
    std::printf("  warm   %s   target <= 1.5x: %s\n", qPrintable(spread(warmRatio)),
                median(warmRatio) <= 1.5 ? "PASS" : "FAIL");
    if (phases) {
        std::printf("\nphases of the last round (ms from launch)\n  fresh: %s\n  warm:  %s\n",
                    qPrintable(freshPhases.join(QStringLiteral(", "))),
                    qPrintable(warmPhases.join(QStringLiteral(", "))));
    }
    return 0;
}
