// Send in ALGO, BTC and STRK from the wallet page, against a real flashback-node: wallet A (the
// robot's phrase) pays wallet B (another phrase) on each development ledger through the Send
// dialog, the review in plain words, the password and the ledger's confirmation (Bitcoin: shown
// unconfirmed until a block is mined, then confirmed). Both balances change by exactly the
// amount, the sender's by the amount and the fee; a bad address, an amount above the balance and
// a mainnet Bitcoin address are refused with words, and nothing moves. XLM, ALGO and BTC also
// leave from account index 1 (chosen in From) while account 0 keeps its balance; Bitcoin's fee
// is the rate chosen among the node's estimates (Normal by default, Priority once) times the
// payment's virtual size.
//
// With FB_SCREENSHOT_DIR set, the review of each chain is saved there as
// wallet-send-review-<chain>.png (the page at 1024x640 with the review on top), and the Send
// form of the Priority Bitcoin payment (From with balances, the fee choice) as
// wallet-send-form-bitcoin.png.
#include "localmarket.h"
#include "models/accountservice.h"
#include "models/walletaccountsmodel.h"
#include "ui/pages/walletpage.h"
#include "ui/wallet/senddialog.h"
#include "userrobot.h"
#include "wallet/intentpayment.h"
#include "walletpagerig.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fb;
using namespace fb::ui;

namespace {
SecretBytes secret(const QString &s)
{
    return SecretBytes::fromBytes(s.toUtf8());
}
// Wallet B: the BIP39 test vector of twelve words (all zero entropy).
const QString kPhraseB = QStringLiteral("abandon abandon abandon abandon abandon abandon abandon "
                                        "abandon abandon abandon abandon about");
const QString kOrganization = QStringLiteral("FlashbackWalletSendTest");
} // namespace

class WalletSendTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testkit::WalletPageRig m_rig;
    // Wallet B's accounts (public addresses only; its keystore lives in its own directory).
    QHash<QString, QString> m_b;
    // Wallet A's accounts: index 0 by chain, and index 1 of Stellar, Algorand and Bitcoin.
    QHash<QString, QString> m_a;
    QHash<QString, QString> m_a1;

    AppContext &ctx() { return m_rig.context(); }

    // The ledger's balance of address in its coin (0 for an account the ledger does not know).
    qint64 balance(const QString &address, const QString &currency)
    {
        bool done = false;
        qint64 units = -1;
        ctx().accounts->account(address, this, [&](Result<LedgerAccount> r) {
            done = true;
            if (r)
                units = r->balance(currency);
            else if (r.error().code == QLatin1String("not_found"))
                units = 0;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return -2;
        return units;
    }

    void onModal(const QString &name, std::function<void(QDialog *)> drive)
    {
        m_rig.onModal(name, std::move(drive));
    }

    // The node's suggested Bitcoin fee rate for target ("economy", "normal", "priority").
    qint64 nodeFeeRate(const QString &target)
    {
        bool done = false;
        qint64 rate = -1;
        ctx().accounts->bitcoinFeeEstimate(this, [&](Result<BitcoinFeeEstimate> r) {
            done = true;
            if (r)
                rate = r->rateOf(target);
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return -2;
        return rate;
    }

    static void chooseFrom(QDialog *d, const QString &address)
    {
        auto *from = d->findChild<QComboBox *>(QStringLiteral("from"));
        for (int i = 0; i < from->count(); ++i)
            if (from->itemText(i).contains(address.left(10)))
                from->setCurrentIndex(i);
    }

    struct Outcome
    {
        WalletSend::State state = WalletSend::State::Idle;
        QString status;
        QString code;
        qint64 fee = -1;
        qint64 feeRate = -1; // Bitcoin: the rate the payment was built at (sat/vB)
        qint64 vsize = -1;
        QString feeChoice; // Bitcoin: the fee choice shown when Review was pressed
        bool sawUnconfirmed = false;
        QString addressHint;
    };

    // Opens Send on the page, fills it and follows the payment until it is confirmed or fails.
    // mineWhenUnconfirmed: a Bitcoin transfer waits for a block; the test mines it once it has
    // seen the transfer unconfirmed. from: the sending address (account 0 of chain when empty);
    // fee: the Bitcoin fee choice whose text starts with it (the default when empty).
    Outcome send(const QString &chain, const QString &to, const QString &amount,
                 bool mineWhenUnconfirmed = false, const QString &from = {},
                 const QString &fee = {})
    {
        Outcome out;
        onModal(QStringLiteral("sendDialog"), [&](QDialog *d) {
            chooseFrom(d, from.isEmpty() ? m_a.value(chain) : from);
            d->findChild<QLineEdit *>(QStringLiteral("destination"))->setText(to);
            out.addressHint = d->findChild<QLabel *>(QStringLiteral("addressHint"))->text();
            d->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(amount);
            if (chain == QLatin1String("bitcoin")) {
                // The node's estimate replaces the network's floor once it answers.
                auto *choice = d->findChild<QComboBox *>(QStringLiteral("feeChoice"));
                (void)QTest::qWaitFor([choice] { return choice->count() == 3; }, 20000);
                for (int i = 0; i < choice->count() && !fee.isEmpty(); ++i)
                    if (choice->itemText(i).startsWith(fee))
                        choice->setCurrentIndex(i);
                out.feeChoice = choice->currentText();
                const QString shots = qEnvironmentVariable("FB_SCREENSHOT_DIR");
                if (!shots.isEmpty() && !fee.isEmpty()) {
                    QTest::qWait(100); // the layout with the fee row
                    d->grab().save(shots + QStringLiteral("/wallet-send-form-bitcoin.png"));
                }
            }
            auto *session = qobject_cast<SendDialog *>(d)->session();
            d->findChild<QPushButton *>(QStringLiteral("review"))->click();
            bool mined = false;
            (void)QTest::qWaitFor(
                [&] {
                    if (session->state() == WalletSend::State::Confirming &&
                        session->confirmations() == 0 && !out.sawUnconfirmed) {
                        out.sawUnconfirmed = true;
                        out.status = session->statusText();
                    }
                    if (out.sawUnconfirmed && mineWhenUnconfirmed && !mined) {
                        mined = true;
                        ctx().accounts->mineBitcoinBlocks(1, this, [](Result<qint64>) {});
                    }
                    return session->state() == WalletSend::State::Confirmed ||
                           session->state() == WalletSend::State::Failed;
                },
                60000);
            out.state = session->state();
            if (!out.sawUnconfirmed || out.state != WalletSend::State::Confirmed)
                out.status = session->statusText();
            else
                out.status += QLatin1Char('\n') + session->statusText();
            out.code = session->error().code;
            out.fee = session->fee();
            out.feeRate = session->feeRate();
            out.vsize = session->vsize();
        });
        m_rig.page->findChild<QPushButton *>(QStringLiteral("send"))->click();
        return out;
    }

    // The review the robot signed named the recipient and the amount in the chain's unit.
    void checkReview(const QString &to, const QString &amount)
    {
        QVERIFY(m_rig.robot->sawPrefix(QStringLiteral("review:")));
        QString review;
        for (const QString &s : std::as_const(m_rig.robot->seen))
            if (s.startsWith(QStringLiteral("review:")))
                review = s;
        // Addresses are shown in groups of four characters.
        const QString joined = QString(review).remove(QLatin1Char(' '));
        QVERIFY2(joined.contains(to) && review.contains(amount), qPrintable(review));
    }

    void robotScreenshot(const QString &chain)
    {
        m_rig.robot->signScreenshot = QStringLiteral("wallet-send-review-") + chain;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        testkit::WalletPageRig::useSettings(m_dir.path(), kOrganization);
        // Wallet B first, under settings of its own: the app keeps one wallet's public side in
        // its settings, and B is another person's wallet.
        {
            QCoreApplication::setOrganizationName(kOrganization + QStringLiteral("B"));
            WalletService b(m_dir.path() + QStringLiteral("/walletB"));
            auto s = keystore::fromBip39(secret(kPhraseB), SecretBytes());
            QVERIFY(s);
            QVERIFY(
                b.create(*s, secret(QStringLiteral("B's own password")), keystore::fastParams()));
            m_b[QStringLiteral("algorand")] = b.algorandAddress();
            m_b[QStringLiteral("bitcoin")] = b.bitcoinAccount().address;
            m_b[QStringLiteral("starknet")] = b.starknetAddress();
            m_b[QStringLiteral("stellar")] = b.stellarAddress();
            QCoreApplication::setOrganizationName(kOrganization);
        }
        QCOMPARE(m_b.value(QStringLiteral("algorand")).size(), 58);
        QVERIFY(m_b.value(QStringLiteral("bitcoin")).startsWith(QStringLiteral("tb1q")));
        QCOMPARE(m_b.value(QStringLiteral("starknet")).size(), 66);

        // Blocks only when the test mines them: the unconfirmed state is there to be seen.
        QVERIFY2(m_rig.start(m_dir.path(), QSize(1024, 640),
                             {QStringLiteral("--btc-block-seconds"), QStringLiteral("86400")}),
                 qPrintable(m_rig.error()));
        m_rig.robot->screenshotBackdrop = m_rig.page.get();

        auto s = keystore::fromBip39(secret(testkit::kRobotPhrase), SecretBytes());
        QVERIFY(s);
        QVERIFY(ctx().wallet->create(*s, secret(testkit::kRobotPassword), keystore::fastParams()));
        // Account 0 of Algorand and Bitcoin on the page beside Stellar and Starknet, and index 1
        // of Stellar, Algorand and Bitcoin.
        auto derived = ctx().wallet->deriveAccounts({{QStringLiteral("algorand"), 0u},
                                                     {QStringLiteral("bitcoin"), 0u},
                                                     {QStringLiteral("stellar"), 1u},
                                                     {QStringLiteral("algorand"), 1u},
                                                     {QStringLiteral("bitcoin"), 1u},
                                                     {QStringLiteral("starknet"), 1u}},
                                                    secret(testkit::kRobotPassword));
        QVERIFY(derived);
        m_a[QStringLiteral("stellar")] = ctx().wallet->stellarAddress();
        m_a[QStringLiteral("algorand")] = ctx().wallet->algorandAddress();
        m_a[QStringLiteral("bitcoin")] = ctx().wallet->bitcoinAccount().address;
        m_a[QStringLiteral("starknet")] = ctx().wallet->starknetAddress();
        for (const auto &a : *derived) {
            if (a.index == 0)
                QVERIFY(a.address == m_a.value(a.chain)); // account 0 is the one that signs
            else
                m_a1[a.chain] = a.address;
        }
        QCOMPARE(m_a1.size(), 4);
        // Bitcoin #1 is m/84'/1'/0'/0/1, its public key cached for Send.
        QCOMPARE(ctx().wallet->bitcoinAccount(1).address, m_a1.value(QStringLiteral("bitcoin")));
        QCOMPARE(formatDerivationPath(ctx().wallet->bitcoinAccount(1).path),
                 QStringLiteral("m/84'/1'/0'/0/1"));
        QVERIFY(m_a.value(QStringLiteral("algorand")) != m_b.value(QStringLiteral("algorand")));

        // Development coins for A: 10,000 ALGO, 1 BTC, 1,000 STRK (deploying its account).
        int funded = 0;
        auto count = [&funded](Result<LedgerAccount> r) { funded += r ? 1 : 100; };
        ctx().accounts->faucet(m_a.value(QStringLiteral("algorand")), QStringLiteral("ALGO"), this,
                               count);
        ctx().accounts->faucet(m_a.value(QStringLiteral("bitcoin")), QStringLiteral("BTC"), this,
                               count);
        ctx().accounts->faucet(m_a.value(QStringLiteral("starknet")), QStringLiteral("STRK"), this,
                               count, 0, ctx().wallet->starknetPublicKey());
        // Index 1: 10,000 XLM, 10,000 ALGO and 0.5 BTC.
        ctx().accounts->faucet(m_a1.value(QStringLiteral("stellar")), QStringLiteral("XLM"), this,
                               count);
        ctx().accounts->faucet(m_a1.value(QStringLiteral("algorand")), QStringLiteral("ALGO"), this,
                               count);
        ctx().accounts->faucet(m_a1.value(QStringLiteral("bitcoin")), QStringLiteral("BTC"), this,
                               count, 50000000);
        QTRY_VERIFY_WITH_TIMEOUT(funded >= 6, 20000);
        QCOMPARE(funded, 6);
        m_rig.page->refresh();
    }

    void sendsAlgo()
    {
        const QString a = m_a.value(QStringLiteral("algorand"));
        const QString b = m_b.value(QStringLiteral("algorand"));
        const qint64 beforeA = balance(a, QStringLiteral("ALGO"));
        const qint64 beforeB = balance(b, QStringLiteral("ALGO"));
        QCOMPARE(beforeA, qint64(10000) * 1000000);
        robotScreenshot(QStringLiteral("algorand"));
        m_rig.robot->expectSignature(QString());
        const Outcome o = send(QStringLiteral("algorand"), b, QStringLiteral("12.345678"));
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        QVERIFY(o.status.contains(QStringLiteral("Confirmed")));
        QCOMPARE(o.addressHint, QStringLiteral("A valid Algorand address."));
        QCOMPARE(o.fee, qint64(1000));
        QCOMPARE(balance(a, QStringLiteral("ALGO")), beforeA - 12345678 - 1000);
        QCOMPARE(balance(b, QStringLiteral("ALGO")), beforeB + 12345678);
        checkReview(b, QStringLiteral("12.345678 ALGO"));
        QString why;
        QVERIFY2(m_rig.robot->verify(&why), qPrintable(why));
    }

    void sendsBitcoinAndFollowsItToItsBlock()
    {
        const QString a = m_a.value(QStringLiteral("bitcoin"));
        const QString b = m_b.value(QStringLiteral("bitcoin"));
        const qint64 beforeA = balance(a, QStringLiteral("BTC"));
        const qint64 beforeB = balance(b, QStringLiteral("BTC"));
        QCOMPARE(beforeA, qint64(100000000));
        robotScreenshot(QStringLiteral("bitcoin"));
        m_rig.robot->expectSignature(QString());
        const Outcome o =
            send(QStringLiteral("bitcoin"), b, QStringLiteral("0.0025"), /*mine*/ true);
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        QVERIFY2(o.sawUnconfirmed, qPrintable(o.status));
        QVERIFY2(o.status.contains(QStringLiteral("unconfirmed")), qPrintable(o.status));
        QVERIFY2(o.status.contains(QStringLiteral("Confirmed in a Bitcoin block")),
                 qPrintable(o.status));
        // One coin in, the payment and the change out, at the node's Normal rate (the default).
        const qint64 normal = nodeFeeRate(QStringLiteral("normal"));
        QVERIFY(normal > WalletSend::kBitcoinFeeRate);
        QVERIFY2(o.feeChoice.startsWith(QStringLiteral("Normal")), qPrintable(o.feeChoice));
        QCOMPARE(o.feeRate, normal);
        QCOMPARE(o.vsize, intentpay::estimateVsize(1, 2, -1));
        QCOMPARE(o.fee, o.vsize * normal);
        QCOMPARE(balance(a, QStringLiteral("BTC")), beforeA - 250000 - o.fee);
        QCOMPARE(balance(b, QStringLiteral("BTC")), beforeB + 250000);
        checkReview(b, QStringLiteral("0.0025 BTC"));
        QString why;
        QVERIFY2(m_rig.robot->verify(&why), qPrintable(why));
    }

    void sendsStrk()
    {
        const QString a = m_a.value(QStringLiteral("starknet"));
        const QString b = m_b.value(QStringLiteral("starknet"));
        const qint64 beforeA = balance(a, QStringLiteral("STRK"));
        const qint64 beforeB = balance(b, QStringLiteral("STRK"));
        QCOMPARE(beforeA, qint64(1000) * 1000000000);
        robotScreenshot(QStringLiteral("starknet"));
        m_rig.robot->expectSignature(QString());
        const Outcome o = send(QStringLiteral("starknet"), b, QStringLiteral("7.5"));
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        QCOMPARE(o.fee, qint64(0)); // the development network does not meter gas
        QCOMPARE(balance(a, QStringLiteral("STRK")), beforeA - 7500000000);
        QCOMPARE(balance(b, QStringLiteral("STRK")), beforeB + 7500000000);
        checkReview(b, QStringLiteral("7.5 STRK"));
        QString why;
        QVERIFY2(m_rig.robot->verify(&why), qPrintable(why));
    }

    // XLM from Stellar account #1: it pays the amount and the fee, account 0 does not move.
    void sendsXlmFromAccountIndex1()
    {
        const QString a0 = m_a.value(QStringLiteral("stellar"));
        const QString a1 = m_a1.value(QStringLiteral("stellar"));
        const QString b = m_b.value(QStringLiteral("stellar"));
        const qint64 before0 = balance(a0, QStringLiteral("XLM"));
        const qint64 before1 = balance(a1, QStringLiteral("XLM"));
        const qint64 beforeB = balance(b, QStringLiteral("XLM"));
        QCOMPARE(before1, qint64(10000) * 10000000);
        m_rig.robot->expectSignature(QString());
        const Outcome o = send(QStringLiteral("stellar"), b, QStringLiteral("25.5"), false, a1);
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        QCOMPARE(o.fee, qint64(100));
        QCOMPARE(balance(a1, QStringLiteral("XLM")), before1 - 255000000 - 100);
        QCOMPARE(balance(b, QStringLiteral("XLM")), beforeB + 255000000);
        QCOMPARE(balance(a0, QStringLiteral("XLM")), before0);
        checkReview(b, QStringLiteral("25.5 XLM"));
        QString why;
        QVERIFY2(m_rig.robot->verify(&why), qPrintable(why));
    }

    // ALGO from Algorand account #1, signed with its own key (m/44'/283'/1').
    void sendsAlgoFromAccountIndex1()
    {
        const QString a0 = m_a.value(QStringLiteral("algorand"));
        const QString a1 = m_a1.value(QStringLiteral("algorand"));
        const QString b = m_b.value(QStringLiteral("algorand"));
        const qint64 before0 = balance(a0, QStringLiteral("ALGO"));
        const qint64 before1 = balance(a1, QStringLiteral("ALGO"));
        const qint64 beforeB = balance(b, QStringLiteral("ALGO"));
        m_rig.robot->expectSignature(QString());
        const Outcome o = send(QStringLiteral("algorand"), b, QStringLiteral("3"), false, a1);
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        QCOMPARE(balance(a1, QStringLiteral("ALGO")), before1 - 3000000 - o.fee);
        QCOMPARE(balance(b, QStringLiteral("ALGO")), beforeB + 3000000);
        QCOMPARE(balance(a0, QStringLiteral("ALGO")), before0);
        QString why;
        QVERIFY2(m_rig.robot->verify(&why), qPrintable(why));
    }

    // BTC from Bitcoin account #1 (its own coins, m/84'/1'/0'/0/1) at the Priority rate: the
    // fee is the payment's virtual size times that rate, above what Normal would have cost.
    void sendsBitcoinFromAccountIndex1AtPriority()
    {
        const QString a0 = m_a.value(QStringLiteral("bitcoin"));
        const QString a1 = m_a1.value(QStringLiteral("bitcoin"));
        const QString b = m_b.value(QStringLiteral("bitcoin"));
        const qint64 before0 = balance(a0, QStringLiteral("BTC"));
        const qint64 before1 = balance(a1, QStringLiteral("BTC"));
        const qint64 beforeB = balance(b, QStringLiteral("BTC"));
        QCOMPARE(before1, qint64(50000000));
        const qint64 priority = nodeFeeRate(QStringLiteral("priority"));
        const qint64 normal = nodeFeeRate(QStringLiteral("normal"));
        QVERIFY(priority > normal && normal > 0);
        m_rig.robot->expectSignature(QString());
        const Outcome o = send(QStringLiteral("bitcoin"), b, QStringLiteral("0.001"), true, a1,
                               QStringLiteral("Priority"));
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        // The choice names its rate and the fee it makes in BTC.
        const qint64 rough = intentpay::estimateVsize(1, 2, -1) * priority;
        QVERIFY2(o.feeChoice.contains(QStringLiteral("%1 sat/vB").arg(priority)) &&
                     o.feeChoice.contains(
                         WalletAccountsModel::formatAmount(rough, QStringLiteral("BTC"))),
                 qPrintable(o.feeChoice));
        QCOMPARE(o.feeRate, priority);
        QCOMPARE(o.vsize, intentpay::estimateVsize(1, 2, -1));
        QCOMPARE(o.fee, o.vsize * priority);
        QCOMPARE(balance(a1, QStringLiteral("BTC")), before1 - 100000 - o.fee);
        QCOMPARE(balance(b, QStringLiteral("BTC")), beforeB + 100000);
        QCOMPARE(balance(a0, QStringLiteral("BTC")), before0);
        QString why;
        QVERIFY2(m_rig.robot->verify(&why), qPrintable(why));
    }

    // STRK from Starknet account #1: refused with the clear not-deployed words until the page's
    // faucet deploys it (with that account's own public key), then sent from it.
    void sendsStrkFromAccountIndex1OnceDeployed()
    {
        const QString a0 = m_a.value(QStringLiteral("starknet"));
        const QString a1 = m_a1.value(QStringLiteral("starknet"));
        const QString b = m_b.value(QStringLiteral("starknet"));
        QVERIFY(a1.size() == 66 && a1 != a0);
        const Outcome refused = send(QStringLiteral("starknet"), b, QStringLiteral("1"), false, a1);
        QCOMPARE(refused.state, WalletSend::State::Failed);
        QCOMPARE(refused.code, QStringLiteral("not_deployed"));
        QVERIFY2(refused.status.contains(QStringLiteral("not deployed")) &&
                     refused.status.contains(QStringLiteral("Get development coins")),
                 qPrintable(refused.status));

        // The page's faucet on the #1 row deploys it.
        auto *view = m_rig.page->findChild<QTableView *>(QStringLiteral("accounts"));
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.page->accountsModel()->rowOf(a1) >= 0, 20000);
        view->selectRow(m_rig.page->accountsModel()->rowOf(a1));
        auto *faucet = m_rig.page->findChild<QPushButton *>(QStringLiteral("faucet"));
        QTRY_VERIFY_WITH_TIMEOUT(faucet->isVisible() && faucet->isEnabled(), 20000);
        faucet->click();
        QTRY_COMPARE_WITH_TIMEOUT(balance(a1, QStringLiteral("STRK")), qint64(1000) * 1000000000,
                                  20000);

        const qint64 before0 = balance(a0, QStringLiteral("STRK"));
        const qint64 beforeB = balance(b, QStringLiteral("STRK"));
        m_rig.robot->expectSignature(QString());
        const Outcome o = send(QStringLiteral("starknet"), b, QStringLiteral("2.5"), false, a1);
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        QCOMPARE(balance(a1, QStringLiteral("STRK")), qint64(1000) * 1000000000 - 2500000000);
        QCOMPARE(balance(b, QStringLiteral("STRK")), beforeB + 2500000000);
        QCOMPARE(balance(a0, QStringLiteral("STRK")), before0);
        QString why;
        QVERIFY2(m_rig.robot->verify(&why), qPrintable(why));
    }

    void refusalsMoveNothing_data()
    {
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("ALGO above the balance") << "algorand"
                                                << "B"
                                                << "20000"
                                                << "insufficient_funds"
                                                << "need";
        QTest::newRow("BTC above the balance incl. fee") << "bitcoin"
                                                         << "B"
                                                         << "0.9975"
                                                         << "insufficient_funds"
                                                         << "fee";
        QTest::newRow("STRK above the balance") << "starknet"
                                                << "B"
                                                << "5000"
                                                << "insufficient_funds"
                                                << "needs";
        QTest::newRow("ALGO: a typo in the address") << "algorand"
                                                     << "typo"
                                                     << "1"
                                                     << "bad_address"
                                                     << "not an Algorand address";
        QTest::newRow("BTC: a mainnet address") << "bitcoin"
                                                << "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
                                                << "0.001"
                                                << "wrong_network"
                                                << "mainnet";
        QTest::newRow("STRK: not hex") << "starknet"
                                       << "0xnothex"
                                       << "1"
                                       << "bad_address"
                                       << "not a Starknet address";
    }
    void refusalsMoveNothing()
    {
        QFETCH(QString, chain);
        QFETCH(QString, to);
        QFETCH(QString, amount);
        QFETCH(QString, code);
        QFETCH(QString, words);
        const QString currency = WalletSend::currencyOf(chain);
        QString destination = to;
        if (to == QLatin1String("B"))
            destination = m_b.value(chain);
        else if (to == QLatin1String("typo")) { // one character changed: the checksum fails
            destination = m_b.value(chain);
            destination[10] =
                destination.at(10) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        }
        const qint64 beforeA = balance(m_a.value(chain), currency);
        const qint64 beforeB = balance(m_b.value(chain), currency);
        // The dialog refuses a bad address before anything is built; the session refuses the rest.
        QString shown;
        Outcome o;
        onModal(QStringLiteral("sendDialog"), [&](QDialog *d) {
            chooseFrom(d, m_a.value(chain));
            d->findChild<QLineEdit *>(QStringLiteral("destination"))->setText(destination);
            o.addressHint = d->findChild<QLabel *>(QStringLiteral("addressHint"))->text();
            d->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(amount);
            auto *session = qobject_cast<SendDialog *>(d)->session();
            d->findChild<QPushButton *>(QStringLiteral("review"))->click();
            auto *status = d->findChild<QLabel *>(QStringLiteral("status"));
            (void)QTest::qWaitFor(
                [session, status] {
                    return session->state() == WalletSend::State::Failed ||
                           (session->state() == WalletSend::State::Idle &&
                            !status->text().isEmpty());
                },
                20000);
            o.state = session->state();
            o.code = session->error().code;
            shown = d->findChild<QLabel *>(QStringLiteral("status"))->text();
        });
        m_rig.page->findChild<QPushButton *>(QStringLiteral("send"))->click();
        if (code == QLatin1String("insufficient_funds")) {
            QCOMPARE(o.state, WalletSend::State::Failed);
            QCOMPARE(o.code, code);
        } else {
            // Refused as it was typed: the hint says why and Review builds nothing.
            QVERIFY2(o.addressHint.contains(words), qPrintable(o.addressHint));
            QCOMPARE(WalletSend::validateAddress(chain, destination).error().code, code);
        }
        QVERIFY2(shown.contains(words), qPrintable(shown));
        QCOMPARE(balance(m_a.value(chain), currency), beforeA);
        QCOMPARE(balance(m_b.value(chain), currency), beforeB);
        QString why;
        QVERIFY2(m_rig.robot->verify(&why), qPrintable(why));
    }

    void cleanupTestCase() { m_rig.stop(); }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    WalletSendTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_walletsend.moc"
