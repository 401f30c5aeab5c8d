#include "storage/transferengine.h"

#include "storage/manifestcrypto.h"

#include "storage/backend.h"
#include "storage/filecrypto.h"
#include "storage/ratelimiter.h"
#include "storage/storagelog.h"

#include <sodium.h>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

#include <filesystem>
#include <system_error>

namespace fb::storage {

namespace {

const QString kUpload = QStringLiteral("upload");
const QString kDownload = QStringLiteral("download");
const QString kRepair = QStringLiteral("repair");

// Parts are coded into memory and sent from there (no scratch shard files): at most this many
// parts of every shard are held at a time, the encoder waits for the slowest shard.
constexpr int kMemoryParts = 2;
// Streamed uploads: each shard is a multipart object, uploaded while the next stripes are
// encoded. Its parts are as large as a 96 MiB budget for the parts held allows, at most 8 MiB and
// at least S3's smallest part, 5 MiB: 8 MiB for up to 6 shards, 5 MiB for 10 (12 MiB parts
// uploaded ~5 % faster against s3rver but held 170 MiB at the peak: bench/RESULTS.md).
constexpr qint64 kPartBudget = 96 << 20;
qint64 partBytesFor(int shards)
{
    return std::clamp<qint64>(kPartBudget / (kMemoryParts * std::max(1, shards)) / (1 << 20) *
                                  (1 << 20),
                              5 << 20, 8 << 20);
}
enum StreamOp { kBegin, kPart, kComplete };

QString randomHex(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(b.size()));
    return QString::fromLatin1(b.toHex());
}

fb::Error err(const QString &code, const QString &message)
{
    return {code, message};
}

bool renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdString()),
                            std::filesystem::path(to.toStdString()), ec);
    return !ec;
}

} // namespace

struct TransferEngine::Job
{
    TransferRecord rec;
    Manifest mf;
    bool haveManifest = false;
    QList<ShardTask> tasks;
    QHash<int, QPointer<BackendOp>> ops;
    QList<QPointer<BackendOp>> sideOps; // manifests, repair uploads
    QHash<int, qint64> inflight;
    QList<int> corrupt;
    QStringList dead;
    bool busy = false; // a worker thread is encoding / decoding
    bool cancelled = false;
    int sidePending = 0;
    fb::Error sideError;
    qint64 total = 0;
    qint64 lastDone = 0;
    bool paused = false;
    // Streamed upload: shards go up as multipart objects, part by part while encoding.
    struct Stream
    {
        QString uploadId;
        QList<QByteArray> etags;
    };
    bool streaming = false;
    bool encoded = false;
    int partStripes = 0;
    int parts = 0;
    int blockSize = 0;
    int stripes = 0;
    int partsReady = 0;
    QList<QList<QByteArray>> partShas; // [part][shard] SHA-256 hex (signing)
    QList<Stream> streams;
    // Parts coded in memory: the stream header (not secret: it heads the ciphertext) makes the
    // coding repeatable, so a resumed upload codes the file again and sends only the parts
    // missing; the journalled part hashes prove the file is unchanged.
    bool memory = false;
    QByteArray header;
    QMap<int, QList<QByteArray>> partData; // [part] -> bytes per shard, until every shard has it
    QSet<int> counted;                     // shards counted in shardPuts by this engine
    std::shared_ptr<std::atomic<bool>> stop = std::make_shared<std::atomic<bool>>(false);
    bool retryWhenStopped = false; // retry() while the stopped encoder still ran
    // Speed: (ms, bytes done) samples of the last few seconds.
    QElapsedTimer clock;
    QList<QPair<qint64, qint64>> samples;
    double bps = 0;
    qint64 partOffset(int part) const { return qint64(part) * partStripes * blockSize; }
    qint64 partLength(int part) const
    {
        return qint64(std::min(partStripes, stripes - part * partStripes)) * blockSize;
    }
};

TransferEngine::TransferEngine(QObject *parent)
    : QObject(parent)
    , m_rate(std::make_shared<RateLimiter>())
{
    m_pool.setMaxThreadCount(2);
}

TransferEngine::~TransferEngine()
{
    for (auto &[id, j] : m_jobs) {
        j->cancelled = true;
        j->stop->store(true);
        for (const auto &op : j->ops)
            if (op)
                op->abort();
        for (const auto &op : j->sideOps)
            if (op)
                op->abort();
    }
    m_pool.waitForDone();
}

Status TransferEngine::open(const QString &journalPath, const QString &workDir,
                            SecretBytes masterSecret)
{
    if (masterSecret.isEmpty())
        return Status::failure(QStringLiteral("no_key"), QStringLiteral("No master secret"));
    m_master = std::make_shared<SecretBytes>(std::move(masterSecret));
    m_workDir = QDir::cleanPath(workDir);
    if (!QDir().mkpath(m_workDir))
        return Status::failure(QStringLiteral("io"),
                               QStringLiteral("Cannot create %1").arg(m_workDir));
    return m_journal.open(journalPath);
}

void TransferEngine::addBackend(Backend *backend)
{
    m_backends.insert(backend->id(), backend);
    backend->setRateLimiter(m_rate);
}

void TransferEngine::setBandwidthLimit(qint64 bytesPerSecond)
{
    m_rate->setRate(bytesPerSecond);
}

qint64 TransferEngine::bandwidthLimit() const
{
    return m_rate->rate();
}

Backend *TransferEngine::backend(const QString &id) const
{
    return m_backends.value(id).data();
}

void TransferEngine::setConcurrency(int shardTransfers)
{
    m_limit = std::max(1, shardTransfers);
    pump();
}

QString TransferEngine::manifestKey(const QString &fileId)
{
    return QStringLiteral("fb/m/") + fileId;
}

QString TransferEngine::jobDir(qint64 id) const
{
    return m_workDir + QStringLiteral("/t%1").arg(id);
}

TransferEngine::Job *TransferEngine::job(qint64 id) const
{
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : it->second.get();
}

// ------------------------------------------------------------------------------- manifests

QByteArray TransferEngine::sealManifest(const Manifest &mf) const
{
    return storage::sealManifest(*m_master, mf);
}

Result<Manifest> TransferEngine::openManifest(const QByteArray &blob, const QString &fileId) const
{
    return storage::openManifest(*m_master, blob, fileId);
}

// ---------------------------------------------------------------------------- entry points

Result<qint64> TransferEngine::upload(const QString &path, const QStringList &providers, int k,
                                      int m)
{
    if (!m_journal.isOpen())
        return Result<qint64>::failure(QStringLiteral("not_open"),
                                       QStringLiteral("Engine not open"));
    if (k < 1 || m < 0 || k + m > 255 || providers.size() != k + m)
        return Result<qint64>::failure(
            QStringLiteral("bad_scheme"),
            QStringLiteral("An erasure scheme %1+%2 needs %3 providers").arg(k).arg(m).arg(k + m));
    if (QSet<QString>(providers.begin(), providers.end()).size() != providers.size())
        return Result<qint64>::failure(QStringLiteral("bad_scheme"),
                                       QStringLiteral("Each shard needs a different provider"));
    for (const QString &p : providers)
        if (!backend(p))
            return Result<qint64>::failure(QStringLiteral("no_provider"),
                                           QStringLiteral("Unknown provider %1").arg(p));
    if (!QFileInfo(path).isFile())
        return Result<qint64>::failure(QStringLiteral("io"),
                                       QStringLiteral("No file %1").arg(path));
    TransferRecord rec;
    rec.kind = kUpload;
    rec.path = QFileInfo(path).absoluteFilePath();
    rec.fileId = randomHex(16);
    rec.state = QStringLiteral("encoding");
    rec.k = k;
    rec.m = m;
    rec.size = QFileInfo(path).size();
    rec.providers = providers;
    rec.salt = randomSalt();
    return startJob(std::move(rec));
}

Result<qint64> TransferEngine::download(const QString &fileId, const QStringList &providers,
                                        const QString &outPath)
{
    if (!m_journal.isOpen())
        return Result<qint64>::failure(QStringLiteral("not_open"),
                                       QStringLiteral("Engine not open"));
    TransferRecord rec;
    rec.kind = kDownload;
    rec.path = QFileInfo(outPath).absoluteFilePath();
    rec.fileId = fileId;
    rec.state = QStringLiteral("manifest");
    rec.providers = providers;
    return startJob(std::move(rec));
}

Result<qint64> TransferEngine::repair(const QString &fileId, const QStringList &providers,
                                      const QString &deadProvider, const QString &replacement)
{
    if (!m_journal.isOpen())
        return Result<qint64>::failure(QStringLiteral("not_open"),
                                       QStringLiteral("Engine not open"));
    if (!backend(replacement))
        return Result<qint64>::failure(QStringLiteral("no_provider"),
                                       QStringLiteral("Unknown provider %1").arg(replacement));
    TransferRecord rec;
    rec.kind = kRepair;
    rec.fileId = fileId;
    rec.state = QStringLiteral("manifest");
    rec.providers = providers;
    rec.extra = QJsonObject{{QStringLiteral("dead"), deadProvider},
                            {QStringLiteral("replacement"), replacement}};
    return startJob(std::move(rec));
}

Result<qint64> TransferEngine::startJob(TransferRecord rec)
{
    auto id = m_journal.insertTransfer(rec);
    if (!id.ok())
        return id;
    rec.id = id.value();
    auto j = std::make_unique<Job>();
    j->rec = std::move(rec);
    Job *raw = j.get();
    m_jobs[raw->rec.id] = std::move(j);
    qCInfo(lcStorage) << "transfer" << raw->rec.id << raw->rec.kind << "of file" << raw->rec.fileId;
    // Started from the event loop so the caller can connect to the signals first.
    const qint64 tid = raw->rec.id;
    QTimer::singleShot(0, this, [this, tid] {
        Job *jj = job(tid);
        if (!jj || jj->cancelled)
            return;
        if (jj->rec.kind == kUpload)
            startEncoding(jj);
        else
            fetchManifest(jj, 0);
    });
    return tid;
}

QList<qint64> TransferEngine::resumeAll()
{
    QList<qint64> ids;
    auto rows = m_journal.unfinished();
    if (!rows.ok()) {
        qCWarning(lcStorage) << "cannot read the transfer journal:" << rows.error().message;
        return ids;
    }
    for (TransferRecord &rec : rows.value()) {
        if (job(rec.id))
            continue;
        auto j = std::make_unique<Job>();
        j->rec = std::move(rec);
        ids.append(j->rec.id);
        resumeJob(std::move(j));
    }
    return ids;
}

void TransferEngine::resumeJob(std::unique_ptr<Job> owned)
{
    Job *j = owned.get();
    m_jobs[j->rec.id] = std::move(owned);
    auto tasks = m_journal.tasks(j->rec.id);
    if (tasks.ok())
        j->tasks = tasks.value();
    for (ShardTask &t : j->tasks)
        if (t.state == QLatin1String("active"))
            t.state = QStringLiteral("pending");
    if (!j->rec.manifest.isEmpty()) {
        auto mf = Manifest::fromJson(j->rec.manifest);
        if (mf.ok()) {
            j->mf = mf.value();
            j->haveManifest = true;
        }
    }
    qCInfo(lcStorage) << "resuming transfer" << j->rec.id << j->rec.kind << "in state"
                      << j->rec.state;
    const QString dir = jobDir(j->rec.id) + QStringLiteral("/shards");
    if (j->rec.kind == kUpload && j->rec.extra.contains(QStringLiteral("header"))) {
        resumeStream(j);
        return;
    }
    if (j->rec.kind == kUpload) {
        bool shardsThere = j->haveManifest && j->tasks.size() == j->mf.k + j->mf.m;
        if (shardsThere) {
            for (const ShardTask &t : j->tasks) {
                if (t.state == QLatin1String("done"))
                    continue;
                const QFileInfo fi(dir + QStringLiteral("/shard-%1").arg(t.index));
                shardsThere &= fi.isFile() && fi.size() == t.size;
            }
        }
        if (j->rec.state == QLatin1String("encoding") || !shardsThere) {
            // The encryption is randomised: new shards mean every shard goes again. Multipart
            // uploads begun for the old shards are aborted (best effort).
            const QJsonArray old = j->rec.extra.value(QStringLiteral("streams")).toArray();
            for (int i = 0; i < old.size() && i < j->tasks.size(); ++i) {
                const QString uid = old[i].toObject().value(QStringLiteral("id")).toString();
                Backend *b = backend(j->tasks[i].provider);
                if (!uid.isEmpty() && b)
                    if (BackendOp *op = b->abortParts(j->tasks[i].objectKey, uid))
                        connect(op, &BackendOp::finished, op, &QObject::deleteLater);
            }
            j->rec.extra = {};
            j->rec.state = QStringLiteral("encoding");
            j->tasks.clear();
            if (Status s = m_journal.replaceTasks(j->rec.id, {}); !s.ok())
                qCWarning(lcStorage) << s.error().message;
            persist(j);
            startEncoding(j);
            return;
        }
        for (const ShardTask &t : j->tasks)
            j->total += t.size;
        const QJsonObject ex = j->rec.extra;
        if (ex.contains(QStringLiteral("streams"))) {
            // A streamed upload whose encoding finished: continue each shard's multipart upload
            // from the parts journalled.
            j->streaming = true;
            j->encoded = true;
            j->partStripes = ex.value(QStringLiteral("partStripes")).toInt();
            j->blockSize = j->mf.blockSize;
            j->stripes = j->mf.stripes;
            j->parts = (j->stripes + j->partStripes - 1) / std::max(1, j->partStripes);
            j->partsReady = j->parts;
            readStreams(j);
            if (j->streams.size() != j->tasks.size() || j->partShas.size() != j->parts) {
                j->streaming = false; // inconsistent: fall back to whole-shard puts
                j->streams.clear();
            }
        }
        persist(j);
        for (int i = 0; i < j->tasks.size(); ++i)
            persistTask(j, i);
        if (j->rec.state == QLatin1String("manifest")) {
            putManifests(j);
            return;
        }
        j->rec.state = QStringLiteral("uploading");
        afterTasks(j);
        return;
    }
    // Download and repair: start again from the manifest; shards already fetched and intact
    // are kept (onManifest checks them).
    j->rec.state = QStringLiteral("manifest");
    persist(j);
    fetchManifest(j, 0);
}

void TransferEngine::cancel(qint64 id)
{
    Job *j = job(id);
    if (j && j->rec.state == QLatin1String("failed") && !j->busy) {
        // A failed upload kept for retry(): drop its scratch files and multipart uploads.
        abortStreams(j);
        QDir(jobDir(id)).removeRecursively();
        return;
    }
    if (!j || j->cancelled || j->rec.state == QLatin1String("done") ||
        j->rec.state == QLatin1String("failed"))
        return;
    j->cancelled = true;
    j->stop->store(true);
    abortStreams(j);
    const auto ops = j->ops;
    for (const auto &op : ops)
        if (op)
            op->abort();
    const auto side = j->sideOps;
    for (const auto &op : side)
        if (op)
            op->abort();
    complete(j, err(QStringLiteral("cancelled"), QStringLiteral("The transfer was cancelled")));
}

TransferInfo TransferEngine::info(qint64 id) const
{
    TransferInfo info;
    info.id = id;
    if (const Job *j = job(id)) {
        info.kind = j->rec.kind;
        info.state = j->rec.state;
        info.fileId = j->rec.fileId;
        info.error = j->rec.error;
        info.bytesTotal = j->total;
        info.bytesDone = j->lastDone;
        info.corruptShards = j->corrupt;
        info.deadProviders = j->dead;
        info.paused = j->paused;
        if (!j->paused && !info.finished()) {
            info.bytesPerSecond = j->bps;
            if (j->bps > 0 && j->total > 0)
                info.etaSeconds =
                    qint64(double(std::max<qint64>(0, j->total - j->lastDone)) / j->bps);
        }
        return info;
    }
    auto rec = m_journal.transfer(id);
    if (rec.ok()) {
        info.kind = rec->kind;
        info.state = rec->state;
        info.fileId = rec->fileId;
        info.error = rec->error;
    }
    return info;
}

void TransferEngine::pause(qint64 id)
{
    Job *j = job(id);
    if (!j || j->paused || info(id).finished())
        return;
    j->paused = true;
    const auto ops = j->ops;
    for (const auto &op : ops)
        if (op)
            op->abort(); // back to pending in onTaskFinished / onStreamOpFinished
    j->samples.clear();
    j->bps = 0;
    qCInfo(lcStorage) << "transfer" << id << "paused";
    emitProgress(j);
}

void TransferEngine::resume(qint64 id)
{
    Job *j = job(id);
    if (!j || !j->paused)
        return;
    j->paused = false;
    qCInfo(lcStorage) << "transfer" << id << "resumed";
    pump();
}

bool TransferEngine::retry(qint64 id)
{
    Job *j = job(id);
    if (!j || j->rec.kind != kUpload || j->rec.state != QLatin1String("failed"))
        return false;
    if (j->busy) {
        // The failure stopped the encoder; it returns within a stripe, and onEncoded() restarts
        // the upload then (a new run must not code beside the stopped one).
        j->retryWhenStopped = true;
        j->rec.state = QStringLiteral("encoding");
        j->rec.error.clear();
        return true;
    }
    return restart(id);
}

bool TransferEngine::restart(qint64 id)
{
    auto rec = m_journal.transfer(id);
    if (!rec.ok())
        return false;
    TransferRecord r = rec.value();
    r.state = r.manifest.isEmpty() ? QStringLiteral("encoding") : QStringLiteral("uploading");
    r.error.clear();
    m_jobs.erase(id);
    auto nj = std::make_unique<Job>();
    nj->rec = std::move(r);
    resumeJob(std::move(nj));
    return true;
}

TransferInfo TransferEngine::totals() const
{
    TransferInfo t;
    t.kind = QStringLiteral("total");
    for (const auto &[id, j] : m_jobs) {
        if (j->rec.state == QLatin1String("done") || j->rec.state == QLatin1String("failed") ||
            j->rec.state == QLatin1String("cancelled"))
            continue;
        t.bytesDone += j->lastDone;
        t.bytesTotal += j->total;
        if (!j->paused)
            t.bytesPerSecond += j->bps;
    }
    t.state = t.bytesTotal > 0 ? QStringLiteral("active") : QStringLiteral("idle");
    if (t.bytesPerSecond > 0)
        t.etaSeconds =
            qint64(double(std::max<qint64>(0, t.bytesTotal - t.bytesDone)) / t.bytesPerSecond);
    return t;
}

Result<Manifest> TransferEngine::manifest(qint64 id) const
{
    if (const Job *j = job(id); j && j->haveManifest)
        return j->mf;
    auto rec = m_journal.transfer(id);
    if (!rec.ok())
        return rec.error();
    return Manifest::fromJson(rec->manifest);
}

bool TransferEngine::waitFor(qint64 id, int timeoutMs)
{
    if (!info(id).finished()) {
        QEventLoop loop;
        connect(this, &TransferEngine::finished, &loop, [&loop, id](qint64 done) {
            if (done == id)
                loop.quit();
        });
        if (timeoutMs >= 0)
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return info(id).state == QLatin1String("done");
}

// ---------------------------------------------------------------------------------- upload

// The journalled part hashes and multipart uploads (upload id, ETags) of a streamed upload.
void TransferEngine::readStreams(Job *j)
{
    const QJsonObject ex = j->rec.extra;
    j->partShas.clear();
    for (const QJsonValue &p : ex.value(QStringLiteral("shas")).toArray()) {
        QList<QByteArray> row;
        for (const QJsonValue &h : p.toArray())
            row.append(h.toString().toLatin1());
        j->partShas.append(row);
    }
    j->streams.clear();
    for (const QJsonValue &v : ex.value(QStringLiteral("streams")).toArray()) {
        Job::Stream st;
        st.uploadId = v.toObject().value(QStringLiteral("id")).toString();
        for (const QJsonValue &e : v.toObject().value(QStringLiteral("etags")).toArray())
            st.etags.append(e.toString().toLatin1());
        j->streams.append(st);
    }
}

// A streamed upload coded in memory, after a restart or retry(): the multipart uploads and the
// parts journalled are kept, the file is coded again with the same key and stream header, and
// only the parts missing go up (each part coded again must hash as journalled).
void TransferEngine::resumeStream(Job *j)
{
    const QJsonObject ex = j->rec.extra;
    j->memory = true;
    j->header = QByteArray::fromHex(ex.value(QStringLiteral("header")).toString().toLatin1());
    j->partStripes = ex.value(QStringLiteral("partStripes")).toInt();
    readStreams(j);
    j->total = 0;
    for (const ShardTask &t : std::as_const(j->tasks))
        j->total += t.size;
    const QFileInfo fi(j->rec.path);
    const bool consistent = j->tasks.size() == j->rec.k + j->rec.m &&
                            j->streams.size() == j->tasks.size() && j->partStripes > 0 &&
                            j->header.size() == crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    if (!consistent) {
        // Nothing usable was journalled: start over with new shards.
        abortStreams(j);
        j->rec.extra = {};
        j->tasks.clear();
        if (Status s = m_journal.replaceTasks(j->rec.id, {}); !s.ok())
            qCWarning(lcStorage) << s.error().message;
        j->rec.state = QStringLiteral("encoding");
        persist(j);
        startEncoding(j);
        return;
    }
    if (j->rec.state == QLatin1String("manifest") && j->haveManifest) {
        persist(j);
        putManifests(j);
        return;
    }
    if (!fi.isFile() || fi.size() != j->rec.size ||
        fi.lastModified().toMSecsSinceEpoch() != ex.value(QStringLiteral("mtime")).toInteger()) {
        failChanged(j);
        return;
    }
    int parts = 0, shards = 0;
    for (int i = 0; i < j->tasks.size(); ++i) {
        persistTask(j, i);
        if (j->tasks[i].state == QLatin1String("done"))
            ++shards;
        else
            parts += int(j->streams[i].etags.size());
    }
    qCInfo(lcStorage) << "transfer" << j->rec.id << "codes the file again; kept:" << shards
                      << "whole shards and" << parts << "parts of the others";
    j->rec.state = QStringLiteral("encoding");
    persist(j);
    startEncoding(j, true);
}

// The source file is not the one whose parts were stored: the stored parts and shards are
// dropped and the upload fails (coding other bytes with the same key and header must not
// happen).
void TransferEngine::failChanged(Job *j)
{
    abortStreams(j);
    for (const ShardTask &t : std::as_const(j->tasks)) {
        if (t.state != QLatin1String("done"))
            continue;
        if (Backend *b = backend(t.provider))
            if (BackendOp *op = b->remove(t.objectKey))
                connect(op, &BackendOp::finished, op, &QObject::deleteLater);
    }
    j->rec.extra = {};
    j->tasks.clear();
    if (Status s = m_journal.replaceTasks(j->rec.id, {}); !s.ok())
        qCWarning(lcStorage) << s.error().message;
    complete(
        j,
        err(QStringLiteral("changed"),
            QStringLiteral("%1 changed since its upload began; upload it again").arg(j->rec.path)));
}

void TransferEngine::startEncoding(Job *j, bool again)
{
    j->busy = true;
    const qint64 id = j->rec.id;
    const QString dir = jobDir(id);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString src = j->rec.path;
    const int k = j->rec.k, m = j->rec.m;
    const QByteArray salt = j->rec.salt;
    const QString fileId = j->rec.fileId;
    const auto master = m_master;
    j->stop = std::make_shared<std::atomic<bool>>(false);
    const auto stop = j->stop;

    // Streamed when every provider takes parts and a shard spans more than one part: the shards
    // are multipart objects whose parts go up as soon as the encoder has written them.
    // A large shard goes up in single-block parts (the part's SHA-256 is the block's hash). A
    // resumed upload keeps the layout it was coded with.
    int layoutPartStripes = 0;
    streamLayout(QFileInfo(src).size(), kDefaultChunk, k, partBytesFor(k + m), &j->blockSize,
                 &j->stripes, &layoutPartStripes);
    if (again) {
        // A journal without a block size was coded with shardLayout()'s blocks (before
        // single-block parts).
        const int journalled = j->rec.extra.value(QStringLiteral("blockSize")).toInt();
        if (journalled > 0) {
            j->blockSize = journalled;
            const qint64 stripeBytes = qint64(k) * journalled;
            j->stripes = int(std::max<qint64>(
                1, (encryptedSize(QFileInfo(src).size(), kDefaultChunk) + stripeBytes - 1) /
                       stripeBytes));
        } else {
            shardLayout(QFileInfo(src).size(), kDefaultChunk, k, &j->blockSize, &j->stripes);
        }
    }
    if (!again)
        j->partStripes = layoutPartStripes;
    j->parts = (j->stripes + j->partStripes - 1) / j->partStripes;
    bool stream = again || j->parts >= 2;
    for (const QString &p : std::as_const(j->rec.providers))
        stream = stream && backend(p) && backend(p)->supportsParts();
    j->streaming = stream;
    j->memory = stream;
    j->encoded = false;
    j->partsReady = 0;
    j->partData.clear();
    if (!again) {
        j->partShas.clear();
        j->streams.clear();
    }
    if (stream && !again) {
        j->header =
            QByteArray(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
        randombytes_buf(j->header.data(), size_t(j->header.size()));
        j->rec.extra.insert(QStringLiteral("header"), QString::fromLatin1(j->header.toHex()));
        j->rec.extra.insert(QStringLiteral("mtime"),
                            QFileInfo(src).lastModified().toMSecsSinceEpoch());
        j->tasks.clear();
        j->total = 0;
        for (int i = 0; i < k + m; ++i) {
            ShardTask t;
            t.transfer = id;
            t.index = i;
            t.provider = j->rec.providers.value(i);
            t.objectKey = QStringLiteral("fb/s/") + randomHex(16);
            t.state = QStringLiteral("pending");
            t.size = qint64(j->stripes) * j->blockSize;
            j->tasks.append(t);
            j->total += t.size;
            j->streams.append(Job::Stream{});
        }
        if (Status s = m_journal.replaceTasks(id, j->tasks); !s.ok())
            qCWarning(lcStorage) << s.error().message;
        persistStreams(j);
    }
    const int bs = j->blockSize;
    const int partStripes = stream ? j->partStripes : 0;
    const QByteArray header = stream ? j->header : QByteArray();
    m_pool.start([this, id, dir, src, k, m, salt, fileId, master, stop, bs, partStripes, header] {
        auto work = [&]() -> Result<Manifest> {
            // One pass: read, hash, encrypt, RS-encode and hash the shards stripe by stripe.
            const SecretBytes key = deriveFileKey(*master, salt);
            const QFileInfo fi(src);
            EncodeHooks hooks;
            hooks.cancel = stop.get();
            hooks.partStripes = partStripes;
            hooks.header = header;
            hooks.memoryParts = partStripes > 0 ? kMemoryParts : 0;
            hooks.memoryInUse = &m_partMemory; // one budget for every upload coding at once
            hooks.memoryBudget = kPartBudget;
            hooks.onPartData = [this, id, stop](int part, const QList<QByteArray> &bytes,
                                                const QList<QByteArray> &shas) {
                QMetaObject::invokeMethod(
                    this,
                    [this, id, stop, part, bytes, shas] {
                        onPartData(id, stop, part, bytes, shas);
                    },
                    Qt::QueuedConnection);
            };
            auto coded = encryptEncodeShards(src, dir + QStringLiteral("/shards"), key,
                                             kDefaultChunk, k, m, bs, hooks);
            if (!coded.ok())
                return coded.error();
            Manifest mf;
            mf.fileId = fileId;
            mf.name = fi.fileName();
            mf.size = coded->size;
            mf.mtime = fi.lastModified().toUTC();
            mf.salt = salt;
            mf.chunkSize = kDefaultChunk;
            mf.encryptedSize = coded->encryptedSize;
            mf.k = k;
            mf.m = m;
            mf.blockSize = coded->blockSize;
            mf.stripes = coded->stripes;
            mf.shards = coded->shards;
            return mf;
        };
        Result<Manifest> r = work();
        QMetaObject::invokeMethod(
            this, [this, id, stop, r = std::move(r)] { onEncoded(id, stop, r); },
            Qt::QueuedConnection);
    });
}

void TransferEngine::onPartData(qint64 id, const std::shared_ptr<std::atomic<bool>> &run, int part,
                                const QList<QByteArray> &bytes, const QList<QByteArray> &shas)
{
    Job *j = job(id);
    if (!j || j->stop != run || j->cancelled || !j->streaming)
        return;
    if (part < j->partShas.size()) {
        if (j->partShas[part] != shas) { // coded again (resume), but from other bytes
            failChanged(j);
            return;
        }
    } else if (part == j->partShas.size()) {
        j->partShas.append(shas);
        persistStreams(j); // journalled before any byte of the part is sent
    }
    j->partsReady = part + 1;
    j->partData.insert(part, bytes);
    releaseParts(j); // a resumed upload: parts every shard has already
    pump();
}

// Drops the parts every unfinished shard has stored (the encoder reuses their buffers).
void TransferEngine::releaseParts(Job *j)
{
    while (!j->partData.isEmpty()) {
        const int part = j->partData.firstKey();
        for (int i = 0; i < j->tasks.size(); ++i)
            if (j->tasks[i].state != QLatin1String("done") &&
                j->streams.value(i).etags.size() <= part)
                return;
        j->partData.remove(part);
    }
}

void TransferEngine::onEncoded(qint64 id, const std::shared_ptr<std::atomic<bool>> &run,
                               Result<Manifest> result)
{
    Job *j = job(id);
    if (!j || j->stop != run) // none, or a stopped run of a job retry() has replaced
        return;
    j->busy = false;
    // retry() came while this stopped run was still coding (and no cancel() since): restart
    // now, keeping what the failed run left.
    if (j->retryWhenStopped && j->rec.state == QLatin1String("encoding")) {
        restart(id);
        return;
    }
    if (j->cancelled) {
        QDir(jobDir(id)).removeRecursively();
        return;
    }
    if (!result.ok()) {
        complete(j, result.error());
        return;
    }
    j->mf = result.value();
    j->haveManifest = true;
    if (j->streaming) {
        if (j->mf.stripes != j->stripes || j->mf.blockSize != j->blockSize ||
            j->mf.shards.size() != j->tasks.size()) {
            complete(j, err(QStringLiteral("io"),
                            QStringLiteral("%1 changed while reading").arg(j->rec.path)));
            return;
        }
        for (int i = 0; i < j->mf.shards.size(); ++i) {
            j->mf.shards[i].provider = j->tasks[i].provider;
            j->mf.shards[i].objectKey = j->tasks[i].objectKey;
        }
        j->encoded = true;
        j->rec.manifest = j->mf.toJson();
        j->rec.size = j->mf.size;
        j->rec.state = QStringLiteral("uploading");
        persistStreams(j); // also the state: from here a kill resumes the parts
        emitProgress(j);
        afterTasks(j);
        return;
    }
    j->tasks.clear();
    j->total = 0;
    for (int i = 0; i < j->mf.shards.size(); ++i) {
        ShardInfo &s = j->mf.shards[i];
        s.provider = j->rec.providers.value(i);
        s.objectKey = QStringLiteral("fb/s/") + randomHex(16);
        ShardTask t;
        t.transfer = id;
        t.index = i;
        t.provider = s.provider;
        t.objectKey = s.objectKey;
        t.state = QStringLiteral("pending");
        t.size = s.size;
        j->tasks.append(t);
        j->total += s.size;
    }
    j->rec.manifest = j->mf.toJson();
    j->rec.size = j->mf.size;
    j->rec.state = QStringLiteral("uploading");
    // Tasks first, then the state: a kill in between resumes as "encoding" again.
    if (Status s = m_journal.replaceTasks(id, j->tasks); !s.ok()) {
        complete(j, s.error());
        return;
    }
    persist(j);
    emitProgress(j);
    pump();
}

// ------------------------------------------------------------------------------- scheduling

void TransferEngine::pump()
{
    for (auto &[id, owned] : m_jobs) {
        Job *j = owned.get();
        if (j->cancelled || j->paused)
            continue;
        if (j->streaming && j->rec.kind == kUpload &&
            (j->rec.state == QLatin1String("encoding") ||
             j->rec.state == QLatin1String("uploading"))) {
            if (!pumpStream(j))
                return;
            continue;
        }
        if (j->busy)
            continue;
        if (j->rec.state != QLatin1String("uploading") &&
            j->rec.state != QLatin1String("downloading"))
            continue;
        for (int i = 0; i < j->tasks.size(); ++i) {
            if (m_running >= m_limit)
                return;
            if (j->tasks[i].state == QLatin1String("pending"))
                startTask(j, i);
        }
    }
}

void TransferEngine::startTask(Job *j, int i)
{
    ShardTask &t = j->tasks[i];
    Backend *b = backend(t.provider);
    t.state = QStringLiteral("active");
    ++t.attempts;
    persistTask(j, i);
    const QString file = jobDir(j->rec.id) + QStringLiteral("/shards/shard-%1").arg(t.index);
    const qint64 id = j->rec.id;
    if (!b) {
        // An unknown provider counts as a dead one.
        QTimer::singleShot(0, this, [this, id, i] {
            ++m_running;
            onTaskFinished(id, i, nullptr);
        });
        return;
    }
    BackendOp *op = nullptr;
    if (j->rec.kind == kUpload) {
        op = b->put(t.objectKey, file,
                    t.index < j->mf.shards.size() ? j->mf.shards[t.index].sha256 : QByteArray());
        ++m_shardPuts;
    } else {
        QDir().mkpath(QFileInfo(file).absolutePath());
        op = b->get(t.objectKey, file);
        ++m_shardGets;
    }
    ++m_running;
    j->ops.insert(i, op);
    connect(op, &BackendOp::progress, this, [this, id, i](qint64 done, qint64) {
        if (Job *jj = job(id)) {
            jj->inflight.insert(i, done);
            emitProgress(jj);
        }
    });
    connect(op, &BackendOp::finished, this, [this, id, i, op] { onTaskFinished(id, i, op); });
}

bool TransferEngine::pumpStream(Job *j)
{
    const qint64 id = j->rec.id;
    for (int i = 0; i < j->tasks.size(); ++i) {
        if (m_running >= m_limit)
            return false;
        ShardTask &t = j->tasks[i];
        if (t.state == QLatin1String("done") || j->ops.contains(i))
            continue;
        Job::Stream &st = j->streams[i];
        Backend *b = backend(t.provider);
        if (!b)
            continue;
        BackendOp *op = nullptr;
        int kind = kBegin;
        if (st.uploadId.isEmpty()) {
            op = b->beginParts(t.objectKey);
        } else if (st.etags.size() < j->partsReady) {
            const int part = int(st.etags.size());
            kind = kPart;
            if (j->memory) {
                const auto bytes = j->partData.constFind(part);
                if (bytes == j->partData.cend())
                    continue;
                op = b->putPartData(t.objectKey, st.uploadId, part + 1, bytes->value(i),
                                    j->partShas.value(part).value(i));
            } else {
                op = b->putPart(t.objectKey, st.uploadId, part + 1,
                                jobDir(id) + QStringLiteral("/shards/shard-%1").arg(i),
                                j->partOffset(part), j->partLength(part),
                                j->partShas.value(part).value(i));
            }
        } else if (j->encoded && st.etags.size() == j->parts) {
            kind = kComplete;
            QList<QPair<int, QByteArray>> etags;
            for (int p = 0; p < st.etags.size(); ++p)
                etags.append({p + 1, st.etags[p]});
            op = b->completeParts(t.objectKey, st.uploadId, etags);
        } else {
            continue;
        }
        if (!op)
            continue;
        if (!j->counted.contains(i)) {
            j->counted.insert(i); // one shard object, however many parts
            ++m_shardPuts;
        }
        if (t.state != QLatin1String("active")) {
            t.state = QStringLiteral("active");
            ++t.attempts;
            persistTask(j, i);
        }
        ++m_running;
        j->ops.insert(i, op);
        if (kind == kPart) {
            connect(op, &BackendOp::progress, this, [this, id, i](qint64 done, qint64) {
                if (Job *jj = job(id)) {
                    jj->inflight.insert(i, done);
                    emitProgress(jj);
                }
            });
        }
        connect(op, &BackendOp::finished, this,
                [this, id, i, kind, op] { onStreamOpFinished(id, i, kind, op); });
    }
    return true;
}

void TransferEngine::onStreamOpFinished(qint64 id, int i, int kind, BackendOp *op)
{
    --m_running;
    op->deleteLater();
    Job *j = job(id);
    if (!j || j->cancelled || j->ops.value(i).data() != op) { // a stale op (before retry())
        pump();
        return;
    }
    j->ops.remove(i);
    j->inflight.remove(i);
    ShardTask &t = j->tasks[i];
    Job::Stream &st = j->streams[i];
    if (!op->ok()) {
        t.state = QStringLiteral("pending");
        persistTask(j, i);
        if (j->paused && op->cancelled()) {
            emitProgress(j);
            return; // redone on resume()
        }
        Q_EMIT shardFinished(id, t.index, false);
        // The parts stored so far and the scratch shards are kept: retry() continues.
        complete(
            j, err(QStringLiteral("provider_failed"),
                   QStringLiteral("Provider %1 failed: %2").arg(t.provider, op->error().message)));
        return;
    }
    if (kind == kBegin) {
        st.uploadId = QString::fromUtf8(op->data());
        persistStreams(j);
    } else if (kind == kPart) {
        st.etags.append(op->data());
        t.bytesDone = std::min(t.size, j->partOffset(int(st.etags.size())));
        persistStreams(j);
        persistTask(j, i);
        releaseParts(j);
    } else {
        t.state = QStringLiteral("done");
        t.bytesDone = t.size;
        persistTask(j, i);
        Q_EMIT shardFinished(id, t.index, true);
    }
    emitProgress(j);
    afterTasks(j);
    pump();
}

void TransferEngine::persistStreams(Job *j)
{
    QJsonArray streams;
    for (const Job::Stream &st : std::as_const(j->streams)) {
        QJsonArray etags;
        for (const QByteArray &e : st.etags)
            etags.append(QString::fromLatin1(e));
        streams.append(
            QJsonObject{{QStringLiteral("id"), st.uploadId}, {QStringLiteral("etags"), etags}});
    }
    j->rec.extra.insert(QStringLiteral("streams"), streams);
    j->rec.extra.insert(QStringLiteral("partStripes"), j->partStripes);
    j->rec.extra.insert(QStringLiteral("blockSize"), j->blockSize);
    if (j->encoded || j->memory) {
        QJsonArray shas;
        for (const auto &row : std::as_const(j->partShas)) {
            QJsonArray r;
            for (const QByteArray &h : row)
                r.append(QString::fromLatin1(h));
            shas.append(r);
        }
        j->rec.extra.insert(QStringLiteral("shas"), shas);
    }
    persist(j);
}

void TransferEngine::abortStreams(Job *j)
{
    for (int i = 0; i < j->streams.size() && i < j->tasks.size(); ++i) {
        if (j->streams[i].uploadId.isEmpty() || j->tasks[i].state == QLatin1String("done"))
            continue;
        Backend *b = backend(j->tasks[i].provider);
        if (!b)
            continue;
        if (BackendOp *op = b->abortParts(j->tasks[i].objectKey, j->streams[i].uploadId))
            connect(op, &BackendOp::finished, op, &QObject::deleteLater);
    }
}

void TransferEngine::onTaskFinished(qint64 id, int i, BackendOp *op)
{
    --m_running;
    if (op)
        op->deleteLater();
    Job *j = job(id);
    if (!j || j->cancelled || (op && j->ops.value(i).data() != op)) {
        pump();
        return;
    }
    j->ops.remove(i);
    j->inflight.remove(i);
    ShardTask &t = j->tasks[i];
    const bool ok = op && op->ok();
    if (!ok && op && op->cancelled() && j->paused) {
        t.state = QStringLiteral("pending"); // redone on resume()
        persistTask(j, i);
        emitProgress(j);
        return;
    }
    const QString file = jobDir(id) + QStringLiteral("/shards/shard-%1").arg(t.index);
    if (j->rec.kind == kUpload) {
        if (!ok) {
            t.state = QStringLiteral("pending");
            persistTask(j, i);
            Q_EMIT shardFinished(id, t.index, false);
            const fb::Error e = op ? op->error() : err(QStringLiteral("no_provider"), QString());
            complete(j, err(QStringLiteral("provider_failed"),
                            QStringLiteral("Provider %1 failed: %2").arg(t.provider, e.message)));
            return;
        }
        t.state = QStringLiteral("done");
        t.bytesDone = t.size;
        persistTask(j, i);
        Q_EMIT shardFinished(id, t.index, true);
        emitProgress(j);
        afterTasks(j);
        pump();
        return;
    }
    // Download / repair: verify the whole shard before counting it, on the pool (hashing a
    // shard of a large file takes seconds: never on this thread, the GUI's). The transfer slot
    // is free meanwhile.
    if (ok) {
        t.state = QStringLiteral("verifying"); // counted as open, not journalled
        const Manifest mf = j->mf;
        const int index = t.index;
        m_pool.start([this, id, i, file, mf, index] {
            const bool good = shardFileMatches(file, mf, index);
            QMetaObject::invokeMethod(
                this, [this, id, i, good] { onShardVerified(id, i, good); }, Qt::QueuedConnection);
        });
        pump();
        return;
    }
    qCWarning(lcStorage) << "shard" << t.index << "unavailable from" << t.provider << ":"
                         << (op ? op->error().message : QStringLiteral("unknown provider"));
    t.state = QStringLiteral("failed");
    if (!j->dead.contains(t.provider))
        j->dead.append(t.provider);
    QFile::remove(file);
    shardSettled(j, i);
}

void TransferEngine::onShardVerified(qint64 id, int i, bool good)
{
    Job *j = job(id);
    if (!j || j->cancelled || i >= j->tasks.size() ||
        j->tasks[i].state != QLatin1String("verifying")) {
        pump();
        return;
    }
    ShardTask &t = j->tasks[i];
    if (good) {
        t.state = QStringLiteral("done");
        t.bytesDone = t.size;
    } else {
        qCWarning(lcStorage) << "shard" << t.index << "of file" << j->rec.fileId << "from"
                             << t.provider << "is corrupt";
        t.state = QStringLiteral("corrupt");
        if (!j->corrupt.contains(t.index))
            j->corrupt.append(t.index);
        QFile::remove(jobDir(id) + QStringLiteral("/shards/shard-%1").arg(t.index));
    }
    shardSettled(j, i);
}

// A download or repair shard is done, corrupt or failed: journal it, start a spare instead of a
// bad one, and see whether the job can go on.
void TransferEngine::shardSettled(Job *j, int i)
{
    const qint64 id = j->rec.id;
    ShardTask &t = j->tasks[i];
    persistTask(j, i);
    Q_EMIT shardFinished(id, t.index, t.state == QLatin1String("done"));
    if (t.state != QLatin1String("done")) {
        for (int s = 0; s < j->tasks.size(); ++s) {
            if (j->tasks[s].state == QLatin1String("spare")) {
                j->tasks[s].state = QStringLiteral("pending");
                persistTask(j, s);
                break;
            }
        }
    }
    emitProgress(j);
    afterTasks(j);
    pump();
}

void TransferEngine::afterTasks(Job *j)
{
    int done = 0, open = 0;
    for (const ShardTask &t : j->tasks) {
        if (t.state == QLatin1String("done"))
            ++done;
        else if (t.state == QLatin1String("pending") || t.state == QLatin1String("active") ||
                 t.state == QLatin1String("verifying"))
            ++open;
    }
    if (j->rec.kind == kUpload) {
        if (done == j->tasks.size() && j->rec.state == QLatin1String("uploading")) {
            j->rec.state = QStringLiteral("manifest");
            persist(j);
            putManifests(j);
        } else {
            pump();
        }
        return;
    }
    if (j->rec.state != QLatin1String("downloading"))
        return;
    if (done >= j->mf.k) {
        // Enough: stop any extra fetch still running.
        const auto ops = j->ops;
        for (const auto &op : ops)
            if (op)
                op->abort();
        startDecoding(j);
        return;
    }
    if (done + open < j->mf.k) {
        complete(j, err(QStringLiteral("not_enough_shards"),
                        QStringLiteral("Only %1 of the %2 shards needed are reachable and intact")
                            .arg(done + open)
                            .arg(j->mf.k)));
    }
}

// --------------------------------------------------------------------------- download, repair

void TransferEngine::fetchManifest(Job *j, int candidate)
{
    const qint64 id = j->rec.id;
    for (; candidate < j->rec.providers.size(); ++candidate) {
        Backend *b = backend(j->rec.providers[candidate]);
        if (!b)
            continue;
        BackendOp *op = b->get(manifestKey(j->rec.fileId));
        j->sideOps.append(op);
        connect(op, &BackendOp::finished, this, [this, id, candidate, op] {
            op->deleteLater();
            Job *jj = job(id);
            if (!jj || jj->cancelled)
                return;
            jj->sideOps.removeAll(op);
            const QString provider = jj->rec.providers[candidate];
            if (op->ok()) {
                auto mf = openManifest(op->data(), jj->rec.fileId);
                if (mf.ok()) {
                    onManifest(jj, mf.value());
                    return;
                }
                qCWarning(lcStorage)
                    << "manifest from" << provider << "rejected:" << mf.error().message;
            } else if (!op->notFound() && !jj->dead.contains(provider)) {
                jj->dead.append(provider);
            }
            fetchManifest(jj, candidate + 1);
        });
        return;
    }
    // No provider gave it: fall back to our own cache of it.
    auto cached = m_journal.latestManifest(j->rec.fileId);
    if (cached.ok()) {
        auto mf = Manifest::fromJson(cached.value());
        if (mf.ok()) {
            onManifest(j, mf.value());
            return;
        }
    }
    complete(j, err(QStringLiteral("no_manifest"),
                    QStringLiteral("No provider holds a readable manifest of this file")));
}

void TransferEngine::onManifest(Job *j, const Manifest &mf)
{
    const qint64 id = j->rec.id;
    j->mf = mf;
    j->haveManifest = true;
    j->rec.manifest = mf.toJson();
    j->rec.size = mf.size;
    j->rec.k = mf.k;
    j->rec.m = mf.m;
    j->rec.salt = mf.salt;
    const QString dead = j->rec.extra.value(QStringLiteral("dead")).toString();
    const QString dir = jobDir(id) + QStringLiteral("/shards");
    QDir().mkpath(dir);
    // Keep shards fetched before a restart when they are intact.
    QSet<int> have;
    for (const ShardTask &t : std::as_const(j->tasks)) {
        if (t.state == QLatin1String("done") &&
            shardFileMatches(dir + QStringLiteral("/shard-%1").arg(t.index), mf, t.index))
            have.insert(t.index);
    }
    // Candidates: data shards first (no reconstruction needed), providers known dead last.
    QList<int> order;
    for (int i = 0; i < mf.shards.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return j->dead.contains(mf.shards[a].provider) < j->dead.contains(mf.shards[b].provider);
    });
    j->tasks.clear();
    for (int i = 0; i < mf.shards.size(); ++i) {
        ShardTask t;
        t.transfer = id;
        t.index = i;
        t.provider = mf.shards[i].provider;
        t.objectKey = mf.shards[i].objectKey;
        t.size = mf.shards[i].size;
        t.state = QStringLiteral("spare");
        j->tasks.append(t);
    }
    int wanted = int(have.size());
    for (int i : have) {
        j->tasks[i].state = QStringLiteral("done");
        j->tasks[i].bytesDone = j->tasks[i].size;
    }
    for (int i : order) {
        ShardTask &t = j->tasks[i];
        if (t.state == QLatin1String("done"))
            continue;
        if (!dead.isEmpty() && t.provider == dead)
            t.state = QStringLiteral("failed");
        else if (wanted < mf.k) {
            t.state = QStringLiteral("pending");
            ++wanted;
        }
    }
    j->total = 0;
    for (int i = 0; i < mf.k && i < mf.shards.size(); ++i)
        j->total += mf.shards[i].size;
    if (j->rec.kind == kRepair) {
        for (const ShardInfo &s : mf.shards)
            if (s.provider == dead)
                j->total += s.size;
    }
    if (Status s = m_journal.replaceTasks(id, j->tasks); !s.ok())
        qCWarning(lcStorage) << s.error().message;
    j->rec.state = QStringLiteral("downloading");
    persist(j);
    emitProgress(j);
    afterTasks(j);
    pump();
}

void TransferEngine::startDecoding(Job *j)
{
    j->rec.state = QStringLiteral("decoding");
    persist(j);
    j->busy = true;
    const qint64 id = j->rec.id;
    const QString dir = jobDir(id);
    QStringList paths;
    for (const ShardTask &t : std::as_const(j->tasks))
        paths.append(t.state == QLatin1String("done")
                         ? dir + QStringLiteral("/shards/shard-%1").arg(t.index)
                         : QString());
    const Manifest mf = j->mf;
    const bool repair = j->rec.kind == kRepair;
    const QString out = j->rec.path;
    const QString dead = j->rec.extra.value(QStringLiteral("dead")).toString();
    const auto master = m_master;
    m_pool.start([this, id, dir, paths, mf, repair, out, dead, master] {
        QList<int> corrupt;
        auto work = [&]() -> Status {
            const QString enc = dir + QStringLiteral("/enc");
            if (!repair) {
                // One pass: the rebuilt ciphertext is decrypted as it comes, chunk by chunk, into
                // the partial file (no ciphertext file written and read back).
                const QString tmp = out + QStringLiteral(".fbpart");
                QFile dst(tmp);
                if (!dst.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return Status::failure(QStringLiteral("io"),
                                           QStringLiteral("Cannot write %1").arg(tmp));
                const SecretBytes key = deriveFileKey(*master, mf.salt);
                StreamDecryptor dec(key, mf.chunkSize, dst);
                // Every shard given was checked whole when it arrived or at the resume
                // (shardFileMatches): its blocks are not hashed a second time.
                Status s = decodeShards(
                    mf, paths, mf.encryptedSize, &corrupt,
                    [&dec](const char *data, qint64 len) { return dec.write(data, len); }, true);
                if (s)
                    s = dec.finish();
                if (s && !dst.flush())
                    s = Status::failure(QStringLiteral("io"),
                                        QStringLiteral("Cannot write %1 (disk full?)").arg(tmp));
                dst.close();
                // Version 1 manifests also carry the plaintext's hash; secretstream has already
                // authenticated every chunk and the end of the file.
                if (s && mf.version < 2 && blake2bFileHex(tmp) != mf.plainHash)
                    s = Status::failure(QStringLiteral("integrity"),
                                        QStringLiteral("The rebuilt file does not match its hash"));
                if (s && !renameOver(tmp, out))
                    s = Status::failure(QStringLiteral("io"),
                                        QStringLiteral("Cannot write %1").arg(out));
                if (!s)
                    QFile::remove(tmp);
                return s;
            }
            if (Status s = decodeShards(mf, paths, enc, mf.encryptedSize, &corrupt); !s.ok())
                return s;
            // Repair: the shards rebuilt from the ciphertext must be the manifest's.
            int stripes = 0;
            auto shards = encodeShards(enc, dir + QStringLiteral("/rebuilt"), mf.k, mf.m,
                                       mf.blockSize, &stripes, mf.version);
            QFile::remove(enc);
            if (!shards.ok())
                return shards.error();
            for (int i = 0; i < mf.shards.size(); ++i) {
                // Block hashes: the same in every manifest version.
                if (mf.shards[i].provider == dead &&
                    shards.value()[i].blockHashes != mf.shards[i].blockHashes)
                    return Status::failure(QStringLiteral("repair_mismatch"),
                                           QStringLiteral("Rebuilt shard %1 does not match "
                                                          "the manifest")
                                               .arg(i));
            }
            return success();
        };
        Status st = work();
        QMetaObject::invokeMethod(
            this, [this, id, st = std::move(st), corrupt] { onDecoded(id, st, corrupt); },
            Qt::QueuedConnection);
    });
}

void TransferEngine::onDecoded(qint64 id, Status status, const QList<int> &corrupt)
{
    Job *j = job(id);
    if (!j)
        return;
    j->busy = false;
    for (int c : corrupt)
        if (!j->corrupt.contains(c))
            j->corrupt.append(c);
    if (j->cancelled) {
        QDir(jobDir(id)).removeRecursively();
        return;
    }
    if (!status.ok()) {
        complete(j, status.error());
        return;
    }
    if (j->rec.kind == kRepair) {
        startRepairUploads(j);
        return;
    }
    complete(j, {});
}

void TransferEngine::startRepairUploads(Job *j)
{
    const qint64 id = j->rec.id;
    const QString dead = j->rec.extra.value(QStringLiteral("dead")).toString();
    const QString replacement = j->rec.extra.value(QStringLiteral("replacement")).toString();
    Backend *b = backend(replacement);
    j->rec.state = QStringLiteral("uploading");
    persist(j);
    j->sidePending = 0;
    j->sideError = {};
    for (int i = 0; i < j->mf.shards.size(); ++i) {
        if (j->mf.shards[i].provider != dead)
            continue;
        const QString key = QStringLiteral("fb/s/") + randomHex(16);
        BackendOp *op = b->put(key, jobDir(id) + QStringLiteral("/rebuilt/shard-%1").arg(i));
        ++m_shardPuts;
        ++j->sidePending;
        j->sideOps.append(op);
        connect(op, &BackendOp::finished, this, [this, id, i, op, key, replacement] {
            op->deleteLater();
            Job *jj = job(id);
            if (!jj || jj->cancelled)
                return;
            jj->sideOps.removeAll(op);
            if (op->ok()) {
                jj->mf.shards[i].provider = replacement;
                jj->mf.shards[i].objectKey = key;
                Q_EMIT shardFinished(id, i, true);
            } else if (jj->sideError.code.isEmpty()) {
                jj->sideError = op->error();
            }
            if (--jj->sidePending > 0)
                return;
            if (!jj->sideError.code.isEmpty()) {
                complete(jj, jj->sideError);
                return;
            }
            jj->rec.manifest = jj->mf.toJson();
            jj->rec.state = QStringLiteral("manifest");
            persist(jj);
            putManifests(jj);
        });
    }
    if (j->sidePending == 0)
        complete(j, err(QStringLiteral("nothing_to_repair"),
                        QStringLiteral("No shard of this file is on %1").arg(dead)));
}

void TransferEngine::putManifests(Job *j)
{
    const qint64 id = j->rec.id;
    const QByteArray blob = sealManifest(j->mf);
    QStringList providers;
    for (const ShardInfo &s : std::as_const(j->mf.shards))
        if (!providers.contains(s.provider))
            providers.append(s.provider);
    j->sidePending = 0;
    j->sideError = {};
    for (const QString &p : std::as_const(providers)) {
        Backend *b = backend(p);
        if (!b) {
            complete(j, err(QStringLiteral("no_provider"),
                            QStringLiteral("Unknown provider %1").arg(p)));
            return;
        }
        BackendOp *op = b->putData(manifestKey(j->rec.fileId), blob);
        ++m_manifestPuts;
        ++j->sidePending;
        j->sideOps.append(op);
        connect(op, &BackendOp::finished, this, [this, id, op, p] {
            op->deleteLater();
            Job *jj = job(id);
            if (!jj || jj->cancelled)
                return;
            jj->sideOps.removeAll(op);
            if (!op->ok() && jj->sideError.code.isEmpty())
                jj->sideError = err(QStringLiteral("provider_failed"),
                                    QStringLiteral("Cannot store the manifest on %1: %2")
                                        .arg(p, op->error().message));
            if (--jj->sidePending > 0)
                return;
            complete(jj, jj->sideError);
        });
    }
}

// -------------------------------------------------------------------------------- bookkeeping

void TransferEngine::complete(Job *j, const fb::Error &error)
{
    if (j->rec.state == QLatin1String("done") || j->rec.state == QLatin1String("failed") ||
        j->rec.state == QLatin1String("cancelled"))
        return;
    const bool cancelled = error.code == QLatin1String("cancelled");
    j->rec.state = error.code.isEmpty() ? QStringLiteral("done")
                   : cancelled          ? QStringLiteral("cancelled")
                                        : QStringLiteral("failed");
    j->rec.error = error.message;
    j->partData.clear();
    if (!error.code.isEmpty()) {
        j->cancelled = true;
        j->stop->store(true);
        const auto ops = j->ops;
        for (const auto &op : ops)
            if (op)
                op->abort();
        const auto side = j->sideOps;
        for (const auto &op : side)
            if (op)
                op->abort();
    }
    // No task stays "active" in a finished transfer.
    for (int i = 0; i < j->tasks.size(); ++i) {
        if (j->tasks[i].state == QLatin1String("active")) {
            j->tasks[i].state = QStringLiteral("pending");
            persistTask(j, i);
        }
    }
    if (j->rec.state == QLatin1String("done"))
        j->lastDone = j->total;
    persist(j);
    // A failed upload whose shards are all encoded keeps them for retry() (cancel() drops them).
    const bool keep =
        j->rec.kind == kUpload && j->rec.state == QLatin1String("failed") && j->haveManifest;
    if (!j->busy && !keep)
        QDir(jobDir(j->rec.id)).removeRecursively();
    if (j->rec.state == QLatin1String("done"))
        qCInfo(lcStorage) << "transfer" << j->rec.id << "done";
    else
        qCWarning(lcStorage) << "transfer" << j->rec.id << j->rec.state << ":" << j->rec.error;
    emitProgress(j);
    Q_EMIT finished(j->rec.id, j->rec.state == QLatin1String("done"), j->rec.error);
    QTimer::singleShot(0, this, [this] { pump(); });
}

void TransferEngine::persist(Job *j)
{
    if (Status s = m_journal.updateTransfer(j->rec); !s.ok())
        qCWarning(lcStorage) << s.error().message;
}

void TransferEngine::persistTask(Job *j, int index)
{
    if (Status s = m_journal.updateTask(j->tasks[index]); !s.ok())
        qCWarning(lcStorage) << s.error().message;
}

void TransferEngine::emitProgress(Job *j)
{
    qint64 done = 0;
    for (const ShardTask &t : std::as_const(j->tasks))
        done += t.state == QLatin1String("done") ? t.size : t.bytesDone;
    for (auto it = j->inflight.cbegin(); it != j->inflight.cend(); ++it)
        done += it.value();
    if (j->rec.kind != kUpload)
        done = std::min(done, j->total);
    j->lastDone = done;
    // Speed over a sliding window of about three seconds.
    if (!j->clock.isValid())
        j->clock.start();
    const qint64 now = j->clock.elapsed();
    if (!j->paused) {
        j->samples.append({now, done});
        while (j->samples.size() > 2 && now - j->samples.first().first > 3000)
            j->samples.removeFirst();
        const auto &first = j->samples.first();
        j->bps = now - first.first >= 200
                     ? double(done - first.second) * 1000.0 / double(now - first.first)
                     : j->bps;
        j->bps = std::max(0.0, j->bps);
    }
    Q_EMIT progress(j->rec.id, done, j->total);
    const TransferInfo t = totals();
    Q_EMIT totalProgress(t.bytesDone, t.bytesTotal, t.bytesPerSecond);
}

} // namespace fb::storage
