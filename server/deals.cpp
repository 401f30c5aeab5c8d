// SLAs: quotes, deal creation (one deal per provider shard, grouped by slaId), acceptance with
// sealed access, activation, completion, cancellation with pro-rata refund, breach.
#include "server/devnetwork.h"
#include "server/node.h"
#include "server/nodelog.h"
#include "server/requestinput.h"
#include "server/stellarkeys.h"
#include "wire/economics.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>

namespace fb::node {

namespace {

Amount usd(qint64 units)
{
    return Amount{units, currency::USD};
}

Status fail(const QString &code, const QString &message)
{
    return Status::failure(code, message);
}

QString dealViewers(const Deal &d, int which)
{
    return which == 0 ? d.consumer : d.providerAddress;
}

constexpr qint64 kDayMs = 86400000;
// A deal that Completed is still renewable this long after its end (docs/API.md, "renewalOf").
constexpr qint64 kRenewalGraceMs = 90 * kDayMs;

} // namespace

Result<Quote> Node::buildQuote(const QJsonObject &body, QList<Offer> *offersOut)
{
    auto bad = [](const QString &m) {
        return Result<Quote>::failure(QStringLiteral("bad_request"), m);
    };
    auto tooLarge = [] {
        return Result<Quote>::failure(
            QStringLiteral("amount_too_large"),
            tr("The price of this SLA would pass %1 units (USD x 10^7), the largest amount the "
               "platform handles; ask for less storage, egress or time.")
                .arg(economics::kMaxUnits));
    };
    Quote q;
    q.feeBps = kFeeBps;
    auto size = input::integer(body, QStringLiteral("sizeBytes"), 1, economics::kMaxBytes);
    if (!size)
        return size.error();
    auto egress = input::integer(body, QStringLiteral("egressBytes"), 0, economics::kMaxBytes, 0);
    if (!egress)
        return egress.error();
    auto days =
        input::integer(body, QStringLiteral("durationDays"), 1, economics::kMaxDurationDays);
    if (!days)
        return days.error();
    q.sizeBytes = *size;
    q.egressBytes = *egress;
    q.durationDays = int(*days);
    const QJsonArray ids = body.value(QStringLiteral("offers")).toArray();
    if (ids.isEmpty() || ids.size() > 32)
        return bad(tr("\"offers\" must list 1 to 32 offer ids, one per shard."));
    q.shardCount = int(ids.size());
    auto k = input::integer(body, QStringLiteral("k"), 1, q.shardCount, 1);
    if (!k)
        return Result<Quote>::failure(
            k.error().code,
            tr("\"k\" (shards needed to rebuild) must be from 1 to the number of offers; "
               "1 means every provider keeps a full copy."));
    q.k = int(*k);
    const QString payCurrency = body.value(QStringLiteral("currency")).toString();
    const qint64 shardBytes = (q.sizeBytes + q.k - 1) / q.k;
    const qint64 shardEgress = (q.egressBytes + q.k - 1) / q.k;
    QSet<QString> seen;
    QList<Offer> offers;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i).toString();
        if (seen.contains(id))
            return bad(tr("Offer %1 is listed twice; each shard needs its own offer.").arg(id));
        seen.insert(id);
        auto o = loadOffer(id);
        if (!o)
            return o.error();
        if (!*o)
            return Result<Quote>::failure(QStringLiteral("not_found"),
                                          tr("No such offer: %1.").arg(id));
        const Offer &offer = **o;
        if (q.durationDays < offer.minDurationDays || q.durationDays > offer.maxDurationDays)
            return Result<Quote>::failure(QStringLiteral("unprocessable"),
                                          tr("Offer %1 takes %2 to %3 days; %4 asked.")
                                              .arg(offer.name)
                                              .arg(offer.minDurationDays)
                                              .arg(offer.maxDurationDays)
                                              .arg(q.durationDays));
        if (offer.freeBytes < shardBytes)
            return Result<Quote>::failure(QStringLiteral("insufficient_capacity"),
                                          tr("Offer %1 has %2 bytes free; the shard needs %3.")
                                              .arg(offer.name)
                                              .arg(offer.freeBytes)
                                              .arg(shardBytes));
        if (!payCurrency.isEmpty() && !offer.currencies.contains(payCurrency))
            return Result<Quote>::failure(
                QStringLiteral("unprocessable"),
                tr("Offer %1 does not accept %2.").arg(offer.name, payCurrency));
        QuoteLine l;
        l.offerId = offer.id;
        l.providerId = offer.providerId;
        l.shardIndex = int(i);
        l.shardBytes = shardBytes;
        l.egressBytes = shardEgress;
        l.priceStoragePerGbMonthUsd7 = offer.priceStoragePerGbMonthUsd7;
        l.priceEgressPerGbUsd7 = offer.priceEgressPerGbUsd7;
        l.storageCost = usd(
            economics::storageCost(shardBytes, offer.priceStoragePerGbMonthUsd7, q.durationDays));
        l.egressCost = usd(economics::egressCost(shardEgress, offer.priceEgressPerGbUsd7));
        l.subtotal = usd(economics::add(l.storageCost.units, l.egressCost.units));
        l.fee = usd(economics::fee(l.subtotal.units, kFeeBps));
        if (economics::add(l.subtotal.units, l.fee.units) == economics::kOutOfRange)
            return tooLarge();
        q.lines.append(l);
        offers.append(offer);
    }
    // Every sum is checked: a total past kMaxUnits is refused, never wrapped.
    qint64 storage = 0, egr = 0, fee = 0;
    for (const QuoteLine &l : std::as_const(q.lines)) {
        storage = economics::add(storage, l.storageCost.units);
        egr = economics::add(egr, l.egressCost.units);
        fee = economics::add(fee, l.fee.units);
    }
    const qint64 subtotal = economics::add(storage, egr);
    const qint64 total = economics::add(subtotal, fee);
    if (total == economics::kOutOfRange)
        return tooLarge();
    q.storageCost = usd(storage);
    q.egressCost = usd(egr);
    q.subtotal = usd(subtotal);
    q.fee = usd(fee);
    q.total = usd(total);
    if (offersOut)
        *offersOut = offers;
    return q;
}

ApiReply Node::quote(ApiRequest &r)
{
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    // Capacity held by overdue unpaid deals is free again before it is quoted.
    if (auto e = expireUnpaidDeals(); !e)
        return ApiReply::fromError(e.error());
    auto q = buildQuote(*body, nullptr);
    if (!q)
        return ApiReply::fromError(q.error());
    return ApiReply::json(q->toJson());
}

Result<std::optional<Deal>> Node::loadDeal(const QString &id)
{
    return documentAs<Deal>(loadDocument(QStringLiteral("deals"), id));
}

Result<std::optional<QJsonObject>> Node::loadDocument(const QString &table, const QString &id)
{
    auto q = m_db.exec(QStringLiteral("SELECT data FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QJsonObject>();
    auto o = parseJsonObject(q->value(0).toString());
    if (!o)
        return o.error();
    return std::optional<QJsonObject>(*o);
}

Result<Deal> Node::visibleDeal(const Caller &c, const QString &id)
{
    auto d = loadDeal(id);
    if (!d)
        return d.error();
    if (!*d || (!c.admin && (*d)->consumer != c.address && (*d)->providerAddress != c.address))
        return Result<Deal>::failure(QStringLiteral("not_found"), tr("No such deal."));
    return **d;
}

Status Node::saveDeal(const Deal &d)
{
    const QByteArray data = compactJson(d.toJson());
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO deals (id, sla_id, consumer, provider_id, provider_address, "
                       "offer_id, state, end_at, created_at, updated_at, data) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = "
                       "excluded.state, end_at = excluded.end_at, updated_at = "
                       "excluded.updated_at, data = excluded.data"),
        {d.id, d.slaId, d.consumer, d.providerId, d.providerAddress, d.offerId,
         dealStateName(d.state), timeToMs(d.endAt), timeToMs(d.createdAt), timeToMs(d.updatedAt),
         QString::fromUtf8(data)});
    if (!q)
        return q.error();
    // Every way a deal turns Funded (coin, card, confirmed deposits) saves it here: a demo
    // provider's deal is then due for activation by the development network's agent.
    if (auto s = noteFundedDeal(d); !s)
        return s;
    return m_db.appendChange(QStringLiteral("deal"), d.id, QStringLiteral("upsert"), data,
                             dealViewers(d, 0), dealViewers(d, 1));
}

ApiReply Node::createDeals(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString protocol = body->value(QStringLiteral("protocol")).toString();
    // A renewal names the deal it follows; its term then starts at that deal's end.
    QString renewalOf;
    if (body->contains(QStringLiteral("renewalOf"))) {
        auto id = input::text(*body, QStringLiteral("renewalOf"), true, 64);
        if (!id)
            return ApiReply::fromError(id.error());
        if (id->isEmpty())
            return ApiReply::error(400, QStringLiteral("bad_request"),
                                   tr("\"renewalOf\" must be the id of the deal renewed."));
        renewalOf = *id;
    }
    QList<Deal> created;
    Quote quoted;
    QList<Deal> demoDeals;
    // Committed on its own: a refused request must not roll the releases back.
    if (auto e = expireUnpaidDeals(); !e)
        return ApiReply::fromError(e.error());
    Status s = m_db.write([&]() -> Status {
        QList<Offer> offers;
        auto q = buildQuote(*body, &offers);
        if (!q)
            return q.error();
        quoted = *q;
        auto unpaid = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM deals WHERE consumer = ? "
                                                 "AND state IN ('Pending', 'Accepted')"),
                                  {c->address});
        if (!unpaid)
            return unpaid.error();
        if (unpaid->toLongLong() + offers.size() > m_config.maxUnpaidDeals)
            return fail(QStringLiteral("too_many_unpaid_deals"),
                        tr("This account has %1 unpaid deal(s); at most %2 may wait for payment "
                           "at a time. Pay or cancel some first (unpaid deals also expire %3 "
                           "minute(s) after the request).")
                            .arg(unpaid->toLongLong())
                            .arg(m_config.maxUnpaidDeals)
                            .arg(std::max(1, m_config.unpaidDealTtlSec / 60)));
        const QString slaId = newId("sla");
        const QDateTime now = msToTime(NodeDb::nowMs());
        QDateTime notBefore;
        if (!renewalOf.isEmpty()) {
            auto end = renewalStart(*c, renewalOf, timeToMs(now));
            if (!end)
                return end.error();
            notBefore = msToTime(*end);
        }
        for (qsizetype i = 0; i < offers.size(); ++i) {
            Offer offer = offers.at(i);
            const QuoteLine &line = q->lines.at(i);
            auto p = loadProvider(offer.providerId);
            if (!p)
                return p.error();
            if (!*p)
                return fail(QStringLiteral("not_found"), tr("The offer's provider is gone."));
            if (!(*p)->certification.isApproved(now))
                return fail(QStringLiteral("not_certified"),
                            tr("Provider %1 has no valid certification.").arg((*p)->name));
            if ((*p)->address == c->address)
                return fail(QStringLiteral("bad_request"),
                            tr("An account cannot buy from its own offer %1.").arg(offer.name));
            QString proto = protocol;
            if (proto.isEmpty())
                proto = offer.protocols.value(0);
            if (!offer.protocols.contains(proto))
                return fail(QStringLiteral("unprocessable"),
                            tr("Offer %1 does not speak %2.").arg(offer.name, proto));
            Deal d;
            d.id = newId("dl");
            d.slaId = slaId;
            d.consumer = c->address;
            d.providerId = offer.providerId;
            d.providerAddress = (*p)->address;
            d.offerId = offer.id;
            d.state = DealState::Pending;
            d.protocol = proto;
            d.sizeBytes = line.shardBytes;
            d.egressBytes = line.egressBytes;
            d.durationDays = q->durationDays;
            d.shardIndex = line.shardIndex;
            d.shardCount = q->shardCount;
            d.k = q->k;
            d.priceStoragePerGbMonthUsd7 = line.priceStoragePerGbMonthUsd7;
            d.priceEgressPerGbUsd7 = line.priceEgressPerGbUsd7;
            d.storageCost = line.storageCost;
            d.egressCost = line.egressCost;
            d.subtotal = line.subtotal;
            d.fee = line.fee;
            d.total = usd(line.subtotal.units + line.fee.units);
            d.released = usd(0);
            d.refunded = usd(0);
            d.slashed = usd(0);
            d.createdAt = now;
            d.updatedAt = now;
            d.renewalOf = renewalOf;
            d.notBefore = notBefore;
            if (auto s2 = saveDeal(d); !s2)
                return s2;
            // Reserve the shard's bytes and lock the offer's terms.
            offer.freeBytes -= d.sizeBytes;
            offer.locked = true;
            offer.updatedAt = now;
            if (auto s2 = saveOffer(offer); !s2)
                return s2;
            if (auto s2 = notify(d.providerAddress, QStringLiteral("deal.created"),
                                 tr("New SLA request for %1").arg(offer.name),
                                 tr("%1 bytes for %2 days").arg(d.sizeBytes).arg(d.durationDays),
                                 QStringLiteral("deal"), d.id);
                !s2)
                return s2;
            created.append(d);
            if ((*p)->demo)
                demoDeals.append(d);
        }
        // Seeded demo providers are served by the node's development-network agent, which
        // accepts at once and seals local storage parameters to the consumer.
        for (Deal &d : demoDeals) {
            const QString dir =
                QDir(m_config.dataDir)
                    .filePath(QStringLiteral("demo-storage/%1/%2").arg(d.providerId, d.id));
            if (!QDir().mkpath(dir))
                return fail(QStringLiteral("storage_error"),
                            tr("Cannot create the demo storage directory %1.").arg(dir));
            const QJsonObject access{{QStringLiteral("type"), QStringLiteral("local")},
                                     {QStringLiteral("path"), dir}};
            auto sealed = sealToStellar(d.consumer, compactJson(access));
            if (!sealed)
                return sealed.error();
            if (auto s2 = acceptWithSealedAccess(d, *sealed); !s2)
                return s2;
            for (Deal &x : created)
                if (x.id == d.id)
                    x = d;
        }
        return success();
    });
    if (!s)
        return ApiReply::fromError(s.error());
    QJsonArray deals;
    for (const Deal &d : std::as_const(created))
        deals.append(d.toJson());
    return ApiReply::json({{QStringLiteral("slaId"), created.value(0).slaId},
                           {QStringLiteral("deals"), deals},
                           {QStringLiteral("quote"), quoted.toJson()}},
                          201);
}

ApiReply Node::listDeals(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    const QString role = r.queryValue(QStringLiteral("role"));
    QString where;
    QVariantList binds;
    if (role == QLatin1String("provider")) {
        where = QStringLiteral(" WHERE provider_address = ?");
        binds << c->address;
    } else if (role == QLatin1String("consumer") || role.isEmpty() || !c->admin) {
        if (role.isEmpty()) {
            where = QStringLiteral(" WHERE (consumer = ? OR provider_address = ?)");
            binds << c->address << c->address;
        } else {
            where = QStringLiteral(" WHERE consumer = ?");
            binds << c->address;
        }
    } else {
        where = QStringLiteral(" WHERE 1 = 1"); // admin, role=all
    }
    const QString state = r.queryValue(QStringLiteral("state"));
    if (!state.isEmpty()) {
        where += QStringLiteral(" AND state = ?");
        binds << state;
    }
    const QString sla = r.queryValue(QStringLiteral("slaId"));
    if (!sla.isEmpty()) {
        where += QStringLiteral(" AND sla_id = ?");
        binds << sla;
    }
    auto q = m_db.exec(QStringLiteral("SELECT data FROM deals") + where +
                           QStringLiteral(" ORDER BY created_at DESC, id LIMIT 1000"),
                       binds);
    if (!q)
        return ApiReply::fromError(q.error());
    QByteArray out = "{\"items\":[";
    bool first = true;
    while (q->next()) {
        if (!first)
            out += ',';
        first = false;
        out += q->value(0).toString().toUtf8();
    }
    out += "]}";
    return ApiReply::rawJson(out);
}

ApiReply Node::getDeal(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto d = visibleDeal(*c, r.param(0));
    if (!d)
        return ApiReply::fromError(d.error());
    if (d->state == DealState::Accepted) {
        // A Bitcoin deposit may have its confirmations by now.
        if (Status s = m_db.write([&] { return promoteConfirmedDeposits(d->id); }); !s)
            return ApiReply::fromError(s.error());
        d = visibleDeal(*c, r.param(0));
        if (!d)
            return ApiReply::fromError(d.error());
    }
    return ApiReply::json(d->toJson());
}

Status Node::acceptWithSealedAccess(Deal &d, const QString &sealedAccess)
{
    const QByteArray box =
        QByteArray::fromBase64(sealedAccess.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // A sealed box is 48 bytes of overhead plus the message; the node cannot open it.
    if (box.size() < 48 + 2 || box.size() > 16384)
        return fail(QStringLiteral("bad_request"),
                    tr("\"sealedAccess\" must be the base64 of a libsodium sealed box to the "
                       "consumer's key (50 to 16384 bytes)."));
    d.state = DealState::Accepted;
    d.sealedAccess = sealedAccess;
    d.updatedAt = msToTime(NodeDb::nowMs());
    if (auto s = saveDeal(d); !s)
        return s;
    return notify(d.consumer, QStringLiteral("deal.accepted"), tr("SLA accepted by the provider"),
                  tr("Pay the deal to fund it: POST /v1/deals/%1/intent.").arg(d.id),
                  QStringLiteral("deal"), d.id);
}

ApiReply Node::answerPendingDeal(ApiRequest &r, const QString &notProvider,
                                 const QString &notPending,
                                 const std::function<Status(Deal &, const QJsonObject &)> &decide)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    Deal result;
    Status s = m_db.write([&]() -> Status {
        auto d = visibleDeal(*c, r.param(0));
        if (!d)
            return d.error();
        if (d->providerAddress != c->address)
            return fail(QStringLiteral("forbidden"), notProvider);
        if (d->state != DealState::Pending)
            return fail(QStringLiteral("bad_state"), notPending.arg(dealStateName(d->state)));
        result = *d;
        return decide(result, *body);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(result.toJson());
}

ApiReply Node::acceptDeal(ApiRequest &r)
{
    return answerPendingDeal(r, tr("Only the provider of this deal can accept it."),
                             tr("The deal is %1; only a Pending deal can be accepted."),
                             [this](Deal &d, const QJsonObject &body) {
                                 return acceptWithSealedAccess(
                                     d, body.value(QStringLiteral("sealedAccess")).toString());
                             });
}

ApiReply Node::rejectDeal(ApiRequest &r)
{
    return answerPendingDeal(r, tr("Only the provider of this deal can reject it."),
                             tr("The deal is %1; only a Pending deal can be rejected."),
                             [this](Deal &d, const QJsonObject &body) -> Status {
                                 auto reason = input::text(body, QStringLiteral("reason"));
                                 if (!reason)
                                     return reason.error();
                                 return endDeal(d, DealState::Rejected, *reason, true);
                             });
}

ApiReply Node::activateDeal(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    Deal result;
    Status s = m_db.write([&]() -> Status {
        auto d = visibleDeal(*c, r.param(0));
        if (!d)
            return d.error();
        if (d->providerAddress != c->address && !c->admin)
            return fail(QStringLiteral("forbidden"),
                        tr("Only the provider of this deal activates it."));
        if (d->state != DealState::Funded)
            return fail(QStringLiteral("bad_state"),
                        tr("The deal is %1; only a Funded deal can become Active.")
                            .arg(dealStateName(d->state)));
        result = *d;
        return startDeal(result, NodeDb::nowMs());
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(result.toJson());
}

// The end of the deal a renewal follows, where the renewal's term starts (notBefore): the
// caller must be its consumer; it must be running (Active, or Funded and about to start) or have
// Completed within kRenewalGraceMs. A Funded deal that has not started ends, at the earliest,
// its term after now (or after its own notBefore).
Result<qint64> Node::renewalStart(const Caller &c, const QString &dealId, qint64 nowMs)
{
    auto old = visibleDeal(c, dealId);
    if (!old)
        return old.error();
    if (old->consumer != c.address)
        return Result<qint64>::failure(
            QStringLiteral("forbidden"),
            tr("Only the consumer of deal %1 can renew it.").arg(dealId));
    const qint64 term = qint64(old->durationDays) * kDayMs;
    switch (old->state) {
    case DealState::Active:
        return timeToMs(old->endAt);
    case DealState::Funded:
        return std::max(nowMs, old->notBefore.isValid() ? timeToMs(old->notBefore) : nowMs) + term;
    case DealState::Completed: {
        // Completed early by its consumer, it ended then, not at the end of its term.
        const qint64 ended = std::min(timeToMs(old->endAt), timeToMs(old->updatedAt));
        if (old->endAt.isValid() && ended + kRenewalGraceMs >= nowMs)
            return ended;
        return Result<qint64>::failure(
            QStringLiteral("unprocessable"),
            tr("Deal %1 ended more than %2 days ago; make a new agreement instead of a renewal.")
                .arg(dealId)
                .arg(kRenewalGraceMs / kDayMs));
    }
    default:
        return Result<qint64>::failure(
            QStringLiteral("unprocessable"),
            tr("Deal %1 is %2; only an Active or Funded deal (or one completed in the last %3 "
               "days) can be renewed.")
                .arg(dealId, dealStateName(old->state))
                .arg(kRenewalGraceMs / kDayMs));
    }
}

// Funded -> Active: the term starts now, or at notBefore for a renewal paid before the deal it
// follows ends (Active then, with its start still to come); the consumer is told.
Status Node::startDeal(Deal &d, qint64 nowMs)
{
    const qint64 start = d.notBefore.isValid() ? std::max(nowMs, timeToMs(d.notBefore)) : nowMs;
    d.state = DealState::Active;
    d.startAt = msToTime(start);
    d.endAt = msToTime(start + qint64(d.durationDays) * kDayMs);
    d.updatedAt = msToTime(nowMs);
    if (auto s = saveDeal(d); !s)
        return s;
    return notify(d.consumer, QStringLiteral("deal.active"), tr("SLA active"),
                  start > nowMs ? tr("Storage runs from %1 until %2.")
                                      .arg(timestampToJson(d.startAt), timestampToJson(d.endAt))
                                : tr("Storage is live until %1.").arg(timestampToJson(d.endAt)),
                  QStringLiteral("deal"), d.id);
}

ApiReply Node::completeDeal(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    Deal result;
    Status s = m_db.write([&]() -> Status {
        auto d = visibleDeal(*c, r.param(0));
        if (!d)
            return d.error();
        if (d->consumer != c->address)
            return fail(QStringLiteral("forbidden"),
                        tr("Only the consumer of this deal can complete it."));
        if (d->state != DealState::Active)
            return fail(QStringLiteral("bad_state"),
                        tr("The deal is %1; only an Active deal can be completed.")
                            .arg(dealStateName(d->state)));
        result = *d;
        return endDeal(result, DealState::Completed, QString(), false);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(result.toJson());
}

ApiReply Node::cancelDeal(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    auto reason = input::text(*body, QStringLiteral("reason"));
    if (!reason)
        return ApiReply::fromError(reason.error());
    Deal result;
    Status s = m_db.write([&]() -> Status {
        auto d = visibleDeal(*c, r.param(0));
        if (!d)
            return d.error();
        if (d->consumer != c->address && d->providerAddress != c->address)
            return fail(QStringLiteral("forbidden"),
                        tr("Only the consumer or the provider of this deal can cancel it."));
        if (isTerminal(d->state))
            return fail(QStringLiteral("bad_state"),
                        tr("The deal already ended (%1).").arg(dealStateName(d->state)));
        result = *d;
        // A provider walking away from a running deal also returns the platform fee, and so does
        // cancelling one whose term has not started (a renewal paid early).
        const bool byProvider = d->providerAddress == c->address;
        const bool running =
            d->state == DealState::Active && timeToMs(d->startAt) <= NodeDb::nowMs();
        return endDeal(result, DealState::Cancelled, *reason, byProvider || !running);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(result.toJson());
}

ApiReply Node::breachDeal(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    if (!c->admin)
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               tr("Only an admin declares a breach."));
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString party = body->value(QStringLiteral("party")).toString();
    if (party != QLatin1String("provider") && party != QLatin1String("consumer"))
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"party\" must be \"provider\" or \"consumer\"."));
    auto reason = input::text(*body, QStringLiteral("reason"));
    if (!reason)
        return ApiReply::fromError(reason.error());
    Deal result;
    Status s = m_db.write([&]() -> Status {
        auto d = visibleDeal(*c, r.param(0));
        if (!d)
            return d.error();
        if (isTerminal(d->state))
            return fail(QStringLiteral("bad_state"), tr("The deal already ended."));
        result = *d;
        return endDeal(result,
                       party == QLatin1String("provider") ? DealState::BreachedProvider
                                                          : DealState::BreachedConsumer,
                       *reason, party == QLatin1String("provider"));
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(result.toJson());
}

// Ends a deal in a terminal state. Money: an Active deal is settled up to now (completion
// settles the whole term); whatever the provider has not earned goes back to the consumer,
// with the fee when refundFee; a Funded deal refunds everything it holds.
Status Node::endDeal(Deal &d, DealState state, const QString &reason, bool refundFee)
{
    const qint64 now = NodeDb::nowMs();
    const DealState before = d.state;
    if (before == DealState::Active)
        if (auto s = settleDeal(d, now, state == DealState::Completed); !s)
            return s;
    // An Accepted deal holds a deposit while a Bitcoin payment waits for its confirmations.
    auto held = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM payments WHERE deal_id = ? AND kind = 'deposit'"),
        {d.id});
    if (!held)
        return held.error();
    const bool waitingDeposit = before == DealState::Accepted && held->toInt() > 0;
    if (before == DealState::Active || before == DealState::Funded || waitingDeposit) {
        const qint64 remaining = d.subtotal.units - d.released.units - d.slashed.units;
        if (remaining > 0) {
            if (auto s = recordMovement(d, QStringLiteral("refund"), remaining, escrowAddress(),
                                        d.consumer);
                !s)
                return s;
            d.refunded.units += remaining;
        }
        if (refundFee && d.fee.units > 0) {
            if (auto s = recordMovement(d, QStringLiteral("refund"), d.fee.units,
                                        platformFeeAddress(), d.consumer);
                !s)
                return s;
            d.refunded.units += d.fee.units;
        }
    }
    // Expire any open intent: nothing more can be paid into this deal.
    if (auto up = m_db.exec(QStringLiteral("UPDATE payment_intents SET status = 'expired' WHERE "
                                           "deal_id = ? AND status = 'open'"),
                            {d.id});
        !up)
        return up.error();
    d.state = state;
    d.reason = reason;
    d.updatedAt = msToTime(now);
    if (auto s = saveDeal(d); !s)
        return s;
    // Give the reserved capacity back and unlock the offer when no deal uses it any more.
    if (auto o = loadOffer(d.offerId); o && *o) {
        Offer offer = **o;
        offer.freeBytes = std::min(offer.capacityBytes, offer.freeBytes + d.sizeBytes);
        offer.updatedAt = msToTime(now);
        if (auto s = saveOffer(offer); !s)
            return s;
    }
    if (auto s = refreshOfferLock(d.offerId); !s)
        return s;
    // The reason is stored once, on the deal; the notifications point at it.
    const QString title = tr("SLA %1").arg(dealStateName(state));
    const QString body = reason.isEmpty() ? QString() : tr("The reason is on the deal.");
    if (auto s = notify(d.consumer, QStringLiteral("deal.") + dealStateName(state).toLower(), title,
                        body, QStringLiteral("deal"), d.id);
        !s)
        return s;
    return notify(d.providerAddress, QStringLiteral("deal.") + dealStateName(state).toLower(),
                  title, body, QStringLiteral("deal"), d.id);
}

ApiReply Node::dealQos(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto d = visibleDeal(*c, r.param(0));
    if (!d)
        return ApiReply::fromError(d.error());
    auto o = loadOffer(d->offerId);
    if (!o)
        return ApiReply::fromError(o.error());
    const int uptime = *o ? (*o)->uptimeTargetBps : 0;
    const int latency = *o ? (*o)->latencyTargetMs : 0;
    const qint64 from = d->startAt.isValid() ? timeToMs(d->startAt) : timeToMs(d->createdAt);
    QJsonObject summary = qosSummary(d->offerId, from, NodeDb::nowMs(), uptime, latency, 200);
    summary.insert(QStringLiteral("dealId"), d->id);
    summary.insert(QStringLiteral("complianceBps"), d->complianceBps);
    return ApiReply::json(summary);
}

} // namespace fb::node
