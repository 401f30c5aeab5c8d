#include "wire/economics.h"

#include <algorithm>

namespace fb::economics {

namespace {

__extension__ typedef unsigned __int128 U128;

// q when it is a valid result, else kOutOfRange.
qint64 inRange(U128 q)
{
    return q <= U128(kMaxUnits) ? qint64(q) : kOutOfRange;
}

// ceil(n / d) or floor(n / d), d > 0.
U128 divide(U128 n, U128 d, bool up)
{
    return n / d + ((up && n % d != 0) ? 1 : 0);
}

qint64 mulDiv(qint64 a, qint64 b, qint64 c, bool up)
{
    if (a < 0 || b < 0 || c <= 0)
        return kOutOfRange;
    // Both factors are below 2^63, so the product is below 2^126: no overflow.
    return inRange(divide(U128(a) * U128(b), U128(c), up));
}

} // namespace

qint64 mulDivCeil(qint64 a, qint64 b, qint64 c)
{
    return mulDiv(a, b, c, true);
}

qint64 mulDivFloor(qint64 a, qint64 b, qint64 c)
{
    return mulDiv(a, b, c, false);
}

qint64 add(qint64 a, qint64 b)
{
    if (a < 0 || b < 0 || a > kMaxUnits || b > kMaxUnits)
        return kOutOfRange;
    return inRange(U128(a) + U128(b)); // below 2^54: no overflow
}

qint64 storageCost(qint64 bytes, qint64 pricePerGbMonthUsd7, int days)
{
    if (bytes < 0 || pricePerGbMonthUsd7 < 0 || days < 0)
        return kOutOfRange;
    // bytes x price is below 2^126; times days it can pass 2^128, so that step is checked.
    U128 n = 0;
    if (__builtin_mul_overflow(U128(bytes) * U128(pricePerGbMonthUsd7), U128(unsigned(days)), &n))
        return kOutOfRange;
    return inRange(divide(n, U128(kBytesPerGb) * kDaysPerMonth, true));
}

qint64 egressCost(qint64 bytes, qint64 pricePerGbUsd7)
{
    return mulDivCeil(bytes, pricePerGbUsd7, kBytesPerGb);
}

qint64 fee(qint64 subtotalUsd7, int feeBps)
{
    return mulDivCeil(subtotalUsd7, feeBps, 10000);
}

qint64 usdToUnitsCeil(qint64 usd7, int decimals, qint64 rateUsd7PerCoin)
{
    if (decimals < 0 || decimals > 18)
        return kOutOfRange;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10; // at most 10^18 < 2^63
    return mulDivCeil(usd7, scale, rateUsd7PerCoin);
}

qint64 cumulativeShare(qint64 depositUnits, qint64 usdBefore, qint64 usd7, qint64 totalUsd7)
{
    if (totalUsd7 <= 0)
        return 0;
    usdBefore = std::clamp<qint64>(usdBefore, 0, totalUsd7);
    const qint64 after = std::clamp<qint64>(usdBefore + usd7, usdBefore, totalUsd7);
    return mulDivFloor(depositUnits, after, totalUsd7) -
           mulDivFloor(depositUnits, usdBefore, totalUsd7);
}

qint64 accrued(qint64 subtotalUsd7, qint64 elapsedMs, qint64 lengthMs)
{
    if (subtotalUsd7 < 0 || subtotalUsd7 > kMaxUnits)
        return kOutOfRange;
    if (lengthMs <= 0)
        return subtotalUsd7;
    elapsedMs = std::clamp<qint64>(elapsedMs, 0, lengthMs);
    return mulDivFloor(subtotalUsd7, elapsedMs, lengthMs);
}

qint64 slash(qint64 dueUsd7, int reputation)
{
    return mulDivFloor(dueUsd7, 100 - std::clamp(reputation, 0, 100), 100);
}

} // namespace fb::economics
