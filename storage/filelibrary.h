// FileLibrary: the user's files per SLA, over the TransferEngine. No widgets.
//
// The list lives in the app's SQLite cache (tables library_files and library_folders, migrated
// under their own sequence "files"): each file's virtual folder, name, size, mtime, SLA, manifest
// (object keys, hashes, salt: never a key) and state. Folders are virtual: renaming or moving a
// file changes the cache and rewrites the file's encrypted manifest with the providers (the
// manifest's name then holds the whole virtual path, "/a/b/name"). rebuildFromProviders() lists
// those manifests ("fb/m/<fileId>") on every provider of every SLA, opens them with the master
// secret and fills the table, so a second machine with the same wallet finds the files again.
//
// The backends of an SLA are its Funded/Active deals: each deal's sealed access parameters are
// opened with the wallet's Stellar key (sealedaccess.h); the backend id is the deal id, so two
// SLAs with the same provider never share a bucket or directory. unlock() derives the master
// secret of file keys and the X25519 key from the wallet and keeps them in SecretBytes for the
// session only.
#pragma once

#include "storage/erasure.h"
#include "wallet/keystore.h"
#include "wallet/result.h"
#include "wallet/secretbytes.h"
#include "wire/domain.h"
#include "wire/schemamigrator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>
#include <utility>

namespace fb::storage {

class Backend;
class BackendOp;
class TransferEngine;
struct BoxKeys;

struct LibraryFile
{
    qint64 id = 0; // row id
    QString slaId;
    QString folder; // virtual folder: "/" or "/a/b"
    QString name;
    qint64 size = 0;
    QDateTime mtime;
    QString fileId;        // the engine's file id (empty until the upload finished)
    QJsonObject manifest;  // empty until the upload finished
    QString state;         // "uploading", "stored", "failed", "deleting"
    qint64 transferId = 0; // the upload's transfer
    int healthOk = -1;     // reachable shards at the last check (-1: never checked)
    int healthTotal = 0;
    QString path() const; // folder + "/" + name
    // Bytes kept with the providers: every shard (each copy, the coding's parity); 0 until the
    // upload finished.
    qint64 storedBytes() const;
};

struct SlaInfo
{
    QString slaId;
    int k = 1;
    int n = 1;
    QList<Deal> deals; // usable (Funded/Active) deals, by shard index
    bool complete() const { return deals.size() >= n && n > 0; }
};

// A transfer of the journal that a previous run left unfinished (listed before unlock()).
struct InterruptedTransfer
{
    qint64 id = 0;
    QString kind;    // "upload", "download", "repair"
    QString name;    // the file's name
    qint64 size = 0; // the file's size (plaintext), 0 when unknown
};

struct ShareLink
{
    QUrl url;
    QDateTime expires;
};

class FileLibrary : public QObject
{
    Q_OBJECT
public:
    explicit FileLibrary(QObject *parent = nullptr);
    ~FileLibrary() override;

    // db: the cache connection (GUI thread); dataDir: where the transfer journal
    // (transfers.sqlite) and scratch directory (transfers/) go.
    Status open(QSqlDatabase db, const QString &dataDir);
    static const SchemaMigrator &migrator();

    // The consumer's deals (any state); SLAs with a Funded/Active deal become usable.
    void setDeals(const QList<Deal> &deals);
    // Deals of `consumer` in the cache's deals table (all when consumer is empty).
    static Result<QList<Deal>> dealsFromCache(QSqlDatabase db, const QString &consumer = {});
    QStringList slaIds() const;
    SlaInfo sla(const QString &slaId) const;

    bool isUnlocked() const;
    // Derives the session keys from the wallet's secrets, opens every deal's access parameters,
    // starts the engine and resumes unfinished transfers.
    Status unlock(const keystore::Secrets &secrets);
    // The wallet locked: the transfers stop as at a quit (the journal keeps them, so
    // interruptedTransfers() lists them and the next unlock() continues them where they were),
    // the backends with their opened storage access (S3 secret keys), the X25519 key and the
    // master secret are wiped, and the library's own work with the providers is abandoned, to
    // be done again at the next unlock (manifest rewrites, deletions). Signal locked().
    void lock();
    // Opens the deals the wallet can open (those that failed stay in openErrors()).
    QHash<QString, QString> openErrors() const { return m_openErrors; }
    TransferEngine *engine() const { return m_engine.get(); }
    // A limit over every transfer's network traffic, bytes per second (0: none); kept for an
    // engine started later by unlock().
    void setBandwidthLimit(qint64 bytesPerSecond);
    qint64 bandwidthLimit() const { return m_bandwidthLimit; }
    Backend *backendFor(const QString &dealId) const;

    // Listing (no unlock needed). Empty slaId: every SLA. Empty folder: every folder.
    Result<QList<LibraryFile>> files(const QString &slaId = {}, const QString &folder = {}) const;
    Result<QList<LibraryFile>> search(const QString &text, const QString &slaId = {}) const;
    Result<LibraryFile> file(qint64 id) const;
    // Every folder of the SLA (created ones and those holding files), sorted, with "/" first.
    Result<QStringList> folders(const QString &slaId) const;

    // Uploads a file, or a folder recursively (its name becomes a sub-folder of `folder`).
    // Returns the started transfer ids.
    Result<QList<qint64>> upload(const QString &localPath, const QString &slaId,
                                 const QString &folder = QStringLiteral("/"));
    Result<qint64> download(qint64 fileRow, const QString &outPath);
    Status rename(qint64 fileRow, const QString &newName);
    Status move(qint64 fileRow, const QString &folder);
    Status createFolder(const QString &slaId, const QString &folder);
    // Removes a created folder that holds no files.
    Status removeFolder(const QString &slaId, const QString &folder);
    // Deletes the shards and manifests from the providers, then the row (signal removed()).
    Status remove(qint64 fileRow);
    // HEADs each shard (signal healthChecked()).
    Status checkHealth(qint64 fileRow);
    // A presigned GET URL of the file's first reachable S3 shard. Local providers cannot make
    // links (error share_unavailable).
    Result<ShareLink> shareLink(qint64 fileRow, int expiresSeconds) const;
    // Whether shareLink() can work for the file: it is stored and one of its shards is with a
    // provider that speaks S3 (when locked, judged from the deals' protocols). The error says why.
    Status shareable(qint64 fileRow) const;
    // The transfers a previous run left unfinished, read from the journal while locked (unlock()
    // resumes them; once unlocked the list is empty: they belong to the engine).
    QList<InterruptedTransfer> interruptedTransfers() const;
    void cancel(qint64 transferId);
    void pause(qint64 transferId);
    void resume(qint64 transferId);

    // A second machine with the same wallet: lists the manifests on every provider of every
    // usable SLA, opens them with the master secret and brings the table in line: new files are
    // added (state "stored"), known ones take the manifest's current name and folder, and stored
    // files that no provider lists any more are dropped (only when every provider of the SLA
    // answered). Asynchronous: ends with rebuilt(). Fails at once when locked or running.
    Status rebuildFromProviders();
    bool isRebuilding() const { return m_rebuilding; }
    // Manifest rewrites still running (rename, move, upload into a sub-folder).
    int pendingManifestWrites() const { return int(m_manifestWrites.size()); }
    // Splits a manifest name ("name" or "/a/b/name") into folder and name.
    static std::pair<QString, QString> splitManifestName(const QString &name);

    static QString normalizeFolder(const QString &folder);

Q_SIGNALS:
    void changed();
    void transferStarted(qint64 transferId, const QString &kind, const QString &name, qint64 size);
    void transferProgress(qint64 transferId, qint64 done, qint64 total);
    void transferFinished(qint64 transferId, bool ok, const QString &error);
    void healthChecked(qint64 fileRow, int reachable, int total);
    // The engine's total over unfinished transfers (shard bytes), with every progress().
    void totalProgress(qint64 done, qint64 total, double bytesPerSecond);
    void removed(qint64 fileRow, bool ok, const QString &error);
    // Every provider of the file holds a manifest with the row's current path (or not: error).
    void manifestStored(qint64 fileRow, bool ok, const QString &error);
    // files: the files the providers hold, over all SLAs listed.
    void rebuilt(bool ok, int files, const QString &error);
    // lock() stopped these unfinished transfers (journal ids).
    void locked(const QList<qint64> &stoppedTransfers);
    // Work started earlier failed in a way no other signal reports (the cache could not record
    // a health check).
    void failed(const QString &error);

private:
    Status openBackends();
    // Keeps an operation of the library's own (not the engine's) so that lock() aborts it.
    BackendOp *track(BackendOp *op);
    Result<qint64> uploadOne(const QString &path, const SlaInfo &sla, const QString &folder);
    void onFinished(qint64 transferId, bool ok, const QString &error);
    // Every statement's failure is logged (statement, not values) and returned.
    Status exec(const QString &sql, const QVariantList &args) const;
    // exec() that returns the new row's id (0 when the statement inserted none).
    Result<qint64> insert(const QString &sql, const QVariantList &args) const;
    // Rewrites the manifest of the row with its current path on every provider of its shards;
    // a rewrite asked for while one runs is done again after it, with the latest state.
    void storeManifest(qint64 fileRow);
    QByteArray sealManifest(const Manifest &mf) const;
    Result<Manifest> openManifest(const QByteArray &blob, const QString &fileId) const;
    struct Rebuild;
    void fetchManifests(const std::shared_ptr<Rebuild> &r);
    void fetchManifest(const std::shared_ptr<Rebuild> &r, const std::pair<QString, QString> &file,
                       int candidate);
    void finishRebuild(const std::shared_ptr<Rebuild> &r);

    QSqlDatabase m_db;
    QString m_dataDir;
    QList<Deal> m_deals;
    std::unique_ptr<BoxKeys> m_keys;
    std::map<QString, std::unique_ptr<Backend>> m_backends;
    std::unique_ptr<TransferEngine> m_engine;
    qint64 m_bandwidthLimit = 0;
    QHash<QString, QString> m_openErrors;
    QHash<qint64, qint64> m_uploadRows;    // transfer id -> file row
    std::unique_ptr<SecretBytes> m_master; // seals and opens manifests (session only)
    QHash<qint64, bool> m_manifestWrites;  // file row -> write again when the current one ends
    bool m_rebuilding = false;
    QList<QPointer<BackendOp>> m_ops; // see track()
    quint64 m_generation = 0;         // lock() counts up: older handlers record nothing
};

} // namespace fb::storage
