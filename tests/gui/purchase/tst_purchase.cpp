// A first-time user buys storage on the local network: the embedded node starts with its demo
// providers, the cache syncs, the wizard recommends providers and quotes them (the quote equals
// the recommendation), the user restores a wallet, takes development funds, reviews and signs
// the escrow payments, and sees every deal become Funded.
#include "localmarket.h"
#include "models/apiclient.h"
#include "models/cacheschema.h"
#include "models/formats.h"
#include "models/localnode.h"
#include "models/platformservices.h"
#include "models/syncengine.h"
#include "models/walletservice.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/pages/marketplacepage.h"
#include "ui/pages/slaspage.h"
#include "ui/widgets/offertablemodel.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"
#include "wire/database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace fb;
using namespace fb::ui;

namespace {

const QString kPassword = fb::testkit::kRobotPassword;

// The same user with the keyboard only: every answer is a key sent to the focused widget.
// What the payment page says (its status and error lines), for a failure message.
QString statusText(const QWidget &w)
{
    QStringList lines;
    for (const char *name : {"status", "error"})
        for (auto *l : w.findChildren<QLabel *>(QLatin1String(name)))
            if (l->isVisible() && !l->text().isEmpty())
                lines << l->text();
    return lines.join(QStringLiteral(" | "));
}

class KeyRobot : public QObject
{
public:
    KeyRobot()
    {
        m_timer.setInterval(200);
        connect(&m_timer, &QTimer::timeout, this, [this] { act(); });
        m_timer.start();
    }
    QStringList seen;

private:
    void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    void key(int k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(k), m);
    }
    // Tab until the focus reaches the widget named name (at most 12 steps).
    bool tabTo(const QString &name)
    {
        for (int i = 0; i < 12; ++i) {
            QWidget *f = QApplication::focusWidget();
            if (f && f->objectName() == name)
                return true;
            key(Qt::Key_Tab);
        }
        return false;
    }
    void act()
    {
        QWidget *w = QApplication::activeModalWidget();
        // Keys go to the focus widget: until the dialog has the focus (a just-opened dialog is
        // not active yet), they would land in the window behind it.
        if (!w || !QApplication::focusWidget() || !w->isAncestorOf(QApplication::focusWidget()) ||
            m_busy)
            return;
        m_busy = true;
        if (auto *setup = qobject_cast<WalletSetupDialog *>(w)) {
            if (setup->currentId() != m_lastPage) {
                m_lastPage = setup->currentId();
                switch (setup->currentId()) {
                case WalletSetupDialog::IntroPage:
                    key(Qt::Key_R, Qt::AltModifier);
                    key(Qt::Key_N, Qt::AltModifier);
                    break;
                case WalletSetupDialog::RestorePage:
                    // A page not ready for keys yet (a busy machine) is tried again next tick.
                    if (!tabTo(QStringLiteral("restorePhrase"))) {
                        m_lastPage = -1;
                        break;
                    }
                    type(QStringLiteral("legal winner thank year wave sausage worth useful legal "
                                        "winner thank yellow"));
                    key(Qt::Key_N, Qt::AltModifier);
                    break;
                case WalletSetupDialog::PasswordPage:
                    if (!tabTo(QStringLiteral("password"))) {
                        m_lastPage = -1;
                        break;
                    }
                    type(kPassword);
                    key(Qt::Key_Tab);
                    type(kPassword);
                    seen << QStringLiteral("wallet");
                    key(Qt::Key_Return);
                    break;
                default:
                    break;
                }
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
            // A warning (e.g. a page validated before it had its input): read it, dismiss it
            // with Enter, and let the page be tried again.
            seen << QStringLiteral("message:") + box->text();
            key(Qt::Key_Return);
            m_lastPage = -1;
        } else if (qobject_cast<QInputDialog *>(w)) {
            type(kPassword);
            seen << QStringLiteral("sign-in");
            key(Qt::Key_Return);
        } else if (auto *sign = qobject_cast<SignDialog *>(w)) {
            if (sign->usesUnlockedSession()) {
                // The wallet is unlocked (the set-up's password): Enter signs.
                seen << QStringLiteral("signed-unlocked");
                key(Qt::Key_Return);
            } else if (tabTo(QStringLiteral("password"))) {
                type(kPassword);
                seen << QStringLiteral("signed");
                key(Qt::Key_Return);
            }
        }
        m_busy = false;
    }
    QTimer m_timer;
    int m_lastPage = -1;
    bool m_busy = false;
};

} // namespace

class PurchaseTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackPurchaseTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
    }

    void buysStorageFromAnEmptyInstall()
    {
        // The embedded node with its demo network, and a first sync into an empty cache.
        fb::testkit::LocalMarket market(m_dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        AppContext &ctx = market.context;
        SyncEngine &sync = *market.sync;
        WalletService &wallet = *market.wallet;

        SlaWizard w(ctx);
        w.setWalletSetupParams(keystore::fastParams());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Requirements: 10 GB, two copies, on the demo providers' protocol.
        auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("local")));
        w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->setValue(10);
        w.findChild<QSpinBox *>(QStringLiteral("copies"))->setValue(2);
        fb::testkit::screenshot(&w, QStringLiteral("wizard-requirements"));
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::RecommendationPage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        QCOMPARE(w.findChild<QTreeWidget *>(QStringLiteral("placements"))->topLevelItemCount(), 2);
        fb::testkit::screenshot(&w, QStringLiteral("wizard-recommendation"));
        w.next();
        QCOMPARE(w.chosenPlan.placements.size(), 2);

        // The node's quote equals the optimizer's costing.
        QCOMPARE(w.currentId(), int(SlaWizard::QuotePage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        QCOMPARE(w.quote->total.units, w.chosenPlan.totalUsd7);
        QVERIFY(
            w.findChild<QLabel *>(QStringLiteral("total"))->text().contains(QStringLiteral("XLM")));
        fb::testkit::screenshot(&w, QStringLiteral("wizard-quote"));
        w.next();

        // Payment: set up a wallet, take development funds, pay.
        QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("pay"))->isEnabled());
        fb::testkit::UserRobot robot;
        robot.signScreenshot = QStringLiteral("wizard-sign");
        robot.expectWalletSetup();
        w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
        QVERIFY(wallet.exists());
        QVERIFY(robot.seen.contains(QStringLiteral("wallet")));
        w.findChild<QPushButton *>(QStringLiteral("faucet"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            w.findChild<QLabel *>(QStringLiteral("walletState"))
                ->text()
                .contains(Formats().coin(qint64(10000) * 10000000, QStringLiteral("XLM"))),
            20000);
        fb::testkit::screenshot(&w, QStringLiteral("wizard-payment"));
        // Paying signs in and shows both escrow payments in one review to sign; the wallet is
        // unlocked since its set-up (WalletSecurity), so neither asks for the password again.
        robot.expectSignature(QStringLiteral("Transaction 2 of 2"));
        w.findChild<QPushButton *>(QStringLiteral("pay"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SlaWizard::StatusPage), 60000);
        QVERIFY(!robot.seen.contains(QStringLiteral("sign-in")));
        QVERIFY(robot.seen.contains(QStringLiteral("signed-unlocked")));
        // The user saw each escrow payment before signing: amount, memo, development network.
        QString review;
        for (const QString &s : robot.seen) {
            if (s.startsWith(QStringLiteral("review:")))
                review = s;
        }
        QVERIFY(review.contains(QStringLiteral("Transaction 2 of 2")));
        QVERIFY(review.contains(QStringLiteral("fb:")));
        QVERIFY(review.contains(QStringLiteral("TEST NETWORK")));

        // Every deal is funded.
        auto *deals = w.findChild<QTableWidget *>(QStringLiteral("deals"));
        QTRY_COMPARE_WITH_TIMEOUT(deals->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(deals->item(0, 1) &&
                                     deals->item(0, 1)->text() == QLatin1String("Funded") &&
                                     deals->item(1, 1)->text() == QLatin1String("Funded"),
                                 20000);
        fb::testkit::screenshot(&w, QStringLiteral("wizard-status"));
        const qint64 paid = w.quote->total.units;
        w.close();

        // The SLAs page lists the agreement from the cache once the signed-in sync ran; cancelling
        // a funded agreement shows the full refund first, then the deals end Cancelled.
        sync.syncNow();
        SlasPage page(ctx);
        page.resize(1100, 760);
        page.show();
        auto *list = page.findChild<QTreeView *>(QStringLiteral("slaList"));
        QAbstractItemModel *rows = list->model();
        auto text = [rows](int row, int column) {
            return rows->index(row, column).data().toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT((page.reload(), rows->rowCount() == 1 &&
                                                     rows->rowCount(rows->index(0, 0)) == 2 &&
                                                     text(0, 1) == QLatin1String("Funded")),
                                 20000);
        list->setCurrentIndex(rows->index(0, 0));
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelSla"));
        QTRY_VERIFY(cancel->isEnabled());
        fb::testkit::screenshot(&page, QStringLiteral("slas"));
        robot.expectMessage(QStringLiteral("confirmCancel"), QStringLiteral("Cancel it"));
        cancel->click();
        QString cancelText;
        for (const QString &s : robot.seen) {
            if (s.startsWith(QStringLiteral("confirmCancel:")))
                cancelText = s;
        }
        QVERIFY2(cancelText.contains(Formats().usd(paid)), qPrintable(cancelText));
        QTRY_VERIFY_WITH_TIMEOUT(
            (sync.syncNow(), page.reload(),
             rows->rowCount() == 1 && text(0, 1) == QLatin1String("Cancelled")),
            20000);
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
        sync.stop();
    }

    // The same purchase with the keyboard alone: keys go to whatever widget has the focus, and
    // the dialogs on the way (wallet set-up, sign-in, review) are answered with keys too.
    void buysWithTheKeyboardAlone()
    {
        QTemporaryDir dir;
        // Paid demo deals stay Funded for the test (the agent would activate them after 10 s).
        LocalNode node(
            LocalNode::Options{dir.path(),
                               {},
                               {QStringLiteral("--demo-activation-delay"), QStringLiteral("86400")},
                               60000});
        auto url = node.start();
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        auto session = std::make_shared<AuthSession>();
        ApiClient api(*url, session);
        SyncEngine::Config c;
        c.dataDir = dir.path();
        c.baseUrl = *url;
        c.scope = QStringLiteral("local");
        c.session = session;
        c.intervalMs = 0;
        SyncEngine sync(c);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncEngine::State::UpToDate, 60000);
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(cache);
        WalletService wallet(dir.path());
        AppContext ctx;
        ctx.dataDir = dir.path();
        PlatformServices services(&api, *cache, &sync, &wallet);
        ctx.market = &services.market;
        ctx.deals = &services.deals;
        ctx.accounts = &services.accounts;
        ctx.payments = &services.payments;
        ctx.providers = &services.providers;
        ctx.sync = &sync;
        ctx.wallet = &wallet;
        ctx.localNetwork = true;

        SlaWizard w(ctx);
        w.setWalletSetupParams(keystore::fastParams());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto focus = [] { return QApplication::focusWidget(); };
        auto key = [&](int k, Qt::KeyboardModifiers m = Qt::NoModifier) {
            QWidget *f = focus();
            QVERIFY(f);
            QTest::keyClick(f, Qt::Key(k), m);
            QTest::qWait(150); // mnemonics on buttons click after a short animation
        };

        // Requirements: the size field has the focus; type 10, then pick the protocol by its
        // mnemonic and the first letter of "local".
        QTRY_COMPARE(focus(), w.findChild<QDoubleSpinBox *>(QStringLiteral("size")));
        key(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focus(), QStringLiteral("10"));
        key(Qt::Key_Tab);
        QCOMPARE(w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->value(), 10.0);
        QCOMPARE(focus(), w.findChild<QDoubleSpinBox *>(QStringLiteral("egress")));
        key(Qt::Key_P, Qt::AltModifier);
        auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
        QCOMPARE(focus(), protocol);
        QTest::keyClicks(focus(), QStringLiteral("l"));
        QCOMPARE(protocol->currentData().toString(), QStringLiteral("local"));
        // Every input on the page has an accessible name.
        for (QWidget *input : w.page(SlaWizard::RequirementsPage)->findChildren<QWidget *>()) {
            if (input->focusPolicy() != Qt::NoFocus && input->isVisibleTo(&w) &&
                !qobject_cast<QAbstractButton *>(input) &&
                !input->inherits("QLineEdit") /* spin boxes' inner editors */)
                QVERIFY2(!input->accessibleName().isEmpty(),
                         qPrintable(input->metaObject()->className()));
        }
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(w.currentId(), int(SlaWizard::RecommendationPage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        QTRY_VERIFY(qobject_cast<QRadioButton *>(focus()));
        key(Qt::Key_Return);
        QTRY_COMPARE(w.currentId(), int(SlaWizard::QuotePage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        key(Qt::Key_Return);
        QTRY_COMPARE(w.currentId(), int(SlaWizard::PaymentPage));

        // Payment: Enter opens the wallet set-up (the only thing to do); a key robot answers it.
        KeyRobot robot;
        QTRY_COMPARE(focus(), w.findChild<QPushButton *>(QStringLiteral("setupWallet")));
        QTest::keyClick(focus(), Qt::Key_Return); // returns when the modal dialog closed
        QTRY_VERIFY(wallet.exists());
        QVERIFY2(robot.seen.contains(QStringLiteral("wallet")),
                 qPrintable(robot.seen.join(QLatin1Char(','))));
        // Unfunded, Pay waits and the focus is on "Get test funds": Alt+T takes them; the focus
        // then moves to Pay, which Enter presses.
        QTRY_COMPARE(focus(), w.findChild<QPushButton *>(QStringLiteral("faucet")));
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("pay"))->isEnabled());
        key(Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            w.findChild<QLabel *>(QStringLiteral("walletState"))
                ->text()
                .contains(Formats().coin(qint64(10000) * 10000000, QStringLiteral("XLM"))),
            20000);
        QTRY_COMPARE(focus(), w.findChild<QPushButton *>(QStringLiteral("pay")));
        QTest::keyClick(focus(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(w.currentId() == int(SlaWizard::StatusPage),
                                  qPrintable(QStringLiteral("page %1, dialogs: %2, status: %3")
                                                 .arg(w.currentId())
                                                 .arg(robot.seen.join(QLatin1Char(',')))
                                                 .arg(statusText(w))),
                                  60000);
        // One password, typed in the set-up: the sign-in and the signature reuse it.
        QVERIFY(!robot.seen.contains(QStringLiteral("sign-in")));
        QVERIFY(robot.seen.contains(QStringLiteral("signed-unlocked")));
        auto *deals = w.findChild<QTableWidget *>(QStringLiteral("deals"));
        QTRY_COMPARE_WITH_TIMEOUT(deals->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(deals->item(0, 1) &&
                                     deals->item(0, 1)->text() == QLatin1String("Funded") &&
                                     deals->item(1, 1)->text() == QLatin1String("Funded"),
                                 20000);
        w.close();
        sync.stop();
    }

    // Settings' display currency (QSettings "ui/displayCurrency") at the node's rate: the
    // marketplace and the wizard's quote show euros; the card and coin amounts stay exact.
    void pricesInTheDisplayCurrency()
    {
        QTemporaryDir dir;
        // Paid demo deals stay Funded for the test (the agent would activate them after 10 s).
        LocalNode node(
            LocalNode::Options{dir.path(),
                               {},
                               {QStringLiteral("--demo-activation-delay"), QStringLiteral("86400")},
                               60000});
        auto url = node.start();
        QVERIFY2(url, qPrintable(url ? QString() : url.error().message));
        auto session = std::make_shared<AuthSession>();
        ApiClient api(*url, session);
        SyncEngine::Config c;
        c.dataDir = dir.path();
        c.baseUrl = *url;
        c.scope = QStringLiteral("local");
        c.session = session;
        c.intervalMs = 0;
        SyncEngine sync(c);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncEngine::State::UpToDate, 60000);
        auto cache = CacheDatabase::open(dir.path());
        QVERIFY(cache);
        AppContext ctx;
        ctx.dataDir = dir.path();
        PlatformServices services(&api, *cache, &sync, nullptr);
        ctx.market = &services.market;
        ctx.deals = &services.deals;
        ctx.accounts = &services.accounts;
        ctx.payments = &services.payments;
        ctx.providers = &services.providers;
        ctx.sync = &sync;

        QSettings().setValue(QStringLiteral("ui/displayCurrency"), QStringLiteral("EUR"));
        QCOMPARE(PriceFormat::preferredCurrency(), QStringLiteral("EUR"));
        {
            MarketplacePage page(ctx);
            page.resize(1200, 700);
            page.show();
            QTRY_COMPARE_WITH_TIMEOUT(
                page.tableModel() ? page.tableModel()->priceFormat().currency() : QString(),
                QStringLiteral("EUR"), 10000);
            // The node's development rate: 1 EUR = 1.08 USD.
            QVERIFY(qAbs(page.tableModel()->priceFormat().rate() - 1.0 / 1.08) < 1e-9);
            const QString price =
                page.tableModel()->index(0, OfferTableModel::PriceStorage).data().toString();
            QVERIFY2(price.startsWith(QStringLiteral("€")), qPrintable(price));
        }

        SlaWizard w(ctx);
        w.show();
        auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("local")));
        w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->setValue(10);
        QTRY_COMPARE(w.display.currency(), QStringLiteral("EUR"));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(),
                                 20000); // costed with the node's fee
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        const QString total = w.findChild<QLabel *>(QStringLiteral("total"))->text();
        // "Total €x ($y)": euros first, the exact dollars beside them, then the coin amount.
        QVERIFY2(total.contains(QStringLiteral("Total €")), qPrintable(total));
        QVERIFY2(total.contains(QStringLiteral("($")), qPrintable(total));
        QVERIFY(total.contains(QStringLiteral("XLM")));
        QVERIFY(w.findChild<QTableWidget *>(QStringLiteral("quote"))
                    ->item(0, 2)
                    ->text()
                    .startsWith(QStringLiteral("€")));
        w.close();
        QSettings().remove(QStringLiteral("ui/displayCurrency"));
        sync.stop();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(PurchaseTest)
#include "tst_purchase.moc"
