// The rotating log file: categorised lines land in the data dir and old files rotate away.
#include "models/modelslog.h"
#include "wire/logfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace fb;

class tst_LogFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesCategorisedLines();
    void rotates();
    void escapesControlCharacters();
    void infoStaysOffStderr();
    void cleanup() { LogFile::uninstall(); }
};

void tst_LogFile::writesCategorisedLines()
{
    QTemporaryDir dir;
    LogFile::install(dir.path(), QStringLiteral("test"), false);
    qCInfo(lcSync) << "pulled 3 changes";
    qCDebug(lcSync) << "hidden without --verbose";
    QFile f(LogFile::currentPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("info flashback.sync: pulled 3 changes"));
    QVERIFY(!text.contains("hidden without --verbose"));
}

void tst_LogFile::rotates()
{
    QTemporaryDir dir;
    LogFile::install(dir.path(), QStringLiteral("test"), true, 2000, 3);
    for (int i = 0; i < 200; ++i)
        qCDebug(lcCache) << "line" << i << QByteArray(40, 'x');
    const QString base = LogFile::currentPath();
    QVERIFY(QFile::exists(base));
    QVERIFY(QFile::exists(base + QStringLiteral(".1")));
    QVERIFY(QFile::exists(base + QStringLiteral(".3")));
    QVERIFY(!QFile::exists(base + QStringLiteral(".4")));
    QVERIFY(QFileInfo(base).size() <= 2000);
}

// A logged value cannot forge a second record or reach the terminal raw.
void tst_LogFile::escapesControlCharacters()
{
    QTemporaryDir dir;
    LogFile::install(dir.path(), QStringLiteral("test"), false);
    const QString path = QStringLiteral("/v1/offers/x\n2026-01-01T00:00:00.000Z info "
                                        "fb.node.http: POST /v1/admin/cycle 200\x1b[2J\r") +
                         QChar(0) + QChar(0x2028) + QStringLiteral("end");
    qCInfo(lcSync).noquote() << "GET" << path;
    QFile f(LogFile::currentPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QCOMPARE(text.count('\n'), 1); // one record, one line
    QVERIFY(!text.contains('\x1b'));
    QVERIFY(!text.contains('\r'));
    QVERIFY(!text.contains('\0'));
    QVERIFY(!text.contains("\xe2\x80\xa8"));
    QVERIFY(text.contains("x\\n2026-01-01"));
    QVERIFY(text.contains("\\x1b[2J\\r\\x00\\u2028end"));
}

// What a run prints on stderr while the log handler is installed.
template <typename Body> QByteArray stderrOf(Body body)
{
    QTemporaryFile capture;
    if (!capture.open())
        return "cannot capture";
    std::fflush(stderr);
    const int saved = ::dup(2);
    ::dup2(capture.handle(), 2);
    body();
    std::fflush(stderr);
    ::dup2(saved, 2);
    ::close(saved);
    QFile read(capture.fileName());
    return read.open(QIODevice::ReadOnly) ? read.readAll() : QByteArray("cannot read");
}

void tst_LogFile::infoStaysOffStderr()
{
    QTemporaryDir dir;
    const QByteArray quiet = stderrOf([&] {
        LogFile::install(dir.path(), QStringLiteral("test"), false);
        qCInfo(lcSync) << "pulled 3 changes";
        qCWarning(lcSync) << "node did not answer";
        LogFile::uninstall();
    });
    QVERIFY2(!quiet.contains("pulled 3 changes"), quiet.constData());
    QVERIFY2(quiet.contains("node did not answer"), quiet.constData());
    // Both are in the file.
    QFile f(dir.filePath(QStringLiteral("logs/test.log")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("pulled 3 changes") && text.contains("node did not answer"));

    const QByteArray verbose = stderrOf([&] {
        LogFile::install(dir.path(), QStringLiteral("test"), true);
        qCInfo(lcSync) << "pulled 4 changes";
        LogFile::uninstall();
    });
    QVERIFY2(verbose.contains("pulled 4 changes"), verbose.constData());
}

QTEST_GUILESS_MAIN(tst_LogFile)
#include "tst_logfile.moc"
