#include "models/providerdashboardmodels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace fb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::ProviderDashboardModels", text);
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString bpsText(int bps)
{
    if (bps < 0)
        return tr("none");
    return QStringLiteral("%1.%2 %").arg(bps / 100).arg(bps % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString unitsText(qint64 units, const QString &currency)
{
    return Amount{units, currency}.toDecimalString();
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
            return total ? tr("All offers") : c.name;
        case SoldShare:
            return bpsText(c.soldBps());
        default:
            return bytesText(bytes[index.column()]);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reserved)
        return tr("Held for deals that are pending or accepted but not paid yet; released when "
                  "they expire.");
    return {};
}

QVariant CapacityModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Offer:
        return tr("Offer");
    case Capacity:
        return tr("Capacity");
    case Sold:
        return tr("Sold");
    case Reserved:
        return tr("Reserved");
    case Free:
        return tr("Free");
    case SoldShare:
        return tr("Sold share");
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
        return QLocale().toString(start, QLocale::ShortFormat);
    case earnings::Period::Week:
        return tr("Week of %1").arg(QLocale().toString(start, QLocale::ShortFormat));
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
        return tr("Period");
    case Currency:
        return tr("Currency");
    case Released:
        return tr("Released");
    case Slashed:
        return tr("Slashed");
    case Fees:
        return tr("Platform fees");
    case Refunded:
        return tr("Refunded");
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
        return tr("No evidence attached");
    const qint64 samples = e.value(QStringLiteral("samples")).toInteger(0);
    if (samples == 0)
        return tr("No QoS sample since the deal started");
    return tr("Uptime %1 (target %2), %3 samples")
        .arg(bpsText(e.value(QStringLiteral("uptimeBps")).toInt(-1)),
             bpsText(e.value(QStringLiteral("uptimeTargetBps")).toInt(-1)))
        .arg(samples);
}

QString DisputesModel::evidenceText(const QJsonObject &e)
{
    if (e.isEmpty())
        return tr("The platform attached no evidence to this dispute.");
    const qint64 samples = e.value(QStringLiteral("samples")).toInteger(0);
    const qint64 ok = e.value(QStringLiteral("okSamples")).toInteger(0);
    QStringList lines;
    lines << tr("QoS of the offer since the deal started: %1 of %2 probes succeeded.")
                 .arg(ok)
                 .arg(samples);
    lines << tr("Measured uptime %1 against a target of %2.")
                 .arg(bpsText(e.value(QStringLiteral("uptimeBps")).toInt(-1)),
                      bpsText(e.value(QStringLiteral("uptimeTargetBps")).toInt(-1)));
    const int latency = e.value(QStringLiteral("avgLatencyMs")).toInt(-1);
    const int latencyTarget = e.value(QStringLiteral("latencyTargetMs")).toInt(-1);
    lines << (latency < 0 ? tr("No latency measured (target %1 ms).").arg(latencyTarget)
                          : tr("Mean latency %1 ms against a target of %2 ms.")
                                .arg(latency)
                                .arg(latencyTarget));
    const int deal = e.value(QStringLiteral("dealComplianceBps")).toInt(-1);
    if (deal >= 0)
        lines << tr("The deal's own compliance: %1.").arg(bpsText(deal));
    if (e.contains(QStringLiteral("meetsTargets")))
        lines << (e.value(QStringLiteral("meetsTargets")).toBool()
                      ? tr("Over this window the offer met its targets.")
                      : tr("Over this window the offer missed its targets."));
    const QJsonArray series = e.value(QStringLiteral("series")).toArray();
    int down = 0;
    for (const QJsonValue &v : series)
        down += v.toObject().value(QStringLiteral("ok")).toBool() ? 0 : 1;
    if (!series.isEmpty())
        lines << tr("Of the last %1 probes, %2 failed.").arg(series.size()).arg(down);
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
            text += QStringLiteral("\n\n") +
                    tr("Your response (%1):\n%2")
                        .arg(QLocale().toString(d.respondedAt.toLocalTime(), QLocale::ShortFormat),
                             d.response);
        if (d.state == QLatin1String("resolved"))
            text += QStringLiteral("\n\n") +
                    (d.resolutionNote.isEmpty()
                         ? tr("Resolved: %1.").arg(d.resolution)
                         : tr("Resolved: %1. %2").arg(d.resolution, d.resolutionNote));
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
            return QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Deal:
            return d.dealId;
        case Reason:
            return d.reason;
        case State:
            if (d.state == QLatin1String("resolved"))
                return d.resolution.isEmpty() ? tr("Resolved")
                                              : tr("Resolved: %1").arg(d.resolution);
            return !d.answered() ? tr("Open, awaiting your response") : tr("Open, answered");
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
        return tr("Opened");
    case Deal:
        return tr("Deal");
    case Reason:
        return tr("Reason");
    case State:
        return tr("State");
    case Evidence:
        return tr("Evidence");
    }
    return {};
}

} // namespace fb
