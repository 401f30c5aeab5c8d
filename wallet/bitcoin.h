// Bitcoin native segwit (BIP84, P2WPKH) accounts: derivation paths, addresses and scripts for
// mainnet ("bc") and testnet ("tb").
#pragma once

#include "wallet/derivationpath.h"
#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QString>

namespace fb::bitcoin {

// "bc" for "mainnet", "tb" for "testnet"; empty for anything else.
QString hrp(const QString &network);
bool isKnownNetwork(const QString &network);

// m/84'/0'/0'/change/index (mainnet) or m/84'/1'/0'/change/index (testnet).
DerivationPath accountPath(const QString &network, quint32 change, quint32 index);

// P2WPKH scriptPubKey 0014{HASH160(pub33)}; empty for a key that is not 33 bytes compressed.
QByteArray p2wpkhScript(const QByteArray &publicKey33);
// True when script is 0014<20 bytes>.
bool isP2wpkhScript(const QByteArray &script);

// The bech32 P2WPKH address of a compressed key (errors: bad_key, bad_network).
Result<QString> p2wpkhAddress(const QByteArray &publicKey33, const QString &network);
// The receiving (change = 0) or change (change = 1) address at index for a BIP39 seed.
Result<QString> address(const SecretBytes &seed, const QString &network, quint32 index,
                        quint32 change = 0);

// An address for a scriptPubKey: bech32/bech32m for witness programs, else empty.
QString scriptToAddress(const QByteArray &script, const QString &network);

} // namespace fb::bitcoin
