// Xoshiro256** as the fountain code of BC-UR (BCR-2020-005) uses it: seeded from the SHA-256 of
// a byte string, with the spec's own conversions to doubles, ranges and bytes, so that an
// encoder and a decoder on different implementations choose the same fragments.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace fb::ur {

class Xoshiro256
{
public:
    // The state is the SHA-256 of seed, read as four big-endian 64-bit words.
    explicit Xoshiro256(QByteArrayView seed);
    // The seed is the four big-endian bytes of n (how fountain parts seed it).
    static Xoshiro256 fromUint32(quint32 n);

    quint64 next();
    // next() / 2^64, in [0, 1).
    double nextDouble();
    // In [low, high], as floor(nextDouble() * (high - low + 1)) + low.
    quint64 nextInt(quint64 low, quint64 high);
    quint8 nextByte();
    QByteArray nextData(qsizetype count);

private:
    std::array<quint64, 4> m_s{};
};

} // namespace fb::ur
