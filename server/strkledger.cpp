#include "server/strkledger.h"


#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace fb::node {

using starknet::Felt;

namespace strkdev {

QString chainIdText()
{
    return QStringLiteral("SN_FLASHBACK_DEV");
}

Felt chainId()
{
    static const Felt id = *Felt::fromShortString(chainIdText());
    return id;
}

QString labelAddress(const QString &label)
{
    // SHA-256 of a published label, cut to 250 bits (under 2^251 - 256, a valid address).
    const QByteArray text =
        QByteArrayLiteral("flashback development network: starknet ") + label.toUtf8();
    QByteArray h = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    h[0] = char(uchar(h[0]) & 0x03);
    return starknet::formatAddress(*Felt::fromBytes(h));
}

QString platformFeeAddress()
{
    static const QString a = labelAddress(QStringLiteral("platform fee"));
    return a;
}

QString depositAddress(const QString &memo)
{
    return labelAddress(QStringLiteral("deposit ") + memo);
}

QString demoPayoutAddress(const QString &providerAddress)
{
    return labelAddress(QStringLiteral("demo payout ") + providerAddress);
}

Result<QString> normalizeAddress(const QString &address)
{
    auto a = starknet::parseAddress(address);
    if (!a)
        return a.error();
    return starknet::formatAddress(*a);
}

} // namespace strkdev

using namespace strkdev;

namespace {

Status refused(const QString &message)
{
    return Status::failure(QStringLiteral("payment_refused"), message);
}

QString say(const char *text)
{
    return QCoreApplication::translate("StrkLedger", text);
}

} // namespace

StrkLedger::StrkLedger(NodeDb &db, DevLedger &balances)
    : m_db(db)
    , m_balances(balances)
{}

Result<StrkAccount> StrkLedger::account(const QString &address)
{
    StrkAccount a;
    a.address = address;
    auto q = m_db.exec(QStringLiteral("SELECT public_key, class_name, nonce FROM "
                                      "dev_strk_accounts WHERE address = ?"),
                       {address});
    if (!q)
        return q.error();
    if (q->next()) {
        a.deployed = true;
        a.publicKey = Felt::fromHex(q->value(0).toString()).value_or(Felt());
        a.className = q->value(1).toString();
        a.nonce = q->value(2).toLongLong();
    }
    auto b = m_balances.account(kChain, address);
    if (!b)
        return b.error();
    a.balance = b->balances.value(kAsset);
    return a;
}

Status StrkLedger::credit(const QString &address, const QString &publicKeyHex, qint64 units)
{
    auto a = account(address);
    if (!a)
        return a.error();
    if (!a->deployed) {
        const auto key = Felt::fromHex(publicKeyHex);
        if (!key || key->isZero())
            return Status::failure(
                QStringLiteral("bad_request"),
                say("%1 is not deployed on the Starknet development network yet: send its "
                   "\"publicKey\" (0x hex) with the first faucet call to deploy it.")
                    .arg(address));
        QString cls;
        for (const starknet::AccountClass &c : starknet::knownAccountClasses())
            if (starknet::formatAddress(starknet::accountAddress(*key, c)) == address)
                cls = c.name;
        if (cls.isEmpty())
            return Status::failure(
                QStringLiteral("bad_address"),
                say("%1 is not the address of an account contract for public key %2 (the "
                   "classes known are OpenZeppelin's and Argent's).")
                    .arg(address, key->toHex()));
        auto ins = m_db.exec(QStringLiteral("INSERT INTO dev_strk_accounts (address, public_key, "
                                            "class_name, nonce, deployed_at) VALUES (?, ?, ?, "
                                            "0, ?)"),
                             {address, key->toPaddedHex(), cls, NodeDb::nowMs()});
        if (!ins)
            return ins.error();
    }
    return m_balances.credit(kChain, address, kAsset, units);
}

Status StrkLedger::submit(const VerifiedTransfer &t, qint64 nonce)
{
    auto seen = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM dev_transactions WHERE chain = ? AND hash = ?"),
        {kChain, t.hash});
    if (!seen)
        return seen.error();
    if (seen->toInt() > 0)
        return Status::failure(QStringLiteral("payment_replayed"),
                               say("Transaction %1 was already applied to the development "
                                  "ledger.")
                                   .arg(t.hash));
    auto a = account(t.source);
    if (!a)
        return a.error();
    if (!a->deployed)
        return refused(say("The account %1 is not deployed on the Starknet development network. "
                          "Fund it from the faucet first.")
                           .arg(t.source));
    if (nonce != a->nonce)
        return refused(say("Wrong nonce %1: the account's nonce is %2. Rebuild the transaction.")
                           .arg(nonce)
                           .arg(a->nonce));
    if (t.amount < 0 || a->balance < t.amount)
        return refused(say("%1 holds %2 nano-STRK on the development network; the payment needs "
                          "%3. Fund it from the faucet first.")
                           .arg(t.source)
                           .arg(a->balance)
                           .arg(t.amount));
    if (auto s = m_balances.move(kChain, t.source, t.destination, kAsset, t.amount); !s)
        return s;
    auto up = m_db.exec(
        QStringLiteral("UPDATE dev_strk_accounts SET nonce = nonce + 1 WHERE address = ?"),
        {t.source});
    if (!up)
        return up.error();
    auto rec = m_db.exec(QStringLiteral("INSERT INTO dev_transactions (chain, hash, source, seq, "
                                        "envelope, applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {kChain, t.hash, t.source, nonce, t.envelope, NodeDb::nowMs()});
    if (!rec)
        return rec.error();
    return success();
}

Result<QString> StrkLedger::move(const QString &from, const QString &to, qint64 units)
{
    if (auto s = m_balances.move(kChain, from, to, kAsset, units); !s)
        return s.error();
    // The movement's id: a hash over what moved, unique per movement.
    const QString what = from + QLatin1Char('>') + to + QLatin1Char(':') +
                         QString::number(units) + QLatin1Char('@') +
                         QString::number(NodeDb::nowMs()) + QLatin1Char('#') +
                         QString::number(QRandomGenerator::system()->generate64());
    const QByteArray id = QCryptographicHash::hash(what.toUtf8(), QCryptographicHash::Sha256);
    const QString hash = QStringLiteral("0x") + QString::fromLatin1(id.toHex());
    auto rec = m_db.exec(QStringLiteral("INSERT INTO dev_transactions (chain, hash, source, seq, "
                                        "envelope, applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {kChain, hash, from, qint64(0), QString(), NodeDb::nowMs()});
    if (!rec)
        return rec.error();
    return hash;
}

} // namespace fb::node
