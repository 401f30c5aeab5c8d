// A consumer pays for storage in ALGO, BTC and STRK from the same wizard as in XLM: the embedded
// node with its demo network, a wallet restored from its phrase, development coins from the
// faucet (STRK: the first credit deploys the Starknet account), the exact amount shown in the
// coin, the plain-words review, the signature, and every deal Funded on the wizard's status page
// (for BTC once the chain confirmed the payment). The wallet's balance on that chain moves by
// exactly the amounts and the network fees (STRK: none on the development network). A payment
// the balance cannot cover says so, with the next step, and pays once the user took funds. An
// agreement left unpaid is paid later (the SLAs page's Pay) in any coin, chosen there.
#include "localmarket.h"
#include "models/accountservice.h"
#include "models/formats.h"
#include "models/paymentservice.h"
#include "models/purchasesession.h"
#include "models/walletservice.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fb::ui;

namespace {

// What the payment page says (its status and error lines), for a failure message.
QString pageText(const SlaWizard &w)
{
    QStringList lines;
    const QWidget *page = w.page(SlaWizard::PaymentPage);
    for (const char *name : {"walletState", "coinAmount", "status", "error"})
        for (auto *l : page->findChildren<QLabel *>(QLatin1String(name)))
            if (l->isVisible() && !l->text().isEmpty())
                lines << l->text();
    return lines.join(QStringLiteral(" | "));
}

QString review(const fb::testkit::UserRobot &robot)
{
    QString last;
    for (const QString &s : robot.seen)
        if (s.startsWith(QStringLiteral("review:")))
            last = s;
    return last;
}

} // namespace

class CoinPurchaseTest : public QObject
{
    Q_OBJECT

private:
    static QString payingAddress(const WalletService &wallet, const QString &currency)
    {
        if (currency == QLatin1String("ALGO"))
            return wallet.algorandAddress();
        if (currency == QLatin1String("STRK"))
            return wallet.starknetAddress();
        return wallet.bitcoinAccount().address;
    }

    // The wallet's balance of currency on its ledger, read from the node (0 while unfunded).
    qint64 balance(AccountService *accounts, const QString &address, const QString &currency)
    {
        std::optional<Result<LedgerAccount>> got;
        accounts->account(address, this, [&got](Result<LedgerAccount> r) { got = std::move(r); });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
            return -1;
        if (!*got)
            return got->error().code == QLatin1String("not_found") ? 0 : -1;
        return got->value().balance(currency);
    }

    // The wizard from the requirements to the payment page: 10 GB kept by `copies` demo
    // providers, paid with `currency`.
    void walkToPayment(SlaWizard &w, const QString &currency, int copies)
    {
        auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("local")));
        w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->setValue(10);
        w.findChild<QSpinBox *>(QStringLiteral("copies"))->setValue(copies);
        auto *payWith = w.findChild<QComboBox *>(QStringLiteral("payWith"));
        // "Pay with" offers every coin the wallet pays in, and the card.
        for (const char *c : {"XLM", "ALGO", "BTC", "STRK", "USD"})
            QVERIFY2(payWith->findData(QLatin1String(c)) >= 0, c);
        payWith->setCurrentIndex(payWith->findData(currency));
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::RecommendationPage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::QuotePage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        // The quote names the amount in the coin at the node's rate (once the rates came).
        auto *totalLabel = w.findChild<QLabel *>(QStringLiteral("total"));
        QTRY_VERIFY2_WITH_TIMEOUT(totalLabel->text().contains(currency),
                                  qPrintable(totalLabel->text()), 20000);
        const QString total = totalLabel->text();
        QVERIFY2(total.contains(QStringLiteral("per ") + currency), qPrintable(total));
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
    }

    void paysInCoin(const QString &currency, const QString &funded)
    {
        QTemporaryDir dir;
        fb::testkit::LocalMarket market(dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        AppContext &ctx = market.context;
        WalletService &wallet = *market.wallet;

        SlaWizard w(ctx);
        w.setWalletSetupParams(keystore::fastParams());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        walkToPayment(w, currency, 2);
        if (QTest::currentTestFailed())
            return;

        fb::testkit::UserRobot robot;
        robot.expectWalletSetup();
        w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
        QVERIFY(wallet.exists());
        const QString address = payingAddress(wallet, currency);
        QVERIFY(!address.isEmpty());
        if (currency == QLatin1String("BTC"))
            QVERIFY2(address.startsWith(QStringLiteral("tb1q")), qPrintable(address));
        auto *walletState = w.findChild<QLabel *>(QStringLiteral("walletState"));
        QTRY_VERIFY2_WITH_TIMEOUT(walletState->text().contains(address),
                                  qPrintable(walletState->text()), 10000);

        // The faucet of the development network credits this coin to this account.
        auto *faucet = w.findChild<QPushButton *>(QStringLiteral("faucet"));
        QVERIFY2(faucet->text().contains(currency), qPrintable(faucet->text()));
        faucet->click();
        QTRY_VERIFY2_WITH_TIMEOUT(walletState->text().contains(funded),
                                  qPrintable(walletState->text()), 20000);
        const qint64 before = balance(ctx.accounts, address, currency);
        QVERIFY(before > 0);

        // Unlocked since the set-up: the sign-in asks nothing, the review signs.
        robot.expectSignature(QStringLiteral("Transaction 2 of 2"));
        w.findChild<QPushButton *>(QStringLiteral("pay"))->click();
        PurchaseSession *session = w.session();
        if (currency == QLatin1String("BTC")) {
            // The payment is sent; the deal turns Funded once a block confirms it. The node adds
            // one every 30 s by itself; the test asks for one at once instead of waiting.
            QTRY_VERIFY2_WITH_TIMEOUT(session->state() == PurchaseSession::State::Confirming ||
                                          w.currentId() == int(SlaWizard::StatusPage),
                                      qPrintable(pageText(w)), 60000);
            if (session->state() == PurchaseSession::State::Confirming) {
                const QString waiting = w.page(SlaWizard::PaymentPage)
                                            ->findChild<QLabel *>(QStringLiteral("status"))
                                            ->text();
                QVERIFY2(waiting.contains(QStringLiteral("confirm")), qPrintable(waiting));
                std::optional<Result<qint64>> mined;
                ctx.accounts->mineBitcoinBlocks(1, this, [&mined](Result<qint64> r) { mined = r; });
                QTRY_VERIFY_WITH_TIMEOUT(mined.has_value(), 20000);
                QVERIFY2(*mined, qPrintable(*mined ? QString() : mined->error().message));
            }
        }
        QTRY_VERIFY2_WITH_TIMEOUT(
            w.currentId() == int(SlaWizard::StatusPage),
            qPrintable(QStringLiteral("page %1: %2 (robot: %3)")
                           .arg(w.currentId())
                           .arg(pageText(w), robot.seen.join(QLatin1Char(',')))),
            60000);
        QVERIFY(!robot.seen.contains(QStringLiteral("sign-in")));
        QVERIFY(robot.seen.contains(QStringLiteral("signed-unlocked")));

        // The review named the coin, the escrow, the memo and the development network.
        const QString seen = review(robot);
        const QList<PaymentIntent> intents = session->intents();
        QCOMPARE(intents.size(), 2);
        QVERIFY2(seen.contains(currency), qPrintable(seen));
        QString compact = seen; // addresses are shown in groups of four characters
        compact.remove(QLatin1Char(' '));
        QVERIFY2(compact.contains(intents.first().escrowAddress), qPrintable(seen));
        QVERIFY2(seen.contains(intents.first().memo), qPrintable(seen));
        QVERIFY2(seen.contains(QStringLiteral("TEST NETWORK")), qPrintable(seen));
        if (currency == QLatin1String("STRK")) // token, recipient, fee bounds, nonce, chain
            for (const char *fact : {"STRK", "transfer", "L2 gas", "nonce 0",
                                     "Starknet development network (SN_FLASHBACK_DEV)"})
                QVERIFY2(seen.contains(QLatin1String(fact)), fact);
        if (currency == QLatin1String("BTC"))
            QVERIFY2(seen.contains(QStringLiteral("change")), qPrintable(seen));
        const QString exact = w.findChild<QLabel *>(QStringLiteral("coinAmount"))->text();
        QVERIFY2(exact.contains(QStringLiteral("exactly")) && exact.contains(currency),
                 qPrintable(exact));

        // Every deal is Funded on the status page, paid in the coin.
        auto *deals = w.findChild<QTableWidget *>(QStringLiteral("deals"));
        QTRY_COMPARE_WITH_TIMEOUT(deals->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(deals->item(0, 1) &&
                                     deals->item(0, 1)->text() == QLatin1String("Funded") &&
                                     deals->item(1, 1)->text() == QLatin1String("Funded"),
                                 20000);
        QVERIFY2(deals->item(0, 3)->text().endsWith(currency),
                 qPrintable(deals->item(0, 3)->text()));

        // The balance moved by exactly the amounts and the network fees, nothing else.
        qint64 spent = 0;
        const auto prepared = session->prepared();
        QCOMPARE(prepared.size(), 2);
        for (const auto &p : prepared) {
            QCOMPARE(p.amount.currency, currency);
            QVERIFY(p.amount.units > 0);
            if (currency == QLatin1String("STRK"))
                QCOMPARE(p.fee, qint64(0)); // the development network does not meter gas
            else
                QVERIFY(p.fee > 0);
            if (currency == QLatin1String("ALGO"))
                QCOMPARE(p.fee, qint64(1000)); // the network's minimum fee, in microalgos
            spent += p.amount.units + p.fee;
        }
        for (int i = 0; i < 2; ++i)
            QCOMPARE(prepared[i].amount, intents[i].amount);
        QCOMPARE(balance(ctx.accounts, address, currency), before - spent);

        // The escrow recorded each deposit in the coin paid, to the unit.
        std::optional<Result<DealPayments>> escrow;
        ctx.payments->payments(intents.first().dealId, this,
                               [&escrow](Result<DealPayments> r) { escrow = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(escrow.has_value(), 20000);
        QVERIFY(*escrow);
        bool deposit = false;
        for (const Payment &p : escrow->value().items)
            if (p.kind == QLatin1String("deposit"))
                deposit = p.amount == intents.first().amount;
        QVERIFY(deposit);

        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
        w.close();
        market.sync->stop();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackCoinPurchaseTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
    }

    void paysInAlgo()
    {
        paysInCoin(QStringLiteral("ALGO"),
                   Formats().coin(qint64(10000) * 1000000, QStringLiteral("ALGO")));
    }

    void paysInBitcoin()
    {
        paysInCoin(QStringLiteral("BTC"), Formats().coin(100000000, QStringLiteral("BTC")));
    }

    void paysInStrk()
    {
        paysInCoin(QStringLiteral("STRK"),
                   Formats().coin(qint64(1000) * 1000000000, QStringLiteral("STRK")));
    }

    // An agreement whose payment failed (no STRK yet) waits, Accepted and unpaid; paying it later
    // (the SLAs page's Pay opens the wizard on its payment step) offers every coin and the card,
    // and pays in the one chosen there.
    void resumedPaymentOffersEveryCoin()
    {
        QTemporaryDir dir;
        fb::testkit::LocalMarket market(dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        AppContext &ctx = market.context;

        QString slaId;
        QList<Deal> deals;
        {
            SlaWizard w(ctx);
            w.setWalletSetupParams(keystore::fastParams());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            walkToPayment(w, QStringLiteral("STRK"), 1);
            if (QTest::currentTestFailed())
                return;
            fb::testkit::UserRobot robot;
            robot.expectWalletSetup();
            w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
            // No STRK yet: Pay waits, and the page names the balance and the next step.
            auto *pay = w.findChild<QPushButton *>(QStringLiteral("pay"));
            auto *shortage =
                w.page(SlaWizard::PaymentPage)->findChild<QLabel *>(QStringLiteral("shortage"));
            QTRY_VERIFY_WITH_TIMEOUT(shortage->isVisible(), 20000);
            QVERIFY(!pay->isEnabled());
            QVERIFY2(shortage->text().contains(Formats().coin(0, QStringLiteral("STRK"))),
                     qPrintable(shortage->text()));
            // An agreement left unpaid, as a payment that failed for another reason leaves it:
            // the session itself (the page's Pay is off) starts and stops at the balance, after
            // the deal was made.
            w.session()->start();
            auto *error =
                w.page(SlaWizard::PaymentPage)->findChild<QLabel *>(QStringLiteral("error"));
            QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 60000);
            QCOMPARE(w.session()->error().code, QStringLiteral("insufficient_funds"));
            QVERIFY2(error->text().contains(Formats().coin(0, QStringLiteral("STRK"))),
                     qPrintable(error->text()));
            QVERIFY2(error->text().contains(QStringLiteral("Get test funds (STRK")),
                     qPrintable(error->text()));
            QVERIFY(!pay->isEnabled()); // still short
            slaId = w.session()->slaId();
            deals = w.session()->deals();
            QString why;
            QVERIFY2(robot.verify(&why), qPrintable(why));
            w.close();
        }
        QVERIFY(!slaId.isEmpty());
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals.first().state, DealState::Accepted);

        SlaWizard w(ctx);
        w.resumePayment(slaId, deals);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
        auto *payWith = w.findChild<QComboBox *>(QStringLiteral("resumePayWith"));
        QVERIFY(payWith && payWith->isVisible());
        for (const char *c : {"XLM", "ALGO", "BTC", "STRK", "USD"})
            QVERIFY2(payWith->findData(QLatin1String(c)) >= 0, c);
        payWith->setCurrentIndex(payWith->findData(QStringLiteral("ALGO")));
        QCOMPARE(w.session()->payCurrency(), QStringLiteral("ALGO"));
        QCOMPARE(w.currentPage()->title(), QStringLiteral("Pay into escrow in ALGO"));
        auto *walletState = w.findChild<QLabel *>(QStringLiteral("walletState"));
        const QString address = market.wallet->algorandAddress();
        QTRY_VERIFY2(walletState->text().contains(address), qPrintable(walletState->text()));
        auto *faucet = w.findChild<QPushButton *>(QStringLiteral("faucet"));
        QVERIFY2(faucet->text().contains(QStringLiteral("ALGO")), qPrintable(faucet->text()));
        faucet->click();
        QTRY_VERIFY2_WITH_TIMEOUT(walletState->text().contains(Formats().coin(
                                      qint64(10000) * 1000000, QStringLiteral("ALGO"))),
                                  qPrintable(walletState->text()), 20000);
        const qint64 before = balance(ctx.accounts, address, QStringLiteral("ALGO"));

        fb::testkit::UserRobot robot;
        robot.expectSignature(QStringLiteral("ALGO")); // signed in already: the review only
        w.findChild<QPushButton *>(QStringLiteral("pay"))->click();
        QTRY_VERIFY2_WITH_TIMEOUT(w.currentId() == int(SlaWizard::StatusPage),
                                  qPrintable(pageText(w)), 60000);
        const QList<PaymentIntent> intents = w.session()->intents();
        QCOMPARE(intents.size(), 1);
        QCOMPARE(intents.first().dealId, deals.first().id);
        QCOMPARE(intents.first().amount.currency, QStringLiteral("ALGO"));
        auto *table = w.findChild<QTableWidget *>(QStringLiteral("deals"));
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() == 1 && table->item(0, 1) &&
                                     table->item(0, 1)->text() == QLatin1String("Funded"),
                                 20000);
        QCOMPARE(balance(ctx.accounts, address, QStringLiteral("ALGO")),
                 before - intents.first().amount.units - 1000);
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
        w.close();
        market.sync->stop();
    }

    // Without the coins Pay waits, with a clear message naming the balance, the amount, the
    // fees and the next step; the faucet button is the way on, and the session then pays.
    void insufficientFundsSaysWhatToDo()
    {
        QTemporaryDir dir;
        fb::testkit::LocalMarket market(dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        AppContext &ctx = market.context;

        SlaWizard w(ctx);
        w.setWalletSetupParams(keystore::fastParams());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        walkToPayment(w, QStringLiteral("ALGO"), 1);
        if (QTest::currentTestFailed())
            return;
        fb::testkit::UserRobot robot;
        robot.expectWalletSetup();
        w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
        QVERIFY(market.wallet->exists());

        // Before paying: Pay is off, and the page names the balance, the amount, the network
        // fees and the next step.
        QWizardPage *paymentPage = w.page(SlaWizard::PaymentPage);
        auto *shortage = paymentPage->findChild<QLabel *>(QStringLiteral("shortage"));
        auto *pay = w.findChild<QPushButton *>(QStringLiteral("pay"));
        QTRY_VERIFY_WITH_TIMEOUT(shortage->isVisible(), 20000);
        QVERIFY(!pay->isEnabled());
        QVERIFY2(shortage->text().contains(Formats().coin(0, QStringLiteral("ALGO"))),
                 qPrintable(shortage->text()));
        QVERIFY2(shortage->text().contains(Formats().coin(1000, QStringLiteral("ALGO")) +
                                           QStringLiteral(" of network fees")),
                 qPrintable(shortage->text()));
        QVERIFY2(shortage->text().contains(QStringLiteral("Get test funds")),
                 qPrintable(shortage->text()));
        QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
        auto *faucet = w.findChild<QPushButton *>(QStringLiteral("faucet"));
        QVERIFY(faucet->isVisible() && faucet->isEnabled());
        // Nothing was made: no deal waits for a payment.
        QCOMPARE(w.session()->deals().size(), 0);

        // The next step works: test ALGO, the message goes, Pay enables.
        faucet->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            w.findChild<QLabel *>(QStringLiteral("walletState"))
                ->text()
                .contains(Formats().coin(qint64(10000) * 1000000, QStringLiteral("ALGO"))),
            20000);
        QTRY_VERIFY(!shortage->isVisible() && pay->isEnabled());
        auto *error = paymentPage->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(!error->isVisible());
        robot.expectSignature(QStringLiteral("fb:"));
        pay->click();
        QTRY_VERIFY2_WITH_TIMEOUT(w.currentId() == int(SlaWizard::StatusPage),
                                  qPrintable(pageText(w)), 60000);
        auto *deals = w.findChild<QTableWidget *>(QStringLiteral("deals"));
        QTRY_VERIFY_WITH_TIMEOUT(deals->rowCount() == 1 && deals->item(0, 1) &&
                                     deals->item(0, 1)->text() == QLatin1String("Funded"),
                                 20000);
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
        w.close();
        market.sync->stop();
    }

    // A wallet made from a single Stellar secret key has no Algorand, Bitcoin or Starknet account:
    // the payment step says why and what to do instead, and Pay stays off (nothing fails later).
    void singleKeyWalletSaysWhyNotOtherCoins_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("chain");
        QTest::newRow("ALGO") << QStringLiteral("ALGO") << QStringLiteral("Algorand");
        QTest::newRow("BTC") << QStringLiteral("BTC") << QStringLiteral("Bitcoin");
        QTest::newRow("STRK") << QStringLiteral("STRK") << QStringLiteral("Starknet");
    }

    void singleKeyWalletSaysWhyNotOtherCoins()
    {
        QFETCH(QString, currency);
        QFETCH(QString, chain);
        QTemporaryDir dir;
        fb::testkit::LocalMarket market(dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        auto secrets = keystore::fromStellarSecret(
            SecretBytes::fromBytes("SBGWSG6BTNCKCOB3DIFBGCVMUPQFYPA2G4O34RMTB343OYPXU5DJDVMN"));
        QVERIFY(secrets);
        QVERIFY(
            market.wallet->create(*secrets, SecretBytes::fromBytes("pw"), keystore::fastParams()));
        QVERIFY(market.wallet->coinAccountsKnown());

        SlaWizard w(market.context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        walkToPayment(w, currency, 1);
        if (QTest::currentTestFailed())
            return;
        const QString text = w.findChild<QLabel *>(QStringLiteral("walletState"))->text();
        QVERIFY2(text.contains(QStringLiteral("no %1 account").arg(chain)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("single Stellar secret key")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("recovery phrase")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("pay with XLM or by card")), qPrintable(text));
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("pay"))->isEnabled());
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("faucet"))->isEnabled());
        w.close();
        market.sync->stop();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(CoinPurchaseTest)
#include "tst_coinpurchase.moc"
