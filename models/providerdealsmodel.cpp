#include "models/providerdealsmodel.h"

#include "models/formats.h"

#include "wire/economics.h"

#include <QLocale>

#include <limits>

namespace fb {

ProviderDealsModel::ProviderDealsModel(QObject *parent)
    : IdTableModel<Deal>(parent)
{}

void ProviderDealsModel::setOffers(const QList<Offer> &offers)
{
    m_offers.clear();
    for (const Offer &o : offers)
        m_offers.insert(o.id, o);
    columnsChanged(Qos, Qos);
}

qint64 ProviderDealsModel::netEarningsUsd7(const Deal &d, int feeBps)
{
    const qint64 fee = economics::fee(d.subtotal.units, feeBps);
    if (fee == economics::kOutOfRange || d.total.units < fee)
        return d.subtotal.units;
    return d.total.units - fee;
}

QString ProviderDealsModel::usd(qint64 usd7)
{
    const bool negative = usd7 < 0;
    const qint64 v = negative ? -usd7 : usd7;
    const qint64 whole = v / 10000000;
    const qint64 frac = v % 10000000;
    const int decimals = whole >= 1 ? 2 : 4;
    qint64 scale = 1;
    for (int i = decimals; i < 7; ++i)
        scale *= 10;
    // Truncated, never rounded up into a false amount; then written as Formats writes dollars.
    const qint64 shown = whole * 10000000 + (frac / scale) * scale;
    return Formats().usd(negative ? -shown : shown);
}

QString ProviderDealsModel::stateText(DealState s)
{
    switch (s) {
    case DealState::Pending:
        return tr("Awaiting your answer");
    case DealState::Accepted:
        return tr("Accepted, awaiting payment");
    case DealState::Funded:
        return tr("Paid, ready to activate");
    case DealState::Active:
        return tr("Active");
    case DealState::Completed:
        return tr("Completed");
    case DealState::Rejected:
        return tr("Rejected");
    case DealState::Cancelled:
        return tr("Cancelled");
    case DealState::BreachedProvider:
        return tr("Breached (provider)");
    case DealState::BreachedConsumer:
        return tr("Breached (consumer)");
    case DealState::Expired:
        return tr("Expired unpaid");
    }
    return dealStateName(s);
}

QString ProviderDealsModel::timeLeft(const QDateTime &until, const QDateTime &now)
{
    if (!until.isValid())
        return QString();
    const qint64 s = now.secsTo(until);
    if (s <= 0)
        return tr("expired");
    if (s >= 86400)
        return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    if (s >= 3600)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 min").arg(std::max<qint64>(1, s / 60));
}

QDateTime ProviderDealsModel::deadline(const Deal &d)
{
    if (d.state == DealState::Pending || d.state == DealState::Accepted)
        return d.createdAt.isValid() ? d.createdAt.addSecs(kDefaultUnpaidTtlSec) : QDateTime();
    if (d.state == DealState::Active)
        return d.endAt;
    return {};
}

int ProviderDealsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString bytes(qint64 b)
{
    return Formats().size(b);
}

QVariant ProviderDealsModel::data(const QModelIndex &index, int role) const
{
    const Deal *item = itemAt(index);
    if (!item)
        return {};
    const Deal &d = *item;
    switch (role) {
    case DealIdRole:
        return d.id;
    case StateRole:
        return int(d.state);
    case ConsumerRole:
        return d.consumer;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Consumer:
            return tr("The consumer's account: %1").arg(d.consumer);
        case Shard:
            return tr("Shard %1 of %2: any %3 shards rebuild the consumer's data.")
                .arg(d.shardIndex + 1)
                .arg(d.shardCount)
                .arg(d.k);
        case Price:
            return tr("What the consumer pays: storage %1 + egress %2 + platform fee %3.")
                .arg(usd(d.storageCost.units), usd(d.egressCost.units), usd(d.fee.units));
        case Net:
            return tr("What you earn at full QoS: the price minus the platform fee. Missed QoS "
                      "targets withhold part of it.");
        case Deadline:
            return d.state == DealState::Active
                       ? tr("The term ends %1.").arg(Formats().dateTime(d.endAt))
                       : tr("An unpaid deal expires about an hour after it was created "
                            "(the node's default) and gives its capacity back.");
        default:
            return d.reason.isEmpty() ? QVariant() : QVariant(tr("Reason: %1").arg(d.reason));
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Size && index.column() <= Net && index.column() != Shard)
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
    case Id:
        return d.id;
    case Consumer:
        return sort ? d.consumer : d.consumer.left(6) + QStringLiteral("…") + d.consumer.right(4);
    case State:
        return sort ? QVariant(int(d.state)) : QVariant(stateText(d.state));
    case Size:
        return sort ? QVariant(d.sizeBytes) : QVariant(bytes(d.sizeBytes));
    case Egress:
        return sort ? QVariant(d.egressBytes) : QVariant(bytes(d.egressBytes));
    case Duration:
        return sort ? QVariant(d.durationDays) : QVariant(tr("%n day(s)", "", d.durationDays));
    case Shard:
        if (sort)
            return d.shardIndex;
        return d.shardCount <= 1 ? tr("Only copy")
                                 : tr("Shard %1 of %2").arg(d.shardIndex + 1).arg(d.shardCount);
    case Price:
        return sort ? QVariant(d.total.units) : QVariant(usd(d.total.units));
    case Net:
        return sort ? QVariant(netEarningsUsd7(d)) : QVariant(usd(netEarningsUsd7(d)));
    case Qos: {
        const auto it = m_offers.constFind(d.offerId);
        if (it == m_offers.cend())
            return sort ? QVariant(0) : QVariant(QString());
        if (sort)
            return it->uptimeTargetBps;
        return tr("%1 up, %2 ms")
            .arg(Formats().percentBps(it->uptimeTargetBps))
            .arg(it->latencyTargetMs);
    }
    case Deadline: {
        const QDateTime t = deadline(d);
        if (sort)
            return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        if (!t.isValid())
            return QString();
        return timeLeft(t, QDateTime::currentDateTimeUtc());
    }
    default:
        return {};
    }
}

QVariant ProviderDealsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Deadline)
        return tr("Awaiting payment: time until the deal expires unpaid. Active: time left in "
                  "the term.");
    if (role == Qt::ToolTipRole && section == Shard)
        return tr("Redundancy role: the only copy, or which shard of the consumer's data you keep "
                  "(any k of the n shards rebuild it).");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Deal");
    case Consumer:
        return tr("Consumer");
    case State:
        return tr("State");
    case Size:
        return tr("Size");
    case Egress:
        return tr("Egress");
    case Duration:
        return tr("Duration");
    case Shard:
        return tr("Role");
    case Price:
        return tr("Price");
    case Net:
        return tr("You earn");
    case Qos:
        return tr("QoS targets");
    case Deadline:
        return tr("Expires / time left");
    default:
        return {};
    }
}

// ---- ProviderDealsFilter ----

ProviderDealsFilter::ProviderDealsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProviderDealsModel::SortRole);
}

void ProviderDealsFilter::setStates(const QList<DealState> &states)
{
    m_states.clear();
    for (DealState s : states)
        m_states.insert(int(s));
    invalidateFilter();
}

void ProviderDealsFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void ProviderDealsFilter::setConsumer(const QString &text)
{
    m_consumer = text.trimmed();
    invalidateFilter();
}

bool ProviderDealsFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (!m_states.isEmpty() && !m_states.contains(i.data(ProviderDealsModel::StateRole).toInt()))
        return false;
    if (!m_search.isEmpty() &&
        !i.data(ProviderDealsModel::DealIdRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    if (!m_consumer.isEmpty() && !i.data(ProviderDealsModel::ConsumerRole)
                                      .toString()
                                      .contains(m_consumer, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace fb
