// The SLA optimizer behind the wizard's recommendation: from the marketplace's offers it picks
// the cheapest set of placements (one shard or replica per provider, never two with the same
// provider) that meets every requirement — tier, regions and countries, protocol, currency,
// duration, free capacity, budget — and, when asked, spreads them across regions and across
// provider kinds (cloud and DePIN). It also proposes the cheapest set without the spreading
// preferences and the most reliable set, and explains each choice and every refusal in words.
//
// Costs, in USD×10^7 like the offers' prices, with the node's own integer arithmetic
// (wire/economics.h), so a recommendation costs to the unit what the node then quotes:
//   shard size      = data size (replication) or ceil(data size / k) (k-of-n erasure coding)
//   egress/shard    = ceil(floor(monthly egress × days / 30) / k) (reads spread over the shards)
//   storage/shard   = ceil(shard bytes × storage price per GB-month × days / (10^9 × 30))
//   egress cost     = ceil(egress/shard × egress price per GB / 10^9)
//   platform fee    = ceil(line subtotal × feeBps / 10000) per line, feeBps from GET /v1/info
// An offer whose line would pass the largest amount the node takes (economics::kMaxUnits) is
// not eligible; a set whose total would pass it is refused (too_large), as the node refuses it.
// Selection is a minimum-cost bipartite matching (providers × regions when regions must
// differ), solved exactly with successive shortest paths.
#pragma once

#include "wallet/result.h"
#include "wire/domain.h"

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
    qint64 feeUsd7 = 0; // this line's platform fee
    qint64 costUsd7() const { return storageUsd7 + egressUsd7; }
    qint64 totalUsd7() const { return costUsd7() + feeUsd7; }
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
    std::optional<Plan> cheapest; // only when it differs from the recommendation
    // The cheapest valid set other than the recommendation (and the cheapest above): the best
    // set without one of the recommendation's offers. Absent when no other set is valid.
    std::optional<Plan> nextCheapest;
    std::optional<Plan> mostReliable; // only when it differs from the recommendation
    // Every plan to offer as a choice, the recommendation first, then the next cheapest, the
    // cheapest (with spreading off) and the most reliable, each set once.
    QList<Plan> choices() const;
    int eligibleOffers = 0;
};

// The node's terms the costs follow: its platform fee (GET /v1/info "feeBps").
struct Terms
{
    int feeBps = -1; // basis points of each line's subtotal; required (0 to 10000)
};

// Errors: bad_requirements, bad_terms, no_valid_set (the message walks through which requirement
// left too few offers or providers), over_budget (names the cheapest valid total), too_large
// (the total passes the largest amount the platform takes).
Result<Recommendation> recommend(const Requirements &req, const QList<Offer> &offers,
                                 const QHash<QString, Provider> &providers, const Terms &terms);

// What paying a plan costs in a currency's base units at rateUsd7PerCoin: each placement becomes
// one deal and the node converts each deal's total on its own, rounding up
// (economics::usdToUnitsCeil), so this is the sum the wallet will be asked for.
// economics::kOutOfRange when the currency is unknown, the rate is not positive or the sum is
// too large.
qint64 payUnits(const Plan &plan, const QString &currency, qint64 rateUsd7PerCoin);
// The same for the node's quote of the plan (one deal per line).
qint64 payUnits(const Quote &quote, const QString &currency, qint64 rateUsd7PerCoin);

int tierRank(const QString &tier); // bronze 0 … platinum 3, unknown -1

} // namespace fb::sla
