// BtcLedger: the node's Bitcoin development network: a UTXO set of P2WPKH outputs with testnet
// addresses (tb1...), a chain height that grows by one block every N seconds (or on demand),
// confirmations, the faucet, and the application of verified transactions (each output spent
// once). The escrow and fee keys derive from published labels like the other development keys.
#pragma once

#include "server/nodedb.h"
#include "wallet/psbt.h"

#include <QList>
#include <QString>

#include <optional>

namespace fb::node {

namespace btcdev {
inline const QString kChain = QStringLiteral("bitcoin");
inline const QString kAsset = QStringLiteral("BTC");
inline const QString kAddressNetwork = QStringLiteral("testnet"); // tb1... addresses

// Compressed secp256k1 key whose secret is SHA-256("flashback development network: " + label).
QByteArray devPublicKey(const QByteArray &label);
QByteArray escrowScript();
QString escrowAddress();
QByteArray platformFeeScript();
QString platformFeeAddress();
// Where a demo provider's BTC releases go (the node holds the demo providers' role).
QString demoPayoutAddress(const QString &providerAddress);
// The P2WPKH script of a tb1 address; bad_address otherwise.
Result<QByteArray> scriptOfAddress(const QString &address);
} // namespace btcdev

struct Utxo
{
    QString txid; // hex as explorers show it
    quint32 vout = 0;
    QByteArray script;
    QString address;
    qint64 amount = 0; // satoshis
    qint64 height = 0; // block the creating transaction is in
    QString spentBy;   // empty while unspent
};

class BtcLedger
{
public:
    BtcLedger(NodeDb &db, int blockSeconds);

    // The height of the chain's tip now.
    Result<qint64> tipHeight();
    // Adds count blocks at once (the development network's "mine"); inside a write transaction.
    Status mine(int count);
    // A faucet transaction paying sats to address; returns its txid.
    Result<QString> faucet(const QString &address, qint64 sats);
    Result<std::optional<Utxo>> utxo(const QString &txid, quint32 vout);
    Result<QList<Utxo>> unspent(const QString &address);
    // Applies a verified transaction in the next block: marks its inputs spent (refusing any
    // already spent: a double spend) and adds its outputs.
    Status apply(const psbt::Transaction &tx, const QString &rawHex);
    // An escrow movement made by the node: spends from's outputs (largest first) into one
    // output to `to` and change back to from, without fee. Returns the txid.
    Result<QString> move(const QString &from, const QString &to, qint64 sats);
    // Transactions waiting for the next block (the development mempool).
    Result<int> mempoolSize();
    // The fee rates (sat/vB) suggested for a transaction to confirm within 6, 3 and 1 blocks,
    // from the floor the ledger takes (minRate) and the mempool's size; see FeeEstimate.
    struct FeeTarget
    {
        QString name;
        int blocks = 0;
        qint64 rate = 0;
    };
    static QList<FeeTarget> feeEstimate(qint64 minRate, int mempool);
    // Confirmations of a transaction: 0 while it waits for its block.
    Result<int> confirmations(const QString &txid);
    // The raw transaction (hex) that created an output: what a PSBT's NON_WITNESS_UTXO holds.
    Result<QString> rawTransaction(const QString &txid);

private:
    Status addOutputs(const psbt::Transaction &tx, const QString &txid, qint64 height);
    Status record(const QString &txid, const QString &source, qint64 height, const QString &hex);
    NodeDb &m_db;
    qint64 m_blockMs;
};

} // namespace fb::node
