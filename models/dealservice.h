// DealService: the consumer's and the provider's agreements. Reads come from the synced cache
// (deals, payments) with item models for views; changes go to the node through typed calls, and
// each successful change asks the sync engine for the node's new state at once. Paying is
// PaymentService's; the provider's side of a deal is ProviderService's.
#pragma once

#include "models/marketservice.h"
#include "models/servicesupport.h"
#include "wire/domain.h"

#include <QObject>
#include <QSqlDatabase>
#include <QUrl>

#include <memory>

namespace fb {

class ApiClient;
class DealsModel;
class PaymentsModel;
class SqlWindowModel;
class SyncEngine;

// The deals one purchase created (POST /v1/deals).
struct CreatedSla
{
    QString slaId;
    QList<Deal> deals;
};

class DealService : public QObject
{
    Q_OBJECT

public:
    DealService(ApiClient *api, QSqlDatabase cache, SyncEngine *sync, QObject *parent = nullptr);
    ~DealService() override;

    bool connected() const;
    bool hasCache() const;
    // The cache, once the app has opened it (after the window's first paint).
    void setCache(QSqlDatabase cache) { m_cache = std::move(cache); }

    // ---- the cache ----
    // Item models over the cached deals and payments; each re-reads the cache when the sync
    // engine applies a page that changed what it shows.
    std::unique_ptr<DealsModel> createDealsModel() const;
    std::unique_ptr<PaymentsModel> createPaymentsModel() const;
    // Every cached deal (the signed-in account's), newest first; of one consumer when given.
    QList<Deal> cachedDeals(const QString &consumer = {}) const;
    std::optional<Deal> cachedDeal(const QString &id) const;
    // The cached escrow movements of these deals, oldest first.
    QList<Payment> cachedPayments(const QStringList &dealIds) const;

    // ---- agreement names ----
    // The name of an agreement everywhere it is shown (SLAs, Files): the one the user gave it,
    // else "size · N provider(s) · date" from its cached deals. Names are this computer's own,
    // kept in the cache beside the synced data (a re-sync keeps them).
    QString slaName(const QString &slaId) const;
    // The name of the agreement a cached deal belongs to; empty when the deal is not cached.
    QString slaNameOfDeal(const QString &dealId) const;
    static QString defaultSlaName(const QList<Deal> &deals);
    // Renames; an empty name brings the default back. Emits slaNamesChanged on success.
    Status setSlaName(const QString &slaId, const QString &name);

    // ---- the node ----
    void create(const QuoteRequest &request, QObject *context, Reply<CreatedSla> done);
    void fetch(const QString &dealId, QObject *context, Reply<Deal> done);
    // The deals of one SLA, or (slaId empty) every deal of the signed-in consumer.
    void fetchSla(const QString &slaId, QObject *context, Reply<QList<Deal>> done);
    void cancel(const QString &dealId, const QString &reason, QObject *context, Reply<Deal> done);
    void openDispute(const QString &dealId, const QString &reason, QObject *context,
                     Reply<Dispute> done);
    // Pulls the node's changes now (after a change of ours).
    void refreshSoon();

Q_SIGNALS:
    void slaNamesChanged();

private:
    void refreshOnSync(SqlWindowModel *model, const QStringList &entities) const;
    template <typename T>
    void postTyped(const QString &path, const QJsonObject &body, const QString &what,
                   Reply<T> reply);

    ApiClient *m_api;
    QSqlDatabase m_cache;
    SyncEngine *m_sync;
};

} // namespace fb
