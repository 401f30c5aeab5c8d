#include "models/providerdashboardmodels.h"

#include "models/formats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace fb {

namespace {

QString bytesText(qint64 bytes)
{
    return Formats().size(bytes);
}

QString bpsText(int bps)
{
    if (bps < 0)
        return QCoreApplication::translate("fb::ProviderDashboardModels", "none");
    return QStringLiteral("%1.%2 %").arg(bps / 100).arg(bps % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString unitsText(qint64 units, const QString &currency)
{
    return Formats().coin(units, currency);
}

// ---- capacity -------------------------------------------------------------------------------

void CapacityModel::setRows(const QList<earnings::Capacity> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CapacityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CapacityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapacityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const earnings::Capacity &c = m_rows.at(index.row());
    const bool total = c.offerId.isEmpty();
    if (role == OfferIdRole)
        return c.offerId;
    if (role == IsTotalRole)
        return total;
    if (role == Qt::TextAlignmentRole && index.column() != Offer)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const qint64 bytes[] = {0, c.capacityBytes, c.soldBytes, c.reservedBytes, c.freeBytes, 0};
    if (role == BytesRole)
        return index.column() == SoldShare ? QVariant(c.soldBps())
                                           : QVariant(bytes[index.column()]);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Offer:
            return total ? QCoreApplication::translate("fb::ProviderDashboardModels", "All offers")
                         : c.name;
        case SoldShare:
            return bpsText(c.soldBps());
        default:
            return bytesText(bytes[index.column()]);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reserved)
        return QCoreApplication::translate(
            "fb::ProviderDashboardModels",
            "Held for deals that are pending or accepted but not paid yet; released when "
            "they expire.");
    return {};
}

QVariant CapacityModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Offer:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Offer");
    case Capacity:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Capacity");
    case Sold:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Sold");
    case Reserved:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Reserved");
    case Free:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Free");
    case SoldShare:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Sold share");
    }
    return {};
}

// ---- earnings per period --------------------------------------------------------------------

void EarningsPeriodModel::setRows(const QList<earnings::PeriodEarnings> &rows,
                                  earnings::Period period)
{
    beginResetModel();
    m_rows = rows;
    m_period = period;
    endResetModel();
}

QString EarningsPeriodModel::periodText(const QDate &start, earnings::Period period)
{
    switch (period) {
    case earnings::Period::Day:
        return Formats().date(start);
    case earnings::Period::Week:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Week of %1")
            .arg(Formats().date(start));
    case earnings::Period::Month:
        return QLocale().toString(start, QStringLiteral("MMMM yyyy"));
    }
    return {};
}

int EarningsPeriodModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EarningsPeriodModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EarningsPeriodModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const earnings::PeriodEarnings &r = m_rows.at(index.row());
    const qint64 units[] = {
        0, 0, r.flows.released, r.flows.slashed, r.flows.fees, r.flows.refunded};
    switch (role) {
    case StartRole:
        return r.start;
    case CurrencyRole:
        return r.currency;
    case UnitsRole:
        return index.column() >= Released ? QVariant(units[index.column()]) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= Released ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                          : QVariant();
    case Qt::DisplayRole:
        if (index.column() == Period)
            return periodText(r.start, m_period);
        if (index.column() == Currency)
            return r.currency;
        return unitsText(units[index.column()], r.currency);
    }
    return {};
}

QVariant EarningsPeriodModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Period:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Period");
    case Currency:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Currency");
    case Released:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Released");
    case Slashed:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Slashed");
    case Fees:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Platform fees");
    case Refunded:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Refunded");
    }
    return {};
}

// ---- disputes -------------------------------------------------------------------------------

void DisputesModel::setDisputes(const QList<Dispute> &disputes)
{
    beginResetModel();
    m_items = disputes;
    endResetModel();
}

QString DisputesModel::evidenceSummary(const QJsonObject &e)
{
    if (e.isEmpty())
        return QCoreApplication::translate("fb::ProviderDashboardModels", "No evidence attached");
    const qint64 samples = e.value(QStringLiteral("samples")).toInteger(0);
    if (samples == 0)
        return QCoreApplication::translate("fb::ProviderDashboardModels",
                                           "No QoS sample since the deal started");
    return QCoreApplication::translate("fb::ProviderDashboardModels",
                                       "Uptime %1 (target %2), %3 samples")
        .arg(bpsText(e.value(QStringLiteral("uptimeBps")).toInt(-1)),
             bpsText(e.value(QStringLiteral("uptimeTargetBps")).toInt(-1)))
        .arg(samples);
}

QString DisputesModel::evidenceText(const QJsonObject &e)
{
    if (e.isEmpty())
        return QCoreApplication::translate("fb::ProviderDashboardModels",
                                           "The platform attached no evidence to this dispute.");
    const qint64 samples = e.value(QStringLiteral("samples")).toInteger(0);
    const qint64 ok = e.value(QStringLiteral("okSamples")).toInteger(0);
    QStringList lines;
    lines << QCoreApplication::translate(
                 "fb::ProviderDashboardModels",
                 "QoS of the offer since the deal started: %1 of %2 probes succeeded.")
                 .arg(ok)
                 .arg(samples);
    lines << QCoreApplication::translate("fb::ProviderDashboardModels",
                                         "Measured uptime %1 against a target of %2.")
                 .arg(bpsText(e.value(QStringLiteral("uptimeBps")).toInt(-1)),
                      bpsText(e.value(QStringLiteral("uptimeTargetBps")).toInt(-1)));
    const int latency = e.value(QStringLiteral("avgLatencyMs")).toInt(-1);
    const int latencyTarget = e.value(QStringLiteral("latencyTargetMs")).toInt(-1);
    lines << (latency < 0
                  ? QCoreApplication::translate("fb::ProviderDashboardModels",
                                                "No latency measured (target %1 ms).")
                        .arg(latencyTarget)
                  : QCoreApplication::translate("fb::ProviderDashboardModels",
                                                "Mean latency %1 ms against a target of %2 ms.")
                        .arg(latency)
                        .arg(latencyTarget));
    const int deal = e.value(QStringLiteral("dealComplianceBps")).toInt(-1);
    if (deal >= 0)
        lines << QCoreApplication::translate("fb::ProviderDashboardModels",
                                             "The deal's own compliance: %1.")
                     .arg(bpsText(deal));
    if (e.contains(QStringLiteral("meetsTargets")))
        lines << (e.value(QStringLiteral("meetsTargets")).toBool()
                      ? QCoreApplication::translate("fb::ProviderDashboardModels",
                                                    "Over this window the offer met its targets.")
                      : QCoreApplication::translate(
                            "fb::ProviderDashboardModels",
                            "Over this window the offer missed its targets."));
    const QJsonArray series = e.value(QStringLiteral("series")).toArray();
    int down = 0;
    for (const QJsonValue &v : series)
        down += v.toObject().value(QStringLiteral("ok")).toBool() ? 0 : 1;
    if (!series.isEmpty())
        lines << QCoreApplication::translate("fb::ProviderDashboardModels",
                                             "Of the last %1 probes, %2 failed.")
                     .arg(series.size())
                     .arg(down);
    return lines.join(QLatin1Char('\n'));
}

void DisputesModel::updateDispute(const Dispute &dispute)
{
    for (int r = 0; r < m_items.size(); ++r)
        if (m_items[r].id == dispute.id) {
            m_items[r] = dispute;
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
            return;
        }
}

int DisputesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DisputesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Dispute &d = m_items.at(index.row());
    switch (role) {
    case DisputeIdRole:
        return d.id;
    case DealIdRole:
        return d.dealId;
    case EvidenceTextRole: {
        QString text = evidenceText(d.evidence);
        if (d.answered())
            text +=
                QStringLiteral("\n\n") + QCoreApplication::translate("fb::ProviderDashboardModels",
                                                                     "Your response (%1):\n%2")
                                             .arg(Formats().dateTime(d.respondedAt), d.response);
        if (d.state == QLatin1String("resolved"))
            text +=
                QStringLiteral("\n\n") +
                (d.resolutionNote.isEmpty()
                     ? QCoreApplication::translate("fb::ProviderDashboardModels", "Resolved: %1.")
                           .arg(d.resolution)
                     : QCoreApplication::translate("fb::ProviderDashboardModels",
                                                   "Resolved: %1. %2")
                           .arg(d.resolution, d.resolutionNote));
        return text;
    }
    case CanRespondRole:
        return d.state == QLatin1String("open") && d.openedByRole == QLatin1String("consumer");
    case ResponseRole:
        return d.response;
    case Qt::ToolTipRole:
        return index.column() == Evidence ? evidenceText(d.evidence) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Opened:
            return Formats().dateTime(d.createdAt);
        case Deal:
            return d.dealId;
        case Reason:
            return d.reason;
        case State:
            if (d.state == QLatin1String("resolved"))
                return d.resolution.isEmpty()
                           ? QCoreApplication::translate("fb::ProviderDashboardModels", "Resolved")
                           : QCoreApplication::translate("fb::ProviderDashboardModels",
                                                         "Resolved: %1")
                                 .arg(d.resolution);
            return !d.answered() ? QCoreApplication::translate("fb::ProviderDashboardModels",
                                                               "Open, awaiting your response")
                                 : QCoreApplication::translate("fb::ProviderDashboardModels",
                                                               "Open, answered");
        case Evidence:
            return evidenceSummary(d.evidence);
        }
    }
    return {};
}

QVariant DisputesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Opened:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Opened");
    case Deal:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Deal");
    case Reason:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Reason");
    case State:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "State");
    case Evidence:
        return QCoreApplication::translate("fb::ProviderDashboardModels", "Evidence");
    }
    return {};
}

} // namespace fb
