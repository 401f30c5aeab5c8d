// SigV4Signer: AWS Signature Version 4 (AWS4-HMAC-SHA256), as Authorization headers and as
// presigned URLs. HMAC-SHA256 and SHA-256 come from libsodium; the secret key and the derived
// signing keys live in SecretBytes and never reach a log.
#pragma once

#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace fb::storage {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The payload hash for a request whose body is not part of the signature.
inline constexpr char kUnsignedPayload[] = "UNSIGNED-PAYLOAD";

struct SigV4Request
{
    QByteArray method = "GET";
    // Scheme, host (and port), path and query. The path and query are taken in their encoded
    // form and canonicalised (decoded, then re-encoded the AWS way), so "a b" and "a%20b" sign
    // alike.
    QUrl url;
    // Headers to send and sign (Host is added from url when absent).
    HeaderList headers;
    // Lowercase hex SHA-256 of the body, or kUnsignedPayload. Empty means "hash of no body".
    QByteArray payloadHash;
};

struct SigV4Result
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; // "host;x-amz-date"
    QByteArray signature;     // lowercase hex
    QByteArray authorization; // the Authorization header value (header signing only)
    HeaderList headers;       // the request's headers plus the ones signing added
    QUrl url;                 // presigned URL (query signing), else the request URL
};

class SigV4Signer
{
public:
    SigV4Signer() = default;
    SigV4Signer(QString accessKeyId, SecretBytes secretAccessKey, QString region,
                QString service = QStringLiteral("s3"));
    SigV4Signer(const SigV4Signer &other);
    SigV4Signer &operator=(const SigV4Signer &other);
    SigV4Signer(SigV4Signer &&) noexcept = default;
    SigV4Signer &operator=(SigV4Signer &&) noexcept = default;

    const QString &accessKeyId() const { return m_accessKeyId; }
    const QString &region() const { return m_region; }
    const QString &service() const { return m_service; }
    // S3 signs the path as given; every other service normalises it first (RFC 3986 dot
    // segments, repeated slashes). On by default for services other than "s3".
    void setNormalizePath(bool on) { m_normalizePath = on; }
    // Adds "x-amz-content-sha256" (S3 requires it). On by default for "s3".
    void setAddContentSha256(bool on) { m_addContentSha256 = on; }
    // An STS session token, sent as X-Amz-Security-Token.
    void setSessionToken(const QString &token) { m_sessionToken = token; }

    // Signs with headers: adds X-Amz-Date (and x-amz-content-sha256, security token) and
    // Authorization. `time` is taken as UTC.
    SigV4Result signHeaders(const SigV4Request &request, const QDateTime &time) const;
    // Presigns: the signature and scope go into the query string; only Host and the request's
    // own headers are signed. expiresSeconds: 1 .. 604800.
    SigV4Result presign(const SigV4Request &request, const QDateTime &time,
                        int expiresSeconds) const;

    // Building blocks, public for tests.
    static QByteArray uriEncode(QByteArrayView bytes, bool keepSlash);
    static QByteArray canonicalQuery(const QUrl &url);
    QByteArray canonicalPath(const QUrl &url) const;
    static QByteArray amzDate(const QDateTime &time); // 20150830T123600Z
    static QByteArray sha256Hex(QByteArrayView data);
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
    // kSigning = HMAC(HMAC(HMAC(HMAC("AWS4"+secret, date), region), service), "aws4_request")
    SecretBytes signingKey(const QByteArray &date) const;

private:
    SigV4Result sign(const SigV4Request &request, const QDateTime &time, bool query,
                     int expiresSeconds) const;

    QString m_accessKeyId;
    SecretBytes m_secret;
    QString m_region;
    QString m_service;
    QString m_sessionToken;
    bool m_normalizePath = false;
    bool m_addContentSha256 = true;
};

} // namespace fb::storage
