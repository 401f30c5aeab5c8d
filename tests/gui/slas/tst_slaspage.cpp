// The SLAs page as a consumer sees it, against the embedded node: two agreements whose payment
// the user declined at the review show "Awaiting payment" with Pay and Discard and no paid
// amount; the search box narrows the list; Discard (after the confirmation naming the deal)
// cancels one, and the cancellation comes back through the sync; Pay opens the wizard on its
// payment page for the other, and once signed, Paid shows the deposit from the synced payments.
#include "localmarket.h"
#include "models/dealservice.h"
#include "models/formats.h"
#include "models/marketservice.h"
#include "models/paymentsmodel.h"
#include "models/purchasesession.h"
#include "models/slatreemodel.h"
#include "models/walletaccountsmodel.h"
#include "models/wallethistorymodel.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/slaspage.h"
#include "ui/pages/walletpage.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace fb;
using namespace fb::ui;

class SlasPageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testkit::LocalMarket> m_market;
    std::unique_ptr<testkit::UserRobot> m_robot;
    std::unique_ptr<SlasPage> m_page;
    QString m_discardSla, m_paySla;

    AppContext &ctx() { return m_market->context; }
    QTreeView *list() { return m_page->findChild<QTreeView *>(QStringLiteral("slaList")); }
    QAbstractItemModel *rows() { return list()->model(); }
    QModelIndex slaRow(const QString &slaId)
    {
        for (int r = 0; r < rows()->rowCount(); ++r)
            if (rows()->index(r, 0).data(SlaTreeModel::SlaIdRole).toString() == slaId)
                return rows()->index(r, 0);
        return {};
    }
    QString cell(const QString &slaId, int column)
    {
        const QModelIndex row = slaRow(slaId);
        return row.isValid() ? row.siblingAtColumn(column).data().toString() : QString();
    }
    QString dealCell(const QString &slaId, int column)
    {
        const QModelIndex row = slaRow(slaId);
        return row.isValid() ? rows()->index(0, column, row).data().toString() : QString();
    }
    bool select(const QString &slaId)
    {
        const QModelIndex row = slaRow(slaId);
        if (!row.isValid())
            return false;
        list()->setCurrentIndex(row);
        return true;
    }
    // The user's agreement with one provider, stopped at the signing review: deals created
    // (and accepted by the demo provider), nothing paid.
    QString declinedAgreement(const QString &offerId)
    {
        PurchaseSession s(ctx().deals, ctx().payments, ctx().accounts, ctx().wallet);
        QuoteRequest order;
        order.sizeBytes = 2'000'000'000;
        order.egressBytes = 1'000'000'000;
        order.durationDays = 30;
        order.offerIds = {offerId};
        order.protocol = QStringLiteral("local");
        s.setOrder(order, QStringLiteral("XLM"));
        connect(&s, &PurchaseSession::passwordNeeded, &s, [&s] {
            s.signIn(std::make_shared<const SecretBytes>(
                SecretBytes::fromBytes(testkit::kRobotPassword.toUtf8())));
        });
        connect(&s, &PurchaseSession::signatureNeeded, &s, [&s] { s.decline(); });
        s.start();
        if (!QTest::qWaitFor([&s] { return !s.busy(); }, 30000))
            return {};
        if (s.error().code != QLatin1String("not_signed"))
            qWarning() << "the purchase ended otherwise:" << s.error().message;
        return s.slaId();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackSlasPageTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
        m_market = std::make_unique<testkit::LocalMarket>(m_dir.path());
        QVERIFY2(m_market->start(), qPrintable(m_market->error()));
        m_robot = std::make_unique<testkit::UserRobot>();

        // A wallet with development funds.
        {
            WalletSetupDialog setup(ctx().wallet);
            setup.setKeystoreParams(keystore::fastParams());
            m_robot->expectWalletSetup();
            setup.exec();
        }
        QVERIFY(ctx().wallet->exists());
        bool funded = false;
        ctx().accounts->faucet(ctx().wallet->stellarAddress(), QString(), this,
                               [&funded](Result<LedgerAccount> r) { funded = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(funded, 20000);

        // Two agreements, each with one demo provider, neither paid.
        auto snapshot = ctx().market->snapshot();
        QVERIFY(snapshot);
        QStringList offers, providers;
        for (const Offer &o : std::as_const(snapshot->offers)) {
            if (o.protocols.contains(QStringLiteral("local")) &&
                !providers.contains(o.providerId)) {
                offers << o.id;
                providers << o.providerId;
            }
        }
        QVERIFY2(offers.size() >= 2, qPrintable(offers.join(QLatin1Char(','))));
        m_discardSla = declinedAgreement(offers.at(0));
        QVERIFY(!m_discardSla.isEmpty());
        m_paySla = declinedAgreement(offers.at(1));
        QVERIFY(!m_paySla.isEmpty());

        m_market->sync->syncNow();
        m_page = std::make_unique<SlasPage>(ctx());
        m_page->resize(1100, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // The page follows the sync engine by itself: no reload() here.
        QTRY_VERIFY_WITH_TIMEOUT(slaRow(m_discardSla).isValid() && slaRow(m_paySla).isValid(),
                                 20000);
    }

    void unpaidAgreementAwaitsPayment()
    {
        QVERIFY(select(m_discardSla));
        QCOMPARE(cell(m_discardSla, SlaTreeModel::Paid), QStringLiteral("Awaiting payment"));
        QCOMPARE(dealCell(m_discardSla, SlaTreeModel::Paid), QStringLiteral("Awaiting payment"));
        auto *note = m_page->findChild<QLabel *>(QStringLiteral("awaitingPayment"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Awaiting payment")),
                 qPrintable(note->text()));
        auto *pay = m_page->findChild<QPushButton *>(QStringLiteral("paySla"));
        auto *discard = m_page->findChild<QPushButton *>(QStringLiteral("discardSla"));
        QVERIFY(pay->isVisible() && pay->isEnabled());
        QVERIFY(discard->isVisible() && discard->isEnabled());
        testkit::screenshot(m_page.get(), QStringLiteral("slas-awaiting-payment"));
    }

    void neverPaidShowsNoPaidAmount()
    {
        // Issue 19: the deal's price must not pose as paid.
        QVERIFY(select(m_paySla));
        const QString price = dealCell(m_paySla, SlaTreeModel::Cost);
        QVERIFY(!dealCell(m_paySla, SlaTreeModel::Paid).contains(QLatin1Char('$')));
        const QString timeline = m_page->findChild<QLabel *>(QStringLiteral("timeline"))->text();
        QVERIFY2(!timeline.contains(QStringLiteral("paid ") + price), qPrintable(timeline));
        QVERIFY2(timeline.contains(QStringLiteral("Awaiting payment")), qPrintable(timeline));
        QCOMPARE(m_page->findChild<QTableView *>(QStringLiteral("payments"))->model()->rowCount(),
                 0);
    }

    void searchFilters()
    {
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("slaSearch"));
        const QString dealId =
            rows()->index(0, 0, slaRow(m_discardSla)).data(SlaTreeModel::DealIdRole).toString();
        search->setFocus();
        QTest::keyClicks(search, dealId);
        QTRY_COMPARE(rows()->rowCount(), 1);
        QVERIFY(slaRow(m_discardSla).isValid());
        QCOMPARE(rows()->rowCount(slaRow(m_discardSla)), 1);
        // By provider name: the other agreement's provider only.
        const QString provider = dealCell(m_discardSla, SlaTreeModel::Name);
        search->clear();
        QTest::keyClicks(search, provider.toUpper());
        QTRY_VERIFY(slaRow(m_discardSla).isValid());
        QVERIFY(!slaRow(m_paySla).isValid());
        // Nothing matches: nothing listed; cleared: everything back.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("no such deal"));
        QTRY_COMPARE(rows()->rowCount(), 0);
        search->clear();
        QTRY_VERIFY(rows()->rowCount() >= 2);
        // The view takes the keyboard: Tab from the search reaches the list.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list()));
    }

    void discardCancelsUnpaidDeals()
    {
        QVERIFY(select(m_discardSla));
        const QString provider = dealCell(m_discardSla, SlaTreeModel::Name);
        m_robot->expectMessage(QStringLiteral("confirmDiscard"), QStringLiteral("Discard"));
        m_page->findChild<QPushButton *>(QStringLiteral("discardSla"))->click();
        QString confirm;
        for (const QString &s : std::as_const(m_robot->seen))
            if (s.startsWith(QStringLiteral("confirmDiscard:")))
                confirm = s;
        // The confirmation names what goes: one deal, its provider.
        QVERIFY2(confirm.contains(QStringLiteral("Discard 1 unpaid deal")), qPrintable(confirm));
        QVERIFY2(confirm.contains(provider), qPrintable(confirm));
        // The node's new state comes back through the sync.
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_discardSla, SlaTreeModel::State),
                                  QStringLiteral("Cancelled"), 20000);
        QCOMPARE(cell(m_discardSla, SlaTreeModel::Paid), QStringLiteral("Not paid"));
        QVERIFY(select(m_discardSla));
        QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("awaitingPayment"))->isVisible());
        // The other agreement still awaits its payment.
        QCOMPARE(cell(m_paySla, SlaTreeModel::Paid), QStringLiteral("Awaiting payment"));
    }

    void payResumesThePayment()
    {
        QVERIFY(select(m_paySla));
        m_robot->signScreenshot = QStringLiteral("slas-pay-sign");
        m_robot->allowWindow(QStringLiteral("payWizard")); // the test drives the wizard
        m_page->findChild<QPushButton *>(QStringLiteral("paySla"))->click();
        SlaWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_page->findChild<SlaWizard *>(QStringLiteral("payWizard"))) &&
                    wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(SlaWizard::PaymentPage));
        auto *payButton = wizard->findChild<QPushButton *>(QStringLiteral("pay"));
        QTRY_VERIFY(payButton->isEnabled());
        m_robot->expectSignature(QString()); // the one payment's review, whatever it says
        payButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SlaWizard::StatusPage), 60000);
        QVERIFY(m_robot->sawPrefix(QStringLiteral("review:")));
        wizard->close();

        // Funded, and Paid is the deposit the node recorded (in XLM), not the price.
        QTRY_COMPARE_WITH_TIMEOUT((m_market->sync->syncNow(), cell(m_paySla, SlaTreeModel::State)),
                                  QStringLiteral("Funded"), 20000);
        const QString dealId =
            rows()->index(0, 0, slaRow(m_paySla)).data(SlaTreeModel::DealIdRole).toString();
        qint64 deposited = 0;
        for (const Payment &p : ctx().deals->cachedPayments({dealId}))
            if (p.kind == QLatin1String("deposit")) {
                QCOMPARE(p.amount.currency, QStringLiteral("XLM"));
                deposited += p.amount.units;
            }
        QVERIFY(deposited > 0);
        // The coin paid, exact, then its worth in the display currency (dollars here).
        const QString paid = Formats().coin(deposited, QStringLiteral("XLM"));
        QTRY_VERIFY2(
            dealCell(m_paySla, SlaTreeModel::Paid).startsWith(paid + QStringLiteral(" (≈ $")),
            qPrintable(dealCell(m_paySla, SlaTreeModel::Paid)));
        QVERIFY2(cell(m_paySla, SlaTreeModel::Paid).startsWith(paid),
                 qPrintable(cell(m_paySla, SlaTreeModel::Paid)));
        QVERIFY(select(m_paySla));
        QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("awaitingPayment"))->isVisible());
        QTRY_VERIFY(
            m_page->findChild<QTableView *>(QStringLiteral("payments"))->model()->rowCount() > 0);
        const QString timeline = m_page->findChild<QLabel *>(QStringLiteral("timeline"))->text();
        QVERIFY2(timeline.contains(QStringLiteral("paid ") + paid), qPrintable(timeline));
    }

    void paymentsNameTheProvider()
    {
        // The escrow movements of an agreement say whose deal each one is: the provider's
        // name, as the agreement's deal row shows it; the deal id is in the tooltip.
        QVERIFY(select(m_paySla));
        const QString provider = dealCell(m_paySla, SlaTreeModel::Name);
        const QString dealId =
            rows()->index(0, 0, slaRow(m_paySla)).data(SlaTreeModel::DealIdRole).toString();
        auto *payments = m_page->findChild<QTableView *>(QStringLiteral("payments"));
        QTRY_VERIFY(payments->model()->rowCount() > 0);
        QVERIFY(!payments->isColumnHidden(PaymentsModel::Deal));
        const QModelIndex deal = payments->model()->index(0, PaymentsModel::Deal);
        QCOMPARE(deal.data().toString(), provider);
        QVERIFY(!deal.data().toString().startsWith(QStringLiteral("dl_")));
        QVERIFY2(deal.data(Qt::ToolTipRole).toString().contains(dealId),
                 qPrintable(deal.data(Qt::ToolTipRole).toString()));
    }

    void currencyFollowsSettingsAtOnce()
    {
        // Settings > Prices in: EUR. The SLAs page (cost, paid, the detail line, the payments'
        // value column) and the Wallet page (value, total) show euros at once, no restart;
        // back to USD, dollars again.
        QSettings().remove(QStringLiteral("ui/displayCurrency"));
        WalletPage wallet(ctx());
        wallet.resize(1024, 640);
        wallet.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wallet));
        wallet.refresh();
        WalletAccountsModel *accounts = wallet.accountsModel();
        const auto valueOfMine = [&] {
            const int row = accounts->rowOf(ctx().wallet->stellarAddress());
            return row < 0
                       ? QString()
                       : accounts->index(row, WalletAccountsModel::ValueColumn).data().toString();
        };
        // The wallet's history names the agreement a deal payment went to, as the SLAs page
        // names it (the deal id in the tooltip), not "dl_…".
        {
            WalletHistoryModel *history = wallet.historyModel();
            const auto dealRow = [history] {
                for (int r = 0; r < history->rowCount(); ++r)
                    if (!history->index(r, 0)
                             .data(WalletHistoryModel::DealIdRole)
                             .toString()
                             .isEmpty())
                        return r;
                return -1;
            };
            QTRY_VERIFY_WITH_TIMEOUT(dealRow() >= 0, 20000);
            const QModelIndex agreement = history->index(dealRow(), WalletHistoryModel::DealColumn);
            const QString dealId = agreement.data(WalletHistoryModel::DealIdRole).toString();
            QCOMPARE(agreement.data().toString(), cell(m_paySla, SlaTreeModel::Name));
            QVERIFY(agreement.data(Qt::ToolTipRole).toString().contains(dealId));
        }
        auto *total = wallet.findChild<QLabel *>(QStringLiteral("total"));
        QTRY_VERIFY_WITH_TIMEOUT(valueOfMine().startsWith(QLatin1Char('$')), 20000);
        QTRY_VERIFY(total->text().contains(QLatin1Char('$')));

        QVERIFY(select(m_paySla));
        auto *payments = m_page->findChild<QTableView *>(QStringLiteral("payments"));
        auto *timeline = m_page->findChild<QLabel *>(QStringLiteral("timeline"));
        QTRY_VERIFY(payments->model()->rowCount() > 0);
        const auto paymentValue = [payments] {
            return payments->model()->index(0, PaymentsModel::AmountUsd).data().toString();
        };
        QVERIFY(cell(m_paySla, SlaTreeModel::Cost).contains(QLatin1Char('$')));
        QVERIFY(paymentValue().contains(QLatin1Char('$')));

        SettingsPage settings(ctx());
        auto *currency = settings.findChild<QComboBox *>(QStringLiteral("displayCurrency"));
        QVERIFY(currency);
        currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
        const QString euro = QStringLiteral("€");
        QTRY_VERIFY2_WITH_TIMEOUT(cell(m_paySla, SlaTreeModel::Cost).contains(euro),
                                  qPrintable(cell(m_paySla, SlaTreeModel::Cost)), 10000);
        QVERIFY2(!cell(m_paySla, SlaTreeModel::Cost).contains(QLatin1Char('$')),
                 qPrintable(cell(m_paySla, SlaTreeModel::Cost)));
        QTRY_VERIFY2(dealCell(m_paySla, SlaTreeModel::Paid).contains(euro),
                     qPrintable(dealCell(m_paySla, SlaTreeModel::Paid)));
        QTRY_VERIFY2(paymentValue().contains(euro), qPrintable(paymentValue()));
        QCOMPARE(payments->model()->headerData(PaymentsModel::AmountUsd, Qt::Horizontal).toString(),
                 QStringLiteral("EUR"));
        QTRY_VERIFY2(timeline->text().contains(euro) &&
                         !timeline->text().contains(QLatin1Char('$')),
                     qPrintable(timeline->text()));
        QTRY_VERIFY2(valueOfMine().contains(euro), qPrintable(valueOfMine()));
        QTRY_VERIFY2(total->text().contains(euro), qPrintable(total->text()));
        testkit::screenshot(m_page.get(), QStringLiteral("slas-eur"));
        testkit::screenshot(&wallet, QStringLiteral("wallet-eur"));

        currency->setCurrentIndex(currency->findData(QStringLiteral("USD")));
        QTRY_VERIFY2(cell(m_paySla, SlaTreeModel::Cost).contains(QLatin1Char('$')),
                     qPrintable(cell(m_paySla, SlaTreeModel::Cost)));
        QTRY_VERIFY2(paymentValue().contains(QLatin1Char('$')), qPrintable(paymentValue()));
        QTRY_VERIFY2(valueOfMine().startsWith(QLatin1Char('$')), qPrintable(valueOfMine()));
        QTRY_VERIFY2(total->text().contains(QLatin1Char('$')), qPrintable(total->text()));
        QSettings().remove(QStringLiteral("ui/displayCurrency"));
    }

    void cleanupTestCase()
    {
        QString why;
        QVERIFY2(m_robot->verify(&why), qPrintable(why));
        m_page.reset();
        m_robot.reset();
        if (m_market && m_market->sync)
            m_market->sync->stop();
        m_market.reset();
    }
};

QTEST_MAIN(SlasPageTest)
#include "tst_slaspage.moc"
