#include "models/cachestore.h"

#include "models/modelslog.h"
#include "wire/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

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
    q.prepare(QStringLiteral("SELECT data FROM %1 WHERE id = ?").arg(table));
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
    // A slice of a buffer the caller keeps alive until run().
    RawStatement &text(const QByteArray &buffer, CacheStore::PreparedText t)
    {
        sqlite3_bind_text(m_stmt, ++m_next, t.size ? buffer.constData() + t.at : "", int(t.size),
                          SQLITE_STATIC);
        return *this;
    }
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
    QHash<QByteArray, ProviderFacts> facts; // by the provider id's UTF-8
    QSqlQuery upsertProvider, deleteProvider, deleteProviderCerts, insertProviderCert,
        propagateProvider, providerFacts, deleteOffer, upsertDeal, deleteDeal, upsertPayment,
        deletePayment, upsertQos, deleteQos, upsertDispute, deleteDispute, upsertNotification,
        deleteNotification, setCursor;
    RawStatement upsertOffer, deleteOfferProtocols, insertOfferProtocol;
    bool offerWritesReady = false;
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
    m_st = std::move(st);
    return success();
}

// The offers' statements on the connection's own handle, prepared when offers are first written
// (a connection that only reads or stores QoS series never holds them open).
Status CacheStore::prepareOfferWrites()
{
    if (m_st->offerWritesReady)
        return success();
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Error{QStringLiteral("db_error"),
                     QObject::tr("The cache's database driver is not SQLite.")};
    const std::pair<RawStatement *, const char *> raws[] = {
        {&m_st->upsertOffer,
         // An upsert that keeps the row (and its rowid, the text index's key): the server wins.
         "INSERT INTO offers (id, provider_id, name, region, country, protocols, "
         "price_storage, price_egress, qos_tier, tier_rank, uptime_target, latency_target, "
         "measured_uptime, measured_latency, capacity_bytes, free_bytes, currencies, locked, demo, "
         "provider_name, provider_reputation, provider_certified, provider_cert_expires, "
         "min_days, max_days, features, endpoint, created_at, updated_at) VALUES "
         "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
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
         "min_days = excluded.min_days, max_days = excluded.max_days, "
         "features = excluded.features, endpoint = excluded.endpoint, "
         "created_at = excluded.created_at, updated_at = excluded.updated_at"},
        {&m_st->deleteOfferProtocols, "DELETE FROM offer_protocols WHERE offer_id = ?"},
        {&m_st->insertOfferProtocol,
         "INSERT OR IGNORE INTO offer_protocols (offer_id, protocol) VALUES (?,?)"},
    };
    for (const auto &[r, text] : raws) {
        if (!r->prepare(handle, text))
            return Error{QStringLiteral("db_error"), QString::fromUtf8(sqlite3_errmsg(handle))};
    }
    m_st->offerWritesReady = true;
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
        s.facts.remove(c.id.toUtf8());
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
            if (auto ready = prepareOfferWrites(); !ready)
                return ready;
            if (!exec(s.deleteOffer, {c.id}))
                return fail(s.deleteOffer);
            if (!s.deleteOfferProtocols.text(c.id).run())
                return s.deleteOfferProtocols.error();
            return success();
        }
        // Upserts arrive prepared (applyPrepared); this path serves a change applied alone.
        PreparedPage one;
        if (auto prepared = prepareOffer(c, one); !prepared)
            return prepared;
        return applyOffer(one, one.offers.constFirst());
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

Status CacheStore::applyOffer(const PreparedPage &page, const PreparedOffer &o)
{
    if (auto ready = prepareOfferWrites(); !ready)
        return ready;
    Statements &s = *m_st;
    const QByteArray &t = page.text;
    const QByteArray providerId = QByteArray::fromRawData(t.constData() + o.providerId.at,
                                                          o.providerId.size); // no copy
    auto known = s.facts.find(providerId);
    if (known == s.facts.end()) {
        Statements::ProviderFacts pf;
        if (!exec(s.providerFacts, {QString::fromUtf8(providerId)}))
            return dbError(s.providerFacts);
        if (s.providerFacts.next()) {
            pf.name = s.providerFacts.value(0).toString().toUtf8();
            pf.reputation = s.providerFacts.value(1).toInt();
            pf.certified = s.providerFacts.value(2).toInt();
            pf.certExpires = s.providerFacts.value(3).toString().toUtf8();
        }
        s.providerFacts.finish();
        // The key is copied: the page's buffer is gone by the next page.
        known = s.facts.insert(QByteArray(providerId.constData(), providerId.size()), pf);
    }
    RawStatement &u = s.upsertOffer;
    u.text(t, o.id)
        .text(t, o.providerId)
        .text(t, o.name)
        .text(t, o.region)
        .text(t, o.country)
        .text(t, o.protocols)
        .integer(o.priceStorage)
        .integer(o.priceEgress)
        .text(t, o.qosTier)
        .integer(o.tierRank)
        .integer(o.uptimeTarget)
        .integer(o.latencyTarget)
        .integer(o.measuredUptime)
        .integer(o.measuredLatency)
        .integer(o.capacity)
        .integer(o.free)
        .text(t, o.currencies)
        .integer(o.locked ? 1 : 0)
        .integer(o.demo ? 1 : 0)
        .text(known->name)
        .integer(known->reputation)
        .integer(known->certified)
        .text(known->certExpires)
        .integer(o.minDays)
        .integer(o.maxDays)
        .integer(o.features)
        .text(t, o.endpoint)
        .text(t, o.createdAt)
        .text(t, o.updatedAt);
    if (!u.run())
        return u.error();
    if (!s.deleteOfferProtocols.text(t, o.id).run())
        return s.deleteOfferProtocols.error();
    for (qsizetype i = 0; i < o.protocolCount; ++i) {
        if (!s.insertOfferProtocol.text(t, o.id)
                 .text(t, page.protocols.at(o.firstProtocol + i))
                 .run())
            return s.insertOfferProtocol.error();
    }
    return success();
}

namespace {
// The offers.features column (cache migration 7): 1 versioning, 2 encryption at rest, 4 object
// lock.
int featureBits(const OfferFeatures &f)
{
    return (f.versioning ? 1 : 0) | (f.encryptionAtRest ? 2 : 0) | (f.objectLock ? 4 : 0);
}

OfferFeatures featuresFromBits(int bits)
{
    OfferFeatures f;
    f.versioning = bits & 1;
    f.encryptionAtRest = bits & 2;
    f.objectLock = bits & 4;
    return f;
}

// Appends UTF-8 to a page's text buffer.
class TextWriter
{
public:
    explicit TextWriter(QByteArray &buffer)
        : m_buffer(buffer)
    {}
    CacheStore::PreparedText put(QStringView s)
    {
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + m_encoder.requiredSpace(s.size()));
        char *begin = m_buffer.data() + at;
        char *end = m_encoder.appendToBuffer(begin, s);
        m_buffer.resize(at + (end - begin));
        return {at, end - begin};
    }
    CacheStore::PreparedText put(const QByteArray &utf8)
    {
        const qsizetype at = m_buffer.size();
        m_buffer.append(utf8);
        return {at, utf8.size()};
    }
    CacheStore::PreparedText join(const QStringList &parts)
    {
        const qsizetype at = m_buffer.size();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i)
                m_buffer.append(',');
            put(parts.at(i));
        }
        return {at, m_buffer.size() - at};
    }

private:
    QByteArray &m_buffer;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
};
} // namespace

Status CacheStore::prepareOffer(const Change &c, PreparedPage &into)
{
    auto o = parseData<Offer>(c);
    if (!o)
        return o.error();
    TextWriter w(into.text);
    PreparedOffer p;
    p.id = w.put(o->id);
    p.providerId = w.put(o->providerId);
    p.name = w.put(o->name);
    p.region = w.put(o->region);
    p.country = w.put(o->country);
    p.protocols = w.join(o->protocols);
    p.firstProtocol = into.protocols.size();
    p.protocolCount = o->protocols.size();
    for (const QString &proto : std::as_const(o->protocols))
        into.protocols.append(w.put(proto));
    p.priceStorage = o->priceStoragePerGbMonthUsd7;
    p.priceEgress = o->priceEgressPerGbUsd7;
    p.qosTier = w.put(o->qosTier);
    p.tierRank = tierRank(o->qosTier);
    p.uptimeTarget = o->uptimeTargetBps;
    p.latencyTarget = o->latencyTargetMs;
    p.measuredUptime = o->measuredUptimeBps;
    p.measuredLatency = o->measuredLatencyMs;
    p.capacity = o->capacityBytes;
    p.free = o->freeBytes;
    p.currencies = w.join(o->currencies);
    p.locked = o->locked;
    p.demo = o->demo;
    p.minDays = o->minDurationDays;
    p.maxDays = o->maxDurationDays;
    p.features = featureBits(o->features);
    p.endpoint = w.put(o->endpoint);
    // A canonical timestamp (UTC with milliseconds, as the node sends) is stored as sent.
    auto stamp = [&](const char *key, const QDateTime &parsed) {
        const QString sent = c.data.value(QLatin1StringView(key)).toString();
        return sent.size() == 24 && sent.endsWith(QLatin1Char('Z')) ? w.put(sent)
                                                                    : w.put(ts(parsed));
    };
    p.createdAt = stamp("createdAt", o->createdAt);
    p.updatedAt = stamp("updatedAt", o->updatedAt);
    into.offers.append(std::move(p));
    return success();
}

CacheStore::PreparedPage CacheStore::preparePage(ChangesPage page)
{
    PreparedPage out;
    out.next = page.next;
    out.hasMore = page.hasMore;
    out.changeCount = page.changes.size();
    out.order.reserve(page.changes.size());
    out.offers.reserve(page.changes.size());
    out.text.reserve(page.changes.size() * 512); // an offer's texts: ~0.3 KiB
    QSet<QString> kinds;
    for (const Change &c : std::as_const(page.changes)) {
        kinds.insert(c.entity);
        if (c.entity != QLatin1String("offer") || c.op == QLatin1String("delete")) {
            out.others.append(c);
            out.order.append(-int(out.others.size()));
            continue;
        }
        if (auto s = prepareOffer(c, out); !s) {
            out.error = s.error();
            break;
        }
        out.order.append(int(out.offers.size() - 1));
    }
    out.entities = QStringList(kinds.begin(), kinds.end());
    out.entities.sort();
    // The parsed page (every change's strings and document) is freed here, on the preparing
    // thread, not on the writer's.
    page = {};
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
    if (auto s = prepare(); !s)
        return s;
    m_st->facts.clear(); // another connection may have written meanwhile
    if (!m_db.transaction())
        return dbError(m_db);
    for (const int i : prepared.order) {
        const Status s = i >= 0 ? applyOffer(prepared, prepared.offers.at(i))
                                : applyChange(prepared.others.at(-i - 1));
        if (!s) {
            m_db.rollback();
            return s;
        }
    }
    if (!exec(m_st->setCursor, {scope, prepared.next, ts(QDateTime::currentDateTimeUtc())})) {
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
    // Index builds sort every key. SQLite's sorter works within the page cache's budget, and
    // with the cache's usual 32 MiB it sorts 100,000 keys ~20 % slower than with 2 MiB (one large
    // in-memory merge instead of cache-sized runs; a helper thread made no difference):
    // bench/RESULTS.md. The usual size comes back after the build.
    q.exec(QStringLiteral("PRAGMA cache_size=-2048"));
    const auto restoreCache = qScopeGuard([this] {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(Database::kCacheSizeKiB));
    });
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

namespace {
// The platform's data: everything the changes feed fills, and the cursors into it. The rest of
// the file (app_state, deferred_indexes, the file library's tables) is this computer's own.
// offer_text goes before offers, so its delete trigger finds nothing left to do.
constexpr const char *kPlatformTables[] = {
    "offer_text", "offer_protocols", "offers",   "provider_certifications", "providers",  "deals",
    "payments",   "qos_samples",     "disputes", "notifications",           "sync_cursor"};
constexpr const char *kNodeKey = "platform.node";

Status deletePlatformRows(QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const char *t : kPlatformTables) {
        if (!q.exec(QStringLiteral("DELETE FROM ") + QString::fromLatin1(t)))
            return dbError(q);
    }
    return success();
}
} // namespace

Status CacheStore::clear()
{
    if (!m_db.transaction())
        return dbError(m_db);
    Status s = deletePlatformRows(m_db);
    if (s) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM app_state WHERE key = ?"));
        q.addBindValue(QString::fromLatin1(kNodeKey));
        if (!q.exec())
            s = dbError(q);
    }
    if (!s) {
        m_db.rollback();
        return s;
    }
    if (m_st)
        m_st->facts.clear();
    return m_db.commit() ? success() : Status(dbError(m_db));
}

Result<QString> CacheStore::node()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM app_state WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kNodeKey));
    if (!q.exec())
        return dbError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> CacheStore::useNode(const QString &node)
{
    // Every sync run asks: the usual answer (the same node) takes no write lock.
    if (auto recorded = this->node(); recorded && *recorded == node)
        return false;
    // IMMEDIATE: the check and the clearing see the same file (another connection, such as the
    // GUI's, may write meanwhile).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return dbError(q);
    auto rollback = qScopeGuard([&q] { q.exec(QStringLiteral("ROLLBACK")); });
    q.prepare(QStringLiteral("SELECT value FROM app_state WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kNodeKey));
    if (!q.exec())
        return dbError(q);
    bool clear = false;
    if (q.next()) {
        if (q.value(0).toString() == node) {
            rollback.dismiss();
            if (!q.exec(QStringLiteral("COMMIT")))
                return dbError(q);
            return false;
        }
        clear = true;
    } else {
        // A cache from before the node was recorded: it came from this node if every cursor in
        // it is this node's (or there is none); otherwise nobody knows, and it goes.
        q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM sync_cursor WHERE substr(scope, 1, ?) <> ?"));
        const QString prefix = node + QLatin1Char('|');
        q.addBindValue(prefix.size());
        q.addBindValue(prefix);
        if (!q.exec() || !q.next())
            return dbError(q);
        clear = q.value(0).toLongLong() > 0;
    }
    if (clear) {
        if (auto s = deletePlatformRows(m_db); !s)
            return s.error();
    }
    q.prepare(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::fromLatin1(kNodeKey));
    q.addBindValue(node);
    if (!q.exec())
        return dbError(q);
    if (!q.exec(QStringLiteral("COMMIT")))
        return dbError(q);
    rollback.dismiss();
    if (clear && m_st)
        m_st->facts.clear();
    return clear;
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
    auto found = readOffers(QStringLiteral(" WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Offer>();
    return std::optional<Offer>(found->constFirst());
}

Result<QList<Offer>> CacheStore::offers()
{
    return readOffers({}, {});
}

Result<QList<Offer>> CacheStore::readOffers(const QString &where, const QString &bind)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, provider_id, name, region, country, protocols, "
                             "price_storage, price_egress, qos_tier, uptime_target, "
                             "latency_target, measured_uptime, measured_latency, capacity_bytes, "
                             "free_bytes, currencies, min_days, max_days, features, endpoint, "
                             "locked, demo, created_at, updated_at FROM offers") +
              where);
    if (!bind.isNull())
        q.addBindValue(bind);
    if (!q.exec())
        return dbError(q);
    QList<Offer> out;
    auto list = [](const QString &joined) {
        return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char(','));
    };
    auto time = [](const QString &t) { return timestampFromJson(t).value_or(QDateTime()); };
    while (q.next()) {
        Offer o;
        o.id = q.value(0).toString();
        o.providerId = q.value(1).toString();
        o.name = q.value(2).toString();
        o.region = q.value(3).toString();
        o.country = q.value(4).toString();
        o.protocols = list(q.value(5).toString());
        o.priceStoragePerGbMonthUsd7 = q.value(6).toLongLong();
        o.priceEgressPerGbUsd7 = q.value(7).toLongLong();
        o.qosTier = q.value(8).toString();
        o.uptimeTargetBps = q.value(9).toInt();
        o.latencyTargetMs = q.value(10).toInt();
        o.measuredUptimeBps = q.value(11).toInt();
        o.measuredLatencyMs = q.value(12).toInt();
        o.capacityBytes = q.value(13).toLongLong();
        o.freeBytes = q.value(14).toLongLong();
        o.currencies = list(q.value(15).toString());
        o.minDurationDays = q.value(16).toInt();
        o.maxDurationDays = q.value(17).toInt();
        o.features = featuresFromBits(q.value(18).toInt());
        o.endpoint = q.value(19).toString();
        o.locked = q.value(20).toInt() != 0;
        o.demo = q.value(21).toInt() != 0;
        o.createdAt = time(q.value(22).toString());
        o.updatedAt = time(q.value(23).toString());
        out.append(std::move(o));
    }
    return out;
}

Result<std::optional<Provider>> CacheStore::provider(const QString &id)
{
    return loadOne<Provider>(m_db, QStringLiteral("providers"), id);
}

Result<std::optional<Deal>> CacheStore::deal(const QString &id)
{
    return loadOne<Deal>(m_db, QStringLiteral("deals"), id);
}

Result<QHash<QString, QDateTime>> CacheStore::fundedDeals(const QString &consumer)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, updated_at FROM deals WHERE state = 'Funded' AND "
                             "consumer = ?"));
    q.addBindValue(consumer);
    if (!q.exec())
        return dbError(q);
    QHash<QString, QDateTime> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   timestampFromJson(q.value(1).toString()).value_or(QDateTime()));
    return out;
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
