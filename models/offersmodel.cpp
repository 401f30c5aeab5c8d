#include "models/offersmodel.h"

#include "models/cachestore.h"
#include "models/domain.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace fb {

namespace {
const char *const kSortColumns[OffersModel::ColumnCount] = {
    "name COLLATE NOCASE", "provider_name COLLATE NOCASE", "region", "country", "tier_rank",
    "protocols", "price_storage", "price_egress", "provider_reputation", "free_bytes",
    "measured_uptime", "measured_latency"};

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

QString usd7(qint64 units)
{
    return QStringLiteral("$%1").arg(double(units) / 1e7, 0, 'f', 4);
}
} // namespace

OffersModel::OffersModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void OffersModel::setFilter(const OfferFilter &f)
{
    if (f == m_filter)
        return;
    m_filter = f;
    refresh();
}

QString OffersModel::whereClause(QVariantList *binds) const
{
    QStringList w;
    const OfferFilter &f = m_filter;
    if (!f.text.trimmed().isEmpty()) {
        w << QStringLiteral("(name LIKE ? ESCAPE '\\' OR provider_name LIKE ? ESCAPE '\\')");
        const QString pattern = QLatin1Char('%') + escapeLike(f.text.trimmed()) + QLatin1Char('%');
        *binds << pattern << pattern;
    }
    if (!f.region.isEmpty()) {
        w << QStringLiteral("region = ?");
        *binds << f.region;
    }
    if (!f.country.isEmpty()) {
        w << QStringLiteral("country = ?");
        *binds << f.country.toUpper();
    }
    if (const int rank = CacheStore::tierRank(f.minTier); rank > 0) {
        w << QStringLiteral("tier_rank >= ?");
        *binds << rank;
    }
    if (!f.protocol.isEmpty()) {
        w << QStringLiteral("id IN (SELECT offer_id FROM offer_protocols WHERE protocol = ?)");
        *binds << f.protocol;
    }
    if (!f.certification.isEmpty()) {
        w << QStringLiteral("provider_id IN (SELECT provider_id FROM provider_certifications "
                            "WHERE certification = ?)");
        *binds << f.certification;
    }
    if (f.certifiedOnly) {
        w << QStringLiteral("provider_certified = 1 AND (provider_cert_expires = '' OR "
                            "provider_cert_expires > ?)");
        *binds << timestampToJson(QDateTime::currentDateTimeUtc());
    }
    if (f.maxPriceStorage) {
        w << QStringLiteral("price_storage <= ?");
        *binds << *f.maxPriceStorage;
    }
    if (f.minReputation) {
        w << QStringLiteral("provider_reputation >= ?");
        *binds << *f.minReputation;
    }
    if (f.minFreeBytes) {
        w << QStringLiteral("free_bytes >= ?");
        *binds << *f.minFreeBytes;
    }
    if (f.unlockedOnly)
        w << QStringLiteral("locked = 0");
    return w.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
}

QString OffersModel::orderBy() const
{
    const QString dir = m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + QString::fromLatin1(kSortColumns[m_sortColumn]) + dir +
           QStringLiteral(", id") + dir;
}

QList<OffersModel::Row> OffersModel::load(int offset, int limit)
{
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT id, provider_id, name, provider_name, region, country, qos_tier, "
                       "protocols, price_storage, price_egress, free_bytes, provider_reputation, "
                       "measured_uptime, measured_latency FROM offers") +
        whereClause(&binds) + orderBy() + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> out;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    m_error.clear();
    out.reserve(limit);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toString();
        r.providerId = q.value(1).toString();
        r.name = q.value(2).toString();
        r.provider = q.value(3).toString();
        r.region = q.value(4).toString();
        r.country = q.value(5).toString();
        r.tier = q.value(6).toString();
        r.protocols = q.value(7).toString();
        r.priceStorage = q.value(8).toLongLong();
        r.priceEgress = q.value(9).toLongLong();
        r.freeBytes = q.value(10).toLongLong();
        r.reputation = q.value(11).toInt();
        r.uptime = q.value(12).toInt();
        r.latency = q.value(13).toInt();
        out.append(std::move(r));
    }
    return out;
}

void OffersModel::refresh()
{
    beginResetModel();
    m_rows = load(0, m_batch);
    m_more = m_rows.size() == m_batch;
    endResetModel();
}

qint64 OffersModel::totalCount() const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM offers") + whereClause(&binds));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int OffersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OffersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OffersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void OffersModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    QList<Row> more = load(int(m_rows.size()), m_batch);
    m_more = more.size() == m_batch;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void OffersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    refresh();
}

QVariant OffersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == ProviderIdRole)
        return r.providerId;
    const bool display = role == Qt::DisplayRole;
    if (!display && role != SortValueRole)
        return {};
    switch (index.column()) {
    case Name: return r.name;
    case Provider: return r.provider;
    case Region: return r.region;
    case Country: return r.country;
    case Tier: return display ? QVariant(r.tier) : QVariant(CacheStore::tierRank(r.tier));
    case Protocols: return r.protocols;
    case PriceStorage: return display ? QVariant(usd7(r.priceStorage)) : QVariant(r.priceStorage);
    case PriceEgress: return display ? QVariant(usd7(r.priceEgress)) : QVariant(r.priceEgress);
    case Reputation: return r.reputation;
    case FreeBytes:
        return display ? QVariant(QStringLiteral("%1 TB").arg(double(r.freeBytes) / 1e12, 0, 'f', 2))
                       : QVariant(r.freeBytes);
    case Uptime:
        return display ? (r.uptime < 0 ? QVariant(tr("n/a"))
                                       : QVariant(QStringLiteral("%1 %").arg(r.uptime / 100.0, 0, 'f', 2)))
                       : QVariant(r.uptime);
    case Latency:
        return display ? (r.latency < 0 ? QVariant(tr("n/a")) : QVariant(QStringLiteral("%1 ms").arg(r.latency)))
                       : QVariant(r.latency);
    default: return {};
    }
}

QVariant OffersModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Offer");
    case Provider: return tr("Provider");
    case Region: return tr("Region");
    case Country: return tr("Country");
    case Tier: return tr("QoS tier");
    case Protocols: return tr("Protocols");
    case PriceStorage: return tr("Storage / GB-month");
    case PriceEgress: return tr("Egress / GB");
    case Reputation: return tr("Reputation");
    case FreeBytes: return tr("Free");
    case Uptime: return tr("Uptime");
    case Latency: return tr("Latency");
    default: return {};
    }
}

QHash<int, QByteArray> OffersModel::roleNames() const
{
    auto r = QAbstractTableModel::roleNames();
    r.insert(IdRole, "offerId");
    r.insert(SortValueRole, "sortValue");
    r.insert(ProviderIdRole, "providerId");
    return r;
}

} // namespace fb
