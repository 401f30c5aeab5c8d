// PriceFormat: the marketplace's Formats (models/formats.h) with the user's display currency
// from Settings: platform prices (USD x 10^7) in USD, EUR or XLM at the node's rates.
#pragma once

#include "models/formats.h"
#include "models/marketservice.h"

#include <QList>
#include <QObject>
#include <QString>

namespace fb::ui {

// Says when the user picks another display currency (Settings > Prices in), so every page that
// shows money formats it again at once, not after a restart.
class DisplayCurrencyNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void changed(const QString &code);
};

class PriceFormat : public Formats
{
public:
    PriceFormat() = default;
    // "$0.0042", "1,25 €", "0.0210 XLM": Formats::money.
    QString format(qint64 usd7) const { return money(usd7); }

    // The user's display currency: QSettings "ui/displayCurrency" (USD, EUR or XLM), USD when
    // unset or unknown.
    static QString preferredCurrency();
    // Keeps code as the display currency and, when it differs, tells notifier()'s listeners.
    static void setPreferredCurrency(const QString &code);
    // The application's notifier (changed() after every setPreferredCurrency() that changes it).
    static DisplayCurrencyNotifier *notifier();
    // The display currency at the node's rates (USD when the rate is missing).
    static PriceFormat preferred(const QList<Rate> &rates);
};

} // namespace fb::ui
