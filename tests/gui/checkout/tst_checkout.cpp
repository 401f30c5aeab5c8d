// A first-time user pays for storage by card: the wizard signs in with a new wallet, creates
// the deals, and shows the node's development checkout page for each one in the web view. The
// test fills the form as a user would (through the page's DOM) and submits it; the wizard
// notices the recorded payment and ends on the Status page with every deal Funded.
#include "localmarket.h"
#include "models/apiclient.h"
#include "wire/database.h"
#include "models/localnode.h"
#include "models/syncengine.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "models/walletservice.h"
#include "ui/web/documentview.h"
#include "ui/wizard/slawizard.h"
#include "models/purchasesession.h"
#include "userrobot.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace fb;
using namespace fb::ui;

namespace {

const QString kPassword = fb::testkit::kRobotPassword;

QVariant runJs(QWebEnginePage *page, const QString &script)
{
    QVariant out;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
        out = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QVariant();
    return out;
}

} // namespace

class CheckoutTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackCheckoutTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
    }

    void paysByCardThroughTheCheckoutPage()
    {
        fb::testkit::LocalMarket market(m_dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        AppContext &ctx = market.context;
        ApiClient &api = *market.api;
        SyncEngine &sync = *market.sync;
        WalletService &wallet = *market.wallet;
        ctx.documentView = &web::createDocumentView;

        SlaWizard w(ctx);
        w.setWalletSetupParams(keystore::fastParams());
        w.resize(900, 820);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("local")));
        w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->setValue(10);
        w.findChild<QSpinBox *>(QStringLiteral("copies"))->setValue(2);
        auto *payWith = w.findChild<QComboBox *>(QStringLiteral("payWith"));
        payWith->setCurrentIndex(payWith->findData(QStringLiteral("USD")));
        QCOMPARE(payWith->currentText(), QStringLiteral("Card (platform checkout)"));
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::RecommendationPage));
        // The plan is costed with the fee the node publishes (an asynchronous call).
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("total"))
                    ->text()
                    .contains(QStringLiteral("by card")));
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("faucet"))->isVisible());
        fb::testkit::UserRobot robot;
        w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
        QVERIFY(wallet.exists());
        auto *pay = w.findChild<QPushButton *>(QStringLiteral("pay"));
        QVERIFY(pay->text().contains(QStringLiteral("by card")));
        pay->click();

        // One checkout per provider: fill in the test card and submit.
        for (int i = 0; i < 2; ++i) {
            QWebEngineView *view = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (view = w.findChild<QWebEngineView *>(QStringLiteral("checkoutView"))) != nullptr &&
                    view->isVisible() && view->title() == QLatin1String("Development checkout"),
                60000);
            QWebEnginePage *page = view->page();
            // JavaScript stays off for the page itself; the checkout needs none.
            QVERIFY(!page->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
            QVERIFY(qobject_cast<web::DocumentPage *>(page));
            QVERIFY(runJs(page, QStringLiteral("document.getElementById('devBanner').textContent"))
                        .toString()
                        .contains(QStringLiteral("Development checkout — no real money")));
            if (i == 0) {
                QTest::qWait(300);
                fb::testkit::screenshot(&w, QStringLiteral("wizard-checkout"));
            }
            const QVariant filled =
                runJs(page, QStringLiteral(
                                "document.getElementById('name').value = 'Ada Lovelace';"
                                "document.getElementById('card').value = '4242 4242 4242 4242';"
                                "document.getElementById('expiry').value = '12/99';"
                                "document.getElementById('cvc').value = '123';"
                                "document.getElementById('checkout').submit(); 'submitted'"));
            QCOMPARE(filled.toString(), QStringLiteral("submitted"));
            if (i == 0) {
                // The wizard moves on by itself once the node recorded the payment.
                QTRY_VERIFY_WITH_TIMEOUT(
                    w.findChild<QWebEngineView *>(QStringLiteral("checkoutView")) != view, 30000);
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SlaWizard::StatusPage), 60000);
        auto *deals = w.findChild<QTableWidget *>(QStringLiteral("deals"));
        QTRY_COMPARE_WITH_TIMEOUT(deals->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(deals->item(0, 1) &&
                                     deals->item(0, 1)->text() == QLatin1String("Funded") &&
                                     deals->item(1, 1)->text() == QLatin1String("Funded"),
                                 20000);
        // Paid by card: the wallet's XLM was never touched (no faucet, no XLM payment).
        bool done = false;
        api.get(QStringLiteral("/v1/deals/%1/payments").arg(w.session()->deals().first().id), {},
                [&](const ApiResponse &r) {
                    QVERIFY(r.ok());
                    QCOMPARE(r.json.value(QStringLiteral("items"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("chain"))
                                 .toString(),
                             QStringLiteral("fiat"));
                    done = true;
                });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        w.close();
        sync.stop();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(CheckoutTest)
#include "tst_checkout.moc"
