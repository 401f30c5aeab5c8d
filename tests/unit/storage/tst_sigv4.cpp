// SigV4 against AWS's published test-suite vectors (aws-sig-v4-test-suite, also shipped in
// awslabs/aws-c-auth): header signing and query (presigned) signing with the documented example
// credentials, 20150830T123600Z, us-east-1, service "service".
#include "storage/sigv4.h"

#include <QTest>

using namespace fb;
using namespace fb::storage;

namespace {

SigV4Signer exampleSigner(const QString &service = QStringLiteral("service"))
{
    initSodium();
    return SigV4Signer(QStringLiteral("AKIDEXAMPLE"),
                       SecretBytes::fromBytes("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                       QStringLiteral("us-east-1"), service);
}

QDateTime exampleTime()
{
    return QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0), Qt::UTC);
}

QByteArray authFor(const QByteArray &signedHeaders, const QByteArray &signature)
{
    return "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
           "SignedHeaders=" +
           signedHeaders + ", Signature=" + signature;
}

} // namespace

class tst_SigV4 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signingKey();
    void uriEncode();
    void headerVectors_data();
    void headerVectors();
    void getVanillaCanonicalForm();
    void postFormUrlEncoded();
    void queryVectors_data();
    void queryVectors();
    void s3AddsContentSha256AndKeepsPath();
    void unsignedPayload();
    void presignedS3Url();
    void secretNeverInOutput();
};

void tst_SigV4::signingKey()
{
    // The derived key from AWS's documentation for this date, region and service.
    const SigV4Signer s = exampleSigner();
    QCOMPARE(s.signingKey("20150830").view().toByteArray().toHex(),
             QByteArray("938127b5336810ddb6a5d6af445fcac9e371f9ed418ed386b022aed82901be75"));
}

void tst_SigV4::uriEncode()
{
    QCOMPARE(SigV4Signer::uriEncode("a b/c~d_e.f-g+h=", true),
             QByteArray("a%20b/c~d_e.f-g%2Bh%3D"));
    QCOMPARE(SigV4Signer::uriEncode("a/b", false), QByteArray("a%2Fb"));
    QCOMPARE(SigV4Signer::uriEncode("\xe1\x88\xb4", false), QByteArray("%E1%88%B4"));
}

void tst_SigV4::headerVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("signedHeaders");
    QTest::addColumn<QByteArray>("signature");
    const HeaderList plain{{"Host", "example.amazonaws.com"}};
    QTest::newRow("get-vanilla")
        << QByteArray("GET") << QStringLiteral("https://example.amazonaws.com/") << plain
        << QByteArray("host;x-amz-date")
        << QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    QTest::newRow("get-vanilla-query-order-key-case")
        << QByteArray("GET")
        << QStringLiteral("https://example.amazonaws.com/?Param2=value2&Param1=value1") << plain
        << QByteArray("host;x-amz-date")
        << QByteArray("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    QTest::newRow("post-vanilla")
        << QByteArray("POST") << QStringLiteral("https://example.amazonaws.com/") << plain
        << QByteArray("host;x-amz-date")
        << QByteArray("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    QTest::newRow("get-utf8")
        << QByteArray("GET") << QStringLiteral("https://example.amazonaws.com/%E1%88%B4") << plain
        << QByteArray("host;x-amz-date")
        << QByteArray("8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85");
    QTest::newRow("get-header-value-trim")
        << QByteArray("GET") << QStringLiteral("https://example.amazonaws.com/")
        << HeaderList{{"Host", "example.amazonaws.com"},
                      {"My-Header1", " value1"},
                      {"My-Header2", " \"a   b   c\""}}
        << QByteArray("host;my-header1;my-header2;x-amz-date")
        << QByteArray("acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736");
}

void tst_SigV4::headerVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, signedHeaders);
    QFETCH(QByteArray, signature);
    const SigV4Signer s = exampleSigner();
    SigV4Request req;
    req.method = method;
    req.url = QUrl(url);
    req.headers = headers;
    const SigV4Result r = s.signHeaders(req, exampleTime());
    QCOMPARE(r.signedHeaders, signedHeaders);
    QCOMPARE(r.signature, signature);
    QCOMPARE(r.authorization, authFor(signedHeaders, signature));
}

void tst_SigV4::getVanillaCanonicalForm()
{
    const SigV4Signer s = exampleSigner();
    SigV4Request req;
    req.url = QUrl(QStringLiteral("https://example.amazonaws.com/"));
    const SigV4Result r = s.signHeaders(req, exampleTime());
    QCOMPARE(r.canonicalRequest,
             QByteArray("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                        "host;x-amz-date\n"
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(r.stringToSign,
             QByteArray("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/"
                        "aws4_request\n"
                        "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
}

void tst_SigV4::postFormUrlEncoded()
{
    // post-x-www-form-urlencoded (current suite): a hashed body, with x-amz-content-sha256 and
    // content-length among the signed headers.
    SigV4Signer s = exampleSigner();
    s.setAddContentSha256(true);
    const QByteArray body = "Param1=value1";
    SigV4Request req;
    req.method = "POST";
    req.url = QUrl(QStringLiteral("https://example.amazonaws.com/"));
    req.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                   {"Host", "example.amazonaws.com"},
                   {"Content-Length", QByteArray::number(body.size())}};
    req.payloadHash = SigV4Signer::sha256Hex(body);
    QCOMPARE(req.payloadHash,
             QByteArray("9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"));
    const SigV4Result r = s.signHeaders(req, exampleTime());
    QCOMPARE(r.signedHeaders,
             QByteArray("content-length;content-type;host;x-amz-content-sha256;x-amz-date"));
    QCOMPARE(r.signature,
             QByteArray("d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b"));
}

void tst_SigV4::queryVectors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("signedHeaders");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("get-vanilla-query-order-key-case")
        << QStringLiteral("https://example.amazonaws.com/?Param2=value2&Param1=value1")
        << HeaderList{{"Host", "example.amazonaws.com"}, {"X-Amz-Date", "20150830T123600Z"}}
        << QByteArray("host")
        << QByteArray("86012e2c9ad4d77369f5d81c11f75158aae4f895a085212cc6d3f923d300bed5");
    QTest::newRow("get-header-value-trim")
        << QStringLiteral("https://example.amazonaws.com/")
        << HeaderList{{"Host", "example.amazonaws.com"},
                      {"My-Header1", " value1"},
                      {"My-Header2", " \"a   b   c\""},
                      {"X-Amz-Date", "20150830T123600Z"}}
        << QByteArray("host;my-header1;my-header2")
        << QByteArray("e7bb0fd515e125e1aec2ecc4c0c17484fb06f6846b927c35e46005dd3df3acd4");
}

void tst_SigV4::queryVectors()
{
    QFETCH(QString, url);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, signedHeaders);
    QFETCH(QByteArray, signature);
    const SigV4Signer s = exampleSigner();
    SigV4Request req;
    req.url = QUrl(url);
    req.headers = headers;
    const SigV4Result r = s.presign(req, exampleTime(), 3600);
    QCOMPARE(r.signedHeaders, signedHeaders);
    QCOMPARE(r.signature, signature);
    const QString q = r.url.query(QUrl::FullyEncoded);
    QVERIFY2(q.contains(QStringLiteral("X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2F"
                                       "service%2Faws4_request")),
             qPrintable(q));
    QVERIFY(q.endsWith(QStringLiteral("&X-Amz-Signature=") + QString::fromLatin1(signature)));
}

void tst_SigV4::s3AddsContentSha256AndKeepsPath()
{
    const SigV4Signer s = exampleSigner(QStringLiteral("s3"));
    SigV4Request req;
    req.method = "PUT";
    req.url = QUrl(QStringLiteral("http://127.0.0.1:9000/bucket/a/../b//c.txt"));
    req.payloadHash = SigV4Signer::sha256Hex("hello");
    const SigV4Result r = s.signHeaders(req, exampleTime());
    QCOMPARE(r.signedHeaders, QByteArray("host;x-amz-content-sha256;x-amz-date"));
    QVERIFY(r.canonicalRequest.startsWith("PUT\n/bucket/a/../b//c.txt\n\nhost:127.0.0.1:9000\n"));
    QVERIFY(r.canonicalRequest.endsWith(QByteArray('\n' + req.payloadHash)));
}

void tst_SigV4::unsignedPayload()
{
    const SigV4Signer s = exampleSigner(QStringLiteral("s3"));
    SigV4Request req;
    req.method = "PUT";
    req.url = QUrl(QStringLiteral("https://bucket.s3.amazonaws.com/key"));
    req.payloadHash = kUnsignedPayload;
    const SigV4Result r = s.signHeaders(req, exampleTime());
    QVERIFY(r.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
    bool found = false;
    for (const auto &h : r.headers)
        found |= h.first == "x-amz-content-sha256" && h.second == "UNSIGNED-PAYLOAD";
    QVERIFY(found);
}

void tst_SigV4::presignedS3Url()
{
    const SigV4Signer s = exampleSigner(QStringLiteral("s3"));
    SigV4Request req;
    req.url = QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt"));
    const SigV4Result r = s.presign(req, exampleTime(), 86400);
    QVERIFY(r.canonicalRequest.endsWith("\nhost\nUNSIGNED-PAYLOAD"));
    QVERIFY(r.url.toString().startsWith(
        QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=")));
    QCOMPARE(r.signature.size(), 64);
}

void tst_SigV4::secretNeverInOutput()
{
    const SigV4Signer s = exampleSigner(QStringLiteral("s3"));
    SigV4Request req;
    req.url = QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt"));
    for (const SigV4Result &r :
         {s.signHeaders(req, exampleTime()), s.presign(req, exampleTime(), 60)}) {
        QVERIFY(!r.canonicalRequest.contains("wJalrXUtnFEMI"));
        QVERIFY(!r.stringToSign.contains("wJalrXUtnFEMI"));
        QVERIFY(!r.url.toString().contains(QStringLiteral("wJalrXUtnFEMI")));
        for (const auto &h : r.headers)
            QVERIFY(!h.second.contains("wJalrXUtnFEMI"));
    }
}

QTEST_GUILESS_MAIN(tst_SigV4)
#include "tst_sigv4.moc"
