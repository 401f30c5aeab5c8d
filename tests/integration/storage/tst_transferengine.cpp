// TransferEngine end to end: k=2, m=1 over three s3rver providers (a fourth stands in as the
// replacement for repair), local directory providers, a provider down, a corrupted shard, cancel,
// and an upload process SIGKILLed mid-way then resumed from the journal.
#include "s3harness.h"
#include "storage/backend.h"
#include "storage/filecrypto.h"
#include "storage/transferengine.h"

#include <algorithm>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fb;
using namespace fb::storage;

namespace {
const QByteArray kMaster = QByteArray(32, '\x42');
const QString kBucket = QStringLiteral("shards");
// QVERIFY2 evaluates its message even on success: never touch error() of a good Result there.
template <typename R> QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}
} // namespace

class tst_TransferEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void providerDownThenRepair();
    void corruptShardDetected();
    void cancelLeavesJournalConsistent();
    void killMidUploadThenResume();
    void localBackendRoundTrip();
    void factory();
    void roundTrip100MiB();
    void pauseStopsBytesThenResumeFinishes();
    void bandwidthLimitSpeedAndEta();
    void providerKilledMidUploadThenRetry();
    void sourceChangedBeforeRetryFails();
    void providerKilledMidDownload();
    void serverAnswering500s();
    void pipelinedDownloadDataRunsOnly();
    void pipelinedDownloadCorruptAndMissing();
    void killMidDownloadThenResume();
    void readRangeFetchesOnlyWhatItNeeds();

private:
    QString file(const QString &name) const { return m_tmp.filePath(name); }
    std::unique_ptr<TransferEngine> newEngine();
    QString objectFile(int server, const QString &key) const;
    QStringList ids() const
    {
        return {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")};
    }
    qint64 uploadFile(TransferEngine &e, const QString &path, const QStringList &providers);
    void downloadAndCompare(TransferEngine &e, const QString &fileId, const QString &src,
                            const QStringList &providers);
    // Uploads src (2+1, throttled) and stops provider p2 once 6 MiB went up: the upload fails.
    // *id is the failed upload.
    void uploadUntilP2Stops(TransferEngine &e, const QString &src, qint64 *id);

    QTemporaryDir m_tmp;
    fbtest::S3rverProcess m_servers[4];
    std::vector<std::unique_ptr<S3Backend>> m_backends;
    QString m_journal;
    QString m_work;
    int m_case = 0;
};

void tst_TransferEngine::initTestCase()
{
    initSodium();
    for (int i = 0; i < 4; ++i) {
        QString error;
        QVERIFY2(m_servers[i].start(&error), qPrintable(error));
        m_backends.push_back(std::make_unique<S3Backend>(QStringLiteral("p%1").arg(i + 1),
                                                         m_servers[i].config(kBucket)));
        std::unique_ptr<BackendOp> op(m_backends.back()->prepare());
        QVERIFY2(op->waitForFinished(20000), qPrintable(op->error().message));
        // Idempotent.
        std::unique_ptr<BackendOp> again(m_backends.back()->prepare());
        QVERIFY2(again->waitForFinished(20000), qPrintable(again->error().message));
    }
}

void tst_TransferEngine::init()
{
    ++m_case;
    m_journal = file(QStringLiteral("journal-%1.sqlite").arg(m_case));
    m_work = file(QStringLiteral("work-%1").arg(m_case));
}

void tst_TransferEngine::cleanup()
{
    for (auto &s : m_servers)
        if (!s.isRunning()) {
            QString error;
            QVERIFY2(s.start(&error), qPrintable(error));
        }
}

std::unique_ptr<TransferEngine> tst_TransferEngine::newEngine()
{
    auto e = std::make_unique<TransferEngine>();
    const Status s = e->open(m_journal, m_work, SecretBytes::fromBytes(kMaster));
    if (!s.ok())
        qWarning() << s.error().message;
    for (auto &b : m_backends)
        e->addBackend(b.get());
    return e;
}

QString tst_TransferEngine::objectFile(int server, const QString &key) const
{
    return m_servers[server].directory() + QLatin1Char('/') + kBucket + QLatin1Char('/') + key +
           QStringLiteral("._S3rver_object");
}

qint64 tst_TransferEngine::uploadFile(TransferEngine &e, const QString &path,
                                      const QStringList &providers)
{
    auto id = e.upload(path, providers, 2, 1);
    if (!id.ok()) {
        qWarning() << id.error().message;
        return 0;
    }
    if (!e.waitFor(id.value(), 120000)) {
        qWarning() << "upload failed:" << e.info(id.value()).error;
        return 0;
    }
    return id.value();
}

void tst_TransferEngine::downloadAndCompare(TransferEngine &e, const QString &fileId,
                                            const QString &src, const QStringList &providers)
{
    const QString out = src + QStringLiteral(".out");
    QFile::remove(out);
    auto id = e.download(fileId, providers, out);
    QVERIFY2(id.ok(), why(id).constData());
    QVERIFY2(e.waitFor(id.value(), 120000), qPrintable(e.info(id.value()).error));
    QCOMPARE(blake2bFileHex(out), blake2bFileHex(src));
    QVERIFY(!QFile::exists(out + QStringLiteral(".fbpart")));
    QFile::remove(out);
}

void tst_TransferEngine::roundTrip_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("0 B") << qint64(0);
    QTest::newRow("1 B") << qint64(1);
    QTest::newRow("5 MiB + 1") << qint64(5 * 1024 * 1024 + 1);
}

void tst_TransferEngine::roundTrip()
{
    QFETCH(qint64, size);
    const QString src = file(QStringLiteral("rt-%1").arg(size));
    QVERIFY(fbtest::makeFile(src, size, quint32(size + 7)));
    auto e = newEngine();
    QSignalSpy progress(e.get(), &TransferEngine::progress);
    const qint64 id = uploadFile(*e, src, ids());
    QVERIFY(id > 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), progress.last().at(2).toLongLong());
    const Manifest mf = e->manifest(id).value();
    QCOMPARE(mf.shards.size(), 3);
    QCOMPARE(e->shardPuts(), 3);
    QCOMPARE(e->manifestPuts(), 3);
    // Every provider has its shard and the manifest; names reveal nothing.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(QFile::exists(objectFile(i, mf.shards[i].objectKey)));
        QVERIFY(QFile::exists(objectFile(i, TransferEngine::manifestKey(mf.fileId))));
        QVERIFY(!mf.shards[i].objectKey.contains(QStringLiteral("rt-")));
    }
    // The journal holds no key: only the salt, hashes and object names.
    QSqlQuery q(e->journal().database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM transfers WHERE state = 'done'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // The work directory is cleaned.
    QVERIFY(!QDir(m_work + QStringLiteral("/t%1").arg(id)).exists());
    downloadAndCompare(*e, mf.fileId, src, ids());
}

void tst_TransferEngine::providerDownThenRepair()
{
    const QString src = file(QStringLiteral("down"));
    QVERIFY(fbtest::makeFile(src, 3 * 1024 * 1024 + 5, 11));
    auto e = newEngine();
    const qint64 id = uploadFile(*e, src, ids());
    QVERIFY(id > 0);
    const QString fileId = e->info(id).fileId;
    m_servers[1].stop();
    // p2 is down: the manifest comes from p1, shards from p1 and p3 (parity).
    downloadAndCompare(*e, fileId, src,
                       {QStringLiteral("p2"), QStringLiteral("p1"), QStringLiteral("p3")});
    // Repair p2's shard onto p4, then lose p2 for good: p1, p3, p4 carry the file.
    auto rid = e->repair(fileId, {QStringLiteral("p1"), QStringLiteral("p3")}, QStringLiteral("p2"),
                         QStringLiteral("p4"));
    QVERIFY(rid.ok());
    QVERIFY2(e->waitFor(rid.value(), 60000), qPrintable(e->info(rid.value()).error));
    const Manifest mf = e->manifest(rid.value()).value();
    QCOMPARE(mf.shards[1].provider, QStringLiteral("p4"));
    QVERIFY(QFile::exists(objectFile(3, mf.shards[1].objectKey)));
    QVERIFY(QFile::exists(objectFile(3, TransferEngine::manifestKey(fileId))));
    // Now lose p1 too (p2 still down): p3 + p4 are k = 2 shards.
    m_servers[0].stop();
    downloadAndCompare(*e, fileId, src,
                       {QStringLiteral("p1"), QStringLiteral("p3"), QStringLiteral("p4")});
    // With two of the original three down and no repair, a third provider loss is fatal.
    m_servers[2].stop();
    const QString out = file(QStringLiteral("down.fail"));
    auto fid = e->download(fileId, {QStringLiteral("p4")}, out);
    QVERIFY(fid.ok());
    QVERIFY(!e->waitFor(fid.value(), 60000));
    QVERIFY(e->info(fid.value()).state == TransferState::Failed);
    QVERIFY(!QFile::exists(out));
}

void tst_TransferEngine::corruptShardDetected()
{
    const QString src = file(QStringLiteral("corrupt"));
    QVERIFY(fbtest::makeFile(src, 2 * 1024 * 1024 + 3, 12));
    auto e = newEngine();
    const qint64 id = uploadFile(*e, src, ids());
    QVERIFY(id > 0);
    const Manifest mf = e->manifest(id).value();
    // Flip one byte of shard 0 in provider 1's store.
    QFile f(objectFile(0, mf.shards[0].objectKey));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(1000);
    char c = 0;
    QVERIFY(f.getChar(&c));
    f.seek(1000);
    QVERIFY(f.putChar(char(c ^ 0x01)));
    f.close();
    const QString out = file(QStringLiteral("corrupt.out"));
    auto did = e->download(mf.fileId, ids(), out);
    QVERIFY(did.ok());
    QVERIFY2(e->waitFor(did.value(), 60000), qPrintable(e->info(did.value()).error));
    QCOMPARE(e->info(did.value()).corruptShards, QList<int>{0});
    QCOMPARE(blake2bFileHex(out), blake2bFileHex(src));
}

void tst_TransferEngine::cancelLeavesJournalConsistent()
{
    const QString src = file(QStringLiteral("cancel"));
    QVERIFY(fbtest::makeFile(src, 24 * 1024 * 1024, 13));
    auto e = newEngine();
    e->setConcurrency(1);
    auto id = e->upload(src, ids(), 2, 1);
    QVERIFY(id.ok());
    QSignalSpy finished(e.get(), &TransferEngine::finished);
    bool cancelled = false;
    connect(e.get(), &TransferEngine::progress, this, [&](qint64 tid, qint64 done, qint64) {
        if (!cancelled && done > 0) {
            cancelled = true;
            e->cancel(tid);
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(e->info(id.value()).state == TransferState::Cancelled);
    QSqlQuery q(e->journal().database());
    QVERIFY(q.exec(QStringLiteral("SELECT state FROM transfers WHERE id = %1").arg(id.value())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("cancelled"));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM shard_tasks WHERE state = 'active'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QTRY_VERIFY(!QDir(m_work + QStringLiteral("/t%1").arg(id.value())).exists());
    // A new engine on the journal has nothing to resume, and new transfers still work.
    e.reset();
    auto e2 = newEngine();
    QVERIFY(e2->resumeAll().isEmpty());
    QVERIFY(uploadFile(*e2, src, ids()) > 0);
}

void tst_TransferEngine::killMidUploadThenResume()
{
    const QString helper = qEnvironmentVariable("FB_UPLOAD_HELPER");
    QVERIFY2(QFileInfo(helper).isExecutable(), qPrintable(helper));
    const QString src = file(QStringLiteral("kill"));
    QVERIFY(fbtest::makeFile(src, 40 * 1024 * 1024, 14));
    QProcess p;
    p.start(helper, {m_journal, m_work, src, QString::fromLatin1(kMaster.toHex()),
                     QString::number(m_servers[0].port()), QString::number(m_servers[1].port()),
                     QString::number(m_servers[2].port())});
    QVERIFY(p.waitForStarted(10000));
    // Kill it as soon as the first shard is stored.
    QByteArray out;
    while (!out.contains("shard ")) {
        QVERIFY2(p.waitForReadyRead(60000), p.readAllStandardError().constData());
        out += p.readAllStandardOutput();
    }
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    // What the journal says was stored before the kill.
    int doneBefore = 0;
    QMap<int, QDateTime> storedAt;
    qint64 tid = 0;
    {
        TransferJournal j;
        QVERIFY(j.open(m_journal).ok());
        auto rows = j.unfinished();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        tid = rows->first().id;
        const auto tasks = j.tasks(tid);
        QVERIFY(tasks.ok());
        for (const ShardTask &t : tasks.value()) {
            QVERIFY(t.state != ShardState::Failed);
            if (t.state == ShardState::Done) {
                ++doneBefore;
                storedAt.insert(t.index,
                                QFileInfo(objectFile(t.index, t.objectKey)).lastModified());
            }
        }
    }
    QVERIFY2(doneBefore >= 1 && doneBefore < 3, qPrintable(QString::number(doneBefore)));

    auto e = newEngine();
    // The speed counts only the bytes this run sends: the shards stored before the kill are not
    // a burst of traffic (it once showed gigabytes per second after a resume).
    const qint64 limit = 20'000'000;
    e->setBandwidthLimit(limit);
    double fastest = 0;
    connect(e.get(), &TransferEngine::progress, e.get(), [&](qint64 id, qint64, qint64) {
        fastest = std::max(fastest, e->info(id).bytesPerSecond);
        fastest = std::max(fastest, e->totals().bytesPerSecond);
    });
    const QList<qint64> resumed = e->resumeAll();
    QCOMPARE(resumed, QList<qint64>{tid});
    QVERIFY2(e->waitFor(tid, 120000), qPrintable(e->info(tid).error));
    qInfo() << "fastest speed shown after the resume:" << fastest << "B/s at limit" << limit;
    QVERIFY2(fastest < 2.0 * double(limit), qPrintable(QString::number(fastest)));
    // Only the shards missing were uploaded again.
    QCOMPARE(e->shardPuts(), 3 - doneBefore);
    QCOMPARE(e->manifestPuts(), 3);
    const Manifest mf = e->manifest(tid).value();
    for (auto it = storedAt.cbegin(); it != storedAt.cend(); ++it)
        QCOMPARE(QFileInfo(objectFile(it.key(), mf.shards[it.key()].objectKey)).lastModified(),
                 it.value());
    downloadAndCompare(*e, mf.fileId, src, ids());
}

void tst_TransferEngine::localBackendRoundTrip()
{
    std::vector<std::unique_ptr<Backend>> locals;
    auto e = newEngine();
    QStringList lids;
    for (int i = 0; i < 3; ++i) {
        const QString dir = file(QStringLiteral("local-%1").arg(i));
        auto b = makeBackend(QStringLiteral("l%1").arg(i),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("local")},
                                         {QStringLiteral("path"), dir}});
        QVERIFY2(b.ok(), why(b).constData());
        std::unique_ptr<BackendOp> prep(b.value()->prepare());
        QVERIFY(prep->waitForFinished(10000));
        lids.append(b.value()->id());
        e->addBackend(b.value().get());
        locals.push_back(std::move(b.value()));
    }
    // The plain object API.
    Backend *b0 = locals[0].get();
    std::unique_ptr<BackendOp> put(b0->putData(QStringLiteral("a/b.bin"), "hello"));
    QVERIFY(put->waitForFinished(10000));
    std::unique_ptr<BackendOp> head(b0->head(QStringLiteral("a/b.bin")));
    QVERIFY(head->waitForFinished(10000));
    QCOMPARE(head->objects().value(0).size, 5);
    std::unique_ptr<BackendOp> get(b0->get(QStringLiteral("a/b.bin")));
    QVERIFY(get->waitForFinished(10000));
    QCOMPARE(get->data(), QByteArray("hello"));
    std::unique_ptr<BackendOp> bad(b0->get(QStringLiteral("../escape")));
    QVERIFY(!bad->waitForFinished(10000));
    std::unique_ptr<BackendOp> del(b0->remove(QStringLiteral("a/b.bin")));
    QVERIFY(del->waitForFinished(10000));
    std::unique_ptr<BackendOp> gone(b0->head(QStringLiteral("a/b.bin")));
    QVERIFY(!gone->waitForFinished(10000));
    QVERIFY(gone->notFound());

    const QString src = file(QStringLiteral("local-src"));
    QVERIFY(fbtest::makeFile(src, 3 * 1024 * 1024 + 17, 15));
    const qint64 id = uploadFile(*e, src, lids);
    QVERIFY(id > 0);
    std::unique_ptr<BackendOp> list(locals[1]->list(QStringLiteral("fb/")));
    QVERIFY(list->waitForFinished(10000));
    QCOMPARE(list->objects().size(), 2); // a shard and the manifest
    downloadAndCompare(*e, e->info(id).fileId, src, lids);
}

void tst_TransferEngine::factory()
{
    const QJsonObject s3{{QStringLiteral("type"), QStringLiteral("s3")},
                         {QStringLiteral("endpoint"),
                          QStringLiteral("http://127.0.0.1:%1").arg(m_servers[0].port())},
                         {QStringLiteral("region"), QStringLiteral("us-east-1")},
                         {QStringLiteral("bucket"), kBucket},
                         {QStringLiteral("accessKey"), QStringLiteral("S3RVER")},
                         {QStringLiteral("secretKey"), QStringLiteral("S3RVER")},
                         {QStringLiteral("pathStyle"), true}};
    auto b = makeBackend(QStringLiteral("x"), s3);
    QVERIFY2(b.ok(), why(b).constData());
    QCOMPARE(b.value()->type(), QStringLiteral("s3"));
    std::unique_ptr<BackendOp> put(b.value()->putData(QStringLiteral("factory/obj"), "abc"));
    QVERIFY2(put->waitForFinished(10000), qPrintable(put->error().message));
    std::unique_ptr<BackendOp> list(b.value()->list(QStringLiteral("factory/")));
    QVERIFY(list->waitForFinished(10000));
    QCOMPARE(list->objects().size(), 1);
    QVERIFY(!makeBackend(QStringLiteral("y"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("ftp")}})
                 .ok());
    QVERIFY(!makeBackend(QStringLiteral("y"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("local")},
                                     {QStringLiteral("path"), QStringLiteral("rel")}})
                 .ok());
    QJsonObject noSecret = s3;
    noSecret.remove(QStringLiteral("secretKey"));
    QVERIFY(!makeBackend(QStringLiteral("y"), noSecret).ok());
}

void tst_TransferEngine::roundTrip100MiB()
{
    const QString src = file(QStringLiteral("big"));
    QVERIFY(fbtest::makeFile(src, 100 * 1024 * 1024, 16));
    auto e = newEngine();
    QElapsedTimer t;
    t.start();
    const qint64 id = uploadFile(*e, src, ids());
    QVERIFY(id > 0);
    const qint64 up = t.restart();
    downloadAndCompare(*e, e->info(id).fileId, src, ids());
    qInfo("100 MiB: upload %lld ms, download %lld ms", up, t.elapsed());
    QFile::remove(src);
}

namespace {
// Answers every request with a 500 InternalError (and counts them).
class Fake500 : public QTcpServer
{
public:
    Fake500()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    // Answer once the whole request (headers + Content-Length body) is in.
                    QByteArray got = s->property("got").toByteArray() + s->readAll();
                    s->setProperty("got", got);
                    const qsizetype end = got.indexOf("\r\n\r\n");
                    if (end < 0 || s->property("answered").toBool())
                        return;
                    qint64 length = 0;
                    for (const QByteArray &line : got.left(end).split('\n'))
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    if (got.size() - end - 4 < length)
                        return;
                    s->setProperty("answered", true);
                    ++requests;
                    const QByteArray xml =
                        "<?xml version=\"1.0\"?><Error><Code>InternalError</Code>"
                        "<Message>We encountered an internal error.</Message></Error>";
                    s->write(
                        "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/xml\r\n"
                        "Connection: close\r\nContent-Length: " +
                        QByteArray::number(xml.size()) + "\r\n\r\n" + xml);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    int requests = 0;
};
} // namespace

void tst_TransferEngine::pauseStopsBytesThenResumeFinishes()
{
    const QString src = file(QStringLiteral("pause"));
    QVERIFY(fbtest::makeFile(src, 24 << 20, 31));
    auto e = newEngine();
    e->setBandwidthLimit(8'000'000); // slow enough to pause mid-way
    auto id = e->upload(src, ids(), 2, 1);
    QVERIFY(id.ok());
    QTRY_VERIFY_WITH_TIMEOUT(e->info(id.value()).bytesDone > (2 << 20), 60000);
    e->pause(id.value());
    QVERIFY(e->info(id.value()).paused);
    QTest::qWait(300);
    const qint64 at = e->info(id.value()).bytesDone;
    QSignalSpy progress(e.get(), &TransferEngine::progress);
    QTest::qWait(1500);
    QCOMPARE(e->info(id.value()).bytesDone, at); // no byte flowed while paused
    for (const auto &args : progress)
        QVERIFY(args.at(1).toLongLong() <= at);
    QVERIFY(!e->info(id.value()).finished());
    QCOMPARE(e->info(id.value()).bytesPerSecond, 0.0);
    e->setBandwidthLimit(0);
    e->resume(id.value());
    QVERIFY(!e->info(id.value()).paused);
    QVERIFY2(e->waitFor(id.value(), 120000), qPrintable(e->info(id.value()).error));
    downloadAndCompare(*e, e->info(id.value()).fileId, src, ids());
}

void tst_TransferEngine::bandwidthLimitSpeedAndEta()
{
    const QString src = file(QStringLiteral("limit"));
    QVERIFY(fbtest::makeFile(src, 3 << 20, 32));
    auto e = newEngine();
    const qint64 limit = 1'000'000;
    e->setBandwidthLimit(limit);
    QCOMPARE(e->bandwidthLimit(), limit);
    QElapsedTimer clock;
    qint64 startMs = -1, total = 0;
    double seenBps = 0;
    qint64 seenEta = -1;
    TransferTotals seenTotals;
    auto id = e->upload(src, ids(), 2, 1);
    QVERIFY(id.ok());
    connect(e.get(), &TransferEngine::progress, e.get(), [&](qint64 tid, qint64 done, qint64 t) {
        if (startMs < 0 && t > 0) {
            clock.start();
            startMs = 0;
            total = t;
        }
        const TransferInfo i = e->info(tid);
        if (done > 0 && done < t && i.bytesPerSecond > 0) {
            seenBps = i.bytesPerSecond;
            seenEta = i.etaSeconds;
            seenTotals = e->totals();
        }
    });
    QVERIFY2(e->waitFor(id.value(), 60000), qPrintable(e->info(id.value()).error));
    const double secs = double(clock.elapsed()) / 1000.0;
    const double rate = double(total) / secs;
    qInfo() << "upload" << total << "bytes in" << secs << "s:" << rate << "B/s at limit" << limit;
    QVERIFY2(rate > 0.4 * double(limit) && rate < 1.3 * double(limit),
             qPrintable(QString::number(rate)));
    qInfo() << "speed seen mid-upload" << seenBps << "B/s, ETA" << seenEta << "s";
    QVERIFY(seenBps > 0);
    QVERIFY(seenEta >= 0 && seenEta < 60);
    QVERIFY(seenTotals.bytesTotal >= total);

    // Downloads too.
    const QString out = src + QStringLiteral(".out");
    auto down = e->download(e->info(id.value()).fileId, ids(), out);
    QVERIFY(down.ok());
    startMs = -1;
    QVERIFY2(e->waitFor(down.value(), 60000), qPrintable(e->info(down.value()).error));
    const double dsecs = double(clock.elapsed()) / 1000.0;
    const double drate = double(e->info(down.value()).bytesTotal) / dsecs;
    qInfo() << "download" << e->info(down.value()).bytesTotal << "bytes in" << dsecs
            << "s:" << drate << "B/s";
    QVERIFY2(drate > 0.4 * double(limit) && drate < 1.3 * double(limit),
             qPrintable(QString::number(drate)));
    QCOMPARE(blake2bFileHex(out), blake2bFileHex(src));
}

void tst_TransferEngine::uploadUntilP2Stops(TransferEngine &e, const QString &src, qint64 *id)
{
    e.setBandwidthLimit(12'000'000);
    auto up = e.upload(src, ids(), 2, 1);
    QVERIFY(up.ok());
    *id = up.value();
    QTRY_VERIFY_WITH_TIMEOUT(e.info(*id).bytesDone > (6 << 20), 60000);
    m_servers[1].stop(); // p2
    QVERIFY(!e.waitFor(*id, 60000));
    QVERIFY(e.info(*id).state == TransferState::Failed);
}

void tst_TransferEngine::providerKilledMidUploadThenRetry()
{
    // Defined behaviour (docs/STORAGE.md): the upload fails cleanly, naming the provider; the
    // parts stored on the others and the encoded shards are kept; retry() finishes it.
    const QString src = file(QStringLiteral("killup"));
    QVERIFY(fbtest::makeFile(src, 40 << 20, 33));
    auto e = newEngine();
    qint64 id = 0;
    uploadUntilP2Stops(*e, src, &id);
    if (QTest::currentTestFailed())
        return;
    const TransferInfo failed = e->info(id);
    QVERIFY(failed.state == TransferState::Failed);
    QVERIFY2(failed.error.contains(QStringLiteral("p2")), qPrintable(failed.error));
    auto rec = e->journal().transfer(id);
    QVERIFY(rec.ok());
    QVERIFY(rec->state == TransferState::Failed);
    QString error;
    QVERIFY2(m_servers[1].start(&error), qPrintable(error));
    e->setBandwidthLimit(0);
    QVERIFY(e->retry(id));
    QVERIFY2(e->waitFor(id, 120000), qPrintable(e->info(id).error));
    downloadAndCompare(*e, e->info(id).fileId, src, ids());
}

void tst_TransferEngine::sourceChangedBeforeRetryFails()
{
    // A retry codes the file again with the stored parts' key and stream header: if the file's
    // bytes changed meanwhile (even with its size and mtime put back), the retry must fail
    // rather than send other data under the same key and header, and a new upload then works.
    const QString src = file(QStringLiteral("changed"));
    QVERIFY(fbtest::makeFile(src, 40 << 20, 34));
    auto e = newEngine();
    qint64 id = 0;
    uploadUntilP2Stops(*e, src, &id);
    if (QTest::currentTestFailed())
        return;

    const QDateTime mtime = QFileInfo(src).lastModified();
    {
        QFile f(src);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(1000));
        QVERIFY(f.write("edited") == 6); // inside the first part, which is already stored
        f.close();
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
    }
    QString error;
    QVERIFY2(m_servers[1].start(&error), qPrintable(error));
    e->setBandwidthLimit(0);
    QVERIFY(e->retry(id));
    QVERIFY(!e->waitFor(id, 120000));
    const TransferInfo failed = e->info(id);
    QVERIFY(failed.state == TransferState::Failed);
    QVERIFY2(failed.error.contains(QStringLiteral("changed")), qPrintable(failed.error));

    const qint64 again = uploadFile(*e, src, ids());
    QVERIFY(again > 0);
    downloadAndCompare(*e, e->info(again).fileId, src, ids());
}

void tst_TransferEngine::providerKilledMidDownload()
{
    const QString src = file(QStringLiteral("killdown"));
    QVERIFY(fbtest::makeFile(src, 24 << 20, 34));
    auto e = newEngine();
    const qint64 up = uploadFile(*e, src, ids());
    QVERIFY(up > 0);
    const QString out = src + QStringLiteral(".out");
    e->setBandwidthLimit(4'000'000);
    auto id = e->download(e->info(up).fileId, ids(), out);
    QVERIFY(id.ok());
    QTRY_VERIFY_WITH_TIMEOUT(e->info(id.value()).bytesDone > (1 << 20), 60000);
    m_servers[0].stop(); // p1 holds data shard 0, still being fetched
    e->setBandwidthLimit(0);
    QVERIFY2(e->waitFor(id.value(), 120000), qPrintable(e->info(id.value()).error));
    if (!e->info(id.value()).deadProviders.contains(QStringLiteral("p1")))
        qWarning() << "shard 0 was fetched before p1 stopped";
    QCOMPARE(blake2bFileHex(out), blake2bFileHex(src));
}

void tst_TransferEngine::serverAnswering500s()
{
    Fake500 fake;
    S3Config cfg = m_servers[0].config(kBucket);
    cfg.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort()));
    cfg.maxAttempts = 3;
    cfg.backoffBaseMs = 10;
    S3Backend bad(QStringLiteral("bad"), std::move(cfg));
    auto e = newEngine();
    e->addBackend(&bad);
    const QString src = file(QStringLiteral("five"));
    QVERIFY(fbtest::makeFile(src, 100000, 35));
    auto id =
        e->upload(src, {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("bad")}, 2, 1);
    QVERIFY(id.ok());
    QVERIFY(!e->waitFor(id.value(), 60000));
    const TransferInfo i = e->info(id.value());
    QVERIFY(i.state == TransferState::Failed);
    QVERIFY2(i.error.contains(QStringLiteral("bad")), qPrintable(i.error));
    QVERIFY2(i.error.contains(QStringLiteral("internal error"), Qt::CaseInsensitive),
             qPrintable(i.error));
    QCOMPARE(fake.requests, 3); // retried, then reported
    // The engine's finished ops go (deleteLater) before the backend they came from.
    e.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

namespace {
QByteArray bytesOf(const QString &path, qint64 offset, qint64 length)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return {};
    return f.read(length);
}

// Flips one byte of an object file in place.
bool flipByte(const QString &path, qint64 at)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(at))
        return false;
    char c = 0;
    if (!f.getChar(&c) || !f.seek(at))
        return false;
    return f.putChar(char(c ^ 0x01));
}
} // namespace

void tst_TransferEngine::pipelinedDownloadDataRunsOnly()
{
    // 40 MiB, 2+1: three stripes of two ~6.7 MiB blocks. A healthy download fetches each data
    // shard's runs by range, never the parity shard, and nothing twice.
    const QString src = file(QStringLiteral("pipe"));
    QVERIFY(fbtest::makeFile(src, 40 << 20, 41));
    auto e = newEngine();
    const qint64 up = uploadFile(*e, src, ids());
    QVERIFY(up > 0);
    const Manifest mf = e->manifest(up).value();
    QCOMPARE(mf.stripes, 3);
    const int getsBefore = e->shardGets();
    const qint64 bytesBefore = e->shardBytesFetched();
    downloadAndCompare(*e, mf.fileId, src, ids());
    QCOMPARE(e->shardGets() - getsBefore, 2 * mf.stripes);
    QCOMPARE(e->shardBytesFetched() - bytesBefore, mf.shards[0].size + mf.shards[1].size);
}

void tst_TransferEngine::pipelinedDownloadCorruptAndMissing()
{
    const QString src = file(QStringLiteral("pipebad"));
    QVERIFY(fbtest::makeFile(src, 40 << 20, 42));
    auto e = newEngine();
    const qint64 up = uploadFile(*e, src, ids());
    QVERIFY(up > 0);
    const Manifest mf = e->manifest(up).value();
    QCOMPARE(mf.stripes, 3);
    // A corrupted byte in the middle block of data shard 1: that segment is rebuilt from shard 0
    // and the parity, shard 1 is reported corrupt and not used again.
    const QString shard1 = objectFile(1, mf.shards[1].objectKey);
    const qint64 at = qint64(mf.blockSize) + mf.blockSize / 2;
    QVERIFY(flipByte(shard1, at));
    {
        const QString out = file(QStringLiteral("pipebad.out"));
        const qint64 parityBefore = e->shardBytesFetched();
        auto id = e->download(mf.fileId, ids(), out);
        QVERIFY(id.ok());
        QVERIFY2(e->waitFor(id.value(), 120000), qPrintable(e->info(id.value()).error));
        QCOMPARE(e->info(id.value()).corruptShards, QList<int>{1});
        QCOMPARE(blake2bFileHex(out), blake2bFileHex(src));
        // Shard 1's first run was good; its second was bad; the parity filled in for the last two.
        // Shard 0 whole, shard 1's runs up to the bad one (and any already on the way), and
        // the parity for the segments shard 1 could not serve: never everything.
        const qint64 fetched = e->shardBytesFetched() - parityBefore;
        QVERIFY2(fetched >= mf.shards[0].size + 3 * qint64(mf.blockSize) &&
                     fetched <= mf.shards[0].size + 5 * qint64(mf.blockSize),
                 qPrintable(QString::number(fetched)));
        QFile::remove(out);
    }
    QVERIFY(flipByte(shard1, at)); // mended
    // A provider down from the start: its shard's runs come from the parity instead.
    m_servers[0].stop();
    {
        const QString out = file(QStringLiteral("pipedown.out"));
        auto id = e->download(mf.fileId, {QStringLiteral("p2"), QStringLiteral("p3")}, out);
        QVERIFY(id.ok());
        QVERIFY2(e->waitFor(id.value(), 120000), qPrintable(e->info(id.value()).error));
        QVERIFY(e->info(id.value()).deadProviders.contains(QStringLiteral("p1")));
        QCOMPARE(blake2bFileHex(out), blake2bFileHex(src));
        QFile::remove(out);
    }
    // Two of three gone: the download fails cleanly and leaves no partial file.
    m_servers[2].stop();
    {
        const QString out = file(QStringLiteral("pipefail.out"));
        auto id = e->download(mf.fileId, {QStringLiteral("p2")}, out);
        QVERIFY(id.ok());
        QVERIFY(!e->waitFor(id.value(), 120000));
        QVERIFY(e->info(id.value()).state == TransferState::Failed);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".fbpart")));
    }
}

void tst_TransferEngine::killMidDownloadThenResume()
{
    const QString helper = qEnvironmentVariable("FB_UPLOAD_HELPER");
    QVERIFY2(QFileInfo(helper).isExecutable(), qPrintable(helper));
    const QString src = file(QStringLiteral("killdl"));
    QVERIFY(fbtest::makeFile(src, 40 << 20, 43));
    QString fileId;
    qint64 fullBytes = 0;
    {
        auto e = newEngine();
        const qint64 up = uploadFile(*e, src, ids());
        QVERIFY(up > 0);
        const Manifest mf = e->manifest(up).value();
        fileId = mf.fileId;
        fullBytes = mf.shards[0].size + mf.shards[1].size;
    }
    const QString out = file(QStringLiteral("killdl.out"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FB_HELPER_DOWNLOAD"), fileId);
    env.insert(QStringLiteral("FB_HELPER_RATE"), QStringLiteral("6000000"));
    p.setProcessEnvironment(env);
    p.start(helper, {m_journal, m_work, out, QString::fromLatin1(kMaster.toHex()),
                     QString::number(m_servers[0].port()), QString::number(m_servers[1].port()),
                     QString::number(m_servers[2].port())});
    QVERIFY(p.waitForStarted(10000));
    // Kill it as soon as the first segment is decrypted, written and journalled.
    QByteArray said;
    while (!said.contains("written ")) {
        QVERIFY2(p.waitForReadyRead(60000), p.readAllStandardError().constData());
        said += p.readAllStandardOutput();
    }
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QVERIFY(!QFile::exists(out));
    const QString part = out + QStringLiteral(".fbpart");
    QVERIFY(QFile::exists(part));

    qint64 tid = 0, plainBefore = 0;
    {
        TransferJournal j;
        QVERIFY(j.open(m_journal).ok());
        auto rows = j.unfinished();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        tid = rows->first().id;
        plainBefore = rows->first()
                          .extra.value(QStringLiteral("cp"))
                          .toObject()
                          .value(QStringLiteral("plain"))
                          .toInteger(0);
    }
    QVERIFY2(plainBefore > 0 && plainBefore < (40 << 20), qPrintable(QString::number(plainBefore)));
    QVERIFY(QFileInfo(part).size() >= plainBefore);
    // The plaintext written before the kill is the file's.
    QCOMPARE(bytesOf(part, 0, plainBefore), bytesOf(src, 0, plainBefore));

    auto e = newEngine();
    QCOMPARE(e->resumeAll(), QList<qint64>{tid});
    QVERIFY2(e->waitFor(tid, 120000), qPrintable(e->info(tid).error));
    QCOMPARE(blake2bFileHex(out), blake2bFileHex(src));
    QVERIFY(!QFile::exists(part));
    // It went on from the checkpoint: the segments written before the kill were not fetched
    // again.
    qInfo() << "resumed after" << plainBefore << "bytes; fetched" << e->shardBytesFetched() << "of"
            << fullBytes;
    QVERIFY2(e->shardBytesFetched() <= fullBytes - plainBefore / 2,
             qPrintable(QString::number(e->shardBytesFetched())));
}

void tst_TransferEngine::readRangeFetchesOnlyWhatItNeeds()
{
    const QString src = file(QStringLiteral("range"));
    const qint64 size = 40 << 20;
    QVERIFY(fbtest::makeFile(src, size, 44));
    auto e = newEngine();
    const qint64 up = uploadFile(*e, src, ids());
    QVERIFY(up > 0);
    const Manifest mf = e->manifest(up).value();
    auto read = [&](qint64 offset, qint64 length, int *gets, qint64 *bytes) -> QByteArray {
        const int g = e->shardGets();
        const qint64 b = e->shardBytesFetched();
        auto id = e->readRange(mf.fileId, ids(), offset, length);
        if (!id.ok() || !e->waitFor(id.value(), 60000)) {
            qWarning() << "range read failed:" << (id.ok() ? e->info(id.value()).error : QString());
            return "failed";
        }
        *gets = e->shardGets() - g;
        *bytes = e->shardBytesFetched() - b;
        return e->rangeData(id.value());
    };
    int gets = 0;
    qint64 bytes = 0;
    // The first byte: one run of data shard 0, nothing else.
    QElapsedTimer t;
    t.start();
    QCOMPARE(read(0, 1, &gets, &bytes), bytesOf(src, 0, 1));
    qInfo() << "first byte of a 40 MiB file in" << t.elapsed() << "ms";
    QCOMPARE(gets, 1);
    QCOMPARE(bytes, qint64(mf.blockSize));
    // 4 KiB in the second stripe: the data runs holding the ciphertext up to the chunk of its
    // last byte (secretstream chains the chunks), and no other.
    const qint64 mid = 2 * qint64(mf.blockSize) + 12345;
    const qint64 chunks = (mid + 4096 + mf.chunkSize - 1) / mf.chunkSize;
    const qint64 cipherEnd = 24 + chunks * (mf.chunkSize + 17);
    int runs = 0;
    for (int st = 0; st < mf.stripes; ++st)
        for (int i = 0; i < mf.k; ++i)
            runs += qint64(st) * mf.k * mf.blockSize + qint64(i) * mf.blockSize < cipherEnd;
    QCOMPARE(runs, 3); // both runs of stripe 0, and block 0 of stripe 1 (it holds `mid`)
    QCOMPARE(read(mid, 4096, &gets, &bytes), bytesOf(src, mid, 4096));
    QCOMPARE(gets, runs);
    QCOMPARE(bytes, runs * qint64(mf.blockSize));
    // Past the end: clipped; empty ranges are empty.
    QCOMPARE(read(size - 10, 100, &gets, &bytes), bytesOf(src, size - 10, 10));
    QCOMPARE(read(5, 0, &gets, &bytes), QByteArray());
    QCOMPARE(gets, 0);
    // A corrupted first block of shard 0: the run is rebuilt from shard 1 and the parity.
    QVERIFY(flipByte(objectFile(0, mf.shards[0].objectKey), 100));
    auto id = e->readRange(mf.fileId, ids(), 0, 100);
    QVERIFY(id.ok());
    QVERIFY2(e->waitFor(id.value(), 60000), qPrintable(e->info(id.value()).error));
    QCOMPARE(e->rangeData(id.value()), bytesOf(src, 0, 100));
    QCOMPARE(e->info(id.value()).corruptShards, QList<int>{0});
    QVERIFY(flipByte(objectFile(0, mf.shards[0].objectKey), 100));
    // Range reads are not journalled: nothing to resume.
    QVERIFY(e->resumeAll().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TransferEngine)
#include "tst_transferengine.moc"
