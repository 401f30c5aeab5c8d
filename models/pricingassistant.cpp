#include "models/pricingassistant.h"

#include "wire/economics.h"

#include <QCoreApplication>

#include <algorithm>

namespace fb::pricing {

namespace {

int clampBps(int bps)
{
    return std::clamp(bps, 0, kFullBps);
}

// "30 %" / "99.5 %" from basis points, exact.
QString percentText(int bps)
{
    const int whole = bps / 100;
    const int frac = bps % 100;
    if (frac == 0)
        return QStringLiteral("%1 %").arg(whole);
    QString f = QStringLiteral("%1").arg(frac, 2, 10, QLatin1Char('0'));
    while (f.endsWith(QLatin1Char('0')))
        f.chop(1);
    return QStringLiteral("%1.%2 %").arg(whole).arg(f);
}

} // namespace

bool isComparable(const Offer &draft, const Offer &other)
{
    if (other.priceStoragePerGbMonthUsd7 <= 0)
        return false;
    if (!draft.id.isEmpty() && other.id == draft.id)
        return false;
    if (other.region != draft.region || other.qosTier != draft.qosTier)
        return false;
    return std::any_of(draft.protocols.cbegin(), draft.protocols.cend(),
                       [&](const QString &p) { return other.protocols.contains(p); });
}

QList<Offer> comparables(const Offer &draft, const QList<Offer> &market)
{
    QList<Offer> out;
    for (const Offer &o : market)
        if (isComparable(draft, o))
            out.append(o);
    return out;
}

PriceDistribution distribution(const QList<Offer> &comparableOffers)
{
    PriceDistribution d;
    d.prices.reserve(comparableOffers.size());
    for (const Offer &o : comparableOffers)
        d.prices.append(o.priceStoragePerGbMonthUsd7);
    std::sort(d.prices.begin(), d.prices.end());
    return d;
}

int PriceDistribution::percentileBps(qint64 price) const
{
    if (prices.isEmpty())
        return -1;
    const auto lower = std::lower_bound(prices.cbegin(), prices.cend(), price);
    const auto upper = std::upper_bound(lower, prices.cend(), price);
    const qint64 cheaper = lower - prices.cbegin();
    const qint64 equal = upper - lower;
    // (cheaper + equal / 2) / n in bps, floored: 2 x cheaper + equal over 2n.
    return int((2 * cheaper + equal) * kFullBps / (2 * qint64(prices.size())));
}

qint64 PriceDistribution::priceAt(int percentile) const
{
    if (prices.isEmpty())
        return 0;
    const qint64 pos = qint64(clampBps(percentile)) * (prices.size() - 1);
    const qsizetype idx = qsizetype(pos / kFullBps);
    const qint64 rem = pos % kFullBps;
    if (rem == 0 || idx + 1 >= prices.size())
        return prices.at(idx);
    const qint64 step = prices.at(idx + 1) - prices.at(idx);
    return prices.at(idx) + economics::mulDivFloor(step, rem, kFullBps);
}

QList<PriceBin> PriceDistribution::histogram(int binCount) const
{
    QList<PriceBin> bins;
    if (prices.isEmpty() || binCount < 1)
        return bins;
    const qint64 lo = min();
    const qint64 hi = max();
    if (lo == hi) {
        bins.append({lo, hi, int(prices.size())});
        return bins;
    }
    const qint64 width = std::max<qint64>(1, (hi - lo + binCount - 1) / binCount);
    const int n = int(std::min<qint64>(binCount, (hi - lo + width - 1) / width));
    for (int i = 0; i < n; ++i)
        bins.append({lo + width * i, i + 1 == n ? hi : lo + width * (i + 1), 0});
    for (qint64 p : prices)
        ++bins[binOf(bins, p)].count;
    return bins;
}

int PriceDistribution::binOf(const QList<PriceBin> &bins, qint64 price)
{
    if (bins.isEmpty())
        return -1;
    for (int i = 0; i < bins.size(); ++i)
        if (price < bins.at(i).toUsd7)
            return i;
    return int(bins.size()) - 1;
}

int expectedUtilisationBps(int percentile)
{
    return kFullBps - clampBps(percentile);
}

int percentileForUtilisation(int utilisation)
{
    return kFullBps - clampBps(utilisation);
}

MonthlyProjection projectMonthly(qint64 capacityBytes, int utilisationBps,
                                 qint64 pricePerGbMonthUsd7, int feeBps)
{
    MonthlyProjection p;
    if (capacityBytes < 0 || capacityBytes > economics::kMaxBytes || pricePerGbMonthUsd7 < 0 ||
        feeBps < 0)
        return p;
    p.soldBytes = economics::mulDivFloor(capacityBytes, clampBps(utilisationBps), kFullBps);
    p.providerUsd7 =
        economics::storageCost(p.soldBytes, pricePerGbMonthUsd7, economics::kDaysPerMonth);
    if (p.providerUsd7 < 0)
        return MonthlyProjection{};
    p.feeUsd7 = economics::fee(p.providerUsd7, feeBps);
    p.consumersPayUsd7 = economics::add(p.providerUsd7, p.feeUsd7);
    p.valid = p.feeUsd7 >= 0 && p.consumersPayUsd7 >= 0;
    if (!p.valid)
        return MonthlyProjection{};
    return p;
}

std::optional<Suggestion> suggest(const PriceDistribution &market, int targetUtilisationBps,
                                  qint64 capacityBytes, int feeBps)
{
    if (market.isEmpty())
        return std::nullopt;
    Suggestion s;
    s.targetUtilisationBps = clampBps(targetUtilisationBps);
    s.targetPercentileBps = percentileForUtilisation(s.targetUtilisationBps);
    s.priceUsd7 = market.priceAt(s.targetPercentileBps);
    s.projection = projectMonthly(capacityBytes, s.targetUtilisationBps, s.priceUsd7, feeBps);

    const QString marketText =
        market.size() == 1
            ? QCoreApplication::translate("fb::pricing",
                                          "The only comparable offer costs %1 per GB-month.")
                  .arg(formatUsd7(market.min()))
            : QCoreApplication::translate(
                  "fb::pricing",
                  "%1 comparable offers cost from %2 to %3 per GB-month (median %4).")
                  .arg(market.size())
                  .arg(formatUsd7(market.min()), formatUsd7(market.max()),
                       formatUsd7(market.median()));
    QString where;
    if (s.targetPercentileBps == 0)
        where = QCoreApplication::translate(
                    "fb::pricing",
                    "To fill %1 of your capacity, match the cheapest comparable offer: %2.")
                    .arg(percentText(s.targetUtilisationBps), formatUsd7(s.priceUsd7));
    else if (s.targetPercentileBps == kFullBps)
        where = QCoreApplication::translate(
                    "fb::pricing",
                    "Aiming at %1 utilisation, you can ask as much as the dearest comparable "
                    "offer: %2.")
                    .arg(percentText(s.targetUtilisationBps), formatUsd7(s.priceUsd7));
    else
        where = QCoreApplication::translate(
                    "fb::pricing",
                    "To fill %1 of your capacity, price below %2 of them: %3 sits at the %4 "
                    "percentile.")
                    .arg(percentText(s.targetUtilisationBps),
                         percentText(kFullBps - s.targetPercentileBps), formatUsd7(s.priceUsd7),
                         percentText(s.targetPercentileBps));
    const QString model = QCoreApplication::translate(
        "fb::pricing",
        "Buyers compare offers cheapest first, so the assistant expects an offer priced above "
        "p % of its market to fill about 100 - p % of its capacity.");
    s.reason = marketText + QLatin1Char(' ') + where + QLatin1Char(' ') + model;
    return s;
}

QString formatUsd7(qint64 usd7)
{
    const bool negative = usd7 < 0;
    const qint64 v = negative ? -usd7 : usd7;
    QString frac = QStringLiteral("%1").arg(v % 10000000, 7, 10, QLatin1Char('0'));
    while (frac.size() > 4 && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    return QStringLiteral("%1$%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(v / 10000000)
        .arg(frac);
}

} // namespace fb::pricing
