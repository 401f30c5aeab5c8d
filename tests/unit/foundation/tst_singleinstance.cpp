// One app per data directory: a second instance finds the first, asks it to show its window
// and gets an answer; a lock left by a crashed instance is taken over.
#include "models/singleinstance.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace fb;

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private slots:
    void secondInstanceActivatesTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QVERIFY(first.acquire());
        QSignalSpy shown(&first, &SingleInstance::activationRequested);
        // The second instance blocks on its socket as a starting app does, so it runs on its
        // own thread while this one answers.
        std::atomic<int> outcome{0}; // 1: refused the lock and was answered
        QThread *second = QThread::create([&] {
            SingleInstance s(dir.path());
            if (!s.acquire() && s.activateRunning(20000))
                outcome = 1;
            else
                outcome = 2;
        });
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome != 0, 30000);
        QVERIFY(second->wait(30000));
        delete second;
        QCOMPARE(outcome.load(), 1);
        QCOMPARE(shown.count(), 1);
        // A third start is told the same.
        SingleInstance third(dir.path());
        QVERIFY(!third.acquire());
    }

    void differentDataDirsDoNotMeet()
    {
        QTemporaryDir a, b;
        SingleInstance first(a.path());
        SingleInstance other(b.path());
        QVERIFY(first.acquire());
        QVERIFY(other.acquire());
    }

    // After a crash the lock file names a process that is gone: the next start takes over.
    void staleLockIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted(10000));
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished(10000));
        QFile lock(dir.filePath(QStringLiteral("flashback.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nflashback\n" +
                   QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        SingleInstance next(dir.path());
        QVERIFY(next.acquire());
        SingleInstance later(dir.path());
        QVERIFY(!later.acquire());
    }
};

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "tst_singleinstance.moc"
