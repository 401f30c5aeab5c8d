// The air-gapped mode opens no network socket. The real flashback binary starts with
// --offline-signer (offscreen, its own data folder) and says when its window is up; then every
// socket the process holds (/proc/<pid>/fd) is looked up in the kernel's tables
// (/proc/<pid>/net/tcp, tcp6, udp, udp6, raw, raw6, udplite, udplite6): none may be there, and
// every one must be a Unix socket (/proc/<pid>/net/unix: the single-instance server, which stays
// on in this mode so two signers never share one keystore). The same check run on this test's
// own process while it holds a TCP server shows the check can see an inet socket.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The socket inodes a process holds open.
QSet<QString> socketInodes(qint64 pid)
{
    QSet<QString> out;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        const QString link = QFileInfo(fds.filePath(fd)).symLinkTarget();
        const QString t = target.isEmpty() ? link : target;
        // symLinkTarget resolves relative to the fd folder: "socket:[123]" ends the path.
        const qsizetype at = t.lastIndexOf(QStringLiteral("socket:["));
        if (at >= 0)
            out << t.mid(at + 8).chopped(1);
    }
    return out;
}

// The inodes listed in one of /proc/<pid>/net's tables (column 10 for inet, 7 for unix).
QSet<QString> tableInodes(qint64 pid, const QString &table)
{
    QSet<QString> out;
    QFile f(QStringLiteral("/proc/%1/net/%2").arg(pid).arg(table));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    const int column = table == QLatin1String("unix") ? 6 : 9;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cols = lines.at(i).simplified().split(' ');
        if (cols.size() > column)
            out << QString::fromLatin1(cols.at(column));
    }
    return out;
}

const QStringList kInetTables = {QStringLiteral("tcp"),     QStringLiteral("tcp6"),
                                 QStringLiteral("udp"),     QStringLiteral("udp6"),
                                 QStringLiteral("raw"),     QStringLiteral("raw6"),
                                 QStringLiteral("udplite"), QStringLiteral("udplite6")};

// The process's inet sockets, as "table:inode".
QStringList inetSockets(qint64 pid)
{
    const QSet<QString> mine = socketInodes(pid);
    QStringList found;
    for (const QString &table : kInetTables) {
        for (const QString &inode : tableInodes(pid, table))
            if (mine.contains(inode))
                found << table + QLatin1Char(':') + inode;
    }
    return found;
}

} // namespace

class OfflineSocketsTest : public QObject
{
    Q_OBJECT

private slots:
    void theCheckSeesAnInetSocket()
    {
        const qint64 self = QCoreApplication::applicationPid();
        QVERIFY2(inetSockets(self).isEmpty(), qPrintable(inetSockets(self).join(u' ')));
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QCOMPARE(inetSockets(self).size(), 1);
    }

    void offlineSignerOpensNoSocket()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("FB_REPORT_READY"), QStringLiteral("1"));
        // The desktop's session bus (a Unix socket here, TCP on a few set-ups) is not the app's
        // doing: leave it out so only what the app opens is counted.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"), QStringLiteral("0"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::SeparateChannels);
        app.start(QStringLiteral(FB_GUI_PATH),
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--offline-signer")});
        QVERIFY2(app.waitForStarted(20000), qPrintable(app.errorString()));
        const auto stop = qScopeGuard([&app] {
            app.terminate();
            if (!app.waitForFinished(10000)) {
                app.kill();
                app.waitForFinished(5000);
            }
        });
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += app.readAllStandardOutput()).contains("ready offline-signer"),
                                  qPrintable(QString::fromUtf8(out + app.readAllStandardError())),
                                  60000);
        const qint64 pid = app.processId();
        const QSet<QString> sockets = socketInodes(pid);
        const QStringList inet = inetSockets(pid);
        QVERIFY2(inet.isEmpty(), qPrintable(QStringLiteral("inet sockets: ") + inet.join(u' ')));
        // Everything it holds is a Unix socket (the single-instance server among them).
        const QSet<QString> unix = tableInodes(pid, QStringLiteral("unix"));
        for (const QString &s : sockets)
            QVERIFY2(unix.contains(s), qPrintable(QStringLiteral("socket %1 is not a Unix socket")
                                                      .arg(s)));
        QVERIFY2(!sockets.isEmpty(), "the single-instance server should be listening");
        // No node was started: no child process at all.
        QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
        QVERIFY(children.open(QIODevice::ReadOnly));
        QCOMPARE(children.readAll().trimmed(), QByteArray());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("node"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("cache.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(OfflineSocketsTest)
#include "tst_offlinesockets.moc"
