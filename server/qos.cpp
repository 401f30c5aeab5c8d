// QoS oracle, escrow settlement, reputation, disputes, and the scheduled cycle.
#include "server/devnetwork.h"
#include "server/node.h"
#include "server/nodelog.h"
#include "server/requestinput.h"
#include "wire/economics.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrl>

namespace fb::node {

namespace {
Status fail(const QString &code, const QString &message)
{
    return Status::failure(code, message);
}
constexpr qint64 kDayMs = 86400000;
} // namespace

// ---- the cycle ------------------------------------------------------------------------------

void Node::runCycle()
{
    // With several node processes on one database, one of them runs the cycle at a time.
    if (!leaseJob(QStringLiteral("cycle"), std::max(5, m_config.qosIntervalSec)))
        return;
    QElapsedTimer cycle;
    cycle.start();
    probeOffers();
    // Bitcoin deposits whose blocks came since: their deals are Funded now.
    if (Status s = m_db.write([this] { return promoteConfirmedDeposits(); }); !s)
        qCWarning(lcNode) << "confirmations:" << s.error().message;
    const qint64 probeMs = cycle.elapsed();
    const qint64 now = NodeDb::nowMs();
    // The demo providers' agent starts their Funded deals before the settlement below: a catch-up
    // of its own schedule (demoagent.cpp), which it then re-arms.
    runDemoAgentScheduled(now);
    auto q = m_db.exec(QStringLiteral("SELECT id FROM deals WHERE state = 'Active'"));
    QStringList active;
    if (q)
        while (q->next())
            active.append(q->value(0).toString());
    for (const QString &id : std::as_const(active)) {
        Status s = m_db.write([&]() -> Status {
            auto d = loadDeal(id);
            if (!d)
                return d.error();
            if (!*d || (*d)->state != DealState::Active)
                return success();
            Deal deal = **d;
            if (timeToMs(deal.endAt) <= now)
                return endDeal(deal, DealState::Completed, QString(), false);
            if (auto s2 = settleDeal(deal, now, false); !s2)
                return s2;
            // Automatic breach: with at least 20 samples since the start, compliance more than
            // 10 percentage points under the uptime target.
            auto o = loadOffer(deal.offerId);
            if (!o)
                return o.error();
            if (*o) {
                const QJsonObject sum = qosSummary(deal.offerId, timeToMs(deal.startAt), now,
                                                   (*o)->uptimeTargetBps, (*o)->latencyTargetMs, 0);
                if (sum.value(QStringLiteral("samples")).toInt() >= 20 && deal.complianceBps >= 0 &&
                    deal.complianceBps < (*o)->uptimeTargetBps - 1000)
                    return endDeal(deal, DealState::BreachedProvider,
                                   tr("QoS compliance %1 bps is far under the %2 bps target.")
                                       .arg(deal.complianceBps)
                                       .arg((*o)->uptimeTargetBps),
                                   true);
            }
            return success();
        });
        if (!s)
            qCWarning(lcNode) << "settlement of" << id << "failed:" << s.error().message;
    }
    if (auto s = expireUnpaidDeals(); !s)
        qCWarning(lcNode) << "expiring unpaid deals failed:" << s.error().message;
    const qint64 settleMs = cycle.elapsed() - probeMs;
    if (auto s = runReputation(now, false); !s)
        qCWarning(lcNode) << "reputation update failed:" << s.error().message;
    qCDebug(lcNode) << "cycle: probes started in" << probeMs << "ms, settlements" << settleMs
                    << "ms, reputation" << cycle.elapsed() - probeMs - settleMs << "ms";
}

// ---- probes ---------------------------------------------------------------------------------

void Node::probeOffers()
{
    // Offers that an SLA uses, and the seeded demo offers; oldest probe first, bounded.
    auto q = m_db.exec(QStringLiteral(
        "SELECT data FROM offers WHERE endpoint <> '' AND (demo = 1 OR id IN (SELECT offer_id "
        "FROM deals WHERE state IN ('Accepted', 'Funded', 'Active'))) ORDER BY probed_at LIMIT "
        "200"));
    if (!q)
        return;
    QList<Offer> offers;
    while (q->next())
        if (auto o = parseJsonObject(q->value(0).toString()))
            if (auto f = Offer::fromJson(*o))
                offers.append(*f);
    for (const Offer &offer : std::as_const(offers)) {
        if (!m_db.exec(QStringLiteral("UPDATE offers SET probed_at = ? WHERE id = ?"),
                       {NodeDb::nowMs(), offer.id}))
            return;
        const QUrl url(offer.endpoint);
        // Checked now, not only when the offer was published: the policy may have changed.
        const QString refused = tr("endpoint not allowed on this node");
        if (url.isLocalFile() && !m_endpoints.fileAllowed(url.toLocalFile())) {
            recordSample(offer, false, -1, 0, QStringLiteral("dir"), refused);
            continue;
        }
        if (url.isLocalFile()) {
            QElapsedTimer t;
            t.start();
            const QFileInfo dir(url.toLocalFile());
            const bool ok = dir.exists() && dir.isDir() && dir.isWritable();
            int ms = int(t.elapsed());
            // A demo offer stands for a vendor's region: the modelled network round trip to it,
            // with a little jitter, comes on top of the local directory's answer.
            if (const int network = demoNetworkLatencyMs(offer.id); network > 0 && offer.demo)
                ms += network + int(QRandomGenerator::global()->bounded(network / 5 + 1)) -
                      network / 10;
            recordSample(offer, ok, ok ? ms : -1, 0, QStringLiteral("dir"),
                         ok ? QString() : tr("directory missing or not writable"));
            continue;
        }
        if ((url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty()) {
            recordSample(offer, false, -1, 0, QStringLiteral("HEAD"), refused);
            continue;
        }
        // The name is resolved here and the probe connects to the address that was checked,
        // so a name that answers differently a moment later (DNS rebinding) cannot turn the
        // probe toward this machine, its network or a metadata service.
        if (const QHostAddress literal(url.host()); !literal.isNull()) {
            probeAddress(offer, url, {literal});
            continue;
        }
        QHostInfo::lookupHost(url.host(), this, [this, offer, url](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                recordSample(offer, false, -1, 0, QStringLiteral("HEAD"),
                             tr("cannot resolve %1").arg(url.host()));
                return;
            }
            probeAddress(offer, url, info.addresses());
        });
    }
}

void Node::probeAddress(const Offer &offer, const QUrl &url, const QList<QHostAddress> &addresses)
{
    // Every address the name gives must be allowed: one private answer refuses the probe.
    for (const QHostAddress &a : addresses)
        if (!m_endpoints.addressAllowed(a)) {
            recordSample(offer, false, -1, 0, QStringLiteral("HEAD"),
                         tr("endpoint not allowed on this node"));
            return;
        }
    QUrl pinned = url;
    pinned.setHost(addresses.first().toString());
    QNetworkRequest req(pinned);
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // an IPv6 literal
    if (url.port() >= 0)
        host += QLatin1Char(':') + QString::number(url.port());
    req.setRawHeader("Host", host.toLatin1());
    req.setPeerVerifyName(url.host()); // TLS checks (and SNI) use the name, not the address
    req.setTransferTimeout(5000);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    auto *timer = new QElapsedTimer;
    timer->start();
    QNetworkReply *reply = m_net.head(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, offer] {
        const int ms = int(timer->elapsed());
        delete timer;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Any HTTP answer below 500 means the endpoint is up (S3 answers 403 to an
        // unsigned HEAD).
        const bool ok = status > 0 && status < 500;
        recordSample(offer, ok, ok ? ms : -1, status, QStringLiteral("HEAD"),
                     ok ? QString() : reply->errorString());
        reply->deleteLater();
    });
}

void Node::recordSample(const Offer &o, bool ok, int latencyMs, int httpStatus,
                        const QString &method, const QString &error)
{
    QosSample s;
    s.id = newId("qos");
    s.offerId = o.id;
    s.providerId = o.providerId;
    s.at = msToTime(NodeDb::nowMs());
    s.ok = ok;
    s.latencyMs = latencyMs;
    s.httpStatus = httpStatus;
    s.method = method;
    s.error = error.left(200);
    Status st = m_db.write([&]() -> Status {
        auto ins = m_db.exec(
            QStringLiteral("INSERT INTO qos_samples (id, offer_id, at, ok, "
                           "latency_ms, http_status, method, error) VALUES (?, "
                           "?, ?, ?, ?, ?, ?, ?)"),
            {s.id, s.offerId, timeToMs(s.at), ok ? 1 : 0, latencyMs, httpStatus, method, s.error});
        if (!ins)
            return ins.error();
        // The feed carries the latest sample per offer; the series is at /v1/offers/{id}/qos.
        if (auto c = m_db.appendChange(QStringLiteral("qos"), o.id, QStringLiteral("upsert"),
                                       compactJson(s.toJson()), QStringLiteral("*"));
            !c)
            return c;
        return updateMeasured(o.id);
    });
    if (!st)
        qCWarning(lcNode) << "cannot record QoS sample:" << st.error().message;
}

// Measured uptime and latency of an offer over the last 24 hours.
Status Node::updateMeasured(const QString &offerId)
{
    auto o = loadOffer(offerId);
    if (!o)
        return o.error();
    if (!*o)
        return success();
    const qint64 now = NodeDb::nowMs();
    const QJsonObject sum =
        qosSummary(offerId, now - kDayMs, now, (*o)->uptimeTargetBps, (*o)->latencyTargetMs, 0);
    const int uptime = sum.value(QStringLiteral("uptimeBps")).toInt(-1);
    const int latency = sum.value(QStringLiteral("avgLatencyMs")).toInt(-1);
    if (uptime == (*o)->measuredUptimeBps && latency == (*o)->measuredLatencyMs)
        return success();
    Offer updated = **o;
    updated.measuredUptimeBps = uptime;
    updated.measuredLatencyMs = latency;
    updated.updatedAt = msToTime(now);
    return saveOffer(updated);
}

QJsonObject Node::qosSummary(const QString &offerId, qint64 fromMs, qint64 toMs,
                             int uptimeTargetBps, int latencyTargetMs, int recent)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(ok), 0), "
                                      "COALESCE(SUM(CASE WHEN ok = 1 THEN latency_ms ELSE 0 END), "
                                      "0), COALESCE(SUM(CASE WHEN ok = 1 AND latency_ms <= ? THEN "
                                      "1 ELSE 0 END), 0) FROM qos_samples WHERE offer_id = ? AND "
                                      "at >= ? AND at <= ?"),
                       {latencyTargetMs, offerId, fromMs, toMs});
    qint64 samples = 0, okSamples = 0, latencySum = 0, meeting = 0;
    if (q && q->next()) {
        samples = q->value(0).toLongLong();
        okSamples = q->value(1).toLongLong();
        latencySum = q->value(2).toLongLong();
        meeting = q->value(3).toLongLong();
    }
    const int uptime = samples > 0 ? int(okSamples * 10000 / samples) : -1;
    const int avgLatency = okSamples > 0 ? int(latencySum / okSamples) : -1;
    const int compliance = samples > 0 ? int(meeting * 10000 / samples) : -1;
    const bool meets = samples == 0 || (uptime >= uptimeTargetBps && avgLatency <= latencyTargetMs);
    QJsonObject out{
        {QStringLiteral("offerId"), offerId},
        {QStringLiteral("from"), timestampToJson(msToTime(std::max<qint64>(1, fromMs)))},
        {QStringLiteral("to"), timestampToJson(msToTime(toMs))},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("okSamples"), okSamples},
        {QStringLiteral("uptimeBps"), uptime},
        {QStringLiteral("avgLatencyMs"), avgLatency},
        {QStringLiteral("complianceBps"), compliance},
        {QStringLiteral("uptimeTargetBps"), uptimeTargetBps},
        {QStringLiteral("latencyTargetMs"), latencyTargetMs},
        {QStringLiteral("meetsTargets"), meets}};
    if (recent > 0) {
        auto rows = m_db.exec(QStringLiteral("SELECT id, at, ok, latency_ms, http_status, method, "
                                             "error FROM qos_samples WHERE offer_id = ? AND at >= "
                                             "? AND at <= ? ORDER BY at DESC LIMIT ?"),
                              {offerId, fromMs, toMs, recent});
        QJsonArray list;
        if (rows)
            while (rows->next()) {
                QosSample s;
                s.id = rows->value(0).toString();
                s.offerId = offerId;
                s.at = msToTime(rows->value(1).toLongLong());
                s.ok = rows->value(2).toInt() != 0;
                s.latencyMs = rows->value(3).toInt();
                s.httpStatus = rows->value(4).toInt();
                s.method = rows->value(5).toString();
                s.error = rows->value(6).toString();
                list.prepend(s.toJson()); // oldest first, for charts
            }
        out.insert(QStringLiteral("series"), list);
    }
    return out;
}

ApiReply Node::offerQos(ApiRequest &r)
{
    auto o = loadOffer(r.param(0));
    if (!o)
        return ApiReply::fromError(o.error());
    if (!*o)
        return ApiReply::error(404, QStringLiteral("not_found"), tr("No such offer."));
    const qint64 now = NodeDb::nowMs();
    auto timeParam = [&](const char *key, qint64 fallback, bool *ok) -> qint64 {
        const QString v = r.queryValue(QLatin1String(key));
        if (v.isEmpty())
            return fallback;
        if (auto t = timestampFromJson(v))
            return timeToMs(*t);
        *ok = false;
        return 0;
    };
    bool ok = true;
    const qint64 from = timeParam("from", now - kDayMs, &ok);
    const qint64 to = timeParam("to", now, &ok);
    auto limit = input::queryInteger(r, QStringLiteral("limit"), 1, 5000, 500);
    if (!limit)
        return ApiReply::fromError(limit.error());
    if (!ok)
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"from\" and \"to\" must be ISO 8601 times."));
    return ApiReply::json(
        qosSummary((*o)->id, from, to, (*o)->uptimeTargetBps, (*o)->latencyTargetMs, int(*limit)));
}

// ---- settlement -----------------------------------------------------------------------------

// Escrow release, pro rata with QoS (docs/API.md "Escrow"): the share of the subtotal accrued
// since the start, minus what was already released or slashed, is due. If the offer met its
// targets since the last settlement (or was not measured), all of it goes to the provider;
// otherwise (100 - reputation) % of it is slashed back to the consumer and the rest released.
// A failing window whose slash would round to zero is deferred until it slashes at least a unit.
Status Node::settleDeal(Deal &d, qint64 nowMs, bool final)
{
    const qint64 start = timeToMs(d.startAt);
    const qint64 end = timeToMs(d.endAt);
    const qint64 accrued =
        economics::accrued(d.subtotal.units, final ? end - start : nowMs - start, end - start);
    auto o = loadOffer(d.offerId);
    if (!o)
        return o.error();
    const int uptimeTarget = *o ? (*o)->uptimeTargetBps : 0;
    const int latencyTarget = *o ? (*o)->latencyTargetMs : 600000;
    const QJsonObject total = qosSummary(d.offerId, start, nowMs, uptimeTarget, latencyTarget, 0);
    d.complianceBps = total.value(QStringLiteral("complianceBps")).toInt(-1);
    const qint64 due = accrued - d.released.units - d.slashed.units;
    if (due > 0) {
        auto last = m_db.scalar(QStringLiteral("SELECT MAX(created_at) FROM payments WHERE "
                                               "deal_id = ? AND kind IN ('release', 'slash')"),
                                {d.id});
        if (!last)
            return last.error();
        const qint64 since = last->isValid() && !last->isNull() ? last->toLongLong() : start;
        const QJsonObject window =
            qosSummary(d.offerId, since, nowMs, uptimeTarget, latencyTarget, 0);
        qint64 slashed = 0;
        if (!window.value(QStringLiteral("meetsTargets")).toBool()) {
            auto p = loadProvider(d.providerId);
            if (!p)
                return p.error();
            const int reputation = *p ? (*p)->reputation : 50;
            slashed = economics::slash(due, reputation);
            // A failing window whose slash rounds down to nothing (a small due, e.g. when the
            // cycle runs often) is not settled yet: its due stays in escrow and joins the next
            // window, which starts where this one did. Otherwise frequent settlement would pay a
            // failing provider in full, one rounded-away unit at a time.
            if (slashed == 0 && reputation < 100 && !final) {
                d.updatedAt = msToTime(nowMs);
                return saveDeal(d);
            }
        }
        if (auto s = recordMovement(d, QStringLiteral("release"), due - slashed, escrowAddress(),
                                    d.providerAddress);
            !s)
            return s;
        if (auto s =
                recordMovement(d, QStringLiteral("slash"), slashed, escrowAddress(), d.consumer);
            !s)
            return s;
        d.released.units += due - slashed;
        d.slashed.units += slashed;
    }
    d.updatedAt = msToTime(nowMs);
    return saveDeal(d);
}

// ---- reputation -----------------------------------------------------------------------------

// Daily, per provider (docs/API.md "Reputation"): over the last 24 hours of samples of its
// offers, +1 for being measured (-1 when it has running deals but no samples), +2 when every
// measured offer met its targets or -2 when one missed, +1 more when all beat the latency target
// by 20 %, -1 more when one missed uptime by 20 points or latency by 20 %; then the score decays
// toward 50 by a tenth of its distance, and stays within 0..100.
Status Node::runReputation(qint64 nowMs, bool force)
{
    const qint64 today = nowMs / kDayMs;
    auto q = m_db.exec(force ? QStringLiteral("SELECT id FROM providers WHERE role = 'provider'")
                             : QStringLiteral("SELECT id FROM providers WHERE role = 'provider' "
                                              "AND rep_day < ?"),
                       force ? QVariantList{} : QVariantList{today});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    for (const QString &id : std::as_const(ids)) {
        Status s = m_db.write([&]() -> Status {
            auto p = loadProvider(id);
            if (!p)
                return p.error();
            if (!*p)
                return success();
            // Only the offers with samples in the window: one without any is skipped below
            // anyway, and a provider with 100,000 offers would otherwise cost 100,000 summary
            // queries (seconds during which the node answers nothing).
            // Driven from the day's samples (qos_samples_at), not from the provider's offers.
            auto offers = m_db.exec(
                QStringLiteral("SELECT o.id, o.uptime_target, o.latency_target FROM (SELECT "
                               "DISTINCT offer_id FROM qos_samples WHERE at >= ? AND at <= ?) s "
                               "JOIN offers o ON o.id = s.offer_id WHERE o.provider_id = ?"),
                {nowMs - kDayMs, nowMs, id});
            if (!offers)
                return offers.error();
            // Read all rows first: on PostgreSQL a forward-only result is fetched row by row,
            // and another query on the connection (qosSummary) would end this one early.
            struct Target
            {
                QString offerId;
                int uptime;
                int latency;
            };
            QList<Target> targets;
            while (offers->next())
                targets.append({offers->value(0).toString(), offers->value(1).toInt(),
                                offers->value(2).toInt()});
            int measured = 0;
            bool allMet = true, allBeat = true, badMiss = false;
            for (const Target &t : std::as_const(targets)) {
                const int up = t.uptime;
                const int lat = t.latency;
                const QJsonObject sum = qosSummary(t.offerId, nowMs - kDayMs, nowMs, up, lat, 0);
                if (sum.value(QStringLiteral("samples")).toInt() == 0)
                    continue;
                ++measured;
                const int mu = sum.value(QStringLiteral("uptimeBps")).toInt();
                const int ml = sum.value(QStringLiteral("avgLatencyMs")).toInt();
                const bool met = sum.value(QStringLiteral("meetsTargets")).toBool();
                allMet = allMet && met;
                allBeat = allBeat && met && ml >= 0 && ml * 10 <= lat * 8;
                badMiss = badMiss || mu < up - 2000 || ml < 0 || ml * 10 >= lat * 12;
            }
            auto running = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM deals WHERE "
                                                      "provider_id = ? AND state = 'Active'"),
                                       {id});
            if (!running)
                return running.error();
            int delta = 0;
            if (measured > 0) {
                delta += 1;
                delta += allMet ? 2 : -2;
                if (allMet && allBeat)
                    delta += 1;
                if (!allMet && badMiss)
                    delta -= 1;
            } else if (running->toInt() > 0) {
                delta -= 1;
            }
            Provider updated = **p;
            int rep = std::clamp(updated.reputation + delta, 0, 100);
            rep = 50 + (rep - 50) * 9 / 10;
            const bool changed = rep != updated.reputation;
            updated.reputation = rep;
            if (auto up = m_db.exec(QStringLiteral("UPDATE providers SET rep_day = ? WHERE id = ?"),
                                    {today, id});
                !up)
                return up.error();
            if (!changed)
                return success();
            updated.updatedAt = msToTime(nowMs);
            return saveProvider(updated);
        });
        if (!s)
            return s;
    }
    return success();
}

// ---- disputes -------------------------------------------------------------------------------

ApiReply Node::openDispute(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    auto reasonIn = input::text(*body, QStringLiteral("reason"), true);
    if (!reasonIn)
        return ApiReply::fromError(reasonIn.error());
    const QString reason = *reasonIn;
    Dispute dispute;
    Status s = m_db.write([&]() -> Status {
        auto d = visibleDeal(*c, r.param(0));
        if (!d)
            return d.error();
        const bool isConsumer = d->consumer == c->address;
        if (!isConsumer && d->providerAddress != c->address)
            return fail(QStringLiteral("forbidden"),
                        tr("Only the parties of a deal open a dispute on it."));
        auto open = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE deal_id = ? "
                                               "AND state = 'open'"),
                                {d->id});
        if (!open)
            return open.error();
        if (open->toInt() > 0)
            return fail(QStringLiteral("conflict"), tr("A dispute on this deal is already open."));
        auto o = loadOffer(d->offerId);
        if (!o)
            return o.error();
        const qint64 now = NodeDb::nowMs();
        const qint64 from = d->startAt.isValid() ? timeToMs(d->startAt) : timeToMs(d->createdAt);
        QJsonObject evidence = qosSummary(d->offerId, from, now, *o ? (*o)->uptimeTargetBps : 0,
                                          *o ? (*o)->latencyTargetMs : 0, 50);
        evidence.insert(QStringLiteral("dealState"), dealStateName(d->state));
        evidence.insert(QStringLiteral("dealComplianceBps"), d->complianceBps);
        dispute.id = newId("dsp");
        dispute.dealId = d->id;
        dispute.consumer = d->consumer;
        dispute.providerId = d->providerId;
        dispute.openedBy = c->address;
        dispute.openedByRole = isConsumer ? QStringLiteral("consumer") : QStringLiteral("provider");
        dispute.reason = reason;
        dispute.state = QStringLiteral("open");
        dispute.evidence = evidence;
        dispute.createdAt = msToTime(now);
        dispute.updatedAt = dispute.createdAt;
        const QByteArray data = compactJson(dispute.toJson());
        auto ins = m_db.exec(QStringLiteral("INSERT INTO disputes (id, deal_id, consumer, "
                                            "provider_address, state, created_at, data) VALUES "
                                            "(?, ?, ?, ?, ?, ?, ?)"),
                             {dispute.id, d->id, d->consumer, d->providerAddress, dispute.state,
                              now, QString::fromUtf8(data)});
        if (!ins)
            return ins.error();
        if (auto s2 =
                m_db.appendChange(QStringLiteral("dispute"), dispute.id, QStringLiteral("upsert"),
                                  data, d->consumer, d->providerAddress);
            !s2)
            return s2;
        // The reason is stored once, on the dispute; the notifications point at it.
        const QString onDispute = tr("The reason is on the dispute.");
        const QString other = isConsumer ? d->providerAddress : d->consumer;
        if (auto s2 = notify(other, QStringLiteral("dispute.opened"), tr("Dispute opened"),
                             onDispute, QStringLiteral("dispute"), dispute.id);
            !s2)
            return s2;
        return notifyEach(m_config.admins, QStringLiteral("dispute.opened"),
                          tr("Dispute to resolve"), onDispute, QStringLiteral("dispute"),
                          dispute.id);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(dispute.toJson(), 201);
}

ApiReply Node::listDisputes(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto q = c->admin ? m_db.exec(QStringLiteral("SELECT data FROM disputes ORDER BY created_at "
                                                 "DESC LIMIT 1000"))
                      : m_db.exec(QStringLiteral("SELECT data FROM disputes WHERE consumer = ? OR "
                                                 "provider_address = ? ORDER BY created_at DESC "
                                                 "LIMIT 1000"),
                                  {c->address, c->address});
    if (!q)
        return ApiReply::fromError(q.error());
    QJsonArray items;
    while (q->next())
        if (auto o = parseJsonObject(q->value(0).toString()))
            items.append(*o);
    return ApiReply::json({{QStringLiteral("items"), items}});
}

ApiReply Node::getDispute(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto q = m_db.exec(
        QStringLiteral("SELECT data, consumer, provider_address FROM disputes WHERE id = ?"),
        {r.param(0)});
    if (!q)
        return ApiReply::fromError(q.error());
    if (!q->next() ||
        (!c->admin && q->value(1).toString() != c->address && q->value(2).toString() != c->address))
        return ApiReply::error(404, QStringLiteral("not_found"), tr("No such dispute."));
    auto o = parseJsonObject(q->value(0).toString());
    if (!o)
        return ApiReply::fromError(o.error());
    return ApiReply::json(*o);
}

ApiReply Node::resolveDispute(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    if (!c->admin)
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               tr("Only an admin resolves disputes."));
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const QString resolution = body->value(QStringLiteral("resolution")).toString();
    if (!QStringList{QStringLiteral("refund"), QStringLiteral("slash"), QStringLiteral("dismiss")}
             .contains(resolution))
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"resolution\" must be refund, slash or dismiss."));
    auto noteIn = input::text(*body, QStringLiteral("note"));
    if (!noteIn)
        return ApiReply::fromError(noteIn.error());
    const QString note = *noteIn;
    Dispute dispute; // with the other party's response, kept as it is
    Status s = m_db.write([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT data FROM disputes WHERE id = ?"), {r.param(0)});
        if (!q)
            return q.error();
        if (!q->next())
            return fail(QStringLiteral("not_found"), tr("No such dispute."));
        auto o = parseJsonObject(q->value(0).toString());
        if (!o)
            return o.error();
        auto dp = Dispute::fromJson(*o);
        if (!dp)
            return dp.error();
        dispute = *dp;
        if (dispute.state != QLatin1String("open"))
            return fail(QStringLiteral("bad_state"), tr("The dispute is already resolved."));
        auto d = loadDeal(dispute.dealId);
        if (!d)
            return d.error();
        if (*d && !isTerminal((*d)->state) && resolution != QLatin1String("dismiss")) {
            Deal deal = **d;
            const qint64 now = NodeDb::nowMs();
            if (resolution == QLatin1String("slash")) {
                if (deal.state == DealState::Active)
                    if (auto s2 = settleDeal(deal, now, false); !s2)
                        return s2;
                if (deal.state == DealState::Active || deal.state == DealState::Funded) {
                    auto p = loadProvider(deal.providerId);
                    if (!p)
                        return p.error();
                    const qint64 remaining =
                        deal.subtotal.units - deal.released.units - deal.slashed.units;
                    const qint64 penalty =
                        std::min(remaining,
                                 economics::slash(deal.subtotal.units, *p ? (*p)->reputation : 50));
                    if (auto s2 = recordMovement(deal, QStringLiteral("slash"), penalty,
                                                 escrowAddress(), deal.consumer);
                        !s2)
                        return s2;
                    deal.slashed.units += penalty;
                    // Settled already: endDeal must not settle again.
                    if (deal.state == DealState::Active)
                        deal.state = DealState::Funded;
                }
                if (auto s2 = endDeal(deal, DealState::BreachedProvider, note, true); !s2)
                    return s2;
            } else {
                if (auto s2 = endDeal(deal, DealState::Cancelled, note, true); !s2)
                    return s2;
            }
        }
        const qint64 now = NodeDb::nowMs();
        dispute.state = QStringLiteral("resolved");
        dispute.resolution = resolution;
        dispute.resolutionNote = note;
        dispute.resolvedBy = c->address;
        dispute.resolvedAt = msToTime(now);
        dispute.updatedAt = dispute.resolvedAt;
        const QByteArray data = compactJson(dispute.toJson());
        auto up = m_db.exec(
            QStringLiteral("UPDATE disputes SET state = 'resolved', data = ? WHERE id = ?"),
            {QString::fromUtf8(data), dispute.id});
        if (!up)
            return up.error();
        QString providerAddress = *d ? (*d)->providerAddress : QString();
        if (auto s2 =
                m_db.appendChange(QStringLiteral("dispute"), dispute.id, QStringLiteral("upsert"),
                                  data, dispute.consumer, providerAddress);
            !s2)
            return s2;
        return notifyEach({dispute.consumer, providerAddress}, QStringLiteral("dispute.resolved"),
                          tr("Dispute resolved: %1").arg(resolution),
                          note.isEmpty() ? QString() : tr("The note is on the dispute."),
                          QStringLiteral("dispute"), dispute.id);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(dispute.toJson());
}

// The party a dispute was opened against answers it: one response, replaceable while the dispute
// is open; the opener and the admins are told.
ApiReply Node::respondDispute(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    auto responseIn = input::text(*body, QStringLiteral("response"), true);
    if (!responseIn)
        return ApiReply::fromError(responseIn.error());
    const QString response = responseIn->trimmed();
    if (response.isEmpty())
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"response\" must not be empty."));
    Dispute dispute;
    Status s = m_db.write([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT data, consumer, provider_address FROM disputes "
                                          "WHERE id = ?"),
                           {r.param(0)});
        if (!q)
            return q.error();
        const bool found = q->next();
        const QString consumer = found ? q->value(1).toString() : QString();
        const QString providerAddress = found ? q->value(2).toString() : QString();
        if (!found || (c->address != consumer && c->address != providerAddress))
            return fail(QStringLiteral("not_found"), tr("No such dispute."));
        auto o = parseJsonObject(q->value(0).toString());
        if (!o)
            return o.error();
        auto dp = Dispute::fromJson(*o);
        if (!dp)
            return dp.error();
        dispute = *dp;
        if (dispute.openedBy == c->address)
            return fail(QStringLiteral("forbidden"),
                        tr("The party a dispute was opened against responds to it."));
        if (dispute.state != QLatin1String("open"))
            return fail(QStringLiteral("bad_state"), tr("The dispute is already resolved."));
        const qint64 now = NodeDb::nowMs();
        dispute.response = response;
        dispute.respondedBy = c->address;
        dispute.respondedAt = msToTime(now);
        dispute.updatedAt = dispute.respondedAt;
        const QByteArray data = compactJson(dispute.toJson());
        auto up = m_db.exec(QStringLiteral("UPDATE disputes SET data = ? WHERE id = ?"),
                            {QString::fromUtf8(data), dispute.id});
        if (!up)
            return up.error();
        if (auto s2 = m_db.appendChange(QStringLiteral("dispute"), dispute.id,
                                        QStringLiteral("upsert"), data, consumer, providerAddress);
            !s2)
            return s2;
        return notifyEach(QStringList{dispute.openedBy} + m_config.admins,
                          QStringLiteral("dispute.responded"), tr("Dispute answered"),
                          tr("The response is on the dispute."), QStringLiteral("dispute"),
                          dispute.id);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(dispute.toJson());
}

} // namespace fb::node
