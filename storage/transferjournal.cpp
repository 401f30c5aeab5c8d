#include "storage/transferjournal.h"

#include "storage/sqlstatus.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace fb::storage {

namespace {

const QString kJournal = QStringLiteral("journal");
QAtomicInteger<int> g_connections;

fb::Error sqlError(const QSqlQuery &q)
{
    return sqlFailure(q, kJournal);
}

QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString kKinds[] = {QStringLiteral("upload"), QStringLiteral("download"),
                          QStringLiteral("repair")};
const QString kStates[] = {QStringLiteral("encoding"),  QStringLiteral("manifest"),
                           QStringLiteral("uploading"), QStringLiteral("downloading"),
                           QStringLiteral("decoding"),  QStringLiteral("done"),
                           QStringLiteral("failed"),    QStringLiteral("cancelled")};
const QString kShardStates[] = {QStringLiteral("pending"),   QStringLiteral("active"),
                                QStringLiteral("verifying"), QStringLiteral("done"),
                                QStringLiteral("failed"),    QStringLiteral("corrupt"),
                                QStringLiteral("spare")};

template <typename E, std::size_t N>
std::optional<E> parse(const QString (&names)[N], const QString &text)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == text)
            return E(i);
    return std::nullopt;
}

Result<TransferRecord> recordFrom(const QSqlQuery &q)
{
    TransferRecord t;
    t.id = q.value(0).toLongLong();
    const auto kind = transferKindFrom(q.value(1).toString());
    const auto state = transferStateFrom(q.value(4).toString());
    if (!kind || !state)
        return Result<TransferRecord>::failure(
            kJournal,
            QCoreApplication::translate("fb::storage::Errors",
                                        "Transfer %1 has an unknown kind or state in the journal")
                .arg(t.id));
    t.kind = *kind;
    t.path = q.value(2).toString();
    t.fileId = q.value(3).toString();
    t.state = *state;
    t.k = q.value(5).toInt();
    t.m = q.value(6).toInt();
    t.size = q.value(7).toLongLong();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
        t.providers.append(v.toString());
    t.salt = QByteArray::fromBase64(q.value(9).toString().toLatin1());
    t.manifest = jsonObject(q.value(10));
    t.extra = jsonObject(q.value(11));
    t.error = q.value(12).toString();
    t.created = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    t.updated = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    return t;
}

const char *const kSelect = "SELECT id, kind, path, file_id, state, k, m, size, providers, salt, "
                            "manifest, extra, error, created, updated FROM transfers ";

} // namespace

QString toString(TransferKind kind)
{
    return kKinds[int(kind)];
}

QString toString(TransferState state)
{
    return kStates[int(state)];
}

QString toString(ShardState state)
{
    return kShardStates[int(state)];
}

std::optional<TransferKind> transferKindFrom(const QString &text)
{
    return parse<TransferKind>(kKinds, text);
}

std::optional<TransferState> transferStateFrom(const QString &text)
{
    return parse<TransferState>(kStates, text);
}

std::optional<ShardState> shardStateFrom(const QString &text)
{
    return parse<ShardState>(kShardStates, text);
}

const SchemaMigrator &TransferJournal::migrator()
{
    static const SchemaMigrator m(
        QStringLiteral("storage"),
        {Migration{
            1,
            QStringLiteral("transfer journal"),
            {QStringLiteral("CREATE TABLE transfers ("
                            "id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "kind TEXT NOT NULL, "
                            "path TEXT NOT NULL, "
                            "file_id TEXT NOT NULL, "
                            "state TEXT NOT NULL, "
                            "k INTEGER NOT NULL, "
                            "m INTEGER NOT NULL, "
                            "size BIGINT NOT NULL DEFAULT 0, "
                            "providers TEXT NOT NULL, "
                            "salt TEXT, "
                            "manifest TEXT, "
                            "extra TEXT, "
                            "error TEXT, "
                            "created TEXT NOT NULL, "
                            "updated TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX transfers_file ON transfers(file_id)"),
             QStringLiteral("CREATE TABLE shard_tasks ("
                            "transfer INTEGER NOT NULL REFERENCES transfers(id) ON DELETE CASCADE, "
                            "shard_index INTEGER NOT NULL, "
                            "provider TEXT NOT NULL, "
                            "object_key TEXT NOT NULL, "
                            "state TEXT NOT NULL, "
                            "bytes_done BIGINT NOT NULL DEFAULT 0, "
                            "size BIGINT NOT NULL DEFAULT 0, "
                            "attempts INTEGER NOT NULL DEFAULT 0, "
                            "PRIMARY KEY (transfer, shard_index))")}}});
    return m;
}

TransferJournal::TransferJournal()
    : m_connection(QStringLiteral("fb-storage-journal-%1").arg(g_connections.fetchAndAddRelaxed(1)))
{}

TransferJournal::~TransferJournal()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Status TransferJournal::open(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return Status::failure(
            kJournal, QCoreApplication::translate("fb::storage::Errors",
                                                  "Cannot open the transfer journal %1: %2")
                          .arg(path, db.lastError().text()));
    // A kill must not lose committed rows; WAL keeps writers from blocking readers. A database
    // that cannot take these (not a database, unreadable) is refused here, not at the first write.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(q);
    }
    return migrator().migrate(db);
}

bool TransferJournal::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

QSqlDatabase TransferJournal::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<qint64> TransferJournal::insertTransfer(const TransferRecord &t)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO transfers (kind, path, file_id, state, k, m, size, "
                             "providers, salt, manifest, extra, error, created, updated) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(toString(t.kind));
    q.addBindValue(t.path.isNull() ? QStringLiteral("") : t.path);
    q.addBindValue(t.fileId);
    q.addBindValue(toString(t.state));
    q.addBindValue(t.k);
    q.addBindValue(t.m);
    q.addBindValue(t.size);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(t.providers)).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromLatin1(t.salt.toBase64()));
    q.addBindValue(jsonText(t.manifest));
    q.addBindValue(jsonText(t.extra));
    q.addBindValue(t.error);
    const QString ts = now();
    q.addBindValue(ts);
    q.addBindValue(ts);
    if (!q.exec())
        return sqlError(q);
    const QVariant row = q.lastInsertId();
    if (!row.isValid())
        return Result<qint64>::failure(
            kJournal, QCoreApplication::translate("fb::storage::Errors",
                                                  "The transfer journal gave no row id"));
    return row.toLongLong();
}

Status TransferJournal::updateTransfer(const TransferRecord &t)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE transfers SET state = ?, k = ?, m = ?, size = ?, salt = ?, manifest = ?, "
        "extra = ?, error = ?, updated = ? WHERE id = ?"));
    q.addBindValue(toString(t.state));
    q.addBindValue(t.k);
    q.addBindValue(t.m);
    q.addBindValue(t.size);
    q.addBindValue(QString::fromLatin1(t.salt.toBase64()));
    q.addBindValue(jsonText(t.manifest));
    q.addBindValue(jsonText(t.extra));
    q.addBindValue(t.error);
    q.addBindValue(now());
    q.addBindValue(t.id);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(
            QStringLiteral("not_found"),
            QCoreApplication::translate("fb::storage::Errors", "No transfer %1 in the journal")
                .arg(t.id));
    return success();
}

Result<TransferRecord> TransferJournal::transfer(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Result<TransferRecord>::failure(
            QStringLiteral("not_found"),
            QCoreApplication::translate("fb::storage::Errors", "No transfer %1").arg(id));
    return recordFrom(q);
}

Result<QList<TransferRecord>> TransferJournal::unfinished() const
{
    QSqlQuery q(database());
    if (!q.exec(QString::fromLatin1(kSelect) +
                QStringLiteral("WHERE state NOT IN ('done', 'failed', 'cancelled') ORDER BY id")))
        return sqlError(q);
    QList<TransferRecord> out;
    while (q.next()) {
        auto t = recordFrom(q);
        if (!t)
            return t.error();
        out.append(*t);
    }
    return out;
}

Result<QJsonObject> TransferJournal::latestManifest(const QString &fileId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT manifest FROM transfers WHERE file_id = ? AND state = 'done' "
                             "AND kind IN ('upload', 'repair') ORDER BY id DESC LIMIT 1"));
    q.addBindValue(fileId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Result<QJsonObject>::failure(
            QStringLiteral("not_found"),
            QCoreApplication::translate("fb::storage::Errors", "No manifest for this file"));
    return jsonObject(q.value(0));
}

Status TransferJournal::replaceTasks(qint64 transfer, const QList<ShardTask> &tasks)
{
    QSqlDatabase db = database();
    SqlTransaction tx(db, kJournal);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM shard_tasks WHERE transfer = ?"));
    q.addBindValue(transfer);
    if (!q.exec())
        return sqlError(q);
    for (const ShardTask &t : tasks) {
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO shard_tasks (transfer, shard_index, provider, "
                                   "object_key, state, bytes_done, size, attempts) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        ins.addBindValue(transfer);
        ins.addBindValue(t.index);
        ins.addBindValue(t.provider);
        ins.addBindValue(t.objectKey);
        ins.addBindValue(toString(t.state));
        ins.addBindValue(t.bytesDone);
        ins.addBindValue(t.size);
        ins.addBindValue(t.attempts);
        if (!ins.exec())
            return sqlError(ins);
    }
    return tx.commit();
}

Status TransferJournal::updateTask(const ShardTask &t)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE shard_tasks SET provider = ?, object_key = ?, state = ?, "
                             "bytes_done = ?, size = ?, attempts = ? "
                             "WHERE transfer = ? AND shard_index = ?"));
    q.addBindValue(t.provider);
    q.addBindValue(t.objectKey);
    q.addBindValue(toString(t.state));
    q.addBindValue(t.bytesDone);
    q.addBindValue(t.size);
    q.addBindValue(t.attempts);
    q.addBindValue(t.transfer);
    q.addBindValue(t.index);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(
            QStringLiteral("not_found"),
            QCoreApplication::translate("fb::storage::Errors",
                                        "No shard %1 of transfer %2 in the journal")
                .arg(t.index)
                .arg(t.transfer));
    return success();
}

Result<QList<ShardTask>> TransferJournal::tasks(qint64 transfer) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT transfer, shard_index, provider, object_key, state, "
                             "bytes_done, size, attempts FROM shard_tasks WHERE transfer = ? "
                             "ORDER BY shard_index"));
    q.addBindValue(transfer);
    if (!q.exec())
        return sqlError(q);
    QList<ShardTask> out;
    while (q.next()) {
        ShardTask t;
        t.transfer = q.value(0).toLongLong();
        t.index = q.value(1).toInt();
        t.provider = q.value(2).toString();
        t.objectKey = q.value(3).toString();
        // A shard being verified when the app stopped is fetched again.
        const auto state = shardStateFrom(q.value(4).toString());
        if (!state)
            return Result<QList<ShardTask>>::failure(
                kJournal, QCoreApplication::translate(
                              "fb::storage::Errors",
                              "Shard %1 of transfer %2 has an unknown state in the journal")
                              .arg(t.index)
                              .arg(transfer));
        t.state = *state == ShardState::Verifying ? ShardState::Pending : *state;
        t.bytesDone = q.value(5).toLongLong();
        t.size = q.value(6).toLongLong();
        t.attempts = q.value(7).toInt();
        out.append(t);
    }
    return out;
}

} // namespace fb::storage
