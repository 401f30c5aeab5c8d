// Economics: the node's money rules in integers: deal prices from offer prices, the platform
// fee, currency conversion at a recorded rate, and the pro-rata / slashing arithmetic.
#pragma once

#include <QtGlobal>

namespace fb::economics {

constexpr qint64 kBytesPerGb = 1000000000; // decimal GB, as clouds bill
constexpr int kDaysPerMonth = 30;

// The largest amount (in any currency's units), size in bytes or count this arithmetic takes
// or gives: 2^53 - 1, the largest integer a JSON number carries exactly (docs/API.md).
constexpr qint64 kMaxUnits = (qint64(1) << 53) - 1;
constexpr qint64 kMaxBytes = kMaxUnits;
constexpr int kMaxDurationDays = 3650;
// What every function below returns, instead of a wrapped or clamped value, when its exact
// result is outside [0, kMaxUnits] or an input is outside its range (a negative amount, size
// or rate, a divisor <= 0). Callers refuse the request; nothing is ever computed modulo 2^64.
constexpr qint64 kOutOfRange = -1;

// ceil(a * b / c) and floor(a * b / c) for a, b >= 0 and c > 0, exact (128-bit product).
qint64 mulDivCeil(qint64 a, qint64 b, qint64 c);
qint64 mulDivFloor(qint64 a, qint64 b, qint64 c);
// a + b for amounts in [0, kMaxUnits]; kOutOfRange when either is out of range or the sum is.
qint64 add(qint64 a, qint64 b);

// Storage: ceil(bytes x price per GB-month x days / (10^9 x 30)).
qint64 storageCost(qint64 bytes, qint64 pricePerGbMonthUsd7, int days);
// Egress: ceil(bytes x price per GB / 10^9).
qint64 egressCost(qint64 bytes, qint64 pricePerGbUsd7);
// Platform fee on a subtotal: ceil(subtotal x feeBps / 10000).
qint64 fee(qint64 subtotalUsd7, int feeBps);
// USD x 10^7 to a currency's units at rateUsd7PerCoin (USD x 10^7 per whole coin), rounded up
// so the escrow never receives less than the USD total. decimals: 0 to 18.
qint64 usdToUnitsCeil(qint64 usd7, int decimals, qint64 rateUsd7PerCoin);
// The units of a deposit that a movement worth usd7 takes when movements worth usdBefore of
// the deal's total already left: floor(deposit x (before + usd7) / total) - floor(deposit x
// before / total). Summed over movements whose USD adds up to total, exactly the deposit.
qint64 cumulativeShare(qint64 depositUnits, qint64 usdBefore, qint64 usd7, qint64 totalUsd7);
// Share of the escrow accrued after elapsed of length ms: floor(subtotal x elapsed / length).
qint64 accrued(qint64 subtotalUsd7, qint64 elapsedMs, qint64 lengthMs);
// The slash on an amount due in a failing window: floor(due x (100 - reputation) / 100).
qint64 slash(qint64 dueUsd7, int reputation);

} // namespace fb::economics
