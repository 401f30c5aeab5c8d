// flashback-cli db: the local cache: where it is, its schema version, migration.
#include "app/cli/cli.h"
#include "models/cacheschema.h"
#include "wire/database.h"
#include "wire/runtime.h"

#include <QDir>

namespace fb::cli {

namespace {
int info(const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args))
        return BadInput;
    const QString dir = Runtime::dataDir(p);
    auto db = CacheDatabase::open(dir);
    if (!db)
        return fail(BadInput, db.error().message);
    auto version = cacheMigrator().currentVersion(*db);
    out(QStringLiteral("data dir: %1").arg(dir));
    out(QStringLiteral("cache: %1").arg(QDir(dir).filePath(CacheDatabase::fileName())));
    out(QStringLiteral("schema version: %1 (latest %2)")
            .arg(version ? *version : -1)
            .arg(cacheMigrator().latestVersion()));
    out(QStringLiteral("sqlite: %1").arg(Database::sqliteVersion(*db)));
    return Success;
}
} // namespace

CommandGroup dbCommands()
{
    return {QStringLiteral("db"),
            QStringLiteral("The local cache database"),
            {{QStringLiteral("info"), QStringLiteral("Show the data directory and schema version"),
              info}}};
}

} // namespace fb::cli
