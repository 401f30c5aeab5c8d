#include "ui/widgets/offertablemodel.h"

#include "models/formats.h"

#include "models/offersmodel.h"
#include "ui/theme.h"
#include "wire/domain.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace fb::ui {

namespace {
QString percent(int bps)
{
    return Formats().percentBps(bps);
}
} // namespace

OfferTableModel::OfferTableModel(fb::OffersModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                Q_EMIT dataChanged(index(tl.row(), 0), index(br.row(), ColumnCount - 1));
            });
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { Q_EMIT layoutAboutToBeChanged(); });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { Q_EMIT layoutChanged(); });
}

void OfferTableModel::setPriceFormat(const PriceFormat &format)
{
    m_price = format;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, PriceStorage), index(rowCount() - 1, PriceEgress));
    Q_EMIT headerDataChanged(Qt::Horizontal, PriceStorage, PriceEgress);
}

int OfferTableModel::sourceColumn(int column)
{
    switch (column) {
    case Offer:
        return fb::OffersModel::Name;
    case Provider:
        return fb::OffersModel::Provider;
    case Certification:
        return -1; // OffersModel has no certification sort column
    case Location:
        return fb::OffersModel::Region;
    case Protocols:
        return fb::OffersModel::Protocols;
    case PriceStorage:
        return fb::OffersModel::PriceStorage;
    case PriceEgress:
        return fb::OffersModel::PriceEgress;
    case Tier:
        return fb::OffersModel::Tier;
    case Uptime:
        return fb::OffersModel::Uptime;
    case Latency:
        return fb::OffersModel::Latency;
    case Reputation:
        return fb::OffersModel::Reputation;
    case FreeCapacity:
        return fb::OffersModel::FreeBytes;
    default:
        return -1;
    }
}

QString OfferTableModel::offerId(int row) const
{
    return m_source->index(row, 0).data(fb::OffersModel::IdRole).toString();
}

int OfferTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->rowCount();
}

int OfferTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OfferTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source->canFetchMore();
}

void OfferTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_source->fetchMore();
}

void OfferTableModel::sort(int column, Qt::SortOrder order)
{
    const int c = sourceColumn(column);
    if (c >= 0)
        m_source->sort(c, order);
}

QVariant OfferTableModel::source(int row, int sourceColumn, int role) const
{
    return m_source->index(row, sourceColumn).data(role);
}

OfferTableModel::Extra OfferTableModel::extra(int row) const
{
    using SM = fb::OffersModel;
    const QModelIndex i = m_source->index(row, 0);
    Extra e;
    e.certified = i.data(SM::CertifiedRole).toBool();
    e.certExpires = i.data(SM::CertExpiresRole).toDateTime();
    e.certLevel = i.data(SM::CertLevelRole).toString();
    e.uptimeTarget = i.data(SM::UptimeTargetRole).toInt();
    e.latencyTarget = i.data(SM::LatencyTargetRole).toInt();
    return e;
}

QVariant OfferTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    using SM = fb::OffersModel;
    if (role == IdRole)
        return source(row, 0, SM::IdRole);
    if (role == ProviderIdRole)
        return source(row, 0, SM::ProviderIdRole);

    if (role == CertifiedRole)
        return extra(row).certified;

    if (role == SortValueRole) {
        if (index.column() == Certification)
            return extra(row).certified ? 1 : 0;
        return source(row, sourceColumn(index.column()), SM::SortValueRole);
    }

    const int uptime = source(row, SM::Uptime, SM::SortValueRole).toInt();
    const int latency = source(row, SM::Latency, SM::SortValueRole).toInt();
    if (role == BelowTargetRole) {
        const Extra e = extra(row);
        if (index.column() == Uptime)
            return uptime >= 0 && e.uptimeTarget >= 0 && uptime < e.uptimeTarget;
        if (index.column() == Latency)
            return latency >= 0 && e.latencyTarget >= 0 && latency > e.latencyTarget;
        return false;
    }

    if (role == Qt::ForegroundRole) {
        if ((index.column() == Uptime || index.column() == Latency) &&
            data(index, BelowTargetRole).toBool())
            return QBrush(Theme::color(ThemeColor::Danger));
        return {};
    }

    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case PriceStorage:
        case PriceEgress:
        case Reputation:
        case FreeCapacity:
        case Uptime:
        case Latency:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Certification:
        case Tier:
            return int(Qt::AlignCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }

    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        const Extra e = extra(row);
        switch (index.column()) {
        case Offer:
            return tr("%1 by %2")
                .arg(source(row, SM::Name).toString(), source(row, SM::Provider).toString());
        case Certification:
            if (!e.certified)
                return tr("Not certified");
            return e.certExpires.isValid()
                       ? tr("Certified (%1), valid until %2")
                             .arg(e.certLevel.isEmpty() ? tr("standard") : e.certLevel,
                                  Formats().date(e.certExpires))
                       : tr("Certified (%1)")
                             .arg(e.certLevel.isEmpty() ? tr("standard") : e.certLevel);
        case Uptime:
            return tr("Measured uptime %1; the offer targets %2")
                .arg(uptime < 0 ? tr("not measured yet") : percent(uptime),
                     e.uptimeTarget < 0 ? tr("n/a") : percent(e.uptimeTarget));
        case Latency:
            return tr("Measured latency %1; the offer targets at most %2")
                .arg(latency < 0 ? tr("not measured yet") : tr("%1 ms").arg(latency),
                     e.latencyTarget < 0 ? tr("n/a") : tr("%1 ms").arg(e.latencyTarget));
        case Reputation:
            return tr("Provider reputation, 0 to 100");
        case Provider:
            return tr("Open the provider with Enter or a double click");
        default:
            break;
        }
        if (role == Qt::ToolTipRole)
            return {};
    }

    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};

    switch (index.column()) {
    case Offer:
        return source(row, SM::Name);
    case Provider:
        return source(row, SM::Provider);
    case Certification:
        return extra(row).certified ? tr("Certified") : QString();
    case Location: {
        const QString region = source(row, SM::Region).toString();
        const QString country = source(row, SM::Country).toString();
        return country.isEmpty() ? region : tr("%1 (%2)").arg(region, country);
    }
    case Protocols:
        return source(row, SM::Protocols)
            .toString()
            .replace(QLatin1Char(','), QStringLiteral(", "));
    case PriceStorage:
        return m_price.format(source(row, SM::PriceStorage, SM::SortValueRole).toLongLong());
    case PriceEgress:
        return m_price.format(source(row, SM::PriceEgress, SM::SortValueRole).toLongLong());
    case Tier: {
        return Formats::tier(source(row, SM::Tier).toString());
    }
    case Uptime: {
        const int target = extra(row).uptimeTarget;
        if (target < 0)
            return uptime < 0 ? tr("n/a") : percent(uptime);
        const QString measured = uptime < 0 ? tr("n/a") : Formats().number(uptime / 100.0, 4);
        return tr("%1 / %2").arg(measured, percent(target));
    }
    case Latency: {
        const int target = extra(row).latencyTarget;
        if (target < 0)
            return latency < 0 ? tr("n/a") : tr("%1 ms").arg(latency);
        const QString measured = latency < 0 ? tr("n/a") : QString::number(latency);
        return tr("%1 / ≤%2 ms").arg(measured).arg(target);
    }
    case Reputation:
        return source(row, SM::Reputation);
    case FreeCapacity: {
        const qint64 bytes = source(row, SM::FreeBytes, SM::SortValueRole).toLongLong();
        return Formats().size(bytes);
    }
    default:
        return {};
    }
}

QVariant OfferTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Certification:
            return tr("Provider certification approved by the platform and not expired");
        case PriceStorage:
            return tr("Storage price per GB and month, in %1").arg(m_price.currency());
        case PriceEgress:
            return tr("Download (egress) price per GB, in %1").arg(m_price.currency());
        case Reputation:
            return tr("Provider reputation, 0 to 100");
        case Uptime:
            return tr("Measured uptime / the offer's uptime target");
        case Latency:
            return tr("Measured latency / the offer's latency target");
        case FreeCapacity:
            return tr("Capacity still free for new SLAs");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Offer:
        return tr("Offer");
    case Provider:
        return tr("Provider");
    case Certification:
        return tr("Certified");
    case Location:
        return tr("Region");
    case Protocols:
        return tr("Protocols");
    case PriceStorage:
        return tr("Storage\nper GB-mo");
    case PriceEgress:
        return tr("Egress\nper GB");
    case Tier:
        return tr("QoS\ntier");
    case Uptime:
        return tr("Uptime\n/ target");
    case Latency:
        return tr("Latency\n/ target");
    case Reputation:
        return tr("Reputation");
    case FreeCapacity:
        return tr("Free");
    default:
        return {};
    }
}

} // namespace fb::ui
