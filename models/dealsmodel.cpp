#include "models/dealsmodel.h"

#include "models/formats.h"

#include "wire/domain.h"

namespace fb {

namespace {
enum Field {
    FId,
    FSla,
    FConsumer,
    FProviderId,
    FOfferId,
    FState,
    FTotal,
    FCreated,
    FUpdated,
    FProviderName,
    FOfferName,
    FSize,
    FDuration,
    FStart,
    FEnd,
    FCompliance,
    FPaidUnits,
    FPaidCurrency,
    FPaidUsd,
    FNotBefore
};

QDateTime parseTimestamp(const QVariant &v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    return timestampFromJson(s).value_or(QDateTime());
}
} // namespace

DealsModel::DealsModel(QSqlDatabase db, QObject *parent)
    : SqlWindowModel(std::move(db), Created, Qt::DescendingOrder, parent)
{}

void DealsModel::setFilter(const DealFilter &f)
{
    if (f == m_filter)
        return;
    m_filter = f;
    refresh();
}

QString DealsModel::selectSql() const
{
    return QStringLiteral(
        "SELECT d.id, d.sla_id, d.consumer, d.provider_id, d.offer_id, d.state, d.total_units, "
        "d.created_at, d.updated_at, COALESCE(p.name, '') AS provider_name, "
        "COALESCE(o.name, '') AS offer_name, "
        "COALESCE(json_extract(d.data, '$.sizeBytes'), 0), "
        "COALESCE(json_extract(d.data, '$.durationDays'), 0), "
        "COALESCE(json_extract(d.data, '$.startAt'), ''), "
        "COALESCE(json_extract(d.data, '$.endAt'), ''), "
        "COALESCE(json_extract(d.data, '$.complianceBps'), -1), "
        // What was actually paid: the deal's deposits (payments_deal index), not its price.
        "COALESCE((SELECT SUM(units) FROM payments pd WHERE pd.deal_id = d.id "
        "AND pd.kind = 'deposit'), 0) AS paid_units, "
        "COALESCE((SELECT group_concat(DISTINCT currency) FROM payments pd "
        "WHERE pd.deal_id = d.id AND pd.kind = 'deposit'), '') AS paid_currency, "
        "COALESCE((SELECT SUM(usd_units) FROM payments pd WHERE pd.deal_id = d.id "
        "AND pd.kind = 'deposit'), 0) AS paid_usd, "
        "COALESCE(json_extract(d.data, '$.notBefore'), '') FROM deals d "
        "LEFT JOIN providers p ON p.id = d.provider_id LEFT JOIN offers o ON o.id = d.offer_id");
}

QString DealsModel::whereSql(QVariantList *binds) const
{
    QStringList w;
    const DealFilter &f = m_filter;
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        w << QStringLiteral("(d.id LIKE ? ESCAPE '\\' OR d.sla_id LIKE ? ESCAPE '\\' OR "
                            "p.name LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\')");
        const QString pattern = likeContains(text);
        *binds << pattern << pattern << pattern << pattern;
    }
    if (!f.states.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.states) {
            marks << QStringLiteral("?");
            *binds << s;
        }
        w << QStringLiteral("d.state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.providerId.isEmpty()) {
        w << QStringLiteral("d.provider_id = ?");
        *binds << f.providerId;
    }
    if (!f.consumer.isEmpty()) {
        w << QStringLiteral("d.consumer = ?");
        *binds << f.consumer;
    }
    if (!f.slaId.isEmpty()) {
        w << QStringLiteral("d.sla_id = ?");
        *binds << f.slaId;
    }
    if (f.createdFrom.isValid()) {
        w << QStringLiteral("d.created_at >= ?");
        *binds << timestampToJson(f.createdFrom);
    }
    if (f.createdTo.isValid()) {
        w << QStringLiteral("d.created_at < ?");
        *binds << timestampToJson(f.createdTo);
    }
    return w.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
}

QString DealsModel::sortExpression(int column) const
{
    switch (column) {
    case Created:
        return QStringLiteral("d.created_at");
    case Offer:
        return QStringLiteral("offer_name COLLATE NOCASE");
    case Provider:
        return QStringLiteral("provider_name COLLATE NOCASE");
    case State:
        return QStringLiteral("d.state");
    case Total:
        return QStringLiteral("d.total_units");
    case Updated:
        return QStringLiteral("d.updated_at");
    case Sla:
        return QStringLiteral("d.sla_id");
    case Paid:
        return QStringLiteral("paid_usd");
    default:
        return {};
    }
}

bool DealsModel::awaitingPayment(const QString &state, qint64 paidUnits)
{
    const std::optional<DealState> s = dealStateFromName(state);
    return paidUnits == 0 && s && (*s == DealState::Pending || *s == DealState::Accepted);
}

QString DealsModel::paidText(qint64 paidUnits, const QString &currencies, const QString &state)
{
    if (paidUnits == 0 || currencies.isEmpty())
        return awaitingPayment(state, paidUnits) ? tr("Awaiting payment") : tr("Not paid");
    if (currencies.contains(QLatin1Char(',')))
        return tr("Paid in several coins (%1)").arg(currencies);
    return Formats().coin(paidUnits, currencies);
}

QDateTime DealsModel::upcomingStart(const QString &state, const QDateTime &start,
                                    const QDateTime &notBefore, const QDateTime &now)
{
    const std::optional<DealState> s = dealStateFromName(state);
    if (s == DealState::Active && start.isValid() && start > now)
        return start;
    if (s == DealState::Funded && notBefore.isValid() && notBefore > now)
        return notBefore;
    return {};
}

QString DealsModel::stateText(const QString &state, const QDateTime &upcomingStart)
{
    if (!upcomingStart.isValid())
        return stateText(state);
    return tr("Starts %1").arg(upcomingStart.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
}

QString DealsModel::stateText(const QString &state)
{
    const std::optional<DealState> s = dealStateFromName(state);
    if (!s)
        return state;
    switch (*s) {
    case DealState::Pending:
        return tr("Pending");
    case DealState::Accepted:
        return tr("Accepted");
    case DealState::Funded:
        return tr("Funded");
    case DealState::Active:
        return tr("Active");
    case DealState::Completed:
        return tr("Completed");
    case DealState::Rejected:
        return tr("Rejected");
    case DealState::Cancelled:
        return tr("Cancelled");
    case DealState::BreachedProvider:
        return tr("Breached by provider");
    case DealState::BreachedConsumer:
        return tr("Breached by consumer");
    case DealState::Expired:
        return tr("Expired");
    }
    return state;
}

int DealsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    switch (role) {
    case IdRole:
        return value(row, FId);
    case SlaIdRole:
        return value(row, FSla);
    case OfferIdRole:
        return value(row, FOfferId);
    case ProviderIdRole:
        return value(row, FProviderId);
    case StateRole:
        return value(row, FState);
    case SizeBytesRole:
        return value(row, FSize).toLongLong();
    case DurationDaysRole:
        return value(row, FDuration).toInt();
    case StartRole:
        return parseTimestamp(value(row, FStart));
    case EndRole:
        return parseTimestamp(value(row, FEnd));
    case ComplianceRole:
        return value(row, FCompliance).toInt();
    case TotalUnitsRole:
        return value(row, FTotal).toLongLong();
    case PaidUnitsRole:
        return value(row, FPaidUnits).toLongLong();
    case PaidCurrencyRole:
        return value(row, FPaidCurrency).toString();
    case PaidUsdRole:
        return value(row, FPaidUsd).toLongLong();
    case AwaitingPaymentRole:
        return awaitingPayment(value(row, FState).toString(), value(row, FPaidUnits).toLongLong());
    case NotBeforeRole:
        return parseTimestamp(value(row, FNotBefore));
    case UpcomingStartRole:
        return upcomingStart(value(row, FState).toString(), parseTimestamp(value(row, FStart)),
                             parseTimestamp(value(row, FNotBefore)),
                             QDateTime::currentDateTimeUtc());
    default:
        break;
    }
    const bool display = role == Qt::DisplayRole;
    if (!display && role != SortValueRole)
        return {};
    switch (index.column()) {
    case Created:
        return display ? QVariant(displayTimestamp(value(row, FCreated).toString()))
                       : value(row, FCreated);
    case Offer: {
        const QString name = value(row, FOfferName).toString();
        return display && name.isEmpty() ? value(row, FOfferId) : QVariant(name);
    }
    case Provider: {
        const QString name = value(row, FProviderName).toString();
        return display && name.isEmpty() ? value(row, FProviderId) : QVariant(name);
    }
    case State:
        return display ? QVariant(stateText(value(row, FState).toString(),
                                            data(index, UpcomingStartRole).toDateTime()))
                       : value(row, FState);
    case Total:
        return display ? QVariant(Formats().usd(value(row, FTotal).toLongLong()))
                       : QVariant(value(row, FTotal).toLongLong());
    case Updated:
        return display ? QVariant(displayTimestamp(value(row, FUpdated).toString()))
                       : value(row, FUpdated);
    case Sla:
        return value(row, FSla);
    case Paid:
        return display ? QVariant(paidText(value(row, FPaidUnits).toLongLong(),
                                           value(row, FPaidCurrency).toString(),
                                           value(row, FState).toString()))
                       : QVariant(value(row, FPaidUsd).toLongLong());
    default:
        return {};
    }
}

QVariant DealsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Created");
    case Offer:
        return tr("Offer");
    case Provider:
        return tr("Provider");
    case State:
        return tr("State");
    case Total:
        return tr("Total");
    case Updated:
        return tr("Updated");
    case Sla:
        return tr("SLA");
    case Paid:
        return tr("Paid");
    default:
        return {};
    }
}

QHash<int, QByteArray> DealsModel::roleNames() const
{
    auto r = SqlWindowModel::roleNames();
    r.insert(IdRole, "dealId");
    r.insert(SortValueRole, "sortValue");
    r.insert(SlaIdRole, "slaId");
    r.insert(OfferIdRole, "offerId");
    r.insert(ProviderIdRole, "providerId");
    r.insert(StateRole, "state");
    r.insert(SizeBytesRole, "sizeBytes");
    r.insert(DurationDaysRole, "durationDays");
    r.insert(StartRole, "startAt");
    r.insert(EndRole, "endAt");
    r.insert(ComplianceRole, "complianceBps");
    r.insert(TotalUnitsRole, "totalUnits");
    r.insert(PaidUnitsRole, "paidUnits");
    r.insert(PaidCurrencyRole, "paidCurrency");
    r.insert(PaidUsdRole, "paidUsd");
    r.insert(AwaitingPaymentRole, "awaitingPayment");
    r.insert(NotBeforeRole, "notBefore");
    r.insert(UpcomingStartRole, "upcomingStart");
    return r;
}

} // namespace fb
