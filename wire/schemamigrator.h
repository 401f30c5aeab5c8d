// SchemaMigrator: forward-only schema migrations with a version table. Each migration runs in
// its own transaction, so a kill mid-migration leaves the previous version intact. Works on the
// SQLite cache and on the node's SQLite or PostgreSQL database alike. Several components can keep
// their own sequences in one database: each has a schema name ("cache", "storage", "node").
#pragma once

#include "wallet/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace fb {

struct Migration
{
    int version = 0;        // 1, 2, 3 ... strictly increasing
    QString name;           // short description, stored in the version table
    QStringList statements; // portable SQL, executed in order inside one transaction
};

class SchemaMigrator
{
public:
    SchemaMigrator(QString schema, QList<Migration> migrations);

    // The highest version known to this build.
    int latestVersion() const;
    // The version the database is at (0 for a new database), or an error.
    Result<int> currentVersion(QSqlDatabase &db) const;
    // Applies every pending migration up to targetVersion (-1: latest). Refuses a database
    // newer than this build, which would mean downgrading the app.
    Status migrate(QSqlDatabase &db, int targetVersion = -1) const;

private:
    QString m_schema;
    QList<Migration> m_migrations;
};

} // namespace fb
