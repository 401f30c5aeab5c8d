// Backend: one storage provider's object store behind one interface (S3 today, local directories
// for the demo network and disks on this machine, WebDAV or others later). Every call returns a
// BackendOp that finishes exactly once (signal finished()), reports progress and can be aborted.
// Bodies stream from and to files; only small objects (manifests) go through memory.
//
// makeBackend() builds one from the access parameters a provider sealed for the consumer:
//   {"type":"s3","endpoint":URL,"region":R,"bucket":B,"accessKey":A,"secretKey":S,"pathStyle":bool}
//   {"type":"local","path":"/abs/dir"}
// The secret key is moved into SecretBytes at once and never logged.
#pragma once

#include "storage/s3client.h"
#include "wallet/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThreadPool;

class QNetworkAccessManager;

namespace fb::storage {

class RateLimiter;

struct ObjectInfo
{
    QString key;
    qint64 size = -1;
    QDateTime lastModified;
};

class BackendOp : public QObject
{
    Q_OBJECT
public:
    ~BackendOp() override;
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.code.isEmpty(); }
    const fb::Error &error() const { return m_error; }
    // The object (or the bucket / directory) does not exist.
    bool notFound() const { return m_notFound; }
    bool cancelled() const { return m_error.code == QLatin1String("cancelled"); }
    // get() into memory: the body. list(): the objects. head(): one object.
    const QByteArray &data() const { return m_data; }
    const QList<ObjectInfo> &objects() const { return m_objects; }
    // Stops the operation; it then finishes with the error code "cancelled".
    virtual void abort() = 0;
    // Blocks in a local event loop until finished (tests, CLI). Returns ok().
    bool waitForFinished(int timeoutMs = -1);

Q_SIGNALS:
    void finished();
    void progress(qint64 done, qint64 total);

protected:
    explicit BackendOp(QObject *parent = nullptr);
    void finish(fb::Error error, bool notFound = false);

    QByteArray m_data;
    QList<ObjectInfo> m_objects;

private:
    fb::Error m_error;
    bool m_finished = false;
    bool m_notFound = false;
};

class Backend : public QObject
{
    Q_OBJECT
public:
    // id: the provider's id in manifests and the journal.
    explicit Backend(QString id, QObject *parent = nullptr);
    QString id() const { return m_id; }
    virtual QString type() const = 0;

    // Creates the bucket / directory when missing (idempotent).
    virtual BackendOp *prepare() = 0;
    // sha256Hex: the file's SHA-256 when the caller already has it (saves a pass for signing).
    virtual BackendOp *put(const QString &key, const QString &fromFile,
                           const QByteArray &sha256Hex = {}) = 0;
    virtual BackendOp *putData(const QString &key, const QByteArray &data) = 0;
    // GET into a file (written in place, truncated first) or, with an empty path, into data().
    virtual BackendOp *get(const QString &key, const QString &toFile = {}) = 0;
    // Bytes [offset, offset + length) of an object into data() (a ranged GET): the pipelined
    // download and range reads fetch shards block run by block run this way. The body is paced
    // by the rate limiter; an object shorter than the range fails.
    virtual BackendOp *getRange(const QString &key, qint64 offset, qint64 length) = 0;
    virtual BackendOp *remove(const QString &key) = 0;
    virtual BackendOp *list(const QString &prefix = {}) = 0;
    virtual BackendOp *head(const QString &key) = 0;

    // Objects uploaded in parts while they are being written (the engine streams shards this
    // way). Only when supportsParts(); otherwise these return nullptr. beginParts: data() is the
    // upload id. putPart: a byte range of a file as part `number` (1-based); data() is its ETag.
    // putPartData: the same from memory (the bytes are shared, not copied).
    virtual bool supportsParts() const { return false; }
    virtual BackendOp *beginParts(const QString &key);
    virtual BackendOp *putPart(const QString &key, const QString &uploadId, int number,
                               const QString &fromFile, qint64 offset, qint64 length,
                               const QByteArray &sha256Hex = {});
    virtual BackendOp *putPartData(const QString &key, const QString &uploadId, int number,
                                   const QByteArray &bytes, const QByteArray &sha256Hex = {});
    virtual BackendOp *completeParts(const QString &key, const QString &uploadId,
                                     const QList<QPair<int, QByteArray>> &etags);
    virtual BackendOp *abortParts(const QString &key, const QString &uploadId);

    // Bandwidth: object bodies sent and received take tokens from this bucket (null: unlimited).
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter);
    std::shared_ptr<RateLimiter> rateLimiter() const { return m_rate; }

protected:
    virtual void rateLimiterChanged() {}

private:
    QString m_id;
    std::shared_ptr<RateLimiter> m_rate;
};

class S3Backend : public Backend
{
    Q_OBJECT
public:
    S3Backend(QString id, S3Config config, QNetworkAccessManager *nam = nullptr,
              QObject *parent = nullptr);
    ~S3Backend() override;
    QString type() const override { return QStringLiteral("s3"); }
    S3Client *client() const { return m_client.get(); }

    BackendOp *prepare() override;
    BackendOp *put(const QString &key, const QString &fromFile,
                   const QByteArray &sha256Hex = {}) override;
    BackendOp *putData(const QString &key, const QByteArray &data) override;
    BackendOp *get(const QString &key, const QString &toFile = {}) override;
    BackendOp *getRange(const QString &key, qint64 offset, qint64 length) override;
    BackendOp *remove(const QString &key) override;
    BackendOp *list(const QString &prefix = {}) override;
    BackendOp *head(const QString &key) override;
    bool supportsParts() const override { return true; }
    BackendOp *beginParts(const QString &key) override;
    BackendOp *putPart(const QString &key, const QString &uploadId, int number,
                       const QString &fromFile, qint64 offset, qint64 length,
                       const QByteArray &sha256Hex = {}) override;
    BackendOp *putPartData(const QString &key, const QString &uploadId, int number,
                           const QByteArray &bytes, const QByteArray &sha256Hex = {}) override;
    BackendOp *completeParts(const QString &key, const QString &uploadId,
                             const QList<QPair<int, QByteArray>> &etags) override;
    BackendOp *abortParts(const QString &key, const QString &uploadId) override;

protected:
    void rateLimiterChanged() override;

private:
    std::unique_ptr<S3Client> m_client;
};

// Objects are files under root (keys map to relative paths; ".." and absolute keys are refused).
// Writes go through QSaveFile, so a crash never leaves a half object under its final name. The
// file I/O runs on the backend's own thread pool (never the global one); results arrive on the
// op's thread.
class LocalBackend : public Backend
{
    Q_OBJECT
public:
    LocalBackend(QString id, QString root, QObject *parent = nullptr);
    QString type() const override { return QStringLiteral("local"); }
    QString root() const { return m_root; }
    // The file of key, or an empty string for an invalid key.
    QString pathOf(const QString &key) const;

    BackendOp *prepare() override;
    BackendOp *put(const QString &key, const QString &fromFile,
                   const QByteArray &sha256Hex = {}) override;
    BackendOp *putData(const QString &key, const QByteArray &data) override;
    BackendOp *get(const QString &key, const QString &toFile = {}) override;
    BackendOp *getRange(const QString &key, qint64 offset, qint64 length) override;
    BackendOp *remove(const QString &key) override;
    BackendOp *list(const QString &prefix = {}) override;
    BackendOp *head(const QString &key) override;

    // As many objects are copied at once as the engine runs shard transfers by default.
    static constexpr int kIoThreads = 4;
    const QThreadPool *ioPool() const { return m_pool.get(); }

private:
    QString m_root;
    std::shared_ptr<QThreadPool> m_pool;
};

// Builds a backend from sealed access parameters (see the top of this file).
Result<std::unique_ptr<Backend>> makeBackend(const QString &providerId, const QJsonObject &access,
                                             QNetworkAccessManager *nam = nullptr);

} // namespace fb::storage
