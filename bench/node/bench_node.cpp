// bench_node: times marketplace page reads and the changes feed of a real flashback-node seeded
// with synthetic offers, against a bare QHttpServer JSON reply served by a child process in the
// same run (same loopback, same client). Usage:
//   bench_node [--offers N] [--requests N] [--db postgresql://...] [--node PATH]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// The floor: a Qt HttpServer answering a small JSON object, nothing else.
int runBareServer(QCoreApplication &app)
{
    QHttpServer server;
    server.route(QStringLiteral("/json"), [] {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("version"), QStringLiteral("bench")}};
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    std::printf("listening on 127.0.0.1:%d\n", int(port));
    std::fflush(stdout);
    return app.exec();
}

QString startChild(QProcess &p, const QString &program, const QStringList &args)
{
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 600000) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
        const qsizetype at = out.indexOf("listening on ");
        if (at >= 0 && out.indexOf('\n', at) > at)
            return QStringLiteral("http://") +
                   QString::fromLatin1(out.mid(at + 13, out.indexOf('\n', at) - at - 13).trimmed());
        if (p.state() == QProcess::NotRunning)
            break;
    }
    std::fprintf(stderr, "child did not start: %s %s\n", out.constData(),
                 p.readAllStandardError().constData());
    return QString();
}

struct Timing
{
    double medianUs = 0;
    double meanUs = 0;
    qint64 bytes = 0;
    int count = 1;
};

QByteArray fetch(QNetworkAccessManager &nam, const QString &url)
{
    QNetworkReply *r = nam.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = r->readAll();
    if (r->error() != QNetworkReply::NoError)
        std::fprintf(stderr, "GET %s failed: %s\n", qPrintable(url), qPrintable(r->errorString()));
    r->deleteLater();
    return body;
}

template <typename UrlFn> Timing measure(QNetworkAccessManager &nam, int n, UrlFn url)
{
    QList<double> us;
    Timing t;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer e;
        e.start();
        t.bytes += fetch(nam, url(i)).size();
        us.append(double(e.nsecsElapsed()) / 1000.0);
    }
    t.count = n;
    std::sort(us.begin(), us.end());
    t.medianUs = us.at(us.size() / 2);
    for (double v : us)
        t.meanUs += v;
    t.meanUs /= us.size();
    return t;
}

void report(const char *name, const Timing &t, const Timing &floor)
{
    std::printf("%-44s median %9.1f us  mean %9.1f us  %8lld B/req  ratio %6.1fx\n", name,
                t.medianUs, t.meanUs, t.bytes / std::max(1, t.count), t.medianUs / floor.medianUs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption bare(QStringLiteral("bare-server"),
                                  QStringLiteral("Serve the floor."));
    const QCommandLineOption offers(QStringLiteral("offers"), QStringLiteral("Offers to seed."),
                                    QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption requests(QStringLiteral("requests"),
                                      QStringLiteral("Requests per measurement."),
                                      QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Node database URL."),
                                QStringLiteral("URL"));
    const QCommandLineOption node(QStringLiteral("node"), QStringLiteral("flashback-node path."),
                                  QStringLiteral("PATH"));
    parser.addOptions({bare, offers, requests, db, node});
    parser.process(app);
    if (parser.isSet(bare))
        return runBareServer(app);

    const int n = parser.value(requests).toInt();
    const int offerCount = parser.value(offers).toInt();
    QString nodePath = parser.value(node);
    if (nodePath.isEmpty())
        nodePath =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../../server/flashback-node");

    QTemporaryDir dir;
    QProcess floorProcess, nodeProcess;
    const QString floorUrl = startChild(floorProcess, QCoreApplication::applicationFilePath(),
                                        {QStringLiteral("--bare-server")});
    QStringList nodeArgs{QStringLiteral("--data-dir"),     dir.path(),
                         QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--seed-offers"),  QString::number(offerCount),
                         QStringLiteral("--qos-interval"), QStringLiteral("3600")};
    if (parser.isSet(db))
        nodeArgs << QStringLiteral("--db") << parser.value(db);
    QElapsedTimer seedTimer;
    seedTimer.start();
    const QString nodeUrl = startChild(nodeProcess, nodePath, nodeArgs);
    const qint64 seedMs = seedTimer.elapsed();
    if (floorUrl.isEmpty() || nodeUrl.isEmpty())
        return 1;
    std::printf("node: %s, %d synthetic offers seeded and serving after %lld ms\n",
                parser.isSet(db) ? "postgresql" : "sqlite", offerCount, seedMs);

    QNetworkAccessManager nam;
    // Warm both up (connections, caches).
    measure(nam, 20, [&](int) -> QString { return floorUrl + QStringLiteral("/json"); });
    measure(nam, 20,
            [&](int) -> QString { return nodeUrl + QStringLiteral("/v1/offers?limit=50"); });

    const Timing floor =
        measure(nam, n, [&](int) -> QString { return floorUrl + QStringLiteral("/json"); });
    std::printf("%-44s median %9.1f us  mean %9.1f us\n", "bare QHttpServer JSON reply (floor)",
                floor.medianUs, floor.meanUs);
    const Timing health =
        measure(nam, n, [&](int) -> QString { return nodeUrl + QStringLiteral("/v1/health"); });
    report("node /v1/health", health, floor);
    const int pages = std::max(1, offerCount / 50);
    const Timing page = measure(nam, n, [&](int i) -> QString {
        return nodeUrl + QStringLiteral("/v1/offers?limit=50&sort=price&offset=%1")
                             .arg((i * 7919 % std::min(pages, 200)) * 50);
    });
    report("offers page (50, by price, offset < 10000)", page, floor);
    const Timing filtered = measure(nam, n, [&](int i) -> QString {
        static const char *regions[] = {"us-east-1", "eu-central-1", "ap-southeast-1", "sa-east-1"};
        return nodeUrl +
               QStringLiteral("/v1/offers?limit=50&region=%1&maxPriceStorage=200000&sort=-uptime")
                   .arg(QLatin1String(regions[i % 4]));
    });
    report("offers page filtered (region, price, sort)", filtered, floor);
    const Timing poll = measure(nam, n, [&](int) -> QString {
        return nodeUrl + QStringLiteral("/v1/changes?since=%1&limit=1000").arg(offerCount + 10);
    });
    report("changes feed poll at head (empty delta)", poll, floor);
    const Timing feedPage = measure(nam, std::max(10, n / 10), [&](int i) -> QString {
        return nodeUrl + QStringLiteral("/v1/changes?since=%1&limit=1000")
                             .arg((i * 7919) % std::max(1, offerCount - 1000));
    });
    report("changes feed page (1000 offers)", feedPage, floor);

    // Full sync of every offer through the feed, pages of 5000.
    QElapsedTimer sync;
    sync.start();
    qint64 cursor = 0, changes = 0, bytes = 0;
    int syncPages = 0;
    for (;;) {
        const QByteArray body =
            fetch(nam, nodeUrl + QStringLiteral("/v1/changes?since=%1&limit=5000").arg(cursor));
        bytes += body.size();
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        changes += o.value(QStringLiteral("changes")).toArray().size();
        cursor = o.value(QStringLiteral("next")).toInteger();
        ++syncPages;
        if (!o.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    const qint64 syncMs = sync.elapsed();
    std::printf("full feed sync: %lld changes in %d pages, %lld MB, %lld ms (%.0f changes/s, "
                "incl. client JSON parse); per page %.1f floor replies\n",
                changes, syncPages, bytes / 1000000, syncMs,
                changes * 1000.0 / std::max<qint64>(1, syncMs),
                syncMs * 1000.0 / syncPages / floor.medianUs);

    nodeProcess.terminate();
    floorProcess.terminate();
    nodeProcess.waitForFinished(10000);
    floorProcess.waitForFinished(10000);
    return 0;
}
