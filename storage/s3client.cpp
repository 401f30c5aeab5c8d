#include "storage/s3client.h"

#include "storage/ratelimiter.h"
#include "storage/storagelog.h"

#include <QCoreApplication>
#include <openssl/evp.h>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstring>

namespace fb::storage {

namespace {

constexpr qint64 kMaxErrorBody = 64 * 1024;

// A read-only window [offset, offset+length) of a file (or of bytes in memory), for upload
// bodies and multipart parts. With a rate limiter, reads take tokens: when there are none it
// returns 0 bytes and emits readyRead() once tokens are back (QNetworkAccessManager then asks
// again).
class RangeDevice : public QIODevice
{
public:
    RangeDevice(const QString &path, qint64 offset, qint64 length,
                std::shared_ptr<RateLimiter> rate = {})
        : m_file(path)
        , m_offset(offset)
        , m_length(length)
        , m_rate(std::move(rate))
    {}
    RangeDevice(QByteArray bytes, std::shared_ptr<RateLimiter> rate)
        : m_bytes(std::move(bytes))
        , m_inMemory(true)
        , m_offset(0)
        , m_length(m_bytes.size())
        , m_rate(std::move(rate))
    {}
    bool openRange()
    {
        if (m_inMemory)
            return open(QIODevice::ReadOnly);
        if (!m_file.open(QIODevice::ReadOnly))
            return false;
        if (m_length < 0)
            m_length = std::max<qint64>(0, m_file.size() - m_offset);
        if (!m_file.seek(m_offset))
            return false;
        return open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > m_length || (!m_inMemory && !m_file.seek(m_offset + pos)))
            return false;
        m_at = pos;
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 left = m_length - (m_inMemory ? m_at : m_file.pos() - m_offset);
        if (left <= 0)
            return 0;
        qint64 want = std::min(left, maxSize);
        if (m_rate && m_rate->rate() > 0) {
            want = m_rate->take(std::min<qint64>(want, 64 * 1024));
            if (want <= 0) {
                if (!m_wakePending) {
                    m_wakePending = true;
                    QTimer::singleShot(m_rate->waitMs(16 * 1024), this, [this] {
                        m_wakePending = false;
                        Q_EMIT readyRead();
                    });
                }
                return 0;
            }
        }
        if (m_inMemory) {
            std::memcpy(data, m_bytes.constData() + m_at, size_t(want));
            m_at += want;
            return want;
        }
        return m_file.read(data, want);
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    QByteArray m_bytes;
    bool m_inMemory = false;
    qint64 m_at = 0; // in memory: the read position
    qint64 m_offset;
    qint64 m_length;
    std::shared_ptr<RateLimiter> m_rate;
    bool m_wakePending = false;
};

QString textOf(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

} // namespace

struct S3Reply::Spec
{
    QByteArray method;
    QString key;
    QList<QPair<QString, QString>> query;
    HeaderList headers;
    S3Body body;
    QString toFile;
    bool toMemory = true;
    qint64 rangeOffset = -1;
    // A ranged GET into memory (a block run of a shard): its body is paced by the rate limiter
    // like a download into a file, read through a bounded buffer, and reserved once.
    qint64 rangeLength = -1;
};

// ---------------------------------------------------------------------------------- S3Config

S3Config S3Config::copy() const
{
    S3Config c;
    c.endpoint = endpoint;
    c.region = region;
    c.bucket = bucket;
    c.pathStyle = pathStyle;
    c.accessKeyId = accessKeyId;
    c.secretAccessKey = secretAccessKey.copy();
    c.timeoutMs = timeoutMs;
    c.maxAttempts = maxAttempts;
    c.backoffBaseMs = backoffBaseMs;
    c.signPayload = signPayload;
    return c;
}

// ----------------------------------------------------------------------------------- S3Error

bool S3Error::retryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 429 || code == QLatin1String("SlowDown") ||
               code == QLatin1String("RequestTimeout");
    default:
        return false;
    }
}

fb::Error S3Error::toError() const
{
    QString c;
    switch (kind) {
    case Kind::None:
        c = QStringLiteral("ok");
        break;
    case Kind::Http:
        c = code.isEmpty() ? QStringLiteral("http_%1").arg(httpStatus) : code;
        break;
    case Kind::Network:
        c = QStringLiteral("network");
        break;
    case Kind::Timeout:
        c = QStringLiteral("timeout");
        break;
    case Kind::Cancelled:
        c = QStringLiteral("cancelled");
        break;
    case Kind::Integrity:
        c = QStringLiteral("bad_checksum");
        break;
    case Kind::Io:
        c = QStringLiteral("io");
        break;
    }
    return fb::Error{c, message};
}

S3Error S3Error::fromXml(int httpStatus, const QByteArray &body)
{
    S3Error e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("Code"))
            e.code = textOf(xml);
        else if (name == QLatin1String("Message"))
            e.message = textOf(xml);
        else if (name == QLatin1String("RequestId"))
            e.requestId = textOf(xml);
    }
    if (e.code.isEmpty()) {
        switch (httpStatus) {
        case 403:
            e.code = QStringLiteral("AccessDenied");
            break;
        case 404:
            e.code = QStringLiteral("NoSuchKey");
            break;
        default:
            break;
        }
    }
    if (e.message.isEmpty())
        e.message = QCoreApplication::translate("fb::storage::Errors",
                                                "The storage server answered HTTP %1")
                        .arg(httpStatus);
    return e;
}

// --------------------------------------------------------------------------------- XML pages

Result<S3ListPage> S3ListPage::fromXml(const QByteArray &body)
{
    S3ListPage page;
    QXmlStreamReader xml(body);
    S3Object current;
    bool inContents = false;
    bool inPrefixes = false;
    while (!xml.atEnd()) {
        const auto t = xml.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("Contents")) {
                inContents = true;
                current = S3Object();
            } else if (name == QLatin1String("CommonPrefixes")) {
                inPrefixes = true;
            } else if (inContents && name == QLatin1String("Key")) {
                current.key = textOf(xml);
            } else if (inContents && name == QLatin1String("Size")) {
                current.size = textOf(xml).toLongLong();
            } else if (inContents && name == QLatin1String("ETag")) {
                current.etag = textOf(xml).toUtf8();
            } else if (inContents && name == QLatin1String("LastModified")) {
                current.lastModified = QDateTime::fromString(textOf(xml), Qt::ISODateWithMs);
            } else if (inPrefixes && name == QLatin1String("Prefix")) {
                page.commonPrefixes.append(textOf(xml));
            } else if (name == QLatin1String("IsTruncated")) {
                page.truncated = textOf(xml) == QLatin1String("true");
            } else if (name == QLatin1String("NextContinuationToken")) {
                page.nextContinuationToken = textOf(xml);
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("Contents")) {
                inContents = false;
                page.objects.append(current);
            } else if (xml.name() == QLatin1String("CommonPrefixes")) {
                inPrefixes = false;
            }
        }
    }
    if (xml.hasError())
        return Result<S3ListPage>::failure(
            QStringLiteral("bad_response"),
            QCoreApplication::translate("fb::storage::Errors", "Unreadable object listing: %1")
                .arg(xml.errorString()));
    return page;
}

QString S3Client::uploadIdFromXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("UploadId"))
            return textOf(xml);
    }
    return {};
}

QList<S3Part> S3Client::partsFromXml(const QByteArray &body)
{
    QList<S3Part> parts;
    QXmlStreamReader xml(body);
    S3Part p;
    bool in = false;
    while (!xml.atEnd()) {
        const auto t = xml.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("Part")) {
                in = true;
                p = S3Part();
            } else if (in && xml.name() == QLatin1String("PartNumber")) {
                p.number = textOf(xml).toInt();
            } else if (in && xml.name() == QLatin1String("ETag")) {
                p.etag = textOf(xml).toUtf8();
            } else if (in && xml.name() == QLatin1String("Size")) {
                p.size = textOf(xml).toLongLong();
            }
        } else if (t == QXmlStreamReader::EndElement && xml.name() == QLatin1String("Part")) {
            in = false;
            parts.append(p);
        }
    }
    return parts;
}

QByteArray S3Client::sha256OfFile(const QString &path, qint64 offset, qint64 length)
{
    RangeDevice dev(path, offset, length);
    if (!dev.openRange())
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = dev.read(buf.data(), buf.size())) > 0)
        EVP_DigestUpdate(ctx, buf.constData(), static_cast<size_t>(n));
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx, md, &len);
    EVP_MD_CTX_free(ctx);
    if (n < 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex();
}

// ------------------------------------------------------------------------------------ S3Body

S3Body S3Body::fromData(QByteArray bytes)
{
    S3Body b;
    b.data = std::move(bytes);
    return b;
}

S3Body S3Body::fromFile(const QString &path, qint64 offset, qint64 length)
{
    S3Body b;
    b.filePath = path;
    b.offset = offset;
    b.length = length;
    return b;
}

qint64 S3Body::size() const
{
    if (filePath.isEmpty())
        return data.size();
    if (length >= 0)
        return length;
    return std::max<qint64>(0, QFile(filePath).size() - offset);
}

// ----------------------------------------------------------------------------------- S3Reply

S3Reply::S3Reply(QObject *parent)
    : QObject(parent)
    , m_spec(std::make_unique<Spec>())
{}

S3Reply::~S3Reply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray S3Reply::header(const QByteArray &name) const
{
    for (const auto &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

qint64 S3Reply::contentLength() const
{
    return header("Content-Length").toLongLong();
}

void S3Reply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply)
        m_reply->abort(); // onFinished reports Cancelled
    else
        finish(S3Error{
            S3Error::Kind::Cancelled,
            0,
            QStringLiteral("cancelled"),
            QCoreApplication::translate("fb::storage::Errors", "The transfer was cancelled"),
            {}});
}

bool S3Reply::waitForFinished(int timeoutMs)
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &S3Reply::finished, &loop, &QEventLoop::quit);
        if (timeoutMs >= 0)
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return ok();
}

void S3Reply::finish(S3Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_sink) {
        m_sink->close();
        m_sink.reset();
    }
    // The network stack may still touch the body device from a queued event.
    if (m_upload)
        m_upload.release()->deleteLater();
    if (!m_error.isNone())
        qCDebug(lcStorage).noquote() << "S3" << m_spec->method << m_spec->key
                                     << "failed:" << m_error.toError().code << m_error.httpStatus;
    Q_EMIT finished();
}

void S3Reply::startAttempt()
{
    ++m_attempt;
    m_status = 0;
    m_body.clear();
    m_errorBody.clear();
    m_headers.clear();
    const S3Config &cfg = m_client->m_config;
    Spec &s = *m_spec;

    // Body and payload hash.
    QByteArray payloadHash = s.body.sha256Hex;
    const bool hasBody = !s.body.filePath.isEmpty() || !s.body.data.isEmpty() ||
                         s.method == "PUT" || s.method == "POST";
    if (payloadHash.isEmpty()) {
        if (!s.body.filePath.isEmpty())
            payloadHash = cfg.signPayload ? S3Client::sha256OfFile(s.body.filePath, s.body.offset,
                                                                   s.body.length)
                                          : QByteArray(kUnsignedPayload);
        else
            payloadHash = SigV4Signer::sha256Hex(s.body.data);
        if (payloadHash.isEmpty()) {
            finish(S3Error{S3Error::Kind::Io,
                           0,
                           QStringLiteral("io"),
                           QCoreApplication::translate("fb::storage::Errors", "Cannot read %1")
                               .arg(s.body.filePath),
                           {}});
            return;
        }
        if (payloadHash != kUnsignedPayload)
            s.body.sha256Hex = payloadHash; // once per reply, not per attempt
    }
    if (m_upload)
        m_upload.release()->deleteLater();
    if (!s.body.filePath.isEmpty()) {
        auto dev = std::make_unique<RangeDevice>(s.body.filePath, s.body.offset, s.body.length,
                                                 m_client->m_rate);
        if (!dev->openRange()) {
            finish(S3Error{S3Error::Kind::Io,
                           0,
                           QStringLiteral("io"),
                           QCoreApplication::translate("fb::storage::Errors", "Cannot read %1")
                               .arg(s.body.filePath),
                           {}});
            return;
        }
        m_upload = std::move(dev);
    } else if (!s.body.data.isEmpty() && m_client->m_rate && m_client->m_rate->rate() > 0) {
        // Throttled: through a device that takes tokens (unthrottled, Qt reads the bytes as
        // they are, without a copy into a device buffer).
        auto dev = std::make_unique<RangeDevice>(s.body.data, m_client->m_rate);
        dev->openRange();
        m_upload = std::move(dev);
    }

    // Sink.
    if (!s.toFile.isEmpty()) {
        auto f = std::make_unique<QFile>(s.toFile);
        if (!f->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            finish(S3Error{
                S3Error::Kind::Io,
                0,
                QStringLiteral("io"),
                QCoreApplication::translate("fb::storage::Errors", "Cannot write %1").arg(s.toFile),
                {}});
            return;
        }
        m_sink = std::move(f);
    }

    SigV4Request req;
    req.method = s.method;
    req.url = m_client->objectUrl(s.key, s.query);
    req.headers = s.headers;
    if (hasBody) {
        const qint64 size = s.body.size();
        req.headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(size)});
        if (!s.body.contentType.isEmpty())
            req.headers.append({QByteArrayLiteral("Content-Type"), s.body.contentType});
        if (payloadHash != kUnsignedPayload) {
            // Integrity: the server checks the body against this hash.
            req.headers.append({QByteArrayLiteral("x-amz-checksum-sha256"),
                                QByteArray::fromHex(payloadHash).toBase64()});
        }
    }
    req.payloadHash = payloadHash;
    const SigV4Result signedReq =
        m_client->m_signer.signHeaders(req, QDateTime::currentDateTimeUtc());

    QNetworkRequest nr(req.url);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setTransferTimeout(cfg.timeoutMs);
    for (const auto &h : signedReq.headers) {
        if (h.first.compare("Host", Qt::CaseInsensitive) == 0)
            continue; // Qt sets the same value from the URL
        nr.setRawHeader(h.first, h.second);
    }

    QNetworkAccessManager *nam = m_client->m_nam;
    QNetworkReply *reply = nullptr;
    if (s.method == "HEAD")
        reply = nam->head(nr);
    else if (m_upload)
        reply = nam->sendCustomRequest(nr, s.method, m_upload.get());
    else if (hasBody)
        reply = nam->sendCustomRequest(nr, s.method, s.body.data);
    else
        reply = nam->sendCustomRequest(nr, s.method);
    m_reply = reply;
    // Downloads into files: a bounded read buffer, so a busy event loop stops TCP instead of
    // letting Qt buffer the object in memory (and back-pressure while throttled).
    if (!s.toFile.isEmpty() || s.rangeLength > 0)
        reply->setReadBufferSize(m_client->m_rate && m_client->m_rate->rate() > 0 ? 64 * 1024
                                                                                  : 1024 * 1024);
    connect(reply, &QNetworkReply::readyRead, this, &S3Reply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &S3Reply::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 d, qint64 t) {
        if (m_spec->method == "PUT" || m_spec->method == "POST")
            Q_EMIT progress(d, t);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 d, qint64 t) {
        if (m_spec->method == "GET")
            Q_EMIT progress(d, t);
    });
}

void S3Reply::onReadyRead()
{
    drain(false);
}

// Reads what arrived; with a rate limiter, a download into a file reads only what the bucket
// allows and comes back when it refills (the reply's small read buffer then stops TCP). force:
// the reply finished, take everything.
void S3Reply::drain(bool force)
{
    if (!m_reply || !m_reply->isOpen())
        return;
    if (m_status == 0)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray chunk;
    const auto &rate = m_client->m_rate;
    const bool paced = m_sink || m_spec->rangeLength > 0;
    if (!force && paced && m_status < 300 && rate && rate->rate() > 0) {
        const qint64 got = rate->take(m_reply->bytesAvailable());
        chunk = got > 0 ? m_reply->read(got) : QByteArray();
        if (m_reply->bytesAvailable() > 0) {
            if (!m_throttleTimer) {
                m_throttleTimer = new QTimer(this);
                m_throttleTimer->setSingleShot(true);
                connect(m_throttleTimer, &QTimer::timeout, this, [this] { drain(false); });
            }
            if (!m_throttleTimer->isActive())
                m_throttleTimer->start(std::max(1, rate->waitMs(16 * 1024)));
        }
        if (chunk.isEmpty())
            return;
    } else {
        chunk = m_reply->readAll();
    }
    if (m_status >= 300) {
        if (m_errorBody.size() < kMaxErrorBody)
            m_errorBody += chunk.left(kMaxErrorBody - m_errorBody.size());
    } else if (m_sink) {
        if (m_sink->write(chunk) != chunk.size()) {
            m_aborted = false;
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
            finish(S3Error{
                S3Error::Kind::Io,
                0,
                QStringLiteral("io"),
                QCoreApplication::translate("fb::storage::Errors", "Cannot write %1 (disk full?)")
                    .arg(m_spec->toFile),
                {}});
        }
    } else {
        if (m_body.isEmpty() && m_spec->rangeLength > 0)
            m_body.reserve(m_spec->rangeLength);
        m_body += chunk;
    }
}

void S3Reply::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (m_throttleTimer)
        m_throttleTimer->stop();
    drain(true);
    m_reply = nullptr;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &h : reply->rawHeaderPairs())
        m_headers.append(h);
    const auto netError = reply->error();
    if (m_finished)
        return;

    if (m_aborted) {
        finish(S3Error{
            S3Error::Kind::Cancelled,
            0,
            QStringLiteral("cancelled"),
            QCoreApplication::translate("fb::storage::Errors", "The transfer was cancelled"),
            {}});
        return;
    }
    S3Error err;
    if (m_status >= 200 && m_status < 300 && netError == QNetworkReply::NoError) {
        // S3 may answer 200 with an <Error> body (CompleteMultipartUpload, CopyObject).
        if (m_sink == nullptr && m_body.contains("<Error>") && !m_body.contains("<Contents>")) {
            err = S3Error::fromXml(m_status, m_body);
            err.httpStatus = 500;
        } else {
            if (m_sink && !m_sink->isOpen()) {
                finish(S3Error{S3Error::Kind::Io,
                               0,
                               QStringLiteral("io"),
                               QCoreApplication::translate("fb::storage::Errors",
                                                           "The download file was closed"),
                               {}});
                return;
            }
            finish(S3Error{});
            return;
        }
    } else if (m_status >= 300) {
        err = S3Error::fromXml(m_status, m_errorBody);
    } else if (netError == QNetworkReply::OperationCanceledError ||
               netError == QNetworkReply::TimeoutError) {
        err = S3Error{S3Error::Kind::Timeout,
                      0,
                      QStringLiteral("timeout"),
                      QCoreApplication::translate("fb::storage::Errors",
                                                  "The storage server did not answer in time"),
                      {}};
    } else {
        err =
            S3Error{S3Error::Kind::Network, 0, QStringLiteral("network"), reply->errorString(), {}};
    }
    const S3Config &cfg = m_client->m_config;
    if (err.retryable() && m_attempt < cfg.maxAttempts) {
        const int delay =
            cfg.backoffBaseMs * (1 << std::min(m_attempt - 1, 8)) +
            int(QRandomGenerator::global()->bounded(std::max(1, cfg.backoffBaseMs / 2)));
        qCDebug(lcStorage).noquote() << "S3 retry" << m_attempt << "of" << m_spec->key << "in"
                                     << delay << "ms:" << err.toError().code;
        if (m_sink) {
            m_sink->close();
            m_sink.reset();
        }
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, &S3Reply::startAttempt);
        }
        m_retryTimer->start(delay);
        return;
    }
    finish(err);
}

// ---------------------------------------------------------------------------------- S3Client

S3Client::S3Client(S3Config config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_config(std::move(config))
    , m_signer(m_config.accessKeyId, m_config.secretAccessKey.copy(), m_config.region,
               QStringLiteral("s3"))
{
    m_nam->setAutoDeleteReplies(false);
}

S3Client::~S3Client() = default;

QUrl S3Client::objectUrl(const QString &key, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_config.endpoint;
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    const QByteArray encodedKey = SigV4Signer::uriEncode(key.toUtf8(), true);
    if (m_config.pathStyle) {
        path += '/' + SigV4Signer::uriEncode(m_config.bucket.toUtf8(), false);
        path += '/' + encodedKey;
    } else {
        url.setHost(m_config.bucket + QLatin1Char('.') + url.host());
        path += '/' + encodedKey;
    }
    url.setPath(QString::fromLatin1(path), QUrl::TolerantMode);
    if (!query.isEmpty()) {
        QByteArray q;
        for (const auto &p : query) {
            if (!q.isEmpty())
                q += '&';
            q += SigV4Signer::uriEncode(p.first.toUtf8(), false);
            if (!p.second.isNull())
                q += '=' + SigV4Signer::uriEncode(p.second.toUtf8(), false);
        }
        url.setQuery(QString::fromLatin1(q), QUrl::TolerantMode);
    }
    return url;
}

S3Reply *S3Client::send(QByteArray method, const QString &key, QList<QPair<QString, QString>> query,
                        HeaderList headers, S3Body body, QString toFile, bool toMemory)
{
    auto *r = new S3Reply(this);
    r->m_client = this;
    r->m_spec->method = std::move(method);
    r->m_spec->key = key;
    r->m_spec->query = std::move(query);
    r->m_spec->headers = std::move(headers);
    r->m_spec->body = std::move(body);
    r->m_spec->toFile = std::move(toFile);
    r->m_spec->toMemory = toMemory;
    // Start from the event loop, so callers can connect to finished() first.
    QTimer::singleShot(0, r, [r] {
        if (!r->m_finished)
            r->startAttempt();
    });
    return r;
}

S3Reply *S3Client::createBucket()
{
    return send("PUT", {}, {}, {}, S3Body(), {}, true);
}

S3Reply *S3Client::putObject(const QString &key, const S3Body &body)
{
    return send("PUT", key, {}, {}, body, {}, true);
}

S3Reply *S3Client::getObject(const QString &key, const QString &toFile, qint64 offset,
                             qint64 length)
{
    HeaderList headers;
    if (offset >= 0) {
        QByteArray range = "bytes=" + QByteArray::number(offset) + '-';
        if (length > 0)
            range += QByteArray::number(offset + length - 1);
        headers.append({QByteArrayLiteral("Range"), range});
    }
    S3Reply *r = send("GET", key, {}, headers, S3Body(), toFile, toFile.isEmpty());
    if (toFile.isEmpty() && offset >= 0 && length > 0)
        r->m_spec->rangeLength = length;
    return r;
}

S3Reply *S3Client::headObject(const QString &key)
{
    return send("HEAD", key, {}, {}, S3Body(), {}, true);
}

S3Reply *S3Client::deleteObject(const QString &key)
{
    return send("DELETE", key, {}, {}, S3Body(), {}, true);
}

S3Reply *S3Client::copyObject(const QString &sourceKey, const QString &destKey)
{
    const QByteArray source = '/' + SigV4Signer::uriEncode(m_config.bucket.toUtf8(), false) + '/' +
                              SigV4Signer::uriEncode(sourceKey.toUtf8(), true);
    return send("PUT", destKey, {}, {{QByteArrayLiteral("x-amz-copy-source"), source}}, S3Body(),
                {}, true);
}

S3Reply *S3Client::listObjectsV2(const QString &prefix, const QString &continuationToken,
                                 int maxKeys, const QString &delimiter)
{
    QList<QPair<QString, QString>> q{{QStringLiteral("list-type"), QStringLiteral("2")},
                                     {QStringLiteral("max-keys"), QString::number(maxKeys)}};
    if (!prefix.isEmpty())
        q.append({QStringLiteral("prefix"), prefix});
    if (!continuationToken.isEmpty())
        q.append({QStringLiteral("continuation-token"), continuationToken});
    if (!delimiter.isEmpty())
        q.append({QStringLiteral("delimiter"), delimiter});
    return send("GET", {}, q, {}, S3Body(), {}, true);
}

S3Reply *S3Client::createMultipartUpload(const QString &key)
{
    return send("POST", key, {{QStringLiteral("uploads"), QString(QLatin1String(""))}}, {},
                S3Body(), {}, true);
}

S3Reply *S3Client::uploadPart(const QString &key, const QString &uploadId, int partNumber,
                              const S3Body &body)
{
    return send("PUT", key,
                {{QStringLiteral("partNumber"), QString::number(partNumber)},
                 {QStringLiteral("uploadId"), uploadId}},
                {}, body, {}, true);
}

S3Reply *S3Client::completeMultipartUpload(const QString &key, const QString &uploadId,
                                           const QList<S3Part> &parts)
{
    QByteArray xml = "<CompleteMultipartUpload>";
    for (const S3Part &p : parts) {
        xml += "<Part><PartNumber>" + QByteArray::number(p.number) + "</PartNumber><ETag>" +
               p.etag + "</ETag></Part>";
    }
    xml += "</CompleteMultipartUpload>";
    S3Body body = S3Body::fromData(xml);
    body.contentType = "application/xml";
    return send("POST", key, {{QStringLiteral("uploadId"), uploadId}}, {}, body, {}, true);
}

S3Reply *S3Client::abortMultipartUpload(const QString &key, const QString &uploadId)
{
    return send("DELETE", key, {{QStringLiteral("uploadId"), uploadId}}, {}, S3Body(), {}, true);
}

S3Reply *S3Client::listParts(const QString &key, const QString &uploadId)
{
    return send("GET", key, {{QStringLiteral("uploadId"), uploadId}}, {}, S3Body(), {}, true);
}

QUrl S3Client::presign(const QByteArray &method, const QString &key, int expiresSeconds,
                       const QDateTime &time) const
{
    SigV4Request req;
    req.method = method;
    req.url = objectUrl(key);
    req.payloadHash = kUnsignedPayload;
    return m_signer.presign(req, time, expiresSeconds).url;
}

} // namespace fb::storage
