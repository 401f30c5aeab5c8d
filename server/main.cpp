// flashback-node: serves the platform API under /v1 on the address given by --listen.
#include "models/runtime.h"
#include "server/nodelog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char **argv)
{
    fb::Runtime::setApplicationIdentity();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flashback-node"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Flashback reference platform node"));
    parser.addHelpOption();
    parser.addVersionOption();
    fb::Runtime::addCommonOptions(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("listen"), QStringLiteral("Address and port to serve on."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8420")));
    parser.process(app);
    fb::Runtime::start(parser, QStringLiteral("flashback-node"));

    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress host(listen.left(colon));
    if (colon < 0 || !portOk || host.isNull()) {
        std::fprintf(stderr, "flashback-node: --listen wants HOST:PORT, got %s\n",
                     qPrintable(listen));
        return 1;
    }

    QHttpServer server;
    server.route(QStringLiteral("/v1/health"), [] {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("version"), QStringLiteral(FB_VERSION)}};
    });
    const int bound = server.listen(host, quint16(port));
    if (bound == 0) {
        std::fprintf(stderr, "flashback-node: cannot listen on %s\n", qPrintable(listen));
        return 1;
    }
    qCInfo(lcNode) << "listening on" << host.toString() << bound;
    std::printf("listening on %s:%d\n", qPrintable(host.toString()), bound);
    std::fflush(stdout);
    return app.exec();
}
