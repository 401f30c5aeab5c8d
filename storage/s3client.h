// S3Client: the S3 REST API over QNetworkAccessManager, signed with SigV4. Every call returns an
// S3Reply that finishes exactly once (signal finished()); bodies stream from and to files, so no
// whole object is held in memory. 5xx, 429, network errors and timeouts are retried with
// exponential backoff (re-signed each attempt); S3 XML error bodies become typed S3Errors.
#pragma once

#include "storage/sigv4.h"
#include "wallet/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QIODevice;
class QTimer;

namespace fb::storage {

class RateLimiter;

struct S3Config
{
    QUrl endpoint; // http(s)://host[:port]
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    bool pathStyle = true; // false: https://bucket.host/key
    QString accessKeyId;
    SecretBytes secretAccessKey; // never logged, never stored unencrypted
    int timeoutMs = 30000;       // inactivity timeout of one attempt
    int maxAttempts = 4;         // 1 = no retries
    int backoffBaseMs = 200;     // 200, 400, 800 ... (+ jitter)
    bool signPayload = true;     // false: UNSIGNED-PAYLOAD (the body is then covered by
                                 // x-amz-checksum-sha256 / Content-MD5 if the caller gives it)

    S3Config copy() const;
};

struct S3Error
{
    enum class Kind { None, Http, Network, Timeout, Cancelled, Integrity, Io };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // S3's <Code> ("NoSuchKey", "AccessDenied", ...) or ours
    QString message;
    QString requestId;

    bool isNone() const { return kind == Kind::None; }
    bool retryable() const;
    fb::Error toError() const;
    // Parses an S3 XML <Error> body (QXmlStreamReader); leaves fields empty when not XML.
    static S3Error fromXml(int httpStatus, const QByteArray &body);
};

struct S3Object
{
    QString key;
    qint64 size = 0;
    QByteArray etag;
    QDateTime lastModified;
};

struct S3ListPage
{
    QList<S3Object> objects;
    QStringList commonPrefixes;
    bool truncated = false;
    QString nextContinuationToken;
    static Result<S3ListPage> fromXml(const QByteArray &xml);
};

struct S3Part
{
    int number = 0;
    QByteArray etag;
    qint64 size = 0;
};

// A request body: in memory, or a byte range of a file (re-opened on each attempt).
struct S3Body
{
    QByteArray data;
    QString filePath;
    qint64 offset = 0;
    qint64 length = -1;   // -1: to the end of the file
    QByteArray sha256Hex; // optional precomputed hash of the body
    QByteArray contentType;

    static S3Body fromData(QByteArray bytes);
    static S3Body fromFile(const QString &path, qint64 offset = 0, qint64 length = -1);
    qint64 size() const;
};

class S3Reply : public QObject
{
    Q_OBJECT
public:
    ~S3Reply() override;
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.isNone(); }
    const S3Error &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    int attempts() const { return m_attempt; }
    QByteArray header(const QByteArray &name) const;
    QByteArray etag() const { return header("ETag"); }
    qint64 contentLength() const;
    // Response body when it went to memory (XML answers, small GETs).
    const QByteArray &body() const { return m_body; }
    // Stops the transfer; finishes with Kind::Cancelled (if not finished already).
    void abort();
    // Blocks in a local event loop until finished (tests, CLI). Returns ok().
    bool waitForFinished(int timeoutMs = -1);

Q_SIGNALS:
    void finished();
    void progress(qint64 done, qint64 total);

private:
    friend class S3Client;
    struct Spec;
    explicit S3Reply(QObject *parent);
    void startAttempt();
    void onReadyRead();
    void drain(bool force);
    void onFinished();
    void finish(S3Error error);

    class S3Client *m_client = nullptr;
    std::unique_ptr<Spec> m_spec;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QIODevice> m_upload;
    std::unique_ptr<QIODevice> m_sink;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_throttleTimer = nullptr;
    std::shared_ptr<RateLimiter> m_rate;
    QByteArray m_body;
    QByteArray m_errorBody;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    S3Error m_error;
    int m_status = 0;
    int m_attempt = 0;
    bool m_finished = false;
    bool m_aborted = false;
};

class S3Client : public QObject
{
    Q_OBJECT
public:
    explicit S3Client(S3Config config, QNetworkAccessManager *nam = nullptr,
                      QObject *parent = nullptr);
    ~S3Client() override;

    const S3Config &config() const { return m_config; }
    // Bodies sent and received (not XML answers) take tokens from this bucket; null: unlimited.
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter) { m_rate = std::move(limiter); }
    // The URL of key (empty: the bucket) with the configured addressing style.
    QUrl objectUrl(const QString &key, const QList<QPair<QString, QString>> &query = {}) const;

    S3Reply *createBucket();
    S3Reply *putObject(const QString &key, const S3Body &body);
    // GET into a file (truncated first) or, with an empty path, into memory (reply->body()).
    // offset/length select a byte range (Range: bytes=offset-(offset+length-1)).
    S3Reply *getObject(const QString &key, const QString &toFile = {}, qint64 offset = -1,
                       qint64 length = -1);
    S3Reply *headObject(const QString &key);
    S3Reply *deleteObject(const QString &key);
    S3Reply *copyObject(const QString &sourceKey, const QString &destKey);
    S3Reply *listObjectsV2(const QString &prefix = {}, const QString &continuationToken = {},
                           int maxKeys = 1000, const QString &delimiter = {});
    S3Reply *createMultipartUpload(const QString &key);
    S3Reply *uploadPart(const QString &key, const QString &uploadId, int partNumber,
                        const S3Body &body);
    S3Reply *completeMultipartUpload(const QString &key, const QString &uploadId,
                                     const QList<S3Part> &parts);
    S3Reply *abortMultipartUpload(const QString &key, const QString &uploadId);
    S3Reply *listParts(const QString &key, const QString &uploadId);

    // Presigned URL for GET or PUT of key, valid for expiresSeconds from time.
    QUrl presign(const QByteArray &method, const QString &key, int expiresSeconds,
                 const QDateTime &time = QDateTime::currentDateTimeUtc()) const;

    static QString uploadIdFromXml(const QByteArray &xml);
    static QList<S3Part> partsFromXml(const QByteArray &xml);
    // Streams a file range through SHA-256 (OpenSSL); lowercase hex, empty on I/O error.
    static QByteArray sha256OfFile(const QString &path, qint64 offset = 0, qint64 length = -1);

private:
    friend class S3Reply;
    S3Reply *send(QByteArray method, const QString &key, QList<QPair<QString, QString>> query,
                  HeaderList headers, S3Body body, QString toFile, bool toMemory);
    QNetworkAccessManager *m_nam;
    S3Config m_config;
    SigV4Signer m_signer;
    std::shared_ptr<RateLimiter> m_rate;
};

} // namespace fb::storage
