// Formats: the one place that turns numbers, sizes, coin amounts, prices and dates into text for
// the user, in the user's locale and chosen display currency; and the names of tiers and deal
// states in the user's language. Models and pages format through it, never by hand.
#pragma once

#include "wallet/result.h"
#include "wire/domain.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace fb {

struct Rate;

class Formats
{
    Q_DECLARE_TR_FUNCTIONS(Formats)
public:
    // The default locale (QLocale(), set by the language chosen) and US dollars.
    Formats();
    explicit Formats(const QLocale &locale, const QString &currency = QStringLiteral("USD"),
                     double ratePerUsd = 1.0);

    // The locale given, else the default locale at the time of each call. The "C" locale (no
    // language chosen and none in the environment) reads as US English: "$1.18", not "1.18$".
    QLocale locale() const;
    void setLocale(const QLocale &locale)
    {
        m_locale = locale;
        m_fixedLocale = true;
    }

    // ---- display currency: platform prices (USD x 10^7) shown in USD, EUR or XLM ----
    // rate: display-currency units per 1 USD (1.0 for USD).
    void setCurrency(const QString &code, double ratePerUsd);
    QString currency() const { return m_code; }
    double rate() const { return m_rate; }
    // Sets code at the node's rate. Without a rate for code, falls back to USD and returns false.
    bool setFromRates(const QString &code, const QList<Rate> &rates);
    // The amount in the display currency as a number (for spin boxes and comparisons).
    double toDisplay(qint64 usd7) const;
    qint64 fromDisplay(double value) const;
    // A platform amount in the display currency: "$1.18", "1,10 €", "0.0210 XLM"; 2 decimals at
    // or above 1, 4 below it (fractions of a cent matter for per-GB prices).
    QString money(qint64 usd7) const;
    // The same, always in US dollars (what the platform's contracts are written in).
    QString usd(qint64 usd7) const;

    // ---- plain numbers ----
    QString integer(qint64 n) const;
    // v with `significant` significant digits, trailing zeros dropped: 4.73, 100, 0.0765.
    QString number(double v, int significant = 3) const;
    // A percentage with up to `decimals` decimals, trailing zeros dropped: "99.9 %", "99,95 %".
    QString percent(double percent, int decimals = 2) const;
    // Basis points (1/100 %) as a percentage: 9995 -> "99.95 %".
    QString percentBps(qint64 bps) const { return percent(double(bps) / 100.0, 2); }

    // ---- sizes: decimal units (1 GB = 10^9 bytes), three significant digits ----
    // "512 B", "143 MB", "4.73 GB", "100 GB"; French "4,73 Go".
    QString size(qint64 bytes) const;
    // Bytes per second: "4.8 MB/s".
    QString speed(double bytesPerSecond) const;

    // ---- coin amounts: exact, in the coin's own decimals, trailing zeros dropped ----
    // units in the currency's smallest unit: (47328000, "XLM") -> "4.7328 XLM", "4,7328 XLM".
    // A currency of unknown decimals shows the units as they are.
    QString coin(qint64 units, const QString &currency) const;
    QString coin(const Amount &a) const { return coin(a.units, a.currency); }
    // A coin amount the user typed, in the smallest unit of a coin with `decimals` decimals.
    // Takes the locale's decimal separator (and a point where the locale groups digits with
    // spaces, as French does) and well-placed group separators: "1 234,5" (fr), "1.234,5" (de),
    // "1,234.5" (en). Anything else, such as "1,5" in English, is refused rather than guessed.
    // Errors are in the user's language: bad_amount.
    Result<qint64> parseCoin(const QString &text, int decimals) const;
    // The example amount 12.5 as the user writes it: "12.5", "12,5".
    QString coinExample() const;
    // An exact amount of any size given as base-unit digits with the unit's decimals, as coin()
    // writes it: ("15000000", 7, "XLM") -> "1,5 XLM" in French. An empty unit gives the number.
    QString units(const QString &baseUnits, int decimals, const QString &unit) const;
    // Digits of any length grouped the locale's way: "15000000" -> "15 000 000" (fr).
    QString digits(const QString &digits) const;
    // The transaction review (wallet/reviewtext.h) in the locale: amounts as units(), dates as
    // dateTime() with the time zone. English and C keep the review's plain forms (what the CLI
    // prints); Language::install calls this with the language chosen.
    static void installReviewFormatter(const QLocale &locale);

    // ---- dates: unambiguous, with the month's name and a four-digit year ----
    // "Dec 5, 2027" (en), "5 déc. 2027" (fr), "5. Dez. 2027" (de).
    QString date(const QDate &d) const;
    // The local date and time: "Dec 5, 2027 14:05" / "5 déc. 2027 14:05". Invalid: "—".
    QString dateTime(const QDateTime &t) const;
    QString date(const QDateTime &t) const;
    // The pattern date() uses for this locale (for date edits).
    QString datePattern() const;

    // ---- words ----
    // A QoS tier ("bronze", "silver", "gold", "platinum") in the user's language; others as is.
    static QString tier(const QString &tier);
    static QStringList tierKeys();
    // A deal state in the user's language ("Funded" -> "Finanziert").
    static QString dealState(DealState s);

private:
    QString fixed(double v, int decimals) const; // trailing zeros dropped

    QLocale m_locale;
    bool m_fixedLocale = false;
    QString m_code = QStringLiteral("USD");
    double m_rate = 1.0;
};

} // namespace fb
