// Hostile and malformed replies, served by a small QTcpServer: garbage, truncated JSON, huge
// bodies, wrong types, a feed out of order, a server that never answers. Each must end in a typed
// error and leave the cache exactly as it was.
#include "models/apiclient.h"
#include "models/cachestore.h"
#include "models/cacheschema.h"
#include "wire/database.h"
#include "models/syncengine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using fb::SyncEngine;

namespace {

class FakeServer : public QObject
{
public:
    QByteArray response;            // the raw bytes sent for any request
    QList<QByteArray> queue;        // if not empty: the raw bytes for the next requests, in order
    QList<QByteArray> requestLines; // every request's first line
    qint64 streamBytes = 0;         // > 0: after the response, stream this many bytes of junk
    bool silent = false;            // never answer
    int requests = 0;
    QByteArray lastRequest;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    ++requests;
                    lastRequest = *buffer;
                    requestLines << buffer->left(buffer->indexOf("\r\n"));
                    buffer->clear();
                    if (silent)
                        return;
                    s->write(queue.isEmpty() ? response : queue.takeFirst());
                    qint64 left = streamBytes;
                    const QByteArray chunk(64 * 1024, 'x');
                    while (left > 0 && s->state() == QAbstractSocket::ConnectedState) {
                        s->write(chunk);
                        left -= chunk.size();
                        s->waitForBytesWritten(1000);
                    }
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    QTcpServer m_server;
};

QByteArray http(const QByteArray &body, int status = 200, bool withLength = true,
                const QByteArray &headers = {})
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) +
                   " X\r\nContent-Type: application/json\r\n" + headers;
    if (withLength)
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "Connection: close\r\n\r\n" + body;
    return r;
}

QJsonObject validOffer(const QString &id)
{
    fb::Offer o;
    o.id = id;
    o.providerId = QStringLiteral("prv_x");
    o.name = QStringLiteral("Offer ") + id;
    o.region = QStringLiteral("eu-central-1");
    o.country = QStringLiteral("DE");
    o.protocols = {QStringLiteral("s3")};
    o.currencies = {QStringLiteral("USD")};
    o.capacityBytes = 1000;
    o.freeBytes = 1000;
    o.createdAt = o.updatedAt = QDateTime::currentDateTimeUtc();
    return o.toJson();
}

QByteArray page(const QJsonArray &changes, qint64 next, bool more = false)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                     {QStringLiteral("next"), next},
                                     {QStringLiteral("hasMore"), more}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject change(qint64 seq, const QString &id, const QJsonObject &data)
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("entity"), QStringLiteral("offer")},
            {QStringLiteral("id"), id},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("data"), data}};
}

} // namespace

class HostileRepliesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeServer m_server;

    SyncEngine::Config config()
    {
        SyncEngine::Config c;
        c.dataDir = m_dir.path();
        c.baseUrl = QUrl(m_server.url());
        c.scope = QStringLiteral("hostile");
        c.intervalMs = 0;
        c.pageSize = 100;
        c.timeoutMs = 1500;
        c.maxAttempts = 1;
        c.maxReplyBytes = 1024 * 1024;
        return c;
    }

    // Runs one sync; returns the engine's final state and reason.
    std::pair<SyncEngine::State, QString> syncOnce()
    {
        SyncEngine engine(config());
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        engine.start();
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 30000))
            return {SyncEngine::State::Idle, QStringLiteral("no result")};
        return {engine.state(), engine.reason()};
    }

    void snapshotInto(QString &out)
    {
        auto db = fb::CacheDatabase::open(m_dir.path(), QStringLiteral("probe"));
        QSqlQuery q(*db);
        QVERIFY2(q.exec(QStringLiteral("SELECT id, name, price_storage, free_bytes, updated_at "
                                       "FROM offers ORDER BY id")),
                 qPrintable(q.lastError().text()));
        while (q.next())
            for (int i = 0; i < 5; ++i)
                out += q.value(i).toString() + QLatin1Char('|');
        q.exec(QStringLiteral("SELECT scope, seq FROM sync_cursor ORDER BY scope"));
        while (q.next())
            out += q.value(0).toString() + QString::number(q.value(1).toLongLong());
    }

    QString snapshot()
    {
        QString out;
        snapshotInto(out);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        // A legitimate first page, so there is something to protect.
        m_server.response =
            http(page({change(1, QStringLiteral("off_a"), validOffer(QStringLiteral("off_a"))),
                       change(2, QStringLiteral("off_b"), validOffer(QStringLiteral("off_b")))},
                      2));
        auto [state, reason] = syncOnce();
        QCOMPARE(state, SyncEngine::State::UpToDate);
        QVERIFY(snapshot().contains(QStringLiteral("hostile|-2")));
        QVERIFY(snapshot().contains(QStringLiteral("off_b|Offer off_b|")));
        QVERIFY(m_server.lastRequest.contains("GET /v1/changes?since=0&limit=100"));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<qint64>("stream");
        QTest::addColumn<bool>("silent");
        QTest::addColumn<QString>("state");

        const QString err = QStringLiteral("error");
        QTest::newRow("garbage body") << http("xx{[}\x01\x02") << qint64(0) << false << err;
        QTest::newRow("not http") << QByteArray("hello there\r\n\r\n") << qint64(0) << false
                                  << QStringLiteral("any");
        QTest::newRow("truncated json")
            << http(R"({"changes":[{"seq":3,"entity":"offer")") << qint64(0) << false << err;
        QTest::newRow("body shorter than length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 500\r\nConnection: "
                          "close\r\n\r\n{\"changes\":[")
            << qint64(0) << false << QStringLiteral("any");
        QTest::newRow("array not object") << http("[1,2,3]") << qint64(0) << false << err;
        QTest::newRow("empty body") << http("") << qint64(0) << false << err;
        QTest::newRow("changes wrong type")
            << http(R"({"changes":"many","next":3,"hasMore":false})") << qint64(0) << false << err;
        QTest::newRow("seq as string")
            << http(
                   R"({"changes":[{"seq":"3","entity":"offer","id":"off_c","op":"upsert","data":{}}],"next":3,"hasMore":false})")
            << qint64(0) << false << err;
        QTest::newRow("next wrong type")
            << http(R"({"changes":[],"next":"x","hasMore":false})") << qint64(0) << false << err;
        QTest::newRow("seq not after cursor")
            << http(page({change(1, QStringLiteral("off_c"), validOffer(QStringLiteral("off_c")))},
                         1))
            << qint64(0) << false << err;
        QTest::newRow("seqs out of order")
            << http(page({change(5, QStringLiteral("off_c"), validOffer(QStringLiteral("off_c"))),
                          change(4, QStringLiteral("off_d"), validOffer(QStringLiteral("off_d")))},
                         5))
            << qint64(0) << false << err;
        QTest::newRow("next behind last seq")
            << http(page({change(5, QStringLiteral("off_c"), validOffer(QStringLiteral("off_c")))},
                         3))
            << qint64(0) << false << err;
        QJsonObject badOffer = validOffer(QStringLiteral("off_d"));
        badOffer.insert(QStringLiteral("priceStoragePerGbMonthUsd7"), QStringLiteral("cheap"));
        // The first change is fine, the second is not: the whole page is refused.
        QTest::newRow("entity with wrong types")
            << http(page({change(3, QStringLiteral("off_c"), validOffer(QStringLiteral("off_c"))),
                          change(4, QStringLiteral("off_d"), badOffer)},
                         4))
            << qint64(0) << false << err;
        QJsonObject fraction = validOffer(QStringLiteral("off_d"));
        fraction.insert(QStringLiteral("freeBytes"), 1.5);
        QTest::newRow("fractional integer")
            << http(page({change(3, QStringLiteral("off_d"), fraction)}, 3)) << qint64(0) << false
            << err;
        // The page's cursor in headers lets the next fetch start before the page is parsed;
        // headers that are malformed or disagree with the body refuse the page.
        const QByteArray good =
            page({change(3, QStringLiteral("off_c"), validOffer(QStringLiteral("off_c")))}, 3);
        QTest::newRow("cursor header disagrees with body")
            << http(good, 200, true, "Flashback-Next-Cursor: 7\r\nFlashback-Has-More: false\r\n")
            << qint64(0) << false << err;
        QTest::newRow("more header but the body ends")
            << http(good, 200, true, "Flashback-Next-Cursor: 3\r\nFlashback-Has-More: true\r\n")
            << qint64(0) << false << err;
        QTest::newRow("cursor header not a number")
            << http(good, 200, true, "Flashback-Next-Cursor: 3x\r\nFlashback-Has-More: false\r\n")
            << qint64(0) << false << err;
        QTest::newRow("cursor header behind the cursor")
            << http(good, 200, true, "Flashback-Next-Cursor: 1\r\nFlashback-Has-More: false\r\n")
            << qint64(0) << false << err;
        QTest::newRow("more header without a cursor")
            << http(good, 200, true, "Flashback-Has-More: maybe\r\n") << qint64(0) << false << err;
        QTest::newRow("deeply nested")
            << http(QByteArray(100000, '[') + QByteArray(100000, ']')) << qint64(0) << false << err;
        QTest::newRow("huge declared length")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\nConnection: close\r\n\r\n{")
            << qint64(0) << false << err;
        QTest::newRow("huge streamed body")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"changes\":[\"")
            << qint64(3 * 1024 * 1024) << false << err;
        QTest::newRow("http 500 garbage")
            << http("<html>oops</html>", 500) << qint64(0) << false << err;
        QTest::newRow("never answers")
            << QByteArray() << qint64(0) << true << QStringLiteral("offline");
    }

    void hostile()
    {
        QFETCH(QByteArray, response);
        QFETCH(qint64, stream);
        QFETCH(bool, silent);
        QFETCH(QString, state);
        const QString before = snapshot();
        m_server.response = response;
        m_server.streamBytes = stream;
        m_server.silent = silent;
        auto [s, reason] = syncOnce();
        m_server.silent = false;
        m_server.streamBytes = 0;
        if (state == QLatin1String("error"))
            QCOMPARE(s, SyncEngine::State::Error);
        else if (state == QLatin1String("offline"))
            QCOMPARE(s, SyncEngine::State::Offline);
        else
            QVERIFY(s == SyncEngine::State::Error || s == SyncEngine::State::Offline);
        QVERIFY(!reason.isEmpty());
        QCOMPARE(snapshot(), before); // the cache is untouched
    }

    void cursorHeaders()
    {
        // A page whose headers agree with its body is written like any other.
        m_server.response =
            http(page({change(3, QStringLiteral("off_c"), validOffer(QStringLiteral("off_c"))),
                       change(4, QStringLiteral("off_d"), validOffer(QStringLiteral("off_d")))},
                      4),
                 200, true, "Flashback-Next-Cursor: 4\r\nFlashback-Has-More: false\r\n");
        auto [state, reason] = syncOnce();
        QCOMPARE(state, SyncEngine::State::UpToDate);
        const QString after = snapshot();
        QVERIFY(after.contains(QStringLiteral("off_c|Offer off_c|")));
        QVERIFY(after.contains(QStringLiteral("off_d|Offer off_d|")));
        QVERIFY(after.contains(QStringLiteral("hostile|-4")));

        // A feed that sends the headers on some pages only: each page is still written once,
        // in order, and each fetch starts from the cursor before it.
        auto one = [](qint64 seq, const QString &id, bool more) {
            return page({change(seq, id, validOffer(id))}, seq, more);
        };
        m_server.requestLines.clear();
        m_server.queue = {
            http(one(5, QStringLiteral("off_e"), true)),
            http(one(6, QStringLiteral("off_f"), true), 200, true,
                 "Flashback-Next-Cursor: 6\r\nFlashback-Has-More: true\r\n"),
            http(one(7, QStringLiteral("off_g"), false)),
        };
        std::tie(state, reason) = syncOnce();
        QCOMPARE(state, SyncEngine::State::UpToDate);
        QVERIFY(m_server.queue.isEmpty());
        QCOMPARE(m_server.requestLines.size(), 3);
        QVERIFY(m_server.requestLines.at(0).contains("since=4&"));
        QVERIFY(m_server.requestLines.at(1).contains("since=5&"));
        QVERIFY(m_server.requestLines.at(2).contains("since=6&"));
        const QString three = snapshot();
        for (const char *id : {"off_e", "off_f", "off_g"})
            QVERIFY2(three.contains(QLatin1String(id) + QStringLiteral("|Offer ")), id);
        QVERIFY(three.contains(QStringLiteral("hostile|-7")));
    }

    void typedErrors()
    {
        fb::ApiClient api(QUrl(m_server.url()), nullptr);
        api.setMaxGetAttempts(1);
        api.setMaxReplyBytes(1024);
        auto get = [&] {
            std::optional<fb::ApiResponse> out;
            api.get(QStringLiteral("/v1/x"), {}, [&](const fb::ApiResponse &r) { out = r; });
            (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
            return out.value_or(fb::ApiResponse{});
        };
        m_server.response = http("garbage");
        QCOMPARE(get().error->code, QStringLiteral("bad_reply"));
        m_server.response = http(QByteArray(4096, ' ') + "{}");
        QCOMPARE(get().error->code, QStringLiteral("too_large"));
        m_server.response =
            http(R"({"error":{"code":"not_found","message":"No such thing."}})", 404);
        fb::ApiResponse nf = get();
        QCOMPARE(nf.error->code, QStringLiteral("http_404"));
        QCOMPARE(nf.serverCode, QStringLiteral("not_found"));
        QCOMPARE(nf.error->message, QStringLiteral("No such thing."));
        m_server.response = http(R"({"ok":true})");
        fb::ApiResponse good = get();
        QVERIFY(good.ok());
        QCOMPARE(good.json.value(QStringLiteral("ok")).toBool(), true);

        // Retries with backoff on 503 for GETs; POSTs are not retried.
        api.setMaxGetAttempts(3);
        api.setBackoff(10, 50);
        m_server.response = http(R"({"error":{"code":"busy","message":"later"}})", 503);
        const int before = m_server.requests;
        QCOMPARE(get().error->code, QStringLiteral("http_503"));
        QCOMPARE(m_server.requests - before, 3);
        std::optional<fb::ApiResponse> posted;
        const int beforePost = m_server.requests;
        api.post(QStringLiteral("/v1/x"), {}, [&](const fb::ApiResponse &r) { posted = r; });
        QVERIFY(QTest::qWaitFor([&] { return posted.has_value(); }, 20000));
        QCOMPARE(m_server.requests - beforePost, 1);

        // Timeout.
        api.setMaxGetAttempts(1);
        api.setDefaultTimeoutMs(500);
        m_server.silent = true;
        QCOMPARE(get().error->code, QStringLiteral("timeout"));
        m_server.silent = false;

        // Nobody listening.
        QTcpServer gone;
        gone.listen(QHostAddress::LocalHost, 0);
        const quint16 port = gone.serverPort();
        gone.close();
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(get().error->code, QStringLiteral("offline"));
    }
};

QTEST_GUILESS_MAIN(HostileRepliesTest)
#include "tst_hostilereplies.moc"
