#include "storage/sigv4.h"

#include <sodium.h>

#include <QTimeZone>

#include <algorithm>

namespace fb::storage {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

QByteArray collapseSpaces(QByteArray value)
{
    value = value.trimmed();
    QByteArray out;
    out.reserve(value.size());
    bool space = false;
    for (char c : value) {
        if (c == ' ' || c == '\t') {
            if (!space)
                out.append(' ');
            space = true;
        } else {
            out.append(c);
            space = false;
        }
    }
    return out;
}

QByteArray normalizeSegments(const QByteArray &path)
{
    const QList<QByteArray> parts = path.split('/');
    QList<QByteArray> stack;
    for (const QByteArray &p : parts) {
        if (p.isEmpty() || p == ".")
            continue;
        if (p == "..") {
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        stack.append(p);
    }
    QByteArray out = "/" + stack.join('/');
    if (path.endsWith('/') && out.size() > 1)
        out.append('/');
    return out;
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int port = url.port(-1);
    const bool defaultPort = port < 0 || (url.scheme() == QLatin1String("http") && port == 80) ||
                             (url.scheme() == QLatin1String("https") && port == 443);
    if (!defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace

SigV4Signer::SigV4Signer(QString accessKeyId, SecretBytes secretAccessKey, QString region,
                         QString service)
    : m_accessKeyId(std::move(accessKeyId))
    , m_secret(std::move(secretAccessKey))
    , m_region(std::move(region))
    , m_service(std::move(service))
    , m_normalizePath(m_service != QLatin1String("s3"))
    , m_addContentSha256(m_service == QLatin1String("s3"))
{
    initSodium();
}

SigV4Signer::SigV4Signer(const SigV4Signer &other)
    : m_accessKeyId(other.m_accessKeyId)
    , m_secret(other.m_secret.copy())
    , m_region(other.m_region)
    , m_service(other.m_service)
    , m_sessionToken(other.m_sessionToken)
    , m_normalizePath(other.m_normalizePath)
    , m_addContentSha256(other.m_addContentSha256)
{}

SigV4Signer &SigV4Signer::operator=(const SigV4Signer &other)
{
    if (this != &other) {
        m_accessKeyId = other.m_accessKeyId;
        m_secret = other.m_secret.copy();
        m_region = other.m_region;
        m_service = other.m_service;
        m_sessionToken = other.m_sessionToken;
        m_normalizePath = other.m_normalizePath;
        m_addContentSha256 = other.m_addContentSha256;
    }
    return *this;
}

QByteArray SigV4Signer::uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0f]);
        }
    }
    return out;
}

QByteArray SigV4Signer::canonicalQuery(const QUrl &url)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        const QByteArray key = eq < 0 ? item : item.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
        pairs.append({uriEncode(QByteArray::fromPercentEncoding(key), false),
                      uriEncode(QByteArray::fromPercentEncoding(value), false)});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &p : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out += p.first + '=' + p.second;
    }
    return out;
}

QByteArray SigV4Signer::canonicalPath(const QUrl &url) const
{
    QByteArray path = QByteArray::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
    if (path.isEmpty())
        path = "/";
    if (m_normalizePath)
        path = normalizeSegments(path);
    return uriEncode(path, true);
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::sha256Hex(QByteArrayView data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.data()),
                       static_cast<unsigned long long>(data.size()));
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

QByteArray SigV4Signer::hmacSha256(QByteArrayView key, QByteArrayView data)
{
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char *>(key.data()),
                                static_cast<size_t>(key.size()));
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char *>(data.data()),
                                  static_cast<unsigned long long>(data.size()));
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&st, reinterpret_cast<unsigned char *>(out.data()));
    sodium_memzero(&st, sizeof st);
    return out;
}

SecretBytes SigV4Signer::signingKey(const QByteArray &date) const
{
    QByteArray k = "AWS4";
    k.append(m_secret.view());
    QByteArray kDate = hmacSha256(k, date);
    SecretBytes::wipe(k);
    QByteArray kRegion = hmacSha256(kDate, m_region.toUtf8());
    SecretBytes::wipe(kDate);
    QByteArray kService = hmacSha256(kRegion, m_service.toUtf8());
    SecretBytes::wipe(kRegion);
    QByteArray kSigning = hmacSha256(kService, QByteArrayLiteral("aws4_request"));
    SecretBytes::wipe(kService);
    SecretBytes key = SecretBytes::fromBytes(kSigning);
    SecretBytes::wipe(kSigning);
    return key;
}

SigV4Result SigV4Signer::signHeaders(const SigV4Request &request, const QDateTime &time) const
{
    return sign(request, time, false, 0);
}

SigV4Result SigV4Signer::presign(const SigV4Request &request, const QDateTime &time,
                                 int expiresSeconds) const
{
    return sign(request, time, true, std::clamp(expiresSeconds, 1, 604800));
}

SigV4Result SigV4Signer::sign(const SigV4Request &request, const QDateTime &time, bool query,
                              int expiresSeconds) const
{
    const QByteArray date = amzDate(time);
    const QByteArray day = date.left(8);
    const QByteArray scope =
        day + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + "/aws4_request";
    QByteArray payloadHash = request.payloadHash;
    if (payloadHash.isEmpty())
        payloadHash = (query && m_service == QLatin1String("s3")) ? QByteArray(kUnsignedPayload)
                                                                  : sha256Hex({});

    SigV4Result r;
    r.url = request.url;
    // Headers to send, with the ones signing adds; names compared case-insensitively.
    HeaderList headers;
    auto has = [&headers](const QByteArray &lower) {
        return std::any_of(headers.cbegin(), headers.cend(),
                           [&](const auto &h) { return h.first.toLower() == lower; });
    };
    for (const auto &h : request.headers) {
        const QByteArray lower = h.first.toLower();
        if (lower == "authorization")
            continue;
        if (lower == "x-amz-date" && !query)
            continue; // replaced below
        headers.append(h);
    }
    if (!has("host"))
        headers.prepend({QByteArrayLiteral("Host"), hostHeader(request.url)});
    if (!query) {
        headers.append({QByteArrayLiteral("X-Amz-Date"), date});
        if (m_addContentSha256 && !has("x-amz-content-sha256"))
            headers.append({QByteArrayLiteral("x-amz-content-sha256"), payloadHash});
        if (!m_sessionToken.isEmpty() && !has("x-amz-security-token"))
            headers.append({QByteArrayLiteral("X-Amz-Security-Token"), m_sessionToken.toUtf8()});
    }

    // Canonical headers: lowercase names, sorted, values trimmed and joined with commas.
    QList<QPair<QByteArray, QByteArray>> canon;
    for (const auto &h : headers) {
        const QByteArray lower = h.first.toLower();
        if (query && lower == "x-amz-date")
            continue;
        auto it = std::find_if(canon.begin(), canon.end(),
                               [&](const auto &c) { return c.first == lower; });
        if (it != canon.end())
            it->second += ',' + collapseSpaces(h.second);
        else
            canon.append({lower, collapseSpaces(h.second)});
    }
    std::sort(canon.begin(), canon.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray canonicalHeaders;
    QList<QByteArray> names;
    for (const auto &c : canon) {
        canonicalHeaders += c.first + ':' + c.second + '\n';
        names.append(c.first);
    }
    r.signedHeaders = names.join(';');

    if (query) {
        QUrl u = request.url;
        QByteArray q = u.query(QUrl::FullyEncoded).toLatin1();
        auto add = [&q](const char *key, const QByteArray &value) {
            if (!q.isEmpty())
                q.append('&');
            q += QByteArray(key) + '=' + uriEncode(value, false);
        };
        add("X-Amz-Algorithm", "AWS4-HMAC-SHA256");
        add("X-Amz-Credential", m_accessKeyId.toUtf8() + '/' + scope);
        add("X-Amz-Date", date);
        add("X-Amz-Expires", QByteArray::number(expiresSeconds));
        if (!m_sessionToken.isEmpty())
            add("X-Amz-Security-Token", m_sessionToken.toUtf8());
        add("X-Amz-SignedHeaders", r.signedHeaders);
        u.setQuery(QString::fromLatin1(q), QUrl::TolerantMode);
        r.url = u;
    }

    r.canonicalRequest = request.method + '\n' + canonicalPath(r.url) + '\n' +
                         canonicalQuery(r.url) + '\n' + canonicalHeaders + '\n' + r.signedHeaders +
                         '\n' + payloadHash;
    r.stringToSign =
        "AWS4-HMAC-SHA256\n" + date + '\n' + scope + '\n' + sha256Hex(r.canonicalRequest);
    const SecretBytes key = signingKey(day);
    r.signature = hmacSha256(key.view(), r.stringToSign).toHex();

    if (query) {
        QByteArray q = r.url.query(QUrl::FullyEncoded).toLatin1();
        q += "&X-Amz-Signature=" + r.signature;
        r.url.setQuery(QString::fromLatin1(q), QUrl::TolerantMode);
    } else {
        r.authorization = "AWS4-HMAC-SHA256 Credential=" + m_accessKeyId.toUtf8() + '/' + scope +
                          ", SignedHeaders=" + r.signedHeaders + ", Signature=" + r.signature;
        headers.append({QByteArrayLiteral("Authorization"), r.authorization});
    }
    r.headers = headers;
    return r;
}

} // namespace fb::storage
