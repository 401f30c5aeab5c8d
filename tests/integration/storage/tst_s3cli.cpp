// `flashback-cli s3 ...` end to end: the built CLI (FB_CLI_PATH) against a real s3rver (which
// verifies SigV4 signatures): put (single request and multipart with a small --part-size), ls,
// get (byte-identical), rm, presign (the URL works with a plain HTTP client, is reproducible with
// --time and matches AWS's own signer), and the errors: unreadable key file, unknown key id,
// missing options.
#include "s3harness.h"
#include "storage/s3client.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace fb;
using namespace fb::storage;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class tst_S3Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void putGetSmall();
    void putGetMultipart();
    void putGetEmpty();
    void list();
    void remove();
    void presignedGet();
    void presignedPut();
    void presignReproducible();
    void presignMatchesAwsSigner();
    void badCredentialsFile();
    void wrongAccessKey();
    void missingOptions();

private:
    QString file(const QString &name) const { return m_tmp.filePath(name); }
    QStringList connection(const QString &secretFile = {}, const QString &accessFile = {}) const;
    Run cli(const QString &command, const QStringList &args) const;
    QByteArray fetch(const QUrl &url, const QByteArray &method = "GET", const QByteArray &body = {},
                     int *status = nullptr) const;

    QTemporaryDir m_tmp;
    fbtest::S3rverProcess m_server;
    QString m_endpoint;
};

QStringList tst_S3Cli::connection(const QString &secretFile, const QString &accessFile) const
{
    return {QStringLiteral("--endpoint"),
            m_endpoint,
            QStringLiteral("--access-key-file"),
            accessFile.isEmpty() ? file(QStringLiteral("access")) : accessFile,
            QStringLiteral("--secret-key-file"),
            secretFile.isEmpty() ? file(QStringLiteral("secret")) : secretFile,
            QStringLiteral("--bucket"),
            QStringLiteral("cli-bucket"),
            QStringLiteral("--path-style")};
}

Run tst_S3Cli::cli(const QString &command, const QStringList &args) const
{
    QProcess p;
    QStringList all{QStringLiteral("s3"), command};
    all += args;
    p.start(QStringLiteral(FB_CLI_PATH), all);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "flashback-cli did not run to completion";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray tst_S3Cli::fetch(const QUrl &url, const QByteArray &method, const QByteArray &body,
                            int *status) const
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    std::unique_ptr<QNetworkReply> reply(method == "PUT" ? nam.put(req, body)
                                                         : nam.sendCustomRequest(req, method));
    QEventLoop loop;
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

void tst_S3Cli::initTestCase()
{
    initSodium();
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(FB_CLI_PATH)), FB_CLI_PATH);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_endpoint = QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
    S3Client client(m_server.config(QStringLiteral("cli-bucket")));
    std::unique_ptr<S3Reply> r(client.createBucket());
    QVERIFY2(r->waitForFinished(20000), qPrintable(r->error().message));
    // Key files as people write them: with a trailing newline.
    for (const auto &[name, text] :
         {std::pair{"access", "S3RVER\n"}, std::pair{"secret", "S3RVER\n"},
          std::pair{"wrong-access", "NOBODY\n"}}) {
        QFile f(file(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
}

void tst_S3Cli::putGetSmall()
{
    const QString in = file(QStringLiteral("small.bin"));
    const QString out = file(QStringLiteral("small.out"));
    QVERIFY(fbtest::makeFile(in, 12345, 1));
    Run put = cli(QStringLiteral("put"),
                  connection() + QStringList{QStringLiteral("--in"), in, QStringLiteral("--key"),
                                             QStringLiteral("dir/small.bin")});
    QVERIFY2(put.exitCode == 0, put.err.constData());
    QVERIFY2(put.err.contains("uploaded 12345 bytes"), put.err.constData());
    Run get = cli(QStringLiteral("get"), connection() + QStringList{QStringLiteral("--key"),
                                                                    QStringLiteral("dir/small.bin"),
                                                                    QStringLiteral("--out"), out});
    QVERIFY2(get.exitCode == 0, get.err.constData());
    QVERIFY(fbtest::sameFiles(in, out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));

    // Without --out the bytes go to stdout.
    Run cat =
        cli(QStringLiteral("get"),
            connection() + QStringList{QStringLiteral("--key"), QStringLiteral("dir/small.bin")});
    QCOMPARE(cat.exitCode, 0);
    QFile f(in);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(cat.out == f.readAll());
}

void tst_S3Cli::putGetMultipart()
{
    const QString in = file(QStringLiteral("big.bin"));
    const QString out = file(QStringLiteral("big.out"));
    const qint64 size = 5 * 65536 + 777; // 6 parts of 64 KiB, the last short
    QVERIFY(fbtest::makeFile(in, size, 2));
    Run put =
        cli(QStringLiteral("put"),
            connection() + QStringList{QStringLiteral("--in"), in, QStringLiteral("--key"),
                                       QStringLiteral("dir/big file.bin"),
                                       QStringLiteral("--part-size"), QStringLiteral("65536")});
    QVERIFY2(put.exitCode == 0, put.err.constData());
    QVERIFY2(put.err.contains("in 6 parts"), put.err.constData());
    S3Client client(m_server.config(QStringLiteral("cli-bucket")));
    std::unique_ptr<S3Reply> head(client.headObject(QStringLiteral("dir/big file.bin")));
    QVERIFY(head->waitForFinished(20000));
    QCOMPARE(head->contentLength(), size);
    Run get =
        cli(QStringLiteral("get"),
            connection() + QStringList{QStringLiteral("--key"), QStringLiteral("dir/big file.bin"),
                                       QStringLiteral("--out"), out});
    QVERIFY2(get.exitCode == 0, get.err.constData());
    QVERIFY(fbtest::sameFiles(in, out));
}

void tst_S3Cli::putGetEmpty()
{
    const QString in = file(QStringLiteral("empty.bin"));
    const QString out = file(QStringLiteral("empty.out"));
    QVERIFY(fbtest::makeFile(in, 0, 3));
    // --key defaults to the file name.
    Run put = cli(QStringLiteral("put"), connection() + QStringList{QStringLiteral("--in"), in});
    QVERIFY2(put.exitCode == 0, put.err.constData());
    Run get = cli(QStringLiteral("get"),
                  connection() + QStringList{QStringLiteral("--key"), QStringLiteral("empty.bin"),
                                             QStringLiteral("--out"), out});
    QVERIFY2(get.exitCode == 0, get.err.constData());
    QCOMPARE(QFileInfo(out).size(), qint64(0));
}

void tst_S3Cli::list()
{
    Run ls = cli(QStringLiteral("ls"),
                 connection() + QStringList{QStringLiteral("--key"), QStringLiteral("dir/")});
    QVERIFY2(ls.exitCode == 0, ls.err.constData());
    const QStringList lines =
        QString::fromUtf8(ls.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].endsWith(QStringLiteral("\t%1\tdir/big file.bin").arg(5 * 65536 + 777)),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].endsWith(QStringLiteral("\t12345\tdir/small.bin")), qPrintable(lines[1]));

    Run grouped =
        cli(QStringLiteral("ls"),
            connection() + QStringList{QStringLiteral("--delimiter"), QStringLiteral("/")});
    QCOMPARE(grouped.exitCode, 0);
    QVERIFY2(grouped.out.contains("PRE dir/\n"), grouped.out.constData());
    QVERIFY(grouped.out.contains("\tempty.bin\n"));
    QVERIFY(!grouped.out.contains("small.bin"));
}

void tst_S3Cli::remove()
{
    const QString in = file(QStringLiteral("doomed.bin"));
    QVERIFY(fbtest::makeFile(in, 100, 4));
    QCOMPARE(
        cli(QStringLiteral("put"), connection() + QStringList{QStringLiteral("--in"), in}).exitCode,
        0);
    Run rm = cli(QStringLiteral("rm"),
                 connection() + QStringList{QStringLiteral("--key"), QStringLiteral("doomed.bin")});
    QVERIFY2(rm.exitCode == 0, rm.err.constData());
    Run ls = cli(QStringLiteral("ls"), connection());
    QCOMPARE(ls.exitCode, 0);
    QVERIFY(!ls.out.contains("doomed.bin"));
    const QString out = file(QStringLiteral("doomed.out"));
    Run get = cli(QStringLiteral("get"),
                  connection() + QStringList{QStringLiteral("--key"), QStringLiteral("doomed.bin"),
                                             QStringLiteral("--out"), out});
    QCOMPARE(get.exitCode, 3);
    QVERIFY2(get.err.contains("s3://cli-bucket/doomed.bin") && get.err.contains("404"),
             get.err.constData());
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
}

void tst_S3Cli::presignedGet()
{
    Run sign =
        cli(QStringLiteral("presign"),
            connection() + QStringList{QStringLiteral("--key"), QStringLiteral("dir/small.bin"),
                                       QStringLiteral("--expires"), QStringLiteral("600")});
    QVERIFY2(sign.exitCode == 0, sign.err.constData());
    const QUrl url = QUrl::fromEncoded(sign.out.trimmed(), QUrl::StrictMode);
    QVERIFY2(url.isValid(), sign.out.constData());
    int status = 0;
    const QByteArray body = fetch(url, "GET", {}, &status);
    QCOMPARE(status, 200);
    QFile f(file(QStringLiteral("small.bin")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(body == f.readAll());
}

void tst_S3Cli::presignedPut()
{
    Run sign =
        cli(QStringLiteral("presign"),
            connection() + QStringList{QStringLiteral("--key"), QStringLiteral("via-url.txt"),
                                       QStringLiteral("--method"), QStringLiteral("PUT")});
    QVERIFY2(sign.exitCode == 0, sign.err.constData());
    int status = 0;
    fetch(QUrl::fromEncoded(sign.out.trimmed()), "PUT", "uploaded by URL", &status);
    QCOMPARE(status, 200);
    Run cat = cli(QStringLiteral("get"), connection() + QStringList{QStringLiteral("--key"),
                                                                    QStringLiteral("via-url.txt")});
    QCOMPARE(cat.exitCode, 0);
    QCOMPARE(cat.out, QByteArray("uploaded by URL"));
}

void tst_S3Cli::presignReproducible()
{
    const QStringList args =
        connection() + QStringList{QStringLiteral("--key"),     QStringLiteral("dir/small.bin"),
                                   QStringLiteral("--time"),    QStringLiteral("20250102T030405Z"),
                                   QStringLiteral("--expires"), QStringLiteral("900")};
    Run a = cli(QStringLiteral("presign"), args);
    Run b = cli(QStringLiteral("presign"), args);
    QVERIFY2(a.exitCode == 0, a.err.constData());
    QCOMPARE(a.out, b.out);
    const QUrlQuery q(QUrl::fromEncoded(a.out.trimmed()));
    QCOMPARE(q.queryItemValue(QStringLiteral("X-Amz-Date")), QStringLiteral("20250102T030405Z"));
    QCOMPARE(q.queryItemValue(QStringLiteral("X-Amz-Expires")), QStringLiteral("900"));
    QCOMPARE(q.queryItemValue(QStringLiteral("X-Amz-Algorithm")),
             QStringLiteral("AWS4-HMAC-SHA256"));
    // A different time signs differently.
    QStringList later = args;
    later[later.indexOf(QStringLiteral("20250102T030405Z"))] = QStringLiteral("20250102T030406Z");
    Run c = cli(QStringLiteral("presign"), later);
    QCOMPARE(c.exitCode, 0);
    QVERIFY(c.out != a.out);
    // A malformed time is refused with a message.
    later[later.indexOf(QStringLiteral("20250102T030406Z"))] = QStringLiteral("2025-01-02");
    Run bad = cli(QStringLiteral("presign"), later);
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("--time"), bad.err.constData());
}

void tst_S3Cli::presignMatchesAwsSigner()
{
    const QStringList args =
        connection() +
        QStringList{QStringLiteral("--key"),     QStringLiteral("dir/hello world.txt"),
                    QStringLiteral("--time"),    QStringLiteral("20240229T235959Z"),
                    QStringLiteral("--expires"), QStringLiteral("3600"),
                    QStringLiteral("--region"),  QStringLiteral("eu-central-1"),
                    QStringLiteral("--method"),  QStringLiteral("PUT")};
    Run sign = cli(QStringLiteral("presign"), args);
    QVERIFY2(sign.exitCode == 0, sign.err.constData());
    const QUrl ours = QUrl::fromEncoded(sign.out.trimmed(), QUrl::StrictMode);
    QCOMPARE(ours.path(QUrl::FullyEncoded), QStringLiteral("/cli-bucket/dir/hello%20world.txt"));

    QJsonObject input{{QStringLiteral("method"), QStringLiteral("PUT")},
                      {QStringLiteral("protocol"), QStringLiteral("http:")},
                      {QStringLiteral("hostname"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("port"), m_server.port()},
                      {QStringLiteral("path"), QStringLiteral("/cli-bucket/dir/hello%20world.txt")},
                      {QStringLiteral("region"), QStringLiteral("eu-central-1")},
                      {QStringLiteral("accessKeyId"), QStringLiteral("S3RVER")},
                      {QStringLiteral("secretAccessKey"), QStringLiteral("S3RVER")},
                      {QStringLiteral("time"), QStringLiteral("20240229T235959Z")},
                      {QStringLiteral("expires"), 3600}};
    QString error;
    const QByteArray peerOut = fbtest::runNode(
        fbtest::sourceDir() + QStringLiteral("/tests/integration/storage/presign_peer.js"),
        QJsonDocument(input).toJson(), &error);
    QVERIFY2(!peerOut.isEmpty(), qPrintable(error));
    const QJsonObject peer = QJsonDocument::fromJson(peerOut).object();
    QVERIFY2(!peer.isEmpty(), peerOut.constData());
    // Same parameters, same values (the order in the URL may differ).
    const auto items = QUrlQuery(ours).queryItems(QUrl::FullyDecoded);
    QCOMPARE(items.size(), peer.size());
    for (const auto &[name, value] : items) {
        QVERIFY2(peer.contains(name), qPrintable(name));
        QCOMPARE(value, peer[name].toString());
    }
}

void tst_S3Cli::badCredentialsFile()
{
    const QString missing = file(QStringLiteral("no-such-secret"));
    Run r = cli(QStringLiteral("ls"), connection(missing));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("secret key") && r.err.contains(missing.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());

    const QString empty = file(QStringLiteral("empty-secret"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    Run e = cli(QStringLiteral("presign"),
                connection(empty) + QStringList{QStringLiteral("--key"), QStringLiteral("x")});
    QCOMPARE(e.exitCode, 1);
    QVERIFY2(e.err.contains("empty"), e.err.constData());
}

void tst_S3Cli::wrongAccessKey()
{
    // s3rver checks the access key id, not the signature (see tst_s3client::wrongCredentials).
    Run r = cli(QStringLiteral("ls"), connection({}, file(QStringLiteral("wrong-access"))));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("403 InvalidAccessKeyId") && r.err.contains("s3://cli-bucket/"),
             r.err.constData());
}

void tst_S3Cli::missingOptions()
{
    Run noBucket = cli(QStringLiteral("ls"), {QStringLiteral("--endpoint"), m_endpoint});
    QCOMPARE(noBucket.exitCode, 1);
    QVERIFY2(noBucket.err.contains("--access-key-file is required"), noBucket.err.constData());
    Run noKey = cli(QStringLiteral("get"), connection());
    QCOMPARE(noKey.exitCode, 1);
    QVERIFY2(noKey.err.contains("--key is required"), noKey.err.constData());
    Run noIn = cli(QStringLiteral("put"),
                   connection() +
                       QStringList{QStringLiteral("--in"), file(QStringLiteral("does-not-exist"))});
    QCOMPARE(noIn.exitCode, 1);
    QVERIFY2(noIn.err.contains("does-not-exist"), noIn.err.constData());
    Run badMethod =
        cli(QStringLiteral("presign"),
            connection() + QStringList{QStringLiteral("--key"), QStringLiteral("k"),
                                       QStringLiteral("--method"), QStringLiteral("DELETE")});
    QCOMPARE(badMethod.exitCode, 1);
    QVERIFY2(badMethod.err.contains("--method"), badMethod.err.constData());
}

QTEST_GUILESS_MAIN(tst_S3Cli)
#include "tst_s3cli.moc"
