// LocalNode: starts the real flashback-node on a free loopback port with the demo network on
// first start, stops it, and never leaves it orphaned when the app is SIGKILLed.
#include "models/apiclient.h"
#include "models/localnode.h"
#include "models/syncengine.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <optional>

namespace {
QString nodeProgram()
{
    return qEnvironmentVariable("FB_BUILD_DIR") + QStringLiteral("/server/flashback-node");
}

bool alive(qint64 pid)
{
    // A zombie still has /proc/<pid>; look at its state.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close > 0 && s.mid(close + 2, 1) != "Z";
}

fb::ApiResponse getSync(fb::ApiClient &api, const QString &path)
{
    std::optional<fb::ApiResponse> out;
    api.get(path, {}, [&](const fb::ApiResponse &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 30000);
    return out.value_or(fb::ApiResponse{});
}
} // namespace

class LocalNodeTest : public QObject
{
    Q_OBJECT

private slots:
    void startsSeedsAndStops()
    {
        QTemporaryDir dir;
        qputenv("FB_NODE_PATH", nodeProgram().toLocal8Bit());
        QCOMPARE(fb::LocalNode::findProgram(), nodeProgram());
        fb::LocalNode node(
            {dir.path(), {}, {QStringLiteral("--qos-interval"), QStringLiteral("3600")}});
        auto url = node.start();
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        QCOMPARE(url->host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url->port() > 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("node/node.sqlite"))));
        QCOMPARE(fb::LocalNode::statusText(), QStringLiteral("Local network"));

        fb::ApiClient api(*url, nullptr);
        fb::ApiResponse offers = getSync(api, QStringLiteral("/v1/offers"));
        QVERIFY(offers.ok());
        QVERIFY(offers.json.value(QStringLiteral("total")).toInteger() > 0); // demo seeded

        const qint64 pid = node.processId();
        QVERIFY(alive(pid));
        // flashback-cli finds the running node through the data folder.
        auto running = fb::LocalNode::runningUrl(dir.path());
        QVERIFY2(running.ok(), qPrintable(running.ok() ? QString() : running.error().message));
        QCOMPARE(*running, *url);
        node.stop();
        QVERIFY(!alive(pid));
        QVERIFY(!node.isRunning());
        QVERIFY(!QFile::exists(fb::LocalNode::urlFilePath(dir.path())));
        QCOMPARE(fb::LocalNode::runningUrl(dir.path()).error().code, QStringLiteral("no_node"));

        // Second start: same data, no second seeding needed; a new port is fine.
        auto again = node.start();
        QVERIFY(again.ok());
        fb::ApiClient api2(*again, nullptr);
        QCOMPARE(getSync(api2, QStringLiteral("/v1/offers")).json.value(QStringLiteral("total")),
                 offers.json.value(QStringLiteral("total")));
        // Its sync scope (the cache's cursors and data) does not depend on the port of the day.
        QCOMPARE(fb::SyncEngine::scopeFor(*again, true), fb::SyncEngine::scopeFor(*url, true));
        QCOMPARE(fb::SyncEngine::scopeFor(*again, true), QStringLiteral("local"));
        // A remote node's is its URL, without user info.
        QCOMPARE(fb::SyncEngine::scopeFor(QUrl(QStringLiteral("https://bob:pw@node.example:8443")),
                                          false),
                 QStringLiteral("https://node.example:8443"));
    }

    void missingProgram()
    {
        QTemporaryDir dir;
        fb::LocalNode node({dir.path(), dir.filePath(QStringLiteral("nope")), {}});
        auto url = node.start();
        QVERIFY(!url.ok());
    }

    void noOrphanAfterAppIsKilled()
    {
        QTemporaryDir dir;
        QProcess app; // this test binary in helper mode plays the app
        app.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FB_NODE_PATH"), nodeProgram());
        app.setProcessEnvironment(env);
        app.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--helper-app"), dir.path()});
        QVERIFY(app.waitForStarted());
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                app.waitForReadyRead(100);
                out += app.readAllStandardOutput();
                return out.contains('\n');
            },
            60000));
        const qint64 nodePid = out.trimmed().toLongLong();
        QVERIFY2(nodePid > 0, out.constData());
        QVERIFY(alive(nodePid));
        ::kill(pid_t(app.processId()), SIGKILL); // the app crashes hard
        QVERIFY(app.waitForFinished(10000));
        QVERIFY(QTest::qWaitFor([&] { return !alive(nodePid); }, 15000));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--helper-app") == 0) {
        QCoreApplication app(argc, argv);
        fb::LocalNode node({QString::fromLocal8Bit(argv[2]), {}, {}});
        auto url = node.start();
        if (!url)
            return 2;
        std::printf("%lld\n", node.processId());
        std::fflush(stdout);
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    LocalNodeTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_localnode.moc"
