// ALGO, BTC and STRK payments: intents carrying what the wallet needs to build the chain's own
// transaction, verified deposits on the Algorand, Bitcoin and Starknet development ledgers
// (Bitcoin funds a deal after its confirmations), escrow movements paid back on the chain that
// was paid, the faucet, accounts and payout addresses of those chains.
#include "server/algopayment.h"
#include "server/btcpayment.h"
#include "server/devnetwork.h"
#include "server/node.h"
#include "server/nodelog.h"
#include "server/strkpayment.h"
#include "wallet/algorand.h"
#include "wallet/starknettx.h"

#include <QJsonArray>

#include <tuple>

namespace fb::node {

namespace {

Status fail(const QString &code, const QString &message)
{
    return Status::failure(code, message);
}

// An Algorand address, or bad_address (checksum typos included).
Status checkAlgorandAddress(const QString &address, const QString &what)
{
    if (auto a = algorand::decodeAddress(address); !a)
        return fail(
            QStringLiteral("bad_address"),
            QStringLiteral("%1: not an Algorand address (%2).").arg(what, a.error().message));
    return success();
}

Status checkBitcoinAddress(const QString &address, const QString &what)
{
    if (auto s = btcdev::scriptOfAddress(address); !s)
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("%1: %2").arg(what, s.error().message));
    return success();
}

Status checkStarknetAddress(const QString &address, const QString &what)
{
    if (auto a = strkdev::normalizeAddress(address); !a || *a != address)
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("%1: not a Starknet address in its canonical form (0x and 64 "
                                   "lower-case hex digits).")
                        .arg(what));
    return success();
}

} // namespace

QString Node::payoutAddress(const QString &chain, const QString &account)
{
    auto v = m_db.scalar(QStringLiteral("SELECT address FROM payout_addresses WHERE account = ? "
                                        "AND chain = ?"),
                         {account, chain});
    if (v && v->isValid())
        return v->toString();
    if (chain == algodev::kChain)
        return algodev::addressOfStellarKey(account); // the account's own key
    auto demo = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM providers WHERE address = ? AND demo = 1"), {account});
    if (demo && demo->toInt() > 0) // the node holds the demo providers' role
        return chain == strkdev::kChain ? strkdev::demoPayoutAddress(account)
                                        : btcdev::demoPayoutAddress(account);
    return QString();
}

Status Node::fillCoinIntent(PaymentIntent &intent, const Deal &d, const QJsonObject &body)
{
    const QString cur = intent.amount.currency;
    const QJsonValue refund = body.value(QStringLiteral("refundAddress"));
    if (!refund.isUndefined() && !refund.isNull() && !refund.isString())
        return fail(QStringLiteral("bad_request"), tr("\"refundAddress\" must be a string."));
    intent.refundAddress = refund.toString();
    const qint64 now = NodeDb::nowMs();
    intent.network = devNetworkName();
    if (cur == currency::ALGO) {
        if (!intent.refundAddress.isEmpty())
            if (auto s = checkAlgorandAddress(intent.refundAddress, tr("refundAddress")); !s)
                return s;
        AlgorandIntentTerms t;
        t.genesisId = algodev::genesisId();
        t.genesisHash = algodev::genesisHash();
        t.round = algodev::roundAt(now);
        t.firstValid = t.round;
        t.lastValid = t.round + algodev::kMaxWindow;
        t.minFee = algodev::kMinFee;
        intent.chain = algodev::kChain;
        intent.networkPassphrase = t.genesisId;
        intent.escrowAddress = algodev::escrowAddress();
        intent.memoType = QStringLiteral("note");
        intent.algorand = t;
        return success();
    }
    if (cur == currency::STRK) {
        if (!intent.refundAddress.isEmpty())
            if (auto s = checkStarknetAddress(intent.refundAddress, tr("refundAddress")); !s)
                return s;
        if (payoutAddress(strkdev::kChain, d.providerAddress).isEmpty())
            return fail(QStringLiteral("unprocessable"),
                        tr("The provider has not given a Starknet payout address yet "
                           "(PUT /v1/me/payout-addresses); pay in another currency."));
        StarknetIntentTerms t;
        t.chainId = strkdev::chainIdText();
        t.token = starknet::formatAddress(starknet::strkToken());
        t.friPerUnit = strkdev::kFriPerUnit;
        intent.chain = strkdev::kChain;
        intent.networkPassphrase = t.chainId;
        // A transfer carries no memo: the intent's own deposit address binds it to the deal.
        intent.escrowAddress = strkdev::depositAddress(intent.memo);
        intent.memoType = QStringLiteral("address");
        intent.starknet = t;
        return success();
    }
    if (!intent.refundAddress.isEmpty())
        if (auto s = checkBitcoinAddress(intent.refundAddress, tr("refundAddress")); !s)
            return s;
    if (payoutAddress(btcdev::kChain, d.providerAddress).isEmpty())
        return fail(QStringLiteral("unprocessable"),
                    tr("The provider has not given a Bitcoin payout address yet "
                       "(PUT /v1/me/payout-addresses); pay in another currency."));
    auto tip = m_btc->tipHeight();
    if (!tip)
        return tip.error();
    BitcoinIntentTerms t;
    t.network = btcdev::kAddressNetwork;
    t.escrowScript = btcdev::escrowScript();
    t.feeRateSatPerVbyte = m_config.btcMinFeeRate;
    t.confirmationsRequired = m_config.btcConfirmations;
    t.tipHeight = *tip;
    intent.chain = btcdev::kChain;
    intent.networkPassphrase.clear();
    intent.escrowAddress = btcdev::escrowAddress();
    intent.memoType = QStringLiteral("op_return");
    intent.bitcoin = t;
    return success();
}

Status Node::payCoinIntent(const Deal &d, const PaymentIntent &intent, const QString &envelope,
                           qint64 now, Payment *payment, Deal *dealOut)
{
    VerifiedTransfer t;
    std::optional<VerifiedAlgorandPayment> algo;
    std::optional<VerifiedBitcoinPayment> btc;
    std::optional<VerifiedStrkPayment> strk;
    if (intent.chain == strkdev::kChain) {
        auto v = verifyStrkPayment(envelope,
                                   [this](const QString &address) -> std::optional<starknet::Felt> {
                                       auto a = m_strk->account(address);
                                       if (!a || !a->deployed)
                                           return std::nullopt;
                                       return a->publicKey;
                                   });
        if (!v)
            return v.error();
        strk = *v;
        t = v->transfer;
        if (t.destination != intent.escrowAddress)
            return fail(QStringLiteral("payment_refused"),
                        tr("The transfer goes to %1; this intent's deposit address is %2: the "
                           "transaction is for another payment.")
                            .arg(t.destination, intent.escrowAddress));
        t.memo = intent.memo; // the deposit address carries it
    } else if (intent.chain == algodev::kChain) {
        auto v = verifyAlgorandPayment(envelope, algodev::roundAt(now));
        if (!v)
            return v.error();
        algo = *v;
        t = v->transfer;
    } else if (intent.chain == btcdev::kChain) {
        auto v = verifyBitcoinPayment(
            envelope, [this](const QString &txid, quint32 vout) { return m_btc->utxo(txid, vout); },
            btcdev::escrowScript(), m_config.btcMinFeeRate);
        if (!v)
            return v.error();
        btc = *v;
        t = v->transfer;
        if (t.amount == 0)
            return fail(QStringLiteral("payment_refused"),
                        tr("The transaction pays nothing to the escrow address %1.")
                            .arg(intent.escrowAddress));
        if (v->opReturns != 1)
            return fail(QStringLiteral("payment_refused"),
                        tr("The transaction needs exactly one OP_RETURN output carrying the "
                           "intent's memo \"%1\"; it has %2.")
                            .arg(intent.memo)
                            .arg(v->opReturns));
    } else {
        return fail(QStringLiteral("unsupported"), tr("Unknown chain %1.").arg(intent.chain));
    }
    if (t.destination != intent.escrowAddress)
        return fail(QStringLiteral("payment_refused"),
                    tr("The payment goes to %1; the escrow address is %2.")
                        .arg(t.destination, intent.escrowAddress));
    if (t.memo != intent.memo)
        return fail(QStringLiteral("payment_refused"),
                    tr("The memo \"%1\" does not match the intent's memo \"%2\": this transaction "
                       "is for another payment.")
                        .arg(t.memo.left(64), intent.memo));
    if (t.amount < intent.amount.units)
        return fail(QStringLiteral("payment_refused"),
                    tr("Underpayment: the transaction sends %1, the intent asks for %2.")
                        .arg(Amount{t.amount, intent.amount.currency}.toDecimalString(),
                             intent.amount.toDecimalString()));
    auto seen =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE tx_hash = ?"), {t.hash});
    if (!seen)
        return seen.error();
    if (seen->toInt() > 0)
        return fail(QStringLiteral("payment_replayed"),
                    tr("Transaction %1 was already recorded.").arg(t.hash));
    if (strk) {
        if (auto s = m_strk->submit(t, strk->nonce); !s)
            return s;
    } else if (algo) {
        if (auto s = m_algo->submit(t, algo->lease, algo->lastValid, algodev::roundAt(now)); !s)
            return s;
    } else if (auto s = m_btc->apply(btc->tx, btc->rawHex); !s) {
        return s;
    }
    Payment p;
    p.id = newId("pay");
    p.dealId = d.id;
    p.intentId = intent.id;
    p.consumer = d.consumer;
    p.providerId = d.providerId;
    p.kind = QStringLiteral("deposit");
    p.chain = intent.chain;
    p.network = devNetworkName();
    p.txHash = t.hash;
    p.from = t.source;
    p.to = t.destination;
    p.amount = Amount{t.amount, intent.amount.currency};
    p.amountUsd = d.total;
    p.memo = t.memo;
    p.createdAt = msToTime(now);
    const QByteArray data = compactJson(p.toJson());
    auto ins = m_db.exec(
        QStringLiteral("INSERT INTO payments (id, deal_id, consumer, provider_address, kind, "
                       "tx_hash, from_address, units, created_at, data) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?)"),
        {p.id, d.id, d.consumer, d.providerAddress, p.kind, t.hash, t.source, t.amount, now,
         QString::fromUtf8(data)});
    if (!ins)
        return ins.error();
    if (auto s = m_db.appendChange(QStringLiteral("payment"), p.id, QStringLiteral("upsert"), data,
                                   d.consumer, d.providerAddress);
        !s)
        return s;
    PaymentIntent paid = intent;
    paid.status = QStringLiteral("paid");
    paid.updatedAt = msToTime(now);
    if (auto up = m_db.exec(
            QStringLiteral("UPDATE payment_intents SET status = 'paid', data = ? WHERE id = ?"),
            {QString::fromUtf8(compactJson(paid.toJson())), paid.id});
        !up)
        return up.error();
    *payment = p;
    *dealOut = d;
    // The platform fee leaves escrow with the deposit (a cancelled deal refunds it).
    if (auto s = recordMovement(d, QStringLiteral("fee"), d.fee.units, escrowAddress(),
                                platformFeeAddress());
        !s)
        return s;
    const int required = btc ? m_config.btcConfirmations : 0;
    if (required > 0) {
        auto wait = m_db.exec(QStringLiteral("INSERT INTO coin_fundings (deal_id, chain, tx_hash, "
                                             "required, created_at) VALUES (?, ?, ?, ?, ?)"),
                              {d.id, intent.chain, t.hash, required, now});
        if (!wait)
            return wait.error();
        qCInfo(lcNode) << "deal" << d.id << "paid by" << t.hash << "waiting for" << required
                       << "confirmation(s)";
        return success();
    }
    return fundCoinDeal(*dealOut, p, now);
}

Status Node::fundCoinDeal(Deal &d, const Payment &deposit, qint64 now)
{
    d.state = DealState::Funded;
    d.updatedAt = msToTime(now);
    if (auto s = saveDeal(d); !s)
        return s;
    qCInfo(lcNode) << "deal" << d.id << "funded by" << deposit.txHash;
    return notify(d.providerAddress, QStringLiteral("deal.funded"), tr("SLA funded"),
                  tr("Escrow received %1.").arg(deposit.amount.toDecimalString()),
                  QStringLiteral("deal"), d.id);
}

Status Node::promoteConfirmedDeposits(const QString &dealId)
{
    auto q = dealId.isEmpty()
                 ? m_db.exec(QStringLiteral("SELECT deal_id, tx_hash, required FROM "
                                            "coin_fundings ORDER BY created_at LIMIT 500"))
                 : m_db.exec(QStringLiteral("SELECT deal_id, tx_hash, required FROM "
                                            "coin_fundings WHERE deal_id = ?"),
                             {dealId});
    if (!q)
        return q.error();
    QList<std::tuple<QString, QString, int>> waiting;
    while (q->next())
        waiting.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()});
    const qint64 now = NodeDb::nowMs();
    for (const auto &[id, hash, required] : waiting) {
        auto conf = m_btc->confirmations(hash);
        if (!conf)
            return conf.error();
        auto d = loadDeal(id);
        if (!d)
            return d.error();
        const bool waits = *d && (*d)->state == DealState::Accepted;
        if (waits && *conf < required)
            continue;
        if (waits) {
            auto dep = m_db.exec(QStringLiteral("SELECT data FROM payments WHERE deal_id = ? AND "
                                                "kind = 'deposit'"),
                                 {id});
            if (!dep)
                return dep.error();
            if (dep->next()) {
                auto o = parseJsonObject(dep->value(0).toString());
                if (!o)
                    return o.error();
                auto p = Payment::fromJson(*o);
                if (!p)
                    return p.error();
                Deal deal = **d;
                if (auto s = fundCoinDeal(deal, *p, now); !s)
                    return s;
            }
        }
        if (auto del =
                m_db.exec(QStringLiteral("DELETE FROM coin_fundings WHERE deal_id = ?"), {id});
            !del)
            return del.error();
    }
    return success();
}

Status Node::moveCoin(const Deal &d, const Payment &deposit, const QString &from, const QString &to,
                      qint64 units, Payment &p)
{
    const bool algo = deposit.chain == algodev::kChain;
    const bool strk = deposit.chain == strkdev::kChain;
    QString refundTo = deposit.from;
    if (auto in = loadDocument(QStringLiteral("payment_intents"), deposit.intentId); in && *in) {
        const QString r = (*in)->value(QStringLiteral("refundAddress")).toString();
        if (!r.isEmpty())
            refundTo = r;
    }
    auto onChain = [&](const QString &logical) -> QString {
        if (logical == escrowAddress()) // STRK: the deal's escrow is its deposit address
            return strk ? deposit.to : algo ? algodev::escrowAddress() : btcdev::escrowAddress();
        if (logical == platformFeeAddress())
            return strk   ? strkdev::platformFeeAddress()
                   : algo ? algodev::platformFeeAddress()
                          : btcdev::platformFeeAddress();
        if (logical == d.consumer)
            return refundTo;
        if (logical == d.providerAddress)
            return payoutAddress(deposit.chain, d.providerAddress);
        return QString();
    };
    const QString a = onChain(from), b = onChain(to);
    if (a.isEmpty() || b.isEmpty())
        return fail(QStringLiteral("db_error"),
                    tr("No %1 address for a movement of deal %2.").arg(deposit.chain, d.id));
    Result<QString> id = QString();
    if (units > 0)
        id = strk   ? m_strk->move(a, b, units)
             : algo ? m_algo->move(a, b, units)
                    : m_btc->move(a, b, units);
    if (!id)
        return id.error();
    p.chain = deposit.chain;
    p.network = devNetworkName();
    p.from = a;
    p.to = b;
    p.txHash = *id;
    return success();
}

ApiReply Node::coinFaucet(ApiRequest &r, const QJsonObject &body, const QString &cur)
{
    const QString address = body.value(QStringLiteral("address")).toString();
    const bool algo = cur == currency::ALGO;
    const bool strk = cur == currency::STRK;
    if (auto s = strk   ? checkStarknetAddress(address, tr("address"))
                 : algo ? checkAlgorandAddress(address, tr("address"))
                        : checkBitcoinAddress(address, tr("address"));
        !s)
        return ApiReply::fromError(s.error());
    const QJsonValue key = body.value(QStringLiteral("publicKey"));
    if (!key.isUndefined() && !key.isString())
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"publicKey\" must be a 0x hex string."));
    // 10,000 ALGO, 1 BTC or 1,000 STRK per call by default.
    const qint64 fallback = strk   ? qint64(1000) * strkdev::kFriPerUnit
                            : algo ? qint64(10000) * 1000000
                                   : qint64(100000000);
    const qint64 max = strk   ? qint64(1000000) * strkdev::kFriPerUnit
                       : algo ? qint64(1000000) * 1000000
                              : qint64(100) * 100000000;
    const QJsonValue unitsValue = body.value(QStringLiteral("units"));
    if (!unitsValue.isUndefined() && !unitsValue.isDouble())
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"units\" must be an integer."));
    const qint64 amount = unitsValue.toInteger(fallback);
    if (amount <= 0 || amount > max)
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"units\" must be from 1 to %1 base units.").arg(max));
    Status s = m_db.write([&]() -> Status {
        if (strk) {
            if (auto c = m_strk->credit(address, key.toString(), amount); !c)
                return c;
            return recordDevTransfer(QStringLiteral("starknet"), newId("faucet"),
                                     QStringLiteral("faucet"), QString(), address, cur, amount, 0,
                                     QString());
        }
        if (algo) {
            if (auto c = m_algo->credit(address, amount); !c)
                return c;
            return recordDevTransfer(QStringLiteral("algorand"), newId("faucet"),
                                     QStringLiteral("faucet"), QString(), address, cur, amount, 0,
                                     QString());
        }
        auto txid = m_btc->faucet(address, amount);
        if (!txid)
            return txid.error();
        return recordDevTransfer(QStringLiteral("bitcoin"), *txid, QStringLiteral("faucet"),
                                 QString(), address, cur, amount, 0, QString());
    });
    if (!s)
        return ApiReply::fromError(s.error());
    r.params = {address};
    return coinAccount(r);
}

ApiReply Node::coinAccount(ApiRequest &r)
{
    const QString address = r.param(0);
    if (address.startsWith(QLatin1String("0x"))) {
        if (auto s = checkStarknetAddress(address, tr("address")); !s)
            return ApiReply::fromError(s.error());
        auto a = m_strk->account(address);
        if (!a)
            return ApiReply::fromError(a.error());
        // As on Starknet, an address holds STRK before its account contract is deployed.
        if (!a->deployed && a->balance == 0)
            return ApiReply::error(404, QStringLiteral("not_found"),
                                   tr("%1 has no account on the Starknet development network; "
                                      "use the faucet (with the account's publicKey) to deploy "
                                      "and fund it.")
                                       .arg(address));
        QJsonObject o{{QStringLiteral("chain"), strkdev::kChain},
                      {QStringLiteral("network"), devNetworkName()},
                      {QStringLiteral("developmentNetwork"), true},
                      {QStringLiteral("address"), address},
                      {QStringLiteral("chainId"), strkdev::chainIdText()},
                      {QStringLiteral("deployed"), a->deployed},
                      {QStringLiteral("nonce"), a->nonce},
                      {QStringLiteral("balances"), QJsonObject{{strkdev::kAsset, a->balance}}}};
        if (a->deployed)
            o.insert(QStringLiteral("publicKey"), a->publicKey.toPaddedHex());
        return ApiReply::json(o);
    }
    if (address.size() == 58) {
        if (auto s = checkAlgorandAddress(address, tr("address")); !s)
            return ApiReply::fromError(s.error());
        auto a = m_algo->account(address);
        if (!a)
            return ApiReply::fromError(a.error());
        if (!a->exists)
            return ApiReply::error(404, QStringLiteral("not_found"),
                                   tr("%1 has no account on the Algorand development network; "
                                      "use the faucet.")
                                       .arg(address));
        const quint64 round = algodev::roundAt(NodeDb::nowMs());
        return ApiReply::json(
            {{QStringLiteral("chain"), algodev::kChain},
             {QStringLiteral("network"), devNetworkName()},
             {QStringLiteral("developmentNetwork"), true},
             {QStringLiteral("address"), address},
             {QStringLiteral("genesisId"), algodev::genesisId()},
             {QStringLiteral("genesisHash"),
              QString::fromLatin1(algodev::genesisHash().toBase64())},
             {QStringLiteral("round"), qint64(round)},
             {QStringLiteral("minFee"), qint64(algodev::kMinFee)},
             {QStringLiteral("balances"),
              QJsonObject{{algodev::kAsset, a->balances.value(algodev::kAsset)}}}});
    }
    if (auto s = checkBitcoinAddress(address, tr("address")); !s)
        return ApiReply::fromError(s.error());
    auto tip = m_btc->tipHeight();
    if (!tip)
        return ApiReply::fromError(tip.error());
    auto coins = m_btc->unspent(address);
    if (!coins)
        return ApiReply::fromError(coins.error());
    QJsonArray utxos;
    qint64 total = 0;
    for (const Utxo &u : std::as_const(*coins)) {
        auto raw = m_btc->rawTransaction(u.txid);
        if (!raw)
            return ApiReply::fromError(raw.error());
        total += u.amount;
        utxos.append(QJsonObject{
            {QStringLiteral("txid"), u.txid},
            {QStringLiteral("vout"), qint64(u.vout)},
            {QStringLiteral("amount"), u.amount},
            {QStringLiteral("script"), QString::fromLatin1(u.script.toHex())},
            {QStringLiteral("height"), u.height},
            {QStringLiteral("confirmations"), qint64(*tip >= u.height ? *tip - u.height + 1 : 0)},
            {QStringLiteral("tx"), *raw}});
    }
    return ApiReply::json({{QStringLiteral("chain"), btcdev::kChain},
                           {QStringLiteral("network"), devNetworkName()},
                           {QStringLiteral("developmentNetwork"), true},
                           {QStringLiteral("addressNetwork"), btcdev::kAddressNetwork},
                           {QStringLiteral("address"), address},
                           {QStringLiteral("height"), *tip},
                           {QStringLiteral("balances"), QJsonObject{{btcdev::kAsset, total}}},
                           {QStringLiteral("utxos"), utxos}});
}

ApiReply Node::mineBlocks(ApiRequest &r)
{
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QJsonValue c = body->value(QStringLiteral("count"));
    const qint64 count = c.isUndefined() ? 1 : c.toInteger(-1);
    if (!c.isUndefined() && !c.isDouble())
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"count\" must be an integer from 1 to 1000."));
    if (count < 1 || count > 1000)
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"count\" must be an integer from 1 to 1000."));
    qint64 height = 0;
    Status s = m_db.write([&]() -> Status {
        if (auto m = m_btc->mine(int(count)); !m)
            return m;
        auto tip = m_btc->tipHeight();
        if (!tip)
            return tip.error();
        height = *tip;
        return promoteConfirmedDeposits();
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(
        {{QStringLiteral("chain"), btcdev::kChain}, {QStringLiteral("height"), height}});
}

ApiReply Node::bitcoinFeeEstimate(ApiRequest &)
{
    auto tip = m_btc->tipHeight();
    if (!tip)
        return ApiReply::fromError(tip.error());
    auto waiting = m_btc->mempoolSize();
    if (!waiting)
        return ApiReply::fromError(waiting.error());
    QJsonArray estimates;
    for (const BtcLedger::FeeTarget &t : BtcLedger::feeEstimate(m_config.btcMinFeeRate, *waiting))
        estimates.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("blocks"), t.blocks},
                                     {QStringLiteral("satPerVbyte"), t.rate}});
    return ApiReply::json({{QStringLiteral("chain"), btcdev::kChain},
                           {QStringLiteral("unit"), QStringLiteral("sat/vB")},
                           {QStringLiteral("height"), *tip},
                           {QStringLiteral("mempool"), *waiting},
                           {QStringLiteral("minFeeRate"), m_config.btcMinFeeRate},
                           {QStringLiteral("estimates"), estimates}});
}

ApiReply Node::getPayoutAddresses(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    return ApiReply::json({{algodev::kChain, payoutAddress(algodev::kChain, c->address)},
                           {btcdev::kChain, payoutAddress(btcdev::kChain, c->address)},
                           {strkdev::kChain, payoutAddress(strkdev::kChain, c->address)}});
}

ApiReply Node::setPayoutAddresses(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    QList<std::pair<QString, QString>> set;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!it.value().isString())
            return ApiReply::error(400, QStringLiteral("bad_request"),
                                   tr("Each payout address must be a string."));
        const QString address = it.value().toString();
        Status ok = it.key() == algodev::kChain  ? checkAlgorandAddress(address, it.key())
                    : it.key() == btcdev::kChain ? checkBitcoinAddress(address, it.key())
                    : it.key() == strkdev::kChain
                        ? checkStarknetAddress(address, it.key())
                        : fail(QStringLiteral("bad_request"), tr("Payout addresses are for "
                                                                 "\"algorand\", \"bitcoin\" and "
                                                                 "\"starknet\"."));
        if (!ok)
            return ApiReply::fromError(ok.error());
        set.append({it.key(), address});
    }
    Status s = m_db.write([&]() -> Status {
        for (const auto &[chain, address] : set) {
            auto del = m_db.exec(QStringLiteral("DELETE FROM payout_addresses WHERE account = ? "
                                                "AND chain = ?"),
                                 {c->address, chain});
            if (!del)
                return del.error();
            auto ins = m_db.exec(QStringLiteral("INSERT INTO payout_addresses (account, chain, "
                                                "address, updated_at) VALUES (?, ?, ?, ?)"),
                                 {c->address, chain, address, NodeDb::nowMs()});
            if (!ins)
                return ins.error();
        }
        return success();
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return getPayoutAddresses(r);
}

} // namespace fb::node
