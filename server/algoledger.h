// AlgoLedger: the node's Algorand development network: its genesis, a round counter that
// advances with time, the escrow and fee accounts (the same published development keys as on
// the Stellar ledger), and the application of verified payments to balances in microalgos
// (each transaction id once, each lease once per sender while its window is open).
#pragma once

#include "server/devledger.h"

#include <QByteArray>
#include <QString>

namespace fb::node {

namespace algodev {
inline const QString kChain = QStringLiteral("algorand");
inline const QString kAsset = QStringLiteral("ALGO");
constexpr quint64 kMinFee = 1000;            // microalgos, as on Algorand
constexpr quint64 kMaxWindow = 1000;         // lv - fv, as on Algorand
constexpr qint64 kRoundMs = 3000;            // one round every three seconds
constexpr qint64 kGenesisSecs = 1735689600;  // 2025-01-01T00:00:00Z: round 1

QString genesisId();     // "flashback-dev-v1"
QByteArray genesisHash(); // SHA-256 of a published label: 32 bytes
// The round at a UNIX time in ms: 1 + whole rounds since genesis.
quint64 roundAt(qint64 nowMs);
QString escrowAddress();      // Algorand address of the development escrow key
QString platformFeeAddress(); // Algorand address of the development fee key
// The Algorand address of the ed25519 key behind a Stellar G... address (same key, other
// encoding): where ALGO releases go for a provider that gave no Algorand payout address.
QString addressOfStellarKey(const QString &stellarAddress);
// A payment the development ledger makes itself (escrow movements): id of the equivalent
// Algorand pay transaction.
} // namespace algodev

class AlgoLedger
{
public:
    explicit AlgoLedger(NodeDb &db, DevLedger &balances);

    // Applies a verified payment inside the caller's write transaction: refuses a replayed id,
    // a lease in use, or a sender that cannot pay amount + fee, changing nothing.
    Status submit(const VerifiedTransfer &t, const QByteArray &lease, quint64 lastValid,
                  quint64 round);
    // Faucet credit.
    Status credit(const QString &address, qint64 microalgos);
    // An escrow movement made by the node; returns the movement's transaction id.
    Result<QString> move(const QString &from, const QString &to, qint64 microalgos);
    Result<DevAccount> account(const QString &address);

private:
    NodeDb &m_db;
    DevLedger &m_balances;
};

} // namespace fb::node
