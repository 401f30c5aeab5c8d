// PlatformServices: the typed services (market, deals, accounts, payments, providers) of one
// platform connection, built once by a composition root (app/, or a test) over the API client, the
// cache, the sync engine and the wallet. Pages hold these services and the item models they create;
// none of them sees HTTP, JSON or SQL.
#pragma once

#include "models/accountservice.h"
#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/paymentservice.h"
#include "models/providerservice.h"

#include <QObject>
#include <QSqlDatabase>

namespace fb {

class ApiClient;
class SyncEngine;
class WalletService;

class PlatformServices : public QObject
{
    Q_OBJECT

public:
    PlatformServices(ApiClient *api, QSqlDatabase cache, SyncEngine *sync, WalletService *wallet,
                     QObject *parent = nullptr)
        : QObject(parent)
        , market(api, cache, this)
        , deals(api, cache, sync, this)
        , accounts(api, wallet, this)
        , payments(api, sync, this)
        , providers(api, sync, this)
    {}

    // The cache opened after the services were built (the app opens it after its first paint):
    // the deals first, so that a page answering market.cacheOpened finds both readable.
    void setCache(QSqlDatabase cache)
    {
        deals.setCache(cache);
        market.setCache(std::move(cache));
    }

    MarketService market;
    DealService deals;
    AccountService accounts;
    PaymentService payments;
    ProviderService providers;
};

} // namespace fb
