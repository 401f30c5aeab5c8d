// TransferJournal: the resumable record of the transfer engine, in SQLite (the app's cache
// database or a file of its own), migrated by models/SchemaMigrator under the sequence "storage".
// It holds what is needed to continue after a kill: each transfer's state, the file's manifest
// (object keys, hashes, the per-file salt) and one row per shard task. It never holds keys or
// secrets: the file key is derived again from the wallet's master secret and the salt.
#pragma once

#include "wire/schemamigrator.h"
#include "wallet/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb::storage {

enum class TransferKind { Upload, Download, Repair };

// A transfer's life: an upload goes Encoding -> Uploading -> Manifest -> Done; a download
// Manifest -> Downloading -> Decoding -> Done; a repair Manifest -> Downloading -> Decoding ->
// Uploading -> Manifest -> Done. Any of them may end Failed or Cancelled.
enum class TransferState {
    Encoding,
    Manifest,
    Uploading,
    Downloading,
    Decoding,
    Done,
    Failed,
    Cancelled
};

// A shard of a transfer. Verifying (a fetched shard being hashed) is never journalled; Spare is a
// shard a download fetches only if another turns out dead or corrupt.
enum class ShardState { Pending, Active, Verifying, Done, Failed, Corrupt, Spare };

// The journal's words for them (its TEXT columns; also in logs).
QString toString(TransferKind kind);
QString toString(TransferState state);
QString toString(ShardState state);
std::optional<TransferKind> transferKindFrom(const QString &text);
std::optional<TransferState> transferStateFrom(const QString &text);
std::optional<ShardState> shardStateFrom(const QString &text);
inline bool isFinished(TransferState s)
{
    return s == TransferState::Done || s == TransferState::Failed || s == TransferState::Cancelled;
}

struct TransferRecord
{
    qint64 id = 0;
    TransferKind kind = TransferKind::Upload;
    QString path; // upload: the source; download: the destination; repair: empty
    QString fileId;
    TransferState state = TransferState::Encoding;
    int k = 0;
    int m = 0;
    qint64 size = 0; // plaintext bytes (0 until known for downloads)
    QStringList providers;
    QByteArray salt;      // per-file key salt (not a secret)
    QJsonObject manifest; // the file manifest once known (no keys in it)
    QJsonObject extra;    // kind-specific (repair: dead and replacement providers)
    QString error;
    QDateTime created;
    QDateTime updated;
};

struct ShardTask
{
    qint64 transfer = 0;
    int index = 0;
    QString provider;
    QString objectKey;
    ShardState state = ShardState::Pending;
    qint64 bytesDone = 0;
    qint64 size = 0;
    int attempts = 0;
};

class TransferJournal
{
public:
    TransferJournal();
    ~TransferJournal();
    TransferJournal(const TransferJournal &) = delete;
    TransferJournal &operator=(const TransferJournal &) = delete;

    // Opens (creating) the SQLite file and applies the "storage" migrations.
    Status open(const QString &path);
    bool isOpen() const;
    QSqlDatabase database() const;
    static const SchemaMigrator &migrator();

    Result<qint64> insertTransfer(const TransferRecord &t);
    // Writes state, k, m, size, salt, manifest, extra and error of t.id.
    Status updateTransfer(const TransferRecord &t);
    Result<TransferRecord> transfer(qint64 id) const;
    // Transfers not done, failed or cancelled, oldest first.
    Result<QList<TransferRecord>> unfinished() const;
    // The newest manifest of fileId from a finished upload or repair.
    Result<QJsonObject> latestManifest(const QString &fileId) const;

    Status replaceTasks(qint64 transfer, const QList<ShardTask> &tasks);
    Status updateTask(const ShardTask &task);
    Result<QList<ShardTask>> tasks(qint64 transfer) const;

private:
    QString m_connection;
};

} // namespace fb::storage
