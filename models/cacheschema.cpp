#include "models/cacheschema.h"

#include "models/modelslog.h"
#include "wire/database.h"

#include <QDir>
#include <QSqlQuery>

namespace fb {

QList<Migration> cacheMigrations()
{
    return {
        {1,
         QStringLiteral("app state"),
         {QStringLiteral("CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")}},
        // The synced copy of the platform: every entity keeps its whole wire JSON in data plus
        // the columns the views filter and sort on. Offers carry their provider's reputation
        // and certification (kept in step by the sync engine) so offer filters need no join.
        {2,
         QStringLiteral("platform cache and sync cursor"),
         {
             QStringLiteral(
                 "CREATE TABLE sync_cursor (scope TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
                 "updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE providers (id TEXT PRIMARY KEY, address TEXT NOT NULL, "
                            "role TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, "
                            "jurisdiction TEXT NOT NULL, reputation INTEGER NOT NULL, "
                            "cert_status TEXT NOT NULL, cert_level TEXT NOT NULL, "
                            "cert_expires TEXT NOT NULL, demo INTEGER NOT NULL, "
                            "updated_at TEXT NOT NULL, data TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX providers_reputation ON providers (reputation DESC, name)"),
             QStringLiteral("CREATE INDEX providers_name ON providers (name)"),
             QStringLiteral(
                 "CREATE TABLE provider_certifications (provider_id TEXT NOT NULL, "
                 "certification TEXT NOT NULL, PRIMARY KEY (provider_id, certification))"),
             QStringLiteral("CREATE INDEX provider_certifications_cert ON provider_certifications "
                            "(certification, provider_id)"),
             QStringLiteral("CREATE TABLE offers (id TEXT PRIMARY KEY, provider_id TEXT NOT NULL, "
                            "name TEXT NOT NULL, region TEXT NOT NULL, country TEXT NOT NULL, "
                            "protocols TEXT NOT NULL, price_storage INTEGER NOT NULL, "
                            "price_egress INTEGER NOT NULL, qos_tier TEXT NOT NULL, "
                            "tier_rank INTEGER NOT NULL, uptime_target INTEGER NOT NULL, "
                            "latency_target INTEGER NOT NULL, measured_uptime INTEGER NOT NULL, "
                            "measured_latency INTEGER NOT NULL, capacity_bytes INTEGER NOT NULL, "
                            "free_bytes INTEGER NOT NULL, currencies TEXT NOT NULL, "
                            "locked INTEGER NOT NULL, demo INTEGER NOT NULL, "
                            "provider_name TEXT NOT NULL DEFAULT '', "
                            "provider_reputation INTEGER NOT NULL DEFAULT 50, "
                            "provider_certified INTEGER NOT NULL DEFAULT 0, "
                            "provider_cert_expires TEXT NOT NULL DEFAULT '', "
                            "updated_at TEXT NOT NULL, data TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX offers_price ON offers (price_storage, id)"),
             QStringLiteral("CREATE INDEX offers_egress ON offers (price_egress, id)"),
             QStringLiteral("CREATE INDEX offers_region ON offers (region, price_storage)"),
             QStringLiteral("CREATE INDEX offers_country ON offers (country, price_storage)"),
             QStringLiteral("CREATE INDEX offers_tier ON offers (tier_rank, price_storage)"),
             QStringLiteral("CREATE INDEX offers_reputation ON offers (provider_reputation, "
                            "price_storage)"),
             QStringLiteral("CREATE INDEX offers_certified ON offers (provider_certified, "
                            "price_storage)"),
             QStringLiteral("CREATE INDEX offers_free ON offers (free_bytes, id)"),
             QStringLiteral("CREATE INDEX offers_latency ON offers (measured_latency, id)"),
             QStringLiteral("CREATE INDEX offers_uptime ON offers (measured_uptime, id)"),
             QStringLiteral("CREATE INDEX offers_name ON offers (name COLLATE NOCASE, id)"),
             QStringLiteral("CREATE INDEX offers_updated ON offers (updated_at, id)"),
             QStringLiteral("CREATE INDEX offers_provider ON offers (provider_id)"),
             QStringLiteral("CREATE TABLE offer_protocols (offer_id TEXT NOT NULL, "
                            "protocol TEXT NOT NULL, PRIMARY KEY (offer_id, protocol))"),
             QStringLiteral("CREATE INDEX offer_protocols_protocol ON offer_protocols "
                            "(protocol, offer_id)"),
             QStringLiteral("CREATE TABLE deals (id TEXT PRIMARY KEY, sla_id TEXT NOT NULL, "
                            "consumer TEXT NOT NULL, provider_id TEXT NOT NULL, "
                            "offer_id TEXT NOT NULL, state TEXT NOT NULL, "
                            "total_units INTEGER NOT NULL, created_at TEXT NOT NULL, "
                            "updated_at TEXT NOT NULL, data TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX deals_sla ON deals (sla_id)"),
             QStringLiteral("CREATE INDEX deals_state ON deals (state, created_at)"),
             QStringLiteral("CREATE INDEX deals_created ON deals (created_at)"),
             QStringLiteral("CREATE TABLE payments (id TEXT PRIMARY KEY, deal_id TEXT NOT NULL, "
                            "kind TEXT NOT NULL, currency TEXT NOT NULL, units INTEGER NOT NULL, "
                            "usd_units INTEGER NOT NULL, created_at TEXT NOT NULL, "
                            "data TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX payments_deal ON payments (deal_id, created_at)"),
             QStringLiteral("CREATE INDEX payments_created ON payments (created_at)"),
             QStringLiteral(
                 "CREATE TABLE qos_samples (id TEXT PRIMARY KEY, offer_id TEXT NOT NULL, "
                 "at TEXT NOT NULL, ok INTEGER NOT NULL, latency_ms INTEGER NOT NULL, "
                 "data TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX qos_samples_offer ON qos_samples (offer_id, at)"),
             QStringLiteral("CREATE TABLE disputes (id TEXT PRIMARY KEY, deal_id TEXT NOT NULL, "
                            "state TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX disputes_deal ON disputes (deal_id)"),
             QStringLiteral("CREATE TABLE notifications (id TEXT PRIMARY KEY, "
                            "recipient TEXT NOT NULL, kind TEXT NOT NULL, read INTEGER NOT NULL, "
                            "created_at TEXT NOT NULL, data TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX notifications_created ON notifications (read, created_at)"),
         }},
        // The deals and payments views filter by provider, account and kind, newest first.
        {3,
         QStringLiteral("deal and payment view indexes"),
         {
             QStringLiteral("CREATE INDEX deals_provider ON deals (provider_id, created_at)"),
             QStringLiteral("CREATE INDEX deals_consumer ON deals (consumer, created_at)"),
             QStringLiteral("CREATE INDEX payments_kind ON payments (kind, created_at)"),
         }},
        // Text search over offer and provider names: offer_text holds each offer's searchable
        // text (name, newline, provider name), narrow enough that a LIKE scan of all 100,000
        // takes a few milliseconds where the wide offers rows take ten times longer. Keyed by
        // the offer's rowid, which stays put because offers are upserted (ON CONFLICT DO
        // UPDATE); triggers keep it in step. (An FTS5 trigram index was measured too: it tripled
        // the cost of writing offers, see bench/RESULTS.md.)
        {4,
         QStringLiteral("offer text search"),
         {
             QStringLiteral("CREATE TABLE offer_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO offer_text (id, text) SELECT rowid, name || char(10) || "
                            "provider_name FROM offers"),
             QStringLiteral("CREATE TRIGGER offers_text_insert AFTER INSERT ON offers BEGIN "
                            "INSERT INTO offer_text (id, text) VALUES (new.rowid, new.name || "
                            "char(10) || new.provider_name); END"),
             QStringLiteral("CREATE TRIGGER offers_text_delete AFTER DELETE ON offers BEGIN "
                            "DELETE FROM offer_text WHERE id = old.rowid; END"),
             QStringLiteral("CREATE TRIGGER offers_text_update AFTER UPDATE OF name, provider_name "
                            "ON offers BEGIN UPDATE offer_text SET text = new.name || char(10) || "
                            "new.provider_name WHERE id = old.rowid; END"),
         }},
        // offers_updated served no query (no view filters or sorts offers by updated_at), yet
        // every synced offer paid for it: one of the writes per row the initial sync repeats
        // 100,000 times (bench/RESULTS.md).
        {5,
         QStringLiteral("drop the unused offers_updated index"),
         {QStringLiteral("DROP INDEX IF EXISTS offers_updated")}},
        // An initial sync into an empty cache drops the offers' secondary indexes and builds
        // them once at the end (a sort each instead of 100,000 b-tree inserts each). Their
        // definitions wait here, so a kill in between restores them at the next start.
        {6,
         QStringLiteral("indexes deferred during an initial sync"),
         {QStringLiteral(
             "CREATE TABLE deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL)")}},
        // Offers become fully relational: the fields their JSON document held beyond the columns
        // get columns of their own, and the document goes. An offer's document was two thirds
        // of its row and its serialisation a third of the sync's work per offer; the rows the
        // filters scan and the initial sync indexes once per index get three times narrower
        // (bench/RESULTS.md). features: 1 versioning, 2 encryption at rest, 4 object lock.
        {7,
         QStringLiteral("offers without documents"),
         {
             QStringLiteral("ALTER TABLE offers ADD COLUMN min_days INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE offers ADD COLUMN max_days INTEGER NOT NULL DEFAULT 365"),
             QStringLiteral("ALTER TABLE offers ADD COLUMN features INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE offers ADD COLUMN endpoint TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE offers ADD COLUMN created_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "UPDATE offers SET "
                 "min_days = COALESCE(json_extract(data, '$.minDurationDays'), 1), "
                 "max_days = COALESCE(json_extract(data, '$.maxDurationDays'), 365), "
                 "features = (CASE WHEN json_extract(data, '$.features.versioning') THEN 1 ELSE 0 "
                 "END) | (CASE WHEN json_extract(data, '$.features.encryptionAtRest') THEN 2 ELSE "
                 "0 END) | (CASE WHEN json_extract(data, '$.features.objectLock') THEN 4 ELSE 0 "
                 "END), "
                 "endpoint = COALESCE(json_extract(data, '$.endpoint'), ''), "
                 "created_at = COALESCE(json_extract(data, '$.createdAt'), '') "
                 "WHERE json_valid(data)"),
             QStringLiteral("ALTER TABLE offers DROP COLUMN data"),
         }},
        // The sort indexes end in the rowid (every SQLite index does) instead of the offer's id
        // text: ties are ordered by rowid, which is as stable (offers are upserted in place),
        // and the keys are narrower, so an initial sync builds them faster (bench/RESULTS.md).
        // A definition still waiting in deferred_indexes is dropped with its index.
        {8,
         QStringLiteral("offer sort indexes keyed by rowid"),
         {
             QStringLiteral("DELETE FROM deferred_indexes WHERE name IN ('offers_price', "
                            "'offers_egress', 'offers_free', 'offers_latency', 'offers_uptime', "
                            "'offers_name')"),
             QStringLiteral("DROP INDEX IF EXISTS offers_price"),
             QStringLiteral("DROP INDEX IF EXISTS offers_egress"),
             QStringLiteral("DROP INDEX IF EXISTS offers_free"),
             QStringLiteral("DROP INDEX IF EXISTS offers_latency"),
             QStringLiteral("DROP INDEX IF EXISTS offers_uptime"),
             QStringLiteral("DROP INDEX IF EXISTS offers_name"),
             QStringLiteral("CREATE INDEX offers_price ON offers (price_storage)"),
             QStringLiteral("CREATE INDEX offers_egress ON offers (price_egress)"),
             QStringLiteral("CREATE INDEX offers_free ON offers (free_bytes)"),
             QStringLiteral("CREATE INDEX offers_latency ON offers (measured_latency)"),
             QStringLiteral("CREATE INDEX offers_uptime ON offers (measured_uptime)"),
             QStringLiteral("CREATE INDEX offers_name ON offers (name COLLATE NOCASE)"),
         }},
        // The last two offer columns without an index for their sort: provider name and
        // protocols (100,000 rows sorted per click, 90-135 ms). Region, country, tier and
        // reputation sort on the filter indexes they already have, ties by price. An initial
        // sync defers these two with the others and builds them once at its end.
        {9,
         QStringLiteral("offer sort indexes for provider and protocols"),
         {
             QStringLiteral(
                 "CREATE INDEX offers_provider_name ON offers (provider_name COLLATE NOCASE)"),
             QStringLiteral("CREATE INDEX offers_protocols ON offers (protocols)"),
         }},
    };
}

Migration cacheBaseline()
{
    // Exactly the schema migrations 1 to 9 leave (tst_schemamigrator compares sqlite_master of
    // both, statement text included): tables with the columns the later migrations added, in
    // their order, without the ones they dropped, and the indexes and triggers that survived.
    return {
        9,
        QStringLiteral("cache schema 9 in one step"),
        {
            QStringLiteral("CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE sync_cursor (scope TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
                "updated_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE providers (id TEXT PRIMARY KEY, address TEXT NOT NULL, role TEXT "
                "NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, jurisdiction TEXT NOT NULL, "
                "reputation INTEGER NOT NULL, cert_status TEXT NOT NULL, cert_level TEXT NOT "
                "NULL, cert_expires TEXT NOT NULL, demo INTEGER NOT NULL, updated_at TEXT NOT "
                "NULL, data TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX providers_reputation ON providers (reputation DESC, name)"),
            QStringLiteral("CREATE INDEX providers_name ON providers (name)"),
            QStringLiteral(
                "CREATE TABLE provider_certifications (provider_id TEXT NOT NULL, certification "
                "TEXT NOT NULL, PRIMARY KEY (provider_id, certification))"),
            QStringLiteral("CREATE INDEX provider_certifications_cert ON provider_certifications "
                           "(certification, provider_id)"),
            QStringLiteral(
                "CREATE TABLE offers (id TEXT PRIMARY KEY, provider_id TEXT NOT NULL, name TEXT "
                "NOT NULL, region TEXT NOT NULL, country TEXT NOT NULL, protocols TEXT NOT "
                "NULL, price_storage INTEGER NOT NULL, price_egress INTEGER NOT NULL, qos_tier "
                "TEXT NOT NULL, tier_rank INTEGER NOT NULL, uptime_target INTEGER NOT NULL, "
                "latency_target INTEGER NOT NULL, measured_uptime INTEGER NOT NULL, "
                "measured_latency INTEGER NOT NULL, capacity_bytes INTEGER NOT NULL, free_bytes "
                "INTEGER NOT NULL, currencies TEXT NOT NULL, locked INTEGER NOT NULL, demo "
                "INTEGER NOT NULL, provider_name TEXT NOT NULL DEFAULT '', provider_reputation "
                "INTEGER NOT NULL DEFAULT 50, provider_certified INTEGER NOT NULL DEFAULT 0, "
                "provider_cert_expires TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL, "
                "min_days INTEGER NOT NULL DEFAULT 1, max_days INTEGER NOT NULL DEFAULT 365, "
                "features INTEGER NOT NULL DEFAULT 0, endpoint TEXT NOT NULL DEFAULT '', "
                "created_at TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX offers_region ON offers (region, price_storage)"),
            QStringLiteral("CREATE INDEX offers_country ON offers (country, price_storage)"),
            QStringLiteral("CREATE INDEX offers_tier ON offers (tier_rank, price_storage)"),
            QStringLiteral(
                "CREATE INDEX offers_reputation ON offers (provider_reputation, price_storage)"),
            QStringLiteral(
                "CREATE INDEX offers_certified ON offers (provider_certified, price_storage)"),
            QStringLiteral("CREATE INDEX offers_provider ON offers (provider_id)"),
            QStringLiteral(
                "CREATE TRIGGER offers_text_insert AFTER INSERT ON offers BEGIN INSERT INTO "
                "offer_text (id, text) VALUES (new.rowid, new.name || char(10) || "
                "new.provider_name); END"),
            QStringLiteral(
                "CREATE TRIGGER offers_text_delete AFTER DELETE ON offers BEGIN DELETE FROM "
                "offer_text WHERE id = old.rowid; END"),
            QStringLiteral(
                "CREATE TRIGGER offers_text_update AFTER UPDATE OF name, provider_name ON "
                "offers BEGIN UPDATE offer_text SET text = new.name || char(10) || "
                "new.provider_name WHERE id = old.rowid; END"),
            QStringLiteral("CREATE INDEX offers_price ON offers (price_storage)"),
            QStringLiteral("CREATE INDEX offers_egress ON offers (price_egress)"),
            QStringLiteral("CREATE INDEX offers_free ON offers (free_bytes)"),
            QStringLiteral("CREATE INDEX offers_latency ON offers (measured_latency)"),
            QStringLiteral("CREATE INDEX offers_uptime ON offers (measured_uptime)"),
            QStringLiteral("CREATE INDEX offers_name ON offers (name COLLATE NOCASE)"),
            QStringLiteral(
                "CREATE INDEX offers_provider_name ON offers (provider_name COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX offers_protocols ON offers (protocols)"),
            QStringLiteral(
                "CREATE TABLE offer_protocols (offer_id TEXT NOT NULL, protocol TEXT NOT NULL, "
                "PRIMARY KEY (offer_id, protocol))"),
            QStringLiteral(
                "CREATE INDEX offer_protocols_protocol ON offer_protocols (protocol, offer_id)"),
            QStringLiteral(
                "CREATE TABLE deals (id TEXT PRIMARY KEY, sla_id TEXT NOT NULL, consumer TEXT "
                "NOT NULL, provider_id TEXT NOT NULL, offer_id TEXT NOT NULL, state TEXT NOT "
                "NULL, total_units INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT "
                "NOT NULL, data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX deals_sla ON deals (sla_id)"),
            QStringLiteral("CREATE INDEX deals_state ON deals (state, created_at)"),
            QStringLiteral("CREATE INDEX deals_created ON deals (created_at)"),
            QStringLiteral("CREATE INDEX deals_provider ON deals (provider_id, created_at)"),
            QStringLiteral("CREATE INDEX deals_consumer ON deals (consumer, created_at)"),
            QStringLiteral(
                "CREATE TABLE payments (id TEXT PRIMARY KEY, deal_id TEXT NOT NULL, kind TEXT "
                "NOT NULL, currency TEXT NOT NULL, units INTEGER NOT NULL, usd_units INTEGER "
                "NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX payments_deal ON payments (deal_id, created_at)"),
            QStringLiteral("CREATE INDEX payments_created ON payments (created_at)"),
            QStringLiteral("CREATE INDEX payments_kind ON payments (kind, created_at)"),
            QStringLiteral(
                "CREATE TABLE qos_samples (id TEXT PRIMARY KEY, offer_id TEXT NOT NULL, at TEXT "
                "NOT NULL, ok INTEGER NOT NULL, latency_ms INTEGER NOT NULL, data TEXT NOT "
                "NULL)"),
            QStringLiteral("CREATE INDEX qos_samples_offer ON qos_samples (offer_id, at)"),
            QStringLiteral(
                "CREATE TABLE disputes (id TEXT PRIMARY KEY, deal_id TEXT NOT NULL, state TEXT "
                "NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX disputes_deal ON disputes (deal_id)"),
            QStringLiteral(
                "CREATE TABLE notifications (id TEXT PRIMARY KEY, recipient TEXT NOT NULL, kind "
                "TEXT NOT NULL, read INTEGER NOT NULL, created_at TEXT NOT NULL, data TEXT NOT "
                "NULL)"),
            QStringLiteral(
                "CREATE INDEX notifications_created ON notifications (read, created_at)"),
            QStringLiteral("CREATE TABLE offer_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL)"),

        }};
}

const SchemaMigrator &cacheMigrator()
{
    static const SchemaMigrator migrator(QStringLiteral("cache"), cacheMigrations(),
                                         cacheBaseline());
    return migrator;
}

Result<QSqlDatabase> CacheDatabase::open(const QString &dataDir, const QString &connectionName)
{
    QDir().mkpath(dataDir);
    auto db = Database::openSqlite(QDir(dataDir).filePath(fileName()), connectionName);
    if (!db)
        return db;
    if (auto s = cacheMigrator().migrate(*db); !s)
        return s.error();
    // The cache's reads are mapped instead of copied from the OS's cache: a filter scanning a
    // table it has not read yet takes half as long (bench/RESULTS.md). Only the cache, a local
    // file of this app (a mapped page that cannot be read is a crash, not an error; the node's
    // database may live elsewhere).
    QSqlQuery(*db).exec(QStringLiteral("PRAGMA mmap_size=268435456"));
    qCDebug(lcCache) << "cache open at" << dataDir;
    return db;
}

} // namespace fb
