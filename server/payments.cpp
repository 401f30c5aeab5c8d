// Payments: intents, verified deposits into escrow on the development ledger, escrow
// movements (fee, release, refund, slash), exchange rates, faucet.
#include "server/devnetwork.h"
#include "wire/economics.h"
#include "server/node.h"
#include "server/nodelog.h"
#include "server/requestinput.h"
#include "server/stellarkeys.h"
#include "server/stellarpayment.h"

#include <QJsonArray>

namespace fb::node {

namespace {
Status fail(const QString &code, const QString &message)
{
    return Status::failure(code, message);
}
const QString kChain = QStringLiteral("stellar");
// Paid on their own development ledgers (coinpayments.cpp).
bool isCoin(const QString &currency)
{
    return currency == currency::ALGO || currency == currency::BTC ||
           currency == currency::STRK;
}
} // namespace

Result<std::optional<PaymentIntent>> Node::intentOfDeal(const QString &dealId)
{
    auto q = m_db.exec(QStringLiteral("SELECT data FROM payment_intents WHERE deal_id = ? ORDER "
                                      "BY created_at DESC LIMIT 1"),
                       {dealId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PaymentIntent>();
    auto o = parseJsonObject(q->value(0).toString());
    if (!o)
        return o.error();
    auto p = PaymentIntent::fromJson(*o);
    if (!p)
        return p.error();
    return std::optional<PaymentIntent>(*p);
}

ApiReply Node::createIntent(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString cur = body->value(QStringLiteral("currency")).toString(currency::XLM);
    PaymentIntent intent;
    int status = 201;
    if (auto e = expireUnpaidDeals(); !e)
        return ApiReply::fromError(e.error());
    Status s = m_db.write([&]() -> Status {
        auto d = visibleDeal(*c, r.param(0));
        if (!d)
            return d.error();
        if (d->consumer != c->address)
            return fail(QStringLiteral("forbidden"), tr("Only the consumer pays for a deal."));
        if (d->state != DealState::Accepted)
            return fail(QStringLiteral("bad_state"),
                        tr("The deal is %1; it can be paid once the provider accepted it.")
                            .arg(dealStateName(d->state)));
        auto o = loadOffer(d->offerId);
        if (!o)
            return o.error();
        if (*o && !(*o)->currencies.contains(cur))
            return fail(QStringLiteral("unprocessable"),
                        tr("The offer accepts %1, not %2.")
                            .arg((*o)->currencies.join(QStringLiteral(", ")), cur));
        if (assetForCurrency(cur).isEmpty() && !isCoin(cur))
            return fail(QStringLiteral("unsupported"),
                        tr("This node takes payments in XLM, ALGO, BTC, STRK or USD; %1 is not "
                           "supported.")
                            .arg(cur));
        const qint64 now = NodeDb::nowMs();
        auto existing = intentOfDeal(d->id);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->status == QLatin1String("open") &&
            (*existing)->amount.currency == cur && timeToMs((*existing)->expiresAt) > now) {
            intent = **existing;
            status = 200;
            return success();
        }
        auto rate = m_db.exec(
            QStringLiteral("SELECT usd7_per_coin, source FROM rates WHERE currency = ?"), {cur});
        if (!rate)
            return rate.error();
        if (!rate->next())
            return fail(QStringLiteral("unsupported"),
                        tr("No exchange rate recorded for %1.").arg(cur));
        intent.id = newId("pi");
        intent.dealId = d->id;
        intent.consumer = d->consumer;
        intent.chain = kChain;
        intent.network = devNetworkName();
        intent.networkPassphrase = devNetworkPassphrase();
        intent.escrowAddress = escrowAddress();
        intent.amountUsd = d->total;
        intent.rateUsd7PerCoin = rate->value(0).toLongLong();
        intent.rateSource = rate->value(1).toString();
        intent.amount = Amount{economics::usdToUnitsCeil(d->total.units, currencyDecimals(cur),
                                                         intent.rateUsd7PerCoin),
                               cur};
        if (intent.amount.units == economics::kOutOfRange)
            return fail(QStringLiteral("amount_too_large"),
                        tr("At the recorded rate the deal's total is more than %1 %2 units, the "
                           "largest amount the platform handles.")
                            .arg(economics::kMaxUnits)
                            .arg(cur));
        intent.memoType = QStringLiteral("text");
        intent.memo = QStringLiteral("fb:") + randomToken(15); // 23 bytes, under Stellar's 28
        intent.status = QStringLiteral("open");
        // Never past the deal's funding deadline: an unpaid deal expires then.
        intent.expiresAt =
            msToTime(std::min(now + qint64(m_config.intentTtlSec) * 1000, fundingDeadlineMs(*d)));
        intent.createdAt = msToTime(now);
        intent.updatedAt = intent.createdAt;
        if (isCoin(cur))
            if (auto s2 = fillCoinIntent(intent, *d, *body); !s2)
                return s2;
        if (auto up = m_db.exec(QStringLiteral("UPDATE payment_intents SET status = 'expired' "
                                               "WHERE deal_id = ? AND status = 'open'"),
                                {d->id});
            !up)
            return up.error();
        auto ins = m_db.exec(
            QStringLiteral("INSERT INTO payment_intents (id, deal_id, consumer, memo, status, "
                           "expires_at, created_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {intent.id, intent.dealId, intent.consumer, intent.memo, intent.status,
             timeToMs(intent.expiresAt), now, QString::fromUtf8(compactJson(intent.toJson()))});
        if (!ins)
            return ins.error();
        return success();
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(intent.toJson(), status);
}

ApiReply Node::submitPayment(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString envelope = body->value(QStringLiteral("envelope")).toString();
    Payment payment;
    Deal dealOut;
    Status s = m_db.write([&]() -> Status {
        auto d = visibleDeal(*c, r.param(0));
        if (!d)
            return d.error();
        if (d->consumer != c->address)
            return fail(QStringLiteral("forbidden"), tr("Only the consumer pays for a deal."));
        if (envelope.isEmpty())
            return fail(QStringLiteral("bad_request"),
                        tr("Send the signed transaction as \"envelope\" (base64 XDR)."));
        auto in = intentOfDeal(d->id);
        if (!in)
            return in.error();
        if (!*in)
            return fail(QStringLiteral("bad_state"),
                        tr("Ask for a payment intent first: POST /v1/deals/%1/intent.").arg(d->id));
        const PaymentIntent intent = **in;
        if (d->state != DealState::Accepted || intent.status == QLatin1String("paid"))
            return fail(
                QStringLiteral("payment_replayed"),
                tr("The deal is %1 and takes no further payment.").arg(dealStateName(d->state)));
        const qint64 now = NodeDb::nowMs();
        if (intent.status != QLatin1String("open") || timeToMs(intent.expiresAt) < now)
            return fail(QStringLiteral("intent_expired"),
                        tr("The payment intent expired at %1; ask for a new one.")
                            .arg(timestampToJson(intent.expiresAt)));
        if (intent.chain != kChain)
            return payCoinIntent(*d, intent, envelope, now, &payment, &dealOut);
        auto t =
            verifyStellarPayment(envelope, devNetworkPassphrase(), devNetworkName(), now / 1000);
        if (!t)
            return t.error();
        if (t->source != d->consumer)
            return fail(QStringLiteral("payment_refused"),
                        tr("The payment comes from %1, not from the deal's consumer %2.")
                            .arg(t->source, d->consumer));
        if (t->destination != intent.escrowAddress)
            return fail(QStringLiteral("payment_refused"),
                        tr("The payment goes to %1; the escrow address is %2.")
                            .arg(t->destination, intent.escrowAddress));
        const QString asset = assetForCurrency(intent.amount.currency);
        if (t->asset != asset)
            return fail(QStringLiteral("payment_refused"),
                        tr("The payment sends %1; the intent asks for %2.").arg(t->asset, asset));
        if (t->memo != intent.memo)
            return fail(QStringLiteral("payment_refused"),
                        tr("The memo \"%1\" does not match the intent's memo \"%2\".")
                            .arg(t->memo, intent.memo));
        if (t->amount < intent.amount.units)
            return fail(QStringLiteral("payment_refused"),
                        tr("Underpayment: the transaction sends %1, the intent asks for %2.")
                            .arg(Amount{t->amount, intent.amount.currency}.toDecimalString(),
                                 intent.amount.toDecimalString()));
        auto seen = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE tx_hash = ?"),
                                {t->hash});
        if (!seen)
            return seen.error();
        if (seen->toInt() > 0)
            return fail(QStringLiteral("payment_replayed"),
                        tr("Transaction %1 was already recorded.").arg(t->hash));
        if (auto s2 = m_ledger->submit(*t); !s2)
            return s2;
        payment.id = newId("pay");
        payment.dealId = d->id;
        payment.intentId = intent.id;
        payment.consumer = d->consumer;
        payment.providerId = d->providerId;
        payment.kind = QStringLiteral("deposit");
        payment.chain = kChain;
        payment.network = devNetworkName();
        payment.txHash = t->hash;
        payment.from = t->source;
        payment.to = t->destination;
        payment.amount = Amount{t->amount, intent.amount.currency};
        payment.amountUsd = d->total;
        payment.memo = t->memo;
        payment.createdAt = msToTime(now);
        const QByteArray data = compactJson(payment.toJson());
        auto ins = m_db.exec(
            QStringLiteral("INSERT INTO payments (id, deal_id, consumer, provider_address, kind, "
                           "tx_hash, from_address, units, created_at, data) VALUES (?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?)"),
            {payment.id, d->id, d->consumer, d->providerAddress, payment.kind, t->hash, t->source,
             t->amount, now, QString::fromUtf8(data)});
        if (!ins)
            return ins.error();
        if (auto s2 =
                m_db.appendChange(QStringLiteral("payment"), payment.id, QStringLiteral("upsert"),
                                  data, d->consumer, d->providerAddress);
            !s2)
            return s2;
        PaymentIntent paid = intent;
        paid.status = QStringLiteral("paid");
        paid.updatedAt = msToTime(now);
        if (auto up = m_db.exec(QStringLiteral("UPDATE payment_intents SET status = 'paid', data "
                                               "= ? WHERE id = ?"),
                                {QString::fromUtf8(compactJson(paid.toJson())), paid.id});
            !up)
            return up.error();
        dealOut = *d;
        dealOut.state = DealState::Funded;
        dealOut.updatedAt = msToTime(now);
        if (auto s2 = saveDeal(dealOut); !s2)
            return s2;
        // The platform fee leaves escrow at funding.
        if (auto s2 = recordMovement(dealOut, QStringLiteral("fee"), dealOut.fee.units,
                                     escrowAddress(), platformFeeAddress());
            !s2)
            return s2;
        qCInfo(lcNode) << "deal" << dealOut.id << "funded by" << t->hash;
        return notify(dealOut.providerAddress, QStringLiteral("deal.funded"), tr("SLA funded"),
                      tr("Escrow received %1.").arg(payment.amount.toDecimalString()),
                      QStringLiteral("deal"), dealOut.id);
    });
    if (!s) {
        qCInfo(lcNode) << "payment for deal" << r.param(0) << "refused:" << s.error().code;
        return ApiReply::fromError(s.error());
    }
    return ApiReply::json({{QStringLiteral("payment"), payment.toJson()},
                           {QStringLiteral("deal"), dealOut.toJson()}});
}

// Moves usd7 worth of the deal's deposit on the ledger and records it. Movements out of
// escrow are converted cumulatively: after movements worth U of the deal's total T, exactly
// floor(deposit x U / T) units have left escrow (economics::cumulativeShare), so rounding never
// creates or loses a base unit and the movement that completes T takes what is left. A refund
// of the fee from the fee account returns the units the fee took.
Status Node::recordMovement(const Deal &d, const QString &kind, qint64 usd7, const QString &from,
                            const QString &to)
{
    if (usd7 <= 0)
        return success();
    auto dep = m_db.exec(QStringLiteral("SELECT units, data FROM payments WHERE deal_id = ? AND "
                                        "kind = 'deposit'"),
                         {d.id});
    if (!dep)
        return dep.error();
    if (!dep->next())
        return success(); // nothing was paid: nothing to move
    const qint64 depositUnits = dep->value(0).toLongLong();
    auto depJson = parseJsonObject(dep->value(1).toString());
    if (!depJson)
        return depJson.error();
    auto deposit = Payment::fromJson(*depJson);
    if (!deposit)
        return deposit.error();
    const QString cur = deposit->amount.currency;
    const qint64 total = std::max<qint64>(1, d.total.units);
    qint64 units = economics::mulDivFloor(depositUnits, usd7, total);
    if (from == escrowAddress()) {
        auto out = m_db.exec(QStringLiteral("SELECT COALESCE(SUM(units), 0), COALESCE(SUM(usd7), "
                                            "0) FROM payments WHERE deal_id = ? AND kind <> "
                                            "'deposit' AND from_address = ?"),
                             {d.id, escrowAddress()});
        if (!out)
            return out.error();
        if (!out->next())
            return dbError(*out);
        const qint64 left = depositUnits - out->value(0).toLongLong();
        const qint64 usdBefore = std::min(out->value(1).toLongLong(), total);
        units = economics::cumulativeShare(depositUnits, usdBefore, usd7, total);
        // The movement that completes the deal's total sweeps whatever is left.
        if (usdBefore + usd7 >= total ||
            d.released.units + d.slashed.units + d.refunded.units + usd7 + d.fee.units >= total)
            units = left;
        units = std::clamp<qint64>(units, 0, std::max<qint64>(0, left));
    }
    // Card (fiat) deposits live outside the development ledger: their movements are recorded only.
    const bool fiat = deposit->chain == QLatin1String("fiat");
    const bool coin = !fiat && deposit->chain != kChain;
    if (!fiat && !coin)
        if (auto s = m_ledger->move(kChain, from, to, assetForCurrency(cur), units); !s)
            return s;
    Payment p;
    if (coin)
        if (auto s = moveCoin(d, *deposit, from, to, units, p); !s)
            return s;
    p.id = newId("pay");
    p.dealId = d.id;
    p.consumer = d.consumer;
    p.providerId = d.providerId;
    p.kind = kind;
    if (!coin) {
        p.chain = fiat ? deposit->chain : kChain;
        p.network = fiat ? deposit->network : devNetworkName();
        p.from = from;
        p.to = to;
    }
    p.amount = Amount{units, cur};
    p.amountUsd = Amount{usd7, currency::USD};
    p.createdAt = msToTime(NodeDb::nowMs());
    const QByteArray data = compactJson(p.toJson());
    auto ins = m_db.exec(
        QStringLiteral("INSERT INTO payments (id, deal_id, consumer, provider_address, kind, "
                       "tx_hash, from_address, units, created_at, data, usd7) VALUES (?, ?, ?, "
                       "?, ?, NULL, ?, ?, ?, ?, ?)"),
        {p.id, d.id, d.consumer, d.providerAddress, kind, from, units, timeToMs(p.createdAt),
         QString::fromUtf8(data), usd7});
    if (!ins)
        return ins.error();
    return m_db.appendChange(QStringLiteral("payment"), p.id, QStringLiteral("upsert"), data,
                             d.consumer, d.providerAddress);
}

ApiReply Node::listDealPayments(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto d = visibleDeal(*c, r.param(0));
    if (!d)
        return ApiReply::fromError(d.error());
    auto q = m_db.exec(
        QStringLiteral("SELECT data FROM payments WHERE deal_id = ? ORDER BY created_at, id"),
        {d->id});
    if (!q)
        return ApiReply::fromError(q.error());
    QJsonArray items;
    while (q->next())
        if (auto o = parseJsonObject(q->value(0).toString()))
            items.append(*o);
    QJsonObject out{{QStringLiteral("items"), items}};
    auto in = intentOfDeal(d->id);
    if (in && *in)
        out.insert(QStringLiteral("intent"), (*in)->toJson());
    return ApiReply::json(out);
}

ApiReply Node::listRates(ApiRequest &)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT currency, usd7_per_coin, source, updated_at FROM rates ORDER BY "
                       "currency"));
    if (!q)
        return ApiReply::fromError(q.error());
    QJsonArray items;
    while (q->next())
        items.append(QJsonObject{
            {QStringLiteral("currency"), q->value(0).toString()},
            {QStringLiteral("usd7PerCoin"), q->value(1).toLongLong()},
            {QStringLiteral("source"), q->value(2).toString()},
            {QStringLiteral("updatedAt"), timestampToJson(msToTime(q->value(3).toLongLong()))}});
    return ApiReply::json({{QStringLiteral("items"), items}});
}

ApiReply Node::setRate(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    if (!c->admin)
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               tr("Only an admin records exchange rates."));
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString cur = r.param(0);
    if (currencyDecimals(cur) < 0 && cur != QLatin1String("EUR"))
        return ApiReply::error(
            400, QStringLiteral("bad_request"),
            tr("PUT /v1/rates/{XLM|USD|EUR|ALGO|BTC|STRK} with {\"usd7PerCoin\": n>0}."));
    auto rateIn = input::integer(*body, QStringLiteral("usd7PerCoin"), 1, economics::kMaxUnits);
    if (!rateIn)
        return ApiReply::fromError(rateIn.error());
    const qint64 rate = *rateIn;
    const QString source = body->value(QStringLiteral("source")).toString(QStringLiteral("admin"));
    Status s = m_db.write([&]() -> Status {
        auto del = m_db.exec(QStringLiteral("DELETE FROM rates WHERE currency = ?"), {cur});
        if (!del)
            return del.error();
        auto ins = m_db.exec(QStringLiteral("INSERT INTO rates (currency, usd7_per_coin, source, "
                                            "updated_at) VALUES (?, ?, ?, ?)"),
                             {cur, rate, source, NodeDb::nowMs()});
        return ins ? success() : Status(ins.error());
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return listRates(r);
}

ApiReply Node::faucet(ApiRequest &r)
{
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString address = body->value(QStringLiteral("address")).toString();
    const QString cur = body->value(QStringLiteral("currency")).toString(currency::XLM);
    if (isCoin(cur))
        return coinFaucet(r, *body, cur);
    if (auto key = stellarPublicKey(address); !key)
        return ApiReply::fromError(key.error());
    const QString asset = assetForCurrency(cur);
    if (asset.isEmpty())
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("The faucet gives XLM, USD, ALGO, BTC or STRK on the development network."));
    // 10,000 coins per call unless "units" says otherwise, the same on both assets (both have 7
    // decimals). A malformed "units" is refused, never replaced by the default.
    auto units = input::integer(*body, QStringLiteral("units"), 1, qint64(1000000) * 10000000,
                                qint64(10000) * 10000000);
    if (!units)
        return ApiReply::fromError(units.error());
    const qint64 amount = *units;
    Status s = m_db.write([&]() -> Status {
        if (auto c = m_ledger->credit(kChain, address, asset, amount); !c)
            return c;
        return recordDevTransfer(kChain, newId("faucet"), QStringLiteral("faucet"), QString(),
                                 address, asset, amount, 0, QString());
    });
    if (!s)
        return ApiReply::fromError(s.error());
    r.params = {address};
    return devAccount(r);
}

ApiReply Node::devAccount(ApiRequest &r)
{
    const QString address = r.param(0);
    if (address.size() != 56) // not a Stellar G...: an Algorand or Bitcoin address
        return coinAccount(r);
    auto a = m_ledger->account(kChain, address);
    if (!a)
        return ApiReply::fromError(a.error());
    if (!a->exists)
        return ApiReply::error(
            404, QStringLiteral("not_found"),
            tr("%1 has no account on the development ledger; use the faucet.").arg(address));
    QJsonObject balances;
    for (auto it = a->balances.cbegin(); it != a->balances.cend(); ++it)
        balances.insert(it.key(), it.value());
    return ApiReply::json({{QStringLiteral("chain"), kChain},
                           {QStringLiteral("network"), devNetworkName()},
                           {QStringLiteral("address"), address},
                           {QStringLiteral("sequence"), QString::number(a->sequence)},
                           {QStringLiteral("balances"), balances}});
}

} // namespace fb::node
