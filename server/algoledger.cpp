#include "server/algoledger.h"

#include "server/devnetwork.h"
#include "server/stellarkeys.h"
#include "wallet/algorand.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace fb::node {

namespace algodev {

QString genesisId()
{
    return QStringLiteral("flashback-dev-v1");
}

QByteArray genesisHash()
{
    static const QByteArray h = QCryptographicHash::hash(
        QByteArrayLiteral("flashback development network: algorand genesis"),
        QCryptographicHash::Sha256);
    return h;
}

quint64 roundAt(qint64 nowMs)
{
    const qint64 since = nowMs - kGenesisSecs * 1000;
    return since <= 0 ? 1 : quint64(1 + since / kRoundMs);
}

QString addressOfStellarKey(const QString &stellarAddress)
{
    auto key = stellarPublicKey(stellarAddress);
    return key ? algorand::address(*key) : QString();
}

QString escrowAddress()
{
    static const QString a = addressOfStellarKey(fb::node::escrowAddress());
    return a;
}

QString platformFeeAddress()
{
    static const QString a = addressOfStellarKey(fb::node::platformFeeAddress());
    return a;
}

} // namespace algodev

using namespace algodev;

namespace {
Status refused(const QString &message)
{
    return Status::failure(QStringLiteral("payment_refused"), message);
}
} // namespace

AlgoLedger::AlgoLedger(NodeDb &db, DevLedger &balances)
    : m_db(db)
    , m_balances(balances)
{}

Result<DevAccount> AlgoLedger::account(const QString &address)
{
    return m_balances.account(kChain, address);
}

Status AlgoLedger::credit(const QString &address, qint64 microalgos)
{
    return m_balances.credit(kChain, address, kAsset, microalgos);
}

Status AlgoLedger::submit(const VerifiedTransfer &t, const QByteArray &lease, quint64 lastValid,
                          quint64 round)
{
    auto seen = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM dev_transactions WHERE chain = ? AND hash = ?"),
        {kChain, t.hash});
    if (!seen)
        return seen.error();
    if (seen->toInt() > 0)
        return Status::failure(QStringLiteral("payment_replayed"),
                               QCoreApplication::translate("AlgoLedger",
                                                           "Transaction %1 was already applied "
                                                           "to the development ledger.")
                                   .arg(t.hash));
    if (!lease.isEmpty()) {
        const QString leaseHex = QString::fromLatin1(lease.toHex());
        auto held = m_db.scalar(QStringLiteral("SELECT last_valid FROM dev_algo_leases WHERE "
                                               "sender = ? AND lease = ?"),
                                {t.source, leaseHex});
        if (!held)
            return held.error();
        if (held->isValid() && quint64(held->toLongLong()) >= round)
            return Status::failure(
                QStringLiteral("payment_replayed"),
                QCoreApplication::translate("AlgoLedger",
                                            "The lease %1 of %2 is in use until round %3.")
                    .arg(leaseHex, t.source)
                    .arg(held->toLongLong()));
        auto del = m_db.exec(
            QStringLiteral("DELETE FROM dev_algo_leases WHERE sender = ? AND lease = ?"),
            {t.source, leaseHex});
        if (!del)
            return del.error();
        auto ins = m_db.exec(QStringLiteral("INSERT INTO dev_algo_leases (sender, lease, "
                                            "last_valid) VALUES (?, ?, ?)"),
                             {t.source, leaseHex, qint64(lastValid)});
        if (!ins)
            return ins.error();
    }
    auto acct = account(t.source);
    if (!acct)
        return acct.error();
    const qint64 have = acct->balances.value(kAsset);
    if (!acct->exists || have - t.fee < t.amount || t.fee < 0 || t.amount < 0)
        return refused(QCoreApplication::translate("AlgoLedger",
                                                   "%1 holds %2 microalgos on the development "
                                                   "network; the payment needs %3 (amount and "
                                                   "fee). Fund it from the faucet first.")
                           .arg(t.source)
                           .arg(have)
                           .arg(t.amount + t.fee));
    // The fee leaves the sender (it goes to the fee sink, outside any deal).
    if (auto s = m_balances.move(kChain, t.source, QStringLiteral("fee-sink"), kAsset, t.fee); !s)
        return s;
    if (auto s = m_balances.move(kChain, t.source, t.destination, kAsset, t.amount); !s)
        return s;
    auto rec = m_db.exec(QStringLiteral("INSERT INTO dev_transactions (chain, hash, source, seq, "
                                        "envelope, applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {kChain, t.hash, t.source, t.sequence, t.envelope, NodeDb::nowMs()});
    if (!rec)
        return rec.error();
    return success();
}

Result<QString> AlgoLedger::move(const QString &from, const QString &to, qint64 microalgos)
{
    if (auto s = m_balances.move(kChain, from, to, kAsset, microalgos); !s)
        return s.error();
    // The movement as the Algorand pay transaction the escrow would sign: its id names it.
    auto sender = algorand::decodeAddress(from);
    auto receiver = algorand::decodeAddress(to);
    if (!sender || !receiver)
        return Result<QString>::failure(QStringLiteral("db_error"),
                                        QStringLiteral("Bad ledger address in a movement."));
    const quint64 round = roundAt(NodeDb::nowMs());
    algorand::Transaction tx;
    tx.type = QStringLiteral("pay");
    tx.sender = *sender;
    tx.receiver = *receiver;
    tx.amount = quint64(microalgos);
    tx.fee = 0;
    tx.firstValid = round;
    tx.lastValid = round + 10;
    tx.genesisId = genesisId();
    tx.genesisHash = genesisHash();
    tx.note = QByteArrayLiteral("flashback escrow ") + QByteArray::number(NodeDb::nowMs()) + ' ' +
              QByteArray::number(QRandomGenerator::system()->generate64());
    const QString id = algorand::txId(tx);
    auto rec = m_db.exec(QStringLiteral("INSERT INTO dev_transactions (chain, hash, source, seq, "
                                        "envelope, applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {kChain, id, from, qint64(round),
                          QString::fromLatin1(algorand::encode(tx).toBase64()), NodeDb::nowMs()});
    if (!rec)
        return rec.error();
    return id;
}

} // namespace fb::node
