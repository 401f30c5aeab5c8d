// TransferEngine: encrypted, erasure-coded file transfers over a set of provider backends, with a
// resumable SQLite journal (TransferJournal).
//
// Upload:   encrypt (secretstream, key = KDF(master secret, per-file salt)) -> split into k+m
//           Reed-Solomon shards -> each shard to a different provider -> the encrypted manifest
//           to every provider ("fb/m/<fileId>"; shards are "fb/s/<random>", names reveal nothing).
// Download: fetch the manifest (first provider that answers and authenticates) -> segment by
//           segment (about 8 MiB per shard), ranged GETs of the data shards' block runs in
//           parallel -> block hashes checked on the pool -> Reed-Solomon only where a data run is
//           missing or corrupt (from any k good runs) -> decrypt and write in order -> a
//           journalled checkpoint per segment (a killed download resumes from there) -> atomic
//           rename. readRange(): the same into memory for a byte range.
// Repair:   fetch k good shards, decode, re-encode (deterministic), upload the shards of a dead
//           provider to a replacement, rewrite the manifest everywhere.
//
// Shard transfers of all jobs share one concurrency limit. Encoding and decoding run on a worker
// thread. After a kill, a new engine on the same journal and work directory continues each
// unfinished transfer (resumeAll()) and transfers only the shards not yet done. Nothing secret is
// written to the journal or logged. A journal write that fails ends the transfer as failed, with
// the journal's error (a transfer the journal cannot follow could not be resumed after a kill).
//
// Each kind of transfer is its own job type over a small shared core (TransferEngine::Job: the
// record, shard tasks, running operations, progress): UploadJob codes and streams, DownloadJob
// runs the segment pipeline, RepairJob (a FetchJob) fetches and verifies k whole shards and
// decodes them into the shards of a dead provider.
#pragma once

#include "storage/erasure.h"
#include "storage/transferjournal.h"
#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace fb::storage {

class Backend;
class BackendOp;

struct TransferInfo
{
    qint64 id = 0;
    TransferKind kind = TransferKind::Upload;
    TransferState state = TransferState::Encoding;
    QString fileId;
    QString error;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QList<int> corruptShards;  // shards that failed their hash check (download / repair)
    QStringList deadProviders; // providers that could not be reached
    bool paused = false;       // pause(): no bytes flow until resume()
    double bytesPerSecond = 0; // over the last few seconds (0 when idle or paused)
    qint64 etaSeconds = -1;    // remaining time at that speed; -1 unknown
    bool finished() const { return isFinished(state); }
};

// The sum over the transfers not finished.
struct TransferTotals
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;
};

class TransferEngine : public QObject
{
    Q_OBJECT
public:
    explicit TransferEngine(QObject *parent = nullptr);
    ~TransferEngine() override;

    // journalPath: SQLite file (may be the app's cache); workDir: scratch space for shards,
    // kept across restarts so a resumed upload reuses its shards. (Shards of more than one part
    // are coded in memory and streamed instead; a resumed upload codes them again.)
    Status open(const QString &journalPath, const QString &workDir, SecretBytes masterSecret);
    TransferJournal &journal() { return m_journal; }

    // Backends are not owned; they must outlive the transfers using them.
    void addBackend(Backend *backend);
    Backend *backend(const QString &id) const;
    void setConcurrency(int shardTransfers);
    int concurrency() const { return m_limit; }

    // providers: k+m distinct backend ids, shard i goes to providers[i]. Returns the transfer id.
    Result<qint64> upload(const QString &path, const QStringList &providers, int k, int m);
    // providers: where to look for the manifest (in order).
    Result<qint64> download(const QString &fileId, const QStringList &providers,
                            const QString &outPath);
    // Reads bytes [offset, offset + length) of a stored file into memory (rangeData() once
    // finished() reported it done). Only the block runs holding the ciphertext up to the range's
    // last chunk are fetched (secretstream chains each chunk's nonce to the ones before, so a
    // range is decrypted from the file's start), from the data shards only unless one is missing
    // or corrupt: the first bytes of a file of any size cost one block run of one shard. Not
    // journalled and not resumed; the id is negative.
    Result<qint64> readRange(const QString &fileId, const QStringList &providers, qint64 offset,
                             qint64 length);
    // The bytes a finished readRange() returned (empty for another transfer).
    QByteArray rangeData(qint64 id) const;
    // Rebuilds the shards held by deadProvider and stores them on replacement.
    Result<qint64> repair(const QString &fileId, const QStringList &providers,
                          const QString &deadProvider, const QString &replacement);
    // Continues every unfinished transfer of the journal; returns their ids.
    QList<qint64> resumeAll();
    // Stops a transfer: running shard transfers are aborted, the journal keeps the shards done
    // and marks the transfer "cancelled" (no task stays "active"), the scratch files go.
    void cancel(qint64 id);
    // Pause: running shard / part transfers are aborted (parts already stored are kept), nothing
    // more starts for this transfer until resume(); encoding goes on in the background (for
    // streamed shards, until its part buffers are full). Not journalled: after a restart
    // resumeAll() continues paused transfers too.
    void pause(qint64 id);
    void resume(qint64 id);
    // Continues a failed upload (a provider was down) from what is stored: shards and parts
    // already uploaded are kept. False when the transfer is not a failed one.
    bool retry(qint64 id);
    // Total across the transfers not finished: bytes done / total, speed, ETA.
    TransferTotals totals() const;
    // Token bucket on the shard bytes sent and received, over all transfers (bytes per second;
    // 0 = unlimited). Applied to every backend added.
    void setBandwidthLimit(qint64 bytesPerSecond);
    qint64 bandwidthLimit() const;

    TransferInfo info(qint64 id) const;
    // The manifest of the transfer's file (once known).
    Result<Manifest> manifest(qint64 id) const;
    // Blocks in a local event loop until the transfer finished. Returns true when it is done.
    bool waitFor(qint64 id, int timeoutMs = -1);

    // Counters (tests, benchmarks): shard objects started (a download counts each ranged GET of
    // a block run), shard bytes fetched, manifest objects put.
    int shardPuts() const { return m_shardPuts; }
    int shardGets() const { return m_shardGets; }
    int manifestPuts() const { return m_manifestPuts; }
    qint64 shardBytesFetched() const { return m_shardBytesFetched; }

    static QString manifestKey(const QString &fileId);

    // Thread CPU time of the download stages off the network path, summed over every download
    // since the engine was made (benchmarks: the rest of the process's CPU is fetching).
    struct DownloadProfile
    {
        qint64 verifyNs = 0;  // SHA-256 (BLAKE2b for version 1) of every block run fetched
        qint64 decodeNs = 0;  // Reed-Solomon, only for segments missing a data run
        qint64 decryptNs = 0; // secretstream, in order
        qint64 writeNs = 0;   // writing the plaintext (and flushing at checkpoints)
    };
    DownloadProfile downloadProfile() const;

Q_SIGNALS:
    void progress(qint64 id, qint64 done, qint64 total);
    void shardFinished(qint64 id, int index, bool ok);
    void finished(qint64 id, bool ok, const QString &error);
    // With every progress(): the sum over unfinished transfers (see totals()).
    void totalProgress(qint64 done, qint64 total, double bytesPerSecond);

private:
    struct Job;
    struct UploadJob;
    struct FetchJob;
    struct DownloadJob;
    struct RepairJob;
    Job *job(qint64 id) const;
    static std::unique_ptr<Job> makeJob(TransferRecord rec);
    Result<qint64> startJob(TransferRecord rec);
    void resumeJob(std::unique_ptr<Job> job);
    bool restart(qint64 id);

    // Shared core: scheduling, shard tasks, the journal, progress, the end of a transfer.
    void pump();
    void startTask(Job *job, int index);
    void onTaskFinished(qint64 id, int index, BackendOp *op);
    void afterTasks(Job *job);
    void putManifests(Job *job);
    void complete(Job *job, const fb::Error &error);
    // Journal writes: false when the journal refused it (the transfer has then failed with the
    // journal's error and the caller stops).
    [[nodiscard]] bool persist(Job *job);
    [[nodiscard]] bool persistTask(Job *job, int index);
    [[nodiscard]] bool persistTasks(Job *job);
    void emitProgress(Job *job);

    // Uploads.
    void resumeUpload(UploadJob *job);
    void startEncoding(UploadJob *job, bool again = false);
    void resumeStream(UploadJob *job);
    void readStreams(UploadJob *job);
    void onPartData(qint64 id, const std::shared_ptr<std::atomic<bool>> &run, int part,
                    const QList<QByteArray> &bytes, const QList<QByteArray> &shas);
    void releaseParts(UploadJob *job);
    void failChanged(UploadJob *job);
    void onEncoded(qint64 id, const std::shared_ptr<std::atomic<bool>> &run,
                   Result<Manifest> result);
    bool pumpStream(UploadJob *job);
    void onStreamOpFinished(qint64 id, int index, int kind, BackendOp *op);
    void onUploadTaskFinished(UploadJob *job, int index, BackendOp *op);
    [[nodiscard]] bool persistStreams(UploadJob *job);
    void abortStreams(UploadJob *job);

    // Downloads and repairs.
    void fetchManifest(FetchJob *job, int candidate);
    void onManifest(FetchJob *job, const Manifest &mf);
    void placeShards(FetchJob *job, const QSet<int> &have);
    void onFetchTaskFinished(FetchJob *job, int index, BackendOp *op);
    void onShardVerified(qint64 id, int i, bool good);
    void shardSettled(FetchJob *job, int i);
    void afterFetchTasks(FetchJob *job);
    void startDecoding(FetchJob *job);
    void onDecoded(qint64 id, Status status, const QList<int> &corrupt);
    void startRepairUploads(RepairJob *job);
    // The pipelined download (DownloadJob): block runs fetched by range in parallel, verified on
    // the pool, rebuilt only when a data run is missing, decrypted and written in order.
    void startPipeline(DownloadJob *job);
    bool pumpDownload(DownloadJob *job);
    void onRunFetched(qint64 id, int seg, int shard, BackendOp *op);
    void onRunVerified(qint64 id, int seg, int shard, bool good, const QByteArray &bytes);
    void shardLost(DownloadJob *job, int shard, bool corrupt);
    void checkSegment(DownloadJob *job, int seg);
    void pumpWriter(DownloadJob *job);
    void onSegmentWritten(qint64 id, int seg, Status status, const QJsonObject &checkpoint,
                          bool last);
    QString jobDir(qint64 id) const;
    QByteArray sealManifest(const Manifest &mf) const;
    Result<Manifest> openManifest(const QByteArray &blob, const QString &fileId) const;

    TransferJournal m_journal;
    QString m_workDir;
    std::shared_ptr<SecretBytes> m_master;
    QHash<QString, QPointer<Backend>> m_backends;
    std::map<qint64, std::unique_ptr<Job>> m_jobs;
    QThreadPool m_pool;
    std::atomic<qint64> m_partMemory{0}; // bytes of part sets held by the uploads coding now
    int m_limit = 4;
    int m_running = 0;
    int m_shardPuts = 0;
    int m_shardGets = 0;
    int m_manifestPuts = 0;
    qint64 m_shardBytesFetched = 0;
    qint64 m_nextRangeId = -1;
    std::atomic<qint64> m_verifyNs{0};
    std::atomic<qint64> m_decodeNs{0};
    std::atomic<qint64> m_decryptNs{0};
    std::atomic<qint64> m_writeNs{0};
    std::shared_ptr<class RateLimiter> m_rate;
};

} // namespace fb::storage
