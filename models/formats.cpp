#include "models/formats.h"

#include "models/dealsmodel.h"
#include "models/marketservice.h"
#include "wallet/reviewtext.h"
#include "wallet/txreview.h"

#include <QRegularExpression>

#include <cmath>

namespace fb {

namespace {

// The QoS tiers in the platform's order, with their names for translation.
struct TierName
{
    const char *key;
    const char *name;
};
constexpr TierName kTiers[] = {
    {"bronze", QT_TRANSLATE_NOOP("Formats", "Bronze")},
    {"silver", QT_TRANSLATE_NOOP("Formats", "Silver")},
    {"gold", QT_TRANSLATE_NOOP("Formats", "Gold")},
    {"platinum", QT_TRANSLATE_NOOP("Formats", "Platinum")},
};

} // namespace

Formats::Formats() = default;

Formats::Formats(const QLocale &locale, const QString &currency, double ratePerUsd)
    : m_locale(locale)
    , m_fixedLocale(true)
{
    setCurrency(currency, ratePerUsd);
}

QLocale Formats::locale() const
{
    const QLocale l = m_fixedLocale ? m_locale : QLocale();
    if (l.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return l;
}

void Formats::setCurrency(const QString &code, double ratePerUsd)
{
    m_code = code.isEmpty() ? QStringLiteral("USD") : code.toUpper();
    m_rate = ratePerUsd > 0 ? ratePerUsd : 1.0;
}

bool Formats::setFromRates(const QString &code, const QList<Rate> &rates)
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

double Formats::toDisplay(qint64 usd7) const
{
    return double(usd7) / 1e7 * m_rate;
}

qint64 Formats::fromDisplay(double value) const
{
    return qint64(std::llround(value / m_rate * 1e7));
}

QString Formats::money(qint64 usd7) const
{
    const double v = toDisplay(usd7);
    const int decimals = std::fabs(v) >= 1.0 || v == 0.0 ? 2 : 4;
    if (m_code == QLatin1String("USD"))
        return locale().toCurrencyString(v, QStringLiteral("$"), decimals);
    if (m_code == QLatin1String("EUR"))
        return locale().toCurrencyString(v, QStringLiteral("€"), decimals);
    return locale().toString(v, 'f', decimals) + QChar(0x00A0) + m_code;
}

QString Formats::usd(qint64 usd7) const
{
    Formats f(m_locale);
    return f.money(usd7);
}

QString Formats::integer(qint64 n) const
{
    return locale().toString(n);
}

QString Formats::fixed(double v, int decimals) const
{
    QString s = locale().toString(v, 'f', qMax(0, decimals));
    const QString point = locale().decimalPoint();
    if (decimals > 0 && s.contains(point)) {
        while (s.endsWith(locale().zeroDigit()))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    if (s == locale().negativeSign() + locale().zeroDigit())
        s = locale().zeroDigit();
    return s;
}

QString Formats::number(double v, int significant) const
{
    if (v == 0.0 || !std::isfinite(v))
        return fixed(std::isfinite(v) ? v : 0.0, 0);
    const int magnitude = int(std::floor(std::log10(std::fabs(v))));
    const int decimals = qMax(0, significant - 1 - magnitude);
    return fixed(v, decimals);
}

QString Formats::percent(double percent, int decimals) const
{
    // The % sign after a (narrow) space, as fr and de write it and en reads well.
    return fixed(percent, decimals) + QChar(0x00A0) + locale().percent();
}

QString Formats::size(qint64 bytes) const
{
    static const char *const kUnits[] = {
        QT_TRANSLATE_NOOP("Formats", "%1 B"),  QT_TRANSLATE_NOOP("Formats", "%1 KB"),
        QT_TRANSLATE_NOOP("Formats", "%1 MB"), QT_TRANSLATE_NOOP("Formats", "%1 GB"),
        QT_TRANSLATE_NOOP("Formats", "%1 TB"), QT_TRANSLATE_NOOP("Formats", "%1 PB"),
    };
    const bool negative = bytes < 0;
    double v = std::fabs(double(bytes));
    int unit = 0;
    while (v >= 1000.0 && unit < 5) {
        v /= 1000.0;
        ++unit;
    }
    QString digits;
    if (unit == 0) {
        digits = locale().toString(qint64(v));
    } else {
        // Three significant digits; a value that rounds up to 1000 moves to the next unit.
        const int magnitude = int(std::floor(std::log10(v)));
        const int decimals = qMax(0, 2 - magnitude);
        const double scale = std::pow(10.0, decimals);
        if (std::round(v * scale) / scale >= 1000.0 && unit < 5) {
            v /= 1000.0;
            ++unit;
            digits = fixed(v, 2);
        } else {
            digits = fixed(v, decimals);
        }
    }
    if (negative)
        digits.prepend(locale().negativeSign());
    return tr(kUnits[unit]).arg(digits);
}

QString Formats::speed(double bytesPerSecond) const
{
    return tr("%1/s").arg(size(qint64(std::llround(qMax(0.0, bytesPerSecond)))));
}

QString Formats::coin(qint64 units, const QString &currency) const
{
    const int dec = currencyDecimals(currency);
    if (dec < 0)
        return locale().toString(units) + QChar(0x00A0) + currency;
    const bool negative = units < 0;
    const quint64 mag = negative ? quint64(0) - quint64(units) : quint64(units);
    quint64 scale = 1;
    for (int i = 0; i < dec; ++i)
        scale *= 10;
    QString text = locale().toString(qulonglong(mag / scale));
    if (dec > 0) {
        QString frac = QStringLiteral("%1").arg(mag % scale, dec, 10, QLatin1Char('0'));
        while (frac.endsWith(QLatin1Char('0')))
            frac.chop(1);
        if (!frac.isEmpty()) {
            // The locale's digits for the fraction too (they are ASCII in en, fr and de).
            QString localFrac;
            for (const QChar c : frac)
                localFrac += locale().toString(c.digitValue());
            text += locale().decimalPoint() + localFrac;
        }
    }
    if (negative)
        text.prepend(locale().negativeSign());
    return text + QChar(0x00A0) + currency;
}

Result<qint64> Formats::parseCoin(const QString &typed, int decimals) const
{
    const QLocale loc = locale();
    const QString dec = loc.decimalPoint();
    QString group = loc.groupSeparator();
    auto bad = [&] {
        return Result<qint64>::failure(
            QStringLiteral("bad_amount"),
            tr("\"%1\" is not an amount: write digits with at most %n decimals, e.g. %2.", nullptr,
               decimals)
                .arg(typed.trimmed(), coinExample()));
    };
    // Spaces of every kind group digits in French and are never decimal separators.
    QString t;
    for (const QChar c : typed)
        if (!c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F))
            t += c;
    if (group.trimmed().isEmpty() || group == QString(QChar(0x00A0)) ||
        group == QString(QChar(0x202F)))
        group.clear(); // already removed with the spaces
    if (t.isEmpty())
        return bad();
    // A point where the locale writes a comma and groups with spaces (fr): the same decimal.
    if (dec != QLatin1String(".") && group.isEmpty())
        t.replace(QLatin1Char('.'), dec);
    const qsizetype decAt = t.indexOf(dec);
    if (decAt >= 0 && t.indexOf(dec, decAt + dec.size()) >= 0)
        return bad();
    QString whole = decAt >= 0 ? t.left(decAt) : t;
    const QString frac = decAt >= 0 ? t.mid(decAt + dec.size()) : QString();
    if (!group.isEmpty() && whole.contains(group)) {
        // Groups of three digits after the first: "1,234" but not "1,5" or "12,34".
        const QStringList parts = whole.split(group);
        if (parts.first().isEmpty() || parts.first().size() > 3)
            return bad();
        for (qsizetype i = 1; i < parts.size(); ++i)
            if (parts.at(i).size() != 3)
                return bad();
        whole = parts.join(QString());
    }
    if (!frac.isEmpty() && !group.isEmpty() && frac.contains(group))
        return bad();
    auto units = parseUnits(decAt >= 0 ? whole + QLatin1Char('.') + frac : whole, decimals);
    if (!units)
        return bad();
    return units;
}

QString Formats::coinExample() const
{
    return QStringLiteral("12") + locale().decimalPoint() + QStringLiteral("5");
}

QString Formats::digits(const QString &digits) const
{
    const QLocale loc = locale();
    const QString sep =
        loc.numberOptions() & QLocale::OmitGroupSeparator ? QString() : loc.groupSeparator();
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += sep;
        const int d = digits.at(i).digitValue();
        out += d < 0 ? QString(digits.at(i)) : loc.toString(d);
    }
    return out;
}

QString Formats::units(const QString &baseUnits, int decimals, const QString &unit) const
{
    const QLocale loc = locale();
    const bool negative = baseUnits.startsWith(QLatin1Char('-'));
    QString plain = formatUnits(negative ? baseUnits.mid(1) : baseUnits, decimals);
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    QString text = digits(point < 0 ? plain : plain.left(point));
    if (point >= 0) {
        text += loc.decimalPoint();
        for (const QChar c : plain.mid(point + 1))
            text += loc.toString(c.digitValue());
    }
    if (negative)
        text.prepend(loc.negativeSign());
    return unit.isEmpty() ? text : text + QChar(0x00A0) + unit;
}

void Formats::installReviewFormatter(const QLocale &locale)
{
    if (locale.language() == QLocale::C || locale.language() == QLocale::English) {
        review::setFormatter({});
        return;
    }
    Formats f(locale);
    review::Formatter rf;
    rf.amount = [f](const QString &base, int decimals, const QString &unit) {
        return f.units(base, decimals, unit);
    };
    rf.integer = [f](const QString &d) { return f.digits(d); };
    rf.dateTime = [f](const QDateTime &t) -> QString {
        if (!t.isValid())
            return f.dateTime(t);
        const QDateTime local = t.toLocalTime();
        return f.dateTime(local) + QLatin1Char(' ') + local.timeZoneAbbreviation();
    };
    review::setFormatter(rf);
}

QString Formats::datePattern() const
{
    // The locale's long date without the weekday and with the month abbreviated: four-digit
    // year, month by name, so 12/5/27 can't be read two ways.
    QString pattern = locale().dateFormat(QLocale::LongFormat);
    pattern.remove(QRegularExpression(QStringLiteral("dddd[,.]?\\s*")));
    pattern.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    if (!pattern.contains(QStringLiteral("yyyy")))
        pattern.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return pattern.trimmed();
}

QString Formats::date(const QDate &d) const
{
    return d.isValid() ? locale().toString(d, datePattern()) : QStringLiteral("—");
}

QString Formats::date(const QDateTime &t) const
{
    return t.isValid() ? date(t.toLocalTime().date()) : QStringLiteral("—");
}

QString Formats::dateTime(const QDateTime &t) const
{
    if (!t.isValid())
        return QStringLiteral("—");
    const QDateTime local = t.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') +
           locale().toString(local.time(), QLocale::ShortFormat);
}

QString Formats::tier(const QString &tier)
{
    const QString key = tier.trimmed().toLower();
    for (const TierName &t : kTiers) {
        if (key == QLatin1String(t.key))
            return tr(t.name);
    }
    return tier;
}

QStringList Formats::tierKeys()
{
    QStringList keys;
    for (const TierName &t : kTiers)
        keys << QString::fromLatin1(t.key);
    return keys;
}

QString Formats::dealState(DealState s)
{
    return DealsModel::stateText(dealStateName(s));
}

} // namespace fb
