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

PriceFormat PriceFormat::preferred(const QList<Rate> &rates)
{
    PriceFormat f;
    f.setFromRates(preferredCurrency(), rates);
    return f;
}

} // namespace fb::ui
