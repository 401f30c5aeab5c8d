#include "models/market.h"

#include "models/cachestore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace fb {

namespace {

QStringList distinct(QSqlDatabase db, const char *column)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM offers ORDER BY %1")
                   .arg(QLatin1String(column)))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace

Result<MarketSnapshot> loadMarket(QSqlDatabase db)
{
    MarketSnapshot m;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT data FROM providers")))
        return Result<MarketSnapshot>::failure(QStringLiteral("cache"), q.lastError().text());
    while (q.next()) {
        auto p = Provider::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        if (p)
            m.providers.insert(p->id, *p);
    }
    auto offers = CacheStore(db).offers();
    if (!offers)
        return Result<MarketSnapshot>::failure(QStringLiteral("cache"), offers.error().message);
    for (Offer &o : *offers) {
        if (m.providers.contains(o.providerId))
            m.offers.append(std::move(o));
    }
    return m;
}

QStringList cachedRegions(QSqlDatabase db)
{
    return distinct(db, "region");
}

QStringList cachedCountries(QSqlDatabase db)
{
    return distinct(db, "country");
}

} // namespace fb
