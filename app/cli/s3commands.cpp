// flashback-cli s3: raw S3 operations with our own client (storage/s3client): list, put, get,
// delete and presign plain objects, for scripting and diagnostics. No encryption, no erasure
// coding: what goes up is exactly the bytes of --in.
//
// Exit codes: BadInput (1) for anything wrong on our side (options, unreadable key files, an
// unreadable --in, an unwritable --out); Refused (3) when the server refused the request or could
// not be reached (the message names the HTTP status, S3 error code and the server's message).
#include "app/cli/cli.h"
#include "storage/s3client.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimeZone>
#include <QUrl>

#include <cstdio>
#include <memory>

namespace fb::cli {

namespace {

using fb::storage::S3Body;
using fb::storage::S3Client;
using fb::storage::S3Config;
using fb::storage::S3Error;
using fb::storage::S3Part;
using fb::storage::S3Reply;

constexpr qint64 kDefaultPartSize = 16 * 1024 * 1024; // put: multipart above this size
constexpr qint64 kMinPartSize = 1024;                 // only tests go this low; S3 wants 5 MiB
constexpr int kPartsInFlight = 4;

void addConnectionOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("endpoint"), QStringLiteral("S3 endpoint, http(s)://host[:port]."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("region"), QStringLiteral("Region (default us-east-1)."),
                 QStringLiteral("R"), QStringLiteral("us-east-1")});
    p.addOption({QStringLiteral("access-key-file"),
                 QStringLiteral("File holding the access key id."), QStringLiteral("F")});
    p.addOption({QStringLiteral("secret-key-file"),
                 QStringLiteral("File holding the secret access key."), QStringLiteral("F")});
    p.addOption({QStringLiteral("bucket"), QStringLiteral("Bucket name."), QStringLiteral("B")});
    p.addOption({QStringLiteral("path-style"),
                 QStringLiteral("Path-style addressing (host/bucket/key) instead of "
                                "virtual-hosted (bucket.host/key).")});
    p.addOption({QStringLiteral("timeout"),
                 QStringLiteral("Inactivity timeout of one attempt in seconds (default 30)."),
                 QStringLiteral("SECONDS"), QStringLiteral("30")});
}

QCommandLineOption keyOption(const QString &help)
{
    return {QStringLiteral("key"), help, QStringLiteral("K")};
}

// Builds the client config from the options; on error prints it and sets *rc.
std::optional<S3Config> loadConfig(const QCommandLineParser &p, int *rc)
{
    *rc = BadInput;
    for (const char *name : {"endpoint", "access-key-file", "secret-key-file", "bucket"}) {
        if (!p.isSet(QLatin1String(name))) {
            fail(BadInput, QStringLiteral("--%1 is required").arg(QLatin1String(name)));
            return std::nullopt;
        }
    }
    S3Config c;
    c.endpoint = QUrl(p.value(QStringLiteral("endpoint")), QUrl::StrictMode);
    if (!c.endpoint.isValid() || c.endpoint.host().isEmpty() ||
        (c.endpoint.scheme() != QLatin1String("http") &&
         c.endpoint.scheme() != QLatin1String("https"))) {
        fail(BadInput, QStringLiteral("--endpoint '%1' is not an http(s)://host[:port] URL")
                           .arg(p.value(QStringLiteral("endpoint"))));
        return std::nullopt;
    }
    c.region = p.value(QStringLiteral("region"));
    if (c.region.isEmpty()) {
        fail(BadInput, QStringLiteral("--region is empty"));
        return std::nullopt;
    }
    c.bucket = p.value(QStringLiteral("bucket"));
    if (c.bucket.isEmpty() || c.bucket.contains(QLatin1Char('/'))) {
        fail(BadInput, QStringLiteral("--bucket '%1' is not a bucket name").arg(c.bucket));
        return std::nullopt;
    }
    c.pathStyle = p.isSet(QStringLiteral("path-style"));
    bool ok = false;
    const int timeout = p.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 3600) {
        fail(BadInput, QStringLiteral("--timeout must be 1 .. 3600 seconds"));
        return std::nullopt;
    }
    c.timeoutMs = timeout * 1000;

    const QString akFile = p.value(QStringLiteral("access-key-file"));
    auto ak = readSecretFile(akFile, QStringLiteral("access key"));
    if (!ak) {
        fail(BadInput, ak.error().message);
        return std::nullopt;
    }
    c.accessKeyId =
        QString::fromUtf8(reinterpret_cast<const char *>(ak->data()), qsizetype(ak->size()))
            .trimmed();
    if (c.accessKeyId.isEmpty() || c.accessKeyId.contains(QLatin1Char('\n')) ||
        c.accessKeyId.contains(QLatin1Char(' '))) {
        fail(BadInput,
             QStringLiteral("access key file %1 does not hold one access key id").arg(akFile));
        return std::nullopt;
    }
    const QString skFile = p.value(QStringLiteral("secret-key-file"));
    auto sk = readSecretFile(skFile, QStringLiteral("secret key"));
    if (!sk) {
        fail(BadInput, sk.error().message);
        return std::nullopt;
    }
    if (sk->size() == 0) {
        fail(BadInput, QStringLiteral("secret key file %1 is empty").arg(skFile));
        return std::nullopt;
    }
    c.secretAccessKey = std::move(*sk);
    *rc = Success;
    return c;
}

// Returns the key option, or prints an error when it is required and missing.
std::optional<QString> requireKey(const QCommandLineParser &p, int *rc)
{
    const QString key = p.value(QStringLiteral("key"));
    if (key.isEmpty()) {
        *rc = fail(BadInput, QStringLiteral("--key is required"));
        return std::nullopt;
    }
    return key;
}

QString describe(const S3Error &e)
{
    QString s;
    switch (e.kind) {
    case S3Error::Kind::Http:
        s = QStringLiteral("HTTP %1").arg(e.httpStatus);
        if (!e.code.isEmpty())
            s += QStringLiteral(" %1").arg(e.code);
        break;
    case S3Error::Kind::Network:
        s = QStringLiteral("network error");
        break;
    case S3Error::Kind::Timeout:
        s = QStringLiteral("timed out");
        break;
    case S3Error::Kind::Cancelled:
        s = QStringLiteral("cancelled");
        break;
    case S3Error::Kind::Integrity:
        s = QStringLiteral("integrity check failed");
        break;
    case S3Error::Kind::Io:
        s = QStringLiteral("local I/O error");
        break;
    case S3Error::Kind::None:
        s = QStringLiteral("ok");
        break;
    }
    if (!e.message.isEmpty())
        s += QStringLiteral(": %1").arg(e.message);
    return s;
}

// Runs reply to completion; returns Success, or prints "<what>: <error>" and returns its code.
int await(S3Reply *reply, const QString &what)
{
    std::unique_ptr<S3Reply> owner(reply);
    reply->waitForFinished();
    if (reply->ok())
        return Success;
    const S3Error &e = reply->error();
    return fail(e.kind == S3Error::Kind::Io ? BadInput : Refused,
                QStringLiteral("%1: %2").arg(what, describe(e)));
}

QString where(const S3Config &c, const QString &key)
{
    return QStringLiteral("s3://%1/%2").arg(c.bucket, key);
}

// --------------------------------------------------------------------------------------- ls

int s3Ls(const QStringList &args)
{
    QCommandLineParser p;
    addConnectionOptions(p);
    p.addOption(keyOption(QStringLiteral("List only keys starting with this prefix.")));
    p.addOption({QStringLiteral("delimiter"),
                 QStringLiteral("Group keys by this delimiter (e.g. /); groups print as "
                                "'PRE <prefix>'."),
                 QStringLiteral("D")});
    if (!parse(p, args))
        return BadInput;
    int rc = BadInput;
    auto config = loadConfig(p, &rc);
    if (!config)
        return rc;
    QNetworkAccessManager nam;
    S3Client client(std::move(*config), &nam);
    const QString prefix = p.value(QStringLiteral("key"));
    QString token;
    do {
        std::unique_ptr<S3Reply> reply(
            client.listObjectsV2(prefix, token, 1000, p.value(QStringLiteral("delimiter"))));
        reply->waitForFinished();
        if (!reply->ok())
            return fail(Refused,
                        QStringLiteral("listing %1: %2")
                            .arg(where(client.config(), prefix), describe(reply->error())));
        auto page = fb::storage::S3ListPage::fromXml(reply->body());
        if (!page)
            return fail(Refused, QStringLiteral("listing %1: unreadable answer: %2")
                                     .arg(where(client.config(), prefix), page.error().message));
        for (const QString &pre : page->commonPrefixes)
            out(QStringLiteral("PRE %1").arg(pre));
        for (const auto &o : page->objects) {
            out(QStringLiteral("%1\t%2\t%3")
                    .arg(o.lastModified.toUTC().toString(Qt::ISODate))
                    .arg(o.size)
                    .arg(o.key));
        }
        token = page->truncated ? page->nextContinuationToken : QString();
        if (page->truncated && token.isEmpty())
            return fail(Refused, QStringLiteral("listing %1: truncated page without a "
                                                "continuation token")
                                     .arg(where(client.config(), prefix)));
    } while (!token.isEmpty());
    return Success;
}

// -------------------------------------------------------------------------------------- put

// Uploads path as key in parts of partSize, up to kPartsInFlight at once; aborts the upload
// on failure so no orphaned parts are left behind.
int multipartPut(S3Client &client, const QString &key, const QString &path, qint64 size,
                 qint64 partSize)
{
    const QString target = where(client.config(), key);
    std::unique_ptr<S3Reply> create(client.createMultipartUpload(key));
    create->waitForFinished();
    if (!create->ok())
        return fail(Refused, QStringLiteral("starting multipart upload of %1: %2")
                                 .arg(target, describe(create->error())));
    const QString uploadId = S3Client::uploadIdFromXml(create->body());
    if (uploadId.isEmpty())
        return fail(Refused,
                    QStringLiteral("starting multipart upload of %1: no UploadId in the answer")
                        .arg(target));

    const int partCount = int((size + partSize - 1) / partSize);
    QList<S3Part> parts(partCount);
    QList<S3Reply *> inFlight;
    int next = 0;
    QString error;
    auto startNext = [&] {
        const int number = next + 1;
        const qint64 offset = qint64(next) * partSize;
        const qint64 length = std::min(partSize, size - offset);
        parts[next].number = number;
        parts[next].size = length;
        S3Reply *r =
            client.uploadPart(key, uploadId, number, S3Body::fromFile(path, offset, length));
        r->setProperty("partIndex", next);
        inFlight.append(r);
        ++next;
    };
    while ((next < partCount || !inFlight.isEmpty()) && error.isEmpty()) {
        while (next < partCount && inFlight.size() < kPartsInFlight)
            startNext();
        // Wait for the oldest; the others progress meanwhile in the same event loop.
        S3Reply *r = inFlight.takeFirst();
        std::unique_ptr<S3Reply> owner(r);
        r->waitForFinished();
        const int index = r->property("partIndex").toInt();
        if (!r->ok()) {
            error = QStringLiteral("uploading part %1 of %2 of %3: %4")
                        .arg(index + 1)
                        .arg(partCount)
                        .arg(target, describe(r->error()));
            break;
        }
        parts[index].etag = r->etag();
        if (parts[index].etag.isEmpty()) {
            error = QStringLiteral("uploading part %1 of %2 of %3: no ETag in the answer")
                        .arg(index + 1)
                        .arg(partCount)
                        .arg(target);
        }
    }
    for (S3Reply *r : inFlight) {
        r->abort();
        delete r;
    }
    if (error.isEmpty()) {
        std::unique_ptr<S3Reply> done(client.completeMultipartUpload(key, uploadId, parts));
        done->waitForFinished();
        if (done->ok())
            return Success;
        error = QStringLiteral("completing multipart upload of %1: %2")
                    .arg(target, describe(done->error()));
    }
    std::unique_ptr<S3Reply> abort(client.abortMultipartUpload(key, uploadId));
    abort->waitForFinished();
    return fail(Refused, error);
}

int s3Put(const QStringList &args)
{
    QCommandLineParser p;
    addConnectionOptions(p);
    p.addOption(keyOption(QStringLiteral("Object key (default: the file name of --in).")));
    p.addOption({QStringLiteral("in"), QStringLiteral("File to upload."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("part-size"),
                 QStringLiteral("Use multipart upload with parts of this many bytes when the "
                                "file is larger (default 16 MiB)."),
                 QStringLiteral("BYTES"), QString::number(kDefaultPartSize)});
    if (!parse(p, args))
        return BadInput;
    const QString in = p.value(QStringLiteral("in"));
    if (in.isEmpty())
        return fail(BadInput, QStringLiteral("--in FILE is required"));
    bool ok = false;
    const qint64 partSize = p.value(QStringLiteral("part-size")).toLongLong(&ok);
    if (!ok || partSize < kMinPartSize || partSize > qint64(5) * 1024 * 1024 * 1024)
        return fail(BadInput,
                    QStringLiteral("--part-size must be %1 .. 5368709120 bytes").arg(kMinPartSize));
    QFileInfo info(in);
    QFile probe(in);
    if (!info.isFile() || !probe.open(QIODevice::ReadOnly))
        return fail(BadInput, QStringLiteral("cannot read --in file %1: %2")
                                  .arg(in, info.exists() ? probe.errorString()
                                                         : QStringLiteral("no such file")));
    probe.close();
    const qint64 size = info.size();
    if (size > partSize * 10000)
        return fail(BadInput, QStringLiteral("%1 needs more than 10000 parts of %2 bytes; raise "
                                             "--part-size")
                                  .arg(in)
                                  .arg(partSize));
    const QString key =
        p.isSet(QStringLiteral("key")) ? p.value(QStringLiteral("key")) : info.fileName();
    if (key.isEmpty())
        return fail(BadInput, QStringLiteral("--key is empty"));
    int rc = BadInput;
    auto config = loadConfig(p, &rc);
    if (!config)
        return rc;
    QNetworkAccessManager nam;
    S3Client client(std::move(*config), &nam);
    const bool multipart = size > partSize;
    if (multipart)
        rc = multipartPut(client, key, in, size, partSize);
    else
        rc = await(client.putObject(key, S3Body::fromFile(in)),
                   QStringLiteral("uploading %1 to %2").arg(in, where(client.config(), key)));
    if (rc == Success) {
        const QString how =
            multipart ? QStringLiteral(" in %1 parts").arg((size + partSize - 1) / partSize)
                      : QString();
        std::fprintf(stderr, "flashback-cli: uploaded %lld bytes to %s%s\n",
                     static_cast<long long>(size), qPrintable(where(client.config(), key)),
                     qPrintable(how));
    }
    return rc;
}

// -------------------------------------------------------------------------------------- get

int s3Get(const QStringList &args)
{
    QCommandLineParser p;
    addConnectionOptions(p);
    p.addOption(keyOption(QStringLiteral("Object key.")));
    p.addOption({QStringLiteral("out"), QStringLiteral("File to write (default: standard output)."),
                 QStringLiteral("FILE")});
    if (!parse(p, args))
        return BadInput;
    int rc = BadInput;
    const auto key = requireKey(p, &rc);
    if (!key)
        return rc;
    auto config = loadConfig(p, &rc);
    if (!config)
        return rc;
    QNetworkAccessManager nam;
    S3Client client(std::move(*config), &nam);
    const QString what = QStringLiteral("downloading %1").arg(where(client.config(), *key));
    const QString outPath = p.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        std::unique_ptr<S3Reply> reply(client.getObject(*key));
        reply->waitForFinished();
        if (!reply->ok())
            return fail(Refused, QStringLiteral("%1: %2").arg(what, describe(reply->error())));
        const QByteArray &body = reply->body();
        if (std::fwrite(body.constData(), 1, std::size_t(body.size()), stdout) !=
                std::size_t(body.size()) ||
            std::fflush(stdout) != 0)
            return fail(BadInput, QStringLiteral("%1: cannot write to standard output").arg(what));
        return Success;
    }
    // Download beside the target and rename at the end, so a failed download never leaves a
    // truncated file under the final name.
    const QString partial = outPath + QStringLiteral(".part");
    {
        QFile f(partial);
        if (!f.open(QIODevice::WriteOnly))
            return fail(
                BadInput,
                QStringLiteral("cannot write --out file %1: %2").arg(partial, f.errorString()));
    }
    rc = await(client.getObject(*key, partial), what);
    if (rc != Success) {
        QFile::remove(partial);
        return rc;
    }
    if (QFile::exists(outPath) && !QFile::remove(outPath)) {
        QFile::remove(partial);
        return fail(BadInput, QStringLiteral("cannot replace --out file %1").arg(outPath));
    }
    if (!QFile::rename(partial, outPath)) {
        QFile::remove(partial);
        return fail(BadInput, QStringLiteral("cannot rename %1 to %2").arg(partial, outPath));
    }
    return Success;
}

// --------------------------------------------------------------------------------------- rm

int s3Rm(const QStringList &args)
{
    QCommandLineParser p;
    addConnectionOptions(p);
    p.addOption(keyOption(QStringLiteral("Object key.")));
    if (!parse(p, args))
        return BadInput;
    int rc = BadInput;
    const auto key = requireKey(p, &rc);
    if (!key)
        return rc;
    auto config = loadConfig(p, &rc);
    if (!config)
        return rc;
    QNetworkAccessManager nam;
    S3Client client(std::move(*config), &nam);
    return await(client.deleteObject(*key),
                 QStringLiteral("deleting %1").arg(where(client.config(), *key)));
}

// ---------------------------------------------------------------------------------- presign

int s3Presign(const QStringList &args)
{
    QCommandLineParser p;
    addConnectionOptions(p);
    p.addOption(keyOption(QStringLiteral("Object key.")));
    p.addOption({QStringLiteral("method"), QStringLiteral("GET (default) or PUT."),
                 QStringLiteral("METHOD"), QStringLiteral("GET")});
    p.addOption({QStringLiteral("expires"),
                 QStringLiteral("Validity in seconds, 1 .. 604800 (default 3600)."),
                 QStringLiteral("SECONDS"), QStringLiteral("3600")});
    p.addOption({QStringLiteral("time"),
                 QStringLiteral("Signing time, YYYYMMDDTHHMMSSZ (default now); fixes the output."),
                 QStringLiteral("TIME")});
    if (!parse(p, args))
        return BadInput;
    int rc = BadInput;
    const auto key = requireKey(p, &rc);
    if (!key)
        return rc;
    const QString method = p.value(QStringLiteral("method")).toUpper();
    if (method != QLatin1String("GET") && method != QLatin1String("PUT"))
        return fail(BadInput, QStringLiteral("--method must be GET or PUT"));
    bool ok = false;
    const int expires = p.value(QStringLiteral("expires")).toInt(&ok);
    if (!ok || expires < 1 || expires > 604800)
        return fail(BadInput, QStringLiteral("--expires must be 1 .. 604800 seconds"));
    QDateTime time = QDateTime::currentDateTimeUtc();
    if (p.isSet(QStringLiteral("time"))) {
        const QString t = p.value(QStringLiteral("time"));
        time = QDateTime::fromString(t, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        if (t.size() != 16 || !time.isValid())
            return fail(BadInput, QStringLiteral(
                                      "--time '%1' is not YYYYMMDDTHHMMSSZ (e.g. 20250101T120000Z)")
                                      .arg(t));
        time.setTimeZone(QTimeZone::utc());
    }
    auto config = loadConfig(p, &rc);
    if (!config)
        return rc;
    S3Client client(std::move(*config));
    const QUrl url = client.presign(method.toLatin1(), *key, expires, time);
    if (!url.isValid())
        return fail(BadInput, QStringLiteral("cannot presign %1").arg(*key));
    out(QString::fromLatin1(url.toEncoded()));
    return Success;
}

} // namespace

CommandGroup s3Commands()
{
    return {
        QStringLiteral("s3"),
        QStringLiteral("Raw S3 operations with our client: plain objects, no encryption."),
        {
            {QStringLiteral("ls"), QStringLiteral("List objects (--key as prefix)."), s3Ls},
            {QStringLiteral("put"),
             QStringLiteral("Upload --in as --key (multipart when "
                            "large)."),
             s3Put},
            {QStringLiteral("get"), QStringLiteral("Download --key to --out or stdout."), s3Get},
            {QStringLiteral("rm"), QStringLiteral("Delete --key."), s3Rm},
            {QStringLiteral("presign"),
             QStringLiteral("Print a presigned GET or PUT URL for --key."), s3Presign},
        }};
}

} // namespace fb::cli
