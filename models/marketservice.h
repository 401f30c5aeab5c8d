// MarketService: the marketplace as pages see it. Reads come from the synced cache (offers,
// providers, QoS history, the filter choices); what the cache lacks (a quote, the rates, the
// node's fee, a QoS series not cached yet) comes from the node through typed calls.
//
// Lives on the GUI thread; every asynchronous call takes a context (see servicesupport.h).
#pragma once

#include "models/market.h"
#include "models/servicesupport.h"
#include "wire/domain.h"

#include <QObject>
#include <QSqlDatabase>
#include <QUrl>

#include <memory>

namespace fb {

class ApiClient;
class CacheStore;
class OffersModel;
class DealsModel;
class PaymentsModel;
class ProvidersModel;

// One exchange rate of the node (GET /v1/rates).
struct Rate
{
    QString currency;       // "XLM", "USD", "EUR", ...
    qint64 usd7PerCoin = 0; // USD x 10^7 per whole coin
    QString source;
};

// What the node says about itself (GET /v1/info).
struct NodeInfo
{
    QString name;
    QString version;
    QString network; // "dev", "testnet", "public"
    bool developmentNetwork = false;
    int feeBps = 0; // the platform fee, basis points of each line's subtotal
    QStringList currencies;
    QString database;
};

// What a quote (and a new SLA) asks for.
struct QuoteRequest
{
    qint64 sizeBytes = 0;
    qint64 egressBytes = 0; // over the whole term
    int durationDays = 0;
    QStringList offerIds; // one per shard
    int k = 1;            // shards needed to rebuild; 1: every provider keeps a full copy
    QString currency;     // pay currency, empty: any
    QString protocol;     // empty: any
    QString renewalOf;    // a renewal: the deal it follows (its term starts at that deal's end)
};

class MarketService : public QObject
{
    Q_OBJECT

public:
    MarketService(ApiClient *api, QSqlDatabase cache, QObject *parent = nullptr);
    ~MarketService() override;

    // True when a node is configured (calls can be made); the cache can be read either way.
    bool connected() const;
    // The node in use (empty when none).
    QUrl nodeUrl() const;
    bool hasCache() const;
    // The app opens its cache after the window's first paint: until setCache() the service says
    // it is loading (pages show their frame and "Loading…" instead of "not connected").
    bool cacheLoading() const { return m_cacheLoading && !hasCache(); }
    void setCacheLoading(bool loading) { m_cacheLoading = loading; }
    // The cache, now open; emits cacheOpened.
    void setCache(QSqlDatabase cache);

    // ---- the cache ----
    // Item models over the cached offers and providers (null without a cache).
    std::unique_ptr<OffersModel> createOffersModel() const;
    std::unique_ptr<ProvidersModel> createProvidersModel() const;
    // The filter panel's choices, each sorted.
    QStringList regions() const;
    QStringList countries() const;
    QStringList protocols() const;
    std::optional<Offer> offer(const QString &id) const;
    std::optional<Provider> provider(const QString &id) const;
    // A provider's offers, cheapest storage first.
    QList<Offer> offersOf(const QString &providerId) const;
    // Every cached offer and provider, for the SLA optimizer.
    Result<MarketSnapshot> snapshot() const;
    // A cached QoS series of an offer, oldest first (empty when none is cached).
    QList<QosSample> cachedQos(const QString &offerId) const;

    // ---- the node ----
    void rates(QObject *context, Reply<QList<Rate>> done);
    void info(QObject *context, Reply<NodeInfo> done);
    void quote(const QuoteRequest &request, QObject *context, Reply<Quote> done);
    // An offer's QoS series from the node; stored in the cache before done runs.
    void fetchQos(const QString &offerId, QObject *context, Reply<QList<QosSample>> done);

    static QJsonObject quoteBody(const QuoteRequest &request);
    static Result<QList<Rate>> parseRates(const QJsonObject &json);
    static Result<NodeInfo> parseInfo(const QJsonObject &json);

Q_SIGNALS:
    // The cache became readable (setCache): models can be created now.
    void cacheOpened();

private:
    QStringList distinct(const QString &sql) const;

    bool m_cacheLoading = false;
    ApiClient *m_api;
    QSqlDatabase m_cache;
    std::unique_ptr<CacheStore> m_store;
};

} // namespace fb
