#include "server/economics.h"

#include <algorithm>

namespace fb::node::economics {

__extension__ typedef __int128 Int128;

qint64 mulDivCeil(qint64 a, qint64 b, qint64 c)
{
    const Int128 n = Int128(a) * Int128(b);
    return qint64((n + c - 1) / c);
}

qint64 mulDivFloor(qint64 a, qint64 b, qint64 c)
{
    return qint64(Int128(a) * Int128(b) / c);
}

qint64 storageCost(qint64 bytes, qint64 pricePerGbMonthUsd7, int days)
{
    const Int128 n = Int128(bytes) * pricePerGbMonthUsd7 * days;
    const Int128 d = Int128(kBytesPerGb) * kDaysPerMonth;
    return qint64((n + d - 1) / d);
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
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
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
    if (lengthMs <= 0)
        return subtotalUsd7;
    elapsedMs = std::clamp<qint64>(elapsedMs, 0, lengthMs);
    return mulDivFloor(subtotalUsd7, elapsedMs, lengthMs);
}

qint64 slash(qint64 dueUsd7, int reputation)
{
    return mulDivFloor(dueUsd7, 100 - std::clamp(reputation, 0, 100), 100);
}

} // namespace fb::node::economics
