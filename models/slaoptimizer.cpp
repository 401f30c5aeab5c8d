#include "models/slaoptimizer.h"

#include "models/formats.h"
#include "wire/economics.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace fb::sla {

namespace {

QString usd(qint64 usd7)
{
    return Formats().usd(usd7);
}

// "cloud" and "depin" in the user's words.
QString kindText(const QString &kind)
{
    if (kind == QLatin1String("cloud"))
        return QCoreApplication::translate("fb::sla", "cloud");
    if (kind == QLatin1String("depin"))
        return QCoreApplication::translate("fb::sla", "DePIN");
    return kind;
}

struct Candidate
{
    int offer = -1; // index into the offers list
    QString provider;
    QString column; // region when regions must differ, else the provider
    qint64 storage = 0, egress = 0;
    qint64 cost() const { return storage + egress; }
    qint64 reliabilityCost = 0;
};

// Successive-shortest-path minimum-cost flow on: source → provider → column → sink, every arc
// of capacity 1. Returns the chosen candidate indices, or empty when fewer than `need` fit.
QList<int> minCostSelection(const QList<Candidate> &cands, int need, bool reliability,
                            const QSet<QString> &bannedProviders,
                            const QSet<QString> &bannedColumns)
{
    QHash<QString, int> provIdx, colIdx;
    for (const auto &c : cands) {
        if (bannedProviders.contains(c.provider) || bannedColumns.contains(c.column))
            continue;
        if (!provIdx.contains(c.provider))
            provIdx.insert(c.provider, int(provIdx.size()));
        if (!colIdx.contains(c.column))
            colIdx.insert(c.column, int(colIdx.size()));
    }
    const int P = int(provIdx.size()), C = int(colIdx.size());
    if (P < need || C < need)
        return {};
    const int S = 0, T = 1, n = 2 + P + C;
    struct Arc
    {
        int to, rev, cap;
        qint64 cost;
        int cand;
    };
    std::vector<std::vector<Arc>> g(static_cast<std::size_t>(n));
    auto add = [&](int a, int b, qint64 cost, int cand) {
        g[std::size_t(a)].push_back({b, int(g[std::size_t(b)].size()), 1, cost, cand});
        g[std::size_t(b)].push_back({a, int(g[std::size_t(a)].size()) - 1, 0, -cost, -1});
    };
    for (int p = 0; p < P; ++p)
        add(S, 2 + p, 0, -1);
    for (int c = 0; c < C; ++c)
        add(2 + P + c, T, 0, -1);
    for (int i = 0; i < cands.size(); ++i) {
        const auto &c = cands[i];
        if (bannedProviders.contains(c.provider) || bannedColumns.contains(c.column))
            continue;
        add(2 + provIdx[c.provider], 2 + P + colIdx[c.column],
            reliability ? c.reliabilityCost : c.cost(), i);
    }
    constexpr qint64 inf = std::numeric_limits<qint64>::max() / 4;
    for (int flow = 0; flow < need; ++flow) {
        // Bellman-Ford with a queue (costs can be negative on residual arcs).
        std::vector<qint64> dist(std::size_t(n), inf);
        std::vector<int> prevNode(std::size_t(n), -1), prevArc(std::size_t(n), -1);
        std::vector<char> inQueue(std::size_t(n), 0);
        std::vector<int> queue{S};
        dist[S] = 0;
        for (std::size_t qi = 0; qi < queue.size(); ++qi) {
            const int u = queue[qi];
            inQueue[std::size_t(u)] = 0;
            for (int a = 0; a < int(g[std::size_t(u)].size()); ++a) {
                const Arc &e = g[std::size_t(u)][std::size_t(a)];
                if (e.cap > 0 && dist[std::size_t(u)] + e.cost < dist[std::size_t(e.to)]) {
                    dist[std::size_t(e.to)] = dist[std::size_t(u)] + e.cost;
                    prevNode[std::size_t(e.to)] = u;
                    prevArc[std::size_t(e.to)] = a;
                    if (!inQueue[std::size_t(e.to)]) {
                        inQueue[std::size_t(e.to)] = 1;
                        queue.push_back(e.to);
                    }
                }
            }
        }
        if (dist[T] >= inf)
            return {};
        for (int v = T; v != S; v = prevNode[std::size_t(v)]) {
            Arc &e = g[std::size_t(prevNode[std::size_t(v)])][std::size_t(prevArc[std::size_t(v)])];
            e.cap -= 1;
            g[std::size_t(v)][std::size_t(e.rev)].cap += 1;
        }
    }
    QList<int> chosen;
    for (int p = 0; p < P; ++p) {
        for (const Arc &e : g[std::size_t(2 + p)]) {
            if (e.cand >= 0 && e.cap == 0)
                chosen.append(e.cand);
        }
    }
    return chosen;
}

} // namespace

int tierRank(const QString &tier)
{
    static const QStringList tiers{QStringLiteral("bronze"), QStringLiteral("silver"),
                                   QStringLiteral("gold"), QStringLiteral("platinum")};
    return int(tiers.indexOf(tier.toLower()));
}

int Requirements::placements() const
{
    return redundancy == Redundancy::Replication ? replicas : totalShards;
}

qint64 Requirements::egressBytesOverTerm() const
{
    return economics::mulDivFloor(egressBytesPerMonth, durationDays, economics::kDaysPerMonth);
}

qint64 Requirements::shardBytes() const
{
    if (redundancy == Redundancy::Replication)
        return dataBytes;
    return (dataBytes + dataShards - 1) / qMax(1, dataShards);
}

Status Requirements::validate() const
{
    auto bad = [](const QString &m) {
        return Status::failure(QStringLiteral("bad_requirements"), m);
    };
    if (dataBytes <= 0)
        return bad(QCoreApplication::translate("fb::sla", "Enter how much data you will store."));
    if (dataBytes > economics::kMaxBytes)
        return bad(QCoreApplication::translate("fb::sla",
                                               "At most %L1 bytes can be stored in one agreement.")
                       .arg(economics::kMaxBytes));
    if (durationDays <= 0)
        return bad(QCoreApplication::translate("fb::sla", "Choose how long the agreement runs."));
    if (durationDays > economics::kMaxDurationDays)
        return bad(QCoreApplication::translate("fb::sla", "An agreement runs at most %1 days.")
                       .arg(economics::kMaxDurationDays));
    if (egressBytesPerMonth < 0)
        return bad(
            QCoreApplication::translate("fb::sla", "Expected downloads cannot be negative."));
    if (egressBytesOverTerm() == economics::kOutOfRange)
        return bad(
            QCoreApplication::translate(
                "fb::sla", "At most %L1 bytes of downloads can be planned over one agreement.")
                .arg(economics::kMaxBytes));
    if (redundancy == Redundancy::Replication && (replicas < 1 || replicas > 16))
        return bad(QCoreApplication::translate("fb::sla", "Keep between 1 and 16 copies."));
    if (redundancy == Redundancy::ErasureCoding &&
        (dataShards < 1 || totalShards <= dataShards || totalShards > 32))
        return bad(QCoreApplication::translate(
            "fb::sla", "Erasure coding needs k data shards and n > k total shards (n at most "
                       "32)."));
    if (tierRank(minTier) < 0)
        return bad(QCoreApplication::translate("fb::sla", "Unknown QoS tier \"%1\".").arg(minTier));
    if (budgetUsd7 < 0)
        return bad(QCoreApplication::translate("fb::sla", "The budget cannot be negative."));
    return success();
}

Result<Recommendation> recommend(const Requirements &req, const QList<Offer> &offers,
                                 const QHash<QString, Provider> &providers, const Terms &terms)
{
    if (auto v = req.validate(); !v)
        return v.error();
    if (terms.feeBps < 0 || terms.feeBps > 10000)
        return Result<Recommendation>::failure(
            QStringLiteral("bad_terms"),
            QCoreApplication::translate(
                "fb::sla",
                "The node's platform fee is unknown, so no price can be worked out. Check the "
                "connection to the node and try again."));
    const int need = req.placements();
    const qint64 shard = req.shardBytes();
    const int minTier = tierRank(req.minTier);
    // The node's quote arithmetic (docs/API.md), so the recommendation equals the quote.
    const int k = req.redundancy == Requirements::Redundancy::Replication ? 1 : req.dataShards;
    const qint64 totalEgress = req.egressBytesOverTerm();
    const qint64 shardEgress = (totalEgress + k - 1) / k;

    // The funnel, for explanations when too little is left.
    struct Step
    {
        QString what;
        int offers = 0;
        QSet<QString> providers;
    };
    QList<Step> funnel{
        {QCoreApplication::translate("fb::sla", "can be chosen"), 0, {}},
        {QCoreApplication::translate("fb::sla", "meet the QoS tier"), 0, {}},
        {QCoreApplication::translate("fb::sla", "are in an allowed region and country"), 0, {}},
        {QCoreApplication::translate("fb::sla", "speak the protocol"), 0, {}},
        {QCoreApplication::translate("fb::sla", "accept the currency"), 0, {}},
        {QCoreApplication::translate("fb::sla", "allow the duration"), 0, {}},
        {QCoreApplication::translate("fb::sla", "have room for a shard"), 0, {}},
        {QCoreApplication::translate("fb::sla", "price it within the platform's largest amount"),
         0,
         {}}};
    QList<Candidate> all;
    QHash<QString, int> bestPerColumn; // provider+column → candidate index (cheapest)
    for (int i = 0; i < offers.size(); ++i) {
        const Offer &o = offers[i];
        if (!providers.contains(o.providerId))
            continue;
        int step = 0;
        auto pass = [&] {
            ++step;
            funnel[step - 1].offers += 1;
            funnel[step - 1].providers.insert(o.providerId);
        };
        pass();
        if (tierRank(o.qosTier) < minTier)
            continue;
        pass();
        if ((!req.allowRegions.isEmpty() && !req.allowRegions.contains(o.region)) ||
            req.excludeRegions.contains(o.region) ||
            (!req.allowCountries.isEmpty() && !req.allowCountries.contains(o.country)) ||
            req.excludeCountries.contains(o.country))
            continue;
        pass();
        if (!req.protocol.isEmpty() && !o.protocols.contains(req.protocol))
            continue;
        pass();
        if (!req.currency.isEmpty() && !o.currencies.isEmpty() &&
            !o.currencies.contains(req.currency))
            continue;
        pass();
        if (req.durationDays < o.minDurationDays || req.durationDays > o.maxDurationDays)
            continue;
        pass();
        if (o.freeBytes < shard)
            continue;
        pass();
        Candidate c;
        c.offer = i;
        c.provider = o.providerId;
        c.column = req.spreadRegions ? o.region : o.providerId;
        c.storage = economics::storageCost(shard, o.priceStoragePerGbMonthUsd7, req.durationDays);
        c.egress = economics::egressCost(shardEgress, o.priceEgressPerGbUsd7);
        const qint64 line = economics::add(c.storage, c.egress);
        if (economics::add(line, economics::fee(line, terms.feeBps)) == economics::kOutOfRange)
            continue;
        pass();
        const Provider &p = providers[o.providerId];
        const int uptime = o.measuredUptimeBps >= 0 ? o.measuredUptimeBps : o.uptimeTargetBps;
        c.reliabilityCost = qint64(100 - p.reputation) * 1000000000000LL +
                            qint64(10000 - qBound(0, uptime, 10000)) * 100000000LL +
                            qMin(c.cost(), 99999999LL);
        const QString key = c.provider + QLatin1Char('\x1f') + c.column;
        auto it = bestPerColumn.find(key);
        if (it == bestPerColumn.end()) {
            bestPerColumn.insert(key, int(all.size()));
            all.append(c);
        } else if (c.cost() < all[*it].cost()) {
            all[*it] = c;
        }
    }
    // A reliability-ordered copy keeps each provider/column's most reliable offer too.
    const int eligible = funnel.last().offers;

    auto explainShortage = [&]() -> QString {
        for (const Step &s : funnel) {
            if (s.providers.size() < need) {
                // "Only 1 provider (2 offers) is available to choose from, but 2 ...".
                // Each count with its own plural form: "Only 1 provider (1 offer) can be
                // chosen, but 2 placements on different providers are needed."
                return QCoreApplication::translate(
                           "fb::sla",
                           "Only %1 (%2) %3, but %4 on different providers are needed. Relax "
                           "that requirement or lower the redundancy.",
                           "providers, offers, why, placements")
                    .arg(QCoreApplication::translate("fb::sla", "%n provider(s)", nullptr,
                                                     int(s.providers.size())),
                         QCoreApplication::translate("fb::sla", "%n offer(s)", nullptr, s.offers),
                         s.what,
                         QCoreApplication::translate("fb::sla", "%n placement(s)", nullptr, need));
            }
        }
        QSet<QString> regions;
        for (const auto &c : all)
            regions.insert(offers[c.offer].region);
        if (req.spreadRegions && regions.size() < need) {
            return QCoreApplication::translate(
                       "fb::sla",
                       "The eligible offers cover only %1, but spreading %2 across regions "
                       "needs %3. Allow more regions or turn off region spreading.",
                       "regions, placements, regions")
                .arg(QCoreApplication::translate("fb::sla", "%n region(s)", nullptr,
                                                 int(regions.size())),
                     QCoreApplication::translate("fb::sla", "%n placement(s)", nullptr, need),
                     QCoreApplication::translate("fb::sla", "%n region(s)", nullptr, need));
        }
        return QCoreApplication::translate(
                   "fb::sla",
                   "No set of %1 offers on different providers meets every requirement together. "
                   "Relax the regions, the kinds of provider or the redundancy.")
            .arg(need);
    };

    auto planFrom = [&](const QList<int> &chosen, const QString &label, bool reliability) {
        Plan plan;
        plan.label = label;
        QSet<QString> regions;
        plan.minReputation = 100;
        for (int ci : chosen) {
            const Candidate &c = all[ci];
            Placement pl;
            pl.offer = offers[c.offer];
            pl.provider = providers[c.provider];
            pl.storageUsd7 = c.storage;
            pl.egressUsd7 = c.egress;
            pl.feeUsd7 = economics::fee(c.cost(), terms.feeBps);
            pl.reasons << QCoreApplication::translate("fb::sla", "%1 tier in %2 (%3)")
                              .arg(Formats::tier(pl.offer.qosTier), pl.offer.region,
                                   pl.offer.country);
            pl.reasons << QCoreApplication::translate(
                              "fb::sla", "%1 for storage and %2 for egress over the term")
                              .arg(usd(c.storage), usd(c.egress));
            pl.reasons << QCoreApplication::translate("fb::sla", "reputation %1/100, %2 provider")
                              .arg(pl.provider.reputation)
                              .arg(kindText(pl.provider.kind));
            if (pl.offer.measuredUptimeBps >= 0)
                pl.reasons << QCoreApplication::translate("fb::sla", "measured uptime %1")
                                  .arg(Formats().percentBps(pl.offer.measuredUptimeBps));
            if (reliability)
                pl.reasons << QCoreApplication::translate("fb::sla", "chosen for its track record");
            regions.insert(pl.offer.region);
            plan.minReputation = qMin(plan.minReputation, pl.provider.reputation);
            plan.placements.append(pl);
        }
        std::sort(
            plan.placements.begin(), plan.placements.end(),
            [](const Placement &a, const Placement &b) { return a.costUsd7() < b.costUsd7(); });
        // Summed as the node sums a quote: every sum checked, a total past the largest amount
        // is economics::kOutOfRange (refused below), never wrapped.
        plan.subtotalUsd7 = plan.feeUsd7 = 0;
        for (const auto &pl : plan.placements) {
            plan.subtotalUsd7 = economics::add(plan.subtotalUsd7, pl.costUsd7());
            plan.feeUsd7 = economics::add(plan.feeUsd7, pl.feeUsd7);
        }
        plan.totalUsd7 = economics::add(plan.subtotalUsd7, plan.feeUsd7);
        plan.regions = int(regions.size());
        // "2 placements on 2 providers in 1 region, $1.20 in total": each count with its own
        // plural form (every placement is with another provider).
        const int placed = int(plan.placements.size());
        plan.summary =
            QCoreApplication::translate("fb::sla", "%1 on %2 in %3, %4 in total",
                                        "placements, providers, regions, total cost")
                .arg(QCoreApplication::translate("fb::sla", "%n placement(s)", nullptr, placed),
                     QCoreApplication::translate("fb::sla", "%n provider(s)", nullptr, placed),
                     QCoreApplication::translate("fb::sla", "%n region(s)", nullptr, plan.regions),
                     usd(plan.totalUsd7));
        return plan;
    };

    auto hasBothKinds = [&](const QList<int> &chosen) {
        bool cloud = false, depin = false;
        for (int ci : chosen) {
            const QString &k = providers[all[ci].provider].kind;
            cloud |= k == QLatin1String("cloud");
            depin |= k == QLatin1String("depin");
        }
        return cloud && depin;
    };

    auto solve = [&](bool reliability, bool diversity, const QSet<int> &excluded = {}) {
        QList<Candidate> cands;
        for (const Candidate &c : std::as_const(all))
            if (!excluded.contains(c.offer))
                cands.append(c);
        if (!diversity) {
            // Without region spreading, one candidate per provider: its best offer.
            QHash<QString, int> best;
            QList<Candidate> perProvider;
            for (auto c : cands) {
                c.column = c.provider;
                auto it = best.find(c.provider);
                const qint64 key = reliability ? c.reliabilityCost : c.cost();
                if (it == best.end()) {
                    best.insert(c.provider, int(perProvider.size()));
                    perProvider.append(c);
                } else if (key < (reliability ? perProvider[*it].reliabilityCost
                                              : perProvider[*it].cost())) {
                    perProvider[*it] = c;
                }
            }
            cands = perProvider;
        }
        // Candidate indices refer to `all`: map back by offer index.
        auto toAll = [&](const QList<int> &chosen) {
            QList<int> out;
            for (int ci : chosen) {
                for (int ai = 0; ai < all.size(); ++ai) {
                    if (all[ai].offer == cands[ci].offer) {
                        out.append(ai);
                        break;
                    }
                }
            }
            return out;
        };
        QList<int> chosen = toAll(minCostSelection(cands, need, reliability, {}, {}));
        if (chosen.isEmpty() || !diversity || !req.spreadKinds || need < 2 || hasBothKinds(chosen))
            return chosen;
        // Force one placement of the missing kind: try its best few candidates.
        bool haveCloud = false;
        for (int ci : chosen)
            haveCloud |= providers[all[ci].provider].kind == QLatin1String("cloud");
        const QString missing = haveCloud ? QStringLiteral("depin") : QStringLiteral("cloud");
        QList<int> pool;
        for (int i = 0; i < cands.size(); ++i) {
            if (providers[cands[i].provider].kind == missing)
                pool.append(i);
        }
        std::sort(pool.begin(), pool.end(), [&](int a, int b) {
            return reliability ? cands[a].reliabilityCost < cands[b].reliabilityCost
                               : cands[a].cost() < cands[b].cost();
        });
        QList<int> best;
        qint64 bestCost = std::numeric_limits<qint64>::max();
        for (int k = 0; k < qMin(int(pool.size()), 30); ++k) {
            const Candidate &forced = cands[pool[k]];
            QList<int> rest =
                minCostSelection(cands, need - 1, reliability, {forced.provider}, {forced.column});
            if (rest.isEmpty() && need > 1)
                continue;
            rest.append(pool[k]);
            qint64 total = 0;
            for (int ci : rest)
                total += reliability ? cands[ci].reliabilityCost : cands[ci].cost();
            if (total < bestCost) {
                bestCost = total;
                best = rest;
            }
        }
        return toAll(best);
    };

    const bool diversity = req.spreadRegions || req.spreadKinds;
    const QList<int> rec = solve(false, diversity);
    if (rec.isEmpty()) {
        QString why = explainShortage();
        if (req.spreadKinds && rec.isEmpty())
            why += QLatin1Char(' ') +
                   QCoreApplication::translate(
                       "fb::sla", "Mixing cloud and DePIN providers was also required.");
        return Result<Recommendation>::failure(QStringLiteral("no_valid_set"), why);
    }
    Recommendation out;
    out.eligibleOffers = eligible;
    out.recommended = planFrom(rec, QCoreApplication::translate("fb::sla", "Recommended"), false);
    if (out.recommended.totalUsd7 == economics::kOutOfRange) {
        return Result<Recommendation>::failure(
            QStringLiteral("too_large"),
            QCoreApplication::translate(
                "fb::sla",
                "Even the cheapest set that meets every requirement costs more than the platform "
                "takes in one agreement (%1). Store less, shorten the term or lower the "
                "redundancy.")
                .arg(usd(economics::kMaxUnits)));
    }
    if (req.budgetUsd7 > 0 && out.recommended.totalUsd7 > req.budgetUsd7) {
        return Result<Recommendation>::failure(
            QStringLiteral("over_budget"),
            QCoreApplication::translate(
                "fb::sla",
                "The cheapest set that meets every requirement costs %1, above your budget of %2. "
                "Raise the budget, shorten the term, store less or lower the redundancy.")
                .arg(usd(out.recommended.totalUsd7), usd(req.budgetUsd7)));
    }
    auto sameSet = [](const Plan &a, const Plan &b) {
        QSet<QString> x, y;
        for (const auto &p : a.placements)
            x.insert(p.offer.id);
        for (const auto &p : b.placements)
            y.insert(p.offer.id);
        return x == y;
    };
    if (diversity) {
        const QList<int> cheap = solve(false, false);
        if (!cheap.isEmpty()) {
            Plan p = planFrom(cheap, QCoreApplication::translate("fb::sla", "Cheapest"), false);
            p.summary += QCoreApplication::translate(
                "fb::sla", " — without spreading across regions or kinds");
            if (!sameSet(p, out.recommended) && p.totalUsd7 != economics::kOutOfRange)
                out.cheapest = p;
        }
    }
    // The next cheapest: the recommendation without one of its offers, each in turn; the
    // cheapest such set that is neither the recommendation nor the cheapest above.
    {
        std::optional<Plan> best;
        for (int ci : rec) {
            const QList<int> other = solve(false, diversity, {all[ci].offer});
            if (other.isEmpty())
                continue;
            Plan p =
                planFrom(other, QCoreApplication::translate("fb::sla", "Next cheapest"), false);
            if (sameSet(p, out.recommended) || (out.cheapest && sameSet(p, *out.cheapest)) ||
                p.totalUsd7 == economics::kOutOfRange ||
                (req.budgetUsd7 > 0 && p.totalUsd7 > req.budgetUsd7))
                continue;
            if (!best || p.totalUsd7 < best->totalUsd7)
                best = p;
        }
        out.nextCheapest = best;
    }
    const QList<int> reliable = solve(true, diversity);
    if (!reliable.isEmpty()) {
        Plan p = planFrom(reliable, QCoreApplication::translate("fb::sla", "Most reliable"), true);
        if (!sameSet(p, out.recommended) && p.totalUsd7 != economics::kOutOfRange &&
            (req.budgetUsd7 == 0 || p.totalUsd7 <= req.budgetUsd7))
            out.mostReliable = p;
    }
    return out;
}

QList<Plan> Recommendation::choices() const
{
    auto offerSet = [](const Plan &p) {
        QSet<QString> ids;
        for (const auto &pl : p.placements)
            ids.insert(pl.offer.id);
        return ids;
    };
    QList<Plan> out{recommended};
    QList<QSet<QString>> seen{offerSet(recommended)};
    for (const std::optional<Plan> *p : {&nextCheapest, &cheapest, &mostReliable}) {
        if (!*p || seen.contains(offerSet(**p)))
            continue;
        seen << offerSet(**p);
        out << **p;
    }
    return out;
}

namespace {

qint64 sumOfDeals(const QList<qint64> &lineTotals, const QString &currency, qint64 rateUsd7PerCoin)
{
    const int decimals = currencyDecimals(currency);
    if (decimals < 0 || rateUsd7PerCoin <= 0)
        return economics::kOutOfRange;
    qint64 units = 0;
    for (qint64 line : lineTotals)
        units = economics::add(units, economics::usdToUnitsCeil(line, decimals, rateUsd7PerCoin));
    return units;
}

} // namespace

qint64 payUnits(const Plan &plan, const QString &currency, qint64 rateUsd7PerCoin)
{
    QList<qint64> lines;
    for (const Placement &pl : plan.placements)
        lines << economics::add(pl.costUsd7(), pl.feeUsd7);
    return sumOfDeals(lines, currency, rateUsd7PerCoin);
}

qint64 payUnits(const Quote &quote, const QString &currency, qint64 rateUsd7PerCoin)
{
    QList<qint64> lines;
    for (const QuoteLine &l : quote.lines)
        lines << economics::add(l.subtotal.units, l.fee.units);
    return sumOfDeals(lines, currency, rateUsd7PerCoin);
}

} // namespace fb::sla
