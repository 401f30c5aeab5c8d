// TransferJournal: the resumable record of the transfer engine, in SQLite (the app's cache
// database or a file of its own), migrated by models/SchemaMigrator under the sequence "storage".
// It holds what is needed to continue after a kill: each transfer's state, the file's manifest
// (object keys, hashes, the per-file salt) and one row per shard task. It never holds keys or
// secrets: the file key is derived again from the wallet's master secret and the salt.
#pragma once

#include "models/schemamigrator.h"
#include "wallet/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fb::storage {

struct TransferRecord
{
    qint64 id = 0;
    QString kind; // "upload", "download", "repair"
    QString path; // upload: the source; download: the destination; repair: empty
    QString fileId;
    QString state; // see TransferEngine
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
    QString state; // "pending", "active", "done", "failed", "corrupt", "spare"
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
