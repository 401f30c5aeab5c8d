// NodeDb: the node's database connection (SQLite file or PostgreSQL through QPSQL), its schema
// migrations, and serialised write transactions that keep the changes feed gap-free.
#pragma once

#include "wallet/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace fb::node {

class NodeDb
{
public:
    // url empty: SQLite file node.sqlite in dataDir. Otherwise postgresql://user@host:port/db.
    static Result<NodeDb> open(const QString &dataDir, const QString &url);

    bool isPostgres() const { return m_postgres; }
    QSqlDatabase &db() { return m_db; }
    QString describe() const { return m_description; }

    // Runs fn inside one write transaction. On PostgreSQL it first takes a transaction-scoped
    // advisory lock, so write transactions of every node process on the database run one at
    // a time and commit in the order they assign change sequence numbers (SQLite has a single
    // writer anyway). fn returns a Status; a failure rolls everything back.
    Status write(const std::function<Status()> &fn);

    // Prepared query with positional binds; error as Result.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    // First column of the first row, or an invalid QVariant when no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});

    // Appends one entry to the changes log (inside write()). viewers: "*" for public, or the
    // addresses allowed to see it (up to two). Older entries of the same entity are dropped:
    // a client past them receives the newer one, which carries the whole entity.
    Status appendChange(const QString &entity, const QString &id, const QString &op,
                        const QByteArray &data, const QString &viewerA,
                        const QString &viewerB = QString());

    static qint64 nowMs();

private:
    QSqlDatabase m_db;
    bool m_postgres = false;
    QString m_description;
};

Status dbError(const QSqlQuery &q);

} // namespace fb::node
