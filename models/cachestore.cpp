#include "models/cachestore.h"

#include "models/modelslog.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace fb {

namespace {
// Timestamps as stored: ISO text, '' when not set (columns are NOT NULL).
QString ts(const QDateTime &t)
{
    const QString s = timestampToJson(t);
    return s.isNull() ? QString::fromLatin1("") : s;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error dbError(const QSqlQuery &q)
{
    return Error{QStringLiteral("db_error"), q.lastError().text()};
}

Error dbError(const QSqlDatabase &db)
{
    return Error{QStringLiteral("db_error"), db.lastError().text()};
}

template <typename T>
Result<std::optional<T>> loadOne(QSqlDatabase db, const QString &table, const QString &id)
{
    QSqlQuery q(db);
    // Offers keep their documents in offer_data, keyed by the offer's rowid.
    q.prepare(table == QLatin1String("offers")
                  ? QStringLiteral("SELECT d.data FROM offers o JOIN offer_data d ON d.id = "
                                   "o.rowid WHERE o.id = ?")
                  : QStringLiteral("SELECT data FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<T>();
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    auto v = T::fromJson(o);
    if (!v)
        return v.error();
    return std::optional<T>(*v);
}

bool exec(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    // Text columns are NOT NULL: an absent string is stored as '' (a null QString binds NULL).
    static const QVariant empty(QString::fromLatin1(""));
    int i = 0;
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i++, empty);
        else
            q.bindValue(i++, v);
    }
    return q.exec();
}
// A statement on the connection's own sqlite3 handle. The offers of a sync go through SQLite's C
// API: they are nearly all the rows an initial sync writes, and Qt's driver binds every text as
// UTF-16 that SQLite converts back to UTF-8, column by column, row by row (bench/RESULTS.md).
// Texts are bound without a copy: the statement keeps the UTF-8 buffers until the step.
class RawStatement
{
public:
    RawStatement() = default;
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;
    ~RawStatement() { sqlite3_finalize(m_stmt); }

    bool prepare(sqlite3 *db, const char *sql)
    {
        m_db = db;
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) ==
               SQLITE_OK;
    }
    RawStatement &text(QByteArray utf8)
    {
        m_keep.append(std::move(utf8));
        const QByteArray &b = m_keep.constLast();
        // A null array binds '' (text columns are NOT NULL), never SQL NULL.
        sqlite3_bind_text(m_stmt, ++m_next, b.isNull() ? "" : b.constData(), int(b.size()),
                          SQLITE_STATIC);
        return *this;
    }
    RawStatement &text(const QString &s) { return text(s.toUtf8()); }
    RawStatement &integer(qint64 v)
    {
        sqlite3_bind_int64(m_stmt, ++m_next, v);
        return *this;
    }
    // Steps once and resets for the next row; false with error() set on failure.
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        m_keep.clear();
        m_next = 0;
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    Error error() const { return Error{QStringLiteral("db_error"), m_error}; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QList<QByteArray> m_keep;
    int m_next = 0;
    QString m_error;
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}
} // namespace

struct CacheStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : upsertProvider(db)
        , deleteProvider(db)
        , deleteProviderCerts(db)
        , insertProviderCert(db)
        , propagateProvider(db)
        , providerFacts(db)
        , deleteOffer(db)
        , upsertDeal(db)
        , deleteDeal(db)
        , upsertPayment(db)
        , deletePayment(db)
        , upsertQos(db)
        , deleteQos(db)
        , upsertDispute(db)
        , deleteDispute(db)
        , upsertNotification(db)
        , deleteNotification(db)
        , setCursor(db)
    {}
    // The provider columns copied into offers, per provider id: looked up once per page (a
    // page of offers names few providers); dropped when a provider change is applied.
    struct ProviderFacts
    {
        QByteArray name;
        int reputation = 50;
        int certified = 0;
        QByteArray certExpires;
    };
    QHash<QString, ProviderFacts> facts;
    QSqlQuery upsertProvider, deleteProvider, deleteProviderCerts, insertProviderCert,
        propagateProvider, providerFacts, deleteOffer, upsertDeal, deleteDeal, upsertPayment,
        deletePayment, upsertQos, deleteQos, upsertDispute, deleteDispute, upsertNotification,
        deleteNotification, setCursor;
    RawStatement upsertOffer, upsertOfferData, deleteOfferProtocols, insertOfferProtocol;
};

CacheStore::CacheStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

CacheStore::~CacheStore() = default;

int CacheStore::tierRank(const QString &tier)
{
    if (tier == QLatin1String("bronze"))
        return 1;
    if (tier == QLatin1String("silver"))
        return 2;
    if (tier == QLatin1String("gold"))
        return 3;
    if (tier == QLatin1String("platinum"))
        return 4;
    return 0;
}

Status CacheStore::prepare()
{
    if (m_st)
        return success();
    auto st = std::make_unique<Statements>(m_db);
    const std::pair<QSqlQuery *, const char *> sql[] = {
        {&st->upsertProvider,
         "INSERT OR REPLACE INTO providers (id, address, role, name, kind, jurisdiction, "
         "reputation, cert_status, cert_level, cert_expires, demo, updated_at, data) VALUES "
         "(?,?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&st->deleteProvider, "DELETE FROM providers WHERE id = ?"},
        {&st->deleteProviderCerts, "DELETE FROM provider_certifications WHERE provider_id = ?"},
        {&st->insertProviderCert,
         "INSERT OR IGNORE INTO provider_certifications (provider_id, certification) VALUES (?,?)"},
        {&st->propagateProvider,
         "UPDATE offers SET provider_name = ?, provider_reputation = ?, provider_certified = ?, "
         "provider_cert_expires = ? WHERE provider_id = ?"},
        {&st->providerFacts,
         "SELECT name, reputation, cert_status = 'approved', cert_expires FROM providers "
         "WHERE id = ?"},
        {&st->deleteOffer, "DELETE FROM offers WHERE id = ?"},
        {&st->upsertDeal,
         "INSERT OR REPLACE INTO deals (id, sla_id, consumer, provider_id, offer_id, state, "
         "total_units, created_at, updated_at, data) VALUES (?,?,?,?,?,?,?,?,?,?)"},
        {&st->deleteDeal, "DELETE FROM deals WHERE id = ?"},
        {&st->upsertPayment,
         "INSERT OR REPLACE INTO payments (id, deal_id, kind, currency, units, usd_units, "
         "created_at, data) VALUES (?,?,?,?,?,?,?,?)"},
        {&st->deletePayment, "DELETE FROM payments WHERE id = ?"},
        {&st->upsertQos,
         "INSERT OR REPLACE INTO qos_samples (id, offer_id, at, ok, latency_ms, data) VALUES "
         "(?,?,?,?,?,?)"},
        {&st->deleteQos, "DELETE FROM qos_samples WHERE offer_id = ?"},
        {&st->upsertDispute,
         "INSERT OR REPLACE INTO disputes (id, deal_id, state, created_at, data) VALUES "
         "(?,?,?,?,?)"},
        {&st->deleteDispute, "DELETE FROM disputes WHERE id = ?"},
        {&st->upsertNotification,
         "INSERT OR REPLACE INTO notifications (id, recipient, kind, read, created_at, data) "
         "VALUES (?,?,?,?,?,?)"},
        {&st->deleteNotification, "DELETE FROM notifications WHERE id = ?"},
        {&st->setCursor,
         "INSERT OR REPLACE INTO sync_cursor (scope, seq, updated_at) VALUES (?,?,?)"},
    };
    for (const auto &[q, text] : sql) {
        if (!q->prepare(QString::fromLatin1(text)))
            return dbError(*q);
    }
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Error{QStringLiteral("db_error"),
                     QObject::tr("The cache's database driver is not SQLite.")};
    const std::pair<RawStatement *, const char *> raws[] = {
        {&st->upsertOffer,
         // An upsert that keeps the row (and its rowid, the text index's key): the server wins.
         "INSERT INTO offers (id, provider_id, name, region, country, protocols, "
         "price_storage, price_egress, qos_tier, tier_rank, uptime_target, latency_target, "
         "measured_uptime, measured_latency, capacity_bytes, free_bytes, currencies, locked, demo, "
         "provider_name, provider_reputation, provider_certified, provider_cert_expires, "
         "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
         "ON CONFLICT (id) DO UPDATE SET provider_id = excluded.provider_id, "
         "name = excluded.name, region = excluded.region, country = excluded.country, "
         "protocols = excluded.protocols, price_storage = excluded.price_storage, "
         "price_egress = excluded.price_egress, qos_tier = excluded.qos_tier, "
         "tier_rank = excluded.tier_rank, uptime_target = excluded.uptime_target, "
         "latency_target = excluded.latency_target, measured_uptime = excluded.measured_uptime, "
         "measured_latency = excluded.measured_latency, capacity_bytes = excluded.capacity_bytes, "
         "free_bytes = excluded.free_bytes, currencies = excluded.currencies, "
         "locked = excluded.locked, demo = excluded.demo, provider_name = excluded.provider_name, "
         "provider_reputation = excluded.provider_reputation, "
         "provider_certified = excluded.provider_certified, "
         "provider_cert_expires = excluded.provider_cert_expires, "
         "updated_at = excluded.updated_at"},
        {&st->upsertOfferData, "INSERT OR REPLACE INTO offer_data (id, data) VALUES "
                               "((SELECT rowid FROM offers WHERE id = ?), ?)"},
        {&st->deleteOfferProtocols, "DELETE FROM offer_protocols WHERE offer_id = ?"},
        {&st->insertOfferProtocol,
         "INSERT OR IGNORE INTO offer_protocols (offer_id, protocol) VALUES (?,?)"},
    };
    for (const auto &[r, text] : raws) {
        if (!r->prepare(handle, text))
            return Error{QStringLiteral("db_error"), QString::fromUtf8(sqlite3_errmsg(handle))};
    }
    m_st = std::move(st);
    return success();
}

Result<qint64> CacheStore::cursor(const QString &scope)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq FROM sync_cursor WHERE scope = ?"));
    q.addBindValue(scope);
    if (!q.exec())
        return dbError(q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

namespace {
template <typename T> Result<T> parseData(const Change &c)
{
    auto v = T::fromJson(c.data);
    if (!v)
        return Error{QStringLiteral("bad_reply"), QObject::tr("Change %1 (%2 %3) is malformed: %4")
                                                      .arg(c.seq)
                                                      .arg(c.entity, c.id, v.error().message)};
    return v;
}
} // namespace

Status CacheStore::applyChange(const Change &c)
{
    Statements &s = *m_st;
    const bool del = c.op == QLatin1String("delete");
    auto fail = [](QSqlQuery &q) { return Status(dbError(q)); };

    if (c.entity == QLatin1String("provider")) {
        s.facts.remove(c.id);
        if (del) {
            if (!exec(s.deleteProvider, {c.id}) || !exec(s.deleteProviderCerts, {c.id}))
                return fail(s.deleteProvider);
            return success();
        }
        auto p = parseData<Provider>(c);
        if (!p)
            return p.error();
        const Certification &cert = p->certification;
        const QString expires = ts(cert.expiresAt);
        if (!exec(s.upsertProvider, {p->id, p->address, p->role, p->name, p->kind, p->jurisdiction,
                                     p->reputation, cert.status, cert.level, expires,
                                     p->demo ? 1 : 0, ts(p->updatedAt), jsonText(c.data)}))
            return fail(s.upsertProvider);
        if (!exec(s.deleteProviderCerts, {p->id}))
            return fail(s.deleteProviderCerts);
        for (const QString &name : cert.certifications) {
            if (!exec(s.insertProviderCert, {p->id, name}))
                return fail(s.insertProviderCert);
        }
        const bool approved = cert.status == QLatin1String("approved");
        if (!exec(s.propagateProvider, {p->name, p->reputation, approved ? 1 : 0, expires, p->id}))
            return fail(s.propagateProvider);
        return success();
    }
    if (c.entity == QLatin1String("offer")) {
        if (del) {
            if (!exec(s.deleteOffer, {c.id}))
                return fail(s.deleteOffer);
            if (!s.deleteOfferProtocols.text(c.id).run())
                return s.deleteOfferProtocols.error();
            return success();
        }
        // Upserts arrive prepared (applyPrepared); this path serves a change applied alone.
        auto o = prepareOffer(c);
        if (!o)
            return o.error();
        return applyOffer(*o);
    }
    if (c.entity == QLatin1String("deal")) {
        if (del)
            return exec(s.deleteDeal, {c.id}) ? success() : fail(s.deleteDeal);
        auto d = parseData<Deal>(c);
        if (!d)
            return d.error();
        if (!exec(s.upsertDeal,
                  {d->id, d->slaId, d->consumer, d->providerId, d->offerId, dealStateName(d->state),
                   d->total.units, ts(d->createdAt), ts(d->updatedAt), jsonText(c.data)}))
            return fail(s.upsertDeal);
        return success();
    }
    if (c.entity == QLatin1String("payment")) {
        if (del)
            return exec(s.deletePayment, {c.id}) ? success() : fail(s.deletePayment);
        auto p = parseData<Payment>(c);
        if (!p)
            return p.error();
        if (!exec(s.upsertPayment, {p->id, p->dealId, p->kind, p->amount.currency, p->amount.units,
                                    p->amountUsd.units, ts(p->createdAt), jsonText(c.data)}))
            return fail(s.upsertPayment);
        return success();
    }
    if (c.entity == QLatin1String("qos")) {
        if (del)
            return exec(s.deleteQos, {c.id}) ? success() : fail(s.deleteQos);
        auto q = parseData<QosSample>(c);
        if (!q)
            return q.error();
        const QString id = q->id.isEmpty() ? c.id + QLatin1Char('@') + ts(q->at) : q->id;
        if (!exec(s.upsertQos, {id, q->offerId.isEmpty() ? c.id : q->offerId, ts(q->at),
                                q->ok ? 1 : 0, q->latencyMs, jsonText(c.data)}))
            return fail(s.upsertQos);
        return success();
    }
    if (c.entity == QLatin1String("dispute")) {
        if (del)
            return exec(s.deleteDispute, {c.id}) ? success() : fail(s.deleteDispute);
        auto d = parseData<Dispute>(c);
        if (!d)
            return d.error();
        if (!exec(s.upsertDispute,
                  {d->id, d->dealId, d->state, ts(d->createdAt), jsonText(c.data)}))
            return fail(s.upsertDispute);
        return success();
    }
    if (c.entity == QLatin1String("notification")) {
        if (del)
            return exec(s.deleteNotification, {c.id}) ? success() : fail(s.deleteNotification);
        auto n = parseData<Notification>(c);
        if (!n)
            return n.error();
        if (!exec(s.upsertNotification, {n->id, n->recipient, n->kind, n->read ? 1 : 0,
                                         ts(n->createdAt), jsonText(c.data)}))
            return fail(s.upsertNotification);
        return success();
    }
    // An entity this build does not know: skipped, so a newer node does not stall the sync.
    qCDebug(lcSync) << "skipping unknown entity" << c.entity;
    return success();
}

Status CacheStore::applyOffer(const PreparedOffer &o)
{
    Statements &s = *m_st;
    auto known = s.facts.find(o.providerId);
    if (known == s.facts.end()) {
        Statements::ProviderFacts pf;
        if (!exec(s.providerFacts, {o.providerId}))
            return dbError(s.providerFacts);
        if (s.providerFacts.next()) {
            pf.name = s.providerFacts.value(0).toString().toUtf8();
            pf.reputation = s.providerFacts.value(1).toInt();
            pf.certified = s.providerFacts.value(2).toInt();
            pf.certExpires = s.providerFacts.value(3).toString().toUtf8();
        }
        s.providerFacts.finish();
        known = s.facts.insert(o.providerId, pf);
    }
    RawStatement &u = s.upsertOffer;
    u.text(o.id)
        .text(o.providerIdUtf8)
        .text(o.name)
        .text(o.region)
        .text(o.country)
        .text(o.protocols)
        .integer(o.priceStorage)
        .integer(o.priceEgress)
        .text(o.qosTier)
        .integer(o.tierRank)
        .integer(o.uptimeTarget)
        .integer(o.latencyTarget)
        .integer(o.measuredUptime)
        .integer(o.measuredLatency)
        .integer(o.capacity)
        .integer(o.free)
        .text(o.currencies)
        .integer(o.locked ? 1 : 0)
        .integer(o.demo ? 1 : 0)
        .text(known->name)
        .integer(known->reputation)
        .integer(known->certified)
        .text(known->certExpires)
        .text(o.updatedAt);
    if (!u.run())
        return u.error();
    if (!s.upsertOfferData.text(o.id).text(o.data).run())
        return s.upsertOfferData.error();
    if (!s.deleteOfferProtocols.text(o.id).run())
        return s.deleteOfferProtocols.error();
    for (const QByteArray &p : o.protocolList) {
        if (!s.insertOfferProtocol.text(o.id).text(p).run())
            return s.insertOfferProtocol.error();
    }
    return success();
}

Result<CacheStore::PreparedOffer> CacheStore::prepareOffer(const Change &c)
{
    auto o = parseData<Offer>(c);
    if (!o)
        return o.error();
    PreparedOffer p;
    p.providerId = o->providerId;
    p.id = o->id.toUtf8();
    p.providerIdUtf8 = o->providerId.toUtf8();
    p.name = o->name.toUtf8();
    p.region = o->region.toUtf8();
    p.country = o->country.toUtf8();
    p.protocols = o->protocols.join(QLatin1Char(',')).toUtf8();
    p.protocolList.reserve(o->protocols.size());
    for (const QString &proto : std::as_const(o->protocols))
        p.protocolList.append(proto.toUtf8());
    p.priceStorage = o->priceStoragePerGbMonthUsd7;
    p.priceEgress = o->priceEgressPerGbUsd7;
    p.qosTier = o->qosTier.toUtf8();
    p.tierRank = tierRank(o->qosTier);
    p.uptimeTarget = o->uptimeTargetBps;
    p.latencyTarget = o->latencyTargetMs;
    p.measuredUptime = o->measuredUptimeBps;
    p.measuredLatency = o->measuredLatencyMs;
    p.capacity = o->capacityBytes;
    p.free = o->freeBytes;
    p.currencies = o->currencies.join(QLatin1Char(',')).toUtf8();
    p.locked = o->locked;
    p.demo = o->demo;
    p.updatedAt = ts(o->updatedAt).toUtf8();
    p.data = QJsonDocument(c.data).toJson(QJsonDocument::Compact);
    return p;
}

CacheStore::PreparedPage CacheStore::preparePage(ChangesPage page)
{
    PreparedPage out;
    out.offerOf.reserve(page.changes.size());
    for (const Change &c : std::as_const(page.changes)) {
        if (c.entity != QLatin1String("offer") || c.op == QLatin1String("delete")) {
            out.offerOf.append(-1);
            continue;
        }
        auto o = prepareOffer(c);
        if (!o) {
            out.error = o.error();
            break;
        }
        out.offerOf.append(int(out.offers.size()));
        out.offers.append(std::move(*o));
    }
    out.page = std::move(page);
    return out;
}

Status CacheStore::applyPage(const QString &scope, const ChangesPage &page)
{
    return applyPrepared(scope, preparePage(page));
}

Status CacheStore::applyPrepared(const QString &scope, const PreparedPage &prepared)
{
    if (prepared.error)
        return *prepared.error;
    const ChangesPage &page = prepared.page;
    if (auto s = prepare(); !s)
        return s;
    m_st->facts.clear(); // another connection may have written meanwhile
    if (!m_db.transaction())
        return dbError(m_db);
    for (qsizetype i = 0; i < page.changes.size(); ++i) {
        const int offer = prepared.offerOf.value(i, -1);
        const Status s =
            offer >= 0 ? applyOffer(prepared.offers.at(offer)) : applyChange(page.changes.at(i));
        if (!s) {
            m_db.rollback();
            return s;
        }
    }
    if (!exec(m_st->setCursor, {scope, page.next, ts(QDateTime::currentDateTimeUtc())})) {
        const Error e = dbError(m_st->setCursor);
        m_db.rollback();
        return e;
    }
    if (!m_db.commit()) {
        const Error e = dbError(m_db);
        m_db.rollback();
        return e;
    }
    return success();
}

Status CacheStore::deferOfferIndexes()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM offers), (SELECT COUNT(*) FROM deferred_indexes)")) ||
        !q.next())
        return dbError(q);
    if (q.value(0).toLongLong() > 0 || q.value(1).toLongLong() > 0)
        return success();
    if (!m_db.transaction())
        return dbError(m_db);
    // offers_provider stays: a provider change in the same run (the feed's reputation updates)
    // copies its name and reputation into its offers, a full scan per provider without it.
    QList<std::pair<QString, QString>> indexes;
    if (!q.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('offers', 'offer_protocols') AND name <> 'offers_provider'"))) {
        const Error e = dbError(q);
        m_db.rollback();
        return e;
    }
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[name, sql] : indexes) {
        QSqlQuery w(m_db);
        w.prepare(QStringLiteral("INSERT INTO deferred_indexes (name, sql) VALUES (?, ?)"));
        w.addBindValue(name);
        w.addBindValue(sql);
        if (!w.exec() || !w.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            const Error e = dbError(w);
            m_db.rollback();
            return e;
        }
    }
    if (!m_db.commit()) {
        const Error e = dbError(m_db);
        m_db.rollback();
        return e;
    }
    m_st.reset(); // prepared statements were compiled against the old schema
    return success();
}

Status CacheStore::restoreDeferredIndexes()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM deferred_indexes")))
        return dbError(q);
    QList<std::pair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    if (indexes.isEmpty())
        return success();
    if (!m_db.transaction())
        return dbError(m_db);
    for (const auto &[name, sql] : indexes) {
        QString create = sql;
        create.replace(QStringLiteral("CREATE INDEX "),
                       QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        QSqlQuery w(m_db);
        if (!w.exec(create) ||
            !w.exec(QStringLiteral("DELETE FROM deferred_indexes WHERE name = '%1'")
                        .arg(QString(name).replace(QLatin1Char('\''), QStringLiteral("''"))))) {
            const Error e = dbError(w);
            m_db.rollback();
            return e;
        }
    }
    if (!m_db.commit()) {
        const Error e = dbError(m_db);
        m_db.rollback();
        return e;
    }
    m_st.reset();
    return success();
}

Status CacheStore::optimize()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA analysis_limit=1000")) || !q.exec(QStringLiteral("ANALYZE")))
        return dbError(q);
    return success();
}

Status CacheStore::clear()
{
    if (!m_db.transaction())
        return dbError(m_db);
    QSqlQuery q(m_db);
    for (const char *t :
         {"providers", "provider_certifications", "offers", "offer_data", "offer_protocols",
          "deals", "payments", "qos_samples", "disputes", "notifications", "sync_cursor"}) {
        if (!q.exec(QStringLiteral("DELETE FROM ") + QString::fromLatin1(t))) {
            m_db.rollback();
            return dbError(q);
        }
    }
    return m_db.commit() ? success() : Status(dbError(m_db));
}

Status CacheStore::storeQosSeries(const QList<QosSample> &samples)
{
    if (auto s = prepare(); !s)
        return s;
    if (!m_db.transaction())
        return dbError(m_db);
    for (const QosSample &q : samples) {
        const QString id = q.id.isEmpty() ? q.offerId + QLatin1Char('@') + ts(q.at) : q.id;
        if (!exec(m_st->upsertQos,
                  {id, q.offerId, ts(q.at), q.ok ? 1 : 0, q.latencyMs, jsonText(q.toJson())})) {
            const Error e = dbError(m_st->upsertQos);
            m_db.rollback();
            return e;
        }
    }
    return m_db.commit() ? success() : Status(dbError(m_db));
}

Result<QList<QosSample>> CacheStore::qosSeries(const QString &offerId, const QDateTime &from,
                                               const QDateTime &to, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM qos_samples WHERE offer_id = ? AND at >= ? AND "
                             "at <= ? ORDER BY at LIMIT ?"));
    q.addBindValue(offerId);
    q.addBindValue(from.isValid() ? timestampToJson(from) : QStringLiteral(""));
    q.addBindValue(to.isValid() ? timestampToJson(to) : QStringLiteral("9999"));
    q.addBindValue(limit);
    if (!q.exec())
        return dbError(q);
    QList<QosSample> out;
    while (q.next()) {
        auto s =
            QosSample::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        if (s)
            out.append(*s);
    }
    return out;
}

Result<std::optional<Offer>> CacheStore::offer(const QString &id)
{
    return loadOne<Offer>(m_db, QStringLiteral("offers"), id);
}

Result<std::optional<Provider>> CacheStore::provider(const QString &id)
{
    return loadOne<Provider>(m_db, QStringLiteral("providers"), id);
}

Result<std::optional<Deal>> CacheStore::deal(const QString &id)
{
    return loadOne<Deal>(m_db, QStringLiteral("deals"), id);
}

Result<qint64> CacheStore::count(const QString &table)
{
    static const QStringList allowed{QStringLiteral("providers"),    QStringLiteral("offers"),
                                     QStringLiteral("deals"),        QStringLiteral("payments"),
                                     QStringLiteral("qos_samples"),  QStringLiteral("disputes"),
                                     QStringLiteral("notifications")};
    if (!allowed.contains(table))
        return Result<qint64>::failure(QStringLiteral("bad_request"), QStringLiteral("no table"));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return dbError(q);
    return q.value(0).toLongLong();
}

} // namespace fb
