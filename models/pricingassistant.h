// PricingAssistant: prices a provider's draft offer against the market: the comparable offers'
// storage price distribution, the draft's percentile, a suggested price for a target utilisation
// (with the reason in words) and the monthly earnings it projects, net of the platform fee, with
// the node's own integer economics. Pure functions over offers: no cache, network or widgets.
//
// The demand model (documented in docs/ARCHITECTURE.md, "Pricing assistant"): buyers compare
// offers cheapest first (the marketplace's default sort, the SLA optimizer's cost), so the share
// of demand an offer draws falls as its price rank rises. The assistant takes the simplest
// monotonic form of that: an offer whose price is at percentile p of its comparables (p of them
// are cheaper) expects utilisation 1 - p, from full at the cheapest to none at the dearest.
// A target utilisation u therefore asks for the price at percentile 1 - u of the market.
#pragma once

#include "wire/domain.h"

#include <QList>
#include <QString>

#include <optional>

namespace fb::pricing {

constexpr int kFullBps = 10000;

// Same region, same QoS tier and at least one protocol in common; never the draft itself (same
// id) and never an offer without a storage price.
bool isComparable(const Offer &draft, const Offer &other);
QList<Offer> comparables(const Offer &draft, const QList<Offer> &market);

// One histogram bin: prices in [fromUsd7, toUsd7) (the last bin also holds toUsd7 itself).
struct PriceBin
{
    qint64 fromUsd7 = 0;
    qint64 toUsd7 = 0;
    int count = 0;
    bool operator==(const PriceBin &) const = default;
};

// The comparable offers' storage prices (USD x 10^7 per GB-month), sorted ascending.
struct PriceDistribution
{
    QList<qint64> prices;

    bool isEmpty() const { return prices.isEmpty(); }
    int size() const { return int(prices.size()); }
    qint64 min() const { return prices.isEmpty() ? 0 : prices.first(); }
    qint64 max() const { return prices.isEmpty() ? 0 : prices.last(); }
    qint64 median() const { return priceAt(kFullBps / 2); }

    // Mid-rank percentile of price, in basis points: (cheaper + equal / 2) / n, floored. 0 when
    // every comparable costs more, 10000 when every one costs less; -1 for an empty market.
    int percentileBps(qint64 price) const;
    // The price at percentile p (0..10000), interpolated linearly between ranks in integers
    // (floor): 0 is the cheapest, 10000 the dearest. Non-decreasing in p. 0 when empty.
    qint64 priceAt(int percentileBps) const;
    // binCount equal-width bins (integer width, ceil) from min to max; a single bin when every
    // price is the same. Empty for an empty market or binCount < 1.
    QList<PriceBin> histogram(int binCount) const;
    // The index of the bin of histogram(binCount) that holds price (clamped to the first or last
    // bin when outside); -1 when there are no bins.
    static int binOf(const QList<PriceBin> &bins, qint64 price);
};

PriceDistribution distribution(const QList<Offer> &comparableOffers);

// The demand model: the expected utilisation (bps) of an offer at percentile p, and back.
int expectedUtilisationBps(int percentileBps);
int percentileForUtilisation(int utilisationBps);

// What an offer earns in a month at a price and utilisation, exact integers (USD x 10^7).
struct MonthlyProjection
{
    qint64 soldBytes = 0;        // floor(capacity x utilisation / 10000)
    qint64 providerUsd7 = 0;     // storageCost(sold, price, 30 days): what the provider earns
    qint64 feeUsd7 = 0;          // economics::fee(provider, feeBps): the platform's, on top
    qint64 consumersPayUsd7 = 0; // providerUsd7 + feeUsd7
    bool valid = false;          // false when an input or result is out of economics' range
    bool operator==(const MonthlyProjection &) const = default;
};
MonthlyProjection projectMonthly(qint64 capacityBytes, int utilisationBps,
                                 qint64 pricePerGbMonthUsd7, int feeBps);

struct Suggestion
{
    int targetUtilisationBps = 0;
    int targetPercentileBps = 0;  // where the suggested price sits in the market
    qint64 priceUsd7 = 0;         // storage price per GB-month
    MonthlyProjection projection; // at priceUsd7 and the target utilisation
    QString reason;               // the model and the market figures, in words
};

// The suggestion for a target utilisation (clamped to 0..10000); nullopt for an empty market.
// feeBps: the node's platform fee (MarketService::info). capacityBytes: the draft's capacity.
std::optional<Suggestion> suggest(const PriceDistribution &market, int targetUtilisationBps,
                                  qint64 capacityBytes, int feeBps);

// "$0.0230" for a price in USD x 10^7, exact (no floating point), trailing zeros trimmed to 4
// decimals at least.
QString formatUsd7(qint64 usd7);

} // namespace fb::pricing
