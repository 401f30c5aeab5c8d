// DevLedger: the node's local development ledger per chain (accounts, sequence numbers,
// balances, applied transactions, faucet), and the PaymentSubmitter seam it implements: a
// Horizon or algod submitter takes its place when the node is connected to a real chain.
#pragma once

#include "server/nodedb.h"

#include <QMap>

namespace fb::node {

// A chain transaction the node has decoded and verified, reduced to the transfer it makes.
struct VerifiedTransfer
{
    QString chain;   // "stellar"
    QString network; // "dev", "testnet", "public"
    QString hash;    // hex transaction id
    QString source;  // paying account
    qint64 sequence = 0;
    qint64 fee = 0; // in the chain's native units
    QString destination;
    QString asset; // "XLM" (native) or "CODE:ISSUER"
    qint64 amount = 0;
    QString memo;
    QString envelope; // the signed transaction as received (base64)
};

class PaymentSubmitter
{
public:
    virtual ~PaymentSubmitter() = default;
    virtual QString name() const = 0;
    // Applies (or broadcasts) a verified transfer; runs inside the caller's write transaction.
    // Refuses a replay, a wrong sequence number or an underfunded source without changing
    // anything.
    virtual Status submit(const VerifiedTransfer &t) = 0;
};

struct DevAccount
{
    QString chain;
    QString address;
    qint64 sequence = 0;
    QMap<QString, qint64> balances; // asset -> units
    bool exists = false;
};

class DevLedger : public PaymentSubmitter
{
public:
    explicit DevLedger(NodeDb &db);

    QString name() const override { return QStringLiteral("development ledger"); }
    Status submit(const VerifiedTransfer &t) override;

    Result<DevAccount> account(const QString &chain, const QString &address);
    // Creates the account if needed and credits amount (inside a write transaction).
    Status credit(const QString &chain, const QString &address, const QString &asset,
                  qint64 amount);
    // Moves value between accounts (escrow releases and refunds).
    Status move(const QString &chain, const QString &from, const QString &to, const QString &asset,
                qint64 amount);

private:
    Status ensureAccount(const QString &chain, const QString &address);
    Result<qint64> balance(const QString &chain, const QString &address, const QString &asset);
    NodeDb &m_db;
};

} // namespace fb::node
