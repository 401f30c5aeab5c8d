#include "storage/backend.h"

#include "storage/ratelimiter.h"
#include "storage/storagelog.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRunnable>
#include <QSaveFile>
#include <QSemaphore>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace fb::storage {

namespace {
fb::Error cancelledError()
{
    return {QStringLiteral("cancelled"),
            QCoreApplication::translate("fb::storage::Backend", "The transfer was cancelled")};
}
} // namespace

// ------------------------------------------------------------------------------- BackendOp

BackendOp::BackendOp(QObject *parent)
    : QObject(parent)
{}

BackendOp::~BackendOp() = default;

void BackendOp::finish(fb::Error error, bool notFound)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_notFound = notFound;
    Q_EMIT finished();
}

bool BackendOp::waitForFinished(int timeoutMs)
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &BackendOp::finished, &loop, &QEventLoop::quit);
        if (timeoutMs >= 0)
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return ok();
}

Backend::Backend(QString id, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
{}

void Backend::setRateLimiter(std::shared_ptr<RateLimiter> limiter)
{
    m_rate = std::move(limiter);
    rateLimiterChanged();
}

void S3Backend::rateLimiterChanged()
{
    m_client->setRateLimiter(rateLimiter());
}

BackendOp *Backend::beginParts(const QString &)
{
    return nullptr;
}

BackendOp *Backend::putPart(const QString &, const QString &, int, const QString &, qint64, qint64,
                            const QByteArray &)
{
    return nullptr;
}

BackendOp *Backend::putPartData(const QString &, const QString &, int, const QByteArray &,
                                const QByteArray &)
{
    return nullptr;
}

BackendOp *Backend::completeParts(const QString &, const QString &,
                                  const QList<QPair<int, QByteArray>> &)
{
    return nullptr;
}

BackendOp *Backend::abortParts(const QString &, const QString &)
{
    return nullptr;
}

// ------------------------------------------------------------------------------- S3Backend

namespace {

class S3Op : public BackendOp
{
public:
    enum class Kind { Plain, Prepare, GetMemory, Head, List, Begin, Part };
    S3Op(Kind kind)
        : m_kind(kind)
    {}
    // The reply is a child of the backend's client: a backend destroyed first (the wallet
    // locked) takes it along, and the op then only forgets it.
    ~S3Op() override { delete m_reply.data(); }
    void abort() override
    {
        m_aborted = true;
        if (m_reply)
            m_reply->abort();
        else
            finish(cancelledError());
    }
    void attach(S3Reply *reply)
    {
        m_reply = reply;
        connect(reply, &S3Reply::progress, this, &BackendOp::progress);
        connect(reply, &S3Reply::finished, this, [this] { onReply(); });
    }
    // Listing: the next page is fetched by this function.
    std::function<S3Reply *(const QString &token)> nextPage;
    // A ranged GET: the body must be exactly this long.
    qint64 expectedLength = -1;

private:
    void onReply()
    {
        S3Reply *r = m_reply.data();
        const S3Error &e = r->error();
        if (m_aborted || e.kind == S3Error::Kind::Cancelled) {
            finish(cancelledError());
            return;
        }
        // An existing bucket is fine. (s3rver answers BucketAlreadyExists for its own buckets;
        // on AWS that code means another account's bucket, which the first put then reports.)
        if (!e.isNone() && m_kind == Kind::Prepare && e.httpStatus == 409 &&
            (e.code == QLatin1String("BucketAlreadyOwnedByYou") ||
             e.code == QLatin1String("BucketAlreadyExists"))) {
            finish({});
            return;
        }
        if (!e.isNone()) {
            const bool nf = e.httpStatus == 404;
            finish(e.toError(), nf);
            return;
        }
        switch (m_kind) {
        case Kind::Plain:
        case Kind::Prepare:
            break;
        case Kind::GetMemory:
            m_data = r->body();
            if (expectedLength >= 0 && m_data.size() != expectedLength) {
                m_data.clear();
                finish({QStringLiteral("short_read"),
                        QCoreApplication::translate("fb::storage::Backend",
                                                    "The object is shorter than expected")});
                return;
            }
            break;
        case Kind::Begin:
            m_data = S3Client::uploadIdFromXml(r->body()).toUtf8();
            if (m_data.isEmpty()) {
                finish({QStringLiteral("bad_response"),
                        QCoreApplication::translate("fb::storage::Backend",
                                                    "No multipart upload id")});
                return;
            }
            break;
        case Kind::Part:
            m_data = r->etag();
            break;
        case Kind::Head: {
            ObjectInfo info;
            info.size = r->contentLength();
            info.lastModified = QDateTime::fromString(
                QString::fromLatin1(r->header("Last-Modified")), Qt::RFC2822Date);
            m_objects = {info};
            break;
        }
        case Kind::List: {
            auto page = S3ListPage::fromXml(r->body());
            if (!page.ok()) {
                finish(page.error());
                return;
            }
            for (const S3Object &o : page->objects)
                m_objects.append({o.key, o.size, o.lastModified});
            if (page->truncated && !page->nextContinuationToken.isEmpty()) {
                S3Reply *next = nextPage(page->nextContinuationToken);
                m_reply->deleteLater();
                m_reply.clear();
                attach(next);
                return;
            }
            break;
        }
        }
        finish({});
    }

    Kind m_kind;
    QPointer<S3Reply> m_reply;
    bool m_aborted = false;
};

} // namespace

S3Backend::S3Backend(QString id, S3Config config, QNetworkAccessManager *nam, QObject *parent)
    : Backend(std::move(id), parent)
    , m_client(std::make_unique<S3Client>(std::move(config), nam))
{}

S3Backend::~S3Backend() = default;

BackendOp *S3Backend::prepare()
{
    // A bucket that exists already answers 409 BucketAlreadyOwnedByYou (or 200 on s3rver).
    auto *op = new S3Op(S3Op::Kind::Prepare);
    op->attach(m_client->createBucket());
    return op;
}

BackendOp *S3Backend::put(const QString &key, const QString &fromFile, const QByteArray &sha256Hex)
{
    auto *op = new S3Op(S3Op::Kind::Plain);
    S3Body body = S3Body::fromFile(fromFile);
    body.sha256Hex = sha256Hex;
    op->attach(m_client->putObject(key, body));
    return op;
}

BackendOp *S3Backend::beginParts(const QString &key)
{
    auto *op = new S3Op(S3Op::Kind::Begin);
    op->attach(m_client->createMultipartUpload(key));
    return op;
}

BackendOp *S3Backend::putPart(const QString &key, const QString &uploadId, int number,
                              const QString &fromFile, qint64 offset, qint64 length,
                              const QByteArray &sha256Hex)
{
    auto *op = new S3Op(S3Op::Kind::Part);
    S3Body body = S3Body::fromFile(fromFile, offset, length);
    body.sha256Hex = sha256Hex;
    op->attach(m_client->uploadPart(key, uploadId, number, body));
    return op;
}

BackendOp *S3Backend::putPartData(const QString &key, const QString &uploadId, int number,
                                  const QByteArray &bytes, const QByteArray &sha256Hex)
{
    auto *op = new S3Op(S3Op::Kind::Part);
    S3Body body = S3Body::fromData(bytes);
    body.sha256Hex = sha256Hex;
    op->attach(m_client->uploadPart(key, uploadId, number, body));
    return op;
}

BackendOp *S3Backend::completeParts(const QString &key, const QString &uploadId,
                                    const QList<QPair<int, QByteArray>> &etags)
{
    QList<S3Part> parts;
    for (const auto &e : etags)
        parts.append(S3Part{e.first, e.second, 0});
    auto *op = new S3Op(S3Op::Kind::Plain);
    op->attach(m_client->completeMultipartUpload(key, uploadId, parts));
    return op;
}

BackendOp *S3Backend::abortParts(const QString &key, const QString &uploadId)
{
    auto *op = new S3Op(S3Op::Kind::Plain);
    op->attach(m_client->abortMultipartUpload(key, uploadId));
    return op;
}

BackendOp *S3Backend::putData(const QString &key, const QByteArray &data)
{
    auto *op = new S3Op(S3Op::Kind::Plain);
    op->attach(m_client->putObject(key, S3Body::fromData(data)));
    return op;
}

BackendOp *S3Backend::get(const QString &key, const QString &toFile)
{
    auto *op = new S3Op(toFile.isEmpty() ? S3Op::Kind::GetMemory : S3Op::Kind::Plain);
    op->attach(m_client->getObject(key, toFile));
    return op;
}

BackendOp *S3Backend::getRange(const QString &key, qint64 offset, qint64 length)
{
    auto *op = new S3Op(S3Op::Kind::GetMemory);
    op->attach(m_client->getObject(key, {}, offset, length));
    op->expectedLength = length;
    return op;
}

BackendOp *S3Backend::remove(const QString &key)
{
    auto *op = new S3Op(S3Op::Kind::Plain);
    op->attach(m_client->deleteObject(key));
    return op;
}

BackendOp *S3Backend::list(const QString &prefix)
{
    auto *op = new S3Op(S3Op::Kind::List);
    S3Client *c = m_client.get();
    op->nextPage = [c, prefix](const QString &token) { return c->listObjectsV2(prefix, token); };
    op->attach(c->listObjectsV2(prefix));
    return op;
}

BackendOp *S3Backend::head(const QString &key)
{
    auto *op = new S3Op(S3Op::Kind::Head);
    op->attach(m_client->headObject(key));
    return op;
}

// ---------------------------------------------------------------------------- LocalBackend

namespace {

struct LocalResult
{
    fb::Error error;
    bool notFound = false;
    QByteArray data;
    QList<ObjectInfo> objects;
};

class LocalOp : public BackendOp
{
public:
    using Work = std::function<LocalResult(LocalOp *)>;
    // pool: the backend's own I/O threads (shared: an op may outlive its backend).
    LocalOp(std::shared_ptr<QThreadPool> pool, Work work)
    {
        // Started from the event loop, so the caller can connect first.
        QTimer::singleShot(0, this, [this, pool = std::move(pool), work = std::move(work)] {
            if (m_abort.load()) {
                finish(cancelledError());
                return;
            }
            m_started = true;
            pool->start([this, work] {
                LocalResult r = work(this);
                QMetaObject::invokeMethod(
                    this,
                    [this, r = std::move(r)] {
                        m_data = r.data;
                        m_objects = r.objects;
                        finish(r.error, r.notFound);
                    },
                    Qt::QueuedConnection);
                m_done.release();
            });
        });
    }
    ~LocalOp() override
    {
        m_abort = true;
        if (m_started)
            m_done.acquire();
    }
    void abort() override { m_abort = true; }
    bool aborted() const { return m_abort.load(); }
    // Called from the worker thread. Coalesced: at most one report waits in the receiver's
    // queue and at most ten are posted a second (plus the last), whatever the copy's pace, so
    // a throttled copy cannot flood the GUI thread with events.
    void reportProgress(qint64 done, qint64 total)
    {
        m_progressDone = done;
        m_progressTotal = total;
        if (done < total && m_sinceReport.isValid() && m_sinceReport.elapsed() < 100)
            return;
        if (m_reportQueued.exchange(true))
            return; // the queued one reads the newest figures when it runs
        m_sinceReport.start();
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_reportQueued = false;
                Q_EMIT progress(m_progressDone.load(), m_progressTotal.load());
            },
            Qt::QueuedConnection);
    }

private:
    std::atomic<qint64> m_progressDone{0};
    std::atomic<qint64> m_progressTotal{0};
    std::atomic<bool> m_reportQueued{false};
    QElapsedTimer m_sinceReport; // worker thread only
    std::atomic<bool> m_abort{false};
    bool m_started = false;
    QSemaphore m_done;
};

fb::Error ioError(const QString &what)
{
    return {QStringLiteral("io"), what};
}

// Copies src to a QSaveFile at dst, committing only when complete and not aborted.
LocalResult copyFile(LocalOp *op, QIODevice &src, qint64 total, const QString &dst,
                     const std::shared_ptr<RateLimiter> &rate = {})
{
    LocalResult r;
    QDir().mkpath(QFileInfo(dst).absolutePath());
    QSaveFile out(dst);
    if (!out.open(QIODevice::WriteOnly)) {
        r.error = ioError(
            QCoreApplication::translate("fb::storage::Backend", "Cannot write %1").arg(dst));
        return r;
    }
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (op->aborted()) {
            out.cancelWriting();
            r.error = cancelledError();
            return r;
        }
        const qint64 want = rate ? rate->takeBlocking(buf.size()) : buf.size();
        const qint64 n = src.read(buf.data(), want);
        if (n < 0) {
            out.cancelWriting();
            r.error = ioError(
                QCoreApplication::translate("fb::storage::Backend", "Cannot read the source"));
            return r;
        }
        if (n == 0)
            break;
        if (out.write(buf.constData(), n) != n) {
            out.cancelWriting();
            r.error = ioError(
                QCoreApplication::translate("fb::storage::Backend", "Cannot write %1 (disk full?)")
                    .arg(dst));
            return r;
        }
        done += n;
        op->reportProgress(done, total);
    }
    if (!out.commit())
        r.error = ioError(
            QCoreApplication::translate("fb::storage::Backend", "Cannot write %1").arg(dst));
    return r;
}

LocalResult badKey(const QString &key)
{
    LocalResult r;
    r.error = {
        QStringLiteral("bad_key"),
        QCoreApplication::translate("fb::storage::Backend", "Invalid object key \"%1\"").arg(key)};
    return r;
}

} // namespace

LocalBackend::LocalBackend(QString id, QString root, QObject *parent)
    : Backend(std::move(id), parent)
    , m_root(QDir::cleanPath(std::move(root)))
    , m_pool(std::make_shared<QThreadPool>())
{
    // Its own threads: a copy held back by the bandwidth limit sleeps here, never on the global
    // pool that unlocks the wallet (Argon2) and runs the app's other one-off jobs.
    m_pool->setMaxThreadCount(kIoThreads);
    m_pool->setObjectName(QStringLiteral("local-backend-io"));
}

QString LocalBackend::pathOf(const QString &key) const
{
    if (key.isEmpty() || key.startsWith(QLatin1Char('/')) || key.contains(QLatin1Char('\\')))
        return {};
    const QStringList parts = key.split(QLatin1Char('/'));
    for (const QString &p : parts) {
        if (p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."))
            return {};
    }
    return m_root + QLatin1Char('/') + key;
}

BackendOp *LocalBackend::prepare()
{
    const QString root = m_root;
    return new LocalOp(m_pool, [root](LocalOp *) {
        LocalResult r;
        if (!QDir().mkpath(root))
            r.error = ioError(
                QCoreApplication::translate("fb::storage::Backend", "Cannot create %1").arg(root));
        return r;
    });
}

BackendOp *LocalBackend::put(const QString &key, const QString &fromFile, const QByteArray &)
{
    const QString dst = pathOf(key);
    return new LocalOp(m_pool, [dst, key, fromFile, rate = rateLimiter()](LocalOp *op) {
        if (dst.isEmpty())
            return badKey(key);
        QFile src(fromFile);
        if (!src.open(QIODevice::ReadOnly)) {
            LocalResult r;
            r.error = ioError(QCoreApplication::translate("fb::storage::Backend", "Cannot read %1")
                                  .arg(fromFile));
            return r;
        }
        return copyFile(op, src, src.size(), dst, rate);
    });
}

BackendOp *LocalBackend::putData(const QString &key, const QByteArray &data)
{
    const QString dst = pathOf(key);
    return new LocalOp(m_pool, [dst, key, data](LocalOp *op) {
        if (dst.isEmpty())
            return badKey(key);
        QByteArray copy = data;
        QBuffer src(&copy);
        src.open(QIODevice::ReadOnly);
        return copyFile(op, src, data.size(), dst);
    });
}

BackendOp *LocalBackend::get(const QString &key, const QString &toFile)
{
    const QString srcPath = pathOf(key);
    return new LocalOp(m_pool, [srcPath, key, toFile, rate = rateLimiter()](LocalOp *op) {
        if (srcPath.isEmpty())
            return badKey(key);
        QFile src(srcPath);
        if (!src.open(QIODevice::ReadOnly)) {
            LocalResult r;
            r.notFound = !src.exists();
            r.error =
                r.notFound
                    ? fb::Error{QStringLiteral("not_found"),
                                QCoreApplication::translate("fb::storage::Backend",
                                                            "No object \"%1\"")
                                    .arg(key)}
                    : ioError(QCoreApplication::translate("fb::storage::Backend", "Cannot read %1")
                                  .arg(srcPath));
            return r;
        }
        if (toFile.isEmpty()) {
            LocalResult r;
            r.data = src.readAll();
            return r;
        }
        return copyFile(op, src, src.size(), toFile, rate);
    });
}

BackendOp *LocalBackend::getRange(const QString &key, qint64 offset, qint64 length)
{
    const QString srcPath = pathOf(key);
    return new LocalOp(m_pool, [srcPath, key, offset, length, rate = rateLimiter()](LocalOp *op) {
        if (srcPath.isEmpty())
            return badKey(key);
        LocalResult r;
        QFile src(srcPath);
        if (!src.open(QIODevice::ReadOnly)) {
            r.notFound = !src.exists();
            r.error =
                r.notFound
                    ? fb::Error{QStringLiteral("not_found"),
                                QCoreApplication::translate("fb::storage::Backend",
                                                            "No object \"%1\"")
                                    .arg(key)}
                    : ioError(QCoreApplication::translate("fb::storage::Backend", "Cannot read %1")
                                  .arg(srcPath));
            return r;
        }
        if (offset < 0 || length < 0 || !src.seek(offset)) {
            r.error = ioError(
                QCoreApplication::translate("fb::storage::Backend", "Cannot read %1").arg(srcPath));
            return r;
        }
        r.data.resize(length);
        qint64 done = 0;
        while (done < length) {
            if (op->aborted()) {
                r.data.clear();
                r.error = cancelledError();
                return r;
            }
            const qint64 step = std::min<qint64>(length - done, 1 << 20);
            const qint64 want = rate ? rate->takeBlocking(step) : step;
            const qint64 got = src.read(r.data.data() + done, want);
            if (got <= 0) {
                r.data.clear();
                r.error = {QStringLiteral("short_read"),
                           QCoreApplication::translate("fb::storage::Backend",
                                                       "The object is shorter than expected")};
                return r;
            }
            done += got;
            op->reportProgress(done, length);
        }
        return r;
    });
}

BackendOp *LocalBackend::remove(const QString &key)
{
    const QString path = pathOf(key);
    return new LocalOp(m_pool, [path, key](LocalOp *) {
        if (path.isEmpty())
            return badKey(key);
        LocalResult r;
        if (!QFile::exists(path)) {
            r.notFound = true;
            r.error = {
                QStringLiteral("not_found"),
                QCoreApplication::translate("fb::storage::Backend", "No object \"%1\"").arg(key)};
        } else if (!QFile::remove(path)) {
            r.error = ioError(
                QCoreApplication::translate("fb::storage::Backend", "Cannot delete %1").arg(path));
        }
        return r;
    });
}

BackendOp *LocalBackend::list(const QString &prefix)
{
    const QString root = m_root;
    return new LocalOp(m_pool, [root, prefix](LocalOp *op) {
        LocalResult r;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        const QDir base(root);
        while (it.hasNext() && !op->aborted()) {
            it.next();
            const QFileInfo fi = it.fileInfo();
            const QString key = base.relativeFilePath(fi.filePath());
            if (!key.startsWith(prefix))
                continue;
            r.objects.append({key, fi.size(), fi.lastModified().toUTC()});
        }
        std::sort(r.objects.begin(), r.objects.end(),
                  [](const ObjectInfo &a, const ObjectInfo &b) { return a.key < b.key; });
        if (op->aborted())
            r.error = cancelledError();
        return r;
    });
}

BackendOp *LocalBackend::head(const QString &key)
{
    const QString path = pathOf(key);
    return new LocalOp(m_pool, [path, key](LocalOp *) {
        if (path.isEmpty())
            return badKey(key);
        LocalResult r;
        const QFileInfo fi(path);
        if (!fi.isFile()) {
            r.notFound = true;
            r.error = {
                QStringLiteral("not_found"),
                QCoreApplication::translate("fb::storage::Backend", "No object \"%1\"").arg(key)};
        } else {
            r.objects = {{key, fi.size(), fi.lastModified().toUTC()}};
        }
        return r;
    });
}

// --------------------------------------------------------------------------------- factory

Result<std::unique_ptr<Backend>> makeBackend(const QString &providerId, const QJsonObject &access,
                                             QNetworkAccessManager *nam)
{
    using R = Result<std::unique_ptr<Backend>>;
    const QString type = access.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("local")) {
        const QString path = access.value(QStringLiteral("path")).toString();
        if (path.isEmpty() || !QDir::isAbsolutePath(path))
            return R::failure(
                QStringLiteral("bad_access"),
                QCoreApplication::translate("fb::storage::Backend",
                                            "A local provider needs an absolute \"path\""));
        return R(std::make_unique<LocalBackend>(providerId, path));
    }
    if (type == QLatin1String("s3")) {
        S3Config c;
        c.endpoint = QUrl(access.value(QStringLiteral("endpoint")).toString());
        c.region = access.value(QStringLiteral("region")).toString(QStringLiteral("us-east-1"));
        c.bucket = access.value(QStringLiteral("bucket")).toString();
        c.accessKeyId = access.value(QStringLiteral("accessKey")).toString();
        c.pathStyle = access.value(QStringLiteral("pathStyle")).toBool(true);
        QString secret = access.value(QStringLiteral("secretKey")).toString();
        QByteArray secretUtf8 = secret.toUtf8();
        c.secretAccessKey = SecretBytes::fromBytes(secretUtf8);
        SecretBytes::wipe(secretUtf8);
        SecretBytes::wipe(secret);
        if (!c.endpoint.isValid() || c.endpoint.scheme().isEmpty() || c.bucket.isEmpty() ||
            c.accessKeyId.isEmpty() || c.secretAccessKey.isEmpty())
            return R::failure(
                QStringLiteral("bad_access"),
                QCoreApplication::translate("fb::storage::Backend",
                                            "S3 access needs endpoint, bucket, accessKey and "
                                            "secretKey"));
        return R(std::make_unique<S3Backend>(providerId, std::move(c), nam));
    }
    return R::failure(
        QStringLiteral("bad_access"),
        QCoreApplication::translate("fb::storage::Backend", "Unknown storage type \"%1\"")
            .arg(type));
}

} // namespace fb::storage
