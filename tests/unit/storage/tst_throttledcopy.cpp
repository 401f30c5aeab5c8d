// A throttled upload to a local provider keeps the app alive: a 150 MB file at a 1 MB/s limit
// sends a few progress reports a second (not one per trickle of bytes), the event loop keeps
// running, memory stays flat and the copy runs at the limit. Three seconds of it, then cancel.
#include "storage/backend.h"
#include "storage/ratelimiter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace fb::storage;

namespace {
qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.value(1).toLongLong() * ::sysconf(_SC_PAGESIZE);
}
} // namespace

class ThrottledCopyTest : public QObject
{
    Q_OBJECT

private slots:
    void throttledUploadStaysResponsive()
    {
        QTemporaryDir dir;
        const QString src = dir.filePath(QStringLiteral("big.bin"));
        {
            QFile f(src);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(150) * 1000 * 1000)); // sparse: no disk needed
        }
        LocalBackend backend(QStringLiteral("local"), dir.filePath(QStringLiteral("provider")));
        auto limiter = std::make_shared<RateLimiter>();
        constexpr qint64 kLimit = 1000 * 1000; // 1 MB/s
        limiter->setRate(kLimit);
        backend.setRateLimiter(limiter);

        // A timer stands for the GUI: it must keep firing while the copy runs.
        QElapsedTimer clock;
        clock.start();
        qint64 lastTick = 0, longestGap = 0;
        int ticks = 0;
        QTimer tick;
        tick.setInterval(20);
        connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - lastTick);
            lastTick = now;
            ++ticks;
        });
        const qint64 rssBefore = residentBytes();
        qint64 rssPeak = rssBefore;
        int reports = 0;
        qint64 done = 0;
        std::unique_ptr<BackendOp> op(backend.put(QStringLiteral("shard"), src));
        connect(op.get(), &BackendOp::progress, this, [&](qint64 d, qint64) {
            ++reports;
            done = d;
            rssPeak = std::max(rssPeak, residentBytes());
        });
        QElapsedTimer copying;
        copying.start();
        lastTick = clock.elapsed();
        tick.start();
        QTest::qWait(3000); // three seconds of the copy; the figures are checked below
        const qint64 seconds1000 = copying.elapsed();
        const qint64 copied = done;
        op->abort();
        QVERIFY(!op->waitForFinished(10000)); // not ok: cancelled
        QVERIFY(!op->error().code.isEmpty()); // and nothing committed
        QVERIFY(!QFile::exists(backend.pathOf(QStringLiteral("shard"))));

        qInfo() << "reports" << reports << "ticks" << ticks << "longest gap" << longestGap
                << "ms, copied" << copied << "bytes in" << seconds1000 << "ms, RSS +"
                << (rssPeak - rssBefore) / 1024 << "KiB";
        // A few reports a second, not thousands.
        QVERIFY2(reports <= 3 * 10 + 5, qPrintable(QString::number(reports)));
        QVERIFY(reports >= 5);
        // The event loop kept running.
        QVERIFY(ticks >= 50);
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
        // Memory stayed flat.
        QVERIFY2(rssPeak - rssBefore < qint64(32) << 20,
                 qPrintable(QString::number(rssPeak - rssBefore)));
        // The limit holds within 10 % (the last report may lag the copy by up to 100 ms).
        const double rate = double(copied) * 1000.0 / double(seconds1000);
        QVERIFY2(rate <= kLimit * 1.1 && rate >= kLimit * 0.9, qPrintable(QString::number(rate)));
    }
};

QTEST_GUILESS_MAIN(ThrottledCopyTest)
#include "tst_throttledcopy.moc"
