#include "wallet/xoshiro256.h"

#include "wallet/hashes.h"

#include <algorithm>

namespace fb::ur {

namespace {

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Xoshiro256::Xoshiro256(QByteArrayView seed)
{
    const QByteArray digest = hashes::sha256(seed);
    for (int i = 0; i < 4; ++i) {
        quint64 v = 0;
        for (int j = 0; j < 8; ++j)
            v = (v << 8) | quint8(digest[i * 8 + j]);
        m_s[size_t(i)] = v;
    }
}

Xoshiro256 Xoshiro256::fromUint32(quint32 n)
{
    const char bytes[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    return Xoshiro256(QByteArrayView(bytes, 4));
}

quint64 Xoshiro256::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Xoshiro256::nextDouble()
{
    // 2^64 exactly; the division rounds as the reference implementations' does.
    constexpr double kTwo64 = 18446744073709551616.0;
    return double(next()) / kTwo64;
}

quint64 Xoshiro256::nextInt(quint64 low, quint64 high)
{
    // nextDouble() can round up to 1.0 for the largest outputs: stay inside the range.
    return std::min(quint64(nextDouble() * double(high - low + 1)) + low, high);
}

quint8 Xoshiro256::nextByte()
{
    return quint8(nextInt(0, 255));
}

QByteArray Xoshiro256::nextData(qsizetype count)
{
    QByteArray out;
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        out.append(char(nextByte()));
    return out;
}

} // namespace fb::ur
