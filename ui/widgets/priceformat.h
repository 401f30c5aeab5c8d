// PriceFormat: the marketplace's Formats (models/formats.h) with the user's display currency
// from Settings: platform prices (USD x 10^7) in USD, EUR or XLM at the node's rates.
#pragma once

#include "models/formats.h"
#include "models/marketservice.h"

#include <QList>
#include <QString>

namespace fb::ui {

class PriceFormat : public Formats
{
public:
    PriceFormat() = default;
    // "$0.0042", "1,25 €", "0.0210 XLM": Formats::money.
    QString format(qint64 usd7) const { return money(usd7); }

    // The user's display currency: QSettings "ui/displayCurrency" (USD, EUR or XLM), USD when
    // unset or unknown.
    static QString preferredCurrency();
    // The display currency at the node's rates (USD when the rate is missing).
    static PriceFormat preferred(const QList<Rate> &rates);
};

} // namespace fb::ui
