// ProviderOffersModel: the signed-in provider's own offers (ProviderService::offers) as a table:
// name, region, tier, prices, capacity sold and free, and whether a deal locks it (with the
// deals that do). Sort through a QSortFilterProxyModel on SortRole.
#pragma once

#include "wire/domain.h"

#include "models/idtablemodel.h"

#include <QHash>

namespace fb {

class ProviderOffersModel : public IdTableModel<Offer>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Region,
        Tier,
        StoragePrice,
        EgressPrice,
        Capacity,
        Free,
        Status,
        ColumnCount
    };
    enum Role { OfferIdRole = Qt::UserRole + 1, LockedRole, SortRole };

    explicit ProviderOffersModel(QObject *parent = nullptr);

    void setOffers(const QList<Offer> &offers) { setItems(offers); }
    // The provider's deals: the open ones (not in a final state) lock their offer.
    void setDeals(const QList<Deal> &deals);
    const QList<Offer> &offers() const { return items(); }
    std::optional<Offer> offer(const QString &offerId) const { return find(offerId); }
    // The open deals that lock offerId (empty: free to edit or withdraw).
    QStringList lockingDeals(const QString &offerId) const;
    bool isLocked(const QString &offerId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QHash<QString, QStringList> m_lockedBy;
};

} // namespace fb
