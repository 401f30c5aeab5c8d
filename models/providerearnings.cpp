#include "models/providerearnings.h"

#include "wire/economics.h"

#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace fb::earnings {

namespace {

constexpr qint64 kDayMs = 86400000;

bool isOut(const Payment &p)
{
    return p.kind == QLatin1String("fee") || p.kind == QLatin1String("release") ||
           p.kind == QLatin1String("slash") || p.kind == QLatin1String("refund");
}

// The addresses the fee went to: a refund from one of them returns the fee, not escrow.
QSet<QString> feeAccounts(const QList<Payment> &payments)
{
    QSet<QString> out;
    for (const Payment &p : payments)
        if (p.kind == QLatin1String("fee") && !p.to.isEmpty())
            out.insert(p.to);
    return out;
}

bool isFeeRefund(const Payment &p, const QSet<QString> &fees)
{
    return p.kind == QLatin1String("refund") && !p.from.isEmpty() && fees.contains(p.from);
}

void addFlow(Flows &f, const Payment &p, const QSet<QString> &fees)
{
    const qint64 u = p.amount.units;
    if (p.kind == QLatin1String("release"))
        f.released += u;
    else if (p.kind == QLatin1String("slash"))
        f.slashed += u;
    else if (p.kind == QLatin1String("fee"))
        f.fees += u;
    else if (isFeeRefund(p, fees))
        f.fees -= u;
    else if (p.kind == QLatin1String("refund"))
        f.refunded += u;
}

bool isRunning(DealState s)
{
    return s == DealState::Funded || s == DealState::Active;
}

QDate monthOf(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

qint64 msOf(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

Flows &Flows::operator+=(const Flows &o)
{
    released += o.released;
    slashed += o.slashed;
    fees += o.fees;
    refunded += o.refunded;
    return *this;
}

QString dealCurrency(const QList<Payment> &payments)
{
    for (const Payment &p : payments)
        if (p.kind == QLatin1String("deposit"))
            return p.amount.currency;
    return {};
}

qint64 escrowedUnits(const QList<Payment> &payments)
{
    const QString cur = dealCurrency(payments);
    if (cur.isEmpty())
        return 0;
    const QSet<QString> fees = feeAccounts(payments);
    qint64 left = 0;
    for (const Payment &p : payments) {
        if (p.amount.currency != cur)
            continue;
        if (p.kind == QLatin1String("deposit"))
            left += p.amount.units;
        else if (isOut(p) && !isFeeRefund(p, fees))
            left -= p.amount.units;
    }
    return std::max<qint64>(0, left);
}

qint64 toDepositUnits(const DealLedger &ledger, qint64 usd7)
{
    const QString cur = dealCurrency(ledger.payments);
    if (cur.isEmpty() || usd7 <= 0 || ledger.deal.total.units <= 0)
        return 0;
    qint64 deposit = 0;
    for (const Payment &p : ledger.payments)
        if (p.kind == QLatin1String("deposit") && p.amount.currency == cur)
            deposit += p.amount.units;
    const qint64 v = economics::mulDivFloor(deposit, usd7, ledger.deal.total.units);
    return std::max<qint64>(0, v);
}

qint64 unsettledUsd7(const Deal &deal, const QDateTime &now)
{
    if (deal.state != DealState::Active || !deal.startAt.isValid() || !deal.endAt.isValid())
        return 0;
    const qint64 start = deal.startAt.toMSecsSinceEpoch();
    const qint64 length = deal.endAt.toMSecsSinceEpoch() - start;
    if (length <= 0)
        return 0;
    const qint64 elapsed = std::clamp<qint64>(now.toMSecsSinceEpoch() - start, 0, length);
    const qint64 accrued = economics::accrued(deal.subtotal.units, elapsed, length);
    if (accrued < 0)
        return 0;
    return std::max<qint64>(0, accrued - deal.released.units - deal.slashed.units);
}

QList<CurrencyEarnings> summarize(const QList<DealLedger> &ledgers, const QDateTime &now,
                                  const QHash<QString, int> &uptimeTargets)
{
    QMap<QString, CurrencyEarnings> by;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const DealLedger &l : ledgers) {
        const QString cur = dealCurrency(l.payments);
        if (cur.isEmpty())
            continue;
        CurrencyEarnings &e = by[cur];
        e.currency = cur;
        const QSet<QString> fees = feeAccounts(l.payments);
        for (const Payment &p : l.payments) {
            if (p.amount.currency != cur || !isOut(p))
                continue;
            const qint64 age = nowMs - p.createdAt.toMSecsSinceEpoch();
            addFlow(e.allTime, p, fees);
            if (age <= 30 * kDayMs)
                addFlow(e.last30Days, p, fees);
            if (age <= 7 * kDayMs)
                addFlow(e.last7Days, p, fees);
        }
        if (!isTerminal(l.deal.state))
            e.escrowed += escrowedUnits(l.payments);
        const int target = uptimeTargets.value(l.deal.offerId, 0);
        if (l.deal.state == DealState::Active && l.deal.complianceBps >= 0 &&
            l.deal.complianceBps < target)
            e.withheld +=
                std::min(escrowedUnits(l.payments), toDepositUnits(l, unsettledUsd7(l.deal, now)));
    }
    return by.values();
}

QDate periodStart(const QDate &date, Period period)
{
    switch (period) {
    case Period::Day:
        return date;
    case Period::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Period::Month:
        return monthOf(date);
    }
    return date;
}

QList<PeriodEarnings> byPeriod(const QList<DealLedger> &ledgers, Period period)
{
    // (start, currency) -> flows; QMap keeps them sorted ascending.
    QMap<QPair<QDate, QString>, Flows> by;
    for (const DealLedger &l : ledgers) {
        const QString cur = dealCurrency(l.payments);
        const QSet<QString> fees = feeAccounts(l.payments);
        for (const Payment &p : l.payments) {
            if (cur.isEmpty() || p.amount.currency != cur || !isOut(p))
                continue;
            const QDate start = periodStart(p.createdAt.toUTC().date(), period);
            addFlow(by[{start, cur}], p, fees);
        }
    }
    QList<PeriodEarnings> out;
    for (auto it = by.cbegin(); it != by.cend(); ++it)
        if (!it.value().isZero())
            out.append({it.key().first, it.key().second, it.value()});
    // Newest period first, currencies still sorted inside a period.
    std::stable_sort(out.begin(), out.end(), [](const PeriodEarnings &a, const PeriodEarnings &b) {
        return a.start > b.start;
    });
    return out;
}

QList<MonthRevenue> monthlyRevenue(const QList<DealLedger> &ledgers, const QString &currency,
                                   const QDateTime &now, int pastMonths)
{
    const QDate thisMonth = monthOf(now.toUTC().date());
    const QDate first = thisMonth.addMonths(-std::max(0, pastMonths - 1));
    QMap<QDate, MonthRevenue> by;
    for (QDate m = first; m <= thisMonth; m = m.addMonths(1))
        by[m].month = m;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    constexpr int kMaxFutureMonths = 121; // the longest term (3650 days) and a little
    for (const DealLedger &l : ledgers) {
        if (dealCurrency(l.payments) != currency)
            continue;
        for (const Payment &p : l.payments) {
            if (p.kind != QLatin1String("release") || p.amount.currency != currency)
                continue;
            const QDate m = monthOf(p.createdAt.toUTC().date());
            if (m < first || m > thisMonth)
                continue;
            by[m].released += p.amount.units;
        }
        const Deal &d = l.deal;
        if (!isRunning(d.state))
            continue;
        qint64 start = nowMs;
        qint64 end = nowMs + qint64(d.durationDays) * kDayMs;
        if (d.state == DealState::Active && d.startAt.isValid() && d.endAt.isValid()) {
            start = d.startAt.toMSecsSinceEpoch();
            end = d.endAt.toMSecsSinceEpoch();
        }
        const qint64 length = end - start;
        if (length <= 0 || end <= nowMs)
            continue;
        auto accruedAt = [&](qint64 t) {
            return economics::accrued(d.subtotal.units, std::clamp<qint64>(t - start, 0, length),
                                      length);
        };
        QDate m = thisMonth;
        for (int i = 0; i < kMaxFutureMonths; ++i, m = m.addMonths(1)) {
            const qint64 a = std::max(msOf(m), nowMs);
            const qint64 b = std::min(msOf(m.addMonths(1)), end);
            if (a >= end)
                break;
            if (b <= a)
                continue;
            const qint64 usd = accruedAt(b) - accruedAt(a);
            MonthRevenue &r = by[m];
            r.month = m;
            r.contracted += toDepositUnits(l, usd);
        }
    }
    return by.values();
}

QStringList currencies(const QList<DealLedger> &ledgers)
{
    QSet<QString> set;
    for (const DealLedger &l : ledgers) {
        const QString cur = dealCurrency(l.payments);
        if (!cur.isEmpty())
            set.insert(cur);
    }
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

int Capacity::soldBps() const
{
    if (capacityBytes <= 0)
        return 0;
    return int(economics::mulDivFloor(std::min(soldBytes, capacityBytes), 10000, capacityBytes));
}

QList<Capacity> capacity(const QList<Offer> &offers, const QList<Deal> &deals)
{
    QList<Capacity> out;
    Capacity total;
    for (const Offer &o : offers) {
        Capacity c;
        c.offerId = o.id;
        c.name = o.name;
        c.capacityBytes = o.capacityBytes;
        for (const Deal &d : deals) {
            if (d.offerId != o.id)
                continue;
            if (isRunning(d.state))
                c.soldBytes += d.sizeBytes;
            else if (d.state == DealState::Pending || d.state == DealState::Accepted)
                c.reservedBytes += d.sizeBytes;
        }
        c.freeBytes = std::max<qint64>(0, c.capacityBytes - c.soldBytes - c.reservedBytes);
        total.capacityBytes += c.capacityBytes;
        total.soldBytes += c.soldBytes;
        total.reservedBytes += c.reservedBytes;
        total.freeBytes += c.freeBytes;
        out.append(c);
    }
    out.append(total);
    return out;
}

QosWindow qosWindow(const QList<QosSample> &samples, const QDateTime &from, const QDateTime &to,
                    int uptimeTargetBps, int latencyTargetMs)
{
    QosWindow w;
    w.from = from;
    w.to = to;
    w.uptimeTargetBps = uptimeTargetBps;
    w.latencyTargetMs = latencyTargetMs;
    qint64 latencySum = 0;
    qint64 latencyCount = 0;
    for (const QosSample &s : samples) {
        if ((from.isValid() && s.at < from) || (to.isValid() && s.at > to))
            continue;
        w.series.append(s);
        ++w.samples;
        if (s.ok) {
            ++w.okSamples;
            if (s.latencyMs >= 0) {
                latencySum += s.latencyMs;
                ++latencyCount;
            }
        }
        if (!s.ok || (latencyTargetMs > 0 && s.latencyMs > latencyTargetMs))
            w.breaches.append(s);
    }
    std::stable_sort(w.series.begin(), w.series.end(),
                     [](const QosSample &a, const QosSample &b) { return a.at < b.at; });
    std::stable_sort(w.breaches.begin(), w.breaches.end(),
                     [](const QosSample &a, const QosSample &b) { return a.at < b.at; });
    if (w.samples > 0)
        w.uptimeBps = int(w.okSamples * 10000 / w.samples);
    if (latencyCount > 0)
        w.avgLatencyMs = int(latencySum / latencyCount);
    w.meetsTargets =
        w.samples == 0 ||
        (w.uptimeBps >= uptimeTargetBps &&
         (w.avgLatencyMs < 0 || latencyTargetMs <= 0 || w.avgLatencyMs <= latencyTargetMs));
    return w;
}

} // namespace fb::earnings
