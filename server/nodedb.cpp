#include "server/nodedb.h"

#include "wire/database.h"
#include "server/nodelog.h"
#include "server/nodeschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace fb::node {

namespace {
// Key of the advisory lock every write transaction holds on PostgreSQL.
constexpr qint64 kWriterLockKey = 0x466c617368; // "Flash"
int g_writeDepth = 0;
} // namespace

Status dbError(const QSqlQuery &q)
{
    return Status::failure(
        QStringLiteral("db_error"),
        QCoreApplication::translate("NodeDb", "Database error: %1").arg(q.lastError().text()));
}

qint64 NodeDb::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Result<NodeDb> NodeDb::open(const QString &dataDir, const QString &url)
{
    NodeDb n;
    const QString connection = QStringLiteral("node");
    if (url.isEmpty()) {
        QDir().mkpath(dataDir);
        const QString path = QDir(dataDir).filePath(QStringLiteral("node.sqlite"));
        auto db = Database::openSqlite(path, connection);
        if (!db)
            return db.error();
        n.m_db = *db;
        n.m_description = QStringLiteral("sqlite:") + path;
    } else {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() ||
            (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres")))
            return Result<NodeDb>::failure(
                QStringLiteral("bad_db_url"),
                QCoreApplication::translate(
                    "NodeDb",
                    "--db wants postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE, got %1")
                    .arg(u.toDisplayString(QUrl::RemovePassword)));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isValid())
            return Result<NodeDb>::failure(
                QStringLiteral("no_psql_driver"),
                QCoreApplication::translate("NodeDb",
                                            "Qt's PostgreSQL driver (QPSQL) is not installed: "
                                            "install libqt6sql6-psql."));
        db.setHostName(u.host().isEmpty() ? QStringLiteral("127.0.0.1") : u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open())
            return Result<NodeDb>::failure(
                QStringLiteral("db_open_failed"),
                QCoreApplication::translate("NodeDb", "Cannot connect to %1: %2")
                    .arg(u.toDisplayString(QUrl::RemovePassword), db.lastError().text()));
        n.m_db = db;
        n.m_postgres = true;
        n.m_description = u.toDisplayString(QUrl::RemovePassword);
    }
    // Migrations of several processes starting at once on one PostgreSQL: take a session lock
    // around them so only one applies each step.
    if (n.m_postgres) {
        QSqlQuery q(n.m_db);
        if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kWriterLockKey + 1)))
            return dbError(q).error();
    }
    Status migrated = nodeMigrator().migrate(n.m_db);
    if (n.m_postgres) {
        QSqlQuery q(n.m_db);
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kWriterLockKey + 1));
    }
    if (!migrated)
        return migrated.error();
    qCInfo(lcNode) << "database" << n.m_description << "at schema version"
                   << nodeMigrator().latestVersion();
    return n;
}

Status NodeDb::write(const std::function<Status()> &fn)
{
    if (g_writeDepth > 0) // already inside a write transaction
        return fn();
    QSqlQuery q(m_db);
    if (m_postgres) {
        if (!m_db.transaction())
            return Status::failure(QStringLiteral("db_error"), m_db.lastError().text());
        // Serialise writers across processes: held until COMMIT/ROLLBACK.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLockKey))) {
            Status s = dbError(q);
            m_db.rollback();
            return s;
        }
    } else if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return dbError(q);
    }
    ++g_writeDepth;
    Status s = fn();
    --g_writeDepth;
    if (s) {
        const bool committed = m_postgres ? m_db.commit() : q.exec(QStringLiteral("COMMIT"));
        if (committed)
            return s;
        s = Status::failure(QStringLiteral("db_error"),
                            m_postgres ? m_db.lastError().text() : q.lastError().text());
    }
    if (m_postgres)
        m_db.rollback();
    else
        q.exec(QStringLiteral("ROLLBACK"));
    return s;
}

Result<QSqlQuery> NodeDb::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return dbError(q).error();
    // A null QString would bind as SQL NULL; the schema's text columns hold '' instead.
    for (const QVariant &b : binds)
        q.addBindValue(b.typeId() == QMetaType::QString && b.toString().isNull()
                           ? QVariant(QStringLiteral(""))
                           : b);
    if (!q.exec()) {
        qCWarning(lcNode) << "query failed:" << q.lastError().text();
        return dbError(q).error();
    }
    return q;
}

Result<QVariant> NodeDb::scalar(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

Status NodeDb::appendChange(const QString &entity, const QString &id, const QString &op,
                            const QByteArray &data, const QString &viewerA, const QString &viewerB)
{
    // Next seq first, then drop the entity's older entry: seq never goes back, even when the
    // dropped entry was the newest.
    auto next = scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM changes"));
    if (!next)
        return next.error();
    if (auto d = exec(QStringLiteral("DELETE FROM changes WHERE entity = ? AND entity_id = ?"),
                      {entity, id});
        !d)
        return d.error();
    auto ins = exec(
        QStringLiteral("INSERT INTO changes (seq, entity, entity_id, op, viewer_a, "
                       "viewer_b, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {next->toLongLong(), entity, id, op, viewerA, viewerB, QString::fromUtf8(data), nowMs()});
    if (!ins)
        return ins.error();
    return success();
}

} // namespace fb::node
