// Starknet accounts: chains, the Stark key derived from the wallet's BIP39 seed (Argent X's
// scheme or Braavos's), and the counterfactual address of the account contract that key
// controls (calculate_contract_address over a configurable class hash).
#pragma once

#include "wallet/derivationpath.h"
#include "wallet/result.h"
#include "wallet/secretbytes.h"
#include "wallet/starkcurve.h"

#include <QList>
#include <QString>

#include <optional>

namespace fb::starknet {

using stark::Felt;

// ---- Chains ----------------------------------------------------------------------------

struct ChainInfo
{
    QString name; // "mainnet", "sepolia"
    Felt id;      // the short string "SN_MAIN", "SN_SEPOLIA"
    bool test = false;
};
// By name ("mainnet", "sepolia") or by the id's text ("SN_MAIN", "SN_SEPOLIA").
std::optional<ChainInfo> chainByName(const QString &name);
std::optional<ChainInfo> chainById(const Felt &id);
// "mainnet", "sepolia", else the id's short string, else its hex.
QString chainName(const Felt &id);

// ---- Keys ------------------------------------------------------------------------------

enum class KeyScheme {
    // Argent X: the Ethereum key at m/44'/60'/0'/0/0 of the BIP39 seed, written as a number
    // (leading zero bytes dropped, as Argent X's ethers call does), seeds a second BIP32 master;
    // m/44'/9004'/0'/0/index of that master, ground.
    ArgentX,
    // Braavos: m/44'/9004'/0'/0/index of the BIP39 seed itself, ground.
    Braavos,
};
std::optional<KeyScheme> keySchemeByName(const QString &name); // "argent", "braavos"
QString keySchemeName(KeyScheme scheme);

DerivationPath starkPath(quint32 index); // m/44'/9004'/0'/0/index
// The 32-byte Stark private key of an account (errors from BIP32: bad_seed, ...).
Result<SecretBytes> privateKeyFromSeed(const SecretBytes &bip39Seed, KeyScheme scheme,
                                       quint32 index);

// ---- Account contracts and addresses --------------------------------------------------

enum class AccountKind {
    OpenZeppelin, // constructor(public_key): calldata [public_key]
    Argent,       // constructor(owner: Signer::Starknet(pubkey), guardian: None): [0, pubkey, 1]
};

struct AccountClass
{
    QString name; // "oz", "argent"
    AccountKind kind = AccountKind::OpenZeppelin;
    Felt classHash;
    QString description; // "OpenZeppelin account v1.0.0"
};
// The classes the wallet knows; the first (OpenZeppelin) is the default.
QList<AccountClass> knownAccountClasses();
std::optional<AccountClass> accountClassByName(const QString &name);

QList<Felt> constructorCalldata(AccountKind kind, const Felt &publicKey);
// calculate_contract_address: Pedersen over ("STARKNET_CONTRACT_ADDRESS", deployer, salt,
// class hash, hash of the constructor calldata), mod 2^251 - 256.
Felt contractAddress(const Felt &salt, const Felt &classHash, const QList<Felt> &calldata,
                     const Felt &deployer = Felt());
// The account's address: salt = public key, deployed by no one (deployer 0).
Felt accountAddress(const Felt &publicKey, const AccountClass &accountClass);
// "0x" + 64 hex digits.
QString formatAddress(const Felt &address);
// Errors: bad_address (not 0x hex, or not below 2^251 - 256).
Result<Felt> parseAddress(const QString &text);

} // namespace fb::starknet
