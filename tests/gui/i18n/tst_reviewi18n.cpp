// The transaction review a user reads before signing (the signing dialog and the offline
// signer), in French and German with the app's real translations: a Stellar payment, an Algorand
// payment, a Bitcoin PSBT and a Starknet STRK transfer are rendered as SignDialog shows them, with
// the offline signer's validity line. Amounts read the locale's way ("1,5 XLM"), base units are
// grouped digits, dates name the month, and no English review word is left (the chain's own
// operation name may stay in parentheses: "paiement (payment)"). In English the review is the
// plain text the command-line tools print, word for word.
#include "ui/dialogs/signdialog.h"
#include "ui/language.h"

#include "wallet/algorand.h"
#include "wallet/keystore.h"
#include "wallet/offlinetx.h"
#include "wallet/reviewtext.h"
#include "wallet/slip10.h"
#include "wallet/starknet.h"
#include "wallet/starknettx.h"
#include "wallet/stellar.h"
#include "wallet/strkey.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace fb;

namespace {

const char *kPhrase = "abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                      "abandon abandon about";
// One P2WPKH input of 100000 sats, outputs of 60000 and 39000 sats (tests/unit/offlinetx).
const char *kPsbt =
    "cHNidP8BAHECAAAAAcgx6jwBdSircVbSr/hMJUqO3hapXK2U6cR4tjVwVYI2AQAAAAD9////"
    "AmDqAAAAAAAAFgAUdR526BmRltRUlBxF0bOjI/"
    "FDO9ZYmAAAAAAAABYAFD40mF3Kb93J+"
    "zaZQOTH2OKHP1KcAAAAAAABAF0CAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAAFR/////"
    "wIAAAAAAAAAAAFqoIYBAAAAAAAWABTAzrzWw9PKjHXcXsYuvlUzDvkQ4gAAAAABAR+"
    "ghgEAAAAAABYAFMDOvNbD08qMddxexi6+VTMO+"
    "RDiIgYDMNVP0N1CCm5fjTYk9fNILK41D3nV8HU79b7vnC2RrzwYc8XaClQAAIAAAACAAAAAgAAAAAAAAAAAAAAiAgMCUyS"
    "IjkKauOPbrx94AmSLnNAem0GEhcX6TBubVwDhphhzxdoKVAAAgAAAAIAAAACAAQAAAAAAAAAA";

// English words of the review that are neither French nor German.
const QStringList kEnglish = {
    QStringLiteral("payment"),  QStringLiteral("base units"),  QStringLiteral("units"),
    QStringLiteral("sequence"), QStringLiteral("until"),       QStringLiteral("text"),
    QStringLiteral("from"),     QStringLiteral("now"),         QStringLiteral("Valid"),
    QStringLiteral("expiry"),   QStringLiteral("output"),      QStringLiteral("input"),
    QStringLiteral("ours"),     QStringLiteral("transfer"),    QStringLiteral("at most"),
    QStringLiteral("rounds"),   QStringLiteral("round"),       QStringLiteral("token"),
    QStringLiteral("contract"), QStringLiteral("tip"),         QStringLiteral("per"),
    QStringLiteral("unit"),     QStringLiteral("fee"),         QStringLiteral("days"),
    QStringLiteral("no"),       QStringLiteral("the"),         QStringLiteral("to"),
    QStringLiteral("and"),      QStringLiteral("Network fee"), QStringLiteral("lock time"),
    QStringLiteral("spent"),    QStringLiteral("nonce"),
};

QString plain(const QString &html)
{
    QTextDocument d;
    d.setHtml(html);
    // No-break spaces (before units, between digit groups) read as spaces.
    return d.toPlainText()
        .replace(QChar(0x00A0), QLatin1Char(' '))
        .replace(QChar(0x202F), QLatin1Char(' '));
}

} // namespace

class ReviewI18nTest : public QObject
{
    Q_OBJECT

    keystore::Secrets m_secrets;
    QString m_stellar, m_stellarOther, m_algorand, m_algorandOther;
    // 7 Dec 2026 02:00 UTC; the Stellar payment is valid for 30 days after.
    const QDateTime m_now = QDateTime(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC);

    QByteArray stellarTx()
    {
        stellar::PaymentParams p;
        p.source = m_stellar;
        p.destination = m_stellarOther;
        p.amount = 15000000;
        p.asset = QStringLiteral("XLM");
        p.sequence = 4294967297;
        p.memo.type = stellar::MemoText;
        p.memo.text = QByteArrayLiteral("hello");
        p.maxTime = quint64(m_now.addDays(30).toSecsSinceEpoch());
        return stellar::encodeBase64(*stellar::buildPayment(p));
    }

    QByteArray algorandTx()
    {
        algorand::PaymentParams p;
        p.sender = m_algorand;
        p.receiver = m_algorandOther;
        p.amount = 1500000;
        p.firstValid = 1000;
        p.lastValid = 2000;
        p.network = QStringLiteral("testnet");
        algorand::SignedTransaction s;
        s.txn = *algorand::buildPayment(p);
        return algorand::encodeFile({s});
    }

    QByteArray starknetTx()
    {
        auto seed = keystore::bip39Seed(m_secrets);
        auto key = starknet::privateKeyFromSeed(*seed, starknet::KeyScheme::ArgentX, 0);
        starknet::PaymentParams p;
        p.sender = starknet::accountAddress(*stark::publicKey(*key),
                                            starknet::knownAccountClasses().first());
        p.recipient = stark::Felt::fromUInt(0x4242);
        p.amountFri = *starknet::parseStrk(QStringLiteral("2.5"));
        p.nonce = stark::Felt::fromUInt(3);
        p.chainId = starknet::chainByName(QStringLiteral("sepolia"))->id;
        p.l2Gas = {1000, stark::Felt::fromUInt(1000)};
        return starknet::toJson(starknet::buildStrkPayment(p));
    }

    // The review as the offline signer shows it: the validity line, then each transaction.
    QString render(const QByteArray &input)
    {
        auto t = offlinetx::decode(input);
        if (!t.ok())
            return QStringLiteral("decode failed: ") + t.error().message;
        QString h = QStringLiteral("<p>%1</p>").arg(offlinetx::validity(*t, m_now).text);
        for (const TxReview &r : offlinetx::reviews(*t))
            h += ui::SignDialog::reviewHtml(r);
        return plain(h);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        auto s = keystore::fromBip39(SecretBytes::fromBytes(kPhrase), SecretBytes());
        QVERIFY(s.ok());
        m_secrets = std::move(*s);
        auto pub = [&](const char *chain, quint32 i) {
            return slip10::ed25519PublicKey(
                *keystore::accountKey(m_secrets, QLatin1String(chain), i));
        };
        m_stellar = strkey::accountId(pub("stellar", 0));
        m_stellarOther = strkey::accountId(pub("stellar", 1));
        m_algorand = algorand::address(pub("algorand", 0));
        m_algorandOther = algorand::address(pub("algorand", 1));
    }

    void cleanupTestCase() { ui::Language::install(QStringLiteral("en")); }

    void localized_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QStringList>("expected");
        // The unit follows a no-break space, which the plain text reads as a space.
        const QString nb(QLatin1Char(' '));
        const auto row = [&](const char *lang, const char *chain, const QStringList &expected) {
            QTest::addRow("%s %s", lang, chain)
                << QString::fromLatin1(lang) << QString::fromLatin1(chain) << expected;
        };
        // fr groups with a (narrow) no-break space, de with a point.
        const QString frGroup(QLatin1Char(' '));
        row("fr", "stellar",
            {QStringLiteral("paiement (payment) 1,5") + nb + QStringLiteral("XLM"),
             QStringLiteral("15") + frGroup + QStringLiteral("000") + frGroup +
                 QStringLiteral("000 unités de base"),
             QStringLiteral("0,00001") + nb + QStringLiteral("XLM"), QStringLiteral("janv. 2027"),
             QStringLiteral("texte : hello")});
        row("de", "stellar",
            {QStringLiteral("Zahlung (payment) 1,5") + nb + QStringLiteral("XLM"),
             QStringLiteral("15.000.000 Basiseinheiten"),
             QStringLiteral("0,00001") + nb + QStringLiteral("XLM"), QStringLiteral("Jan. 2027"),
             QStringLiteral("4.294.967.297")});
        row("fr", "algorand",
            {QStringLiteral("paiement (payment) 1,5") + nb + QStringLiteral("ALGO"),
             QStringLiteral("0,001") + nb + QStringLiteral("ALGO")});
        row("de", "algorand",
            {QStringLiteral("Zahlung (payment) 1,5") + nb + QStringLiteral("ALGO"),
             QStringLiteral("1.000..2.000")});
        row("fr", "bitcoin",
            {QStringLiteral("sortie (output) 0,0006") + nb + QStringLiteral("BTC"),
             QStringLiteral("entrée (input) 0,001") + nb + QStringLiteral("BTC")});
        row("de", "bitcoin",
            {QStringLiteral("Ausgang (output) 0,0006") + nb + QStringLiteral("BTC"),
             QStringLiteral("Eingang (input) 0,001") + nb + QStringLiteral("BTC")});
        row("fr", "starknet",
            {QStringLiteral("virement (transfer) 2,5") + nb + QStringLiteral("STRK")});
        row("de", "starknet",
            {QStringLiteral("Überweisung (transfer) 2,5") + nb + QStringLiteral("STRK")});
    }
    void localized()
    {
        QFETCH(QString, lang);
        QFETCH(QString, chain);
        QFETCH(QStringList, expected);
        QCOMPARE(ui::Language::install(lang), lang);
        const QByteArray input = chain == QLatin1String("stellar")    ? stellarTx()
                                 : chain == QLatin1String("algorand") ? algorandTx()
                                 : chain == QLatin1String("bitcoin")  ? QByteArray(kPsbt)
                                                                      : starknetTx();
        const QString text = render(input);
        for (const QString &e : expected)
            QVERIFY2(text.contains(e),
                     qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(e, text)));
        // The chain's own operation names stay in parentheses; addresses, hashes and ids are
        // not words. What is left must not be English.
        QString words = text;
        words.remove(QRegularExpression(QStringLiteral("\\(([a-z_]+)\\)")));
        words.remove(QRegularExpression(QStringLiteral("\\b[A-Z2-7]{56}\\b|\\b[A-Z2-7]{58}\\b|"
                                                       "\\b(tb1|bc1)[a-z0-9]+\\b|\\b0x[0-9a-f]+"
                                                       "\\b|\\b[0-9a-f]{16,}\\b")));
        for (const QString &w : kEnglish) {
            const QRegularExpression re(
                QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(w)),
                QRegularExpression::UseUnicodePropertiesOption);
            const auto m = re.match(words);
            QVERIFY2(
                !m.hasMatch(),
                qPrintable(
                    QStringLiteral("English \"%1\" in the %2 review:\n%3").arg(w, lang, words)));
        }
    }

    // In English the review keeps the plain forms the command-line tools print.
    void englishUnchanged()
    {
        QCOMPARE(ui::Language::install(QStringLiteral("en")), QStringLiteral("en"));
        const QString s = render(stellarTx());
        QVERIFY2(s.contains(QStringLiteral("payment 1.5 XLM (15000000 base units)")),
                 qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("sequence 4294967297, until 2027-01-06 02:00:00 UTC")),
                 qPrintable(s));
        QVERIFY2(
            s.contains(QStringLiteral("Valid until 2027-01-06 02:00:00 UTC (30 days from now).")),
            qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("0.00001 XLM")), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("text: hello")), qPrintable(s));
        const QString a = render(algorandTx());
        QVERIFY2(a.contains(QStringLiteral("payment 1.5 ALGO (1500000 base units)")),
                 qPrintable(a));
        QVERIFY2(a.contains(QStringLiteral("rounds 1000..2000")), qPrintable(a));
        QCOMPARE(review::amount(QStringLiteral("15000000"), 7, QStringLiteral("XLM")),
                 QStringLiteral("1.5 XLM"));
    }
};

QTEST_MAIN(ReviewI18nTest)
#include "tst_reviewi18n.moc"
