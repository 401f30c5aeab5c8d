// TLS pinning against a real flashback-node serving HTTPS with a self-signed certificate made in
// the test (openssl): without a pin the ApiClient refuses (tls error); fetchServerCertificate
// returns the node's certificate; with its SHA-256 pinned requests succeed; with a wrong pin they
// fail; a SyncEngine with the pin syncs and one without it reports the TLS error.
#include "../node/nodeharness.h"

#include "models/apiclient.h"
#include "models/syncengine.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fbtest;

namespace {
fb::ApiResponse getHealth(fb::ApiClient &api)
{
    std::optional<fb::ApiResponse> out;
    api.get(QStringLiteral("/v1/health"), {}, [&](const fb::ApiResponse &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        qFatal("request timed out");
    return *out;
}
} // namespace

class TlsPinningTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    NodeProcess m_node;
    QUrl m_url;
    QSslCertificate m_cert;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                          QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                          QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                          QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"),
                          key, QStringLiteral("-out"), cert});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        const auto certs = QSslCertificate::fromPath(cert, QSsl::Pem);
        QCOMPARE(certs.size(), 1);
        m_cert = certs.first();

        QString error;
        QVERIFY2(m_node.start(m_dir.filePath(QStringLiteral("node")),
                              {QStringLiteral("--seed-demo"), QStringLiteral("--tls-cert"), cert,
                               QStringLiteral("--tls-key"), key, QStringLiteral("--qos-interval"),
                               QStringLiteral("3600")},
                              &error),
                 qPrintable(error));
        m_url = QUrl(m_node.baseUrl());
        m_url.setScheme(QStringLiteral("https"));
    }

    void refusedWithoutPin()
    {
        fb::ApiClient api(m_url, std::make_shared<fb::AuthSession>());
        api.setMaxGetAttempts(1);
        const fb::ApiResponse r = getHealth(api);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, QStringLiteral("tls"));
    }

    void plainHttpIsNotServed()
    {
        QUrl http = m_url;
        http.setScheme(QStringLiteral("http"));
        fb::ApiClient api(http, std::make_shared<fb::AuthSession>());
        api.setMaxGetAttempts(1);
        api.setDefaultTimeoutMs(5000);
        QVERIFY(!getHealth(api).ok());
    }

    void fetchServerCertificate()
    {
        fb::ApiClient api(m_url, std::make_shared<fb::AuthSession>());
        std::optional<fb::Result<QSslCertificate>> got;
        api.fetchServerCertificate(
            [&](fb::Result<QSslCertificate> c) { got.emplace(std::move(c)); });
        QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 30000));
        QVERIFY2(got->ok(), qPrintable(got->ok() ? QString() : got->error().message));
        QCOMPARE(**got, m_cert);
        const QByteArray pin = fb::ApiClient::certificateSha256(**got);
        QCOMPARE(pin.size(), 32);
        QCOMPARE(pin, QCryptographicHash::hash(m_cert.toDer(), QCryptographicHash::Sha256));
    }

    void succeedsWithPin()
    {
        fb::ApiClient api(m_url, std::make_shared<fb::AuthSession>());
        api.setPinnedCertificateSha256(fb::ApiClient::certificateSha256(m_cert));
        const fb::ApiResponse r = getHealth(api);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error->message));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // and a second request on the same connection
        QVERIFY(getHealth(api).ok());
    }

    void failsWithWrongPin()
    {
        fb::ApiClient api(m_url, std::make_shared<fb::AuthSession>());
        api.setMaxGetAttempts(1);
        QByteArray wrong = fb::ApiClient::certificateSha256(m_cert);
        wrong[0] = char(wrong[0] ^ 0x01);
        api.setPinnedCertificateSha256(wrong);
        const fb::ApiResponse r = getHealth(api);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, QStringLiteral("tls"));
    }

    void syncEngineUsesThePin()
    {
        for (const bool pinned : {false, true}) {
            QTemporaryDir cache;
            fb::SyncEngine::Config c;
            c.dataDir = cache.path();
            c.baseUrl = m_url;
            c.scope = QStringLiteral("tls");
            c.intervalMs = 0;
            c.maxAttempts = 1;
            if (pinned)
                c.pinnedCertificateSha256 = fb::ApiClient::certificateSha256(m_cert);
            fb::SyncEngine engine(c);
            std::optional<bool> ok;
            connect(&engine, &fb::SyncEngine::syncFinished, this, [&](bool b, qint64) {
                if (!ok)
                    ok = b;
            });
            engine.start();
            QVERIFY(QTest::qWaitFor([&] { return ok.has_value(); }, 60000));
            QCOMPARE(*ok, pinned);
            QCOMPARE(engine.state(),
                     pinned ? fb::SyncEngine::State::UpToDate : fb::SyncEngine::State::Error);
            engine.stop();
        }
    }

    void cleanupTestCase() { m_node.stop(); }
};

QTEST_GUILESS_MAIN(TlsPinningTest)
#include "tst_tlspinning.moc"
