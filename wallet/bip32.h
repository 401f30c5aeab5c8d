// BIP32 hierarchical deterministic keys on secp256k1 (private derivation), with every curve
// operation done by libsecp256k1. Also the ECDSA signing the Bitcoin signer needs (RFC 6979
// nonces, low-S, DER) and xprv/xpub (tprv/tpub) Base58Check serialisation.
#pragma once

#include "wallet/derivationpath.h"
#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QByteArray>

namespace fb::bip32 {

struct ExtendedKey
{
    SecretBytes key;       // 32-byte private key
    SecretBytes chainCode; // 32 bytes
    QByteArray publicKey;  // 33-byte compressed public key
    quint32 parentFingerprint = 0;
    int depth = 0;
    quint32 childNumber = 0;

    ExtendedKey copy() const;
};

// Master key from a BIP39 seed (16..64 bytes): HMAC-SHA512("Bitcoin seed", seed).
Result<ExtendedKey> master(const SecretBytes &seed);
// One CKDpriv step (index with bit 31 = hardened).
Result<ExtendedKey> deriveChild(const ExtendedKey &parent, quint32 index);
Result<ExtendedKey> derivePath(const ExtendedKey &root, const DerivationPath &path);
Result<ExtendedKey> derive(const SecretBytes &seed, const DerivationPath &path);

// HASH160(pub33)[0:4] read as a big-endian integer.
quint32 fingerprint(const QByteArray &publicKey33);

// The compressed public key of a 32-byte private key, or empty if the key is invalid.
QByteArray publicKey(const SecretBytes &privateKey);
// True when the bytes are a valid compressed or uncompressed secp256k1 point.
bool isValidPublicKey(QByteArrayView publicKey);

// ECDSA over a 32-byte digest: RFC 6979 nonce, low-S, DER-encoded (no sighash byte).
QByteArray signDer(const SecretBytes &privateKey, QByteArrayView digest32);
// Verifies a DER signature (lax about high S only as libsecp256k1 is: it is normalised first).
bool verifyDer(QByteArrayView publicKey, QByteArrayView digest32, QByteArrayView der);

// Base58Check serialisation. mainnet: xprv/xpub; otherwise tprv/tpub.
QString toXprv(const ExtendedKey &key, bool mainnet);
QString toXpub(const ExtendedKey &key, bool mainnet);
// Parses an xprv or tprv (errors: bad_key).
Result<ExtendedKey> fromXprv(const QString &text);

// Base58Check helpers (exposed for tests).
QString base58CheckEncode(QByteArrayView payload);
Result<QByteArray> base58CheckDecode(const QString &text);

} // namespace fb::bip32
