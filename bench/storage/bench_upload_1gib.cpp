// Issue 7's benchmark: upload and download of a 1 GiB file with encryption and 4+2 erasure
// coding by the TransferEngine against three local s3rver instances (six buckets, two per
// server, each bucket one provider: the engine wants a distinct provider per shard), beside, in
// the same run, a plain upload and download of the same file to the same servers with the
// reference client, the AWS SDK for JavaScript v3 (bench/storage/sdk_transfer.js, run by node).
// Also the peak RSS of this process during the engine's transfers (/proc/self/status VmRSS
// sampled every 20 ms, and VmHWM).
// CPU: seconds of this process (getrusage), of the s3rver processes (/proc/<pid>/stat of this
// process's node children) and of the SDK's node process, per phase.
// "down" (issue 18): the download beside the SDK's get in the same run (the SDK's parallel
// put context lines are skipped), the download's own peak RSS, its stage profile (thread CPU
// of verify, decode, decrypt, write; fetching is the rest of the process's CPU), and the time to
// the first byte of the file by TransferEngine::readRange().
// Usage: bench_upload_1gib [MiB=1024] [concurrency=6] [up: upload only | down]
#include "s3harness.h"
#include "storage/backend.h"
#include "storage/filecrypto.h"
#include "storage/transferengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <QDir>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace fb;
using namespace fb::storage;

namespace {

qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray want = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(want))
            return line.mid(want.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double seconds(const timeval &tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

double selfCpu()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return seconds(ru.ru_utime) + seconds(ru.ru_stime);
}

double reapedChildrenCpu()
{
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);
    return seconds(ru.ru_utime) + seconds(ru.ru_stime);
}

// CPU seconds of the running child processes (the s3rver instances).
double childrenCpu()
{
    static const double tick = double(sysconf(_SC_CLK_TCK));
    double total = 0;
    const QString self = QString::number(getpid());
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        // Fields after the command name (which may hold spaces): state ppid ... utime stime.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12 && fields[1] == self.toLatin1())
            total += double(fields[11].toLongLong() + fields[12].toLongLong()) / tick;
    }
    return total;
}

// Idle CPU seconds of the whole machine (/proc/stat: idle + iowait, all cores).
double machineIdle()
{
    static const double tick = double(sysconf(_SC_CLK_TCK));
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> cpu = f.readLine().simplified().split(' ');
    return cpu.size() > 5 ? double(cpu[4].toLongLong() + cpu[5].toLongLong()) / tick : 0;
}

struct CpuMark
{
    double self = selfCpu();
    double servers = childrenCpu();
    double sdk = reapedChildrenCpu();
    double idle = machineIdle();
};

void printCpu(const char *phase, const CpuMark &a, const CpuMark &b, qint64 ms)
{
    const double wall = double(std::max<qint64>(ms, 1)) / 1000.0;
    std::printf("| %s | %.1f | %.1f (%.2f cores) | %.1f (%.2f cores) | %.1f | %.2f |\n", phase,
                wall, b.self - a.self, (b.self - a.self) / wall, b.servers - a.servers,
                (b.servers - a.servers) / wall, b.sdk - a.sdk, (b.idle - a.idle) / wall);
}

// Context beside the reference: the SDK putting `each` bytes of the file to every server at
// once (one node process per server, all started together; the ranges spread evenly over the
// file and overlap when count * each exceeds it); returns the wall milliseconds until the last
// finished, or -1.
qint64 sdkParallel(const fbtest::S3rverProcess *servers, int count, qint64 each,
                   const QString &file, qint64 fileSize)
{
    const QString script = fbtest::sourceDir() + QStringLiteral("/bench/storage/sdk_transfer.js");
    std::vector<std::unique_ptr<QProcess>> procs;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral("node"),
                 {script, QStringLiteral("put"),
                  QStringLiteral("http://127.0.0.1:%1").arg(servers[i].port()),
                  QStringLiteral("sdkpar"), QStringLiteral("part%1").arg(i), file,
                  QStringLiteral("16"), QStringLiteral("4"),
                  QString::number(count > 1 ? qint64(i) * (fileSize - each) / (count - 1) : 0),
                  QString::number(each)});
        procs.push_back(std::move(p));
    }
    for (auto &p : procs) {
        if (!p->waitForStarted(10000) || !p->waitForFinished(-1) || p->exitCode() != 0) {
            std::fprintf(stderr, "sdk parallel put failed: %s\n",
                         p->readAllStandardError().constData());
            return -1;
        }
    }
    return t.elapsed();
}

// Runs the SDK script; returns its milliseconds or -1.
qint64 sdk(const QString &op, int port, const QString &bucket, const QString &key,
           const QString &file)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const QString script = fbtest::sourceDir() + QStringLiteral("/bench/storage/sdk_transfer.js");
    p.start(QStringLiteral("node"),
            {script, op, QStringLiteral("http://127.0.0.1:%1").arg(port), bucket, key, file});
    if (!p.waitForStarted(10000) || !p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "sdk %s failed: %s\n", qPrintable(op),
                     p.readAllStandardError().constData());
        return -1;
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput())
        .object()
        .value(QStringLiteral("ms"))
        .toInteger(-1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    initSodium();
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    const int concurrency = argc > 2 ? QByteArray(argv[2]).toInt() : 6;
    const bool uploadOnly = argc > 3 && QByteArray(argv[3]) == "up";
    const bool downloadFocus = argc > 3 && QByteArray(argv[3]) == "down";
    QTemporaryDir dir;
    fbtest::S3rverProcess servers[3];
    std::vector<std::unique_ptr<S3Backend>> backends;
    TransferEngine engine;
    if (!engine
             .open(dir.filePath(QStringLiteral("journal.sqlite")),
                   dir.filePath(QStringLiteral("work")),
                   SecretBytes::fromBytes(QByteArray(32, '\x07')))
             .ok())
        return 1;
    engine.setConcurrency(concurrency);
    for (auto &s : servers) {
        QString error;
        if (!s.start(&error)) {
            std::fprintf(stderr, "s3rver: %s\n", qPrintable(error));
            return 1;
        }
    }
    QStringList ids;
    for (int i = 0; i < 6; ++i) {
        ids.append(QStringLiteral("b%1").arg(i + 1));
        backends.push_back(std::make_unique<S3Backend>(
            ids.last(), servers[i / 2].config(QStringLiteral("bench%1").arg(i + 1))));
        std::unique_ptr<BackendOp> prep(backends.back()->prepare());
        if (!prep->waitForFinished(20000))
            return 1;
        engine.addBackend(backends.back().get());
    }
    const QString src = dir.filePath(QStringLiteral("src"));
    const QString out = dir.filePath(QStringLiteral("out"));
    if (!fbtest::makeFile(src, mib << 20, 1))
        return 1;
    const qint64 rssBefore = statusKiB("VmRSS");

    // The reference: a plain upload / download of the same file with the AWS SDK, to server 1.
    const CpuMark cpu0;
    const qint64 sdkPut = sdk(QStringLiteral("put"), servers[0].port(), QStringLiteral("sdkref"),
                              QStringLiteral("plain"), src);
    const CpuMark cpu1;
    // Context lines (not the reference): the SDK sending 1 GiB, and 1.5 GiB (the shards' volume),
    // split over the three servers in parallel.
    const qint64 size = mib << 20;
    const qint64 sdkSplit = downloadFocus ? 0 : sdkParallel(servers, 3, (size + 2) / 3, src, size);
    const CpuMark cpuVolume0;
    const qint64 sdkShardVolume = downloadFocus ? 0 : sdkParallel(servers, 3, size / 2, src, size);
    const CpuMark cpuVolume1;
    const qint64 sdkGet = uploadOnly ? 0
                                     : sdk(QStringLiteral("get"), servers[0].port(),
                                           QStringLiteral("sdkref"), QStringLiteral("plain"), out);
    if (sdkPut < 0 || sdkGet < 0 || (!uploadOnly && !fbtest::sameFiles(src, out)))
        return 1;
    QFile::remove(out);

    qint64 peakRss = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout,
                     [&] { peakRss = std::max(peakRss, statusKiB("VmRSS")); });
    sampler.start(20);
    const CpuMark cpu2;
    QElapsedTimer t;
    t.start();
    auto up = engine.upload(src, ids, 4, 2);
    // "down": the upload only sets the download up; on a loaded machine s3rver sometimes answers
    // 500 past the client's retries, so a failed upload is continued (retry()) a few times.
    for (int again = 0; downloadFocus && up.ok() && again < 5 && !engine.waitFor(up.value());
         ++again) {
        std::fprintf(stderr, "upload failed (%s), retrying\n",
                     qPrintable(engine.info(up.value()).error));
        engine.retry(up.value());
    }
    if (!up.ok() || !engine.waitFor(up.value())) {
        std::fprintf(stderr, "upload failed: %s\n", qPrintable(engine.info(up.value()).error));
        return 1;
    }
    const qint64 engUp = t.restart();
    const CpuMark cpu3;
    const qint64 peakUp = peakRss;
    // The CPU of each phase, and the SDK context lines (the same in both reports).
    auto printPhases = [&](const CpuMark *download0, const CpuMark *download1, qint64 engDown) {
        std::printf("| phase | wall s | this process CPU s | s3rver CPU s | SDK node CPU s "
                    "| machine idle cores |\n|---|---|---|---|---|---|\n");
        printCpu("SDK put", cpu0, cpu1, sdkPut);
        printCpu("(context) SDK put 3 x 512 MiB", cpuVolume0, cpuVolume1, sdkShardVolume);
        printCpu("engine upload", cpu2, cpu3, engUp);
        if (download0)
            printCpu("engine download", *download0, *download1, engDown);
        std::printf("context (not the reference): SDK put of 1 GiB split over the 3 servers in "
                    "parallel %lld ms; of 1.5 GiB (3 x 512 MiB, the shards' volume) %lld ms\n",
                    static_cast<long long>(sdkSplit), static_cast<long long>(sdkShardVolume));
    };
    if (uploadOnly) {
        std::printf("file %lld MiB, 4+2, shard concurrency %d, upload only\n",
                    static_cast<long long>(mib), concurrency);
        std::printf("| path | ms | engine/SDK throughput |\n|---|---|---|\n");
        std::printf("| AWS SDK v3 put (plain, 1 server) | %lld | |\n",
                    static_cast<long long>(sdkPut));
        std::printf("| engine upload | %lld | %.2f |\n", static_cast<long long>(engUp),
                    double(sdkPut) / double(std::max<qint64>(engUp, 1)));
        printPhases(nullptr, nullptr, 0);
        std::printf("peak RSS during upload %lld MiB\n", static_cast<long long>(peakUp >> 10));
        return 0;
    }
    if (downloadFocus) {
        // The download alone: its own peak RSS (VmHWM reset), CPU and stage profile, then the
        // first byte by a range read, then the SDK's get again right after (same load).
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        clear.close();
        peakRss = 0;
        const TransferEngine::DownloadProfile p0 = engine.downloadProfile();
        const CpuMark d0;
        t.restart();
        auto dl = engine.download(engine.info(up.value()).fileId, ids, out);
        if (!dl.ok() || !engine.waitFor(dl.value())) {
            std::fprintf(stderr, "download failed\n");
            return 1;
        }
        const qint64 engDown = t.elapsed();
        const CpuMark d1;
        const TransferEngine::DownloadProfile p1 = engine.downloadProfile();
        peakRss = std::max(peakRss, statusKiB("VmRSS"));
        const qint64 hwm = statusKiB("VmHWM");
        if (!fbtest::sameFiles(src, out)) {
            std::fprintf(stderr, "downloaded file differs\n");
            return 1;
        }
        QFile::remove(out);
        const int gets0 = engine.shardGets();
        t.restart();
        auto first = engine.readRange(engine.info(up.value()).fileId, ids, 0, 1);
        if (!first.ok() || !engine.waitFor(first.value())) {
            std::fprintf(stderr, "range read failed\n");
            return 1;
        }
        const qint64 firstByteMs = t.elapsed();
        const int firstGets = engine.shardGets() - gets0;
        QFile sf(src);
        sf.open(QIODevice::ReadOnly);
        const bool firstOk = engine.rangeData(first.value()) == sf.read(1);
        const qint64 sdkGet2 = sdk(QStringLiteral("get"), servers[0].port(),
                                   QStringLiteral("sdkref"), QStringLiteral("plain"), out);
        QFile::remove(out);
        const double wall = double(std::max<qint64>(engDown, 1)) / 1000.0;
        const double self = d1.self - d0.self;
        auto sec = [](qint64 ns) { return double(ns) / 1e9; };
        const double verify = sec(p1.verifyNs - p0.verifyNs),
                     decode = sec(p1.decodeNs - p0.decodeNs),
                     decrypt = sec(p1.decryptNs - p0.decryptNs),
                     write = sec(p1.writeNs - p0.writeNs);
        std::printf("file %lld MiB, 4+2, 6 buckets on 3 s3rver, shard concurrency %d\n",
                    static_cast<long long>(mib), concurrency);
        std::printf("| SDK get ms (before / after) | engine download ms | ratio (SDK mean / "
                    "engine) | client CPU s (cores) | s3rver CPU s | idle cores | download "
                    "VmHWM MiB | first byte ms (GETs) |\n|---|---|---|---|---|---|---|---|\n");
        std::printf("| %lld / %lld | %lld | %.2f | %.2f (%.2f) | %.2f | %.2f | %lld | %lld (%d%s) "
                    "|\n",
                    static_cast<long long>(sdkGet), static_cast<long long>(sdkGet2),
                    static_cast<long long>(engDown),
                    (double(sdkGet) + double(sdkGet2)) / 2.0 / double(std::max<qint64>(engDown, 1)),
                    self, self / wall, d1.servers - d0.servers, (d1.idle - d0.idle) / wall,
                    static_cast<long long>(hwm >> 10), static_cast<long long>(firstByteMs),
                    firstGets, firstOk ? "" : ", WRONG BYTE");
        std::printf("stage profile (thread CPU s): verify %.2f, decode %.2f, decrypt %.2f, write "
                    "%.2f, fetch and the rest %.2f (process %.2f)\n",
                    verify, decode, decrypt, write, self - verify - decode - decrypt - write, self);
        std::printf("upload %lld ms (SDK put %lld ms)\n", static_cast<long long>(engUp),
                    static_cast<long long>(sdkPut));
        return 0;
    }
    auto down = engine.download(engine.info(up.value()).fileId, ids, out);
    if (!down.ok() || !engine.waitFor(down.value())) {
        std::fprintf(stderr, "download failed: %s\n", qPrintable(engine.info(down.value()).error));
        return 1;
    }
    const qint64 engDown = t.restart();
    const CpuMark cpu4;
    sampler.stop();
    peakRss = std::max(peakRss, statusKiB("VmRSS"));
    if (!fbtest::sameFiles(src, out)) {
        std::fprintf(stderr, "downloaded file differs\n");
        return 1;
    }
    auto mbs = [mib](qint64 ms) { return double(mib) * 1000.0 / double(std::max<qint64>(ms, 1)); };
    const double upRatio = double(sdkPut) / double(std::max<qint64>(engUp, 1));
    const double downRatio = double(sdkGet) / double(std::max<qint64>(engDown, 1));
    std::printf("file %lld MiB, 4+2, 6 buckets on 3 s3rver, shard concurrency %d\n",
                static_cast<long long>(mib), concurrency);
    std::printf("| path | ms | MiB/s | engine/SDK throughput |\n|---|---|---|---|\n");
    std::printf("| AWS SDK v3 put (plain multipart 16 MiB x4, 1 server) | %lld | %.1f | |\n",
                static_cast<long long>(sdkPut), mbs(sdkPut));
    std::printf("| engine upload (encrypt + 4+2 RS, 1.5x bytes, 3 servers) | %lld | %.1f | %.2f "
                "(target >= 0.8: %s) |\n",
                static_cast<long long>(engUp), mbs(engUp), upRatio,
                upRatio >= 0.8 ? "PASS" : "FAIL");
    std::printf("| AWS SDK v3 get (plain, 1 server) | %lld | %.1f | |\n",
                static_cast<long long>(sdkGet), mbs(sdkGet));
    std::printf("| engine download (4 shards, verify, decode, decrypt) | %lld | %.1f | %.2f |\n",
                static_cast<long long>(engDown), mbs(engDown), downRatio);
    printPhases(&cpu3, &cpu4, engDown);
    std::printf("peak RSS of this process: before transfers %lld MiB; during upload %lld MiB; "
                "during upload+download %lld MiB; VmHWM %lld MiB (target <= 200 MB: %s)\n",
                static_cast<long long>(rssBefore >> 10), static_cast<long long>(peakUp >> 10),
                static_cast<long long>(peakRss >> 10),
                static_cast<long long>(statusKiB("VmHWM") >> 10),
                statusKiB("VmHWM") * 1024 <= 200 * 1000 * 1000 ? "PASS" : "FAIL");
    return 0;
}
