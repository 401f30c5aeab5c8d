// OffersModel: the marketplace table over the cache's offers. Filtering and sorting happen in
// SQL on indexed columns; rows are loaded in windows (fetchMore), so a keystroke re-runs one
// LIMITed query instead of copying the table. Call refresh() after a sync page touched offers.
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace fb {

struct OfferFilter
{
    QString text;                          // name or provider name contains (case-insensitive)
    QString region;                        // exact
    QString country;                       // exact, ISO alpha-2
    QString minTier;                       // bronze < silver < gold < platinum
    QString protocol;                      // s3 | gcs | azure-blob | local
    QString certification;                 // provider holds this certification ("ISO 27001")
    bool certifiedOnly = false;            // provider certification approved and unexpired
    std::optional<qint64> maxPriceStorage; // USD x 10^7 per GB-month
    std::optional<int> minReputation;      // 0..100
    std::optional<qint64> minFreeBytes;
    bool unlockedOnly = false;
    bool operator==(const OfferFilter &) const = default;
};

class OffersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Provider,
        Region,
        Country,
        Tier,
        Protocols,
        PriceStorage,
        PriceEgress,
        Reputation,
        FreeBytes,
        Uptime,
        Latency,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortValueRole,
        ProviderIdRole,
        CertifiedRole,     // bool: the provider's certification is approved and not expired
        CertExpiresRole,   // QDateTime (invalid: no expiry)
        CertLevelRole,     // QString: the provider's certification level
        UptimeTargetRole,  // int, basis points
        LatencyTargetRole, // int, ms
    };

    explicit OffersModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const OfferFilter &f);
    OfferFilter filter() const { return m_filter; }
    void setBatchSize(int n) { m_batch = std::max(1, n); }
    // A filter matching fewer offers than this is "sparse": its indexes find the matches, which
    // are then sorted; a denser one walks the sort order instead (and text is looked up in
    // offer_text only below it). For tests; the default suits 100,000 offers.
    void setSparseThreshold(int n) { m_sparseBelow = std::max(1, n); }
    // Re-runs the query (after a sync, or a filter change); keeps the sort.
    void refresh();
    // Rows matching the filter (one COUNT query; not needed for scrolling).
    qint64 totalCount() const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

    // The SQL the model runs (for tests and the benchmark).
    QString whereClause(QVariantList *binds) const;
    // SQLite's plan for the current window query, one step a line (EXPLAIN QUERY PLAN): a
    // "USE TEMP B-TREE FOR ORDER BY" step means every match is sorted on each load.
    QString explainWindowQuery() const;

private:
    struct Row
    {
        QString id, providerId, name, provider, region, country, tier, protocols;
        qint64 priceStorage = 0, priceEgress = 0, freeBytes = 0;
        int reputation = 0, uptime = -1, latency = -1;
        int uptimeTarget = -1, latencyTarget = -1;
        bool certified = false;
        QDateTime certExpires;
    };
    QList<Row> load(int offset, int limit);
    void reload(); // refresh() keeping what it knows of the cache (filter and sort changes)
    QString orderBy(bool plain) const;
    QString windowSql(QVariantList *binds) const; // the window query, LIMIT and OFFSET unbound
    QString whereSql(QVariantList *binds, bool plain) const;
    struct TextSearch
    {
        bool valid = false;
        QString text;
        QList<qint64> ids;  // the matching offers' rowids, when fewer than m_sparseBelow
        qint64 matches = 0; // counted up to m_sparseBelow
    };
    // The offer_text lookup of a search text and how many offers it finds (cached per refresh).
    TextSearch textSearch(const QString &text) const;

    QSqlDatabase m_db;
    OfferFilter m_filter;
    int m_sortColumn = PriceStorage;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_batch = 200;
    int m_sparseBelow = 4000;
    QList<Row> m_rows;
    bool m_more = false;
    QString m_error;
    enum class Plan { Default, Sparse, Dense };
    Plan m_plan = Plan::Default;
    mutable TextSearch m_textSearch;
    QHash<QString, QString> m_certLevels; // provider id -> certification level, per refresh
};

} // namespace fb
