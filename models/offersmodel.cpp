#include "models/offersmodel.h"

#include "models/formats.h"

#include "models/cachestore.h"
#include "models/modelslog.h"
#include "wire/domain.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace fb {

namespace {
// Each column's sort keys, in the order of an index that serves them (with the rowid every SQLite
// index ends in), so a click on any header walks an index instead of sorting 100,000 rows. Ties
// within a region, country, tier or reputation are broken by the storage price: the indexes the
// filters use already end in it, and the cheapest offer first is what a buyer looks for.
const char *const kSortColumns[OffersModel::ColumnCount][2] = {
    {"name COLLATE NOCASE", nullptr},          // offers_name
    {"provider_name COLLATE NOCASE", nullptr}, // offers_provider_name
    {"region", "price_storage"},               // offers_region
    {"country", "price_storage"},              // offers_country
    {"tier_rank", "price_storage"},            // offers_tier
    {"protocols", nullptr},                    // offers_protocols
    {"price_storage", nullptr},                // offers_price
    {"price_egress", nullptr},                 // offers_egress
    {"provider_reputation", "price_storage"},  // offers_reputation
    {"free_bytes", nullptr},                   // offers_free
    {"measured_uptime", nullptr},              // offers_uptime
    {"measured_latency", nullptr}};            // offers_latency

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

QString usd7(qint64 units)
{
    return Formats().usd(units);
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
    reload();
}

QString OffersModel::whereClause(QVariantList *binds) const
{
    return whereSql(binds, false);
}

// plain: the filter's columns carry a unary '+', which keeps the planner from using their indexes
// (except the sort column's own), so it walks the sort order instead of sorting every match.
QString OffersModel::whereSql(QVariantList *binds, bool plain) const
{
    const QString sortBase =
        QString::fromLatin1(kSortColumns[m_sortColumn][0]).section(QLatin1Char(' '), 0, 0);
    auto c = [&](const char *column) {
        const QString name = QString::fromLatin1(column);
        return plain && name != sortBase ? QLatin1Char('+') + name : name;
    };
    QStringList w;
    const OfferFilter &f = m_filter;
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        // A text found in few offers is looked up in offer_text (a scan of its narrow rows),
        // and the offers are then fetched by rowid;
        // a common one is matched while walking the sort order, which fills a window after a
        // few rows. Both mean "name or provider name contains the text" (LIKE: ASCII letters
        // case-insensitive).
        const TextSearch t = textSearch(text);
        if (t.matches < m_sparseBelow) {
            QStringList ids;
            ids.reserve(t.ids.size());
            for (qint64 id : t.ids)
                ids << QString::number(id);
            w << (ids.isEmpty()
                      ? QStringLiteral("0")
                      : c("rowid") + QStringLiteral(" IN (%1)").arg(ids.join(QLatin1Char(','))));
        } else {
            w << QStringLiteral("(name LIKE ? ESCAPE '\\' OR provider_name LIKE ? ESCAPE '\\')");
            const QString pattern = QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
            *binds << pattern << pattern;
        }
    }
    if (!f.region.isEmpty()) {
        w << c("region") + QStringLiteral(" = ?");
        *binds << f.region;
    }
    if (!f.country.isEmpty()) {
        w << c("country") + QStringLiteral(" = ?");
        *binds << f.country.toUpper();
    }
    if (const int rank = CacheStore::tierRank(f.minTier); rank > 0) {
        w << c("tier_rank") + QStringLiteral(" >= ?");
        *binds << rank;
    }
    if (!f.protocol.isEmpty()) {
        // Walking the sort order: one primary-key probe per row beats building the whole set.
        w << (plain ? QStringLiteral("EXISTS (SELECT 1 FROM offer_protocols WHERE offer_id = "
                                     "offers.id AND protocol = ?)")
                    : QStringLiteral(
                          "id IN (SELECT offer_id FROM offer_protocols WHERE protocol = ?)"));
        *binds << f.protocol;
    }
    if (!f.certification.isEmpty()) {
        w << c("provider_id") +
                 QStringLiteral(" IN (SELECT provider_id FROM provider_certifications "
                                "WHERE certification = ?)");
        *binds << f.certification;
    }
    if (f.certifiedOnly) {
        w << c("provider_certified") + QStringLiteral(" = 1 AND (provider_cert_expires = '' OR "
                                                      "provider_cert_expires > ?)");
        *binds << timestampToJson(QDateTime::currentDateTimeUtc());
    }
    if (f.maxPriceStorage) {
        w << c("price_storage") + QStringLiteral(" <= ?");
        *binds << *f.maxPriceStorage;
    }
    if (f.minReputation) {
        w << c("provider_reputation") + QStringLiteral(" >= ?");
        *binds << *f.minReputation;
    }
    if (f.minFreeBytes) {
        w << c("free_bytes") + QStringLiteral(" >= ?");
        *binds << *f.minFreeBytes;
    }
    if (f.unlockedOnly)
        w << c("locked") + QStringLiteral(" = 0");
    return w.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
}

namespace {
// SQLite's LIKE folds ASCII letters only; so does this (for "does the new text narrow the old").
QString asciiLower(QString s)
{
    for (QChar &ch : s) {
        if (ch.unicode() < 128)
            ch = ch.toLower();
    }
    return s;
}
} // namespace

OffersModel::TextSearch OffersModel::textSearch(const QString &text) const
{
    if (m_textSearch.valid && text == m_textSearch.text)
        return m_textSearch;
    TextSearch t;
    t.valid = true;
    t.text = text;
    const QString pattern = QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
    // Typing on: a text containing the previous one matches a subset of its offers, so when
    // those were few only they are tested again.
    const TextSearch &prev = m_textSearch;
    const bool narrows = prev.valid && prev.matches < m_sparseBelow &&
                         asciiLower(text).contains(asciiLower(prev.text));
    if (narrows && prev.ids.isEmpty()) {
        t.matches = 0;
    } else {
        QString sql = QStringLiteral("SELECT id FROM offer_text WHERE ");
        if (narrows) {
            QStringList ids;
            ids.reserve(prev.ids.size());
            for (qint64 id : prev.ids)
                ids << QString::number(id);
            sql += QStringLiteral("id IN (%1) AND ").arg(ids.join(QLatin1Char(',')));
        }
        sql += QStringLiteral("text LIKE ? ESCAPE '\\' LIMIT %1").arg(m_sparseBelow);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(pattern);
        if (q.exec()) {
            while (q.next())
                t.ids << q.value(0).toLongLong();
            t.matches = t.ids.size();
        } else {
            t.matches = m_sparseBelow; // no offer_text (an old cache): match while walking
        }
    }
    if (t.matches >= m_sparseBelow)
        t.ids.clear();
    m_textSearch = t;
    return t;
}

QString OffersModel::orderBy(bool plain) const
{
    const QString dir =
        m_order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // plain: a unary '+' on each key keeps the planner from walking the sort index (a sparse
    // filter's few matches are sorted instead).
    const QString plus = plain ? QStringLiteral("+") : QString();
    QString order = QStringLiteral(" ORDER BY ");
    for (const char *key : kSortColumns[m_sortColumn]) {
        if (key)
            order += plus + QString::fromLatin1(key) + dir + QStringLiteral(", ");
    }
    return order + QStringLiteral("rowid") + dir;
}

QString OffersModel::windowSql(QVariantList *binds) const
{
    return QStringLiteral(
               "SELECT id, provider_id, name, provider_name, region, country, qos_tier, "
               "protocols, price_storage, price_egress, free_bytes, provider_reputation, "
               "measured_uptime, measured_latency, uptime_target, latency_target, "
               "provider_certified, provider_cert_expires FROM offers") +
           // Sparse filter: use the filters' indexes and sort the few matches (no index for the
           // order). Dense filter: walk the sort order's index, testing rows until a window is
           // full.
           (m_plan == Plan::Sparse  ? whereSql(binds, false) + orderBy(true)
            : m_plan == Plan::Dense ? whereSql(binds, true) + orderBy(false)
                                    : whereSql(binds, false) + orderBy(false)) +
           QStringLiteral(" LIMIT ? OFFSET ?");
}

QString OffersModel::explainWindowQuery() const
{
    QVariantList binds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + windowSql(&binds));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(m_batch);
    q.addBindValue(0);
    if (!q.exec())
        return q.lastError().text();
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(QLatin1Char('\n'));
}

QList<OffersModel::Row> OffersModel::load(int offset, int limit)
{
    QVariantList binds;
    const QString sql = windowSql(&binds);
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
        r.uptimeTarget = q.value(14).toInt();
        r.latencyTarget = q.value(15).toInt();
        const QString expires = q.value(17).toString();
        r.certExpires =
            expires.isEmpty() ? QDateTime() : timestampFromJson(expires).value_or(QDateTime());
        r.certified = q.value(16).toInt() == 1 &&
                      (!r.certExpires.isValid() || r.certExpires > QDateTime::currentDateTimeUtc());
        out.append(std::move(r));
    }
    return out;
}

void OffersModel::refresh()
{
    m_textSearch = {}; // the cache may have changed
    // Certification levels are per provider: one small read per refresh, not one per row.
    m_certLevels.clear();
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT id, cert_level FROM providers WHERE cert_level <> ''"))) {
        while (q.next())
            m_certLevels.insert(q.value(0).toString(), q.value(1).toString());
    } else {
        qCWarning(lcCache) << "offers model: certification levels:" << q.lastError().text();
    }
    reload();
}

void OffersModel::reload()
{
    // How selective is the filter? One bounded COUNT on the filters' own indexes decides the plan.
    m_plan = Plan::Default;
    QVariantList binds;
    if (const QString where = whereSql(&binds, false); !where.isEmpty()) {
        QSqlQuery q(m_db);
        OfferFilter protocolOnly;
        protocolOnly.protocol = m_filter.protocol;
        if (!m_filter.protocol.isEmpty() && m_filter == protocolOnly) {
            // A protocol alone: its own index counts its offers. (Counted through offers, the
            // IN list would first collect the id of every offer with the protocol, a third of
            // the table for a common one.)
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM offer_protocols WHERE "
                                     "protocol = ? LIMIT %1)")
                          .arg(m_sparseBelow));
            q.addBindValue(m_filter.protocol);
        } else {
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM offers%1 LIMIT %2)")
                          .arg(where)
                          .arg(m_sparseBelow));
            for (const QVariant &b : binds)
                q.addBindValue(b);
        }
        // Every column's sort order has an index (kSortColumns): a dense filter walks it. Not
        // region and country against each other: a region's offers sit in a few countries, so
        // walking one's order under a filter on the other tests most of the table before a
        // window fills; there the filter's index finds the matches and they are sorted.
        const bool correlated = (m_sortColumn == Country && !m_filter.region.isEmpty()) ||
                                (m_sortColumn == Region && !m_filter.country.isEmpty());
        if (q.exec() && q.next())
            m_plan = q.value(0).toLongLong() < m_sparseBelow ? Plan::Sparse
                     : correlated                            ? Plan::Sparse
                                                             : Plan::Dense;
    }
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
    reload();
}

QVariant OffersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    switch (role) {
    case ProviderIdRole:
        return r.providerId;
    case CertifiedRole:
        return r.certified;
    case CertExpiresRole:
        return r.certExpires;
    case CertLevelRole:
        return m_certLevels.value(r.providerId);
    case UptimeTargetRole:
        return r.uptimeTarget;
    case LatencyTargetRole:
        return r.latencyTarget;
    default:
        break;
    }
    const bool display = role == Qt::DisplayRole;
    if (!display && role != SortValueRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Provider:
        return r.provider;
    case Region:
        return r.region;
    case Country:
        return r.country;
    case Tier:
        return display ? QVariant(r.tier) : QVariant(CacheStore::tierRank(r.tier));
    case Protocols:
        return r.protocols;
    case PriceStorage:
        return display ? QVariant(usd7(r.priceStorage)) : QVariant(r.priceStorage);
    case PriceEgress:
        return display ? QVariant(usd7(r.priceEgress)) : QVariant(r.priceEgress);
    case Reputation:
        return r.reputation;
    case FreeBytes:
        return display ? QVariant(Formats().size(r.freeBytes)) : QVariant(r.freeBytes);
    case Uptime:
        return display
                   ? (r.uptime < 0 ? QVariant(tr("n/a")) : QVariant(Formats().percentBps(r.uptime)))
                   : QVariant(r.uptime);
    case Latency:
        return display ? (r.latency < 0 ? QVariant(tr("n/a"))
                                        : QVariant(QStringLiteral("%1 ms").arg(r.latency)))
                       : QVariant(r.latency);
    default:
        return {};
    }
}

QVariant OffersModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Offer");
    case Provider:
        return tr("Provider");
    case Region:
        return tr("Region");
    case Country:
        return tr("Country");
    case Tier:
        return tr("QoS tier");
    case Protocols:
        return tr("Protocols");
    case PriceStorage:
        return tr("Storage / GB-month");
    case PriceEgress:
        return tr("Egress / GB");
    case Reputation:
        return tr("Reputation");
    case FreeBytes:
        return tr("Free");
    case Uptime:
        return tr("Uptime");
    case Latency:
        return tr("Latency");
    default:
        return {};
    }
}

QHash<int, QByteArray> OffersModel::roleNames() const
{
    auto r = QAbstractTableModel::roleNames();
    r.insert(IdRole, "offerId");
    r.insert(SortValueRole, "sortValue");
    r.insert(ProviderIdRole, "providerId");
    r.insert(CertifiedRole, "certified");
    r.insert(CertExpiresRole, "certExpires");
    r.insert(CertLevelRole, "certLevel");
    r.insert(UptimeTargetRole, "uptimeTarget");
    r.insert(LatencyTargetRole, "latencyTarget");
    return r;
}

} // namespace fb
