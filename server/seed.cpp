// Seeding the development network: demo providers with real public list prices, the protocols
// and regions the vendors advertise, a modelled network distance to each region (which the QoS
// oracle adds to its probe of the local directory behind the offer), a track record that gives
// each one its own reputation, and synthetic offers for benchmarks. Everything seeded is
// labelled demo = true.
#include "server/devnetwork.h"
#include "server/node.h"
#include "server/nodelog.h"

#include <QDir>
#include <QHash>
#include <QUrl>

#include <algorithm>

namespace fb::node {

namespace {

struct DemoOffer
{
    const char *key;
    const char *region;
    const char *country;
    double storageUsdPerGbMonth; // public list price (first tier)
    double egressUsdPerGb;       // public internet egress list price (first paid tier)
    int networkMs;               // modelled round trip from the node to the region
};

struct DemoProvider
{
    const char *key;
    const char *name;
    const char *kind;
    const char *jurisdiction;
    const char *priceSource;
    const char *tier;
    int uptimeTargetBps;
    int latencyTargetMs;
    QList<const char *> protocols; // as the vendor advertises them
    int historyDays;               // days of track record behind the seeded reputation
    QList<DemoOffer> offers;
};

qint64 usd7(double usd)
{
    return qint64(usd * 1e7 + 0.5);
}

// Public list prices (standard storage class, first pricing tier, internet egress) as the
// vendors publish them; the dev network uses them as facts, the storage behind them is local.
QList<DemoProvider> demoProviders()
{
    return {
        {"aws",
         "Amazon S3 (demo)",
         "cloud",
         "US",
         "aws.amazon.com/s3/pricing, S3 Standard",
         "platinum",
         9999,
         100,
         {"s3"},
         60,
         {{"use1", "us-east-1", "US", 0.023, 0.09, 22},
          {"euc1", "eu-central-1", "DE", 0.0245, 0.09, 48}}},
        {"gcs",
         "Google Cloud Storage (demo)",
         "cloud",
         "US",
         "cloud.google.com/storage/pricing, Standard",
         "gold",
         9990,
         120,
         {"gcs", "s3"},
         21,
         {{"usc1", "us-central1", "US", 0.020, 0.12, 41},
          {"euw1", "europe-west1", "BE", 0.020, 0.12, 88}}},
        {"azure",
         "Azure Blob Storage (demo)",
         "cloud",
         "US",
         "azure.microsoft.com/pricing/details/storage/blobs, Hot LRS",
         "gold",
         9990,
         120,
         {"azure-blob"},
         45,
         {{"eus", "eastus", "US", 0.018, 0.087, 104}}},
        {"b2",
         "Backblaze B2 (demo)",
         "cloud",
         "US",
         "backblaze.com/cloud-storage/pricing",
         "silver",
         9990,
         150,
         {"s3"},
         30,
         {{"usw", "us-west", "US", 0.006, 0.01, 63},
          {"euc", "eu-central", "NL", 0.006, 0.01, 131}}},
        {"wasabi",
         "Wasabi Hot Cloud Storage (demo)",
         "cloud",
         "US",
         "wasabi.com/pricing (no egress fees)",
         "silver",
         9990,
         150,
         {"s3"},
         9,
         {{"use1", "us-east-1", "US", 0.0069, 0.0, 57},
          {"euc1", "eu-central-1", "NL", 0.0069, 0.0, 112}}},
        {"r2",
         "Cloudflare R2 (demo)",
         "cloud",
         "US",
         "developers.cloudflare.com/r2/pricing (no egress fees)",
         "gold",
         9990,
         100,
         {"s3"},
         14,
         {{"wnam", "wnam", "US", 0.015, 0.0, 29}}},
        {"storj",
         "Storj DCS (demo)",
         "depin",
         "US",
         "storj.io/pricing, Global Collaboration",
         "silver",
         9950,
         250,
         {"s3"},
         5,
         {{"eu1", "eu1", "DE", 0.004, 0.007, 142}, {"us1", "us1", "US", 0.004, 0.007, 215}}},
    };
}

// What the offers of dp speak: the vendor's protocols, then "local", the way the development
// network actually keeps the data (a directory on this node) and that its tests ask for.
QStringList demoProtocols(const DemoProvider &dp)
{
    QStringList out;
    for (const char *p : dp.protocols)
        out << QLatin1String(p);
    out << QStringLiteral("local");
    return out;
}

// The reputation dp earned over its track record: the oracle's daily rule (runReputation)
// applied historyDays times from the neutral 50, with the QoS its modelled network gives it
// (every offer well under its latency target: +4 a day; under it: +3).
int demoReputation(const DemoProvider &dp)
{
    bool allBeat = true;
    for (const DemoOffer &o : dp.offers)
        allBeat = allBeat && o.networkMs * 10 <= dp.latencyTargetMs * 8;
    const int delta = allBeat ? 4 : 3;
    int rep = 50;
    for (int day = 0; day < dp.historyDays; ++day) {
        rep = std::clamp(rep + delta, 0, 100);
        rep = 50 + (rep - 50) * 9 / 10;
    }
    return rep;
}

} // namespace

int demoNetworkLatencyMs(const QString &offerId)
{
    static const QHash<QString, int> byOffer = [] {
        QHash<QString, int> out;
        for (const DemoProvider &dp : demoProviders())
            for (const DemoOffer &o : dp.offers)
                out.insert(QStringLiteral("off_demo_%1_%2")
                               .arg(QLatin1String(dp.key), QLatin1String(o.key)),
                           o.networkMs);
        return out;
    }();
    return byOffer.value(offerId, 0);
}

Status Node::refreshDemoNetwork()
{
    // Demo offers seeded before they advertised their vendors' protocols spoke only "local".
    return m_db.write([&]() -> Status {
        for (const DemoProvider &dp : demoProviders()) {
            for (const DemoOffer &d : dp.offers) {
                const QString id = QStringLiteral("off_demo_%1_%2")
                                       .arg(QLatin1String(dp.key), QLatin1String(d.key));
                auto o = loadOffer(id);
                if (!o)
                    return o.error();
                if (!*o || (*o)->protocols != QStringList{QStringLiteral("local")})
                    continue;
                Offer updated = **o;
                updated.protocols = demoProtocols(dp);
                updated.updatedAt = msToTime(NodeDb::nowMs());
                if (auto s = saveOffer(updated); !s)
                    return s;
            }
        }
        return success();
    });
}

Status Node::seedDemo()
{
    const QList<DemoProvider> providers = demoProviders();
    const qint64 now = NodeDb::nowMs();
    const QString root = QDir(m_config.dataDir).filePath(QStringLiteral("demo-storage"));
    // Dev exchange rates, recorded as such (an admin can replace them).
    Status s = m_db.write([&]() -> Status {
        for (int i = 0; i < providers.size(); ++i) {
            const DemoProvider &dp = providers.at(i);
            const QString pid = QStringLiteral("prv_demo_") + QLatin1String(dp.key);
            auto existing = loadProvider(pid);
            if (!existing)
                return existing.error();
            if (*existing)
                continue;
            Provider p;
            p.id = pid;
            p.address = demoProviderAddress(i);
            p.role = QStringLiteral("provider");
            p.name = QLatin1String(dp.name);
            p.kind = QLatin1String(dp.kind);
            p.jurisdiction = QLatin1String(dp.jurisdiction);
            p.contact = QStringLiteral("development network agent of this node");
            p.description =
                tr("Development network demo provider. Prices are the vendor's public list "
                   "prices (%1); the storage endpoint is a local directory on this node, and the "
                   "node accepts deals on this provider's behalf.")
                    .arg(QLatin1String(dp.priceSource));
            p.reputation = demoReputation(dp);
            p.certification.status = QStringLiteral("approved");
            p.certification.level = QStringLiteral("demo");
            p.certification.regions = {};
            for (const DemoOffer &o : dp.offers)
                p.certification.regions.append(QLatin1String(o.region));
            p.certification.requestedAt = msToTime(now);
            p.certification.decidedAt = msToTime(now);
            p.certification.expiresAt = msToTime(now + qint64(365) * 86400000);
            p.demo = true;
            p.createdAt = msToTime(now);
            p.updatedAt = p.createdAt;
            if (auto s2 = saveProvider(p); !s2)
                return s2;
            for (const DemoOffer &d : dp.offers) {
                const QString dir =
                    QDir(root).filePath(pid + QLatin1Char('_') + QLatin1String(d.key));
                QDir().mkpath(dir);
                Offer o;
                o.id = QStringLiteral("off_demo_%1_%2")
                           .arg(QLatin1String(dp.key), QLatin1String(d.key));
                o.providerId = pid;
                o.name = QStringLiteral("%1 %2").arg(p.name, QLatin1String(d.region));
                o.region = QLatin1String(d.region);
                o.country = QLatin1String(d.country);
                o.protocols = demoProtocols(dp);
                o.priceStoragePerGbMonthUsd7 = usd7(d.storageUsdPerGbMonth);
                o.priceEgressPerGbUsd7 = usd7(d.egressUsdPerGb);
                o.qosTier = QLatin1String(dp.tier);
                o.uptimeTargetBps = dp.uptimeTargetBps;
                o.latencyTargetMs = dp.latencyTargetMs;
                o.capacityBytes = qint64(100) * 1000 * 1000 * 1000 * 1000; // 100 TB
                o.freeBytes = o.capacityBytes;
                o.currencies = {currency::XLM, currency::ALGO, currency::BTC, currency::STRK,
                                currency::USD};
                o.minDurationDays = 1;
                o.maxDurationDays = 365;
                o.features.versioning = true;
                o.features.encryptionAtRest = true;
                o.features.objectLock = QLatin1String(dp.key) == QLatin1String("aws") ||
                                        QLatin1String(dp.key) == QLatin1String("wasabi") ||
                                        QLatin1String(dp.key) == QLatin1String("b2");
                o.endpoint = QUrl::fromLocalFile(dir).toString();
                o.demo = true;
                o.createdAt = msToTime(now);
                o.updatedAt = o.createdAt;
                if (auto s2 = saveOffer(o); !s2)
                    return s2;
            }
        }
        return success();
    });
    if (s)
        qCInfo(lcNode) << "development network demo providers seeded";
    return s;
}

Status Node::seedSyntheticOffers(int count)
{
    const QString pid = QStringLiteral("prv_synthetic");
    auto have =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM offers WHERE provider_id = ?"), {pid});
    if (!have)
        return have.error();
    if (have->toInt() >= count)
        return success();
    const int from = have->toInt();
    const qint64 now = NodeDb::nowMs();
    static const char *regions[][2] = {{"us-east-1", "US"},      {"us-west-2", "US"},
                                       {"eu-central-1", "DE"},   {"eu-west-1", "IE"},
                                       {"ap-southeast-1", "SG"}, {"ap-northeast-1", "JP"},
                                       {"sa-east-1", "BR"},      {"ca-central-1", "CA"}};
    static const char *tiers[] = {"bronze", "silver", "gold", "platinum"};
    return m_db.write([&]() -> Status {
        if (from == 0) {
            Provider p;
            p.id = pid;
            p.address = demoProviderAddress(100);
            p.name = QStringLiteral("Synthetic benchmark provider (demo)");
            p.kind = QStringLiteral("depin");
            p.jurisdiction = QStringLiteral("EU");
            p.description = tr("Synthetic offers generated by --seed-offers for benchmarks and "
                               "sync tests; not a real provider.");
            p.certification.status = QStringLiteral("approved");
            p.certification.level = QStringLiteral("demo");
            p.certification.expiresAt = msToTime(now + qint64(365) * 86400000);
            p.demo = true;
            p.createdAt = msToTime(now);
            p.updatedAt = p.createdAt;
            if (auto s = saveProvider(p); !s)
                return s;
        }
        auto next = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM changes"));
        if (!next)
            return next.error();
        qint64 seq = next->toLongLong();
        QSqlQuery offerIns(m_db.db());
        QSqlQuery changeIns(m_db.db());
        if (!offerIns.prepare(QStringLiteral(
                "INSERT INTO offers (id, provider_id, name, region, country, protocols, "
                "currencies, qos_tier, price_storage, price_egress, uptime_target, latency_target, "
                "measured_uptime, measured_latency, capacity, free_bytes, endpoint, locked, demo, "
                "updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, -1, -1, ?, ?, '', "
                "0, 1, ?, ?)")) ||
            !changeIns.prepare(QStringLiteral(
                "INSERT INTO changes (seq, entity, entity_id, op, viewer_a, viewer_b, data, "
                "created_at) VALUES (?, 'offer', ?, 'upsert', '*', '', ?, ?)")))
            return dbError(offerIns);
        quint32 lcg = 12345u + quint32(from);
        auto rnd = [&lcg](quint32 n) {
            lcg = lcg * 1664525u + 1013904223u;
            return (lcg >> 8) % n;
        };
        for (int i = from; i < count; ++i) {
            Offer o;
            o.id = QStringLiteral("off_syn_%1").arg(i + 1, 7, 10, QLatin1Char('0'));
            o.providerId = pid;
            const auto &reg = regions[rnd(8)];
            o.region = QLatin1String(reg[0]);
            o.country = QLatin1String(reg[1]);
            o.name = QStringLiteral("Synthetic offer #%1 %2 (benchmark)").arg(i + 1).arg(o.region);
            o.protocols = rnd(3) == 0 ? QStringList{QStringLiteral("s3"), QStringLiteral("gcs")}
                                      : QStringList{QStringLiteral("s3")};
            o.priceStoragePerGbMonthUsd7 = 20000 + qint64(rnd(300000)); // $0.002 .. $0.032
            o.priceEgressPerGbUsd7 = qint64(rnd(1200000));              // $0 .. $0.12
            o.qosTier = QLatin1String(tiers[rnd(4)]);
            o.uptimeTargetBps = 9900 + int(rnd(100));
            o.latencyTargetMs = 50 + int(rnd(400));
            o.capacityBytes = qint64(1 + rnd(1000)) * 1000 * 1000 * 1000 * 1000;
            o.freeBytes = o.capacityBytes;
            o.currencies = {currency::XLM, currency::USD};
            o.features.versioning = rnd(2) == 1;
            o.features.encryptionAtRest = true;
            o.demo = true;
            o.createdAt = msToTime(now);
            o.updatedAt = o.createdAt;
            const QString data = QString::fromUtf8(compactJson(o.toJson()));
            const QVariantList binds = {
                o.id,
                pid,
                o.name,
                o.region,
                o.country,
                QString(QLatin1Char(',') + o.protocols.join(QLatin1Char(',')) + QLatin1Char(',')),
                QStringLiteral(",XLM,USD,"),
                o.qosTier,
                o.priceStoragePerGbMonthUsd7,
                o.priceEgressPerGbUsd7,
                o.uptimeTargetBps,
                o.latencyTargetMs,
                o.capacityBytes,
                o.freeBytes,
                now,
                data};
            for (int b = 0; b < binds.size(); ++b)
                offerIns.bindValue(b, binds.at(b));
            if (!offerIns.exec())
                return dbError(offerIns);
            changeIns.bindValue(0, seq++);
            changeIns.bindValue(1, o.id);
            changeIns.bindValue(2, data);
            changeIns.bindValue(3, now);
            if (!changeIns.exec())
                return dbError(changeIns);
        }
        qCInfo(lcNode) << "seeded" << count - from << "synthetic offers";
        return success();
    });
}

} // namespace fb::node
