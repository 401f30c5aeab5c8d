// Sealed access: the storage parameters a provider sealed for the consumer when it accepted a
// deal (Deal::sealedAccess, base64 of a libsodium sealed box to the X25519 key converted from the
// consumer's ed25519 Stellar key). Also the master secret of the user's file keys, derived from
// the same wallet key. Secrets stay in SecretBytes; the opened JSON is handed straight to
// makeBackend() and never logged or stored.
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fb::storage {

// The X25519 key pair that belongs to an ed25519 seed (crypto_sign_seed_keypair, then
// crypto_sign_ed25519_{pk,sk}_to_curve25519).
struct BoxKeys
{
    QByteArray publicKey;  // 32 bytes
    SecretBytes secretKey; // 32 bytes
};
Result<BoxKeys> boxKeysFromSeed(const SecretBytes &ed25519Seed);

// Opens a base64 sealed box and parses its JSON object. Errors: bad_sealed_access (not base64,
// too short), cannot_open (sealed to another key or tampered), bad_access_json.
Result<QJsonObject> openSealedAccess(const QString &sealedBase64, const BoxKeys &keys);
Result<QJsonObject> openSealedAccess(const QString &sealedBase64, const SecretBytes &ed25519Seed);

// The master secret of file keys: BLAKE2b-256 keyed with the account seed over the personal
// string "flashback files v1". Deterministic, so a second machine with the same wallet derives it.
Result<SecretBytes> deriveFilesMasterSecret(const SecretBytes &accountSeed);

} // namespace fb::storage
