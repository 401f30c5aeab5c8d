// The SLA optimizer behind the wizard's recommendation: from the marketplace's offers it picks
// the cheapest set of placements (one shard or replica per provider, never two with the same
// provider) that meets every requirement — tier, regions and countries, protocol, currency,
// duration, free capacity, budget — and, when asked, spreads them across regions and across
// provider kinds (cloud and DePIN). It also proposes the cheapest set without the spreading
// preferences and the most reliable set, and explains each choice and every refusal in words.
//
// Costs, in USD×10^7 like the offers' prices:
//   shard size      = data size (replication) or ceil(data size / k) (k-of-n erasure coding)
//   storage/shard   = storage price per GB-month × shard GB × days / 30
//   egress/shard    = egress price per GB × (monthly egress GB / number of shards) × days / 30
//                     (reads are spread evenly over the shards)
//   platform fee    = 2 % of the subtotal
// Selection is a minimum-cost bipartite matching (providers × regions when regions must
// differ), solved exactly with successive shortest paths.
#pragma once

#include "models/domain.h"
#include "wallet/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace fb::sla {

struct Requirements
{
    qint64 dataBytes = 0;
    qint64 egressBytesPerMonth = 0;
    int durationDays = 30;
    enum class Redundancy { Replication, ErasureCoding };
    Redundancy redundancy = Redundancy::Replication;
    int replicas = 2;    // replication factor
    int dataShards = 4;  // k of k-of-n
    int totalShards = 6; // n of k-of-n
    QString minTier = QStringLiteral("bronze");
    QStringList allowRegions, excludeRegions;     // empty allow list: every region
    QStringList allowCountries, excludeCountries; // ISO codes
    QString protocol = QStringLiteral("s3");      // empty: any
    QString currency = QStringLiteral("XLM");     // the offer must accept it; empty: any
    qint64 budgetUsd7 = 0;                        // 0: no budget
    bool spreadRegions = false;                   // no two placements in one region
    bool spreadKinds = false;                     // at least one cloud and one DePIN provider

    int placements() const;
    qint64 shardBytes() const;
    // Downloads over the whole term: floor(per month x days / 30), exact.
    qint64 egressBytesOverTerm() const;
    Status validate() const;
};

struct Placement
{
    Offer offer;
    Provider provider;
    qint64 storageUsd7 = 0;
    qint64 egressUsd7 = 0;
    qint64 costUsd7() const { return storageUsd7 + egressUsd7; }
    QStringList reasons; // why this offer was chosen, in words
};

struct Plan
{
    QString label; // "Recommended", "Cheapest", "Most reliable"
    QString summary;
    QList<Placement> placements;
    qint64 subtotalUsd7 = 0;
    qint64 feeUsd7 = 0;
    qint64 totalUsd7 = 0;
    int regions = 0;
    int minReputation = 0;
};

struct Recommendation
{
    Plan recommended;
    std::optional<Plan> cheapest;     // only when it differs from the recommendation
    std::optional<Plan> mostReliable; // only when it differs from the recommendation
    int eligibleOffers = 0;
};

constexpr int kPlatformFeeBps = 200;

// Errors: bad_requirements, no_valid_set (the message walks through which requirement left
// too few offers or providers), over_budget (names the cheapest valid total).
Result<Recommendation> recommend(const Requirements &req, const QList<Offer> &offers,
                                 const QHash<QString, Provider> &providers);

int tierRank(const QString &tier); // bronze 0 … platinum 3, unknown -1

} // namespace fb::sla
