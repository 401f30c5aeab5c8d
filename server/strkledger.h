// StrkLedger: the node's Starknet development network: a chain id of its own, account contracts
// deployed on first faucet use (the public key that signs for each, its nonce), STRK balances,
// per-intent deposit addresses (a Starknet transfer carries no memo, so each intent gets an
// address of its own and the escrow of a deal lives there), and the application of verified
// INVOKE v3 STRK transfers.
//
// Units: the platform counts STRK in nano-STRK (10^-9 STRK, currency "STRK", 9 decimals) so
// amounts stay 64-bit integers like every other coin; on the chain a transfer's amount is in fri
// (10^-18 STRK), so one platform unit is 10^9 fri and a payment must be a whole number of them.
#pragma once

#include "server/devledger.h"
#include "wallet/starknet.h"

namespace fb::node {

namespace strkdev {
inline const QString kChain = QStringLiteral("starknet");
inline const QString kAsset = QStringLiteral("STRK");
constexpr qint64 kFriPerUnit = 1000000000; // 10^9 fri = one platform unit (nano-STRK)

QString chainIdText();          // the short string "SN_FLASHBACK_DEV"
starknet::Felt chainId();
// A development address derived from a published label (no key behind it; the node moves its
// balance): the fee account, and each intent's deposit address (label = the intent's memo).
QString labelAddress(const QString &label);
QString platformFeeAddress();
QString depositAddress(const QString &memo);
// Where a demo provider's STRK releases go (the node holds the demo providers' role).
QString demoPayoutAddress(const QString &providerAddress);
// The canonical form of a Starknet address ("0x" + 64 lower-case hex digits); bad_address.
Result<QString> normalizeAddress(const QString &address);
} // namespace strkdev

struct StrkAccount
{
    QString address;
    bool deployed = false;
    starknet::Felt publicKey;
    QString className; // "oz", "argent"
    qint64 nonce = 0;
    qint64 balance = 0; // nano-STRK
};

class StrkLedger
{
public:
    StrkLedger(NodeDb &db, DevLedger &balances);

    Result<StrkAccount> account(const QString &address);
    // Faucet credit. An account that is not deployed yet is deployed with publicKey, which must
    // be the key whose account contract (of a class the wallet knows) has this address.
    Status credit(const QString &address, const QString &publicKeyHex, qint64 units);
    // Applies a verified transfer inside the caller's write transaction: the sender's nonce must
    // be the account's, the transaction id unseen and the balance enough; nothing changes
    // otherwise. The nonce then advances by one.
    Status submit(const VerifiedTransfer &t, qint64 nonce);
    // An escrow movement made by the node; returns the movement's id.
    Result<QString> move(const QString &from, const QString &to, qint64 units);

private:
    NodeDb &m_db;
    DevLedger &m_balances;
};

} // namespace fb::node
