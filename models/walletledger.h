// WalletLedger: what the wallet page reads from a platform's ledgers beyond an account's
// balance: the network to sign for, a plain transfer's receipt, and an account's movements
// (transfers, faucet credits, deal payments) newest first; the Bitcoin fee rates it suggests;
// and which of an account's unspent outputs the wallet can spend.
#pragma once

#include "models/walletservice.h"
#include "wallet/intentpayment.h"
#include "wire/domain.h"

#include <QDateTime>
#include <QJsonObject>

namespace fb {

// The Stellar network the node's ledger takes transactions on (GET /v1/info).
struct LedgerNetwork
{
    QString network;    // "dev", "testnet", "public"
    QString passphrase; // signs transactions for it
    QString escrowAddress;
    bool developmentNetwork = false;

    static Result<LedgerNetwork> fromJson(const QJsonObject &o);
};

// A plain transfer the ledger applied (POST /v1/dev/transfers).
struct LedgerTransfer
{
    QString chain;
    QString hash;
    QString status;         // "applied"; Bitcoin: "unconfirmed" until its block, then "confirmed"
    int confirmations = -1; // Bitcoin only; -1 elsewhere (applied at once)
    QString source;
    QString destination;
    Amount amount;
    qint64 fee = 0; // the chain's native base units
    QDateTime appliedAt;

    static Result<LedgerTransfer> fromJson(const QJsonObject &o);
};

// One movement of an account (GET /v1/dev/accounts/{address}/history).
struct LedgerEntry
{
    QString chain;
    QString hash;
    QString kind;      // transfer, faucet, deposit, fee, release, refund, slash
    QString direction; // "in" or "out"
    QString from;      // empty for a faucet credit
    QString to;
    Amount amount;
    qint64 fee = 0;
    QString memo;
    QString dealId; // set for deal movements
    QDateTime at;
    // Bitcoin only: blocks on top of (and including) the one holding it; 0 while unconfirmed.
    // -1 on chains that apply a transfer at once.
    int confirmations = -1;

    bool incoming() const { return direction == QLatin1String("in"); }
    static Result<LedgerEntry> fromJson(const QJsonObject &o);
};

// The Bitcoin fee rates the development network suggests (GET /v1/dev/bitcoin/fee-estimate):
// one per confirmation target, from the slowest (cheapest) to the fastest.
struct BitcoinFeeEstimate
{
    struct Target
    {
        QString name;    // "economy", "normal", "priority"
        int blocks = 0;  // the confirmation target
        qint64 rate = 0; // sat/vB
    };
    QList<Target> targets;
    qint64 minRate = 0; // sat/vB the ledger takes at least
    int mempool = 0;    // transactions waiting for the next block
    // The rate of the named target (0 when there is none).
    qint64 rateOf(const QString &name) const;

    static Result<BitcoinFeeEstimate> fromJson(const QJsonObject &o);
};

// The ledger's unspent outputs that pay account's own P2WPKH script, as coins a PSBT can spend
// (the account's key and derivation path attached). Send and the purchase wizard select from
// these.
QList<intentpay::Coin> ownCoins(const QList<LedgerUtxo> &utxos,
                                const WalletService::BitcoinAccount &account);

} // namespace fb
