// Sealed deals: what the file library tests need of a consumer and its providers without a
// node: the test wallet (the BIP-39 vector "legal winner ... yellow"), access parameters sealed
// to its Stellar key as a provider seals them when it accepts, and an agreement's funded deals.
#pragma once

#include "wallet/keystore.h"
#include "wire/domain.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fbtest {

// The test wallet's recovery phrase.
QString testPhrase();
// The wallet opened from testPhrase() (no passphrase).
fb::keystore::Secrets testSecrets();

// A libsodium sealed box of plain to the X25519 key converted from an ed25519 seed, in base64:
// what a provider does with the consumer's Stellar key.
QString sealToSeed(const fb::SecretBytes &ed25519Seed, const QByteArray &plain);
// access (compact JSON) sealed to the wallet's first Stellar key.
QString sealTo(const fb::keystore::Secrets &secrets, const QJsonObject &access);

// One Funded deal per access of agreement "sla_1" ("deal_<i>" with provider "prov_<i>", shard i
// of access.size(), any one of them enough), its access sealed to the wallet; the protocol is
// the access's "type".
QList<fb::Deal> fundedDeals(const fb::keystore::Secrets &secrets, const QList<QJsonObject> &access);

} // namespace fbtest
