#include "ui/widgets/priceformat.h"

#include "ui/settingskeys.h"

#include <QSettings>

namespace fb::ui {

QString PriceFormat::preferredCurrency()
{
    const QString code = QSettings()
                             .value(SettingsKeys::displayCurrency(), QStringLiteral("USD"))
                             .toString()
                             .trimmed()
                             .toUpper();
    if (code == QLatin1String("EUR") || code == QLatin1String("XLM"))
        return code;
    return QStringLiteral("USD");
}

void PriceFormat::setPreferredCurrency(const QString &code)
{
    const QString before = preferredCurrency();
    QSettings().setValue(SettingsKeys::displayCurrency(), code);
    const QString now = preferredCurrency();
    if (now != before)
        Q_EMIT notifier()->changed(now);
}

DisplayCurrencyNotifier *PriceFormat::notifier()
{
    static auto *n = new DisplayCurrencyNotifier; // lives as long as the process
    return n;
}

PriceFormat PriceFormat::preferred(const QList<Rate> &rates)
{
    PriceFormat f;
    f.setFromRates(preferredCurrency(), rates);
    return f;
}

} // namespace fb::ui
