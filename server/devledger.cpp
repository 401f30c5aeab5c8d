#include "server/devledger.h"

#include <QCoreApplication>

#include <limits>

namespace fb::node {

namespace {
Status refused(const QString &message)
{
    return Status::failure(QStringLiteral("payment_refused"), message);
}
// A new development account's sequence number: like Stellar, a ledger number shifted left 32.
constexpr qint64 kFirstSequence = qint64(1) << 32;
} // namespace

DevLedger::DevLedger(NodeDb &db)
    : m_db(db)
{}

Status DevLedger::ensureAccount(const QString &chain, const QString &address)
{
    auto exists = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM dev_accounts WHERE chain = ? AND address = ?"),
        {chain, address});
    if (!exists)
        return exists.error();
    if (exists->toInt() > 0)
        return success();
    auto ins = m_db.exec(QStringLiteral("INSERT INTO dev_accounts (chain, address, seq, "
                                        "created_at) VALUES (?, ?, ?, ?)"),
                         {chain, address, kFirstSequence, NodeDb::nowMs()});
    if (!ins)
        return ins.error();
    return success();
}

Result<qint64> DevLedger::balance(const QString &chain, const QString &address,
                                  const QString &asset)
{
    auto v = m_db.scalar(QStringLiteral("SELECT balance FROM dev_balances WHERE chain = ? AND "
                                        "address = ? AND asset = ?"),
                         {chain, address, asset});
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : qint64(0);
}

Result<DevAccount> DevLedger::account(const QString &chain, const QString &address)
{
    DevAccount a;
    a.chain = chain;
    a.address = address;
    auto seq =
        m_db.scalar(QStringLiteral("SELECT seq FROM dev_accounts WHERE chain = ? AND address = ?"),
                    {chain, address});
    if (!seq)
        return seq.error();
    if (!seq->isValid())
        return a;
    a.exists = true;
    a.sequence = seq->toLongLong();
    auto q = m_db.exec(
        QStringLiteral("SELECT asset, balance FROM dev_balances WHERE chain = ? AND address = ?"),
        {chain, address});
    if (!q)
        return q.error();
    while (q->next())
        a.balances.insert(q->value(0).toString(), q->value(1).toLongLong());
    return a;
}

Status DevLedger::credit(const QString &chain, const QString &address, const QString &asset,
                         qint64 amount)
{
    if (auto s = ensureAccount(chain, address); !s)
        return s;
    auto current = balance(chain, address, asset);
    if (!current)
        return current.error();
    if (amount < 0 || *current > std::numeric_limits<qint64>::max() - amount)
        return Status::failure(QStringLiteral("bad_request"),
                               QCoreApplication::translate("DevLedger", "Amount out of range."));
    auto up = m_db.exec(QStringLiteral("UPDATE dev_balances SET balance = balance + ? WHERE "
                                       "chain = ? AND address = ? AND asset = ?"),
                        {amount, chain, address, asset});
    if (!up)
        return up.error();
    if (up->numRowsAffected() == 0) {
        auto ins = m_db.exec(QStringLiteral("INSERT INTO dev_balances (chain, address, asset, "
                                            "balance) VALUES (?, ?, ?, ?)"),
                             {chain, address, asset, amount});
        if (!ins)
            return ins.error();
    }
    return success();
}

Status DevLedger::move(const QString &chain, const QString &from, const QString &to,
                       const QString &asset, qint64 amount)
{
    if (amount == 0)
        return success();
    auto have = balance(chain, from, asset);
    if (!have)
        return have.error();
    if (amount < 0 || *have < amount)
        return refused(QCoreApplication::translate("DevLedger",
                                                   "%1 holds %2 %3 on the development ledger, "
                                                   "%4 are needed.")
                           .arg(from)
                           .arg(*have)
                           .arg(asset)
                           .arg(amount));
    auto down = m_db.exec(QStringLiteral("UPDATE dev_balances SET balance = balance - ? WHERE "
                                         "chain = ? AND address = ? AND asset = ?"),
                          {amount, chain, from, asset});
    if (!down)
        return down.error();
    return credit(chain, to, asset, amount);
}

Status DevLedger::submit(const VerifiedTransfer &t)
{
    return m_db.write([&]() -> Status {
        auto seen = m_db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM dev_transactions WHERE chain = ? AND hash = ?"),
            {t.chain, t.hash});
        if (!seen)
            return seen.error();
        if (seen->toInt() > 0)
            return Status::failure(QStringLiteral("payment_replayed"),
                                   QCoreApplication::translate(
                                       "DevLedger", "Transaction %1 was already applied to the "
                                                    "development ledger; it cannot be used twice.")
                                       .arg(t.hash));
        auto acct = account(t.chain, t.source);
        if (!acct)
            return acct.error();
        if (!acct->exists)
            return refused(QCoreApplication::translate(
                               "DevLedger",
                               "The paying account %1 does not exist on the development "
                               "ledger. Fund it from the faucet (POST /v1/dev/faucet) first.")
                               .arg(t.source));
        if (t.sequence != acct->sequence + 1)
            return refused(QCoreApplication::translate("DevLedger",
                                                       "Bad sequence number %1: the account's next "
                                                       "sequence is %2. Rebuild the transaction.")
                               .arg(t.sequence)
                               .arg(acct->sequence + 1));
        const QString native = QStringLiteral("XLM");
        const qint64 needNative = t.fee + (t.asset == native ? t.amount : 0);
        if (acct->balances.value(native) < needNative)
            return refused(QCoreApplication::translate("DevLedger",
                                                       "The paying account holds %1 stroops, "
                                                       "the transaction needs %2.")
                               .arg(acct->balances.value(native))
                               .arg(needNative));
        if (t.asset != native && acct->balances.value(t.asset) < t.amount)
            return refused(QCoreApplication::translate("DevLedger",
                                                       "The paying account holds %1 of %2, "
                                                       "the transaction sends %3.")
                               .arg(acct->balances.value(t.asset))
                               .arg(t.asset)
                               .arg(t.amount));
        // The fee is burnt, as on Stellar.
        auto fee = m_db.exec(QStringLiteral("UPDATE dev_balances SET balance = balance - ? WHERE "
                                            "chain = ? AND address = ? AND asset = ?"),
                             {t.fee, t.chain, t.source, native});
        if (!fee)
            return fee.error();
        if (auto s = move(t.chain, t.source, t.destination, t.asset, t.amount); !s)
            return s;
        auto seq = m_db.exec(
            QStringLiteral("UPDATE dev_accounts SET seq = ? WHERE chain = ? AND address = ?"),
            {t.sequence, t.chain, t.source});
        if (!seq)
            return seq.error();
        auto rec = m_db.exec(QStringLiteral("INSERT INTO dev_transactions (chain, hash, source, "
                                            "seq, envelope, applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             {t.chain, t.hash, t.source, t.sequence, t.envelope, NodeDb::nowMs()});
        if (!rec)
            return rec.error();
        return success();
    });
}

} // namespace fb::node
