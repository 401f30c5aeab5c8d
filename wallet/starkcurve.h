// The STARK curve and Starknet's hashes and signatures, on OpenSSL's bignum and EC arithmetic:
// field elements (felts), Pedersen, Poseidon (Hades, hash, hash_many), key grinding, public keys
// and ECDSA with RFC 6979 nonces exactly as Starknet signs. Constants: wallet/starkconstants.cpp.
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <optional>

namespace fb::stark {

// A field element: an integer 0 <= v < p (p = 2^251 + 17*2^192 + 1), 32 big-endian bytes.
class Felt
{
public:
    Felt() = default; // zero
    static Felt fromUInt(quint64 value);
    // "0x" followed by 1 to 64 hex digits, either case; nullopt when malformed or >= p.
    static std::optional<Felt> fromHex(QStringView text);
    // Decimal digits only; nullopt when malformed or >= p.
    static std::optional<Felt> fromDecimal(QStringView text);
    // Up to 32 big-endian bytes; nullopt when longer or >= p.
    static std::optional<Felt> fromBytes(QByteArrayView bytes);
    // A Cairo short string: up to 31 ASCII characters read as big-endian bytes ("SN_MAIN").
    static std::optional<Felt> fromShortString(QStringView text);

    QByteArray bytes() const;    // 32 bytes, big-endian
    QString toHex() const;       // "0x" + lower-case digits without leading zeros ("0x0" for zero)
    QString toPaddedHex() const; // "0x" + 64 digits (how addresses are shown)
    QString toDecimal() const;
    // The text of a short string when every byte is printable ASCII, else empty.
    QString toShortString() const;
    bool isZero() const;
    int bitLength() const;
    bool fitsBits(int bits) const { return bitLength() <= bits; }
    quint64 low64() const; // the low 64 bits

    auto operator<=>(const Felt &) const = default;

private:
    std::array<quint8, 32> m_be{};
};

// value mod modulus (modulus not zero).
Felt mod(const Felt &value, const Felt &modulus);

// ---- Hashes ----------------------------------------------------------------------------

// Starknet's Pedersen hash of two felts.
Felt pedersen(const Felt &a, const Felt &b);
// compute_hash_on_elements: H(...H(H(0, x0), x1)..., n) with H = Pedersen.
Felt pedersenOnElements(const QList<Felt> &elements);

// The Hades permutation of width 3 (8 full rounds, 83 partial, x^3, Starknet's MDS).
std::array<Felt, 3> hades(const std::array<Felt, 3> &state);
// poseidon_hash(a, b) = hades([a, b, 2])[0].
Felt poseidon(const Felt &a, const Felt &b);
// poseidon_hash_many: append 1, pad with 0 to an even length, absorb two at a time.
Felt poseidonMany(const QList<Felt> &elements);

// ---- Keys and signatures -------------------------------------------------------------

// The curve's group order n.
Felt curveOrder();

// Turns any seed (a BIP32 private key) into a private key below n without bias: the first
// SHA-256(seed || i) below 2^256 - (2^256 mod n), i = 0, 1, ... as minimal big-endian bytes,
// reduced mod n. The result is 32 bytes, big-endian.
SecretBytes grindKey(const SecretBytes &seed);

// The "stark key": the x coordinate of privateKey * G. Errors: bad_key (not 32 bytes, zero or
// not below n).
Result<Felt> publicKey(const SecretBytes &privateKey);
// True when x is the x coordinate of a point of the curve.
bool isOnCurve(const Felt &x);

struct Signature
{
    Felt r;
    Felt s;
    bool operator==(const Signature &) const = default;
};

// ECDSA over the STARK curve: k from RFC 6979 (HMAC-SHA256) with Starknet's bits2int, no low-S
// normalisation, r in [1, 2^251), s in [1, n), s^-1 below 2^251 (the chain's checks).
// Errors: bad_key, bad_message (hash >= 2^251), unlucky_nonce (a range check failed: the
// reference signer refuses too).
Result<Signature> sign(const SecretBytes &privateKey, const Felt &messageHash);
// Verifies against a stark key (either y of that x, as the chain's account contracts do).
bool verify(const Felt &publicKey, const Felt &messageHash, const Signature &signature);

} // namespace fb::stark
