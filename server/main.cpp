// flashback-node: serves the platform API under /v1 on the address given by --listen.
#include "server/apiserver.h"
#include "server/node.h"
#include "server/nodelog.h"
#include "wallet/secretbytes.h"
#include "wire/runtime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>

#include <cstdio>

namespace {
int die(const QString &message)
{
    std::fprintf(stderr, "flashback-node: %s\n", qPrintable(message));
    return 1;
}

// The account the admin verbs act as: it holds the admin role in this process only, and its
// address has no valid checksum, so nobody can sign in as it.
const QString kCliAdmin = QStringLiteral("G") + QString(55, QLatin1Char('A'));

// flashback-node admin approve|reject PROVIDER_ID: decides a certification on the node's
// database (the same one a running node uses) through the node's own API handler, so the
// validation, the notification to the provider and the changes feed are exactly the API's.
// A one-minute session of kCliAdmin is written to the database for the call, served on a
// loopback port of this process, and revoked afterwards.
int runAdmin(const QStringList &args, fb::node::NodeConfig cfg, const QString &level,
             const QString &expires, const QString &reason)
{
    const QString verb = args.value(1);
    const QString providerId = args.value(2);
    if ((verb != QLatin1String("approve") && verb != QLatin1String("reject")) ||
        providerId.isEmpty() || args.size() != 3)
        return die(QStringLiteral("usage: flashback-node admin approve PROVIDER_ID [--level L] "
                                  "[--expires YYYY-MM-DD] | admin reject PROVIDER_ID --reason "
                                  "TEXT [--data-dir DIR | --db URL]"));
    const bool approve = verb == QLatin1String("approve");
    QJsonObject body;
    if (approve) {
        QDateTime until = QDateTime::currentDateTimeUtc().addYears(1);
        if (!expires.isEmpty()) {
            until = QDateTime::fromString(expires, Qt::ISODateWithMs);
            if (!until.isValid()) {
                const QDate day = QDate::fromString(expires, Qt::ISODate);
                until = day.isValid() ? QDateTime(day, QTime(23, 59, 59), Qt::UTC) : QDateTime();
            }
            if (!until.isValid())
                return die(QStringLiteral("--expires wants a date (2027-12-31) or an ISO 8601 "
                                          "time"));
        }
        body.insert(QStringLiteral("level"), level);
        body.insert(QStringLiteral("expiresAt"),
                    until.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    } else {
        if (reason.trimmed().isEmpty())
            return die(QStringLiteral("admin reject wants --reason TEXT (the provider reads it)"));
        body.insert(QStringLiteral("reason"), reason.trimmed());
    }

    auto database = fb::node::NodeDb::open(cfg.dataDir, cfg.dbUrl);
    if (!database)
        return die(database.error().message);
    const QByteArray token = QByteArrayLiteral("fba_cli_") +
                             QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                             QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const QString sessionId =
        QStringLiteral("ses_cli_%1").arg(QRandomGenerator::system()->generate64(), 0, 16);
    const qint64 now = fb::node::NodeDb::nowMs();
    fb::Status opened = database->write([&]() -> fb::Status {
        auto ins = database->exec(
            QStringLiteral("INSERT INTO sessions (id, address, access_hash, refresh_hash, "
                           "access_expires, refresh_expires, created_at) VALUES (?, ?, ?, ?, ?, "
                           "?, ?)"),
            {sessionId, kCliAdmin, fb::node::sha256Hex(token),
             fb::node::sha256Hex(token + QByteArrayLiteral("-refresh")), now + 60000, now, now});
        return ins ? fb::success() : fb::Status(ins.error());
    });
    if (!opened)
        return die(opened.error().message);

    cfg.admins = {kCliAdmin};
    fb::node::Node node(cfg, *database);
    fb::node::ApiServer server;
    node.registerRoutes(server);
    auto *tcp = new fb::node::LimitedTcpServer(cfg.maxRequestBytes, &server);
    if (!tcp->listen(QHostAddress::LocalHost, 0))
        return die(QStringLiteral("cannot listen on loopback: %1").arg(tcp->errorString()));
    server.bind(tcp);

    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/v1/providers/%2/"
                            "certification/%3")
                 .arg(tcp->serverPort())
                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(providerId)), verb)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + token);
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();

    (void)database->write([&]() -> fb::Status {
        auto del = database->exec(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId});
        return del ? fb::success() : fb::Status(del.error());
    });

    if (status != 200) {
        const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
        return die(QStringLiteral("%1: %2").arg(
            error.value(QStringLiteral("code")).toString(QString::number(status)),
            error.value(QStringLiteral("message")).toString()));
    }
    const QJsonObject cert = answer.value(QStringLiteral("certification")).toObject();
    std::printf("%s %s: certification %s%s\n", qPrintable(providerId),
                qPrintable(answer.value(QStringLiteral("name")).toString()),
                qPrintable(cert.value(QStringLiteral("status")).toString()),
                approve ? qPrintable(QStringLiteral(" (%1 level, until %2)")
                                         .arg(cert.value(QStringLiteral("level")).toString(),
                                              cert.value(QStringLiteral("expiresAt")).toString()))
                        : qPrintable(QStringLiteral(": ") +
                                     cert.value(QStringLiteral("reason")).toString()));
    return 0;
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
    const QCommandLineOption demoActivation(
        QStringLiteral("demo-activation-delay"),
        QStringLiteral("Seconds a demo provider's deal stays Funded before the development "
                       "network's agent activates it."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
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
    const QCommandLineOption level(QStringLiteral("level"),
                                   QStringLiteral("admin approve: the certification level."),
                                   QStringLiteral("LEVEL"), QStringLiteral("standard"));
    const QCommandLineOption expires(QStringLiteral("expires"),
                                     QStringLiteral("admin approve: expiry date (default: one "
                                                    "year from now)."),
                                     QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("admin reject: the reason the provider reads."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({listen,     tlsCert,   tlsKey,         db,           seedDemo,
                       seedOffers, admin,     config,         qosInterval,  maxRequest,
                       unpaidTtl,  maxUnpaid, demoActivation, allowPrivate, fileRoot,
                       btcBlock,   btcConf,   level,          expires,      reason});
    parser.addPositionalArgument(
        QStringLiteral("admin"),
        QStringLiteral("Without arguments: serve the API. \"admin approve PROVIDER_ID [--level "
                       "L] [--expires DATE]\" or \"admin reject PROVIDER_ID --reason TEXT\": "
                       "decide a certification on the database of --data-dir or --db."),
        QStringLiteral("[admin approve|reject PROVIDER_ID]"));
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
    cfg.demoActivationDelaySec = parser.value(demoActivation).toInt(&ok);
    if (!ok || cfg.demoActivationDelaySec < 0 || cfg.demoActivationDelaySec > 86400)
        return die(QStringLiteral("--demo-activation-delay wants 0 to 86400"));
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

    if (const QStringList args = parser.positionalArguments(); !args.isEmpty()) {
        if (args.first() != QLatin1String("admin"))
            return die(QStringLiteral("unknown command %1 (see --help)").arg(args.first()));
        return runAdmin(args, cfg, parser.value(level), parser.value(expires),
                        parser.value(reason));
    }

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
