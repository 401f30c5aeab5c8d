#include "models/provideroffersmodel.h"

#include "models/formats.h"

#include "models/providerdealsmodel.h"

#include <QLocale>

namespace fb {

ProviderOffersModel::ProviderOffersModel(QObject *parent)
    : IdTableModel<Offer>(parent)
{}

void ProviderOffersModel::setDeals(const QList<Deal> &deals)
{
    m_lockedBy.clear();
    for (const Deal &d : deals)
        if (!isTerminal(d.state))
            m_lockedBy[d.offerId].append(d.id);
    columnsChanged(0, ColumnCount - 1);
}

QStringList ProviderOffersModel::lockingDeals(const QString &offerId) const
{
    return m_lockedBy.value(offerId);
}

bool ProviderOffersModel::isLocked(const QString &offerId) const
{
    if (m_lockedBy.contains(offerId))
        return true;
    const auto o = offer(offerId);
    return o && o->locked;
}

int ProviderOffersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString tierText(const QString &tier)
{
    return Formats::tier(tier);
}

QVariant ProviderOffersModel::data(const QModelIndex &index, int role) const
{
    const Offer *item = itemAt(index);
    if (!item)
        return {};
    const Offer &o = *item;
    const bool locked = isLocked(o.id);
    switch (role) {
    case OfferIdRole:
        return o.id;
    case LockedRole:
        return locked;
    case Qt::ToolTipRole:
        if (index.column() == Status || locked) {
            const QStringList deals = lockingDeals(o.id);
            if (!locked)
                return tr("Published: consumers find it in the Marketplace. You can edit or "
                          "withdraw it.");
            return deals.isEmpty()
                       ? tr("Locked while an SLA uses it: its terms cannot change until the "
                            "deal ends.")
                       : tr("Locked by %1: its terms cannot change until these deals end.")
                             .arg(deals.join(QStringLiteral(", ")));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= StoragePrice && index.column() <= Free)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case Name:
        return o.name;
    case Region:
        return o.country.isEmpty() ? o.region : QStringLiteral("%1 (%2)").arg(o.region, o.country);
    case Tier:
        return tierText(o.qosTier);
    case StoragePrice:
        return sort ? QVariant(o.priceStoragePerGbMonthUsd7)
                    : QVariant(tr("%1 /GB-month")
                                   .arg(ProviderDealsModel::usd(o.priceStoragePerGbMonthUsd7)));
    case EgressPrice:
        return sort ? QVariant(o.priceEgressPerGbUsd7)
                    : QVariant(tr("%1 /GB").arg(ProviderDealsModel::usd(o.priceEgressPerGbUsd7)));
    case Capacity:
        return sort ? QVariant(o.capacityBytes) : QVariant(Formats().size(o.capacityBytes));
    case Free:
        return sort ? QVariant(o.freeBytes) : QVariant(Formats().size(o.freeBytes));
    case Status: {
        if (!locked)
            return tr("Published");
        const QStringList deals = lockingDeals(o.id);
        return deals.isEmpty() ? tr("Locked")
                               : tr("Locked by %1").arg(deals.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

QVariant ProviderOffersModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Offer");
    case Region:
        return tr("Region");
    case Tier:
        return tr("QoS tier");
    case StoragePrice:
        return tr("Storage");
    case EgressPrice:
        return tr("Egress");
    case Capacity:
        return tr("Capacity");
    case Free:
        return tr("Free");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace fb
