// Plain transfers between accounts of the development ledgers and an account's history there:
// what a wallet needs to send, receive and show its movements outside any deal.
#include "server/algopayment.h"
#include "server/btcpayment.h"
#include "server/devnetwork.h"
#include "server/node.h"
#include "server/stellarpayment.h"
#include "server/strkpayment.h"
#include "wallet/bitcoin.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace fb::node {

namespace {

const QString kStellar = QStringLiteral("stellar");

// The payment currency of a ledger asset: "XLM", "USD" (the node's issuer), "ALGO", "BTC".
QString currencyOfAsset(const QString &asset)
{
    if (asset.startsWith(QLatin1String("USD:")))
        return QStringLiteral("USD");
    return asset;
}

struct Entry
{
    QJsonObject json;
    qint64 at = 0;
};

} // namespace

Status Node::recordDevTransfer(const QString &chain, const QString &hash, const QString &kind,
                               const QString &source, const QString &destination,
                               const QString &asset, qint64 amount, qint64 fee, const QString &memo)
{
    auto ins = m_db.exec(
        QStringLiteral("INSERT INTO dev_transfers (chain, hash, kind, source, "
                       "destination, asset, amount, fee, memo, applied_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {chain, hash, kind, source, destination, asset, amount, fee, memo, NodeDb::nowMs()});
    return ins ? success() : Status(ins.error());
}

ApiReply Node::devTransfer(ApiRequest &r)
{
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QJsonValue chainValue = body->value(QStringLiteral("chain"));
    if (!chainValue.isUndefined() && !chainValue.isNull() && !chainValue.isString())
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"chain\" must be \"stellar\", \"algorand\", \"bitcoin\" or "
                                  "\"starknet\"."));
    const QString chain = chainValue.toString().isEmpty() ? kStellar : chainValue.toString();
    const QString envelope = body->value(QStringLiteral("envelope")).toString();
    if (chain != kStellar && chain != algodev::kChain && chain != btcdev::kChain &&
        chain != strkdev::kChain)
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"chain\" must be \"stellar\", \"algorand\", \"bitcoin\" or "
                                  "\"starknet\"."));
    if (envelope.isEmpty())
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("POST /v1/dev/transfers takes {\"chain\", \"envelope\"}: a "
                                  "base64 Stellar TransactionEnvelope XDR, a base64 signed "
                                  "Algorand transaction, a signed Bitcoin transaction (hex or "
                                  "finalized PSBT) or a signed Starknet INVOKE v3 (JSON)."));
    if (chain != kStellar)
        return devCoinTransfer(chain, envelope);
    const qint64 now = NodeDb::nowMs();
    auto t = verifyStellarPayment(envelope, devNetworkPassphrase(), devNetworkName(), now / 1000);
    if (!t)
        return ApiReply::fromError(t.error());
    if (t->amount <= 0)
        return ApiReply::error(422, QStringLiteral("payment_refused"),
                               tr("A transfer moves a positive amount."));
    if (t->destination == t->source)
        return ApiReply::error(422, QStringLiteral("payment_refused"),
                               tr("The transfer pays its own source account."));
    // The deal escrow takes deposits through POST /v1/deals/{id}/payments only, which binds
    // them to a deal: a bare transfer there would be money nobody can claim.
    if (t->destination == escrowAddress())
        return ApiReply::error(422, QStringLiteral("payment_refused"),
                               tr("Pay a deal's escrow through the deal's payment intent."));
    Status s = m_db.write([&]() -> Status {
        if (auto s2 = m_ledger->submit(*t); !s2)
            return s2;
        return recordDevTransfer(kStellar, t->hash, QStringLiteral("transfer"), t->source,
                                 t->destination, t->asset, t->amount, t->fee, t->memo);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json({{QStringLiteral("chain"), kStellar},
                           {QStringLiteral("network"), devNetworkName()},
                           {QStringLiteral("hash"), t->hash},
                           {QStringLiteral("status"), QStringLiteral("applied")},
                           {QStringLiteral("source"), t->source},
                           {QStringLiteral("destination"), t->destination},
                           {QStringLiteral("amount"),
                            QJsonObject{{QStringLiteral("units"), t->amount},
                                        {QStringLiteral("currency"), currencyOfAsset(t->asset)}}},
                           {QStringLiteral("fee"), t->fee},
                           {QStringLiteral("sequence"), QString::number(t->sequence)},
                           {QStringLiteral("appliedAt"), timestampToJson(msToTime(now))}},
                          201);
}

void Node::addBitcoinStatus(QJsonObject &o, const QString &txid)
{
    auto conf = m_btc->confirmations(txid);
    const int n = conf ? *conf : 0;
    o.insert(QStringLiteral("confirmations"), n);
    o.insert(QStringLiteral("status"),
             n > 0 ? QStringLiteral("confirmed") : QStringLiteral("unconfirmed"));
}

ApiReply Node::devCoinTransfer(const QString &chain, const QString &envelope)
{
    auto refuse = [](const QString &message) {
        return ApiReply::error(422, QStringLiteral("payment_refused"), message);
    };
    const qint64 now = NodeDb::nowMs();
    VerifiedTransfer t;
    std::optional<VerifiedAlgorandPayment> algo;
    std::optional<VerifiedBitcoinPayment> btc;
    std::optional<VerifiedStrkPayment> strk;
    QStringList reserved; // the node's own accounts on that chain: paid through deals only
    if (chain == algodev::kChain) {
        auto v = verifyAlgorandPayment(envelope, algodev::roundAt(now), false);
        if (!v)
            return ApiReply::fromError(v.error());
        algo = *v;
        t = v->transfer;
        reserved = {algodev::escrowAddress(), algodev::platformFeeAddress()};
    } else if (chain == btcdev::kChain) {
        // No escrow script: a plain transfer pays one recipient, with change back to the sender.
        auto v = verifyBitcoinPayment(
            envelope, [this](const QString &txid, quint32 vout) { return m_btc->utxo(txid, vout); },
            QByteArray(), m_config.btcMinFeeRate);
        if (!v)
            return ApiReply::fromError(v.error());
        btc = *v;
        t = v->transfer;
        const auto own = btcdev::scriptOfAddress(t.source);
        QByteArray to;
        qint64 amount = 0;
        for (const psbt::TxOut &o : std::as_const(v->tx.outputs)) {
            if ((own && o.script == *own) ||
                (!o.script.isEmpty() && quint8(o.script.at(0)) == 0x6a))
                continue;
            if (!to.isEmpty() && o.script != to)
                return refuse(tr("A transfer pays one recipient (and change back to %1); this "
                                 "transaction pays several.")
                                  .arg(t.source));
            to = o.script;
            amount += o.amount;
        }
        if (to.isEmpty())
            return refuse(tr("The transaction pays nobody but its sender %1.").arg(t.source));
        if (!bitcoin::isP2wpkhScript(to))
            return refuse(tr("The recipient's output is not P2WPKH (a tb1q... address)."));
        t.destination = bitcoin::scriptToAddress(to, btcdev::kAddressNetwork);
        t.amount = amount;
        reserved = {btcdev::escrowAddress(), btcdev::platformFeeAddress()};
    } else {
        auto v = verifyStrkPayment(envelope,
                                   [this](const QString &address) -> std::optional<starknet::Felt> {
                                       auto a = m_strk->account(address);
                                       if (!a || !a->deployed)
                                           return std::nullopt;
                                       return a->publicKey;
                                   });
        if (!v)
            return ApiReply::fromError(v.error());
        strk = *v;
        t = v->transfer;
        reserved = {strkdev::platformFeeAddress()};
    }
    if (t.amount <= 0)
        return refuse(tr("A transfer moves a positive amount."));
    if (t.destination == t.source)
        return refuse(tr("The transfer pays its own source account."));
    if (reserved.contains(t.destination))
        return refuse(tr("Pay a deal's escrow through the deal's payment intent."));
    Status s = m_db.write([&]() -> Status {
        if (algo) {
            if (auto a = m_algo->submit(t, algo->lease, algo->lastValid, algodev::roundAt(now)); !a)
                return a;
        } else if (btc) {
            if (auto a = m_btc->apply(btc->tx, btc->rawHex); !a)
                return a;
        } else if (auto a = m_strk->submit(t, strk->nonce); !a) {
            return a;
        }
        return recordDevTransfer(chain, t.hash, QStringLiteral("transfer"), t.source, t.destination,
                                 t.asset, t.amount, t.fee, t.memo);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    QJsonObject o{{QStringLiteral("chain"), chain},
                  {QStringLiteral("network"), devNetworkName()},
                  {QStringLiteral("hash"), t.hash},
                  {QStringLiteral("status"), QStringLiteral("applied")},
                  {QStringLiteral("source"), t.source},
                  {QStringLiteral("destination"), t.destination},
                  {QStringLiteral("amount"), QJsonObject{{QStringLiteral("units"), t.amount},
                                                         {QStringLiteral("currency"), t.asset}}},
                  {QStringLiteral("fee"), t.fee},
                  {QStringLiteral("sequence"), QString::number(t.sequence)},
                  {QStringLiteral("appliedAt"), timestampToJson(msToTime(now))}};
    if (btc) // in the next block: unconfirmed until it is mined
        addBitcoinStatus(o, t.hash);
    return ApiReply::json(o, 201);
}

ApiReply Node::devHistory(ApiRequest &r)
{
    const QString address = r.param(0);
    if (address.isEmpty() || address.size() > 100)
        return ApiReply::error(400, QStringLiteral("bad_address"), tr("No address."));
    for (const QChar c : address) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            return ApiReply::error(400, QStringLiteral("bad_address"),
                                   tr("%1 is not an address.").arg(address));
    }
    QList<Entry> entries;
    auto q = m_db.exec(QStringLiteral("SELECT chain, hash, kind, source, destination, asset, "
                                      "amount, fee, memo, applied_at FROM dev_transfers WHERE "
                                      "source = ? OR destination = ?"),
                       {address, address});
    if (!q)
        return ApiReply::fromError(q.error());
    while (q->next()) {
        const QString source = q->value(3).toString();
        const QString destination = q->value(4).toString();
        const bool out = source == address;
        const qint64 at = q->value(9).toLongLong();
        QJsonObject o{
            {QStringLiteral("chain"), q->value(0).toString()},
            {QStringLiteral("hash"), q->value(1).toString()},
            {QStringLiteral("kind"), q->value(2).toString()},
            {QStringLiteral("direction"), out ? QStringLiteral("out") : QStringLiteral("in")},
            {QStringLiteral("from"), source},
            {QStringLiteral("to"), destination},
            {QStringLiteral("amount"),
             QJsonObject{{QStringLiteral("units"), q->value(6).toLongLong()},
                         {QStringLiteral("currency"), currencyOfAsset(q->value(5).toString())}}},
            {QStringLiteral("fee"), out ? q->value(7).toLongLong() : qint64(0)},
            {QStringLiteral("memo"), q->value(8).toString()},
            {QStringLiteral("at"), timestampToJson(msToTime(at))}};
        entries.append({o, at});
    }
    // Bitcoin confirmations after the rows are read: on PostgreSQL a forward-only query streams
    // its rows (Qt's single-row mode), and another query on the connection in the middle of
    // the loop would drop the rows not yet read.
    for (Entry &e : entries)
        if (e.json.value(QStringLiteral("chain")).toString() == btcdev::kChain)
            addBitcoinStatus(e.json, e.json.value(QStringLiteral("hash")).toString());
    // Deal movements (deposits, releases, refunds, slashes, fees) that touch this address.
    auto p = m_db.exec(QStringLiteral("SELECT data, created_at FROM payments WHERE "
                                      "from_address = ? OR data LIKE ?"),
                       {address, QString(QLatin1Char('%') + address + QLatin1Char('%'))});
    if (!p)
        return ApiReply::fromError(p.error());
    while (p->next()) {
        const auto doc = QJsonDocument::fromJson(p->value(0).toString().toUtf8());
        auto pay = Payment::fromJson(doc.object());
        if (!pay || (pay->from != address && pay->to != address))
            continue;
        const bool out = pay->from == address;
        const qint64 at = p->value(1).toLongLong();
        QJsonObject o{
            {QStringLiteral("chain"), pay->chain},
            {QStringLiteral("hash"), pay->txHash.isEmpty() ? pay->id : pay->txHash},
            {QStringLiteral("kind"), pay->kind},
            {QStringLiteral("direction"), out ? QStringLiteral("out") : QStringLiteral("in")},
            {QStringLiteral("from"), pay->from},
            {QStringLiteral("to"), pay->to},
            {QStringLiteral("amount"), pay->amount.toJson()},
            {QStringLiteral("fee"), qint64(0)},
            {QStringLiteral("memo"), pay->memo},
            {QStringLiteral("dealId"), pay->dealId},
            {QStringLiteral("at"), timestampToJson(msToTime(at))}};
        entries.append({o, at});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.at > b.at; });
    QJsonArray items;
    for (const Entry &e : std::as_const(entries))
        items.append(e.json);
    return ApiReply::json({{QStringLiteral("address"), address}, {QStringLiteral("items"), items}});
}

} // namespace fb::node
