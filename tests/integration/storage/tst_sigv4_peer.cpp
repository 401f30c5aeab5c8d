// SigV4 cross-check: the same requests signed by fb::storage::SigV4Signer and by AWS's own
// signer (@smithy/signature-v4, run by sigv4_peer.js) must give the same signatures.
#include "s3harness.h"
#include "storage/sigv4.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fb;
using namespace fb::storage;

namespace {

struct Case
{
    QString name;
    QString service;
    QByteArray method;
    QString url;       // our request URL (encoded)
    QString peerPath;  // the path as the peer wants it
    QJsonObject query; // decoded query for the peer
    HeaderList headers;
    QByteArray body;
    QByteArray payloadHash; // empty: hash of body
    int expires = -1;       // >= 0: presign
};

QDateTime when()
{
    return QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58), Qt::UTC);
}

} // namespace

class tst_SigV4Peer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesAwsSigner();
};

void tst_SigV4Peer::matchesAwsSigner()
{
    initSodium();
    const QByteArray secret = "aB3/xyzSECRETkey+0123456789abcdefghijKLMN";
    const QString host = QStringLiteral("bucket-1.s3.eu-central-1.amazonaws.com");
    QList<Case> cases;
    cases.append(
        {QStringLiteral("s3 put hashed"),
         QStringLiteral("s3"),
         "PUT",
         QStringLiteral("https://%1/dir/file.bin").arg(host),
         QStringLiteral("/dir/file.bin"),
         {},
         {{"Content-Type", "application/octet-stream"}, {"x-amz-meta-note", "  two   words "}},
         "hello world",
         {},
         -1});
    cases.append({QStringLiteral("s3 get special key"),
                  QStringLiteral("s3"),
                  "GET",
                  QStringLiteral("https://%1/a%20b%2Bc~%281%29%3D.txt").arg(host),
                  QStringLiteral("/a%20b%2Bc~%281%29%3D.txt"),
                  {},
                  {{"Range", "bytes=0-99"}},
                  {},
                  {},
                  -1});
    cases.append({QStringLiteral("s3 list query"),
                  QStringLiteral("s3"),
                  "GET",
                  QStringLiteral("https://%1/?list-type=2&prefix=photos%2F2024%20x&max-keys=2&"
                                 "continuation-token=a%2Bb%3D")
                      .arg(host),
                  QStringLiteral("/"),
                  QJsonObject{{QStringLiteral("list-type"), QStringLiteral("2")},
                              {QStringLiteral("prefix"), QStringLiteral("photos/2024 x")},
                              {QStringLiteral("max-keys"), QStringLiteral("2")},
                              {QStringLiteral("continuation-token"), QStringLiteral("a+b=")}},
                  {},
                  {},
                  {},
                  -1});
    cases.append({QStringLiteral("s3 unsigned payload, multipart part"),
                  QStringLiteral("s3"),
                  "PUT",
                  QStringLiteral("https://%1/big?partNumber=3&uploadId=XyZ.-_~1").arg(host),
                  QStringLiteral("/big"),
                  QJsonObject{{QStringLiteral("partNumber"), QStringLiteral("3")},
                              {QStringLiteral("uploadId"), QStringLiteral("XyZ.-_~1")}},
                  {{"Content-Length", "5242880"}},
                  {},
                  kUnsignedPayload,
                  -1});
    cases.append({QStringLiteral("s3 presign get"),
                  QStringLiteral("s3"),
                  "GET",
                  QStringLiteral("https://%1/shared/report.pdf").arg(host),
                  QStringLiteral("/shared/report.pdf"),
                  {},
                  {},
                  {},
                  {},
                  3600});
    cases.append({QStringLiteral("s3 presign put"),
                  QStringLiteral("s3"),
                  "PUT",
                  QStringLiteral("http://127.0.0.1:9000/bucket/up%20load"),
                  QStringLiteral("/bucket/up%20load"),
                  {},
                  {},
                  {},
                  {},
                  604800});
    cases.append({QStringLiteral("service normalised path"),
                  QStringLiteral("service"),
                  "POST",
                  QStringLiteral("https://example.amazonaws.com/a/./b/../c d/"),
                  QStringLiteral("/a/./b/../c d/"),
                  {},
                  {{"My-Header", "  x   y  "}},
                  "Param1=value1",
                  {},
                  -1});

    QJsonArray input;
    for (const Case &c : cases) {
        const QUrl url(c.url);
        QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(c.method)},
                      {QStringLiteral("protocol"), QString(url.scheme() + QLatin1Char(':'))},
                      {QStringLiteral("hostname"), url.host()},
                      {QStringLiteral("path"), c.peerPath},
                      {QStringLiteral("query"), c.query},
                      {QStringLiteral("region"), c.service == QLatin1String("s3")
                                                     ? QStringLiteral("eu-central-1")
                                                     : QStringLiteral("us-east-1")},
                      {QStringLiteral("service"), c.service},
                      {QStringLiteral("time"), QString::fromLatin1(SigV4Signer::amzDate(when()))},
                      {QStringLiteral("accessKeyId"), QStringLiteral("AKIDPEERTEST")},
                      {QStringLiteral("secretAccessKey"), QString::fromLatin1(secret)},
                      {QStringLiteral("uriEscapePath"), c.service != QLatin1String("s3")},
                      {QStringLiteral("applyChecksum"), c.service == QLatin1String("s3")}};
        if (url.port() > 0)
            o[QStringLiteral("port")] = url.port();
        QJsonObject headers;
        QString hostHeader = url.host();
        if (url.port() > 0)
            hostHeader += QLatin1Char(':') + QString::number(url.port());
        headers[QStringLiteral("host")] = hostHeader;
        for (const auto &h : c.headers)
            headers[QString::fromLatin1(h.first)] = QString::fromLatin1(h.second);
        o[QStringLiteral("headers")] = headers;
        if (!c.body.isEmpty())
            o[QStringLiteral("body")] = QString::fromLatin1(c.body);
        if (!c.payloadHash.isEmpty())
            o[QStringLiteral("payloadHash")] = QString::fromLatin1(c.payloadHash);
        if (c.expires >= 0)
            o[QStringLiteral("expires")] = c.expires;
        input.append(o);
    }
    QString error;
    const QByteArray out = fbtest::runNode(
        fbtest::sourceDir() + QStringLiteral("/tests/integration/storage/sigv4_peer.js"),
        QJsonDocument(input).toJson(), &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    const QJsonArray peer = QJsonDocument::fromJson(out).array();
    QCOMPARE(peer.size(), cases.size());

    for (int i = 0; i < cases.size(); ++i) {
        const Case &c = cases[i];
        SigV4Signer s(QStringLiteral("AKIDPEERTEST"), SecretBytes::fromBytes(secret),
                      c.service == QLatin1String("s3") ? QStringLiteral("eu-central-1")
                                                       : QStringLiteral("us-east-1"),
                      c.service);
        SigV4Request req;
        req.method = c.method;
        req.url = QUrl(c.url);
        req.headers = c.headers;
        req.payloadHash = c.payloadHash.isEmpty() ? SigV4Signer::sha256Hex(c.body) : c.payloadHash;
        const QJsonObject p = peer[i].toObject();
        if (c.expires >= 0) {
            const SigV4Result r = s.presign(req, when(), c.expires);
            QVERIFY2(r.signature == p[QStringLiteral("signature")].toString().toLatin1(),
                     qPrintable(c.name + QStringLiteral(": ") +
                                QString::fromLatin1(r.canonicalRequest)));
        } else {
            const SigV4Result r = s.signHeaders(req, when());
            QVERIFY2(r.authorization == p[QStringLiteral("authorization")].toString().toLatin1(),
                     qPrintable(c.name + QStringLiteral("\nours:  ") +
                                QString::fromLatin1(r.authorization) + QStringLiteral("\npeer:  ") +
                                p[QStringLiteral("authorization")].toString() +
                                QStringLiteral("\n") + QString::fromLatin1(r.canonicalRequest)));
        }
    }
}

QTEST_GUILESS_MAIN(tst_SigV4Peer)
#include "tst_sigv4_peer.moc"
