#include "models/walletledger.h"

#include "wallet/bitcoin.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fb {

namespace {

Error malformed(const char *what)
{
    return Error{QStringLiteral("bad_reply"),
                 QCoreApplication::translate("fb::WalletLedger", "The ledger's reply has no valid "
                                                                 "\"%1\".")
                     .arg(QLatin1String(what))};
}

Result<Amount> amountOf(const QJsonObject &o)
{
    const QJsonValue v = o.value(QStringLiteral("amount"));
    if (!v.isObject())
        return malformed("amount");
    return Amount::fromJson(v.toObject());
}

} // namespace

Result<LedgerNetwork> LedgerNetwork::fromJson(const QJsonObject &o)
{
    LedgerNetwork n;
    n.network = o.value(QStringLiteral("network")).toString();
    n.passphrase = o.value(QStringLiteral("networkPassphrase")).toString();
    n.escrowAddress = o.value(QStringLiteral("escrowAddress")).toString();
    n.developmentNetwork = o.value(QStringLiteral("developmentNetwork")).toBool();
    if (n.passphrase.isEmpty())
        return malformed("networkPassphrase");
    return n;
}

Result<LedgerTransfer> LedgerTransfer::fromJson(const QJsonObject &o)
{
    LedgerTransfer t;
    t.chain = o.value(QStringLiteral("chain")).toString();
    t.hash = o.value(QStringLiteral("hash")).toString();
    t.status = o.value(QStringLiteral("status")).toString();
    t.source = o.value(QStringLiteral("source")).toString();
    t.destination = o.value(QStringLiteral("destination")).toString();
    t.fee = o.value(QStringLiteral("fee")).toInteger();
    t.confirmations = int(o.value(QStringLiteral("confirmations")).toInteger(-1));
    if (t.hash.isEmpty())
        return malformed("hash");
    auto a = amountOf(o);
    if (!a)
        return a.error();
    t.amount = *a;
    if (auto at = timestampFromJson(o.value(QStringLiteral("appliedAt")).toString()))
        t.appliedAt = *at;
    return t;
}

Result<LedgerEntry> LedgerEntry::fromJson(const QJsonObject &o)
{
    LedgerEntry e;
    e.chain = o.value(QStringLiteral("chain")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.direction = o.value(QStringLiteral("direction")).toString();
    e.from = o.value(QStringLiteral("from")).toString();
    e.to = o.value(QStringLiteral("to")).toString();
    e.fee = o.value(QStringLiteral("fee")).toInteger();
    e.memo = o.value(QStringLiteral("memo")).toString();
    e.dealId = o.value(QStringLiteral("dealId")).toString();
    e.confirmations = int(o.value(QStringLiteral("confirmations")).toInteger(-1));
    if (e.direction != QLatin1String("in") && e.direction != QLatin1String("out"))
        return malformed("direction");
    auto a = amountOf(o);
    if (!a)
        return a.error();
    e.amount = *a;
    auto at = timestampFromJson(o.value(QStringLiteral("at")).toString());
    if (!at)
        return malformed("at");
    e.at = *at;
    return e;
}

qint64 BitcoinFeeEstimate::rateOf(const QString &name) const
{
    for (const Target &t : targets)
        if (t.name == name)
            return t.rate;
    return 0;
}

Result<BitcoinFeeEstimate> BitcoinFeeEstimate::fromJson(const QJsonObject &o)
{
    BitcoinFeeEstimate e;
    e.minRate = o.value(QStringLiteral("minFeeRate")).toInteger(-1);
    e.mempool = int(o.value(QStringLiteral("mempool")).toInteger(0));
    if (e.minRate < 1)
        return malformed("minFeeRate");
    const QJsonValue list = o.value(QStringLiteral("estimates"));
    if (!list.isArray())
        return malformed("estimates");
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject t = v.toObject();
        Target target;
        target.name = t.value(QStringLiteral("name")).toString();
        target.blocks = int(t.value(QStringLiteral("blocks")).toInteger(0));
        target.rate = t.value(QStringLiteral("satPerVbyte")).toInteger(0);
        if (target.name.isEmpty() || target.blocks < 1 || target.rate < e.minRate)
            return malformed("estimates");
        e.targets << target;
    }
    if (e.targets.isEmpty())
        return malformed("estimates");
    return e;
}

QList<intentpay::Coin> ownCoins(const QList<LedgerUtxo> &utxos,
                                const WalletService::BitcoinAccount &account)
{
    const QByteArray ownScript = bitcoin::p2wpkhScript(account.publicKey);
    QList<intentpay::Coin> coins;
    if (ownScript.isEmpty())
        return coins;
    for (const LedgerUtxo &u : utxos) {
        if (u.script != ownScript)
            continue;
        intentpay::Coin c;
        c.txid = u.txid;
        c.vout = u.vout;
        c.amount = u.amount;
        c.script = u.script;
        c.prevTx = u.tx;
        c.publicKey = account.publicKey;
        c.path = account.path;
        coins << c;
    }
    return coins;
}

} // namespace fb
