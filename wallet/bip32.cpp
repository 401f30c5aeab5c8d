#include "wallet/bip32.h"

#include "wallet/hashes.h"

#include <secp256k1.h>
#include <sodium.h>

#include <cstring>

namespace fb::bip32 {

namespace {

const secp256k1_context *context()
{
    static const secp256k1_context *ctx = [] {
        secp256k1_context *c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        unsigned char seed[32];
        randombytes_buf(seed, sizeof seed);
        [[maybe_unused]] const int ok = secp256k1_context_randomize(c, seed);
        sodium_memzero(seed, sizeof seed);
        return c;
    }();
    return ctx;
}

const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

Result<ExtendedKey> fail(const QString &message)
{
    return Result<ExtendedKey>::failure(QStringLiteral("bad_key"), message);
}

constexpr quint32 kXprv = 0x0488ADE4;
constexpr quint32 kXpub = 0x0488B21E;
constexpr quint32 kTprv = 0x04358394;
constexpr quint32 kTpub = 0x043587CF;

void putBe32(QByteArray &out, quint32 v)
{
    out.append(char(v >> 24));
    out.append(char((v >> 16) & 0xff));
    out.append(char((v >> 8) & 0xff));
    out.append(char(v & 0xff));
}

quint32 be32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

QString base58Encode(QByteArrayView in)
{
    qsizetype zeros = 0;
    while (zeros < in.size() && in[zeros] == 0)
        ++zeros;
    QByteArray b58((in.size() - zeros) * 138 / 100 + 1, 0);
    qsizetype length = 0;
    for (qsizetype i = zeros; i < in.size(); ++i) {
        int carry = static_cast<unsigned char>(in[i]);
        qsizetype j = 0;
        for (qsizetype k = b58.size() - 1; (carry != 0 || j < length) && k >= 0; --k, ++j) {
            carry += 256 * static_cast<unsigned char>(b58[k]);
            b58[k] = char(carry % 58);
            carry /= 58;
        }
        length = j;
    }
    qsizetype it = b58.size() - length;
    while (it < b58.size() && b58[it] == 0)
        ++it;
    QByteArray out(zeros, '1');
    for (; it < b58.size(); ++it)
        out.append(kAlphabet[static_cast<unsigned char>(b58[it])]);
    return QString::fromLatin1(out);
}

bool base58Decode(const QByteArray &text, QByteArray &out)
{
    qsizetype zeros = 0;
    while (zeros < text.size() && text[zeros] == '1')
        ++zeros;
    QByteArray b256((text.size() - zeros) * 733 / 1000 + 1, 0);
    qsizetype length = 0;
    for (qsizetype i = zeros; i < text.size(); ++i) {
        const char *p = std::strchr(kAlphabet, text[i]);
        if (p == nullptr || text[i] == 0)
            return false;
        int carry = int(p - kAlphabet);
        qsizetype j = 0;
        for (qsizetype k = b256.size() - 1; (carry != 0 || j < length) && k >= 0; --k, ++j) {
            carry += 58 * static_cast<unsigned char>(b256[k]);
            b256[k] = char(carry % 256);
            carry /= 256;
        }
        length = j;
    }
    qsizetype it = b256.size() - length;
    while (it < b256.size() && b256[it] == 0)
        ++it;
    out = QByteArray(zeros, 0) + b256.sliced(it);
    return true;
}

QByteArray serialise(const ExtendedKey &key, quint32 version, bool priv)
{
    QByteArray out;
    putBe32(out, version);
    out.append(char(key.depth));
    putBe32(out, key.parentFingerprint);
    putBe32(out, key.childNumber);
    out.append(key.chainCode.view().toByteArray());
    if (priv) {
        out.append('\0');
        out.append(key.key.view().toByteArray());
    } else {
        out.append(key.publicKey);
    }
    return out;
}

} // namespace

ExtendedKey ExtendedKey::copy() const
{
    ExtendedKey k;
    k.key = key.copy();
    k.chainCode = chainCode.copy();
    k.publicKey = publicKey;
    k.parentFingerprint = parentFingerprint;
    k.depth = depth;
    k.childNumber = childNumber;
    return k;
}

QByteArray publicKey(const SecretBytes &privateKey)
{
    if (privateKey.size() != 32 || !secp256k1_ec_seckey_verify(context(), privateKey.data()))
        return {};
    secp256k1_pubkey pub;
    if (!secp256k1_ec_pubkey_create(context(), &pub, privateKey.data()))
        return {};
    QByteArray out(33, Qt::Uninitialized);
    size_t len = 33;
    secp256k1_ec_pubkey_serialize(context(), reinterpret_cast<unsigned char *>(out.data()), &len,
                                  &pub, SECP256K1_EC_COMPRESSED);
    return out;
}

bool isValidPublicKey(QByteArrayView pk)
{
    if (pk.size() != 33 && pk.size() != 65)
        return false;
    secp256k1_pubkey pub;
    return secp256k1_ec_pubkey_parse(context(), &pub, bytes(pk), size_t(pk.size())) == 1;
}

Result<ExtendedKey> master(const SecretBytes &seed)
{
    if (seed.size() < 16 || seed.size() > 64)
        return fail(QStringLiteral("A BIP32 seed must be 16 to 64 bytes."));
    SecretBytes i = hashes::hmacSha512("Bitcoin seed", seed.view());
    ExtendedKey k;
    k.key = SecretBytes::fromBytes(i.view().first(32));
    k.chainCode = SecretBytes::fromBytes(i.view().sliced(32));
    k.publicKey = publicKey(k.key);
    if (k.publicKey.isEmpty())
        return fail(QStringLiteral("This seed gives an invalid master key; use another seed."));
    return k;
}

Result<ExtendedKey> deriveChild(const ExtendedKey &parent, quint32 index)
{
    if (parent.depth >= 255)
        return fail(QStringLiteral("The derivation path is deeper than 255 levels."));
    SecretBytes data(37);
    if (index & kHardened) {
        data.data()[0] = 0;
        std::memcpy(data.data() + 1, parent.key.data(), 32);
    } else {
        std::memcpy(data.data(), parent.publicKey.constData(), 33);
    }
    data.data()[33] = std::uint8_t(index >> 24);
    data.data()[34] = std::uint8_t(index >> 16);
    data.data()[35] = std::uint8_t(index >> 8);
    data.data()[36] = std::uint8_t(index);
    SecretBytes i = hashes::hmacSha512(parent.chainCode.view(), data.view());
    ExtendedKey child;
    child.key = parent.key.copy();
    // Fails when I_L >= n or the sum is zero: BIP32 says to skip this index.
    if (!secp256k1_ec_seckey_tweak_add(context(), child.key.data(), i.data()))
        return fail(
            QStringLiteral("Child %1 is invalid (probability < 2^-127); use the next index.")
                .arg(index & ~kHardened));
    child.chainCode = SecretBytes::fromBytes(i.view().sliced(32));
    child.publicKey = publicKey(child.key);
    if (child.publicKey.isEmpty())
        return fail(QStringLiteral("Child key is invalid."));
    child.parentFingerprint = fingerprint(parent.publicKey);
    child.depth = parent.depth + 1;
    child.childNumber = index;
    return child;
}

Result<ExtendedKey> derivePath(const ExtendedKey &root, const DerivationPath &path)
{
    ExtendedKey node = root.copy();
    for (quint32 index : path) {
        auto next = deriveChild(node, index);
        if (!next)
            return next.error();
        node = std::move(next).value();
    }
    return node;
}

Result<ExtendedKey> derive(const SecretBytes &seed, const DerivationPath &path)
{
    auto m = master(seed);
    if (!m)
        return m;
    return derivePath(*m, path);
}

quint32 fingerprint(const QByteArray &publicKey33)
{
    const QByteArray h = hashes::hash160(publicKey33);
    return be32(reinterpret_cast<const unsigned char *>(h.constData()));
}

QByteArray signDer(const SecretBytes &privateKey, QByteArrayView digest32)
{
    if (digest32.size() != 32 || privateKey.size() != 32)
        return {};
    secp256k1_ecdsa_signature sig;
    if (!secp256k1_ecdsa_sign(context(), &sig, bytes(digest32), privateKey.data(), nullptr,
                              nullptr))
        return {};
    QByteArray der(72, Qt::Uninitialized);
    size_t len = 72;
    secp256k1_ecdsa_signature_serialize_der(
        context(), reinterpret_cast<unsigned char *>(der.data()), &len, &sig);
    der.resize(qsizetype(len));
    return der;
}

bool verifyDer(QByteArrayView pk, QByteArrayView digest32, QByteArrayView der)
{
    if (digest32.size() != 32)
        return false;
    secp256k1_pubkey pub;
    if (pk.size() != 33 && pk.size() != 65)
        return false;
    if (!secp256k1_ec_pubkey_parse(context(), &pub, bytes(pk), size_t(pk.size())))
        return false;
    secp256k1_ecdsa_signature sig;
    if (!secp256k1_ecdsa_signature_parse_der(context(), &sig, bytes(der), size_t(der.size())))
        return false;
    secp256k1_ecdsa_signature_normalize(context(), &sig, &sig);
    return secp256k1_ecdsa_verify(context(), &sig, bytes(digest32), &pub) == 1;
}

QString base58CheckEncode(QByteArrayView payload)
{
    QByteArray data = payload.toByteArray();
    data.append(hashes::sha256d(payload).first(4));
    return base58Encode(data);
}

Result<QByteArray> base58CheckDecode(const QString &text)
{
    QByteArray raw;
    if (!base58Decode(text.toLatin1(), raw) || raw.size() < 4)
        return Result<QByteArray>::failure(QStringLiteral("bad_key"),
                                           QStringLiteral("Not valid Base58."));
    const QByteArray payload = raw.first(raw.size() - 4);
    if (hashes::sha256d(payload).first(4) != raw.sliced(raw.size() - 4))
        return Result<QByteArray>::failure(
            QStringLiteral("bad_checksum"),
            QStringLiteral("The Base58Check checksum does not match."));
    return payload;
}

QString toXprv(const ExtendedKey &key, bool mainnet)
{
    QByteArray data = serialise(key, mainnet ? kXprv : kTprv, true);
    QString out = base58CheckEncode(data);
    SecretBytes::wipe(data);
    return out;
}

QString toXpub(const ExtendedKey &key, bool mainnet)
{
    return base58CheckEncode(serialise(key, mainnet ? kXpub : kTpub, false));
}

Result<ExtendedKey> fromXprv(const QString &text)
{
    auto raw = base58CheckDecode(text);
    if (!raw)
        return raw.error();
    QByteArray &d = *raw;
    if (d.size() != 78) {
        SecretBytes::wipe(d);
        return fail(QStringLiteral("An extended key is 78 bytes."));
    }
    const auto *p = reinterpret_cast<const unsigned char *>(d.constData());
    const quint32 version = be32(p);
    if ((version != kXprv && version != kTprv) || p[45] != 0) {
        SecretBytes::wipe(d);
        return fail(QStringLiteral("Not an extended private key (xprv/tprv)."));
    }
    ExtendedKey k;
    k.depth = p[4];
    k.parentFingerprint = be32(p + 5);
    k.childNumber = be32(p + 9);
    k.chainCode = SecretBytes::fromBytes(d.sliced(13, 32));
    k.key = SecretBytes::fromBytes(d.sliced(46, 32));
    SecretBytes::wipe(d);
    k.publicKey = publicKey(k.key);
    if (k.publicKey.isEmpty())
        return fail(QStringLiteral("The extended key holds an invalid private key."));
    return k;
}

} // namespace fb::bip32
