// PriceFormat: how the marketplace shows platform prices (USD x 10^7) in the user's currency:
// the display currency and its rate per US dollar, with 2 to 4 decimals.
#pragma once

#include "models/marketservice.h"

#include <QList>
#include <QString>

namespace fb::ui {

class PriceFormat
{
public:
    // rate: display-currency units per 1 USD (1.0 for USD).
    void setCurrency(const QString &code, double ratePerUsd);
    QString currency() const { return m_code; }
    double rate() const { return m_rate; }
    // The amount in the display currency as a number (for spin boxes and comparisons).
    double toDisplay(qint64 usd7) const;
    qint64 fromDisplay(double value) const;
    // "$0.0042", "$1.25", "0.0210 GBP": 2 decimals at or above 1, 4 below it.
    QString format(qint64 usd7) const;

    // The user's display currency: QSettings "ui/displayCurrency" (USD, EUR or XLM), USD when
    // unset or unknown.
    static QString preferredCurrency();
    // Sets code at the node's rate (MarketService::rates). Without a rate for code, falls back to
    // USD and returns false.
    bool setFromRates(const QString &code, const QList<Rate> &rates);

private:
    QString m_code = QStringLiteral("USD");
    double m_rate = 1.0;
};

} // namespace fb::ui
