// Economics: the node's money rules in integers: deal prices from offer prices, the platform
// fee, currency conversion at a recorded rate, and the pro-rata / slashing arithmetic.
#pragma once

#include <QtGlobal>

namespace fb::node::economics {

constexpr qint64 kBytesPerGb = 1000000000; // decimal GB, as clouds bill
constexpr int kDaysPerMonth = 30;

// ceil(a * b / c) for non-negative values, exact in 128 bits.
qint64 mulDivCeil(qint64 a, qint64 b, qint64 c);
qint64 mulDivFloor(qint64 a, qint64 b, qint64 c);

// Storage: ceil(bytes x price per GB-month x days / (10^9 x 30)).
qint64 storageCost(qint64 bytes, qint64 pricePerGbMonthUsd7, int days);
// Egress: ceil(bytes x price per GB / 10^9).
qint64 egressCost(qint64 bytes, qint64 pricePerGbUsd7);
// Platform fee on a subtotal: ceil(subtotal x feeBps / 10000).
qint64 fee(qint64 subtotalUsd7, int feeBps);
// USD x 10^7 to a currency's units at rateUsd7PerCoin (USD x 10^7 per whole coin), rounded up
// so the escrow never receives less than the USD total.
qint64 usdToUnitsCeil(qint64 usd7, int decimals, qint64 rateUsd7PerCoin);
// The units of a deposit that a movement worth usd7 takes when movements worth usdBefore of
// the deal's total already left: floor(deposit x (before + usd7) / total) - floor(deposit x
// before / total). Summed over movements whose USD adds up to total, exactly the deposit.
qint64 cumulativeShare(qint64 depositUnits, qint64 usdBefore, qint64 usd7, qint64 totalUsd7);
// Share of the escrow accrued after elapsed of length ms: floor(subtotal x elapsed / length).
qint64 accrued(qint64 subtotalUsd7, qint64 elapsedMs, qint64 lengthMs);
// The slash on an amount due in a failing window: floor(due x (100 - reputation) / 100).
qint64 slash(qint64 dueUsd7, int reputation);

} // namespace fb::node::economics
