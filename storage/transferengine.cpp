#include "storage/transferengine.h"

#include "storage/manifestcrypto.h"

#include "storage/backend.h"
#include "storage/filecrypto.h"
#include "storage/ratelimiter.h"
#include "storage/storagelog.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <ctime>
#include <filesystem>
#include <system_error>

namespace fb::storage {

namespace {

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
// Downloads: a segment is the block runs of segStripes stripes, one ranged GET per shard used
// (about 8 MiB each); as many segments are held at once as a 96 MiB budget allows (at least
// two), so memory stays flat whatever the file's size.
constexpr qint64 kRunBytes = 8 << 20;
constexpr qint64 kDownloadBudget = 96 << 20;
enum RunState : char { kRunNone, kRunFetching, kRunVerifying, kRunGood, kRunBad };

qint64 threadNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The partial file of a download, timing its writes (the write stage of the profile).
class TimedFile : public QIODevice
{
public:
    TimedFile(QFile &file, std::atomic<qint64> &ns)
        : m_file(file)
        , m_ns(ns)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        const qint64 t0 = threadNs();
        const qint64 n = m_file.write(data, len);
        m_ns += threadNs() - t0;
        return n;
    }

private:
    QFile &m_file;
    std::atomic<qint64> &m_ns;
};

// Plaintext sink of a range read: keeps the bytes of [from, to) and drops the rest.
class RangeSink : public QIODevice
{
public:
    RangeSink(qint64 from, qint64 to)
        : m_from(from)
        , m_to(to)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray bytes;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        const qint64 a = std::max(m_at, m_from), b = std::min(m_at + len, m_to);
        if (b > a)
            bytes.append(data + (a - m_at), b - a);
        m_at += len;
        return len;
    }

private:
    qint64 m_from, m_to, m_at = 0;
};

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

fb::Error journalError(const fb::Error &e)
{
    return {e.code, QCoreApplication::translate("fb::storage::TransferEngine",
                                                "The transfer journal could not be written: %1")
                        .arg(e.message)};
}

bool renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdString()),
                            std::filesystem::path(to.toStdString()), ec);
    return !ec;
}

} // namespace

// The core every transfer shares: its journal record and shard tasks, the operations running for
// it, and its progress.
struct TransferEngine::Job
{
    virtual ~Job() = default;
    TransferRecord rec;
    Manifest mf;
    bool haveManifest = false;
    QList<ShardTask> tasks;
    QHash<int, QPointer<BackendOp>> ops;
    QList<QPointer<BackendOp>> sideOps; // manifests, repair uploads
    QHash<int, qint64> inflight;
    bool busy = false; // a worker thread is encoding / decoding
    bool cancelled = false;
    bool paused = false;
    int sidePending = 0;
    fb::Error sideError;
    qint64 total = 0;
    qint64 lastDone = 0;
    // Speed: (ms, bytes moved) samples of the last few seconds. Moved counts only the bytes sent
    // or received by this run: shards a resumed transfer finds already stored are done, not
    // moved, so they never show as a burst of speed.
    qint64 moved = 0;
    QElapsedTimer clock;
    QList<QPair<qint64, qint64>> samples;
    double bps = 0;
    // The kind's own part (nullptr for another kind).
    UploadJob *upload();
    FetchJob *fetch();
    DownloadJob *download();
};

struct TransferEngine::UploadJob : Job
{
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
    // Stops the encoder of this run (a retry starts another run with its own flag).
    std::shared_ptr<std::atomic<bool>> stop = std::make_shared<std::atomic<bool>>(false);
    bool retryWhenStopped = false; // retry() while the stopped encoder still ran
    qint64 partOffset(int part) const { return qint64(part) * partStripes * blockSize; }
    qint64 partLength(int part) const
    {
        return qint64(std::min(partStripes, stripes - part * partStripes)) * blockSize;
    }
};

// Fetches k shards (spares for dead or corrupt ones), verifies and decodes them.
struct TransferEngine::FetchJob : Job
{
    QList<int> corrupt;
    QStringList dead;     // providers that could not be reached
    QString lostProvider; // repair: the provider whose shards are rebuilt
};

// The output of a pipelined download: the partial file (or a range's sink) and the decryptor,
// used by one pool task at a time.
struct DownloadOutput
{
    SecretBytes key;
    QFile file;
    std::unique_ptr<TimedFile> timed;
    std::unique_ptr<RangeSink> range;
    std::unique_ptr<StreamDecryptor> dec;
};

// Fetches block runs by range, verifies, rebuilds when needed, decrypts into rec.path.
struct TransferEngine::DownloadJob : FetchJob
{
    struct Segment
    {
        QList<QByteArray> runs; // [shard] the segment's block run of that shard, once good
        QList<char> state;      // [shard] RunState
        bool rebuild = false;   // a data run is missing: decode from any k good runs
        bool decoding = false;
        bool ready = false;
    };
    // Range read (readRange()): not journalled; the plaintext of [rangeFrom, rangeTo).
    bool ephemeral = false;
    qint64 rangeFrom = 0;
    qint64 rangeTo = -1;
    QByteArray rangeData;
    bool pipelined = false;
    int segStripes = 1;
    int segNeeded = 0;    // segments holding ciphertext before cipherEnd
    qint64 cipherEnd = 0; // ciphertext bytes to decrypt
    int nextSeg = 0;      // the next segment to open
    int writeSeg = 0;     // the next segment to decrypt
    qint64 skip = 0;      // ciphertext of writeSeg decrypted before a restart
    int windowMax = 2;
    std::map<int, Segment> window;
    bool writing = false;
    QList<char> lost;   // [shard] dead or corrupt: not used again
    qint64 fetched = 0; // good bytes fetched (progress)
    std::shared_ptr<DownloadOutput> out;
    QString partPath() const { return rec.path + QStringLiteral(".fbpart"); }
    qint64 segLength(int seg) const
    {
        return qint64(std::min(segStripes, mf.stripes - seg * segStripes)) * mf.blockSize;
    }
    // Data shards whose runs in seg hold ciphertext before cipherEnd.
    QList<int> neededData(int seg) const
    {
        QList<int> need;
        const qint64 stripeBytes = qint64(mf.k) * mf.blockSize;
        const qint64 first = qint64(seg) * segStripes * stripeBytes;
        for (int i = 0; i < mf.k; ++i)
            if (first + qint64(i) * mf.blockSize < cipherEnd)
                need.append(i);
        return need;
    }
};

// Rebuilds the shards of lostProvider and stores them on the replacement.
struct TransferEngine::RepairJob : FetchJob
{
    QString replacement;
};

TransferEngine::UploadJob *TransferEngine::Job::upload()
{
    return rec.kind == TransferKind::Upload ? static_cast<UploadJob *>(this) : nullptr;
}

TransferEngine::FetchJob *TransferEngine::Job::fetch()
{
    return rec.kind == TransferKind::Upload ? nullptr : static_cast<FetchJob *>(this);
}

TransferEngine::DownloadJob *TransferEngine::Job::download()
{
    return rec.kind == TransferKind::Download ? static_cast<DownloadJob *>(this) : nullptr;
}

std::unique_ptr<TransferEngine::Job> TransferEngine::makeJob(TransferRecord rec)
{
    std::unique_ptr<Job> j;
    switch (rec.kind) {
    case TransferKind::Upload:
        j = std::make_unique<UploadJob>();
        break;
    case TransferKind::Download:
        j = std::make_unique<DownloadJob>();
        break;
    case TransferKind::Repair: {
        auto r = std::make_unique<RepairJob>();
        r->lostProvider = rec.extra.value(QStringLiteral("dead")).toString();
        r->replacement = rec.extra.value(QStringLiteral("replacement")).toString();
        j = std::move(r);
        break;
    }
    }
    j->rec = std::move(rec);
    return j;
}

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
        if (UploadJob *u = j->upload())
            u->stop->store(true);
        // Aborted and let go: their handlers (this engine's) are gone with it; a lock (the
        // app goes on) must not keep them.
        for (const auto &op : j->ops)
            if (op) {
                op->abort();
                op->deleteLater();
            }
        for (const auto &op : j->sideOps)
            if (op) {
                op->abort();
                op->deleteLater();
            }
    }
    m_pool.waitForDone();
}

Status TransferEngine::open(const QString &journalPath, const QString &workDir,
                            SecretBytes masterSecret)
{
    if (masterSecret.isEmpty())
        return Status::failure(QStringLiteral("no_key"), tr("No master secret"));
    m_master = std::make_shared<SecretBytes>(std::move(masterSecret));
    m_workDir = QDir::cleanPath(workDir);
    if (!QDir().mkpath(m_workDir))
        return Status::failure(QStringLiteral("io"), tr("Cannot create %1").arg(m_workDir));
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
        return Result<qint64>::failure(QStringLiteral("not_open"), tr("Engine not open"));
    if (k < 1 || m < 0 || k + m > 255 || providers.size() != k + m)
        return Result<qint64>::failure(
            QStringLiteral("bad_scheme"),
            tr("An erasure scheme %1+%2 needs %3 providers").arg(k).arg(m).arg(k + m));
    if (QSet<QString>(providers.begin(), providers.end()).size() != providers.size())
        return Result<qint64>::failure(QStringLiteral("bad_scheme"),
                                       tr("Each shard needs a different provider"));
    for (const QString &p : providers)
        if (!backend(p))
            return Result<qint64>::failure(QStringLiteral("no_provider"),
                                           tr("Unknown provider %1").arg(p));
    if (!QFileInfo(path).isFile())
        return Result<qint64>::failure(QStringLiteral("io"), tr("No file %1").arg(path));
    TransferRecord rec;
    rec.kind = TransferKind::Upload;
    rec.path = QFileInfo(path).absoluteFilePath();
    rec.fileId = randomHex(16);
    rec.state = TransferState::Encoding;
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
        return Result<qint64>::failure(QStringLiteral("not_open"), tr("Engine not open"));
    TransferRecord rec;
    rec.kind = TransferKind::Download;
    rec.path = QFileInfo(outPath).absoluteFilePath();
    rec.fileId = fileId;
    rec.state = TransferState::Manifest;
    rec.providers = providers;
    return startJob(std::move(rec));
}

Result<qint64> TransferEngine::readRange(const QString &fileId, const QStringList &providers,
                                         qint64 offset, qint64 length)
{
    if (!m_master)
        return Result<qint64>::failure(QStringLiteral("not_open"), tr("Engine not open"));
    if (offset < 0 || length < 0)
        return Result<qint64>::failure(QStringLiteral("bad_range"), tr("Invalid byte range"));
    auto j = std::make_unique<DownloadJob>();
    j->ephemeral = true;
    j->rangeFrom = offset;
    j->rangeTo = offset + length;
    j->rec.id = m_nextRangeId--;
    j->rec.kind = TransferKind::Download;
    j->rec.fileId = fileId;
    j->rec.state = TransferState::Manifest;
    j->rec.providers = providers;
    const qint64 tid = j->rec.id;
    m_jobs[tid] = std::move(j);
    QTimer::singleShot(0, this, [this, tid] {
        Job *jj = job(tid);
        if (jj && !jj->cancelled)
            fetchManifest(jj->fetch(), 0);
    });
    return tid;
}

QByteArray TransferEngine::rangeData(qint64 id) const
{
    const Job *j = job(id);
    if (!j || j->rec.kind != TransferKind::Download)
        return {};
    return static_cast<const DownloadJob *>(j)->rangeData;
}

Result<qint64> TransferEngine::repair(const QString &fileId, const QStringList &providers,
                                      const QString &deadProvider, const QString &replacement)
{
    if (!m_journal.isOpen())
        return Result<qint64>::failure(QStringLiteral("not_open"), tr("Engine not open"));
    if (!backend(replacement))
        return Result<qint64>::failure(QStringLiteral("no_provider"),
                                       tr("Unknown provider %1").arg(replacement));
    TransferRecord rec;
    rec.kind = TransferKind::Repair;
    rec.fileId = fileId;
    rec.state = TransferState::Manifest;
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
    std::unique_ptr<Job> j = makeJob(std::move(rec));
    Job *raw = j.get();
    m_jobs[raw->rec.id] = std::move(j);
    qCInfo(lcStorage) << "transfer" << raw->rec.id << toString(raw->rec.kind) << "of file"
                      << raw->rec.fileId;
    // Started from the event loop so the caller can connect to the signals first.
    const qint64 tid = raw->rec.id;
    QTimer::singleShot(0, this, [this, tid] {
        Job *jj = job(tid);
        if (!jj || jj->cancelled)
            return;
        if (UploadJob *u = jj->upload())
            startEncoding(u);
        else
            fetchManifest(jj->fetch(), 0);
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
        ids.append(rec.id);
        resumeJob(makeJob(std::move(rec)));
    }
    return ids;
}

void TransferEngine::resumeJob(std::unique_ptr<Job> owned)
{
    Job *j = owned.get();
    m_jobs[j->rec.id] = std::move(owned);
    auto tasks = m_journal.tasks(j->rec.id);
    if (!tasks.ok()) {
        complete(j, tasks.error());
        return;
    }
    j->tasks = tasks.value();
    for (ShardTask &t : j->tasks)
        if (t.state == ShardState::Active)
            t.state = ShardState::Pending;
    if (!j->rec.manifest.isEmpty()) {
        auto mf = Manifest::fromJson(j->rec.manifest);
        if (mf.ok()) {
            j->mf = mf.value();
            j->haveManifest = true;
        }
    }
    qCInfo(lcStorage) << "resuming transfer" << j->rec.id << toString(j->rec.kind) << "in state"
                      << toString(j->rec.state);
    if (UploadJob *u = j->upload()) {
        resumeUpload(u);
        return;
    }
    // Download: start again from the manifest, then from the last segment journalled
    // (startPipeline). Repair: from the manifest; shards already fetched and intact are kept
    // (onManifest checks them).
    j->rec.state = TransferState::Manifest;
    if (!persist(j))
        return;
    fetchManifest(j->fetch(), 0);
}

void TransferEngine::resumeUpload(UploadJob *j)
{
    const QString dir = jobDir(j->rec.id) + QStringLiteral("/shards");
    if (j->rec.extra.contains(QStringLiteral("header"))) {
        resumeStream(j);
        return;
    }
    bool shardsThere = j->haveManifest && j->tasks.size() == j->mf.k + j->mf.m;
    if (shardsThere) {
        for (const ShardTask &t : j->tasks) {
            if (t.state == ShardState::Done)
                continue;
            const QFileInfo fi(dir + QStringLiteral("/shard-%1").arg(t.index));
            shardsThere &= fi.isFile() && fi.size() == t.size;
        }
    }
    if (j->rec.state == TransferState::Encoding || !shardsThere) {
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
        j->rec.state = TransferState::Encoding;
        j->tasks.clear();
        if (!persistTasks(j) || !persist(j))
            return;
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
    if (!persist(j))
        return;
    for (int i = 0; i < j->tasks.size(); ++i)
        if (!persistTask(j, i))
            return;
    if (j->rec.state == TransferState::Manifest) {
        putManifests(j);
        return;
    }
    j->rec.state = TransferState::Uploading;
    afterTasks(j);
}

void TransferEngine::cancel(qint64 id)
{
    Job *j = job(id);
    UploadJob *u = j ? j->upload() : nullptr;
    if (u && j->rec.state == TransferState::Failed && !j->busy) {
        // A failed upload kept for retry(): drop its scratch files and multipart uploads.
        abortStreams(u);
        QDir(jobDir(id)).removeRecursively();
        return;
    }
    if (!j || j->cancelled || j->rec.state == TransferState::Done ||
        j->rec.state == TransferState::Failed)
        return;
    j->cancelled = true;
    if (u) {
        u->stop->store(true);
        abortStreams(u);
    }
    const auto ops = j->ops;
    for (const auto &op : ops)
        if (op)
            op->abort();
    const auto side = j->sideOps;
    for (const auto &op : side)
        if (op)
            op->abort();
    complete(j, err(QStringLiteral("cancelled"), tr("The transfer was cancelled")));
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
        if (j->rec.kind != TransferKind::Upload) {
            const auto *f = static_cast<const FetchJob *>(j);
            info.corruptShards = f->corrupt;
            info.deadProviders = f->dead;
        }
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
    Job *found = job(id);
    UploadJob *j = found ? found->upload() : nullptr;
    if (!j || j->rec.state != TransferState::Failed)
        return false;
    if (j->busy) {
        // The failure stopped the encoder; it returns within a stripe, and onEncoded() restarts
        // the upload then (a new run must not code beside the stopped one).
        j->retryWhenStopped = true;
        j->rec.state = TransferState::Encoding;
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
    r.state = r.manifest.isEmpty() ? TransferState::Encoding : TransferState::Uploading;
    r.error.clear();
    m_jobs.erase(id);
    resumeJob(makeJob(std::move(r)));
    return true;
}

TransferTotals TransferEngine::totals() const
{
    TransferTotals t;
    for (const auto &[id, j] : m_jobs) {
        if (isFinished(j->rec.state))
            continue;
        t.bytesDone += j->lastDone;
        t.bytesTotal += j->total;
        if (!j->paused)
            t.bytesPerSecond += j->bps;
    }
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
    return info(id).state == TransferState::Done;
}

// ---------------------------------------------------------------------------------- upload

// The journalled part hashes and multipart uploads (upload id, ETags) of a streamed upload.
void TransferEngine::readStreams(UploadJob *j)
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
        UploadJob::Stream st;
        st.uploadId = v.toObject().value(QStringLiteral("id")).toString();
        for (const QJsonValue &e : v.toObject().value(QStringLiteral("etags")).toArray())
            st.etags.append(e.toString().toLatin1());
        j->streams.append(st);
    }
}

// A streamed upload coded in memory, after a restart or retry(): the multipart uploads and the
// parts journalled are kept, the file is coded again with the same key and stream header, and
// only the parts missing go up (each part coded again must hash as journalled).
void TransferEngine::resumeStream(UploadJob *j)
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
        j->rec.state = TransferState::Encoding;
        if (!persistTasks(j) || !persist(j))
            return;
        startEncoding(j);
        return;
    }
    if (j->rec.state == TransferState::Manifest && j->haveManifest) {
        if (!persist(j))
            return;
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
        if (!persistTask(j, i))
            return;
        if (j->tasks[i].state == ShardState::Done)
            ++shards;
        else
            parts += int(j->streams[i].etags.size());
    }
    qCInfo(lcStorage) << "transfer" << j->rec.id << "codes the file again; kept:" << shards
                      << "whole shards and" << parts << "parts of the others";
    j->rec.state = TransferState::Encoding;
    if (!persist(j))
        return;
    startEncoding(j, true);
}

// The source file is not the one whose parts were stored: the stored parts and shards are
// dropped and the upload fails (coding other bytes with the same key and header must not
// happen).
void TransferEngine::failChanged(UploadJob *j)
{
    abortStreams(j);
    for (const ShardTask &t : std::as_const(j->tasks)) {
        if (t.state != ShardState::Done)
            continue;
        if (Backend *b = backend(t.provider))
            if (BackendOp *op = b->remove(t.objectKey))
                connect(op, &BackendOp::finished, op, &QObject::deleteLater);
    }
    j->rec.extra = {};
    j->tasks.clear();
    if (!persistTasks(j))
        return;
    complete(j, err(QStringLiteral("changed"),
                    tr("%1 changed since its upload began; upload it again").arg(j->rec.path)));
}

void TransferEngine::startEncoding(UploadJob *j, bool again)
{
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
            t.state = ShardState::Pending;
            t.size = qint64(j->stripes) * j->blockSize;
            j->tasks.append(t);
            j->total += t.size;
            j->streams.append(UploadJob::Stream{});
        }
        if (!persistTasks(j) || !persistStreams(j))
            return;
    }
    j->busy = true;
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
    Job *found = job(id);
    UploadJob *j = found ? found->upload() : nullptr;
    if (!j || j->stop != run || j->cancelled || !j->streaming)
        return;
    if (part < j->partShas.size()) {
        if (j->partShas[part] != shas) { // coded again (resume), but from other bytes
            failChanged(j);
            return;
        }
    } else if (part == j->partShas.size()) {
        j->partShas.append(shas);
        if (!persistStreams(j)) // journalled before any byte of the part is sent
            return;
    }
    j->partsReady = part + 1;
    j->partData.insert(part, bytes);
    releaseParts(j); // a resumed upload: parts every shard has already
    pump();
}

// Drops the parts every unfinished shard has stored (the encoder reuses their buffers).
void TransferEngine::releaseParts(UploadJob *j)
{
    while (!j->partData.isEmpty()) {
        const int part = j->partData.firstKey();
        for (int i = 0; i < j->tasks.size(); ++i)
            if (j->tasks[i].state != ShardState::Done && j->streams.value(i).etags.size() <= part)
                return;
        j->partData.remove(part);
    }
}

void TransferEngine::onEncoded(qint64 id, const std::shared_ptr<std::atomic<bool>> &run,
                               Result<Manifest> result)
{
    Job *found = job(id);
    UploadJob *j = found ? found->upload() : nullptr;
    if (!j || j->stop != run) // none, or a stopped run of a job retry() has replaced
        return;
    j->busy = false;
    // retry() came while this stopped run was still coding (and no cancel() since): restart
    // now, keeping what the failed run left.
    if (j->retryWhenStopped && j->rec.state == TransferState::Encoding) {
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
            complete(j, err(QStringLiteral("io"), tr("%1 changed while reading").arg(j->rec.path)));
            return;
        }
        for (int i = 0; i < j->mf.shards.size(); ++i) {
            j->mf.shards[i].provider = j->tasks[i].provider;
            j->mf.shards[i].objectKey = j->tasks[i].objectKey;
        }
        j->encoded = true;
        j->rec.manifest = j->mf.toJson();
        j->rec.size = j->mf.size;
        j->rec.state = TransferState::Uploading;
        if (!persistStreams(j)) // also the state: from here a kill resumes the parts
            return;
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
        t.state = ShardState::Pending;
        t.size = s.size;
        j->tasks.append(t);
        j->total += s.size;
    }
    j->rec.manifest = j->mf.toJson();
    j->rec.size = j->mf.size;
    j->rec.state = TransferState::Uploading;
    // Tasks first, then the state: a kill in between resumes as "encoding" again.
    if (!persistTasks(j) || !persist(j))
        return;
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
        if (UploadJob *u = j->upload();
            u && u->streaming &&
            (j->rec.state == TransferState::Encoding || j->rec.state == TransferState::Uploading)) {
            if (!pumpStream(u))
                return;
            continue;
        }
        if (DownloadJob *d = j->download(); d && d->pipelined) {
            if (j->rec.state == TransferState::Downloading && !pumpDownload(d))
                return;
            continue;
        }
        if (j->busy)
            continue;
        if (j->rec.state != TransferState::Uploading && j->rec.state != TransferState::Downloading)
            continue;
        for (int i = 0; i < j->tasks.size() && !j->cancelled; ++i) {
            if (m_running >= m_limit)
                return;
            if (j->tasks[i].state == ShardState::Pending)
                startTask(j, i);
        }
    }
}

void TransferEngine::startTask(Job *j, int i)
{
    ShardTask &t = j->tasks[i];
    Backend *b = backend(t.provider);
    t.state = ShardState::Active;
    ++t.attempts;
    if (!persistTask(j, i))
        return;
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
    if (j->rec.kind == TransferKind::Upload) {
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
            jj->moved += std::max<qint64>(0, done - jj->inflight.value(i));
            jj->inflight.insert(i, done);
            emitProgress(jj);
        }
    });
    connect(op, &BackendOp::finished, this, [this, id, i, op] { onTaskFinished(id, i, op); });
}

bool TransferEngine::pumpStream(UploadJob *j)
{
    const qint64 id = j->rec.id;
    for (int i = 0; i < j->tasks.size() && !j->cancelled; ++i) {
        if (m_running >= m_limit)
            return false;
        ShardTask &t = j->tasks[i];
        if (t.state == ShardState::Done || j->ops.contains(i))
            continue;
        UploadJob::Stream &st = j->streams[i];
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
        if (t.state != ShardState::Active) {
            t.state = ShardState::Active;
            ++t.attempts;
            if (!persistTask(j, i)) {
                op->abort();
                op->deleteLater();
                return true;
            }
        }
        ++m_running;
        j->ops.insert(i, op);
        if (kind == kPart) {
            connect(op, &BackendOp::progress, this, [this, id, i](qint64 done, qint64) {
                if (Job *jj = job(id)) {
                    jj->moved += std::max<qint64>(0, done - jj->inflight.value(i));
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
    Job *found = job(id);
    UploadJob *j = found ? found->upload() : nullptr;
    if (!j || j->cancelled || j->ops.value(i).data() != op) { // a stale op (before retry())
        pump();
        return;
    }
    j->ops.remove(i);
    j->inflight.remove(i);
    ShardTask &t = j->tasks[i];
    UploadJob::Stream &st = j->streams[i];
    if (!op->ok()) {
        t.state = ShardState::Pending;
        if (!persistTask(j, i))
            return;
        if (j->paused && op->cancelled()) {
            emitProgress(j);
            return; // redone on resume()
        }
        Q_EMIT shardFinished(id, t.index, false);
        // The parts stored so far and the scratch shards are kept: retry() continues.
        complete(j, err(QStringLiteral("provider_failed"),
                        tr("Provider %1 failed: %2").arg(t.provider, op->error().message)));
        return;
    }
    if (kind == kBegin) {
        st.uploadId = QString::fromUtf8(op->data());
        if (!persistStreams(j))
            return;
    } else if (kind == kPart) {
        st.etags.append(op->data());
        t.bytesDone = std::min(t.size, j->partOffset(int(st.etags.size())));
        if (!persistStreams(j) || !persistTask(j, i))
            return;
        releaseParts(j);
    } else {
        t.state = ShardState::Done;
        t.bytesDone = t.size;
        if (!persistTask(j, i))
            return;
        Q_EMIT shardFinished(id, t.index, true);
    }
    emitProgress(j);
    afterTasks(j);
    pump();
}

bool TransferEngine::persistStreams(UploadJob *j)
{
    QJsonArray streams;
    for (const UploadJob::Stream &st : std::as_const(j->streams)) {
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
    return persist(j);
}

void TransferEngine::abortStreams(UploadJob *j)
{
    for (int i = 0; i < j->streams.size() && i < j->tasks.size(); ++i) {
        if (j->streams[i].uploadId.isEmpty() || j->tasks[i].state == ShardState::Done)
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
    ShardTask &t = j->tasks[i];
    const bool ok = op && op->ok();
    if (ok) // the bytes of the shard the last progress report did not count yet
        j->moved += std::max<qint64>(0, t.size - j->inflight.value(i));
    j->inflight.remove(i);
    if (!ok && op && op->cancelled() && j->paused) {
        t.state = ShardState::Pending; // redone on resume()
        if (persistTask(j, i))
            emitProgress(j);
        return;
    }
    if (UploadJob *u = j->upload())
        onUploadTaskFinished(u, i, op);
    else
        onFetchTaskFinished(j->fetch(), i, op);
}

void TransferEngine::onUploadTaskFinished(UploadJob *j, int i, BackendOp *op)
{
    const qint64 id = j->rec.id;
    ShardTask &t = j->tasks[i];
    if (!op || !op->ok()) {
        t.state = ShardState::Pending;
        if (!persistTask(j, i))
            return;
        Q_EMIT shardFinished(id, t.index, false);
        const fb::Error e = op ? op->error() : err(QStringLiteral("no_provider"), QString());
        complete(j, err(QStringLiteral("provider_failed"),
                        tr("Provider %1 failed: %2").arg(t.provider, e.message)));
        return;
    }
    t.state = ShardState::Done;
    t.bytesDone = t.size;
    if (!persistTask(j, i))
        return;
    Q_EMIT shardFinished(id, t.index, true);
    emitProgress(j);
    afterTasks(j);
    pump();
}

void TransferEngine::onFetchTaskFinished(FetchJob *j, int i, BackendOp *op)
{
    const qint64 id = j->rec.id;
    ShardTask &t = j->tasks[i];
    const QString file = jobDir(id) + QStringLiteral("/shards/shard-%1").arg(t.index);
    // Verify the whole shard before counting it, on the pool (hashing a shard of a large file
    // takes seconds: never on this thread, the GUI's). The transfer slot is free meanwhile.
    if (op && op->ok()) {
        t.state = ShardState::Verifying; // counted as open, not journalled
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
    t.state = ShardState::Failed;
    if (!j->dead.contains(t.provider))
        j->dead.append(t.provider);
    QFile::remove(file);
    shardSettled(j, i);
}

void TransferEngine::onShardVerified(qint64 id, int i, bool good)
{
    Job *found = job(id);
    FetchJob *j = found ? found->fetch() : nullptr;
    if (!j || j->cancelled || i >= j->tasks.size() || j->tasks[i].state != ShardState::Verifying) {
        pump();
        return;
    }
    ShardTask &t = j->tasks[i];
    if (good) {
        t.state = ShardState::Done;
        t.bytesDone = t.size;
    } else {
        qCWarning(lcStorage) << "shard" << t.index << "of file" << j->rec.fileId << "from"
                             << t.provider << "is corrupt";
        t.state = ShardState::Corrupt;
        if (!j->corrupt.contains(t.index))
            j->corrupt.append(t.index);
        QFile::remove(jobDir(id) + QStringLiteral("/shards/shard-%1").arg(t.index));
    }
    shardSettled(j, i);
}

// A download or repair shard is done, corrupt or failed: journal it, start a spare instead of a
// bad one, and see whether the job can go on.
void TransferEngine::shardSettled(FetchJob *j, int i)
{
    const qint64 id = j->rec.id;
    ShardTask &t = j->tasks[i];
    if (!persistTask(j, i))
        return;
    Q_EMIT shardFinished(id, t.index, t.state == ShardState::Done);
    if (t.state != ShardState::Done) {
        for (int s = 0; s < j->tasks.size(); ++s) {
            if (j->tasks[s].state == ShardState::Spare) {
                j->tasks[s].state = ShardState::Pending;
                if (!persistTask(j, s))
                    return;
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
    if (FetchJob *f = j->fetch()) {
        afterFetchTasks(f);
        return;
    }
    int done = 0;
    for (const ShardTask &t : std::as_const(j->tasks))
        done += t.state == ShardState::Done;
    if (done == j->tasks.size() && j->rec.state == TransferState::Uploading) {
        j->rec.state = TransferState::Manifest;
        if (!persist(j))
            return;
        putManifests(j);
    } else {
        pump();
    }
}

void TransferEngine::afterFetchTasks(FetchJob *j)
{
    int done = 0, open = 0;
    for (const ShardTask &t : std::as_const(j->tasks)) {
        if (t.state == ShardState::Done)
            ++done;
        else if (t.state == ShardState::Pending || t.state == ShardState::Active ||
                 t.state == ShardState::Verifying)
            ++open;
    }
    if (j->rec.state != TransferState::Downloading)
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
                        tr("Only %1 of the %2 shards needed are reachable and intact")
                            .arg(done + open)
                            .arg(j->mf.k)));
    }
}

// --------------------------------------------------------------------------- download, repair

void TransferEngine::fetchManifest(FetchJob *j, int candidate)
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
            Job *found = job(id);
            FetchJob *jj = found ? found->fetch() : nullptr;
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
    } else if (cached.error().code != QLatin1String("not_found")) {
        complete(j, cached.error());
        return;
    }
    complete(j, err(QStringLiteral("no_manifest"),
                    tr("No provider holds a readable manifest of this file")));
}

void TransferEngine::onManifest(FetchJob *j, const Manifest &mf)
{
    const qint64 id = j->rec.id;
    j->mf = mf;
    j->haveManifest = true;
    j->rec.manifest = mf.toJson();
    j->rec.size = mf.size;
    j->rec.k = mf.k;
    j->rec.m = mf.m;
    j->rec.salt = mf.salt;
    if (DownloadJob *d = j->download()) {
        startPipeline(d);
        return;
    }
    const QString dir = jobDir(id) + QStringLiteral("/shards");
    QDir().mkpath(dir);
    // Keep shards fetched before a restart when they are intact: hashed on the pool (a large
    // shard takes seconds), never on this thread, the GUI's.
    QList<int> kept;
    for (const ShardTask &t : std::as_const(j->tasks))
        if (t.state == ShardState::Done)
            kept.append(t.index);
    if (kept.isEmpty()) {
        placeShards(j, {});
        return;
    }
    j->busy = true;
    m_pool.start([this, id, dir, mf, kept] {
        QSet<int> have;
        for (int i : kept)
            if (shardFileMatches(dir + QStringLiteral("/shard-%1").arg(i), mf, i))
                have.insert(i);
        QMetaObject::invokeMethod(
            this,
            [this, id, have] {
                Job *found = job(id);
                FetchJob *jj = found ? found->fetch() : nullptr;
                if (!jj)
                    return;
                jj->busy = false;
                if (jj->cancelled) {
                    QDir(jobDir(id)).removeRecursively();
                    return;
                }
                placeShards(jj, have);
            },
            Qt::QueuedConnection);
    });
}

// Which shards to fetch now (data shards first, providers known dead last) and which to keep
// as spares; have: shards already here and intact.
void TransferEngine::placeShards(FetchJob *j, const QSet<int> &have)
{
    const qint64 id = j->rec.id;
    const Manifest &mf = j->mf;
    const QString dead = j->lostProvider;
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
        t.state = ShardState::Spare;
        j->tasks.append(t);
    }
    int wanted = 0;
    for (int i : have) {
        if (i >= j->tasks.size())
            continue;
        j->tasks[i].state = ShardState::Done;
        j->tasks[i].bytesDone = j->tasks[i].size;
        ++wanted;
    }
    for (int i : order) {
        ShardTask &t = j->tasks[i];
        if (t.state == ShardState::Done)
            continue;
        if (!dead.isEmpty() && t.provider == dead)
            t.state = ShardState::Failed;
        else if (wanted < mf.k) {
            t.state = ShardState::Pending;
            ++wanted;
        }
    }
    j->total = 0;
    for (int i = 0; i < mf.k && i < mf.shards.size(); ++i)
        j->total += mf.shards[i].size;
    if (j->rec.kind == TransferKind::Repair) {
        for (const ShardInfo &s : mf.shards)
            if (s.provider == dead)
                j->total += s.size;
    }
    j->rec.state = TransferState::Downloading;
    if (!persistTasks(j) || !persist(j))
        return;
    emitProgress(j);
    afterTasks(j);
    pump();
}

void TransferEngine::startDecoding(FetchJob *j)
{
    j->rec.state = TransferState::Decoding;
    if (!persist(j))
        return;
    j->busy = true;
    const qint64 id = j->rec.id;
    const QString dir = jobDir(id);
    QStringList paths;
    for (const ShardTask &t : std::as_const(j->tasks))
        paths.append(t.state == ShardState::Done
                         ? dir + QStringLiteral("/shards/shard-%1").arg(t.index)
                         : QString());
    const Manifest mf = j->mf;
    const QString dead = j->lostProvider;
    m_pool.start([this, id, dir, paths, mf, dead] {
        QList<int> corrupt;
        auto work = [&]() -> Status {
            // Repair only (downloads run the segment pipeline).
            const QString enc = dir + QStringLiteral("/enc");
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
                                           tr("Rebuilt shard %1 does not match "
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
    Job *found = job(id);
    FetchJob *j = found ? found->fetch() : nullptr;
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
    if (j->rec.kind == TransferKind::Repair) {
        startRepairUploads(static_cast<RepairJob *>(j));
        return;
    }
    complete(j, {});
}

// ------------------------------------------------------------------------ pipelined download

TransferEngine::DownloadProfile TransferEngine::downloadProfile() const
{
    return {m_verifyNs.load(), m_decodeNs.load(), m_decryptNs.load(), m_writeNs.load()};
}

void TransferEngine::startPipeline(DownloadJob *j)
{
    const Manifest &mf = j->mf;
    const int n = mf.k + mf.m;
    j->pipelined = true;
    j->segStripes = int(std::max<qint64>(1, kRunBytes / mf.blockSize));
    const int segments = (mf.stripes + j->segStripes - 1) / j->segStripes;
    const qint64 stripeBytes = qint64(mf.k) * mf.blockSize;
    j->cipherEnd = mf.encryptedSize;
    if (j->ephemeral) {
        // The chunk holding the range's last byte ends the ciphertext needed.
        constexpr qint64 kHead = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
        constexpr qint64 kTag = crypto_secretstream_xchacha20poly1305_ABYTES;
        const qint64 to = std::min(j->rangeTo, mf.size);
        const qint64 chunks = to <= j->rangeFrom ? 0 : (to + mf.chunkSize - 1) / mf.chunkSize;
        j->cipherEnd = std::min(mf.encryptedSize, kHead + chunks * (mf.chunkSize + kTag));
        if (to <= j->rangeFrom) {
            complete(j, {});
            return;
        }
    }
    j->segNeeded = int(std::min<qint64>(
        segments,
        ((j->cipherEnd + stripeBytes - 1) / stripeBytes + j->segStripes - 1) / j->segStripes));
    j->windowMax = int(std::max<qint64>(
        2, kDownloadBudget / std::max<qint64>(1, qint64(mf.k) * j->segStripes * mf.blockSize)));
    j->lost = QList<char>(n, 0);
    j->window.clear();
    j->nextSeg = j->writeSeg = 0;
    j->skip = 0;
    j->fetched = 0;

    auto out = std::make_shared<DownloadOutput>();
    out->key = deriveFileKey(*m_master, mf.salt);
    QIODevice *sink = nullptr;
    if (j->ephemeral) {
        out->range = std::make_unique<RangeSink>(j->rangeFrom, j->rangeTo);
        sink = out->range.get();
    } else {
        out->file.setFileName(j->partPath());
        out->timed = std::make_unique<TimedFile>(out->file, m_writeNs);
        sink = out->timed.get();
    }
    out->dec = std::make_unique<StreamDecryptor>(out->key, mf.chunkSize, *sink);
    if (!j->ephemeral) {
        // After a restart: go on from the last segment written (journalled checkpoint), when
        // the partial file still holds what it says.
        const QJsonObject cp = j->rec.extra.value(QStringLiteral("cp")).toObject();
        StreamCheckpoint c;
        c.cipherOffset = cp.value(QStringLiteral("cipher")).toInteger(-1);
        c.plainOffset = cp.value(QStringLiteral("plain")).toInteger(-1);
        c.header = QByteArray::fromHex(cp.value(QStringLiteral("header")).toString().toLatin1());
        c.nonce = QByteArray::fromHex(cp.value(QStringLiteral("nonce")).toString().toLatin1());
        // The ciphertext after the checkpoint's last whole chunk (to the segment's end) was
        // kept beside the journal.
        QByteArray tail;
        const qint64 tailSize = cp.value(QStringLiteral("tail")).toInteger(-1);
        if (tailSize >= 0) {
            QFile f(jobDir(j->rec.id) +
                    QStringLiteral("/tail-%1").arg(cp.value(QStringLiteral("segment")).toInt()));
            if (f.open(QIODevice::ReadOnly))
                tail = f.readAll();
        }
        if (c.isValid() && tail.size() == tailSize && c.cipherOffset + tailSize < j->cipherEnd &&
            QFileInfo(j->partPath()).size() >= c.plainOffset &&
            out->file.open(QIODevice::ReadWrite) && out->file.resize(c.plainOffset) &&
            out->file.seek(c.plainOffset) && out->dec->resumeAt(c) &&
            out->dec->write(tail.constData(), tail.size())) {
            const qint64 segBytes = stripeBytes * j->segStripes;
            const qint64 at = c.cipherOffset + tailSize;
            j->writeSeg = j->nextSeg = int(at / segBytes);
            j->skip = at - qint64(j->writeSeg) * segBytes;
            j->fetched = qint64(j->writeSeg) * mf.k * j->segStripes * mf.blockSize;
            qCInfo(lcStorage) << "download" << j->rec.id << "resumes at segment" << j->writeSeg
                              << "of" << j->segNeeded;
        } else {
            out->file.close();
            j->rec.extra.remove(QStringLiteral("cp"));
            if (!out->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                complete(j, err(QStringLiteral("io"), tr("Cannot write %1").arg(j->partPath())));
                return;
            }
        }
    }
    j->out = std::move(out);
    // Progress counts the runs of the data shards, as many bytes as a download fetches.
    j->total = 0;
    for (int s = 0; s < j->segNeeded; ++s)
        j->total += qint64(j->neededData(s).size()) * j->segLength(s);
    j->tasks.clear();
    for (int i = 0; i < n; ++i) {
        ShardTask t;
        t.transfer = j->rec.id;
        t.index = i;
        t.provider = mf.shards[i].provider;
        t.objectKey = mf.shards[i].objectKey;
        t.size = mf.shards[i].size;
        t.state = ShardState::Pending;
        j->tasks.append(t);
    }
    j->rec.state = TransferState::Downloading;
    if (!persistTasks(j) || !persist(j))
        return;
    emitProgress(j);
    pump();
}

// Opens segments up to the window and starts the range fetches they need. False when the
// engine's shard transfer limit is reached.
bool TransferEngine::pumpDownload(DownloadJob *j)
{
    const int n = j->mf.k + j->mf.m;
    const qint64 id = j->rec.id;
    while (int(j->window.size()) < j->windowMax && j->nextSeg < j->segNeeded) {
        DownloadJob::Segment seg;
        seg.runs = QList<QByteArray>(n);
        seg.state = QList<char>(n, kRunNone);
        j->window.emplace(j->nextSeg++, std::move(seg));
    }
    for (auto &[index, seg] : j->window) {
        if (j->cancelled || j->paused)
            return true;
        if (seg.ready || seg.decoding)
            continue;
        const QList<int> need = j->neededData(index);
        for (int i : need)
            if ((j->lost[i] && seg.state[i] != kRunGood) || seg.state[i] == kRunBad)
                seg.rebuild = true;
        QList<int> fetch;
        if (!seg.rebuild) {
            for (int i : need)
                if (seg.state[i] == kRunNone)
                    fetch.append(i);
        } else {
            int have = 0;
            for (int i = 0; i < n; ++i)
                have += seg.state[i] == kRunFetching || seg.state[i] == kRunVerifying ||
                        seg.state[i] == kRunGood;
            for (int i = 0; i < n && have < j->mf.k; ++i) {
                if (seg.state[i] == kRunNone && !j->lost[i]) {
                    fetch.append(i);
                    ++have;
                }
            }
            if (have < j->mf.k) {
                int usable = 0;
                for (int i = 0; i < n; ++i)
                    usable += !j->lost[i];
                complete(j, err(QStringLiteral("not_enough_shards"),
                                tr("Only %1 of the %2 shards needed are reachable and intact")
                                    .arg(usable)
                                    .arg(j->mf.k)));
                return true;
            }
        }
        for (int i : std::as_const(fetch)) {
            if (m_running >= m_limit)
                return false;
            ShardTask &t = j->tasks[i];
            Backend *b = backend(t.provider);
            if (!b) {
                shardLost(j, i, false);
                QTimer::singleShot(0, this, [this] { pump(); });
                return true;
            }
            const int s = index;
            BackendOp *op = b->getRange(t.objectKey, qint64(s) * j->segStripes * j->mf.blockSize,
                                        j->segLength(s));
            ++m_shardGets;
            ++m_running;
            seg.state[i] = kRunFetching;
            if (t.state == ShardState::Pending) {
                t.state = ShardState::Active;
                ++t.attempts;
            }
            const int key = s * 256 + i;
            j->ops.insert(key, op);
            connect(op, &BackendOp::progress, this, [this, id, key](qint64 done, qint64) {
                if (Job *jj = job(id)) {
                    jj->moved += std::max<qint64>(0, done - jj->inflight.value(key));
                    jj->inflight.insert(key, done);
                    emitProgress(jj);
                }
            });
            connect(op, &BackendOp::finished, this,
                    [this, id, s, i, op] { onRunFetched(id, s, i, op); });
        }
    }
    return true;
}

void TransferEngine::onRunFetched(qint64 id, int s, int i, BackendOp *op)
{
    --m_running;
    op->deleteLater();
    Job *found = job(id);
    DownloadJob *j = found ? found->download() : nullptr;
    const int key = s * 256 + i;
    if (!j || j->cancelled || j->ops.value(key).data() != op) {
        pump();
        return;
    }
    j->ops.remove(key);
    const qint64 reported = j->inflight.value(key);
    j->inflight.remove(key);
    auto it = j->window.find(s);
    if (it == j->window.end()) {
        pump();
        return;
    }
    DownloadJob::Segment &seg = it->second;
    if (!op->ok()) {
        seg.state[i] = kRunNone;
        if (j->paused && op->cancelled()) {
            emitProgress(j); // fetched again on resume()
            return;
        }
        qCWarning(lcStorage) << "shard" << i << "unavailable from" << j->tasks[i].provider << ":"
                             << op->error().message;
        shardLost(j, i, false);
        pump();
        return;
    }
    const QByteArray bytes = op->data();
    j->moved += std::max<qint64>(0, bytes.size() - reported);
    m_shardBytesFetched += bytes.size();
    seg.state[i] = kRunVerifying;
    // Each block of the run against the manifest, on the pool (never on this thread).
    const Manifest mf = j->mf;
    const int first = s * j->segStripes;
    m_pool.start([this, id, s, i, bytes, mf, first] {
        const qint64 t0 = threadNs();
        bool good = bytes.size() % mf.blockSize == 0;
        const QList<QByteArray> &hashes = mf.shards[i].blockHashes;
        for (qint64 at = 0; good && at < bytes.size(); at += mf.blockSize) {
            const int b = first + int(at / mf.blockSize);
            good = b < hashes.size() &&
                   blockHashHex(mf.version, QByteArrayView(bytes).sliced(at, mf.blockSize)) ==
                       hashes[b];
        }
        m_verifyNs += threadNs() - t0;
        QMetaObject::invokeMethod(
            this, [this, id, s, i, good, bytes] { onRunVerified(id, s, i, good, bytes); },
            Qt::QueuedConnection);
    });
    pump();
}

void TransferEngine::onRunVerified(qint64 id, int s, int i, bool good, const QByteArray &bytes)
{
    Job *found = job(id);
    DownloadJob *j = found ? found->download() : nullptr;
    if (!j || j->cancelled)
        return;
    auto it = j->window.find(s);
    if (it == j->window.end() || it->second.state[i] != kRunVerifying)
        return;
    DownloadJob::Segment &seg = it->second;
    if (good) {
        seg.state[i] = kRunGood;
        seg.runs[i] = bytes;
        j->fetched += bytes.size();
        emitProgress(j);
        checkSegment(j, s);
        return;
    }
    qCWarning(lcStorage) << "shard" << i << "of file" << j->rec.fileId << "from"
                         << j->tasks[i].provider << "is corrupt";
    seg.state[i] = kRunBad;
    shardLost(j, i, true);
    pump();
}

// A shard's provider failed or its bytes are corrupt: no later segment uses it.
void TransferEngine::shardLost(DownloadJob *j, int i, bool corrupt)
{
    if (j->lost[i])
        return;
    j->lost[i] = 1;
    ShardTask &t = j->tasks[i];
    t.state = corrupt ? ShardState::Corrupt : ShardState::Failed;
    if (corrupt && !j->corrupt.contains(i))
        j->corrupt.append(i);
    if (!corrupt && !j->dead.contains(t.provider))
        j->dead.append(t.provider);
    // Runs of it still being fetched for other segments are not waited for (aborted after the
    // walk: an abort may finish at once and pump()).
    QList<QPointer<BackendOp>> stale;
    for (auto &[index, seg] : j->window) {
        const int key = index * 256 + i;
        if (seg.state[i] == kRunFetching) {
            stale.append(j->ops.value(key));
            j->ops.remove(key);
            j->inflight.remove(key);
            seg.state[i] = kRunNone;
        }
    }
    if (!persistTask(j, i))
        return;
    Q_EMIT shardFinished(j->rec.id, i, false);
    for (const QPointer<BackendOp> &op : std::as_const(stale))
        if (op)
            op->abort();
}

void TransferEngine::checkSegment(DownloadJob *j, int s)
{
    DownloadJob::Segment &seg = j->window.at(s);
    if (seg.ready || seg.decoding)
        return;
    const QList<int> need = j->neededData(s);
    if (!seg.rebuild) {
        for (int i : need)
            if (seg.state[i] != kRunGood)
                return;
        seg.ready = true;
        pumpWriter(j);
        return;
    }
    const int n = j->mf.k + j->mf.m;
    int good = 0;
    for (int i = 0; i < n; ++i)
        good += seg.state[i] == kRunGood;
    if (good < j->mf.k)
        return;
    // Reed-Solomon only here: a data run is missing or corrupt.
    seg.decoding = true;
    const qint64 id = j->rec.id;
    const int k = j->mf.k, m = j->mf.m, bs = j->mf.blockSize;
    const qint64 len = j->segLength(s);
    QList<QByteArray> runs = seg.runs;
    std::vector<bool> present(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        present[size_t(i)] = seg.state[i] == kRunGood;
    seg.runs.clear();
    m_pool.start([this, id, s, runs, present, k, m, bs, len]() mutable {
        const qint64 t0 = threadNs();
        const int n = k + m;
        for (int i = 0; i < n; ++i)
            if (!present[size_t(i)])
                runs[i] = QByteArray(len, '\0');
        std::vector<unsigned char *> ptr(static_cast<size_t>(n));
        const ReedSolomon rs(k, m);
        bool ok = true;
        for (qint64 at = 0; ok && at < len; at += bs) {
            for (int i = 0; i < n; ++i)
                ptr[size_t(i)] = reinterpret_cast<unsigned char *>(runs[i].data()) + at;
            ok = rs.reconstruct(ptr.data(), present, bs);
        }
        runs.resize(k); // the data runs are all the writer needs
        m_decodeNs += threadNs() - t0;
        QMetaObject::invokeMethod(
            this,
            [this, id, s, runs, ok] {
                Job *found = job(id);
                DownloadJob *jj = found ? found->download() : nullptr;
                if (!jj || jj->cancelled)
                    return;
                auto it = jj->window.find(s);
                if (it == jj->window.end())
                    return;
                if (!ok) {
                    complete(jj, err(QStringLiteral("not_enough_shards"),
                                     tr("The file cannot be rebuilt from its shards")));
                    return;
                }
                it->second.runs = runs;
                it->second.decoding = false;
                it->second.ready = true;
                pumpWriter(jj);
            },
            Qt::QueuedConnection);
    });
}

// Decrypts and writes the next segment in order, on the pool, one at a time.
void TransferEngine::pumpWriter(DownloadJob *j)
{
    if (j->writing || j->cancelled)
        return;
    auto it = j->window.find(j->writeSeg);
    if (it == j->window.end() || !it->second.ready)
        return;
    j->writing = true;
    const int s = j->writeSeg;
    const bool last = s + 1 >= j->segNeeded;
    const int k = j->mf.k, bs = j->mf.blockSize;
    const qint64 stripeBytes = qint64(k) * bs;
    const qint64 segStart = qint64(s) * j->segStripes * stripeBytes;
    const qint64 stripes = j->segLength(s) / bs;
    const qint64 from = segStart + j->skip, end = j->cipherEnd;
    QList<QByteArray> runs = it->second.runs;
    runs.resize(k);
    it->second.runs.clear(); // the pool task holds them now
    const bool ephemeral = j->ephemeral;
    const int version = j->mf.version;
    const QByteArray plainHash = j->mf.plainHash;
    const QString part = j->partPath(), outPath = j->rec.path;
    const QString tailPath = jobDir(j->rec.id) + QStringLiteral("/tail-%1").arg(s);
    const qint64 id = j->rec.id;
    auto out = j->out;
    m_pool.start([this, id, s, last, k, bs, stripeBytes, segStart, stripes, from, end, runs, out,
                  ephemeral, version, plainHash, part, outPath, tailPath] {
        const qint64 t0 = threadNs(), w0 = m_writeNs.load();
        Status st = success();
        for (qint64 t = 0; st && t < stripes; ++t) {
            for (int i = 0; st && i < k; ++i) {
                const qint64 pos = segStart + t * stripeBytes + qint64(i) * bs;
                const qint64 a = std::max(pos, from), b = std::min(pos + bs, end);
                if (b <= a)
                    continue;
                st = out->dec->write(runs[i].constData() + t * bs + (a - pos), b - a);
            }
        }
        m_decryptNs += threadNs() - t0 - (m_writeNs.load() - w0);
        QJsonObject cp;
        const qint64 f0 = threadNs();
        if (st && !ephemeral && !last) {
            // A checkpoint: the plaintext so far flushed, the partial chunk at the segment's end
            // (ciphertext) saved whole beside it, then (on return) the journal.
            const StreamCheckpoint c = out->dec->checkpoint();
            const QByteArray tail = out->dec->pending();
            QSaveFile f(tailPath);
            if (!out->file.flush() || !QDir().mkpath(QFileInfo(tailPath).absolutePath()) ||
                !f.open(QIODevice::WriteOnly) || f.write(tail) != tail.size() || !f.commit()) {
                st = Status::failure(QStringLiteral("io"),
                                     tr("Cannot write %1 (disk full?)").arg(part));
            } else if (c.isValid()) {
                cp = QJsonObject{{QStringLiteral("cipher"), double(c.cipherOffset)},
                                 {QStringLiteral("plain"), double(c.plainOffset)},
                                 {QStringLiteral("header"), QString::fromLatin1(c.header.toHex())},
                                 {QStringLiteral("nonce"), QString::fromLatin1(c.nonce.toHex())},
                                 {QStringLiteral("tail"), double(tail.size())},
                                 {QStringLiteral("segment"), s}};
            }
        }
        if (st && last && !ephemeral) {
            st = out->dec->finish();
            if (st && !out->file.flush())
                st = Status::failure(QStringLiteral("io"),
                                     tr("Cannot write %1 (disk full?)").arg(part));
            out->file.close();
            // Version 1 manifests also carry the plaintext's hash; secretstream has already
            // authenticated every chunk and the end of the file.
            if (st && version < 2 && blake2bFileHex(part) != plainHash)
                st = Status::failure(QStringLiteral("integrity"),
                                     tr("The rebuilt file does not match its hash"));
            if (st && !renameOver(part, outPath))
                st = Status::failure(QStringLiteral("io"), tr("Cannot write %1").arg(outPath));
        }
        m_writeNs += threadNs() - f0;
        QMetaObject::invokeMethod(
            this, [this, id, s, st, cp, last] { onSegmentWritten(id, s, st, cp, last); },
            Qt::QueuedConnection);
    });
}

void TransferEngine::onSegmentWritten(qint64 id, int s, Status status, const QJsonObject &cp,
                                      bool last)
{
    Job *found = job(id);
    DownloadJob *j = found ? found->download() : nullptr;
    if (!j)
        return;
    j->writing = false;
    if (j->cancelled || isFinished(j->rec.state)) {
        if (!j->ephemeral && j->rec.state != TransferState::Done) {
            j->out.reset();
            QFile::remove(j->partPath());
        }
        return;
    }
    if (!status.ok()) {
        complete(j, status.error());
        return;
    }
    j->window.erase(s);
    j->writeSeg = s + 1;
    j->skip = 0;
    if (last) {
        if (j->ephemeral)
            j->rangeData = std::move(j->out->range->bytes);
        j->out.reset();
        for (ShardTask &t : j->tasks)
            if (t.state == ShardState::Active) {
                t.state = ShardState::Done;
                t.bytesDone = t.size;
                if (!persistTask(j, t.index))
                    return;
                Q_EMIT shardFinished(id, t.index, true);
            }
        complete(j, {});
        return;
    }
    if (!cp.isEmpty()) {
        j->rec.extra.insert(QStringLiteral("cp"), cp);
        if (!persist(j))
            return;
        QFile::remove(jobDir(id) + QStringLiteral("/tail-%1").arg(s - 1));
    }
    emitProgress(j);
    pumpWriter(j);
    pump();
}

void TransferEngine::startRepairUploads(RepairJob *j)
{
    const qint64 id = j->rec.id;
    const QString dead = j->lostProvider;
    const QString replacement = j->replacement;
    Backend *b = backend(replacement);
    if (!b) {
        complete(j, err(QStringLiteral("no_provider"), tr("Unknown provider %1").arg(replacement)));
        return;
    }
    j->rec.state = TransferState::Uploading;
    if (!persist(j))
        return;
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
            jj->rec.state = TransferState::Manifest;
            if (!persist(jj))
                return;
            putManifests(jj);
        });
    }
    if (j->sidePending == 0)
        complete(j, err(QStringLiteral("nothing_to_repair"),
                        tr("No shard of this file is on %1").arg(dead)));
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
            complete(j, err(QStringLiteral("no_provider"), tr("Unknown provider %1").arg(p)));
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
                jj->sideError =
                    err(QStringLiteral("provider_failed"),
                        tr("Cannot store the manifest on %1: %2").arg(p, op->error().message));
            if (--jj->sidePending > 0)
                return;
            complete(jj, jj->sideError);
        });
    }
}

// -------------------------------------------------------------------------------- bookkeeping

void TransferEngine::complete(Job *j, const fb::Error &error)
{
    if (isFinished(j->rec.state))
        return;
    const bool cancelled = error.code == QLatin1String("cancelled");
    j->rec.state = error.code.isEmpty() ? TransferState::Done
                   : cancelled          ? TransferState::Cancelled
                                        : TransferState::Failed;
    j->rec.error = error.message;
    UploadJob *u = j->upload();
    if (u)
        u->partData.clear();
    auto stopAll = [j, u] {
        j->cancelled = true;
        if (u)
            u->stop->store(true);
        const auto ops = j->ops;
        for (const auto &op : ops)
            if (op)
                op->abort();
        const auto side = j->sideOps;
        for (const auto &op : side)
            if (op)
                op->abort();
    };
    if (!error.code.isEmpty())
        stopAll();
    DownloadJob *dl = j->download();
    const bool ephemeral = dl && dl->ephemeral;
    if (dl && dl->pipelined && !error.code.isEmpty()) {
        // The partial file goes with a failed or cancelled download (a kill keeps it for the
        // resume); a decryption still running drops it when it returns.
        dl->window.clear();
        if (!dl->writing) {
            dl->out.reset();
            QFile::remove(dl->partPath());
        }
    }
    // No task stays "active" in a finished transfer.
    Status journalled = success();
    for (int i = 0; i < j->tasks.size() && !ephemeral; ++i) {
        if (j->tasks[i].state == ShardState::Active) {
            j->tasks[i].state = ShardState::Pending;
            if (Status s = m_journal.updateTask(j->tasks[i]); !s && journalled)
                journalled = s;
        }
    }
    if (journalled && !ephemeral)
        journalled = m_journal.updateTransfer(j->rec);
    if (!journalled && j->rec.state == TransferState::Done) {
        // It worked, but the journal still holds it as running: the caller must hear of it.
        j->rec.state = TransferState::Failed;
        j->rec.error = tr("The transfer finished, but the transfer journal could not record it: %1")
                           .arg(journalled.error().message);
        stopAll();
    }
    if (j->rec.state == TransferState::Done)
        j->lastDone = j->total;
    // A failed upload whose shards are all encoded keeps them for retry() (cancel() drops them).
    const bool keep = u && j->rec.state == TransferState::Failed && j->haveManifest;
    if (!j->busy && !keep)
        QDir(jobDir(j->rec.id)).removeRecursively();
    if (j->rec.state == TransferState::Done)
        qCInfo(lcStorage) << "transfer" << j->rec.id << "done";
    else
        qCWarning(lcStorage) << "transfer" << j->rec.id << toString(j->rec.state) << ":"
                             << j->rec.error;
    emitProgress(j);
    Q_EMIT finished(j->rec.id, j->rec.state == TransferState::Done, j->rec.error);
    QTimer::singleShot(0, this, [this] { pump(); });
}

bool TransferEngine::persist(Job *j)
{
    if (DownloadJob *d = j->download(); d && d->ephemeral)
        return true;
    const Status s = m_journal.updateTransfer(j->rec);
    if (!s)
        complete(j, journalError(s.error()));
    return s.ok();
}

bool TransferEngine::persistTask(Job *j, int index)
{
    if (DownloadJob *d = j->download(); d && d->ephemeral)
        return true;
    const Status s = m_journal.updateTask(j->tasks[index]);
    if (!s)
        complete(j, journalError(s.error()));
    return s.ok();
}

bool TransferEngine::persistTasks(Job *j)
{
    if (DownloadJob *d = j->download(); d && d->ephemeral)
        return true;
    const Status s = m_journal.replaceTasks(j->rec.id, j->tasks);
    if (!s)
        complete(j, journalError(s.error()));
    return s.ok();
}

void TransferEngine::emitProgress(Job *j)
{
    qint64 done = 0;
    for (const ShardTask &t : std::as_const(j->tasks))
        done += t.state == ShardState::Done ? t.size : t.bytesDone;
    if (DownloadJob *d = j->download(); d && d->pipelined)
        done = d->fetched;
    for (auto it = j->inflight.cbegin(); it != j->inflight.cend(); ++it)
        done += it.value();
    if (j->rec.kind != TransferKind::Upload)
        done = std::min(done, j->total);
    j->lastDone = done;
    // Speed over a sliding window of about three seconds.
    if (!j->clock.isValid())
        j->clock.start();
    const qint64 now = j->clock.elapsed();
    if (!j->paused) {
        j->samples.append({now, j->moved});
        while (j->samples.size() > 2 && now - j->samples.first().first > 3000)
            j->samples.removeFirst();
        const auto &first = j->samples.first();
        j->bps = now - first.first >= 200
                     ? double(j->moved - first.second) * 1000.0 / double(now - first.first)
                     : j->bps;
        j->bps = std::max(0.0, j->bps);
    }
    Q_EMIT progress(j->rec.id, done, j->total);
    const TransferTotals t = totals();
    Q_EMIT totalProgress(t.bytesDone, t.bytesTotal, t.bytesPerSecond);
}

} // namespace fb::storage
