// CacheStore: reads and writes the platform entities in the local SQLite cache (cacheschema.cpp).
// One instance per database connection (so per thread). applyPage() writes one page of the
// changes feed and the new cursor in ONE transaction: a crash leaves either both or neither.
#pragma once

#include "wallet/result.h"
#include "wire/domain.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace fb {

class CacheStore
{
public:
    explicit CacheStore(QSqlDatabase db);
    ~CacheStore();

    QSqlDatabase database() const { return m_db; }

    // The last committed cursor of a sync scope (0 when never synced).
    Result<qint64> cursor(const QString &scope);
    // Applies the page's changes in order (server wins: an upsert replaces, a delete removes) and
    // stores page.next as the scope's cursor, all in one transaction. A change whose data does not
    // parse as its entity fails the whole page (nothing is written).
    Status applyPage(const QString &scope, const ChangesPage &page);

    // One offer upsert, its columns' values ready to bind: numbers, and texts as UTF-8 slices of
    // its page's text buffer (one buffer per page instead of a dozen allocations per offer).
    struct PreparedText
    {
        qsizetype at = 0;
        qsizetype size = 0;
    };
    struct PreparedOffer
    {
        PreparedText id, providerId, name, region, country, protocols, qosTier, currencies,
            endpoint, createdAt, updatedAt;
        qsizetype firstProtocol = 0; // its protocols: PreparedPage::protocols[first, first+count)
        qsizetype protocolCount = 0;
        qint64 priceStorage = 0, priceEgress = 0, tierRank = 0, uptimeTarget = 0, latencyTarget = 0,
               measuredUptime = 0, measuredLatency = 0, capacity = 0, free = 0, minDays = 0,
               maxDays = 0, features = 0;
        bool locked = false, demo = false;
    };
    // A page made ready to write: its offer upserts (nearly all the rows of an initial sync)
    // parsed, checked and converted. Touches no database, so the sync engine prepares the next
    // page on a pool thread while this connection writes the previous one.
    struct PreparedPage
    {
        qint64 next = 0; // the page's cursor
        bool hasMore = false;
        qsizetype changeCount = 0;
        QStringList entities; // the entity kinds the page changed, sorted
        QByteArray text;      // the offers' UTF-8 texts, back to back
        QList<PreparedText> protocols;
        QList<PreparedOffer> offers;
        QList<Change> others; // every other change, written from the change itself
        // The page's changes in feed order: i >= 0 is offers[i], i < 0 is others[-i - 1].
        QList<int> order;
        std::optional<Error> error; // the first malformed change: nothing of the page is written
    };
    static PreparedPage preparePage(ChangesPage page);
    // applyPage() for a prepared page.
    Status applyPrepared(const QString &scope, const PreparedPage &prepared);
    // Refreshes the query planner's statistics (PRAGMA optimize / ANALYZE, bounded) after a
    // large batch, so the views' filters use the right indexes.
    Status optimize();
    // Initial sync into an empty cache: drops the secondary indexes of offers and their
    // protocols, keeping their definitions in deferred_indexes (no-op when offers exist).
    Status deferOfferIndexes();
    // Builds whatever deferOfferIndexes() dropped (no-op when nothing is deferred). Runs at the
    // end of every sync run and when the sync engine starts, so a kill never leaves them out.
    Status restoreDeferredIndexes();
    // Forgets every cached entity and cursor, and which node they came from. The file library's
    // tables and the app's own state stay.
    Status clear();
    // The node (a sync scope without its account) the platform data came from; empty when
    // not recorded.
    Result<QString> node();
    // Records that the platform data comes from this node. When the cache holds another node's
    // data, every platform table and cursor is emptied first, in the same transaction; returns
    // true then. A cache with no record is kept when all its cursors are this node's.
    Result<bool> useNode(const QString &node);

    // Stores a QoS series fetched from /v1/offers/{id}/qos (idempotent).
    Status storeQosSeries(const QList<QosSample> &samples);
    // QoS samples of an offer, oldest first, within [from, to] (invalid: unbounded).
    Result<QList<QosSample>> qosSeries(const QString &offerId, const QDateTime &from = {},
                                       const QDateTime &to = {}, int limit = 5000);

    Result<std::optional<Offer>> offer(const QString &id);
    // Every cached offer.
    Result<QList<Offer>> offers();
    Result<std::optional<Provider>> provider(const QString &id);
    Result<std::optional<Deal>> deal(const QString &id);
    // The consumer's Funded deals (paid, waiting for their provider to activate them): id and
    // when they turned Funded (the deal's updatedAt).
    Result<QHash<QString, QDateTime>> fundedDeals(const QString &consumer);
    Result<qint64> count(const QString &table);

    static int tierRank(const QString &tier); // bronze 1 .. platinum 4, 0 unknown

private:
    struct Statements;
    Status applyChange(const Change &c);
    Status applyOffer(const PreparedPage &page, const PreparedOffer &o);
    Result<QList<Offer>> readOffers(const QString &where, const QString &bind);
    static Status prepareOffer(const Change &c, PreparedPage &into);
    Status prepare();
    Status prepareOfferWrites();
    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_st;
};

} // namespace fb
