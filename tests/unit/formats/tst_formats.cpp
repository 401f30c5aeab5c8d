// Formats in English, French and German: sizes with three significant digits and the locale's
// decimal separator (no "100.00 GB" beside "4.7328 XLM"), exact coin amounts, platform prices in
// the chosen currency (EUR at the node's rate), percentages and dates with the month's name and a
// four-digit year (never 12/5/27).
#include "models/formats.h"
#include "models/marketservice.h"

#include <QTest>

using namespace fb;

namespace {

// Qt writes the space before "€" or "%" and between thousands as a no-break space (U+00A0 or
// the narrow U+202F, as the locale data says); the test reads them all as one plain space.
QString plain(QString s)
{
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    s.replace(QChar(0x202F), QLatin1Char(' '));
    return s;
}

QLocale localeOf(const QString &lang)
{
    return QLocale(lang);
}

} // namespace

class tst_Formats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizes_data();
    void sizes();
    void coins_data();
    void coins();
    void typedCoins_data();
    void typedCoins();
    void typedCoinsRoundTrip();
    void money_data();
    void money();
    void percent_data();
    void percent();
    void dates_data();
    void dates();
    void ratesFallBackToUsd();
    void tiersAndStatesKeepUnknownWords();
};

void tst_Formats::sizes_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 0") << "en" << qint64(0) << "0 B";
    QTest::newRow("en 512 B") << "en" << qint64(512) << "512 B";
    QTest::newRow("en 1.5 KB") << "en" << qint64(1500) << "1.5 KB";
    QTest::newRow("en 143 MB") << "en" << qint64(143'100'000) << "143 MB";
    QTest::newRow("en 4.73 GB") << "en" << qint64(4'732'800'000) << "4.73 GB";
    QTest::newRow("en 4 GB") << "en" << qint64(4'000'000'000) << "4 GB";
    QTest::newRow("en 100 GB") << "en" << qint64(100'000'000'000) << "100 GB";
    QTest::newRow("en rounds up a unit") << "en" << qint64(999'700'000) << "1 GB";
    QTest::newRow("en 12.3 TB") << "en" << qint64(12'345'000'000'000) << "12.3 TB";
    QTest::newRow("fr 4,73 GB") << "fr" << qint64(4'732'800'000) << "4,73 GB";
    QTest::newRow("fr 100 GB") << "fr" << qint64(100'000'000'000) << "100 GB";
    QTest::newRow("de 4,73 GB") << "de" << qint64(4'732'800'000) << "4,73 GB";
    QTest::newRow("de 1,5 KB") << "de" << qint64(1500) << "1,5 KB";
}

void tst_Formats::sizes()
{
    QFETCH(QString, lang);
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    // Without a translator installed the unit words are the English ones; the number is the
    // locale's.
    QCOMPARE(plain(Formats(localeOf(lang)).size(bytes)), expected);
}

void tst_Formats::coins_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en XLM") << "en" << qint64(47'328'000) << "XLM"
                            << "4.7328 XLM";
    QTest::newRow("en whole") << "en" << qint64(10'000'000) << "XLM"
                              << "1 XLM";
    QTest::newRow("en grouped") << "en" << qint64(123'456'789'012'345) << "XLM"
                                << "12,345,678.9012345 XLM";
    QTest::newRow("en ALGO") << "en" << qint64(1'500'000) << "ALGO"
                             << "1.5 ALGO";
    QTest::newRow("en BTC sat") << "en" << qint64(1) << "BTC"
                                << "0.00000001 BTC";
    QTest::newRow("en negative") << "en" << qint64(-25'000'000) << "XLM"
                                 << "-2.5 XLM";
    QTest::newRow("fr XLM") << "fr" << qint64(47'328'000) << "XLM"
                            << "4,7328 XLM";
    QTest::newRow("fr grouped") << "fr" << qint64(123'456'789'012'345) << "XLM"
                                << "12 345 678,9012345 XLM";
    QTest::newRow("de XLM") << "de" << qint64(47'328'000) << "XLM"
                            << "4,7328 XLM";
    QTest::newRow("de grouped") << "de" << qint64(123'456'789'012'345) << "XLM"
                                << "12.345.678,9012345 XLM";
    QTest::newRow("de STRK") << "de" << qint64(2'000'000'001) << "STRK"
                             << "2,000000001 STRK";
}

void tst_Formats::coins()
{
    QFETCH(QString, lang);
    QFETCH(qint64, units);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(plain(Formats(localeOf(lang)).coin(units, currency)), expected);
}

// What a user types in Send: the locale's own way, or a refusal (never a guess that moves the
// amount by a factor of a thousand). expected -1: refused.
void tst_Formats::typedCoins_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("en plain") << "en"
                              << "12.5" << 7 << qint64(125'000'000);
    QTest::newRow("en grouped") << "en"
                                << "1,234.5" << 7 << qint64(12'345'000'000);
    QTest::newRow("en comma decimal refused") << "en"
                                              << "1,5" << 7 << qint64(-1);
    QTest::newRow("en two points") << "en"
                                   << "1.2.3" << 7 << qint64(-1);
    QTest::newRow("en too many decimals") << "en"
                                          << "0.1234567" << 6 << qint64(-1);
    QTest::newRow("en letters") << "en"
                                << "12 XLM" << 7 << qint64(-1);
    QTest::newRow("en empty") << "en"
                              << "  " << 7 << qint64(-1);
    QTest::newRow("fr comma") << "fr"
                              << "12,5" << 7 << qint64(125'000'000);
    QTest::newRow("fr point too") << "fr"
                                  << "12.5" << 7 << qint64(125'000'000);
    QTest::newRow("fr spaces") << "fr"
                               << "1 234,5" << 6 << qint64(1'234'500'000);
    QTest::newRow("fr narrow space")
        << "fr" << QString::fromUtf8("1\u202f234,5") << 6 << qint64(1'234'500'000);
    QTest::newRow("de comma") << "de"
                              << "0,0025" << 8 << qint64(250'000);
    QTest::newRow("de grouped") << "de"
                                << "1.234,5" << 7 << qint64(12'345'000'000);
    QTest::newRow("de point alone refused") << "de"
                                            << "1.5" << 7 << qint64(-1);
    QTest::newRow("de STRK nine") << "de"
                                  << "7,5" << 9 << qint64(7'500'000'000);
}

void tst_Formats::typedCoins()
{
    QFETCH(QString, lang);
    QFETCH(QString, typed);
    QFETCH(int, decimals);
    QFETCH(qint64, expected);
    const auto r = Formats(localeOf(lang)).parseCoin(typed, decimals);
    if (expected < 0) {
        QVERIFY2(!r, qPrintable(QString::number(r ? *r : 0)));
        QCOMPARE(r.error().code, QStringLiteral("bad_amount"));
        // The error shows the example the user's way.
        QVERIFY(r.error().message.contains(Formats(localeOf(lang)).coinExample()));
    } else {
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(*r, expected);
    }
}

// What Formats writes, Formats reads back: a user can paste a shown balance into Send.
void tst_Formats::typedCoinsRoundTrip()
{
    for (const char *lang : {"en", "fr", "de"}) {
        const Formats f(localeOf(QString::fromLatin1(lang)));
        for (qint64 units : {qint64(1), qint64(47'328'000), qint64(123'456'789'012'345)}) {
            QString shown = f.coin(units, QStringLiteral("XLM"));
            shown.chop(4); // " XLM"
            const auto r = f.parseCoin(shown, 7);
            QVERIFY2(r, qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(lang), shown)));
            QCOMPARE(*r, units);
        }
    }
}

void tst_Formats::money_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("usd7");
    QTest::addColumn<QString>("expected");
    // 1.18 USD; EUR at 0.92 per dollar is 1.0856 EUR.
    QTest::newRow("en USD") << "en"
                            << "USD" << qint64(11'800'000) << "$1.18";
    QTest::newRow("en USD cents") << "en"
                                  << "USD" << qint64(765'000) << "$0.0765";
    QTest::newRow("en EUR") << "en"
                            << "EUR" << qint64(11'800'000) << "€1.09";
    QTest::newRow("en XLM") << "en"
                            << "XLM" << qint64(11'800'000) << "10.73 XLM";
    QTest::newRow("fr USD") << "fr"
                            << "USD" << qint64(11'800'000) << "1,18 $";
    QTest::newRow("fr EUR") << "fr"
                            << "EUR" << qint64(11'800'000) << "1,09 €";
    QTest::newRow("fr EUR big") << "fr"
                                << "EUR" << qint64(12'345'670'000'000) << "1 135 801,66 €";
    QTest::newRow("de EUR") << "de"
                            << "EUR" << qint64(11'800'000) << "1,09 €";
    QTest::newRow("de EUR cents") << "de"
                                  << "EUR" << qint64(765'000) << "0,0704 €";
}

void tst_Formats::money()
{
    QFETCH(QString, lang);
    QFETCH(QString, currency);
    QFETCH(qint64, usd7);
    QFETCH(QString, expected);
    // The node's rates: USD x 10^7 per coin. 1 EUR = 1.0869565 USD (0.92 EUR per dollar);
    // 1 XLM = 0.11 USD.
    const QList<Rate> rates = {{QStringLiteral("EUR"), 10'869'565, QStringLiteral("test")},
                               {QStringLiteral("XLM"), 1'100'000, QStringLiteral("test")}};
    Formats f(localeOf(lang));
    QVERIFY(f.setFromRates(currency, rates));
    QCOMPARE(f.currency(), currency);
    QCOMPARE(plain(f.money(usd7)), expected);
    // The contract's own dollars stay dollars whatever the display currency.
    QVERIFY(f.usd(usd7).contains(QLatin1Char('$')));
}

void tst_Formats::percent_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<qint64>("bps");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en" << qint64(9995) << "99.95 %";
    QTest::newRow("en whole") << "en" << qint64(9900) << "99 %";
    QTest::newRow("fr") << "fr" << qint64(9995) << "99,95 %";
    QTest::newRow("de") << "de" << qint64(9950) << "99,5 %";
}

void tst_Formats::percent()
{
    QFETCH(QString, lang);
    QFETCH(qint64, bps);
    QFETCH(QString, expected);
    QCOMPARE(plain(Formats(localeOf(lang)).percentBps(bps)), expected);
}

void tst_Formats::dates_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en"
                        << "Dec 5, 2027";
    QTest::newRow("en_GB") << "en_GB"
                           << "5 Dec 2027";
    QTest::newRow("fr") << "fr"
                        << "5 déc. 2027";
    QTest::newRow("de") << "de"
                        << "5. Dez. 2027";
}

void tst_Formats::dates()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    const Formats f(localeOf(lang));
    QCOMPARE(plain(f.date(QDate(2027, 12, 5))), expected);
    // The date and time: the same date, then the time.
    const QDateTime t(QDate(2027, 12, 5), QTime(14, 5));
    QVERIFY2(plain(f.dateTime(t)).startsWith(expected + QLatin1Char(' ')),
             qPrintable(f.dateTime(t)));
    QVERIFY(f.dateTime(t).contains(QStringLiteral("05")));
    QCOMPARE(f.date(QDate()), QStringLiteral("—"));
}

void tst_Formats::ratesFallBackToUsd()
{
    Formats f(QLocale(QStringLiteral("de")));
    QVERIFY(!f.setFromRates(QStringLiteral("EUR"), {}));
    QCOMPARE(f.currency(), QStringLiteral("USD"));
    QCOMPARE(plain(f.money(11'800'000)), QStringLiteral("1,18 $"));
    // A display amount read back (a spin box) is the same platform amount.
    f.setCurrency(QStringLiteral("EUR"), 0.92);
    QCOMPARE(f.fromDisplay(f.toDisplay(11'800'000)), qint64(11'800'000));
}

void tst_Formats::tiersAndStatesKeepUnknownWords()
{
    QCOMPARE(Formats::tier(QStringLiteral("gold")), QStringLiteral("Gold"));
    QCOMPARE(Formats::tier(QStringLiteral("Platinum")), QStringLiteral("Platinum"));
    QCOMPARE(Formats::tier(QStringLiteral("mythril")), QStringLiteral("mythril"));
    QCOMPARE(Formats::tierKeys(),
             (QStringList{QStringLiteral("bronze"), QStringLiteral("silver"),
                          QStringLiteral("gold"), QStringLiteral("platinum")}));
    QCOMPARE(Formats::dealState(DealState::BreachedProvider),
             QStringLiteral("Breached by provider"));
}

QTEST_GUILESS_MAIN(tst_Formats)
#include "tst_formats.moc"
