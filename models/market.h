// The marketplace as the SLA optimizer sees it: every cached offer (a locked offer is one in use,
// still open to new SLAs while it has room) and the providers behind them.
#pragma once

#include "wire/domain.h"
#include "wallet/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace fb {

struct MarketSnapshot
{
    QList<Offer> offers;
    QHash<QString, Provider> providers;
};

Result<MarketSnapshot> loadMarket(QSqlDatabase db);
// Distinct regions and countries among cached offers, sorted.
QStringList cachedRegions(QSqlDatabase db);
QStringList cachedCountries(QSqlDatabase db);

} // namespace fb
