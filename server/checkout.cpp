// Development card checkout: the fiat path of the consumer's payment. The app asks for a
// one-time checkout session (POST /v1/deals/{id}/checkout); the node serves a small HTML page
// for it (no scripts, no external resources) whose form posts a test card back to the node.
// The node records the card payment like a verified deposit (chain "fiat") and answers with a
// result page the app recognises by its title and its flashback://checkout/done link.
// Nothing is charged: this is the development network's stand-in for a card processor.
#include "server/devnetwork.h"
#include "server/node.h"
#include "server/nodelog.h"

#include <QDate>
#include <QRegularExpression>
#include <QUrl>

namespace fb::node {

namespace {

const QString kFiat = QStringLiteral("fiat");
const QString kFiatNetwork = QStringLiteral("development card network");

// "$0.0704", "$12.50": four decimals below a dollar, so small sums do not read as zero.
QString usdText(qint64 usd7)
{
    const double v = double(usd7) / 1e7;
    return QStringLiteral("$") + QString::number(v, 'f', v < 1.0 && usd7 != 0 ? 4 : 2);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// The Luhn check every card number passes.
bool luhn(const QString &digits)
{
    int sum = 0;
    bool dbl = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

QString page(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width\"><title>%1</title>"
               "<style>body{font-family:sans-serif;margin:24px;max-width:560px;color:#222}"
               ".dev{background:#fff3cd;border:1px solid #e0b100;padding:8px 12px;"
               "font-weight:bold}label{display:block;margin-top:12px}input{font-size:16px;"
               "padding:4px;width:100%;box-sizing:border-box}button{margin-top:16px;"
               "font-size:16px;padding:6px 16px}.err{color:#b71c1c}.ok{color:#1b5e20}"
               "table{border-collapse:collapse}td{padding:2px 12px 2px 0}</style></head>"
               "<body><p class=\"dev\" id=\"devBanner\">%2</p>%3</body></html>")
        .arg(esc(title),
             esc(Node::tr("Development checkout — no real money. Cards are not charged.")), body);
}

} // namespace

ApiReply Node::createCheckout(ApiRequest &r)
{
    // The deal's USD payment intent, with the same rules as POST /v1/deals/{id}/intent.
    ApiRequest intentReq = r;
    intentReq.body = QByteArrayLiteral("{\"currency\":\"USD\"}");
    ApiReply intentReply = createIntent(intentReq);
    if (intentReply.status != 200 && intentReply.status != 201)
        return intentReply;
    auto o = parseJsonObject(QString::fromUtf8(intentReply.body));
    if (!o)
        return ApiReply::fromError(o.error());
    auto intent = PaymentIntent::fromJson(*o);
    if (!intent)
        return ApiReply::fromError(intent.error());
    const qint64 now = NodeDb::nowMs();
    // Drop expired and used sessions so the map stays small.
    m_checkouts.removeIf(
        [now](const auto &it) { return it.value().used || it.value().expiresMs < now; });
    const QString token = QStringLiteral("cs_") + randomToken(24);
    CheckoutSession session;
    session.dealId = intent->dealId;
    session.intentId = intent->id;
    session.consumer = intent->consumer;
    session.expiresMs = std::min(timeToMs(intent->expiresAt), now + qint64(30) * 60 * 1000);
    m_checkouts.insert(token, session);
    const QString path = QStringLiteral("/v1/checkout/") + token;
    QUrl url = r.origin;
    url.setPath(path);
    const QString absolute =
        r.origin.isValid() && !r.origin.host().isEmpty() ? url.toString() : path;
    qCInfo(lcNode) << "checkout session for deal" << intent->dealId;
    return ApiReply::json(
        {{QStringLiteral("sessionId"), token},
         {QStringLiteral("url"), absolute},
         {QStringLiteral("path"), path},
         {QStringLiteral("dealId"), intent->dealId},
         {QStringLiteral("amount"), intent->amount.toJson()},
         {QStringLiteral("expiresAt"), timestampToJson(msToTime(session.expiresMs))},
         {QStringLiteral("doneUrl"),
          QString(QStringLiteral("flashback://checkout/done?deal=") + intent->dealId)}},
        201);
}

ApiReply Node::checkoutPage(ApiRequest &r)
{
    const QString token = r.param(0);
    const auto it = m_checkouts.constFind(token);
    if (it == m_checkouts.cend() || it->used || it->expiresMs < NodeDb::nowMs())
        return ApiReply::html(page(tr("Checkout unavailable"),
                                   QStringLiteral("<h1>%1</h1><p>%2</p>")
                                       .arg(esc(tr("This checkout is no longer open")),
                                            esc(tr("It was used, it expired, or the node "
                                                   "restarted. Start the payment again from "
                                                   "the app.")))),
                              404);
    auto d = loadDeal(it->dealId);
    if (!d || !*d)
        return ApiReply::html(page(tr("Checkout unavailable"), esc(tr("No such deal."))), 404);
    const QString error = r.queryValue(QStringLiteral("error"));
    const QString body =
        QStringLiteral(
            "<h1>%1</h1><table><tr><td>%2</td><td id=\"deal\">%3</td></tr>"
            "<tr><td>%4</td><td id=\"amount\"><b>%5</b></td></tr></table>"
            "%6"
            "<form id=\"checkout\" method=\"post\" action=\"/v1/checkout/%7\">"
            "<label for=\"name\">%8</label><input id=\"name\" name=\"name\" autocomplete=\"off\" "
            "autofocus>"
            "<label for=\"card\">%9</label><input id=\"card\" name=\"card\" inputmode=\"numeric\" "
            "autocomplete=\"off\" placeholder=\"4242 4242 4242 4242\" required>"
            "<label for=\"expiry\">%10</label><input id=\"expiry\" name=\"expiry\" "
            "placeholder=\"12/34\" autocomplete=\"off\" required>"
            "<label for=\"cvc\">%11</label><input id=\"cvc\" name=\"cvc\" inputmode=\"numeric\" "
            "placeholder=\"123\" autocomplete=\"off\" required>"
            "<button id=\"pay\" type=\"submit\">%12</button></form>"
            "<p><small>%13</small></p>")
            .arg(esc(tr("Pay for your storage agreement")), esc(tr("Deal")), esc((*d)->id),
                 esc(tr("Amount")), esc(usdText((*d)->total.units)),
                 error.isEmpty()
                     ? QString()
                     : QStringLiteral("<p class=\"err\" id=\"error\">%1</p>").arg(esc(error)),
                 token, esc(tr("Name on card")), esc(tr("Card number")), esc(tr("Expiry (MM/YY)")),
                 esc(tr("Security code")))
            .arg(esc(tr("Pay %1").arg(usdText((*d)->total.units))),
                 esc(tr("Test card 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined. "
                        "Any future expiry and any 3 digits.")));
    return ApiReply::html(page(tr("Development checkout"), body));
}

ApiReply Node::checkoutPay(ApiRequest &r)
{
    const QString token = r.param(0);
    auto it = m_checkouts.find(token);
    if (it == m_checkouts.end() || it->used || it->expiresMs < NodeDb::nowMs()) {
        r.params = {token};
        return checkoutPage(r);
    }
    const QUrlQuery form = r.form();
    QString card = form.queryItemValue(QStringLiteral("card"), QUrl::FullyDecoded);
    card.remove(QLatin1Char(' '));
    card.remove(QLatin1Char('-'));
    const QString expiry =
        form.queryItemValue(QStringLiteral("expiry"), QUrl::FullyDecoded).trimmed();
    const QString cvc = form.queryItemValue(QStringLiteral("cvc"), QUrl::FullyDecoded).trimmed();
    QString error;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{12,19}$"));
    static const QRegularExpression exp(QStringLiteral("^(0[1-9]|1[0-2])/([0-9]{2})$"));
    static const QRegularExpression cvcRe(QStringLiteral("^[0-9]{3,4}$"));
    const auto em = exp.match(expiry);
    if (!digits.match(card).hasMatch() || !luhn(card))
        error = tr("The card number is not valid.");
    else if (!em.hasMatch())
        error = tr("Give the expiry as MM/YY.");
    else if (QDate(2000 + em.captured(2).toInt(), em.captured(1).toInt(), 1).addMonths(1) <=
             QDate::currentDate())
        error = tr("The card has expired.");
    else if (!cvcRe.match(cvc).hasMatch())
        error = tr("The security code is 3 or 4 digits.");
    else if (card != QLatin1String("4242424242424242"))
        error = tr("The card was declined. On the development network only the test card "
                   "4242 4242 4242 4242 pays.");
    if (!error.isEmpty()) {
        r.params = {token};
        r.query = QUrlQuery();
        r.query.addQueryItem(QStringLiteral("error"), error);
        ApiReply again = checkoutPage(r);
        again.status = 402;
        return again;
    }
    Payment payment;
    if (auto s = fundDealByCard(it->dealId, it->intentId, card.right(4), &payment); !s)
        return ApiReply::html(
            page(tr("Payment failed"),
                 QStringLiteral("<h1>%1</h1><p class=\"err\" id=\"error\">%2</p>")
                     .arg(esc(tr("The payment was not recorded")), esc(s.error().message))),
            statusForCode(s.error().code));
    it->used = true;
    const QString done =
        QStringLiteral("flashback://checkout/done?deal=%1&status=paid").arg(payment.dealId);
    return ApiReply::html(
        page(tr("Payment complete"),
             QStringLiteral("<h1 class=\"ok\">%1</h1><p id=\"result\">%2</p>"
                            "<p><a id=\"return\" href=\"%3\">%4</a></p>")
                 .arg(esc(tr("Payment complete")),
                      esc(tr("%1 is in escrow for deal %2. You can return to the app.")
                              .arg(usdText(payment.amount.units), payment.dealId)),
                      esc(done), esc(tr("Return to Flashback")))));
}

Status Node::fundDealByCard(const QString &dealId, const QString &intentId, const QString &last4,
                            Payment *payment)
{
    Deal dealOut;
    return m_db.write([&]() -> Status {
        auto d = loadDeal(dealId);
        if (!d)
            return d.error();
        if (!*d)
            return Status::failure(QStringLiteral("not_found"), tr("No such deal."));
        auto in = intentOfDeal(dealId);
        if (!in)
            return in.error();
        if (!*in || (*in)->id != intentId)
            return Status::failure(
                QStringLiteral("intent_expired"),
                tr("The deal has a newer payment request; start again from the app."));
        const PaymentIntent intent = **in;
        if ((*d)->state != DealState::Accepted || intent.status == QLatin1String("paid"))
            return Status::failure(
                QStringLiteral("payment_replayed"),
                tr("The deal is %1 and takes no further payment.").arg(dealStateName((*d)->state)));
        const qint64 now = NodeDb::nowMs();
        if (intent.status != QLatin1String("open") || timeToMs(intent.expiresAt) < now)
            return Status::failure(QStringLiteral("intent_expired"),
                                   tr("The payment request expired; start again from the app."));
        Payment &p = *payment;
        p.id = newId("pay");
        p.dealId = dealId;
        p.intentId = intent.id;
        p.consumer = (*d)->consumer;
        p.providerId = (*d)->providerId;
        p.kind = QStringLiteral("deposit");
        p.chain = kFiat;
        p.network = kFiatNetwork;
        p.txHash = QStringLiteral("card_") + randomToken(12);
        p.from = QStringLiteral("card ••••") + last4;
        p.to = escrowAddress();
        p.amount = intent.amount;
        p.amountUsd = (*d)->total;
        p.memo = intent.memo;
        p.createdAt = msToTime(now);
        const QByteArray data = compactJson(p.toJson());
        auto ins = m_db.exec(
            QStringLiteral("INSERT INTO payments (id, deal_id, consumer, provider_address, kind, "
                           "tx_hash, from_address, units, created_at, data) VALUES (?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?)"),
            {p.id, dealId, p.consumer, (*d)->providerAddress, p.kind, p.txHash, p.from,
             p.amount.units, now, QString::fromUtf8(data)});
        if (!ins)
            return ins.error();
        if (auto s = m_db.appendChange(QStringLiteral("payment"), p.id, QStringLiteral("upsert"),
                                       data, p.consumer, (*d)->providerAddress);
            !s)
            return s;
        PaymentIntent paid = intent;
        paid.status = QStringLiteral("paid");
        paid.updatedAt = msToTime(now);
        if (auto up = m_db.exec(QStringLiteral("UPDATE payment_intents SET status = 'paid', data "
                                               "= ? WHERE id = ?"),
                                {QString::fromUtf8(compactJson(paid.toJson())), paid.id});
            !up)
            return up.error();
        dealOut = **d;
        dealOut.state = DealState::Funded;
        dealOut.updatedAt = msToTime(now);
        if (auto s = saveDeal(dealOut); !s)
            return s;
        if (auto s = recordMovement(dealOut, QStringLiteral("fee"), dealOut.fee.units,
                                    escrowAddress(), platformFeeAddress());
            !s)
            return s;
        qCInfo(lcNode) << "deal" << dealOut.id << "funded by card";
        return notify(dealOut.providerAddress, QStringLiteral("deal.funded"), tr("SLA funded"),
                      tr("Escrow received %1 by card.").arg(p.amount.toDecimalString()),
                      QStringLiteral("deal"), dealOut.id);
    });
}

} // namespace fb::node
