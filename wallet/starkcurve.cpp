#include "wallet/starkcurve.h"

#include "wallet/hashes.h"
#include "wallet/starkconstants.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <sodium.h>

#include <cstring>
#include <memory>

namespace fb::stark {

namespace {

// ---- OpenSSL ownership ------------------------------------------------------------------

struct BnFree
{
    void operator()(BIGNUM *b) const { BN_clear_free(b); }
};
struct CtxFree
{
    void operator()(BN_CTX *c) const { BN_CTX_free(c); }
};
struct PointFree
{
    void operator()(EC_POINT *p) const { EC_POINT_clear_free(p); }
};
struct GroupFree
{
    void operator()(EC_GROUP *g) const { EC_GROUP_free(g); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;
using Ctx = std::unique_ptr<BN_CTX, CtxFree>;
using Point = std::unique_ptr<EC_POINT, PointFree>;
using Group = std::unique_ptr<EC_GROUP, GroupFree>;

Bn newBn()
{
    Bn b(BN_new());
    if (!b)
        qFatal("OpenSSL: out of memory");
    return b;
}
Ctx newCtx()
{
    Ctx c(BN_CTX_new());
    if (!c)
        qFatal("OpenSSL: out of memory");
    return c;
}
Bn hexBn(const char *hex)
{
    BIGNUM *b = nullptr;
    // The table's values carry a 0x prefix.
    if (!BN_hex2bn(&b, hex + 2))
        qFatal("Starknet constant is not hex: %s", hex);
    return Bn(b);
}
Bn feltBn(const Felt &f)
{
    const QByteArray b = f.bytes();
    Bn out(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(b.constData()), int(b.size()), nullptr));
    if (!out)
        qFatal("OpenSSL: out of memory");
    return out;
}
Felt bnFelt(const BIGNUM *b)
{
    unsigned char out[32];
    if (BN_bn2binpad(b, out, 32) != 32)
        qFatal("Starknet: value does not fit a felt");
    return *Felt::fromBytes(QByteArrayView(reinterpret_cast<const char *>(out), 32));
}
Bn secretBn(const SecretBytes &key)
{
    Bn out(BN_secure_new());
    if (!out || !BN_bin2bn(key.data(), int(key.size()), out.get()))
        qFatal("OpenSSL: out of memory");
    BN_set_flags(out.get(), BN_FLG_CONSTTIME);
    return out;
}

// ---- The curve and the hash parameters, built once from the table ---------------------

struct Params
{
    Bn p, n, two251;
    Group group;
    Point pedersen[5];
    Bn roundKeys[constants::kPoseidonRounds][3];

    Params()
    {
        using namespace constants;
        Ctx ctx = newCtx();
        p = hexBn(kFieldPrime);
        n = hexBn(kOrder);
        two251 = newBn();
        BN_set_bit(two251.get(), 251);
        Bn a = hexBn(kAlpha), b = hexBn(kBeta);
        group.reset(EC_GROUP_new_curve_GFp(p.get(), a.get(), b.get(), ctx.get()));
        if (!group)
            qFatal("OpenSSL cannot build the STARK curve");
        Point g = point(kGeneratorX, kGeneratorY, ctx.get());
        Bn cofactor = newBn();
        BN_one(cofactor.get());
        if (EC_GROUP_set_generator(group.get(), g.get(), n.get(), cofactor.get()) != 1)
            qFatal("OpenSSL refuses the STARK generator");
        for (int i = 0; i < 5; ++i)
            pedersen[i] = point(kPedersenPoints[i].x, kPedersenPoints[i].y, ctx.get());
        for (int r = 0; r < kPoseidonRounds; ++r) {
            for (int c = 0; c < 3; ++c)
                roundKeys[r][c] = hexBn(kPoseidonRoundConstants[r][c]);
        }
    }

    Point point(const char *x, const char *y, BN_CTX *ctx) const
    {
        Point pt(EC_POINT_new(group.get()));
        Bn bx = hexBn(x), by = hexBn(y);
        // set_affine_coordinates checks that the point is on the curve: a typo in the table
        // stops the program here instead of hashing wrongly.
        if (!pt ||
            EC_POINT_set_affine_coordinates(group.get(), pt.get(), bx.get(), by.get(), ctx) != 1)
            qFatal("Starknet constant point is not on the curve: %s", x);
        return pt;
    }
};

const Params &params()
{
    static const Params instance;
    return instance;
}

Felt pointX(const EC_POINT *pt, BN_CTX *ctx)
{
    const Params &P = params();
    Bn x = newBn();
    if (EC_POINT_get_affine_coordinates(P.group.get(), pt, x.get(), nullptr, ctx) != 1)
        qFatal("Starknet: point at infinity");
    return bnFelt(x.get());
}

// value * base, added to acc.
void addMul(EC_POINT *acc, const EC_POINT *base, const BIGNUM *value, BN_CTX *ctx)
{
    if (BN_is_zero(value))
        return;
    const Params &P = params();
    Point t(EC_POINT_new(P.group.get()));
    if (!t || EC_POINT_mul(P.group.get(), t.get(), nullptr, base, value, ctx) != 1 ||
        EC_POINT_add(P.group.get(), acc, acc, t.get(), ctx) != 1)
        qFatal("OpenSSL EC arithmetic failed");
}

// ---- Poseidon ---------------------------------------------------------------------------

void cube(BIGNUM *v, const BIGNUM *p, BN_CTX *ctx)
{
    Bn sq = newBn();
    if (BN_mod_sqr(sq.get(), v, p, ctx) != 1 || BN_mod_mul(v, sq.get(), v, p, ctx) != 1)
        qFatal("OpenSSL BN arithmetic failed");
}

void mix(Bn (&s)[3], const BIGNUM *p, BN_CTX *ctx)
{
    Bn out[3] = {newBn(), newBn(), newBn()};
    Bn term = newBn();
    for (int i = 0; i < 3; ++i) {
        BN_zero(out[i].get());
        for (int j = 0; j < 3; ++j) {
            const int m = constants::kPoseidonMds[i][j];
            if (!BN_copy(term.get(), s[j].get()) ||
                BN_mul_word(term.get(), static_cast<BN_ULONG>(m < 0 ? -m : m)) != 1)
                qFatal("OpenSSL BN arithmetic failed");
            const int ok = m < 0 ? BN_mod_sub(out[i].get(), out[i].get(), term.get(), p, ctx)
                                 : BN_mod_add(out[i].get(), out[i].get(), term.get(), p, ctx);
            if (ok != 1)
                qFatal("OpenSSL BN arithmetic failed");
        }
    }
    for (int i = 0; i < 3; ++i)
        s[i] = std::move(out[i]);
}

void hadesInPlace(Bn (&s)[3], BN_CTX *ctx)
{
    using namespace constants;
    const Params &P = params();
    const int half = kPoseidonFullRounds / 2;
    for (int r = 0; r < kPoseidonRounds; ++r) {
        const bool full = r < half || r >= half + kPoseidonPartialRounds;
        for (int i = 0; i < 3; ++i) {
            if (BN_mod_add(s[i].get(), s[i].get(), P.roundKeys[r][i].get(), P.p.get(), ctx) != 1)
                qFatal("OpenSSL BN arithmetic failed");
        }
        if (full) {
            for (int i = 0; i < 3; ++i)
                cube(s[i].get(), P.p.get(), ctx);
        } else {
            cube(s[2].get(), P.p.get(), ctx); // partial rounds: the last lane only
        }
        mix(s, P.p.get(), ctx);
    }
}

// ---- RFC 6979 with HMAC-SHA256 ----------------------------------------------------------

void hmac(SecretBytes &out, const SecretBytes &key, std::initializer_list<QByteArrayView> parts)
{
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, key.data(), key.size());
    for (const auto &part : parts) {
        crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char *>(part.data()),
                                      quint64(part.size()));
    }
    crypto_auth_hmacsha256_final(&st, out.data());
    sodium_memzero(&st, sizeof st);
}

// Starknet's bits2int for a 32-byte block: leading zero bytes are dropped first, so only a
// block whose first byte is non-zero is shifted right by 256 - 252 bits.
void bits2int(BIGNUM *out, const SecretBytes &block)
{
    if (!BN_bin2bn(block.data(), int(block.size()), out))
        qFatal("OpenSSL: out of memory");
    if (block.data()[0] != 0 && BN_rshift(out, out, 4) != 1)
        qFatal("OpenSSL BN arithmetic failed");
}

} // namespace

// ---- Felt -------------------------------------------------------------------------------

Felt Felt::fromUInt(quint64 value)
{
    Felt f;
    for (int i = 0; i < 8; ++i)
        f.m_be[31 - i] = quint8(value >> (8 * i));
    return f;
}

std::optional<Felt> Felt::fromHex(QStringView text)
{
    if (!text.startsWith(u"0x") && !text.startsWith(u"0X"))
        return std::nullopt;
    const QStringView digits = text.mid(2);
    if (digits.isEmpty() || digits.size() > 64)
        return std::nullopt;
    QByteArray padded(64 - digits.size(), '0');
    for (QChar c : digits) {
        const char16_t u = c.unicode();
        const bool hex = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
        if (!hex)
            return std::nullopt;
        padded.append(char(u));
    }
    return fromBytes(QByteArray::fromHex(padded));
}

std::optional<Felt> Felt::fromDecimal(QStringView text)
{
    if (text.isEmpty() || text.size() > 78)
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const QByteArray latin = text.toLatin1();
    BIGNUM *b = nullptr;
    if (BN_dec2bn(&b, latin.constData()) != int(latin.size()))
        return std::nullopt;
    Bn owned(b);
    if (BN_cmp(owned.get(), params().p.get()) >= 0)
        return std::nullopt;
    return bnFelt(owned.get());
}

std::optional<Felt> Felt::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() > 32)
        return std::nullopt;
    Felt f;
    std::memcpy(f.m_be.data() + (32 - bytes.size()), bytes.data(), size_t(bytes.size()));
    // p = 0x0800000000000011 00..00 01: compare as big-endian bytes.
    static const QByteArray prime = QByteArray::fromHex(QByteArray(constants::kFieldPrime + 2));
    if (std::memcmp(f.m_be.data(), prime.constData(), 32) >= 0)
        return std::nullopt;
    return f;
}

std::optional<Felt> Felt::fromShortString(QStringView text)
{
    if (text.size() > 31)
        return std::nullopt;
    QByteArray bytes;
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
        bytes.append(char(c.unicode()));
    }
    return fromBytes(bytes);
}

QByteArray Felt::bytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_be.data()), 32);
}

QString Felt::toHex() const
{
    QByteArray hex = bytes().toHex();
    qsizetype zeros = 0;
    while (zeros < hex.size() - 1 && hex.at(zeros) == '0')
        ++zeros;
    return QStringLiteral("0x") + QString::fromLatin1(hex.mid(zeros));
}

QString Felt::toPaddedHex() const
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes().toHex());
}

QString Felt::toDecimal() const
{
    Bn b = feltBn(*this);
    char *text = BN_bn2dec(b.get());
    const QString out = QString::fromLatin1(text);
    OPENSSL_free(text);
    return out;
}

QString Felt::toShortString() const
{
    QString out;
    bool started = false;
    for (quint8 c : m_be) {
        if (!started && c == 0)
            continue;
        started = true;
        if (c < 0x20 || c > 0x7e)
            return {};
        out.append(QChar(c));
    }
    return out;
}

bool Felt::isZero() const
{
    for (quint8 c : m_be) {
        if (c)
            return false;
    }
    return true;
}

int Felt::bitLength() const
{
    for (int i = 0; i < 32; ++i) {
        if (m_be[size_t(i)]) {
            int bits = 8;
            while (!(m_be[size_t(i)] & (1u << (bits - 1))))
                --bits;
            return (31 - i) * 8 + bits;
        }
    }
    return 0;
}

quint64 Felt::low64() const
{
    quint64 v = 0;
    for (int i = 24; i < 32; ++i)
        v = (v << 8) | m_be[size_t(i)];
    return v;
}

Felt mod(const Felt &value, const Felt &modulus)
{
    Ctx ctx = newCtx();
    Bn v = feltBn(value), m = feltBn(modulus), r = newBn();
    if (BN_nnmod(r.get(), v.get(), m.get(), ctx.get()) != 1)
        qFatal("OpenSSL BN arithmetic failed");
    return bnFelt(r.get());
}

// ---- Hashes -----------------------------------------------------------------------------

Felt pedersen(const Felt &a, const Felt &b)
{
    const Params &P = params();
    Ctx ctx = newCtx();
    Point acc(EC_POINT_dup(P.pedersen[0].get(), P.group.get()));
    if (!acc)
        qFatal("OpenSSL: out of memory");
    const Felt *inputs[2] = {&a, &b};
    for (int k = 0; k < 2; ++k) {
        Bn v = feltBn(*inputs[k]);
        Bn high = newBn();
        // low: the 248 low bits; high: the 4 bits above them (a felt has at most 252 bits).
        if (BN_rshift(high.get(), v.get(), 248) != 1 ||
            (BN_num_bits(v.get()) > 248 && BN_mask_bits(v.get(), 248) != 1))
            qFatal("OpenSSL BN arithmetic failed");
        addMul(acc.get(), P.pedersen[1 + 2 * k].get(), v.get(), ctx.get());
        addMul(acc.get(), P.pedersen[2 + 2 * k].get(), high.get(), ctx.get());
    }
    return pointX(acc.get(), ctx.get());
}

Felt pedersenOnElements(const QList<Felt> &elements)
{
    Felt h;
    for (const Felt &e : elements)
        h = pedersen(h, e);
    return pedersen(h, Felt::fromUInt(quint64(elements.size())));
}

std::array<Felt, 3> hades(const std::array<Felt, 3> &state)
{
    Ctx ctx = newCtx();
    Bn s[3] = {feltBn(state[0]), feltBn(state[1]), feltBn(state[2])};
    hadesInPlace(s, ctx.get());
    return {bnFelt(s[0].get()), bnFelt(s[1].get()), bnFelt(s[2].get())};
}

Felt poseidon(const Felt &a, const Felt &b)
{
    return hades({a, b, Felt::fromUInt(2)})[0];
}

Felt poseidonMany(const QList<Felt> &elements)
{
    const Params &P = params();
    Ctx ctx = newCtx();
    Bn s[3] = {newBn(), newBn(), newBn()};
    for (auto &v : s)
        BN_zero(v.get());
    QList<Felt> padded = elements;
    padded.append(Felt::fromUInt(1));
    if (padded.size() % 2)
        padded.append(Felt());
    for (qsizetype i = 0; i < padded.size(); i += 2) {
        for (int j = 0; j < 2; ++j) {
            Bn v = feltBn(padded.at(i + j));
            if (BN_mod_add(s[j].get(), s[j].get(), v.get(), P.p.get(), ctx.get()) != 1)
                qFatal("OpenSSL BN arithmetic failed");
        }
        hadesInPlace(s, ctx.get());
    }
    return bnFelt(s[0].get());
}

// ---- Keys and signatures ----------------------------------------------------------------

Felt curveOrder()
{
    return *Felt::fromHex(QString::fromLatin1(constants::kOrder));
}

SecretBytes grindKey(const SecretBytes &seed)
{
    const Params &P = params();
    Ctx ctx = newCtx();
    // limit = 2^256 - (2^256 mod n)
    Bn limit = newBn(), rem = newBn();
    BN_set_bit(limit.get(), 256);
    if (BN_mod(rem.get(), limit.get(), P.n.get(), ctx.get()) != 1 ||
        BN_sub(limit.get(), limit.get(), rem.get()) != 1)
        qFatal("OpenSSL BN arithmetic failed");
    Bn h(BN_secure_new());
    SecretBytes input(seed.size() + 8);
    std::memcpy(input.data(), seed.data(), seed.size());
    SecretBytes digest(crypto_hash_sha256_BYTES);
    for (quint64 i = 0;; ++i) {
        // i as minimal big-endian bytes; 0 is one zero byte.
        size_t len = 1;
        while (len < 8 && (i >> (8 * len)) != 0)
            ++len;
        for (size_t k = 0; k < len; ++k)
            input.data()[seed.size() + k] = quint8(i >> (8 * (len - 1 - k)));
        crypto_hash_sha256(digest.data(), input.data(), seed.size() + len);
        if (!BN_bin2bn(digest.data(), int(digest.size()), h.get()))
            qFatal("OpenSSL: out of memory");
        if (BN_cmp(h.get(), limit.get()) < 0)
            break;
    }
    if (BN_nnmod(h.get(), h.get(), P.n.get(), ctx.get()) != 1)
        qFatal("OpenSSL BN arithmetic failed");
    SecretBytes out(32);
    if (BN_bn2binpad(h.get(), out.data(), 32) != 32)
        qFatal("OpenSSL BN arithmetic failed");
    return out;
}

namespace {

// The private key as a BIGNUM in [1, n), or null.
Bn checkedKey(const SecretBytes &privateKey)
{
    if (privateKey.size() != 32)
        return {};
    Bn d = secretBn(privateKey);
    if (BN_is_zero(d.get()) || BN_cmp(d.get(), params().n.get()) >= 0)
        return {};
    return d;
}

Error badKey()
{
    return {QStringLiteral("bad_key"),
            QStringLiteral("a Stark private key is 32 bytes, not zero and below the curve order")};
}

} // namespace

Result<Felt> publicKey(const SecretBytes &privateKey)
{
    Bn d = checkedKey(privateKey);
    if (!d)
        return badKey();
    const Params &P = params();
    Ctx ctx = newCtx();
    Point q(EC_POINT_new(P.group.get()));
    if (!q || EC_POINT_mul(P.group.get(), q.get(), d.get(), nullptr, nullptr, ctx.get()) != 1)
        qFatal("OpenSSL EC arithmetic failed");
    return pointX(q.get(), ctx.get());
}

bool isOnCurve(const Felt &x)
{
    const Params &P = params();
    Ctx ctx = newCtx();
    Point q(EC_POINT_new(P.group.get()));
    Bn bx = feltBn(x);
    const bool ok = q && EC_POINT_set_compressed_coordinates(P.group.get(), q.get(), bx.get(), 0,
                                                             ctx.get()) == 1;
    return ok;
}

Result<Signature> sign(const SecretBytes &privateKey, const Felt &messageHash)
{
    Bn d = checkedKey(privateKey);
    if (!d)
        return badKey();
    if (!messageHash.fitsBits(251)) {
        return Result<Signature>::failure(QStringLiteral("bad_message"),
                                          QStringLiteral("a Starknet message hash is below 2^251"));
    }
    const Params &P = params();
    Ctx ctx = newCtx();
    Bn z = feltBn(messageHash); // below 2^251 < n: already reduced
    // seed = int2octets(d) || int2octets(z)
    SecretBytes seed(64);
    if (BN_bn2binpad(d.get(), seed.data(), 32) != 32)
        qFatal("OpenSSL BN arithmetic failed");
    const QByteArray zBytes = messageHash.bytes();
    std::memcpy(seed.data() + 32, zBytes.constData(), 32);
    SecretBytes K(32), V(32);
    std::memset(V.data(), 0x01, 32);
    const char zero = 0, one = 1;
    hmac(K, K, {V.view(), QByteArrayView(&zero, 1), seed.view()});
    hmac(V, K, {V.view()});
    hmac(K, K, {V.view(), QByteArrayView(&one, 1), seed.view()});
    hmac(V, K, {V.view()});

    Bn k(BN_secure_new()), r = newBn(), s = newBn(), kinv(BN_secure_new()), w = newBn();
    BN_set_flags(k.get(), BN_FLG_CONSTTIME);
    Point R(EC_POINT_new(P.group.get()));
    Bn x = newBn();
    for (int attempt = 0; attempt < 1000; ++attempt) {
        hmac(V, K, {V.view()});
        bits2int(k.get(), V);
        if (!BN_is_zero(k.get()) && BN_cmp(k.get(), P.n.get()) < 0) {
            if (EC_POINT_mul(P.group.get(), R.get(), k.get(), nullptr, nullptr, ctx.get()) != 1 ||
                EC_POINT_get_affine_coordinates(P.group.get(), R.get(), x.get(), nullptr,
                                                ctx.get()) != 1 ||
                BN_nnmod(r.get(), x.get(), P.n.get(), ctx.get()) != 1)
                qFatal("OpenSSL EC arithmetic failed");
            if (!BN_is_zero(r.get())) {
                // s = k^-1 (z + r d) mod n
                if (!BN_mod_inverse(kinv.get(), k.get(), P.n.get(), ctx.get()) ||
                    BN_mod_mul(s.get(), r.get(), d.get(), P.n.get(), ctx.get()) != 1 ||
                    BN_mod_add(s.get(), s.get(), z.get(), P.n.get(), ctx.get()) != 1 ||
                    BN_mod_mul(s.get(), s.get(), kinv.get(), P.n.get(), ctx.get()) != 1)
                    qFatal("OpenSSL BN arithmetic failed");
                if (!BN_is_zero(s.get()))
                    break;
            }
        }
        hmac(K, K, {V.view(), QByteArrayView(&zero, 1)});
        hmac(V, K, {V.view()});
    }
    if (BN_is_zero(s.get()))
        qFatal("RFC 6979 found no nonce in 1000 tries");
    if (!BN_mod_inverse(w.get(), s.get(), P.n.get(), ctx.get()))
        qFatal("OpenSSL BN arithmetic failed");
    if (BN_cmp(r.get(), P.two251.get()) >= 0 || BN_cmp(w.get(), P.two251.get()) >= 0) {
        return Result<Signature>::failure(
            QStringLiteral("unlucky_nonce"),
            QStringLiteral("this hash and key give a signature outside the range the chain "
                           "accepts (r or 1/s not below 2^251); change the transaction (for "
                           "example its tip) and sign again"));
    }
    return Signature{bnFelt(r.get()), bnFelt(s.get())};
}

bool verify(const Felt &publicKey, const Felt &messageHash, const Signature &signature)
{
    const Params &P = params();
    Ctx ctx = newCtx();
    Bn r = feltBn(signature.r), s = feltBn(signature.s), z = feltBn(messageHash);
    if (BN_is_zero(r.get()) || BN_cmp(r.get(), P.two251.get()) >= 0 || BN_is_zero(s.get()) ||
        BN_cmp(s.get(), P.n.get()) >= 0 || !messageHash.fitsBits(251))
        return false;
    Bn w = newBn(), u1 = newBn(), u2 = newBn(), x = newBn(), v = newBn();
    if (!BN_mod_inverse(w.get(), s.get(), P.n.get(), ctx.get()))
        return false;
    if (BN_cmp(w.get(), P.two251.get()) >= 0)
        return false;
    if (BN_mod_mul(u1.get(), z.get(), w.get(), P.n.get(), ctx.get()) != 1 ||
        BN_mod_mul(u2.get(), r.get(), w.get(), P.n.get(), ctx.get()) != 1)
        return false;
    Bn qx = feltBn(publicKey);
    Point q(EC_POINT_new(P.group.get())), R(EC_POINT_new(P.group.get()));
    for (int parity = 0; parity < 2; ++parity) {
        if (EC_POINT_set_compressed_coordinates(P.group.get(), q.get(), qx.get(), parity,
                                                ctx.get()) != 1)
            return false;
        // R = u1 G + u2 Q
        if (EC_POINT_mul(P.group.get(), R.get(), u1.get(), q.get(), u2.get(), ctx.get()) != 1)
            return false;
        if (EC_POINT_is_at_infinity(P.group.get(), R.get()))
            continue;
        if (EC_POINT_get_affine_coordinates(P.group.get(), R.get(), x.get(), nullptr, ctx.get()) !=
                1 ||
            BN_nnmod(v.get(), x.get(), P.n.get(), ctx.get()) != 1)
            return false;
        if (BN_cmp(v.get(), r.get()) == 0)
            return true;
    }
    return false;
}

} // namespace fb::stark
