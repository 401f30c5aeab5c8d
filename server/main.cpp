// flashback-node: serves the platform API under /v1 on the address given by --listen.
#include "wire/runtime.h"
#include "server/apiserver.h"
#include "server/node.h"
#include "server/nodelog.h"
#include "wallet/secretbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>

#include <cstdio>

namespace {
int die(const QString &message)
{
    std::fprintf(stderr, "flashback-node: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    fb::Runtime::setApplicationIdentity();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flashback-node"));
    if (!fb::initSodium())
        return die(QStringLiteral("libsodium failed to initialise"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Flashback reference platform node"));
    parser.addHelpOption();
    parser.addVersionOption();
    fb::Runtime::addCommonOptions(parser);
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to serve on (port 0: any "
                                                   "free port)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8420"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate: serve HTTPS."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("PostgreSQL database instead of SQLite in the "
                                               "data directory."),
                                QStringLiteral("postgresql://USER@HOST:PORT/DB"));
    const QCommandLineOption seedDemo(QStringLiteral("seed-demo"),
                                      QStringLiteral("Fill the development network with labelled "
                                                     "demo providers and offers."));
    const QCommandLineOption seedOffers(QStringLiteral("seed-offers"),
                                        QStringLiteral("Add N labelled synthetic offers (for "
                                                       "benchmarks)."),
                                        QStringLiteral("N"));
    const QCommandLineOption admin(QStringLiteral("admin"),
                                   QStringLiteral("Give account G... the admin role (repeatable)."),
                                   QStringLiteral("G..."));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("JSON config file (default: node.json in the "
                                                   "data directory): {\"name\", \"admins\": []}."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption qosInterval(QStringLiteral("qos-interval"),
                                         QStringLiteral("Seconds between QoS probe and "
                                                        "settlement cycles."),
                                         QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption maxRequest(QStringLiteral("max-request-bytes"),
                                        QStringLiteral("Largest request accepted."),
                                        QStringLiteral("BYTES"), QStringLiteral("1048576"));
    const QCommandLineOption btcBlock(QStringLiteral("btc-block-seconds"),
                                      QStringLiteral("Development Bitcoin: one block every N "
                                                     "seconds."),
                                      QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption btcConf(QStringLiteral("btc-confirmations"),
                                     QStringLiteral("Confirmations that fund a deal paid in BTC."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption unpaidTtl(QStringLiteral("unpaid-deal-ttl"),
                                       QStringLiteral("Seconds an unpaid deal keeps its "
                                                      "capacity before it expires."),
                                       QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption maxUnpaid(QStringLiteral("max-unpaid-deals"),
                                       QStringLiteral("Unpaid deals one account may hold at a "
                                                      "time."),
                                       QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption allowPrivate(
        QStringLiteral("allow-private-endpoints"),
        QStringLiteral("Let offers name loopback and private addresses (the development "
                       "network's local providers); link-local and metadata stay refused."));
    const QCommandLineOption fileRoot(QStringLiteral("file-endpoint-root"),
                                      QStringLiteral("Directory file:// endpoints must lie under "
                                                     "(default: DIR/demo-storage)."),
                                      QStringLiteral("DIR"));
    parser.addOptions({listen, tlsCert, tlsKey, db, seedDemo, seedOffers, admin, config,
                       qosInterval, maxRequest, unpaidTtl, maxUnpaid, allowPrivate, fileRoot,
                       btcBlock, btcConf});
    parser.process(app);
    fb::Runtime::start(parser, QStringLiteral("flashback-node"));

    fb::node::NodeConfig cfg;
    cfg.dataDir = fb::Runtime::dataDir(parser);
    cfg.dbUrl = parser.value(db);
    cfg.seedDemo = parser.isSet(seedDemo);
    bool ok = true;
    cfg.seedOffers = parser.isSet(seedOffers) ? parser.value(seedOffers).toInt(&ok) : 0;
    if (!ok || cfg.seedOffers < 0 || cfg.seedOffers > 10000000)
        return die(QStringLiteral("--seed-offers wants a count from 0 to 10000000"));
    cfg.qosIntervalSec = parser.value(qosInterval).toInt(&ok);
    if (!ok || cfg.qosIntervalSec < 1)
        return die(QStringLiteral("--qos-interval wants a number of seconds >= 1"));
    cfg.btcBlockSeconds = parser.value(btcBlock).toInt(&ok);
    if (!ok || cfg.btcBlockSeconds < 1 || cfg.btcBlockSeconds > 86400)
        return die(QStringLiteral("--btc-block-seconds wants 1 to 86400"));
    cfg.btcConfirmations = parser.value(btcConf).toInt(&ok);
    if (!ok || cfg.btcConfirmations < 0 || cfg.btcConfirmations > 100)
        return die(QStringLiteral("--btc-confirmations wants 0 to 100"));
    cfg.maxRequestBytes = parser.value(maxRequest).toLongLong(&ok);
    if (!ok || cfg.maxRequestBytes < 1024)
        return die(QStringLiteral("--max-request-bytes wants at least 1024"));
    cfg.unpaidDealTtlSec = parser.value(unpaidTtl).toInt(&ok);
    if (!ok || cfg.unpaidDealTtlSec < 1)
        return die(QStringLiteral("--unpaid-deal-ttl wants a number of seconds >= 1"));
    cfg.allowPrivateEndpoints = parser.isSet(allowPrivate);
    cfg.fileEndpointRoot = parser.value(fileRoot);
    cfg.maxUnpaidDeals = parser.value(maxUnpaid).toInt(&ok);
    if (!ok || cfg.maxUnpaidDeals < 1)
        return die(QStringLiteral("--max-unpaid-deals wants a count >= 1"));

    // Admins: the config file and every --admin.
    const QString configPath = parser.isSet(config)
                                   ? parser.value(config)
                                   : QDir(cfg.dataDir).filePath(QStringLiteral("node.json"));
    if (QFile f(configPath); f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return die(QStringLiteral("cannot read %1").arg(configPath));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return die(
                QStringLiteral("%1 is not a JSON object: %2").arg(configPath, err.errorString()));
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("name")))
            cfg.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("admins")).toArray())
            cfg.admins.append(a.toString());
    } else if (parser.isSet(config)) {
        return die(QStringLiteral("config file %1 does not exist").arg(configPath));
    }
    cfg.admins.append(parser.values(admin));
    for (const QString &a : std::as_const(cfg.admins))
        if (!a.startsWith(QLatin1Char('G')) || a.size() != 56)
            return die(QStringLiteral("admin %1 is not a Stellar account address (G..., 56 "
                                      "characters)")
                           .arg(a));

    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listenValue.mid(colon + 1).toInt(&portOk);
    const QHostAddress host(listenValue.left(colon));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || host.isNull())
        return die(QStringLiteral("--listen wants HOST:PORT, got %1").arg(listenValue));

    auto database = fb::node::NodeDb::open(cfg.dataDir, cfg.dbUrl);
    if (!database)
        return die(database.error().message);

    fb::node::Node node(cfg, *database);
    fb::node::ApiServer server;
    node.registerRoutes(server);

    auto *tcp = new fb::node::LimitedTcpServer(cfg.maxRequestBytes, &server);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return die(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCert)) {
        const auto certs = QSslCertificate::fromPath(parser.value(tlsCert), QSsl::Pem);
        QFile keyFile(parser.value(tlsKey));
        if (certs.isEmpty())
            return die(QStringLiteral("no PEM certificate in %1").arg(parser.value(tlsCert)));
        if (!keyFile.open(QIODevice::ReadOnly))
            return die(QStringLiteral("cannot read %1").arg(parser.value(tlsKey)));
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return die(
                QStringLiteral("no RSA or EC PEM private key in %1").arg(parser.value(tlsKey)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(certs);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tcp->setTls(tls);
    }
    if (!tcp->listen(host, quint16(port)))
        return die(QStringLiteral("cannot listen on %1: %2").arg(listenValue, tcp->errorString()));
    server.bind(tcp);

    if (auto s = node.start(); !s)
        return die(s.error().message);

    const QString scheme = parser.isSet(tlsCert) ? QStringLiteral("https") : QStringLiteral("http");
    qCInfo(lcNode) << "listening on" << host.toString() << tcp->serverPort() << scheme
                   << database->describe();
    std::printf("listening on %s:%d\n", qPrintable(host.toString()), int(tcp->serverPort()));
    std::fflush(stdout);
    return app.exec();
}
