// StellarKeys: the node's door to the wallet library for account keys: StrKey addresses,
// ed25519 signature checks and sealed boxes to an account. Keeps the handlers free of codecs.
#pragma once

#include "wallet/result.h"

#include <QByteArray>
#include <QString>

namespace fb::node {

// The 32-byte ed25519 public key of a G... address, or bad_address with the reason.
Result<QByteArray> stellarPublicKey(const QString &address);
QString stellarAddress(const QByteArray &publicKey);
bool verifyStellarSignature(const QString &address, const QByteArray &message,
                            const QByteArray &signature);
// Seals plaintext to the account's key (libsodium sealed box); base64 of the box.
Result<QString> sealToStellar(const QString &address, const QByteArray &plaintext);

} // namespace fb::node
