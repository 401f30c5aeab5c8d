#include "models/marketservice.h"

#include "models/apiclient.h"
#include "models/cachestore.h"
#include "models/modelslog.h"
#include "models/offersmodel.h"
#include "models/providersmodel.h"

#include <QSqlError>
#include <QSqlQuery>

namespace fb {

MarketService::MarketService(ApiClient *api, QSqlDatabase cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(std::move(cache))
{
    if (hasCache())
        m_store = std::make_unique<CacheStore>(m_cache);
}

MarketService::~MarketService() = default;

void MarketService::setCache(QSqlDatabase cache)
{
    m_cache = std::move(cache);
    m_store = hasCache() ? std::make_unique<CacheStore>(m_cache) : nullptr;
    m_cacheLoading = false;
    Q_EMIT cacheOpened();
}

bool MarketService::connected() const
{
    return m_api && !m_api->baseUrl().isEmpty();
}

QUrl MarketService::nodeUrl() const
{
    return m_api ? m_api->baseUrl() : QUrl();
}

bool MarketService::hasCache() const
{
    return m_cache.isValid() && m_cache.isOpen();
}

std::unique_ptr<OffersModel> MarketService::createOffersModel() const
{
    if (!hasCache())
        return nullptr;
    return std::make_unique<OffersModel>(m_cache);
}

std::unique_ptr<ProvidersModel> MarketService::createProvidersModel() const
{
    if (!hasCache())
        return nullptr;
    return std::make_unique<ProvidersModel>(m_cache);
}

QStringList MarketService::distinct(const QString &sql) const
{
    QStringList out;
    if (!hasCache())
        return out;
    QSqlQuery q(m_cache);
    if (!q.exec(sql)) {
        qCWarning(lcCache) << "market:" << sql << "failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        if (const QString v = q.value(0).toString(); !v.isEmpty())
            out << v;
    return out;
}

QStringList MarketService::regions() const
{
    return distinct(QStringLiteral("SELECT DISTINCT region FROM offers ORDER BY region"));
}

QStringList MarketService::countries() const
{
    return distinct(QStringLiteral("SELECT DISTINCT country FROM offers ORDER BY country"));
}

QStringList MarketService::protocols() const
{
    return distinct(
        QStringLiteral("SELECT DISTINCT protocol FROM offer_protocols ORDER BY protocol"));
}

std::optional<Offer> MarketService::offer(const QString &id) const
{
    if (!m_store)
        return std::nullopt;
    auto o = m_store->offer(id);
    if (!o) {
        qCWarning(lcCache) << "market: offer" << id << o.error().message;
        return std::nullopt;
    }
    return *o;
}

std::optional<Provider> MarketService::provider(const QString &id) const
{
    if (!m_store)
        return std::nullopt;
    auto p = m_store->provider(id);
    if (!p) {
        qCWarning(lcCache) << "market: provider" << id << p.error().message;
        return std::nullopt;
    }
    return *p;
}

QList<Offer> MarketService::offersOf(const QString &providerId) const
{
    QList<Offer> out;
    if (!m_store)
        return out;
    QSqlQuery q(m_cache);
    q.prepare(
        QStringLiteral("SELECT id FROM offers WHERE provider_id = ? ORDER BY price_storage, id"));
    q.addBindValue(providerId);
    if (!q.exec()) {
        qCWarning(lcCache) << "market: offers of" << providerId << q.lastError().text();
        return out;
    }
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : std::as_const(ids))
        if (auto o = offer(id))
            out << *o;
    return out;
}

Result<MarketSnapshot> MarketService::snapshot() const
{
    if (!hasCache())
        return Error{QStringLiteral("no_cache"), tr("The local cache is not open.")};
    return loadMarket(m_cache);
}

QList<QosSample> MarketService::cachedQos(const QString &offerId) const
{
    if (!m_store || offerId.isEmpty())
        return {};
    // An explicit lower bound: qosSeries binds a default (invalid) from as NULL.
    auto s = m_store->qosSeries(offerId, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    if (!s) {
        qCWarning(lcCache) << "market: QoS of" << offerId << s.error().message;
        return {};
    }
    return *s;
}

// ---- the node -------------------------------------------------------------------------------

Result<QList<Rate>> MarketService::parseRates(const QJsonObject &json)
{
    const QJsonValue items = json.value(QStringLiteral("items"));
    if (!items.isArray())
        return badReply(tr("Exchange rates"), tr("\"items\" is not a list"));
    QList<Rate> out;
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject o = v.toObject();
        Rate r;
        r.currency = o.value(QStringLiteral("currency")).toString();
        const QJsonValue units = o.value(QStringLiteral("usd7PerCoin"));
        r.usd7PerCoin = units.isDouble() ? units.toInteger(-1) : -1;
        r.source = o.value(QStringLiteral("source")).toString();
        if (r.currency.isEmpty() || r.usd7PerCoin <= 0)
            return badReply(tr("Exchange rates"), tr("a rate without currency or value"));
        out << r;
    }
    return out;
}

Result<NodeInfo> MarketService::parseInfo(const QJsonObject &json)
{
    NodeInfo i;
    i.name = json.value(QStringLiteral("name")).toString();
    i.version = json.value(QStringLiteral("version")).toString();
    i.network = json.value(QStringLiteral("network")).toString();
    i.developmentNetwork = json.value(QStringLiteral("developmentNetwork")).toBool();
    const QJsonValue fee = json.value(QStringLiteral("feeBps"));
    i.feeBps = fee.isDouble() ? int(fee.toInteger(-1)) : -1;
    for (const QJsonValue &c : json.value(QStringLiteral("currencies")).toArray())
        i.currencies << c.toString();
    i.database = json.value(QStringLiteral("database")).toString();
    if (i.feeBps < 0 || i.feeBps > 10000)
        return badReply(tr("Node information"), tr("\"feeBps\" is missing or out of range"));
    return i;
}

void MarketService::rates(QObject *context, Reply<QList<Rate>> done)
{
    auto reply = guarded(context, std::move(done));
    if (!m_api) {
        reply(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    m_api->get(QStringLiteral("/v1/rates"), {}, [reply](const ApiResponse &r) {
        if (!r.ok()) {
            reply(platformError(r, tr("Exchange rates")));
            return;
        }
        reply(parseRates(r.json));
    });
}

void MarketService::info(QObject *context, Reply<NodeInfo> done)
{
    auto reply = guarded(context, std::move(done));
    if (!m_api) {
        reply(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    RequestOptions o;
    o.auth = false;
    m_api->get(
        QStringLiteral("/v1/info"), {},
        [reply](const ApiResponse &r) {
            if (!r.ok()) {
                reply(platformError(r, tr("Node information")));
                return;
            }
            reply(parseInfo(r.json));
        },
        o);
}

QJsonObject MarketService::quoteBody(const QuoteRequest &request)
{
    QJsonArray offers;
    for (const QString &id : request.offerIds)
        offers.append(id);
    QJsonObject body{{QStringLiteral("sizeBytes"), request.sizeBytes},
                     {QStringLiteral("egressBytes"), request.egressBytes},
                     {QStringLiteral("durationDays"), request.durationDays},
                     {QStringLiteral("offers"), offers},
                     {QStringLiteral("k"), request.k}};
    if (!request.currency.isEmpty())
        body.insert(QStringLiteral("currency"), request.currency);
    if (!request.protocol.isEmpty())
        body.insert(QStringLiteral("protocol"), request.protocol);
    if (!request.renewalOf.isEmpty())
        body.insert(QStringLiteral("renewalOf"), request.renewalOf);
    return body;
}

void MarketService::quote(const QuoteRequest &request, QObject *context, Reply<Quote> done)
{
    auto reply = guarded(context, std::move(done));
    if (!m_api) {
        reply(Error{QStringLiteral("offline"),
                    tr("Not connected to a platform node; check Settings.")});
        return;
    }
    QJsonObject body = quoteBody(request);
    // A quote prices; the protocol and what it renews matter to the deal.
    body.remove(QStringLiteral("protocol"));
    body.remove(QStringLiteral("renewalOf"));
    m_api->post(QStringLiteral("/v1/quotes"), body, [reply](const ApiResponse &r) {
        if (!r.ok()) {
            reply(platformError(r, tr("The quote failed")));
            return;
        }
        auto q = Quote::fromJson(r.json);
        if (!q) {
            reply(badReply(tr("The quote"), q.error().message));
            return;
        }
        reply(*q);
    });
}

void MarketService::fetchQos(const QString &offerId, QObject *context, Reply<QList<QosSample>> done)
{
    auto reply = guarded(context, std::move(done));
    if (!m_api) {
        reply(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    QPointer<MarketService> self(this);
    m_api->offerQos(offerId, [self, reply](Result<QList<QosSample>> r) {
        if (!r) {
            reply(r.error());
            return;
        }
        if (self && self->m_store && !r->isEmpty()) {
            if (auto s = self->m_store->storeQosSeries(*r); !s)
                qCWarning(lcCache) << "market: storing QoS failed:" << s.error().message;
        }
        reply(std::move(r));
    });
}

} // namespace fb
