#include "ui/widgets/priceformat.h"

#include "ui/settingskeys.h"

#include <QLocale>
#include <QSettings>

#include <cmath>

namespace fb::ui {

void PriceFormat::setCurrency(const QString &code, double ratePerUsd)
{
    m_code = code.isEmpty() ? QStringLiteral("USD") : code.toUpper();
    m_rate = ratePerUsd > 0 ? ratePerUsd : 1.0;
}

double PriceFormat::toDisplay(qint64 usd7) const
{
    return double(usd7) / 1e7 * m_rate;
}

qint64 PriceFormat::fromDisplay(double value) const
{
    return qint64(std::llround(value / m_rate * 1e7));
}

QString PriceFormat::format(qint64 usd7) const
{
    const double v = toDisplay(usd7);
    // Fractions of a cent matter for per-GB prices; a column of them aligns at 4 decimals.
    const int decimals = std::fabs(v) >= 1.0 || v == 0.0 ? 2 : 4;
    const QString number = QLocale().toString(v, 'f', decimals);
    if (m_code == QLatin1String("USD"))
        return QLatin1Char('$') + number;
    if (m_code == QLatin1String("EUR"))
        return QStringLiteral("€") + number;
    return number + QLatin1Char(' ') + m_code;
}

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

bool PriceFormat::setFromRates(const QString &code, const QList<Rate> &rates)
{
    const QString want = code.toUpper();
    if (want == QLatin1String("USD")) {
        setCurrency(want, 1.0);
        return true;
    }
    for (const Rate &r : rates) {
        if (r.currency == want && r.usd7PerCoin > 0) {
            setCurrency(want, 1e7 / double(r.usd7PerCoin));
            return true;
        }
    }
    setCurrency(QStringLiteral("USD"), 1.0);
    return false;
}

} // namespace fb::ui
