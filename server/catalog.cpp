// The register of providers (and certified service vendors), certification, and offers.
#include "server/devnetwork.h"
#include "wire/economics.h"
#include "server/node.h"
#include "server/nodelog.h"
#include "server/requestinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace fb::node {

namespace {

ApiReply forbidden(const QString &message)
{
    return ApiReply::error(403, QStringLiteral("forbidden"), message);
}

ApiReply badRequest(const QString &message)
{
    return ApiReply::error(400, QStringLiteral("bad_request"), message);
}

// A user's text as a LIKE pattern that matches it literally: %, _ and the escape character
// itself are escaped (the queries say ESCAPE '\\' with one backslash).
QString likeLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString joinedList(const QStringList &l)
{
    return l.isEmpty() ? QString() : QLatin1Char(',') + l.join(QLatin1Char(',')) + QLatin1Char(',');
}

QByteArray itemsPage(QSqlQuery &q, qint64 total, int offset, int limit)
{
    QByteArray out = "{\"items\":[";
    bool first = true;
    while (q.next()) {
        if (!first)
            out += ',';
        first = false;
        out += q.value(0).toString().toUtf8();
    }
    out += "],\"total\":" + QByteArray::number(total) +
           ",\"offset\":" + QByteArray::number(offset) + ",\"limit\":" + QByteArray::number(limit) +
           '}';
    return out;
}

// One page of a public listing: the rows of table matching where, in order, and the total.
ApiReply listPage(NodeDb &db, const QString &table, const QString &where, const QVariantList &binds,
                  const QString &order, int offset, int limit)
{
    auto total = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table + where, binds);
    if (!total)
        return ApiReply::fromError(total.error());
    QVariantList pageBinds = binds;
    pageBinds << limit << offset;
    auto rows =
        db.exec(QStringLiteral("SELECT data FROM ") + table + where + QStringLiteral(" ORDER BY ") +
                    order + QStringLiteral(" LIMIT ? OFFSET ?"),
                pageBinds);
    if (!rows)
        return ApiReply::fromError(rows.error());
    return ApiReply::rawJson(itemsPage(*rows, total->toLongLong(), offset, limit));
}

// offset/limit from the query string; limit capped at maxLimit.
bool paging(const ApiRequest &r, int &offset, int &limit, int defaultLimit, int maxLimit)
{
    bool ok1 = true, ok2 = true;
    const QString o = r.queryValue(QStringLiteral("offset"));
    const QString l = r.queryValue(QStringLiteral("limit"));
    offset = o.isEmpty() ? 0 : o.toInt(&ok1);
    limit = l.isEmpty() ? defaultLimit : l.toInt(&ok2);
    if (!ok1 || !ok2 || offset < 0 || limit < 1)
        return false;
    limit = std::min(limit, maxLimit);
    return true;
}

QString validateProviderFields(const Provider &p)
{
    if (p.name.trimmed().isEmpty() || p.name.size() > 120)
        return QObject::tr("\"name\" must be 1 to 120 characters.");
    if (p.jurisdiction.size() > 64 || p.contact.size() > 200 || p.description.size() > 4000)
        return QObject::tr("\"jurisdiction\" (64), \"contact\" (200) or \"description\" (4000) "
                           "is too long.");
    return QString();
}

} // namespace

// ---- providers ------------------------------------------------------------------------------

Result<std::optional<Provider>> Node::loadProvider(const QString &id)
{
    return documentAs<Provider>(loadDocument(QStringLiteral("providers"), id));
}

Result<std::optional<Provider>> Node::providerOf(const QString &address, const QString &role)
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM providers WHERE address = ? AND role = ?"),
                          {address, role});
    if (!id)
        return id.error();
    if (!id->isValid())
        return std::optional<Provider>();
    return loadProvider(id->toString());
}

Status Node::saveProvider(const Provider &p)
{
    const QByteArray data = compactJson(p.toJson());
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO providers (id, address, role, name, kind, reputation, "
                       "cert_status, cert_expires, demo, updated_at, data) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                       "kind = excluded.kind, reputation = excluded.reputation, cert_status = "
                       "excluded.cert_status, cert_expires = excluded.cert_expires, updated_at = "
                       "excluded.updated_at, data = excluded.data"),
        {p.id, p.address, p.role, p.name, p.kind, p.reputation, p.certification.status,
         timeToMs(p.certification.expiresAt), p.demo ? 1 : 0, timeToMs(p.updatedAt),
         QString::fromUtf8(data)});
    if (!q)
        return q.error();
    return m_db.appendChange(QStringLiteral("provider"), p.id, QStringLiteral("upsert"), data,
                             QStringLiteral("*"));
}

ApiReply Node::listProviders(ApiRequest &r)
{
    int offset = 0, limit = 0;
    if (!paging(r, offset, limit, 100, 500))
        return badRequest(tr("\"offset\" and \"limit\" must be non-negative integers."));
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    const QString role = r.queryValue(QStringLiteral("role"));
    if (!role.isEmpty()) {
        where += QStringLiteral(" AND role = ?");
        binds << role;
    }
    const QString kind = r.queryValue(QStringLiteral("kind"));
    if (!kind.isEmpty()) {
        where += QStringLiteral(" AND kind = ?");
        binds << kind;
    }
    const QString cert = r.queryValue(QStringLiteral("certification"));
    if (!cert.isEmpty()) {
        where += QStringLiteral(" AND cert_status = ?");
        binds << cert;
    }
    return listPage(m_db, QStringLiteral("providers"), where, binds,
                    QStringLiteral("reputation DESC, name, id"), offset, limit);
}

ApiReply Node::getProvider(ApiRequest &r)
{
    auto p = loadProvider(r.param(0));
    if (!p)
        return ApiReply::fromError(p.error());
    if (!*p)
        return ApiReply::error(404, QStringLiteral("not_found"), tr("No such provider."));
    return ApiReply::json((*p)->toJson());
}

ApiReply Node::createProvider(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    const qint64 now = NodeDb::nowMs();
    QJsonObject o = *body;
    o.insert(QStringLiteral("id"), newId("prv"));
    o.insert(QStringLiteral("address"), c->address);
    o.insert(QStringLiteral("reputation"), 50);
    o.remove(QStringLiteral("certification"));
    o.insert(QStringLiteral("demo"), false);
    o.insert(QStringLiteral("createdAt"), timestampToJson(msToTime(now)));
    o.insert(QStringLiteral("updatedAt"), timestampToJson(msToTime(now)));
    auto p = Provider::fromJson(o);
    if (!p)
        return ApiReply::fromError(p.error());
    if (const QString why = validateProviderFields(*p); !why.isEmpty())
        return badRequest(why);
    Status s = m_db.write([&]() -> Status {
        auto existing = providerOf(c->address, p->role);
        if (!existing)
            return existing.error();
        if (*existing)
            return Status::failure(QStringLiteral("already_exists"),
                                   tr("This account already registered as %1 (%2); update it "
                                      "with PUT /v1/providers/%2.")
                                       .arg(p->role, (*existing)->id));
        return saveProvider(*p);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(p->toJson(), 201);
}

ApiReply Node::updateProvider(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    Provider updated;
    Status s = m_db.write([&]() -> Status {
        auto p = loadProvider(r.param(0));
        if (!p)
            return p.error();
        if (!*p)
            return Status::failure(QStringLiteral("not_found"), tr("No such provider."));
        if ((*p)->address != c->address)
            return Status::failure(QStringLiteral("forbidden"),
                                   tr("Only the provider's own account can change it."));
        QJsonObject o = (*p)->toJson();
        for (const char *key : {"name", "kind", "jurisdiction", "contact", "description"})
            if (body->contains(QLatin1String(key)))
                o.insert(QLatin1String(key), body->value(QLatin1String(key)));
        o.insert(QStringLiteral("updatedAt"), timestampToJson(msToTime(NodeDb::nowMs())));
        auto np = Provider::fromJson(o);
        if (!np)
            return np.error();
        if (const QString why = validateProviderFields(*np); !why.isEmpty())
            return Status::failure(QStringLiteral("bad_request"), why);
        updated = *np;
        return saveProvider(updated);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(updated.toJson());
}

ApiReply Node::requestCertification(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    Provider updated;
    Status s = m_db.write([&]() -> Status {
        auto p = loadProvider(r.param(0));
        if (!p)
            return p.error();
        if (!*p)
            return Status::failure(QStringLiteral("not_found"), tr("No such provider."));
        if ((*p)->address != c->address)
            return Status::failure(QStringLiteral("forbidden"),
                                   tr("Only the provider's own account can request its "
                                      "certification."));
        QJsonObject certJson = *body;
        certJson.insert(QStringLiteral("status"), QStringLiteral("pending"));
        certJson.remove(QStringLiteral("level"));
        certJson.remove(QStringLiteral("expiresAt"));
        certJson.remove(QStringLiteral("reason"));
        certJson.remove(QStringLiteral("decidedAt"));
        certJson.insert(QStringLiteral("requestedAt"), timestampToJson(msToTime(NodeDb::nowMs())));
        auto cert = Certification::fromJson(certJson);
        if (!cert)
            return cert.error();
        for (const QString &doc : std::as_const(cert->documents)) {
            const QUrl u(doc, QUrl::StrictMode);
            if (!u.isValid() ||
                (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
                return Status::failure(QStringLiteral("bad_request"),
                                       tr("Document \"%1\" is not an http(s) URL.").arg(doc));
        }
        if (cert->regions.isEmpty())
            return Status::failure(QStringLiteral("bad_request"),
                                   tr("Name at least one region in \"regions\"."));
        if (cert->dataProtection.size() > input::kMaxTextChars)
            return Status::failure(
                QStringLiteral("text_too_long"),
                tr("\"dataProtection\" is limited to %1 characters.").arg(input::kMaxTextChars));
        for (const QStringList *l : {&cert->certifications, &cert->regions, &cert->documents})
            if (l->size() > 50 || std::any_of(l->cbegin(), l->cend(),
                                              [](const QString &e) { return e.size() > 2000; }))
                return Status::failure(QStringLiteral("text_too_long"),
                                       tr("\"certifications\", \"regions\" and \"documents\" "
                                          "take at most 50 entries of 2000 characters."));
        updated = **p;
        updated.certification = *cert;
        updated.updatedAt = msToTime(NodeDb::nowMs());
        if (auto s2 = saveProvider(updated); !s2)
            return s2;
        for (const QString &admin : std::as_const(m_config.admins))
            if (auto n = notify(admin, QStringLiteral("certification.requested"),
                                tr("Certification requested by %1").arg(updated.name), QString(),
                                QStringLiteral("provider"), updated.id);
                !n)
                return n;
        return success();
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(updated.toJson());
}

ApiReply Node::decideCertification(ApiRequest &r, bool approve)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    if (!c->admin)
        return forbidden(tr("Only an admin of this node decides certifications."));
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    Provider updated;
    Status s = m_db.write([&]() -> Status {
        auto p = loadProvider(r.param(0));
        if (!p)
            return p.error();
        if (!*p)
            return Status::failure(QStringLiteral("not_found"), tr("No such provider."));
        updated = **p;
        Certification &cert = updated.certification;
        const qint64 now = NodeDb::nowMs();
        if (approve) {
            cert.level = body->value(QStringLiteral("level")).toString(QStringLiteral("standard"));
            const QString expires = body->value(QStringLiteral("expiresAt")).toString();
            auto t = timestampFromJson(expires);
            if (!t || *t <= msToTime(now))
                return Status::failure(QStringLiteral("bad_request"),
                                       tr("\"expiresAt\" must be a future ISO 8601 time."));
            cert.status = QStringLiteral("approved");
            cert.expiresAt = *t;
            cert.reason.clear();
        } else {
            auto reasonIn = input::text(*body, QStringLiteral("reason"), true);
            if (!reasonIn)
                return reasonIn.error();
            const QString reason = *reasonIn;
            cert.status = QStringLiteral("rejected");
            cert.reason = reason;
            cert.expiresAt = QDateTime();
        }
        cert.decidedAt = msToTime(now);
        updated.updatedAt = msToTime(now);
        if (auto s2 = saveProvider(updated); !s2)
            return s2;
        return notify(updated.address,
                      approve ? QStringLiteral("certification.approved")
                              : QStringLiteral("certification.rejected"),
                      approve ? tr("Certification approved (%1)").arg(cert.level)
                              : tr("Certification rejected"),
                      cert.reason, QStringLiteral("provider"), updated.id);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(updated.toJson());
}

// ---- offers ---------------------------------------------------------------------------------

namespace {

QString validateOffer(const Offer &o)
{
    static const QStringList protocols = {QStringLiteral("s3"), QStringLiteral("gcs"),
                                          QStringLiteral("azure-blob"), QStringLiteral("local")};
    if (o.name.trimmed().isEmpty() || o.name.size() > 120)
        return QObject::tr("\"name\" must be 1 to 120 characters.");
    if (o.region.trimmed().isEmpty() || o.region.size() > 64)
        return QObject::tr("\"region\" must be 1 to 64 characters.");
    if (!o.country.isEmpty() && o.country.size() != 2)
        return QObject::tr("\"country\" must be an ISO 3166-1 alpha-2 code such as \"DE\".");
    if (o.protocols.isEmpty())
        return QObject::tr("\"protocols\" must name at least one of s3, gcs, azure-blob, local.");
    for (const QString &p : o.protocols)
        if (!protocols.contains(p))
            return QObject::tr("Unknown protocol \"%1\": use s3, gcs, azure-blob or local.").arg(p);
    if (o.priceStoragePerGbMonthUsd7 < 0 || o.priceEgressPerGbUsd7 < 0 ||
        o.priceStoragePerGbMonthUsd7 > qint64(1000) * 10000000 ||
        o.priceEgressPerGbUsd7 > qint64(1000) * 10000000)
        return QObject::tr("Prices are USD x 10^7 per GB, from 0 to 1000 USD.");
    if (o.uptimeTargetBps < 0 || o.uptimeTargetBps > 10000)
        return QObject::tr("\"uptimeTargetBps\" is in basis points: 0 to 10000 (9990 = 99.90 %).");
    if (o.latencyTargetMs < 1 || o.latencyTargetMs > 600000)
        return QObject::tr("\"latencyTargetMs\" must be 1 to 600000.");
    if (o.capacityBytes <= 0 || o.capacityBytes > economics::kMaxBytes)
        return QObject::tr("\"capacityBytes\" must be from 1 to %1.").arg(economics::kMaxBytes);
    if (o.currencies.isEmpty())
        return QObject::tr("\"currencies\" must list at least one accepted currency.");
    for (const QString &c : o.currencies)
        if (!knownCurrencies().contains(c))
            return QObject::tr("Unknown currency \"%1\": use %2.")
                .arg(c, knownCurrencies().join(QStringLiteral(", ")));
    if (o.minDurationDays < 1 || o.maxDurationDays < o.minDurationDays || o.maxDurationDays > 3650)
        return QObject::tr("Durations must satisfy 1 <= minDurationDays <= maxDurationDays <= "
                           "3650.");
    if (!o.endpoint.isEmpty()) {
        const QUrl u(o.endpoint, QUrl::StrictMode);
        if (!u.isValid() ||
            !QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file")}
                 .contains(u.scheme()))
            return QObject::tr("\"endpoint\" must be an http(s) URL or file:///absolute/dir.");
    }
    return QString();
}

} // namespace

Result<std::optional<Offer>> Node::loadOffer(const QString &id)
{
    return documentAs<Offer>(loadDocument(QStringLiteral("offers"), id));
}

Status Node::saveOffer(const Offer &o)
{
    const QByteArray data = compactJson(o.toJson());
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO offers (id, provider_id, name, region, country, protocols, currencies, "
            "qos_tier, price_storage, price_egress, uptime_target, latency_target, "
            "measured_uptime, measured_latency, capacity, free_bytes, endpoint, locked, demo, "
            "updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, region = "
            "excluded.region, country = excluded.country, protocols = excluded.protocols, "
            "currencies = excluded.currencies, qos_tier = excluded.qos_tier, price_storage = "
            "excluded.price_storage, price_egress = excluded.price_egress, uptime_target = "
            "excluded.uptime_target, latency_target = excluded.latency_target, measured_uptime = "
            "excluded.measured_uptime, measured_latency = excluded.measured_latency, capacity = "
            "excluded.capacity, free_bytes = excluded.free_bytes, endpoint = excluded.endpoint, "
            "locked = excluded.locked, updated_at = excluded.updated_at, data = excluded.data"),
        {o.id,
         o.providerId,
         o.name,
         o.region,
         o.country,
         joinedList(o.protocols),
         joinedList(o.currencies),
         o.qosTier,
         o.priceStoragePerGbMonthUsd7,
         o.priceEgressPerGbUsd7,
         o.uptimeTargetBps,
         o.latencyTargetMs,
         o.measuredUptimeBps,
         o.measuredLatencyMs,
         o.capacityBytes,
         o.freeBytes,
         o.endpoint,
         o.locked ? 1 : 0,
         o.demo ? 1 : 0,
         timeToMs(o.updatedAt),
         QString::fromUtf8(data)});
    if (!q)
        return q.error();
    return m_db.appendChange(QStringLiteral("offer"), o.id, QStringLiteral("upsert"), data,
                             QStringLiteral("*"));
}

// An offer is locked while a deal on it is not finished; unlocked when the last one ends.
Status Node::refreshOfferLock(const QString &offerId)
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM deals WHERE offer_id = ? AND state IN ('Pending', "
                       "'Accepted', 'Funded', 'Active')"),
        {offerId});
    if (!n)
        return n.error();
    auto o = loadOffer(offerId);
    if (!o)
        return o.error();
    if (!*o)
        return success();
    const bool locked = n->toInt() > 0;
    if ((*o)->locked == locked)
        return success();
    Offer updated = **o;
    updated.locked = locked;
    updated.updatedAt = msToTime(NodeDb::nowMs());
    return saveOffer(updated);
}

ApiReply Node::listOffers(ApiRequest &r)
{
    int offset = 0, limit = 0;
    if (!paging(r, offset, limit, 50, 500))
        return badRequest(tr("\"offset\" and \"limit\" must be non-negative integers."));
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    auto eq = [&](const char *param, const char *column) {
        const QString v = r.queryValue(QLatin1String(param));
        if (!v.isEmpty()) {
            where += QStringLiteral(" AND ") + QLatin1String(column) + QStringLiteral(" = ?");
            binds << v;
        }
    };
    eq("region", "region");
    eq("country", "country");
    eq("qosTier", "qos_tier");
    eq("providerId", "provider_id");
    auto listHas = [&](const char *param, const char *column) {
        const QString v = r.queryValue(QLatin1String(param));
        if (!v.isEmpty()) {
            where += QStringLiteral(" AND ") + QLatin1String(column) +
                     QStringLiteral(" LIKE ? ESCAPE '\\'");
            binds << QString(QStringLiteral("%,") + likeLiteral(v) + QStringLiteral(",%"));
        }
    };
    listHas("protocol", "protocols");
    listHas("currency", "currencies");
    QString bad;
    auto bound = [&](const char *param, const char *column, const char *op) {
        const QString v = r.queryValue(QLatin1String(param));
        if (v.isEmpty())
            return;
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok) {
            bad = tr("\"%1\" must be an integer.").arg(QLatin1String(param));
            return;
        }
        where += QStringLiteral(" AND ") + QLatin1String(column) + QLatin1Char(' ') +
                 QLatin1String(op) + QStringLiteral(" ?");
        binds << n;
    };
    bound("maxPriceStorage", "price_storage", "<=");
    bound("maxPriceEgress", "price_egress", "<=");
    bound("minFreeBytes", "free_bytes", ">=");
    bound("maxLatencyMs", "latency_target", "<=");
    bound("minUptimeBps", "uptime_target", ">=");
    if (!bad.isEmpty())
        return badRequest(bad);
    const QString q = r.queryValue(QStringLiteral("q"));
    if (!q.isEmpty()) {
        where += QStringLiteral(" AND LOWER(name) LIKE ? ESCAPE '\\'");
        binds << QString(QStringLiteral("%") + likeLiteral(q.toLower()) + QStringLiteral("%"));
    }
    if (r.queryValue(QStringLiteral("unlocked")) == QLatin1String("true"))
        where += QStringLiteral(" AND locked = 0");
    if (r.queryValue(QStringLiteral("certified")) == QLatin1String("true")) {
        where += QStringLiteral(" AND provider_id IN (SELECT id FROM providers WHERE cert_status "
                                "= 'approved' AND (cert_expires = 0 OR cert_expires > ?))");
        binds << NodeDb::nowMs();
    }
    static const QHash<QString, QString> sorts = {
        {QStringLiteral("price"), QStringLiteral("price_storage ASC, id ASC")},
        {QStringLiteral("-price"), QStringLiteral("price_storage DESC, id ASC")},
        {QStringLiteral("egress"), QStringLiteral("price_egress ASC, id ASC")},
        {QStringLiteral("-egress"), QStringLiteral("price_egress DESC, id ASC")},
        {QStringLiteral("latency"), QStringLiteral("latency_target ASC, id ASC")},
        {QStringLiteral("-uptime"), QStringLiteral("uptime_target DESC, id ASC")},
        {QStringLiteral("uptime"), QStringLiteral("uptime_target ASC, id ASC")},
        {QStringLiteral("-free"), QStringLiteral("free_bytes DESC, id ASC")},
        {QStringLiteral("free"), QStringLiteral("free_bytes ASC, id ASC")},
        {QStringLiteral("name"), QStringLiteral("name ASC, id ASC")},
        {QStringLiteral("updated"), QStringLiteral("updated_at ASC, id ASC")},
        {QStringLiteral("-updated"), QStringLiteral("updated_at DESC, id ASC")},
    };
    const QString sortKey = r.queryValue(QStringLiteral("sort"));
    const QString order = sorts.value(sortKey.isEmpty() ? QStringLiteral("price") : sortKey);
    if (order.isEmpty())
        return badRequest(tr("Unknown sort \"%1\"; use one of %2.")
                              .arg(sortKey, QStringList(sorts.keys()).join(QStringLiteral(", "))));
    return listPage(m_db, QStringLiteral("offers"), where, binds, order, offset, limit);
}

ApiReply Node::getOffer(ApiRequest &r)
{
    auto o = loadOffer(r.param(0));
    if (!o)
        return ApiReply::fromError(o.error());
    if (!*o)
        return ApiReply::error(404, QStringLiteral("not_found"), tr("No such offer."));
    return ApiReply::json((*o)->toJson());
}

ApiReply Node::createOffer(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    Offer created;
    Status s = m_db.write([&]() -> Status {
        auto p = providerOf(c->address);
        if (!p)
            return p.error();
        if (!*p)
            return Status::failure(QStringLiteral("forbidden"),
                                   tr("Register as a provider first (POST /v1/providers)."));
        const qint64 now = NodeDb::nowMs();
        if (!(*p)->certification.isApproved(msToTime(now)))
            return Status::failure(QStringLiteral("not_certified"),
                                   tr("Offers need an approved, unexpired certification; "
                                      "request it with POST /v1/providers/%1/certification.")
                                       .arg((*p)->id));
        QJsonObject o = *body;
        o.insert(QStringLiteral("id"), newId("off"));
        o.insert(QStringLiteral("providerId"), (*p)->id);
        o.insert(QStringLiteral("measuredUptimeBps"), -1);
        o.insert(QStringLiteral("measuredLatencyMs"), -1);
        o.insert(QStringLiteral("locked"), false);
        o.insert(QStringLiteral("demo"), false);
        o.insert(QStringLiteral("createdAt"), timestampToJson(msToTime(now)));
        o.insert(QStringLiteral("updatedAt"), timestampToJson(msToTime(now)));
        auto f = Offer::fromJson(o);
        if (!f)
            return f.error();
        f->freeBytes = f->capacityBytes;
        if (const QString why = validateOffer(*f); !why.isEmpty())
            return Status::failure(QStringLiteral("bad_request"), why);
        if (const QString why = m_endpoints.refusal(f->endpoint);
            !f->endpoint.isEmpty() && !why.isEmpty())
            return Status::failure(QStringLiteral("endpoint_not_allowed"), why);
        created = *f;
        return saveOffer(created);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(created.toJson(), 201);
}

ApiReply Node::updateOffer(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    auto body = r.json();
    if (!body)
        return ApiReply::fromError(body.error());
    Offer updated;
    Status s = m_db.write([&]() -> Status {
        auto o = loadOffer(r.param(0));
        if (!o)
            return o.error();
        if (!*o)
            return Status::failure(QStringLiteral("not_found"), tr("No such offer."));
        auto p = loadProvider((*o)->providerId);
        if (!p)
            return p.error();
        if (!*p || (*p)->address != c->address)
            return Status::failure(QStringLiteral("forbidden"),
                                   tr("Only the provider that owns this offer can change it."));
        if ((*o)->locked)
            return Status::failure(QStringLiteral("offer_locked"),
                                   tr("This offer is locked while an SLA uses it; it unlocks "
                                      "when the SLA ends."));
        QJsonObject j = (*o)->toJson();
        static const QStringList editable = {QStringLiteral("name"),
                                             QStringLiteral("region"),
                                             QStringLiteral("country"),
                                             QStringLiteral("protocols"),
                                             QStringLiteral("priceStoragePerGbMonthUsd7"),
                                             QStringLiteral("priceEgressPerGbUsd7"),
                                             QStringLiteral("qosTier"),
                                             QStringLiteral("uptimeTargetBps"),
                                             QStringLiteral("latencyTargetMs"),
                                             QStringLiteral("capacityBytes"),
                                             QStringLiteral("currencies"),
                                             QStringLiteral("minDurationDays"),
                                             QStringLiteral("maxDurationDays"),
                                             QStringLiteral("features"),
                                             QStringLiteral("endpoint")};
        for (auto it = body->begin(); it != body->end(); ++it) {
            if (!editable.contains(it.key()))
                return Status::failure(QStringLiteral("bad_request"),
                                       tr("Field \"%1\" cannot be changed; editable: %2.")
                                           .arg(it.key(), editable.join(QStringLiteral(", "))));
            j.insert(it.key(), it.value());
        }
        j.insert(QStringLiteral("updatedAt"), timestampToJson(msToTime(NodeDb::nowMs())));
        auto f = Offer::fromJson(j);
        if (!f)
            return f.error();
        f->freeBytes = (*o)->freeBytes + (f->capacityBytes - (*o)->capacityBytes);
        if (f->freeBytes < 0)
            return Status::failure(QStringLiteral("bad_request"),
                                   tr("The capacity cannot go below what deals reserve."));
        if (const QString why = validateOffer(*f); !why.isEmpty())
            return Status::failure(QStringLiteral("bad_request"), why);
        if (const QString why = m_endpoints.refusal(f->endpoint);
            !f->endpoint.isEmpty() && !why.isEmpty())
            return Status::failure(QStringLiteral("endpoint_not_allowed"), why);
        updated = *f;
        return saveOffer(updated);
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json(updated.toJson());
}

ApiReply Node::deleteOffer(ApiRequest &r)
{
    auto c = caller(r, true);
    if (!c)
        return ApiReply::fromError(c.error());
    Status s = m_db.write([&]() -> Status {
        auto o = loadOffer(r.param(0));
        if (!o)
            return o.error();
        if (!*o)
            return Status::failure(QStringLiteral("not_found"), tr("No such offer."));
        auto p = loadProvider((*o)->providerId);
        if (!p)
            return p.error();
        if (!*p || (*p)->address != c->address)
            return Status::failure(QStringLiteral("forbidden"),
                                   tr("Only the provider that owns this offer can delete it."));
        if ((*o)->locked)
            return Status::failure(QStringLiteral("offer_locked"),
                                   tr("This offer is locked while an SLA uses it."));
        auto d = m_db.exec(QStringLiteral("DELETE FROM offers WHERE id = ?"), {r.param(0)});
        if (!d)
            return d.error();
        return m_db.appendChange(QStringLiteral("offer"), r.param(0), QStringLiteral("delete"),
                                 QByteArray("{}"), QStringLiteral("*"));
    });
    if (!s)
        return ApiReply::fromError(s.error());
    return ApiReply::json({{QStringLiteral("deleted"), r.param(0)}});
}

} // namespace fb::node
