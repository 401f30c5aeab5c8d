// SLIP-0010 key derivation for ed25519 (hardened only), as SEP-0005 (Stellar, m/44'/148'/i')
// and the wallet's Algorand accounts (m/44'/283'/i') use it.
#pragma once

#include "wallet/derivationpath.h"
#include "wallet/secretbytes.h"

#include <QByteArray>

namespace fb::slip10 {

struct Ed25519Node
{
    SecretBytes key;       // 32 bytes: the RFC 8032 seed of the account's key pair
    SecretBytes chainCode; // 32 bytes
};

Ed25519Node master(const SecretBytes &seed);
// Derives along path; a non-hardened level is refused (SLIP-0010 ed25519 has none).
Result<Ed25519Node> derive(const SecretBytes &seed, const DerivationPath &path);

// The 32-byte ed25519 public key of a 32-byte seed.
QByteArray ed25519PublicKey(const SecretBytes &key);
// Ed25519 signature (64 bytes) of message by the 32-byte seed key.
QByteArray ed25519Sign(const SecretBytes &key, QByteArrayView message);
bool ed25519Verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

} // namespace fb::slip10
