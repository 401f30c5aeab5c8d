// ProviderDealsModel: the deals addressed to the signed-in provider (ProviderService::deals) as a
// table: consumer, size, egress, duration, redundancy role, price, net earnings, QoS targets,
// funding deadline or time left. ProviderDealsFilter narrows it for the inbox (states), the
// history search (deal id) and the consumer filter; both sort on SortRole.
#pragma once

#include "wire/domain.h"

#include "models/idtablemodel.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

namespace fb {

class ProviderDealsModel : public IdTableModel<Deal>
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Consumer,
        State,
        Size,
        Egress,
        Duration,
        Shard,
        Price,
        Net,
        Qos,
        Deadline,
        ColumnCount
    };
    enum Role { DealIdRole = Qt::UserRole + 1, StateRole, ConsumerRole, SortRole };

    // How long an unpaid deal keeps its reservation on a node started without
    // --unpaid-deal-ttl (docs/API.md "Unpaid deals expire").
    static constexpr qint64 kDefaultUnpaidTtlSec = 3600;

    explicit ProviderDealsModel(QObject *parent = nullptr);

    void setDeals(const QList<Deal> &deals) { setItems(deals); }
    // The provider's offers: their QoS targets show next to each deal.
    void setOffers(const QList<Offer> &offers);
    const QList<Deal> &deals() const { return items(); }
    std::optional<Deal> deal(const QString &dealId) const { return find(dealId); }

    // What the provider keeps of a deal: what the consumer pays minus the platform fee
    // (fb::economics::fee on the subtotal), before any QoS slashing.
    static qint64 netEarningsUsd7(const Deal &d, int feeBps = 200);
    // "$12.34" / "$0.0042": exact from USD x 10^7, 2 decimals at or above one dollar, 4 below.
    static QString usd(qint64 usd7);
    static QString stateText(DealState s);
    // "3 d 4 h" / "45 min" / "expired".
    static QString timeLeft(const QDateTime &until, const QDateTime &now);
    // Pending/Accepted: createdAt + the default unpaid TTL; Active: endAt; else invalid.
    static QDateTime deadline(const Deal &d);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QHash<QString, Offer> m_offers;
};

class ProviderDealsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProviderDealsFilter(QObject *parent = nullptr);
    // Only these states (empty: all).
    void setStates(const QList<DealState> &states);
    // Deal id contains text (case-insensitive).
    void setSearch(const QString &text);
    // Consumer address contains text (case-insensitive).
    void setConsumer(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QSet<int> m_states;
    QString m_search;
    QString m_consumer;
};

} // namespace fb
