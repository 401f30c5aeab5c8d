#include "server/nodeschema.h"

namespace fb::node {

namespace {
QList<Migration> migrations()
{
    Migration m1;
    m1.version = 1;
    m1.name = QStringLiteral("marketplace, deals, payments, qos, disputes, changes");
    m1.statements = {
        // Login challenges and sessions: in the database so any node process can serve them.
        QStringLiteral("CREATE TABLE auth_nonces (nonce TEXT PRIMARY KEY, address TEXT NOT NULL, "
                       "message TEXT NOT NULL, expires_at BIGINT NOT NULL, "
                       "used INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX auth_nonces_expiry ON auth_nonces (expires_at)"),
        QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, address TEXT NOT NULL, "
                       "access_hash TEXT NOT NULL UNIQUE, refresh_hash TEXT NOT NULL UNIQUE, "
                       "access_expires BIGINT NOT NULL, refresh_expires BIGINT NOT NULL, "
                       "revoked INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX sessions_address ON sessions (address)"),
        // Every entity table: indexed columns for filters plus the entity JSON in data.
        QStringLiteral("CREATE TABLE providers (id TEXT PRIMARY KEY, address TEXT NOT NULL, "
                       "role TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, "
                       "reputation INTEGER NOT NULL, cert_status TEXT NOT NULL, "
                       "cert_expires BIGINT NOT NULL DEFAULT 0, demo INTEGER NOT NULL DEFAULT 0, "
                       "rep_day BIGINT NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL, "
                       "data TEXT NOT NULL, UNIQUE (address, role))"),
        QStringLiteral("CREATE TABLE offers (id TEXT PRIMARY KEY, provider_id TEXT NOT NULL, "
                       "name TEXT NOT NULL, region TEXT NOT NULL, country TEXT NOT NULL, "
                       "protocols TEXT NOT NULL, currencies TEXT NOT NULL, "
                       "qos_tier TEXT NOT NULL, price_storage BIGINT NOT NULL, "
                       "price_egress BIGINT NOT NULL, uptime_target INTEGER NOT NULL, "
                       "latency_target INTEGER NOT NULL, measured_uptime INTEGER NOT NULL, "
                       "measured_latency INTEGER NOT NULL, capacity BIGINT NOT NULL, "
                       "free_bytes BIGINT NOT NULL, endpoint TEXT NOT NULL, "
                       "locked INTEGER NOT NULL DEFAULT 0, demo INTEGER NOT NULL DEFAULT 0, "
                       "probed_at BIGINT NOT NULL DEFAULT 0, "
                       "updated_at BIGINT NOT NULL, data TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX offers_provider ON offers (provider_id)"),
        QStringLiteral("CREATE INDEX offers_price ON offers (price_storage, id)"),
        QStringLiteral("CREATE INDEX offers_region ON offers (region, price_storage)"),
        QStringLiteral("CREATE INDEX offers_updated ON offers (updated_at, id)"),
        QStringLiteral("CREATE TABLE deals (id TEXT PRIMARY KEY, sla_id TEXT NOT NULL, "
                       "consumer TEXT NOT NULL, provider_id TEXT NOT NULL, "
                       "provider_address TEXT NOT NULL, offer_id TEXT NOT NULL, "
                       "state TEXT NOT NULL, end_at BIGINT NOT NULL DEFAULT 0, "
                       "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
                       "data TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX deals_consumer ON deals (consumer, created_at)"),
        QStringLiteral("CREATE INDEX deals_provider ON deals (provider_address, created_at)"),
        QStringLiteral("CREATE INDEX deals_offer ON deals (offer_id, state)"),
        QStringLiteral("CREATE INDEX deals_state ON deals (state)"),
        QStringLiteral("CREATE INDEX deals_sla ON deals (sla_id)"),
        QStringLiteral("CREATE TABLE payment_intents (id TEXT PRIMARY KEY, "
                       "deal_id TEXT NOT NULL, consumer TEXT NOT NULL, memo TEXT NOT NULL UNIQUE, "
                       "status TEXT NOT NULL, expires_at BIGINT NOT NULL, "
                       "created_at BIGINT NOT NULL, data TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX payment_intents_deal ON payment_intents (deal_id)"),
        // tx_hash is NULL for escrow movements and unique for deposits: a replayed
        // transaction cannot be recorded twice.
        QStringLiteral("CREATE TABLE payments (id TEXT PRIMARY KEY, deal_id TEXT NOT NULL, "
                       "consumer TEXT NOT NULL, provider_address TEXT NOT NULL, "
                       "kind TEXT NOT NULL, tx_hash TEXT UNIQUE, from_address TEXT NOT NULL, "
                       "units BIGINT NOT NULL, created_at BIGINT NOT NULL, "
                       "data TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX payments_deal ON payments (deal_id, created_at)"),
        QStringLiteral("CREATE TABLE qos_samples (id TEXT PRIMARY KEY, offer_id TEXT NOT NULL, "
                       "at BIGINT NOT NULL, ok INTEGER NOT NULL, latency_ms INTEGER NOT NULL, "
                       "http_status INTEGER NOT NULL, method TEXT NOT NULL, error TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX qos_samples_offer ON qos_samples (offer_id, at)"),
        QStringLiteral("CREATE TABLE disputes (id TEXT PRIMARY KEY, deal_id TEXT NOT NULL, "
                       "consumer TEXT NOT NULL, provider_address TEXT NOT NULL, "
                       "state TEXT NOT NULL, created_at BIGINT NOT NULL, data TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX disputes_deal ON disputes (deal_id)"),
        QStringLiteral("CREATE TABLE notifications (id TEXT PRIMARY KEY, recipient TEXT NOT NULL, "
                       "created_at BIGINT NOT NULL, data TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX notifications_recipient ON notifications (recipient, "
                       "created_at)"),
        // The changes feed. seq is assigned as MAX(seq)+1 under the writer lock (see
        // NodeDb::write), so sequence order is commit order on both databases.
        QStringLiteral("CREATE TABLE changes (seq BIGINT PRIMARY KEY, entity TEXT NOT NULL, "
                       "entity_id TEXT NOT NULL, op TEXT NOT NULL, viewer_a TEXT NOT NULL, "
                       "viewer_b TEXT NOT NULL, data TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX changes_entity ON changes (entity, entity_id)"),
        // Development ledger: accounts, sequence numbers and balances per chain, and the
        // transactions applied to it.
        QStringLiteral("CREATE TABLE dev_accounts (chain TEXT NOT NULL, address TEXT NOT NULL, "
                       "seq BIGINT NOT NULL, created_at BIGINT NOT NULL, "
                       "PRIMARY KEY (chain, address))"),
        QStringLiteral("CREATE TABLE dev_balances (chain TEXT NOT NULL, address TEXT NOT NULL, "
                       "asset TEXT NOT NULL, balance BIGINT NOT NULL, "
                       "PRIMARY KEY (chain, address, asset))"),
        QStringLiteral("CREATE TABLE dev_transactions (chain TEXT NOT NULL, hash TEXT NOT NULL, "
                       "source TEXT NOT NULL, seq BIGINT NOT NULL, envelope TEXT NOT NULL, "
                       "applied_at BIGINT NOT NULL, PRIMARY KEY (chain, hash))"),
        QStringLiteral("CREATE TABLE rates (currency TEXT PRIMARY KEY, usd7_per_coin BIGINT NOT "
                       "NULL, source TEXT NOT NULL, updated_at BIGINT NOT NULL)"),
        // Leases let one of several node processes run a scheduled job at a time.
        QStringLiteral("CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, "
                       "expires_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE node_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
    // The node's cycle at start-up (and every interval) read every offer twice: the probe list
    // scanned all offers for the few with an endpoint, and the daily reputation walked every
    // offer of a provider to find those with samples. With 100,000 offers that was ~100 ms in
    // which the node answered nothing, right when the app's first sync asks for its first page.
    Migration m2;
    m2.version = 2;
    m2.name = QStringLiteral("indexes for the probe list and the samples of a day");
    m2.statements = {
        QStringLiteral("CREATE INDEX offers_probe ON offers (probed_at) WHERE endpoint <> ''"),
        QStringLiteral("CREATE INDEX qos_samples_at ON qos_samples (at, offer_id)"),
    };
    // ALGO and BTC payments: the development Bitcoin UTXO set, Algorand leases in use, deposits
    // waiting for confirmations, and the accounts' payout addresses on those chains.
    Migration m3;
    m3.version = 3;
    m3.name = QStringLiteral("algorand and bitcoin development ledgers, payout addresses");
    m3.statements = {
        QStringLiteral("CREATE TABLE dev_utxos (txid TEXT NOT NULL, vout BIGINT NOT NULL, "
                       "script TEXT NOT NULL, address TEXT NOT NULL, amount BIGINT NOT NULL, "
                       "height BIGINT NOT NULL, spent_by TEXT, created_at BIGINT NOT NULL, "
                       "PRIMARY KEY (txid, vout))"),
        QStringLiteral("CREATE INDEX dev_utxos_address ON dev_utxos (address, amount)"),
        QStringLiteral("CREATE TABLE dev_algo_leases (sender TEXT NOT NULL, lease TEXT NOT NULL, "
                       "last_valid BIGINT NOT NULL, PRIMARY KEY (sender, lease))"),
        QStringLiteral("CREATE TABLE coin_fundings (deal_id TEXT PRIMARY KEY, chain TEXT NOT "
                       "NULL, tx_hash TEXT NOT NULL, required INTEGER NOT NULL, "
                       "created_at BIGINT NOT NULL)"),
        // The USD worth of each escrow movement, for the cumulative conversion to the coin.
        QStringLiteral("ALTER TABLE payments ADD COLUMN usd7 BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE payout_addresses (account TEXT NOT NULL, chain TEXT NOT "
                       "NULL, address TEXT NOT NULL, updated_at BIGINT NOT NULL, "
                       "PRIMARY KEY (account, chain))"),
    };
    // STRK payments: the Starknet development network's deployed accounts (the key that signs
    // for each, its nonce). Balances live in dev_balances like every other chain's.
    Migration m4;
    m4.version = 4;
    m4.name = QStringLiteral("starknet development ledger");
    m4.statements = {
        QStringLiteral("CREATE TABLE dev_strk_accounts (address TEXT PRIMARY KEY, public_key TEXT "
                       "NOT NULL, class_name TEXT NOT NULL, nonce BIGINT NOT NULL, "
                       "deployed_at BIGINT NOT NULL)"),
    };
    // Plain transfers and faucet credits of the development ledgers, so a wallet can show an
    // account's history (deal movements are in payments).
    Migration m5;
    m5.version = 5;
    m5.name = QStringLiteral("development ledger transfers");
    m5.statements = {
        QStringLiteral("CREATE TABLE dev_transfers (chain TEXT NOT NULL, hash TEXT NOT NULL, "
                       "kind TEXT NOT NULL, source TEXT NOT NULL, destination TEXT NOT NULL, "
                       "asset TEXT NOT NULL, amount BIGINT NOT NULL, fee BIGINT NOT NULL, "
                       "memo TEXT NOT NULL, applied_at BIGINT NOT NULL, "
                       "PRIMARY KEY (chain, hash))"),
        QStringLiteral("CREATE INDEX dev_transfers_source ON dev_transfers (source, applied_at)"),
        QStringLiteral("CREATE INDEX dev_transfers_destination ON dev_transfers (destination, "
                       "applied_at)"),
    };
    return {m1, m2, m3, m4, m5};
}
} // namespace

const SchemaMigrator &nodeMigrator()
{
    static const SchemaMigrator migrator(QStringLiteral("node"), migrations());
    return migrator;
}

} // namespace fb::node
