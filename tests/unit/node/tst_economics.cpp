// The node's quote and escrow arithmetic over the whole input range: every result is the exact
// rounded value when that fits in [0, 2^53 - 1], and kOutOfRange otherwise (never a wrapped or
// clamped number). Checked against a reference that computes the same formulas another way.
#include "wire/economics.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <iterator>
#include <limits>
#include <optional>

using namespace fb;

namespace {

__extension__ typedef unsigned __int128 U128;
constexpr qint64 kMax = economics::kMaxUnits;
constexpr qint64 kI64Max = std::numeric_limits<qint64>::max();
constexpr qint64 kI64Min = std::numeric_limits<qint64>::min();

// Reference: the product of non-negative factors, or nullopt when it is far too large for any
// result to fit (estimated in long double: beyond 2^120 the quotient by any divisor used here,
// at most 3 x 10^10 < 2^35, is far above 2^53).
std::optional<U128> product(std::initializer_list<long double> factors)
{
    long double estimate = 1;
    for (long double f : factors)
        estimate *= f;
    if (estimate > std::ldexp(1.0L, 120))
        return std::nullopt;
    U128 p = 1;
    for (long double f : factors)
        p *= U128(f); // exact: each factor is an integer below 2^63, the product below 2^121
    return p;
}

qint64 expected(std::optional<U128> n, U128 d, bool up)
{
    if (!n)
        return economics::kOutOfRange;
    // Rounding by repeated subtraction-free arithmetic: q*d <= n < (q+1)*d.
    U128 q = *n / d;
    if (up && q * d != *n)
        ++q;
    return q <= U128(kMax) ? qint64(q) : economics::kOutOfRange;
}

qint64 refStorage(qint64 bytes, qint64 price, int days)
{
    if (bytes < 0 || price < 0 || days < 0)
        return economics::kOutOfRange;
    return expected(product({static_cast<long double>(bytes), static_cast<long double>(price),
                             static_cast<long double>(days)}),
                    U128(1000000000) * 30, true);
}

qint64 refMulDiv(qint64 a, qint64 b, qint64 c, bool up)
{
    if (a < 0 || b < 0 || c <= 0)
        return economics::kOutOfRange;
    return expected(product({static_cast<long double>(a), static_cast<long double>(b)}), U128(c),
                    up);
}

// A value from the whole qint64 range: a random bit length, so small, middling and huge
// values are all common; now and then one of the extremes.
qint64 anyValue(QRandomGenerator &rng)
{
    static const qint64 extremes[] = {0,
                                      1,
                                      2,
                                      kMax - 1,
                                      kMax,
                                      kMax + 1,
                                      qint64(1) << 61,
                                      qint64(1) << 62,
                                      kI64Max - 1,
                                      kI64Max,
                                      -1,
                                      kI64Min,
                                      1000000000,
                                      30000000000};
    if (rng.bounded(8) == 0)
        return extremes[rng.bounded(int(std::size(extremes)))];
    const int bits = int(rng.bounded(64)); // 0..63
    const quint64 v = bits == 0 ? 0 : rng.generate64() >> (64 - bits);
    return rng.bounded(32) == 0 ? -qint64(v) : qint64(v);
}

int anyDays(QRandomGenerator &rng)
{
    static const int extremes[] = {0, 1, 30, 3650, 3651, std::numeric_limits<int>::max(), -1};
    if (rng.bounded(4) == 0)
        return extremes[rng.bounded(int(std::size(extremes)))];
    return int(rng.bounded(4000));
}

} // namespace

class EconomicsTest : public QObject
{
    Q_OBJECT

private slots:
    // The wrapped totals a hostile client got before: now refused.
    void reportedWrapsAreRefused()
    {
        const qint64 usd1000 = qint64(1000) * 10000000;
        QCOMPARE(economics::egressCost(1844674407370955262, usd1000), economics::kOutOfRange);
        QCOMPARE(economics::egressCost(qint64(1) << 61, usd1000), economics::kOutOfRange);
        QCOMPARE(economics::storageCost(qint64(1) << 62, usd1000, 3650), economics::kOutOfRange);
        QCOMPARE(economics::storageCost(kI64Max, kI64Max, std::numeric_limits<int>::max()),
                 economics::kOutOfRange);
    }

    // The largest amounts that still fit are exact, one unit more is refused.
    void boundaryIsExact()
    {
        QCOMPARE(economics::mulDivFloor(kMax, 1, 1), kMax);
        QCOMPARE(economics::mulDivCeil(kMax, 2, 2), kMax);
        QCOMPARE(economics::mulDivFloor(kMax + 1, 1, 1), economics::kOutOfRange);
        QCOMPARE(economics::add(kMax - 1, 1), kMax);
        QCOMPARE(economics::add(kMax, 1), economics::kOutOfRange);
        QCOMPARE(economics::add(economics::kOutOfRange, 1), economics::kOutOfRange);
        // egress of kMax bytes at 10^9 units per GB is exactly kMax units.
        QCOMPARE(economics::egressCost(kMax, 1000000000), kMax);
        QCOMPARE(economics::egressCost(kMax, 1000000001), economics::kOutOfRange);
        // A known quote line: 1000 GB at $1000/GB-month for 30 days.
        QCOMPARE(economics::storageCost(qint64(1000) * 1000000000, qint64(1000) * 10000000, 30),
                 qint64(10000000000000));
        QCOMPARE(economics::fee(kMax, 10000), kMax);
        QCOMPARE(economics::fee(kMax, 10001), economics::kOutOfRange);
        QCOMPARE(economics::usdToUnitsCeil(kMax, 7, 10000000), kMax);
        QCOMPARE(economics::usdToUnitsCeil(kMax, 7, 2500000), economics::kOutOfRange);
        QCOMPARE(economics::usdToUnitsCeil(100, 19, 1), economics::kOutOfRange);
        QCOMPARE(economics::usdToUnitsCeil(100, 7, 0), economics::kOutOfRange);
    }

    void storageCostOverWholeRange()
    {
        QRandomGenerator rng(20261125);
        for (int i = 0; i < 200000; ++i) {
            const qint64 bytes = anyValue(rng);
            const qint64 price = anyValue(rng);
            const int days = anyDays(rng);
            const qint64 got = economics::storageCost(bytes, price, days);
            const qint64 want = refStorage(bytes, price, days);
            if (got != want)
                QFAIL(qPrintable(QStringLiteral("storageCost(%1, %2, %3) = %4, expected %5")
                                     .arg(bytes)
                                     .arg(price)
                                     .arg(days)
                                     .arg(got)
                                     .arg(want)));
        }
    }

    void mulDivAndFeesOverWholeRange()
    {
        QRandomGenerator rng(42);
        for (int i = 0; i < 200000; ++i) {
            const qint64 a = anyValue(rng);
            const qint64 b = anyValue(rng);
            const qint64 c = anyValue(rng);
            QString mismatch;
            const auto check = [&](const char *what, qint64 got, qint64 want) {
                if (got != want && mismatch.isEmpty())
                    mismatch = QStringLiteral("%1(%2, %3, %4) = %5, expected %6")
                                   .arg(QLatin1String(what))
                                   .arg(a)
                                   .arg(b)
                                   .arg(c)
                                   .arg(got)
                                   .arg(want);
            };
            check("mulDivCeil", economics::mulDivCeil(a, b, c), refMulDiv(a, b, c, true));
            check("mulDivFloor", economics::mulDivFloor(a, b, c), refMulDiv(a, b, c, false));
            check("egressCost", economics::egressCost(a, b), refMulDiv(a, b, 1000000000, true));
            const int bps = int(b % 20001);
            check("fee", economics::fee(a, bps), refMulDiv(a, bps, 10000, true));
            const qint64 sum = (a < 0 || b < 0 || a > kMax || b > kMax || a + b > kMax)
                                   ? economics::kOutOfRange
                                   : a + b;
            check("add", economics::add(a, b), sum);
            const int decimals = int(rng.bounded(20)) - 1; // -1..18
            qint64 scale = 1;
            for (int d = 0; d < decimals; ++d)
                scale *= 10;
            check("usdToUnitsCeil", economics::usdToUnitsCeil(a, decimals, c),
                  decimals < 0 ? economics::kOutOfRange : refMulDiv(a, scale, c, true));
            if (!mismatch.isEmpty())
                QFAIL(qPrintable(mismatch));
            // Escrow shares never exceed the amount they are a share of.
            if (a >= 0 && a <= kMax) {
                const qint64 acc = economics::accrued(a, b, c);
                QVERIFY(acc >= 0 && acc <= a);
                const qint64 s = economics::slash(a, int(c % 101));
                QVERIFY(s >= 0 && s <= a);
            } else {
                QCOMPARE(economics::accrued(a, b, c), economics::kOutOfRange);
            }
        }
    }
};

QTEST_GUILESS_MAIN(EconomicsTest)
#include "tst_economics.moc"
