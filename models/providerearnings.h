// ProviderEarnings: what a provider's dashboard shows, computed from its deals, their escrow
// movements, its offers and their QoS samples: earnings per currency (released, escrowed, withheld
// for QoS, slashed, fees) over 7 days, 30 days and all time and by day, week or month; revenue per
// month, past (released) and contracted (the rest of running deals' terms); capacity sold against
// free; QoS against each offer's targets over a window, with breaches. Pure functions, integers.
//
// Money stays in the coin each deal was paid in (stroops, microalgos, satoshis, USD x 10^7):
// amounts of different currencies are never added together.
#pragma once

#include "wire/domain.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace fb::earnings {

// Movements out of escrow of one currency over a span of time (units of that currency).
struct Flows
{
    qint64 released = 0; // escrow -> provider
    qint64 slashed = 0;  // escrow -> consumer, QoS penalties
    qint64 fees = 0;     // the platform fee taken at funding (less fee refunds)
    qint64 refunded = 0; // escrow -> consumer, unearned rest of cancelled or breached deals
    bool isZero() const { return !released && !slashed && !fees && !refunded; }
    Flows &operator+=(const Flows &o);
    bool operator==(const Flows &) const = default;
};

// One currency's earnings: flows over three windows, and what sits in escrow now.
struct CurrencyEarnings
{
    QString currency;
    Flows last7Days;
    Flows last30Days;
    Flows allTime;
    qint64 escrowed = 0; // still in escrow for running deals (deposits less every movement out)
    qint64 withheld = 0; // of escrowed: earned by time but held because QoS misses its targets
    bool operator==(const CurrencyEarnings &) const = default;
};

// A deal with its escrow movements (oldest first, as PaymentService::payments returns them).
struct DealLedger
{
    Deal deal;
    QList<Payment> payments;
};

// The currency a deal was paid in (its first deposit's), empty when nothing was deposited.
QString dealCurrency(const QList<Payment> &payments);
// Deposits less every movement out of escrow (a fee refund comes from the fee account, not
// escrow), in the deal's currency; never below 0.
qint64 escrowedUnits(const QList<Payment> &payments);
// usd7 of a deal's total in the units of its deposit: floor(deposit x usd7 / total).
qint64 toDepositUnits(const DealLedger &ledger, qint64 usd7);
// What an Active deal accrued by now and the node has not settled yet (USD x 10^7):
// floor(subtotal x elapsed / term) - released - slashed, at least 0; 0 for other states.
qint64 unsettledUsd7(const Deal &deal, const QDateTime &now);

// uptimeTargets: offer id -> uptime target (bps). An Active deal whose compliance is under its
// offer's target holds its unsettled accrual as "withheld".
QList<CurrencyEarnings> summarize(const QList<DealLedger> &ledgers, const QDateTime &now,
                                  const QHash<QString, int> &uptimeTargets = {});

enum class Period { Day, Week, Month };
// The first day of the period holding date (weeks start on Monday), UTC dates.
QDate periodStart(const QDate &date, Period period);

struct PeriodEarnings
{
    QDate start;
    QString currency;
    Flows flows;
    bool operator==(const PeriodEarnings &) const = default;
};
// Flows per period and currency, newest period first (currencies sorted within a period);
// periods without movements are left out.
QList<PeriodEarnings> byPeriod(const QList<DealLedger> &ledgers, Period period);

struct MonthRevenue
{
    QDate month;           // first day of the month
    qint64 released = 0;   // released in that month
    qint64 contracted = 0; // still to accrue in that month from running deals
    bool operator==(const MonthRevenue &) const = default;
};
// Revenue of one currency per month: pastMonths months up to this one (releases), then every
// month a running deal (Funded: from now; Active: from its start) still accrues in, each
// month's share being accrued(month end) - accrued(max(month start, now)) in deposit units.
QList<MonthRevenue> monthlyRevenue(const QList<DealLedger> &ledgers, const QString &currency,
                                   const QDateTime &now, int pastMonths = 6);
// Currencies with any movement or running deal, sorted.
QStringList currencies(const QList<DealLedger> &ledgers);

struct Capacity
{
    QString offerId; // empty for the total
    QString name;
    qint64 capacityBytes = 0;
    qint64 soldBytes = 0;     // Funded and Active deals
    qint64 reservedBytes = 0; // Pending and Accepted deals (held until paid or expired)
    qint64 freeBytes = 0;     // capacity - sold - reserved, at least 0
    int soldBps() const;      // sold / capacity in bps (0 without capacity)
    bool operator==(const Capacity &) const = default;
};
// One row per offer (in the given order) and a last row with the totals (empty offerId).
QList<Capacity> capacity(const QList<Offer> &offers, const QList<Deal> &deals);

// An offer's QoS over [from, to] against its targets. A breach is a sample that was down or
// slower than the latency target; the window meets its targets like the node settles it:
// uptime >= target and mean latency <= target, or no samples.
struct QosWindow
{
    QDateTime from;
    QDateTime to;
    qint64 samples = 0;
    qint64 okSamples = 0;
    int uptimeBps = -1;    // -1: no sample
    int avgLatencyMs = -1; // mean over successful probes, -1: none
    int uptimeTargetBps = 0;
    int latencyTargetMs = 0;
    QList<QosSample> series;   // the window's samples, oldest first
    QList<QosSample> breaches; // the samples that breached
    bool meetsTargets = true;
};
QosWindow qosWindow(const QList<QosSample> &samples, const QDateTime &from, const QDateTime &to,
                    int uptimeTargetBps, int latencyTargetMs);

} // namespace fb::earnings
