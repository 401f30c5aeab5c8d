// SchemaMigrator: forward-only schema migrations with a version table. Each migration runs in
// its own transaction, so a kill mid-migration leaves the previous version intact. Works on the
// SQLite cache and on the node's SQLite or PostgreSQL database alike. Several components can keep
// their own sequences in one database: each has a schema name ("cache", "storage", "node").
// An optional baseline creates a new database at a given version in one step (one transaction,
// the schema as the migrations up to that version leave it) instead of replaying each of them;
// databases that already have a version still take the migrations.
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
    // baseline.version: the migration whose result baseline.statements create at once (0: none).
    SchemaMigrator(QString schema, QList<Migration> migrations, Migration baseline);

    // The highest version known to this build.
    int latestVersion() const;
    // The version the database is at (0 for a new database), or an error.
    Result<int> currentVersion(QSqlDatabase &db) const;
    int baselineVersion() const { return m_baseline.version; }
    // Applies every pending migration up to targetVersion (-1: latest). A new database (version
    // 0) whose target is at least the baseline's version gets the baseline first, then the
    // migrations after it. Refuses a database newer than this build, which would mean
    // downgrading the app.
    Status migrate(QSqlDatabase &db, int targetVersion = -1) const;

private:
    Status apply(QSqlDatabase &db, const Migration &m) const;

    QString m_schema;
    QList<Migration> m_migrations;
    Migration m_baseline;
};

} // namespace fb
