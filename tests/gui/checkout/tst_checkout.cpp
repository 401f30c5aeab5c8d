// A first-time user pays for storage by card: the wizard signs in with a new wallet, creates
// the deals, and shows the node's development checkout page for each one in the web view. The
// test fills the form as a user would (through the page's DOM) and submits it; the wizard
// notices the recorded payment and ends on the Status page with every deal Funded.
#include "localmarket.h"
#include "models/apiclient.h"
#include "models/formats.h"
#include "models/localnode.h"
#include "models/purchasesession.h"
#include "models/syncengine.h"
#include "models/walletservice.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/web/documentview.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"
#include "wire/database.h"

#include <QApplication>
#include <QComboBox>
#include <QHash>
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

QString text(QWebEnginePage *page, const char *id)
{
    return runJs(page, QStringLiteral("(function(){var e=document.getElementById('%1');"
                                      "return e ? e.textContent : null;})()")
                           .arg(QLatin1String(id)))
        .toString();
}

// The node's checkout page writes amounts as "$12.50", or "$0.0704" below a dollar.
QString nodeUsd(qint64 usd7)
{
    const double v = double(usd7) / 1e7;
    return QStringLiteral("$") + QString::number(v, 'f', v < 1.0 && usd7 != 0 ? 4 : 2);
}

// The wizard writes them the same way, in the user's locale.
QString wizardUsd(qint64 usd7)
{
    return Formats().usd(usd7);
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
        // The quote: the node's total for the two providers, paid in USD by card.
        QVERIFY(w.quote);
        const qint64 quoted = w.quote->total.units;
        QVERIFY(quoted > 0);
        QCOMPARE(w.quote->total.currency, QStringLiteral("USD"));
        QCOMPARE(w.quote->lines.size(), 2);
        QCOMPARE(w.quote->total.units, w.chosenPlan.totalUsd7);
        const QString totalText = w.findChild<QLabel *>(QStringLiteral("total"))->text();
        QVERIFY2(
            totalText.contains(QStringLiteral("You pay <b>%1</b> by card").arg(wizardUsd(quoted))),
            qPrintable(totalText));
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
        QCOMPARE(w.currentPage()->title(), QStringLiteral("Pay by card"));
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("faucet"))->isVisible());
        fb::testkit::UserRobot robot;
        robot.expectWalletSetup();
        w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
        QVERIFY(wallet.exists());
        auto *pay = w.findChild<QPushButton *>(QStringLiteral("pay"));
        QCOMPARE(pay->text(), QStringLiteral("&Pay %1 by card").arg(wizardUsd(quoted)));
        // Paying signs in with the wallet, unlocked since its set-up (no password asked again);
        // a card payment signs nothing else.
        pay->click();
        auto *status = w.findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY(status);

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
            QVERIFY(text(page, "devBanner")
                        .contains(QStringLiteral("Development checkout — no real money")));
            // The page is the checkout of the i-th deal, for that deal's amount, and the wizard
            // says which payment of how many it is.
            const QList<Deal> created = w.session()->deals();
            QCOMPARE(created.size(), 2);
            QCOMPARE(created[0].total.units + created[1].total.units, quoted);
            const Deal &deal = created[i];
            QVERIFY(deal.total.units > 0);
            QCOMPARE(text(page, "deal"), deal.id);
            QCOMPARE(text(page, "amount"), nodeUsd(deal.total.units));
            QCOMPARE(text(page, "pay"), QStringLiteral("Pay ") + nodeUsd(deal.total.units));
            QCOMPARE(text(page, "error"), QString());
            QVERIFY2(status->text().startsWith(QStringLiteral("Card payment %1 of 2 (%2):")
                                                   .arg(i + 1)
                                                   .arg(wizardUsd(deal.total.units))),
                     qPrintable(status->text()));
            if (i == 0)
                fb::testkit::screenshot(&w, QStringLiteral("wizard-checkout"));
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
        QCOMPARE(w.currentPage()->title(), QStringLiteral("Your agreement"));
        // The outcome: one row per provider of the plan, each Funded for its deal's total.
        const QList<Deal> paidDeals = w.session()->deals();
        QCOMPARE(paidDeals.size(), 2);
        QHash<QString, QString> names;
        for (const auto &p : w.chosenPlan.placements)
            names.insert(p.offer.id, p.provider.name);
        auto *deals = w.findChild<QTableWidget *>(QStringLiteral("deals"));
        QTRY_COMPARE_WITH_TIMEOUT(deals->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(deals->item(0, 1) &&
                                     deals->item(0, 1)->text() == QLatin1String("Funded") &&
                                     deals->item(1, 1)->text() == QLatin1String("Funded"),
                                 20000);
        // The rows come in the node's order: compare them as a set of (provider, state, total).
        QStringList shown, expected;
        for (int row = 0; row < 2; ++row)
            shown << deals->item(row, 0)->text() + QLatin1Char('|') + deals->item(row, 1)->text() +
                         QLatin1Char('|') + deals->item(row, 2)->text();
        for (const Deal &d : paidDeals) {
            QVERIFY(names.contains(d.offerId));
            QVERIFY(w.money(d.total.units).contains(wizardUsd(d.total.units)));
            expected << names.value(d.offerId) + QStringLiteral("|Funded|") +
                            w.money(d.total.units);
        }
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        QVERIFY(names.value(paidDeals[0].offerId) != names.value(paidDeals[1].offerId));
        // The node recorded one card payment per deal, each of exactly the deal's total: the
        // wallet's XLM was never touched (no faucet, no XLM payment).
        for (const Deal &d : paidDeals) {
            std::optional<QJsonArray> items;
            api.get(
                QStringLiteral("/v1/deals/%1/payments").arg(d.id), {}, [&](const ApiResponse &r) {
                    items = r.ok() ? r.json.value(QStringLiteral("items")).toArray() : QJsonArray();
                });
            QTRY_VERIFY_WITH_TIMEOUT(items.has_value(), 10000);
            QJsonArray deposits;
            QStringList kinds;
            for (const QJsonValue &v : std::as_const(*items)) {
                const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
                kinds << kind;
                if (kind == QLatin1String("deposit"))
                    deposits.append(v);
            }
            QVERIFY2(deposits.size() == 1, qPrintable(kinds.join(QLatin1Char(','))));
            const QJsonObject payment = deposits.first().toObject();
            QCOMPARE(payment.value(QStringLiteral("chain")).toString(), QStringLiteral("fiat"));
            QCOMPARE(payment.value(QStringLiteral("dealId")).toString(), d.id);
            const auto amount =
                Amount::fromJson(payment.value(QStringLiteral("amount")).toObject());
            QVERIFY(amount);
            QCOMPARE(amount->units, d.total.units);
        }
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
        w.close();
        sync.stop();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(CheckoutTest)
#include "tst_checkout.moc"
