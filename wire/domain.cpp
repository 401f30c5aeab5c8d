#include "wire/domain.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fb {

namespace {

// Reads typed fields from one JSON object and remembers the first error, so each fromJson
// reads like the struct it fills.
class Reader
{
public:
    Reader(const QJsonObject &o, const char *what)
        : m_o(o)
        , m_what(what)
    {}

    bool ok() const { return m_error.isEmpty(); }
    Error error() const { return Error{QStringLiteral("bad_json"), m_error}; }

    void fail(QAnyStringView key, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("Domain", "%1: field \"%2\" %3")
                          .arg(m_what, key.toString(), why);
    }

    // Required unless a default is given through the optional variant.
    void str(const char *key, QString &out, bool required = true)
    {
        const QLatin1StringView k(key); // no allocation per field
        const QJsonValue v = m_o.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(k, QCoreApplication::translate("Domain", "is missing"));
            return;
        }
        if (!v.isString()) {
            fail(k, QCoreApplication::translate("Domain", "must be a string"));
            return;
        }
        out = v.toString();
    }
    void oneOf(const char *key, QString &out, const QStringList &allowed, bool required = true)
    {
        QString v = out;
        str(key, v, required);
        if (!ok())
            return;
        if (!allowed.contains(v)) {
            fail(QLatin1String(key), QCoreApplication::translate("Domain", "must be one of %1")
                                         .arg(allowed.join(QLatin1Char('|'))));
            return;
        }
        out = v;
    }
    template <typename Int> void integer(const char *key, Int &out, bool required = true)
    {
        const QLatin1StringView k(key); // no allocation per field
        const QJsonValue v = m_o.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(k, QCoreApplication::translate("Domain", "is missing"));
            return;
        }
        if (!v.isDouble()) {
            fail(k, QCoreApplication::translate("Domain", "must be an integer"));
            return;
        }
        const qint64 a = v.toInteger(std::numeric_limits<qint64>::min());
        const qint64 b = v.toInteger(std::numeric_limits<qint64>::max());
        if (a != b) {
            fail(k, QCoreApplication::translate("Domain", "must be a whole number"));
            return;
        }
        if (a < qint64(std::numeric_limits<Int>::min()) ||
            a > qint64(std::numeric_limits<Int>::max())) {
            fail(k, QCoreApplication::translate("Domain", "is out of range"));
            return;
        }
        out = Int(a);
    }
    void boolean(const char *key, bool &out, bool required = true)
    {
        const QLatin1StringView k(key); // no allocation per field
        const QJsonValue v = m_o.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(k, QCoreApplication::translate("Domain", "is missing"));
            return;
        }
        if (!v.isBool()) {
            fail(k, QCoreApplication::translate("Domain", "must be true or false"));
            return;
        }
        out = v.toBool();
    }
    void strings(const char *key, QStringList &out, bool required = false)
    {
        const QLatin1StringView k(key); // no allocation per field
        const QJsonValue v = m_o.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(k, QCoreApplication::translate("Domain", "is missing"));
            return;
        }
        if (!v.isArray()) {
            fail(k, QCoreApplication::translate("Domain", "must be an array of strings"));
            return;
        }
        QStringList list;
        for (const QJsonValue &e : v.toArray()) {
            if (!e.isString()) {
                fail(k, QCoreApplication::translate("Domain", "must be an array of strings"));
                return;
            }
            list.append(e.toString());
        }
        out = list;
    }
    void time(const char *key, QDateTime &out, bool required = false)
    {
        const QLatin1StringView k(key); // no allocation per field
        const QJsonValue v = m_o.value(k);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
            if (required)
                fail(k, QCoreApplication::translate("Domain", "is missing"));
            return;
        }
        if (!v.isString()) {
            fail(k, QCoreApplication::translate("Domain", "must be an ISO 8601 timestamp"));
            return;
        }
        auto t = timestampFromJson(v.toString());
        if (!t) {
            fail(k, QCoreApplication::translate("Domain", "must be an ISO 8601 timestamp"));
            return;
        }
        out = *t;
    }
    QJsonObject object(const char *key, bool required = true)
    {
        const QLatin1StringView k(key); // no allocation per field
        const QJsonValue v = m_o.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(k, QCoreApplication::translate("Domain", "is missing"));
            return {};
        }
        if (!v.isObject()) {
            fail(k, QCoreApplication::translate("Domain", "must be an object"));
            return {};
        }
        return v.toObject();
    }
    // A nested value type: T::fromJson on the object at key.
    template <typename T> void nested(const char *key, T &out, bool required = true)
    {
        const bool present =
            m_o.contains(QLatin1String(key)) && !m_o.value(QLatin1String(key)).isNull();
        const QJsonObject o = object(key, required);
        if (!ok() || !present)
            return;
        auto r = T::fromJson(o);
        if (!r) {
            fail(QLatin1String(key), r.error().message);
            return;
        }
        out = *r;
    }
    template <typename T> void list(const char *key, QList<T> &out, bool required = true)
    {
        const QLatin1StringView k(key); // no allocation per field
        const QJsonValue v = m_o.value(k);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(k, QCoreApplication::translate("Domain", "is missing"));
            return;
        }
        if (!v.isArray()) {
            fail(k, QCoreApplication::translate("Domain", "must be an array"));
            return;
        }
        QList<T> items;
        const QJsonArray a = v.toArray();
        items.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isObject()) {
                fail(k, QCoreApplication::translate("Domain", "item %1 must be an object").arg(i));
                return;
            }
            auto r = T::fromJson(a.at(i).toObject());
            if (!r) {
                fail(k, QCoreApplication::translate("Domain", "item %1: %2")
                            .arg(i)
                            .arg(r.error().message));
                return;
            }
            items.append(*r);
        }
        out = items;
    }

private:
    const QJsonObject &m_o;
    QLatin1StringView m_what; // a literal
    QString m_error;
};

template <typename T> Result<T> finish(const Reader &r, T value)
{
    if (!r.ok())
        return Result<T>(r.error());
    return Result<T>(std::move(value));
}

QJsonValue ts(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(timestampToJson(t)) : QJsonValue(QJsonValue::Null);
}

QJsonArray arr(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

const QStringList kDealStateNames = {
    QStringLiteral("Pending"),          QStringLiteral("Accepted"),
    QStringLiteral("Funded"),           QStringLiteral("Active"),
    QStringLiteral("Completed"),        QStringLiteral("Rejected"),
    QStringLiteral("Cancelled"),        QStringLiteral("BreachedProvider"),
    QStringLiteral("BreachedConsumer"), QStringLiteral("Expired"),
};

} // namespace

QString timestampToJson(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> timestampFromJson(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

int currencyDecimals(const QString &c)
{
    if (c == currency::USD || c == currency::XLM)
        return 7;
    if (c == currency::ALGO)
        return 6;
    if (c == currency::BTC)
        return 8;
    if (c == currency::STRK)
        return 9;
    return -1;
}

QStringList knownCurrencies()
{
    return {currency::USD, currency::XLM, currency::ALGO, currency::BTC, currency::STRK};
}

// ---- Amount ---------------------------------------------------------------------------------

QString Amount::toDecimalString() const
{
    const int dec = std::max(0, currencyDecimals(currency));
    const bool negative = units < 0;
    // Work on the magnitude as unsigned so INT64_MIN does not overflow.
    quint64 mag = negative ? quint64(0) - quint64(units) : quint64(units);
    quint64 scale = 1;
    for (int i = 0; i < dec; ++i)
        scale *= 10;
    QString s = QString::number(mag / scale);
    if (dec > 0)
        s += QLatin1Char('.') + QStringLiteral("%1").arg(mag % scale, dec, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + s + QLatin1Char(' ') + currency;
}

QJsonObject Amount::toJson() const
{
    return {{QStringLiteral("units"), units}, {QStringLiteral("currency"), currency}};
}

Result<Amount> Amount::fromJson(const QJsonObject &o)
{
    Reader r(o, "amount");
    Amount a;
    r.integer("units", a.units);
    r.oneOf("currency", a.currency, knownCurrencies());
    return finish(r, a);
}

// ---- Certification --------------------------------------------------------------------------

bool Certification::isApproved(const QDateTime &now) const
{
    return status == QLatin1String("approved") && (!expiresAt.isValid() || expiresAt > now);
}

QJsonObject Certification::toJson() const
{
    return {{QStringLiteral("status"), status},
            {QStringLiteral("level"), level},
            {QStringLiteral("expiresAt"), ts(expiresAt)},
            {QStringLiteral("certifications"), arr(certifications)},
            {QStringLiteral("regions"), arr(regions)},
            {QStringLiteral("dataProtection"), dataProtection},
            {QStringLiteral("documents"), arr(documents)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("requestedAt"), ts(requestedAt)},
            {QStringLiteral("decidedAt"), ts(decidedAt)}};
}

Result<Certification> Certification::fromJson(const QJsonObject &o)
{
    Reader r(o, "certification");
    Certification c;
    r.oneOf("status", c.status,
            {QStringLiteral("none"), QStringLiteral("pending"), QStringLiteral("approved"),
             QStringLiteral("rejected")});
    r.str("level", c.level, false);
    r.time("expiresAt", c.expiresAt);
    r.strings("certifications", c.certifications);
    r.strings("regions", c.regions);
    r.str("dataProtection", c.dataProtection, false);
    r.strings("documents", c.documents);
    r.str("reason", c.reason, false);
    r.time("requestedAt", c.requestedAt);
    r.time("decidedAt", c.decidedAt);
    return finish(r, c);
}

// ---- Provider -------------------------------------------------------------------------------

QJsonObject Provider::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("address"), address},
            {QStringLiteral("role"), role},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("jurisdiction"), jurisdiction},
            {QStringLiteral("contact"), contact},
            {QStringLiteral("description"), description},
            {QStringLiteral("reputation"), reputation},
            {QStringLiteral("certification"), certification.toJson()},
            {QStringLiteral("demo"), demo},
            {QStringLiteral("createdAt"), ts(createdAt)},
            {QStringLiteral("updatedAt"), ts(updatedAt)}};
}

Result<Provider> Provider::fromJson(const QJsonObject &o)
{
    Reader r(o, "provider");
    Provider p;
    r.str("id", p.id);
    r.str("address", p.address);
    r.oneOf("role", p.role, {QStringLiteral("provider"), QStringLiteral("service")}, false);
    r.str("name", p.name);
    r.oneOf("kind", p.kind, {QStringLiteral("cloud"), QStringLiteral("depin")});
    r.str("jurisdiction", p.jurisdiction, false);
    r.str("contact", p.contact, false);
    r.str("description", p.description, false);
    r.integer("reputation", p.reputation);
    if (r.ok() && (p.reputation < 0 || p.reputation > 100))
        r.fail(QStringLiteral("reputation"), QStringLiteral("must be within 0..100"));
    r.nested("certification", p.certification, false);
    r.boolean("demo", p.demo, false);
    r.time("createdAt", p.createdAt);
    r.time("updatedAt", p.updatedAt);
    return finish(r, p);
}

// ---- Offer ----------------------------------------------------------------------------------

QJsonObject OfferFeatures::toJson() const
{
    return {{QStringLiteral("versioning"), versioning},
            {QStringLiteral("encryptionAtRest"), encryptionAtRest},
            {QStringLiteral("objectLock"), objectLock}};
}

Result<OfferFeatures> OfferFeatures::fromJson(const QJsonObject &o)
{
    Reader r(o, "features");
    OfferFeatures f;
    r.boolean("versioning", f.versioning, false);
    r.boolean("encryptionAtRest", f.encryptionAtRest, false);
    r.boolean("objectLock", f.objectLock, false);
    return finish(r, f);
}

QJsonObject Offer::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("providerId"), providerId},
            {QStringLiteral("name"), name},
            {QStringLiteral("region"), region},
            {QStringLiteral("country"), country},
            {QStringLiteral("protocols"), arr(protocols)},
            {QStringLiteral("priceStoragePerGbMonthUsd7"), priceStoragePerGbMonthUsd7},
            {QStringLiteral("priceEgressPerGbUsd7"), priceEgressPerGbUsd7},
            {QStringLiteral("qosTier"), qosTier},
            {QStringLiteral("uptimeTargetBps"), uptimeTargetBps},
            {QStringLiteral("latencyTargetMs"), latencyTargetMs},
            {QStringLiteral("measuredUptimeBps"), measuredUptimeBps},
            {QStringLiteral("measuredLatencyMs"), measuredLatencyMs},
            {QStringLiteral("capacityBytes"), capacityBytes},
            {QStringLiteral("freeBytes"), freeBytes},
            {QStringLiteral("currencies"), arr(currencies)},
            {QStringLiteral("minDurationDays"), minDurationDays},
            {QStringLiteral("maxDurationDays"), maxDurationDays},
            {QStringLiteral("features"), features.toJson()},
            {QStringLiteral("endpoint"), endpoint},
            {QStringLiteral("locked"), locked},
            {QStringLiteral("demo"), demo},
            {QStringLiteral("createdAt"), ts(createdAt)},
            {QStringLiteral("updatedAt"), ts(updatedAt)}};
}

Result<Offer> Offer::fromJson(const QJsonObject &o)
{
    Reader r(o, "offer");
    Offer f;
    r.str("id", f.id);
    r.str("providerId", f.providerId);
    r.str("name", f.name);
    r.str("region", f.region);
    r.str("country", f.country, false);
    r.strings("protocols", f.protocols, true);
    r.integer("priceStoragePerGbMonthUsd7", f.priceStoragePerGbMonthUsd7);
    r.integer("priceEgressPerGbUsd7", f.priceEgressPerGbUsd7);
    r.oneOf("qosTier", f.qosTier,
            {QStringLiteral("bronze"), QStringLiteral("silver"), QStringLiteral("gold"),
             QStringLiteral("platinum")});
    r.integer("uptimeTargetBps", f.uptimeTargetBps);
    r.integer("latencyTargetMs", f.latencyTargetMs);
    r.integer("measuredUptimeBps", f.measuredUptimeBps, false);
    r.integer("measuredLatencyMs", f.measuredLatencyMs, false);
    r.integer("capacityBytes", f.capacityBytes);
    r.integer("freeBytes", f.freeBytes, false);
    r.strings("currencies", f.currencies);
    r.integer("minDurationDays", f.minDurationDays, false);
    r.integer("maxDurationDays", f.maxDurationDays, false);
    r.nested("features", f.features, false);
    r.str("endpoint", f.endpoint, false);
    r.boolean("locked", f.locked, false);
    r.boolean("demo", f.demo, false);
    r.time("createdAt", f.createdAt);
    r.time("updatedAt", f.updatedAt);
    // Protocols and currencies are names (the cache keeps each list comma-joined).
    for (const auto &[key, names] :
         {std::pair{"protocols", &f.protocols}, std::pair{"currencies", &f.currencies}}) {
        for (const QString &n : *names) {
            if (n.isEmpty() || n.contains(QLatin1Char(',')))
                r.fail(QLatin1StringView(key),
                       QCoreApplication::translate("Domain", "must list names without commas"));
        }
    }
    return finish(r, f);
}

// ---- Deal -----------------------------------------------------------------------------------

QString dealStateName(DealState s)
{
    return kDealStateNames.at(int(s));
}

std::optional<DealState> dealStateFromName(const QString &name)
{
    const qsizetype i = kDealStateNames.indexOf(name);
    if (i < 0)
        return std::nullopt;
    return DealState(i);
}

bool isTerminal(DealState s)
{
    switch (s) {
    case DealState::Completed:
    case DealState::Rejected:
    case DealState::Cancelled:
    case DealState::BreachedProvider:
    case DealState::BreachedConsumer:
    case DealState::Expired:
        return true;
    default:
        return false;
    }
}

QJsonObject Deal::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("slaId"), slaId},
                  {QStringLiteral("consumer"), consumer},
                  {QStringLiteral("providerId"), providerId},
                  {QStringLiteral("providerAddress"), providerAddress},
                  {QStringLiteral("offerId"), offerId},
                  {QStringLiteral("state"), dealStateName(state)},
                  {QStringLiteral("protocol"), protocol},
                  {QStringLiteral("sizeBytes"), sizeBytes},
                  {QStringLiteral("egressBytes"), egressBytes},
                  {QStringLiteral("durationDays"), durationDays},
                  {QStringLiteral("shardIndex"), shardIndex},
                  {QStringLiteral("shardCount"), shardCount},
                  {QStringLiteral("k"), k},
                  {QStringLiteral("priceStoragePerGbMonthUsd7"), priceStoragePerGbMonthUsd7},
                  {QStringLiteral("priceEgressPerGbUsd7"), priceEgressPerGbUsd7},
                  {QStringLiteral("storageCost"), storageCost.toJson()},
                  {QStringLiteral("egressCost"), egressCost.toJson()},
                  {QStringLiteral("subtotal"), subtotal.toJson()},
                  {QStringLiteral("fee"), fee.toJson()},
                  {QStringLiteral("total"), total.toJson()},
                  {QStringLiteral("released"), released.toJson()},
                  {QStringLiteral("refunded"), refunded.toJson()},
                  {QStringLiteral("slashed"), slashed.toJson()},
                  {QStringLiteral("complianceBps"), complianceBps},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("sealedAccess"), sealedAccess},
                  {QStringLiteral("startAt"), ts(startAt)},
                  {QStringLiteral("endAt"), ts(endAt)},
                  {QStringLiteral("createdAt"), ts(createdAt)},
                  {QStringLiteral("updatedAt"), ts(updatedAt)}};
    // Only on renewals: every other deal keeps the document it always had.
    if (!renewalOf.isEmpty()) {
        o.insert(QStringLiteral("renewalOf"), renewalOf);
        o.insert(QStringLiteral("notBefore"), ts(notBefore));
    }
    return o;
}

Result<Deal> Deal::fromJson(const QJsonObject &o)
{
    Reader r(o, "deal");
    Deal d;
    r.str("id", d.id);
    r.str("slaId", d.slaId);
    r.str("consumer", d.consumer);
    r.str("providerId", d.providerId);
    r.str("providerAddress", d.providerAddress, false);
    r.str("offerId", d.offerId);
    QString state;
    r.str("state", state);
    if (r.ok()) {
        if (auto s = dealStateFromName(state))
            d.state = *s;
        else
            r.fail(QStringLiteral("state"),
                   QStringLiteral("must be one of %1").arg(kDealStateNames.join(QLatin1Char('|'))));
    }
    r.str("protocol", d.protocol, false);
    r.integer("sizeBytes", d.sizeBytes);
    r.integer("egressBytes", d.egressBytes, false);
    r.integer("durationDays", d.durationDays);
    r.integer("shardIndex", d.shardIndex, false);
    r.integer("shardCount", d.shardCount, false);
    r.integer("k", d.k, false);
    r.integer("priceStoragePerGbMonthUsd7", d.priceStoragePerGbMonthUsd7);
    r.integer("priceEgressPerGbUsd7", d.priceEgressPerGbUsd7);
    r.nested("storageCost", d.storageCost, false);
    r.nested("egressCost", d.egressCost, false);
    r.nested("subtotal", d.subtotal, false);
    r.nested("fee", d.fee);
    r.nested("total", d.total);
    r.nested("released", d.released, false);
    r.nested("refunded", d.refunded, false);
    r.nested("slashed", d.slashed, false);
    r.integer("complianceBps", d.complianceBps, false);
    r.str("reason", d.reason, false);
    r.str("sealedAccess", d.sealedAccess, false);
    r.time("startAt", d.startAt);
    r.time("endAt", d.endAt);
    r.str("renewalOf", d.renewalOf, false);
    r.time("notBefore", d.notBefore);
    r.time("createdAt", d.createdAt);
    r.time("updatedAt", d.updatedAt);
    return finish(r, d);
}

// ---- Quote ----------------------------------------------------------------------------------

QJsonObject QuoteLine::toJson() const
{
    return {{QStringLiteral("offerId"), offerId},
            {QStringLiteral("providerId"), providerId},
            {QStringLiteral("shardIndex"), shardIndex},
            {QStringLiteral("shardBytes"), shardBytes},
            {QStringLiteral("egressBytes"), egressBytes},
            {QStringLiteral("priceStoragePerGbMonthUsd7"), priceStoragePerGbMonthUsd7},
            {QStringLiteral("priceEgressPerGbUsd7"), priceEgressPerGbUsd7},
            {QStringLiteral("storageCost"), storageCost.toJson()},
            {QStringLiteral("egressCost"), egressCost.toJson()},
            {QStringLiteral("subtotal"), subtotal.toJson()},
            {QStringLiteral("fee"), fee.toJson()}};
}

Result<QuoteLine> QuoteLine::fromJson(const QJsonObject &o)
{
    Reader r(o, "quote line");
    QuoteLine l;
    r.str("offerId", l.offerId);
    r.str("providerId", l.providerId);
    r.integer("shardIndex", l.shardIndex);
    r.integer("shardBytes", l.shardBytes);
    r.integer("egressBytes", l.egressBytes);
    r.integer("priceStoragePerGbMonthUsd7", l.priceStoragePerGbMonthUsd7);
    r.integer("priceEgressPerGbUsd7", l.priceEgressPerGbUsd7);
    r.nested("storageCost", l.storageCost);
    r.nested("egressCost", l.egressCost);
    r.nested("subtotal", l.subtotal);
    r.nested("fee", l.fee);
    return finish(r, l);
}

QJsonObject Quote::toJson() const
{
    QJsonArray a;
    for (const QuoteLine &l : lines)
        a.append(l.toJson());
    return {{QStringLiteral("sizeBytes"), sizeBytes},
            {QStringLiteral("egressBytes"), egressBytes},
            {QStringLiteral("durationDays"), durationDays},
            {QStringLiteral("shardCount"), shardCount},
            {QStringLiteral("k"), k},
            {QStringLiteral("lines"), a},
            {QStringLiteral("storageCost"), storageCost.toJson()},
            {QStringLiteral("egressCost"), egressCost.toJson()},
            {QStringLiteral("subtotal"), subtotal.toJson()},
            {QStringLiteral("feeBps"), feeBps},
            {QStringLiteral("fee"), fee.toJson()},
            {QStringLiteral("total"), total.toJson()}};
}

Result<Quote> Quote::fromJson(const QJsonObject &o)
{
    Reader r(o, "quote");
    Quote q;
    r.integer("sizeBytes", q.sizeBytes);
    r.integer("egressBytes", q.egressBytes);
    r.integer("durationDays", q.durationDays);
    r.integer("shardCount", q.shardCount);
    r.integer("k", q.k);
    r.list("lines", q.lines);
    r.nested("storageCost", q.storageCost);
    r.nested("egressCost", q.egressCost);
    r.nested("subtotal", q.subtotal);
    r.integer("feeBps", q.feeBps);
    r.nested("fee", q.fee);
    r.nested("total", q.total);
    return finish(r, q);
}

// ---- Payments -------------------------------------------------------------------------------

QJsonObject AlgorandIntentTerms::toJson() const
{
    return {{QStringLiteral("genesisId"), genesisId},
            {QStringLiteral("genesisHash"), QString::fromLatin1(genesisHash.toBase64())},
            {QStringLiteral("firstValid"), qint64(firstValid)},
            {QStringLiteral("lastValid"), qint64(lastValid)},
            {QStringLiteral("minFee"), qint64(minFee)},
            {QStringLiteral("round"), qint64(round)}};
}

Result<AlgorandIntentTerms> AlgorandIntentTerms::fromJson(const QJsonObject &o)
{
    Reader r(o, "algorand terms");
    AlgorandIntentTerms t;
    QString hash;
    qint64 fv = 0, lv = 0, fee = 0, round = 0;
    r.str("genesisId", t.genesisId);
    r.str("genesisHash", hash);
    r.integer("firstValid", fv);
    r.integer("lastValid", lv);
    r.integer("minFee", fee);
    r.integer("round", round, false);
    if (r.ok()) {
        t.genesisHash =
            QByteArray::fromBase64(hash.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (t.genesisHash.size() != 32)
            r.fail("genesisHash",
                   QCoreApplication::translate("Domain", "must be 32 bytes in base64"));
        if (fv < 0 || lv < fv || fee < 0 || round < 0)
            r.fail("lastValid", QCoreApplication::translate(
                                    "Domain", "must not precede firstValid (both >= 0)"));
    }
    t.firstValid = quint64(std::max<qint64>(0, fv));
    t.lastValid = quint64(std::max<qint64>(0, lv));
    t.minFee = quint64(std::max<qint64>(0, fee));
    t.round = quint64(std::max<qint64>(0, round));
    return finish(r, t);
}

QJsonObject StarknetIntentTerms::toJson() const
{
    QJsonObject o{{QStringLiteral("chainId"), chainId},
                  {QStringLiteral("token"), token},
                  {QStringLiteral("friPerUnit"), friPerUnit}};
    if (nonce >= 0)
        o.insert(QStringLiteral("nonce"), nonce);
    return o;
}

Result<StarknetIntentTerms> StarknetIntentTerms::fromJson(const QJsonObject &o)
{
    Reader r(o, "starknet terms");
    StarknetIntentTerms t;
    r.str("chainId", t.chainId);
    r.str("token", t.token);
    r.integer("friPerUnit", t.friPerUnit);
    r.integer("nonce", t.nonce, false);
    if (r.ok() && t.friPerUnit <= 0)
        r.fail("friPerUnit", QCoreApplication::translate("Domain", "must be > 0"));
    if (r.ok() && !o.contains(QLatin1String("nonce")))
        t.nonce = -1;
    return finish(r, t);
}

QJsonObject BitcoinIntentTerms::toJson() const
{
    return {{QStringLiteral("network"), network},
            {QStringLiteral("escrowScript"), QString::fromLatin1(escrowScript.toHex())},
            {QStringLiteral("feeRateSatPerVbyte"), feeRateSatPerVbyte},
            {QStringLiteral("confirmationsRequired"), confirmationsRequired},
            {QStringLiteral("tipHeight"), tipHeight}};
}

Result<BitcoinIntentTerms> BitcoinIntentTerms::fromJson(const QJsonObject &o)
{
    Reader r(o, "bitcoin terms");
    BitcoinIntentTerms t;
    QString script;
    r.str("network", t.network);
    r.str("escrowScript", script);
    r.integer("feeRateSatPerVbyte", t.feeRateSatPerVbyte);
    r.integer("confirmationsRequired", t.confirmationsRequired);
    r.integer("tipHeight", t.tipHeight, false);
    if (r.ok()) {
        t.escrowScript = QByteArray::fromHex(script.toLatin1());
        if (t.escrowScript.isEmpty() || t.escrowScript.toHex() != script.toLatin1().toLower())
            r.fail("escrowScript", QCoreApplication::translate("Domain", "must be hex"));
        if (t.feeRateSatPerVbyte < 0 || t.confirmationsRequired < 0)
            r.fail("feeRateSatPerVbyte",
                   QCoreApplication::translate("Domain", "and confirmations must be >= 0"));
    }
    return finish(r, t);
}

QJsonObject PaymentIntent::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("dealId"), dealId},
                  {QStringLiteral("consumer"), consumer},
                  {QStringLiteral("chain"), chain},
                  {QStringLiteral("network"), network},
                  {QStringLiteral("networkPassphrase"), networkPassphrase},
                  {QStringLiteral("escrowAddress"), escrowAddress},
                  {QStringLiteral("amount"), amount.toJson()},
                  {QStringLiteral("amountUsd"), amountUsd.toJson()},
                  {QStringLiteral("rateUsd7PerCoin"), rateUsd7PerCoin},
                  {QStringLiteral("rateSource"), rateSource},
                  {QStringLiteral("memoType"), memoType},
                  {QStringLiteral("memo"), memo},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("expiresAt"), ts(expiresAt)},
                  {QStringLiteral("createdAt"), ts(createdAt)},
                  {QStringLiteral("updatedAt"), ts(updatedAt)}};
    if (!refundAddress.isEmpty())
        o.insert(QStringLiteral("refundAddress"), refundAddress);
    if (algorand)
        o.insert(QStringLiteral("algorand"), algorand->toJson());
    if (bitcoin)
        o.insert(QStringLiteral("bitcoin"), bitcoin->toJson());
    if (starknet)
        o.insert(QStringLiteral("starknet"), starknet->toJson());
    return o;
}

Result<PaymentIntent> PaymentIntent::fromJson(const QJsonObject &o)
{
    Reader r(o, "payment intent");
    PaymentIntent p;
    r.str("id", p.id);
    r.str("dealId", p.dealId);
    r.str("consumer", p.consumer);
    r.str("chain", p.chain);
    r.str("network", p.network);
    r.str("networkPassphrase", p.networkPassphrase, false);
    r.str("escrowAddress", p.escrowAddress);
    r.nested("amount", p.amount);
    r.nested("amountUsd", p.amountUsd);
    r.integer("rateUsd7PerCoin", p.rateUsd7PerCoin);
    r.str("rateSource", p.rateSource, false);
    r.oneOf("memoType", p.memoType,
            {QStringLiteral("text"), QStringLiteral("hash"), QStringLiteral("note"),
             QStringLiteral("op_return"), QStringLiteral("address")});
    r.str("memo", p.memo);
    r.oneOf("status", p.status,
            {QStringLiteral("open"), QStringLiteral("paid"), QStringLiteral("expired")});
    r.str("refundAddress", p.refundAddress, false);
    if (r.ok() && o.contains(QLatin1String("algorand"))) {
        AlgorandIntentTerms t;
        r.nested("algorand", t, false);
        p.algorand = t;
    }
    if (r.ok() && o.contains(QLatin1String("bitcoin"))) {
        BitcoinIntentTerms t;
        r.nested("bitcoin", t, false);
        p.bitcoin = t;
    }
    if (r.ok() && o.contains(QLatin1String("starknet"))) {
        StarknetIntentTerms t;
        r.nested("starknet", t, false);
        p.starknet = t;
    }
    r.time("expiresAt", p.expiresAt, true);
    r.time("createdAt", p.createdAt);
    r.time("updatedAt", p.updatedAt);
    return finish(r, p);
}

QJsonObject Payment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("dealId"), dealId},
            {QStringLiteral("intentId"), intentId},
            {QStringLiteral("consumer"), consumer},
            {QStringLiteral("providerId"), providerId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("chain"), chain},
            {QStringLiteral("network"), network},
            {QStringLiteral("txHash"), txHash},
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("amountUsd"), amountUsd.toJson()},
            {QStringLiteral("memo"), memo},
            {QStringLiteral("createdAt"), ts(createdAt)}};
}

Result<Payment> Payment::fromJson(const QJsonObject &o)
{
    Reader r(o, "payment");
    Payment p;
    r.str("id", p.id);
    r.str("dealId", p.dealId);
    r.str("intentId", p.intentId, false);
    r.str("consumer", p.consumer);
    r.str("providerId", p.providerId, false);
    r.oneOf("kind", p.kind,
            {QStringLiteral("deposit"), QStringLiteral("release"), QStringLiteral("refund"),
             QStringLiteral("slash"), QStringLiteral("fee")});
    r.str("chain", p.chain, false);
    r.str("network", p.network, false);
    r.str("txHash", p.txHash, false);
    r.str("from", p.from, false);
    r.str("to", p.to, false);
    r.nested("amount", p.amount);
    r.nested("amountUsd", p.amountUsd, false);
    r.str("memo", p.memo, false);
    r.time("createdAt", p.createdAt);
    return finish(r, p);
}

// ---- QoS, disputes, notifications -----------------------------------------------------------

QJsonObject QosSample::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("offerId"), offerId},
            {QStringLiteral("providerId"), providerId},
            {QStringLiteral("at"), ts(at)},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("latencyMs"), latencyMs},
            {QStringLiteral("httpStatus"), httpStatus},
            {QStringLiteral("method"), method},
            {QStringLiteral("error"), error}};
}

Result<QosSample> QosSample::fromJson(const QJsonObject &o)
{
    Reader r(o, "qos sample");
    QosSample s;
    r.str("id", s.id);
    r.str("offerId", s.offerId);
    r.str("providerId", s.providerId, false);
    r.time("at", s.at, true);
    r.boolean("ok", s.ok);
    r.integer("latencyMs", s.latencyMs);
    r.integer("httpStatus", s.httpStatus, false);
    r.str("method", s.method, false);
    r.str("error", s.error, false);
    return finish(r, s);
}

QJsonObject Dispute::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("dealId"), dealId},
            {QStringLiteral("consumer"), consumer},
            {QStringLiteral("providerId"), providerId},
            {QStringLiteral("openedBy"), openedBy},
            {QStringLiteral("openedByRole"), openedByRole},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("state"), state},
            {QStringLiteral("resolution"), resolution},
            {QStringLiteral("resolutionNote"), resolutionNote},
            {QStringLiteral("resolvedBy"), resolvedBy},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("response"), response},
            {QStringLiteral("respondedBy"), respondedBy},
            {QStringLiteral("respondedAt"), ts(respondedAt)},
            {QStringLiteral("createdAt"), ts(createdAt)},
            {QStringLiteral("updatedAt"), ts(updatedAt)},
            {QStringLiteral("resolvedAt"), ts(resolvedAt)}};
}

Result<Dispute> Dispute::fromJson(const QJsonObject &o)
{
    Reader r(o, "dispute");
    Dispute d;
    r.str("id", d.id);
    r.str("dealId", d.dealId);
    r.str("consumer", d.consumer, false);
    r.str("providerId", d.providerId, false);
    r.str("openedBy", d.openedBy);
    r.oneOf("openedByRole", d.openedByRole,
            {QStringLiteral("consumer"), QStringLiteral("provider")});
    r.str("reason", d.reason);
    r.oneOf("state", d.state, {QStringLiteral("open"), QStringLiteral("resolved")});
    r.str("resolution", d.resolution, false);
    if (r.ok() && !d.resolution.isEmpty() &&
        !QStringList{QStringLiteral("refund"), QStringLiteral("slash"), QStringLiteral("dismiss")}
             .contains(d.resolution))
        r.fail(QStringLiteral("resolution"), QStringLiteral("must be one of refund|slash|dismiss"));
    r.str("resolutionNote", d.resolutionNote, false);
    r.str("resolvedBy", d.resolvedBy, false);
    d.evidence = r.object("evidence", false);
    r.str("response", d.response, false);
    r.str("respondedBy", d.respondedBy, false);
    r.time("respondedAt", d.respondedAt);
    r.time("createdAt", d.createdAt);
    r.time("updatedAt", d.updatedAt);
    r.time("resolvedAt", d.resolvedAt);
    return finish(r, d);
}

QJsonObject Notification::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("recipient"), recipient},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entityId"), entityId},
            {QStringLiteral("read"), read},
            {QStringLiteral("createdAt"), ts(createdAt)}};
}

Result<Notification> Notification::fromJson(const QJsonObject &o)
{
    Reader r(o, "notification");
    Notification n;
    r.str("id", n.id);
    r.str("recipient", n.recipient);
    r.str("kind", n.kind);
    r.str("title", n.title);
    r.str("body", n.body, false);
    r.str("entity", n.entity, false);
    r.str("entityId", n.entityId, false);
    r.boolean("read", n.read, false);
    r.time("createdAt", n.createdAt);
    return finish(r, n);
}

// ---- Changes feed ---------------------------------------------------------------------------

QJsonObject Change::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("op"), op},
            {QStringLiteral("data"), data}};
}

Result<Change> Change::fromJson(const QJsonObject &o)
{
    Reader r(o, "change");
    Change c;
    r.integer("seq", c.seq);
    r.oneOf("entity", c.entity,
            {QStringLiteral("provider"), QStringLiteral("offer"), QStringLiteral("deal"),
             QStringLiteral("payment"), QStringLiteral("qos"), QStringLiteral("dispute"),
             QStringLiteral("notification")});
    r.str("id", c.id);
    r.oneOf("op", c.op, {QStringLiteral("upsert"), QStringLiteral("delete")});
    c.data = r.object("data", false);
    if (r.ok() && c.op == QLatin1String("upsert") && c.data.isEmpty())
        r.fail(QStringLiteral("data"), QStringLiteral("is missing for an upsert"));
    return finish(r, c);
}

QJsonObject ChangesPage::toJson() const
{
    QJsonArray a;
    for (const Change &c : changes)
        a.append(c.toJson());
    return {{QStringLiteral("changes"), a},
            {QStringLiteral("next"), next},
            {QStringLiteral("hasMore"), hasMore}};
}

Result<ChangesPage> ChangesPage::fromJson(const QJsonObject &o)
{
    Reader r(o, "changes page");
    ChangesPage p;
    r.list("changes", p.changes);
    r.integer("next", p.next);
    r.boolean("hasMore", p.hasMore);
    return finish(r, p);
}

// ---- Auth -----------------------------------------------------------------------------------

QJsonObject AuthNonce::toJson() const
{
    return {{QStringLiteral("nonce"), nonce},
            {QStringLiteral("message"), message},
            {QStringLiteral("expiresAt"), ts(expiresAt)}};
}

Result<AuthNonce> AuthNonce::fromJson(const QJsonObject &o)
{
    Reader r(o, "nonce");
    AuthNonce n;
    r.str("nonce", n.nonce);
    r.str("message", n.message);
    r.time("expiresAt", n.expiresAt, true);
    return finish(r, n);
}

QJsonObject AuthTokens::toJson() const
{
    return {{QStringLiteral("accessToken"), accessToken},
            {QStringLiteral("refreshToken"), refreshToken},
            {QStringLiteral("expiresAt"), ts(expiresAt)},
            {QStringLiteral("refreshExpiresAt"), ts(refreshExpiresAt)},
            {QStringLiteral("address"), address},
            {QStringLiteral("roles"), arr(roles)}};
}

Result<AuthTokens> AuthTokens::fromJson(const QJsonObject &o)
{
    Reader r(o, "tokens");
    AuthTokens t;
    r.str("accessToken", t.accessToken);
    r.str("refreshToken", t.refreshToken);
    r.time("expiresAt", t.expiresAt, true);
    r.time("refreshExpiresAt", t.refreshExpiresAt);
    r.str("address", t.address, false);
    r.strings("roles", t.roles);
    return finish(r, t);
}

// ---- Accounts, provider tools, wallet --------------------------------------------------------

std::optional<Provider> AccountProfile::providerOfRole(const QString &role) const
{
    for (const Provider &p : providers)
        if (p.role == role)
            return p;
    return std::nullopt;
}

QJsonObject AccountProfile::toJson() const
{
    QJsonArray list;
    for (const Provider &p : providers)
        list.append(p.toJson());
    return {{QStringLiteral("address"), address},
            {QStringLiteral("roles"), arr(roles)},
            {QStringLiteral("providers"), list}};
}

Result<AccountProfile> AccountProfile::fromJson(const QJsonObject &o)
{
    Reader r(o, "account");
    AccountProfile a;
    r.str("address", a.address);
    r.strings("roles", a.roles, true);
    r.list("providers", a.providers, false);
    return finish(r, a);
}

QJsonObject QosSummary::toJson() const
{
    QJsonArray list;
    for (const QosSample &q : series)
        list.append(q.toJson());
    QJsonObject o{{QStringLiteral("offerId"), offerId},
                  {QStringLiteral("from"), ts(from)},
                  {QStringLiteral("to"), ts(to)},
                  {QStringLiteral("samples"), samples},
                  {QStringLiteral("okSamples"), okSamples},
                  {QStringLiteral("uptimeBps"), uptimeBps},
                  {QStringLiteral("avgLatencyMs"), avgLatencyMs},
                  {QStringLiteral("complianceBps"), complianceBps},
                  {QStringLiteral("uptimeTargetBps"), uptimeTargetBps},
                  {QStringLiteral("latencyTargetMs"), latencyTargetMs},
                  {QStringLiteral("meetsTargets"), meetsTargets},
                  {QStringLiteral("series"), list}};
    if (!dealId.isEmpty())
        o.insert(QStringLiteral("dealId"), dealId);
    return o;
}

Result<QosSummary> QosSummary::fromJson(const QJsonObject &o)
{
    Reader r(o, "qos summary");
    QosSummary q;
    r.str("offerId", q.offerId);
    r.str("dealId", q.dealId, false);
    r.time("from", q.from);
    r.time("to", q.to);
    r.integer("samples", q.samples);
    r.integer("okSamples", q.okSamples);
    r.integer("uptimeBps", q.uptimeBps);
    r.integer("avgLatencyMs", q.avgLatencyMs);
    r.integer("complianceBps", q.complianceBps);
    r.integer("uptimeTargetBps", q.uptimeTargetBps);
    r.integer("latencyTargetMs", q.latencyTargetMs);
    r.boolean("meetsTargets", q.meetsTargets);
    r.list("series", q.series, false);
    if (r.ok() && (q.samples < 0 || q.okSamples < 0 || q.okSamples > q.samples))
        r.fail("okSamples",
               QCoreApplication::translate("Domain", "must be between 0 and \"samples\""));
    return finish(r, q);
}

QJsonObject PayoutAddresses::toJson() const
{
    // The node answers "" for an address that is not set; a PUT sends only the set ones.
    return {{QStringLiteral("algorand"), algorand},
            {QStringLiteral("bitcoin"), bitcoin},
            {QStringLiteral("starknet"), starknet}};
}

Result<PayoutAddresses> PayoutAddresses::fromJson(const QJsonObject &o)
{
    Reader r(o, "payout addresses");
    PayoutAddresses a;
    r.str("algorand", a.algorand, false);
    r.str("bitcoin", a.bitcoin, false);
    r.str("starknet", a.starknet, false);
    return finish(r, a);
}

QJsonObject DealPayments::toJson() const
{
    QJsonArray list;
    for (const Payment &p : items)
        list.append(p.toJson());
    QJsonObject o{{QStringLiteral("items"), list}};
    if (intent)
        o.insert(QStringLiteral("intent"), intent->toJson());
    return o;
}

Result<DealPayments> DealPayments::fromJson(const QJsonObject &o)
{
    Reader r(o, "deal payments");
    DealPayments d;
    r.list("items", d.items);
    if (r.ok() && o.contains(QLatin1String("intent")) &&
        !o.value(QLatin1String("intent")).isNull()) {
        PaymentIntent in;
        r.nested("intent", in, false);
        d.intent = in;
    }
    return finish(r, d);
}

QJsonObject PaymentReceipt::toJson() const
{
    return {{QStringLiteral("payment"), payment.toJson()}, {QStringLiteral("deal"), deal.toJson()}};
}

Result<PaymentReceipt> PaymentReceipt::fromJson(const QJsonObject &o)
{
    Reader r(o, "payment receipt");
    PaymentReceipt p;
    r.nested("payment", p.payment);
    r.nested("deal", p.deal);
    return finish(r, p);
}

QJsonObject LedgerUtxo::toJson() const
{
    return {{QStringLiteral("txid"), txid},
            {QStringLiteral("vout"), qint64(vout)},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("script"), QString::fromLatin1(script.toHex())},
            {QStringLiteral("height"), height},
            {QStringLiteral("confirmations"), confirmations},
            {QStringLiteral("tx"), QString::fromLatin1(tx.toHex())}};
}

Result<LedgerUtxo> LedgerUtxo::fromJson(const QJsonObject &o)
{
    Reader r(o, "utxo");
    LedgerUtxo u;
    QString script, tx;
    r.str("txid", u.txid);
    r.integer("vout", u.vout);
    r.integer("amount", u.amount);
    r.str("script", script);
    r.integer("height", u.height, false);
    r.integer("confirmations", u.confirmations, false);
    r.str("tx", tx, false);
    if (r.ok()) {
        u.script = QByteArray::fromHex(script.toLatin1());
        u.tx = QByteArray::fromHex(tx.toLatin1());
        if (u.script.toHex() != script.toLatin1().toLower() || u.script.isEmpty())
            r.fail("script", QCoreApplication::translate("Domain", "must be hex"));
        else if (u.tx.toHex() != tx.toLatin1().toLower())
            r.fail("tx", QCoreApplication::translate("Domain", "must be hex"));
        else if (u.amount < 0 || u.confirmations < 0 || u.txid.size() != 64)
            r.fail("amount", QCoreApplication::translate(
                                 "Domain", "and confirmations must be >= 0, txid 64 hex digits"));
    }
    return finish(r, u);
}

QJsonObject LedgerAccount::toJson() const
{
    QJsonObject b;
    for (auto it = balances.cbegin(); it != balances.cend(); ++it)
        b.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("chain"), chain},
                  {QStringLiteral("network"), network},
                  {QStringLiteral("address"), address},
                  {QStringLiteral("balances"), b}};
    if (developmentNetwork)
        o.insert(QStringLiteral("developmentNetwork"), true);
    if (chain == QLatin1String("stellar")) {
        o.insert(QStringLiteral("sequence"), QString::number(sequence));
    } else if (chain == QLatin1String("algorand")) {
        o.insert(QStringLiteral("genesisId"), genesisId);
        o.insert(QStringLiteral("genesisHash"), QString::fromLatin1(genesisHash.toBase64()));
        o.insert(QStringLiteral("round"), qint64(round));
        o.insert(QStringLiteral("minFee"), qint64(minFee));
    } else if (chain == QLatin1String("bitcoin")) {
        QJsonArray list;
        for (const LedgerUtxo &u : utxos)
            list.append(u.toJson());
        o.insert(QStringLiteral("addressNetwork"), addressNetwork);
        o.insert(QStringLiteral("height"), height);
        o.insert(QStringLiteral("utxos"), list);
    } else if (chain == QLatin1String("starknet")) {
        o.insert(QStringLiteral("chainId"), chainId);
        o.insert(QStringLiteral("deployed"), deployed);
        if (deployed)
            o.insert(QStringLiteral("publicKey"), publicKey);
        o.insert(QStringLiteral("nonce"), nonce);
    }
    return o;
}

Result<LedgerAccount> LedgerAccount::fromJson(const QJsonObject &o)
{
    Reader r(o, "ledger account");
    LedgerAccount a;
    r.oneOf("chain", a.chain,
            {QStringLiteral("stellar"), QStringLiteral("algorand"), QStringLiteral("bitcoin"),
             QStringLiteral("starknet")});
    r.str("network", a.network, false);
    r.str("address", a.address);
    r.boolean("developmentNetwork", a.developmentNetwork, false);
    const QJsonObject balances = r.object("balances", false);
    for (auto it = balances.begin(); r.ok() && it != balances.end(); ++it) {
        const QJsonValue v = it.value();
        const qint64 units = v.isDouble() ? v.toInteger(-1) : -1;
        if (units < 0 || double(units) != v.toDouble())
            r.fail("balances",
                   QCoreApplication::translate("Domain", "must map assets to whole numbers >= 0"));
        else
            a.balances.insert(it.key(), units);
    }
    if (r.ok() && a.chain == QLatin1String("stellar")) {
        QString seq;
        r.str("sequence", seq, false);
        bool ok = true;
        a.sequence = seq.isEmpty() ? 0 : seq.toLongLong(&ok);
        if (r.ok() && (!ok || a.sequence < 0))
            r.fail("sequence", QCoreApplication::translate("Domain", "must be a whole number"));
    } else if (r.ok() && a.chain == QLatin1String("algorand")) {
        QString hash;
        qint64 round = 0, fee = 0;
        r.str("genesisId", a.genesisId);
        r.str("genesisHash", hash);
        r.integer("round", round);
        r.integer("minFee", fee);
        if (r.ok()) {
            a.genesisHash =
                QByteArray::fromBase64(hash.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (a.genesisHash.size() != 32)
                r.fail("genesisHash",
                       QCoreApplication::translate("Domain", "must be 32 bytes in base64"));
            if (round < 0 || fee < 0)
                r.fail("round", QCoreApplication::translate("Domain", "and minFee must be >= 0"));
        }
        a.round = quint64(std::max<qint64>(0, round));
        a.minFee = quint64(std::max<qint64>(0, fee));
    } else if (r.ok() && a.chain == QLatin1String("bitcoin")) {
        r.str("addressNetwork", a.addressNetwork, false);
        r.integer("height", a.height);
        r.list("utxos", a.utxos, false);
    } else if (r.ok() && a.chain == QLatin1String("starknet")) {
        r.str("chainId", a.chainId);
        r.boolean("deployed", a.deployed);
        r.str("publicKey", a.publicKey, false);
        r.integer("nonce", a.nonce);
        if (r.ok() && a.nonce < 0)
            r.fail("nonce", QCoreApplication::translate("Domain", "must be >= 0"));
    }
    return finish(r, a);
}

std::optional<Error> errorFromJson(const QJsonObject &o)
{
    Reader outer(o, "error reply");
    const QJsonObject inner = outer.object("error");
    if (!outer.ok())
        return std::nullopt;
    Reader r(inner, "error");
    Error e;
    r.str("code", e.code);
    r.str("message", e.message);
    if (!r.ok())
        return std::nullopt;
    return e;
}

QJsonObject errorToJson(const Error &e)
{
    return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), e.code},
                                                  {QStringLiteral("message"), e.message}}}};
}

} // namespace fb
