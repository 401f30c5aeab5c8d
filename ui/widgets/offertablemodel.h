// OfferTableModel: the marketplace's view of OffersModel: the columns a consumer compares
// (certification badge, location, targets beside measured QoS, prices in the display currency).
// Rows, filtering, sorting and lazy loading stay in OffersModel; this only re-columns and formats.
#pragma once

#include "ui/widgets/priceformat.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QDateTime>

namespace fb {
class OffersModel;
}

namespace fb::ui {

class OfferTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Offer,
        Provider,
        Certification,
        Location,
        Protocols,
        PriceStorage,
        PriceEgress,
        Tier,
        Uptime,
        Latency,
        Reputation,
        FreeCapacity,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ProviderIdRole,
        SortValueRole,
        CertifiedRole,  // bool: approved and unexpired
        BelowTargetRole // bool: measured QoS misses the offer's target
    };

    explicit OfferTableModel(fb::OffersModel *source, QObject *parent = nullptr);
    fb::OffersModel *source() const { return m_source; }

    void setPriceFormat(const PriceFormat &format);
    const PriceFormat &priceFormat() const { return m_price; }

    // The OffersModel column a column sorts by (-1: not sortable).
    static int sourceColumn(int column);
    QString offerId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

private:
    // What the offers model knows beside its columns, for one row.
    struct Extra
    {
        bool certified = false;
        QDateTime certExpires;
        QString certLevel;
        int uptimeTarget = -1;
        int latencyTarget = -1;
    };
    Extra extra(int row) const;
    QVariant source(int row, int sourceColumn, int role = Qt::DisplayRole) const;

    fb::OffersModel *m_source;
    PriceFormat m_price;
};

} // namespace fb::ui
