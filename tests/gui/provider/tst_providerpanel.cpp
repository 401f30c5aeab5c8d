// The provider's working day in the Provider page, against the embedded node, as a newcomer
// lives it: the page asks to sign in, then shows the onboarding wizard; the local-folder store is
// tested live before Next is allowed; registration ends on the panel whose "what next" says to
// request certification. The request shows "Pending"; `flashback-node admin approve` (the admin
// CLI, on the node's database) approves it and the panel says "Approved". An offer is published
// from the editor. A consumer (its own key and API client, as another person's app) creates a
// deal on it: the Deals tab counts it and the inbox lists it with the price and what the
// provider earns; Accept hands sealed access, the consumer pays, Activate starts the term. A
// second deal is accepted with the keyboard alone (table focus, arrows, Enter).
#include "appuser.h"
#include "localmarket.h"
#include "models/accountservice.h"
#include "models/apiclient.h"
#include "models/dealservice.h"
#include "models/formats.h"
#include "models/marketservice.h"
#include "models/paymentservice.h"
#include "models/providerdealsmodel.h"
#include "models/providerservice.h"
#include "models/walletsecurity.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/pages/providerpage.h"
#include "ui/provider/certificationpanel.h"
#include "ui/provider/dealinbox.h"
#include "ui/provider/offereditordialog.h"
#include "ui/provider/offerspanel.h"
#include "ui/provider/onboardingwizard.h"
#include "ui/provider/overviewpanel.h"
#include "ui/provider/providersession.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fb::ui;

using testkit::await;
using testkit::why;

class ProviderPanelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testkit::LocalMarket> m_market;
    std::unique_ptr<testkit::UserRobot> m_robot;
    std::unique_ptr<ProviderPage> m_page;
    std::unique_ptr<testkit::AppUser> m_consumer; // another person's app, driven by the test
    QString m_offerId;
    QString m_dealId;

    AppContext &ctx() { return m_market->context; }
    template <typename W> W *find(const QString &name, QWidget *in = nullptr)
    {
        return (in ? in : m_page.get())->findChild<W *>(name);
    }
    QString text(const QString &labelName)
    {
        auto *l = find<QLabel>(labelName);
        return l ? l->text() : QStringLiteral("<no label %1>").arg(labelName);
    }
    QTableView *deals() { return m_page->inbox()->table(); }
    QModelIndex dealRow(const QString &dealId)
    {
        QAbstractItemModel *m = deals()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(ProviderDealsModel::DealIdRole).toString() == dealId)
                return m->index(r, 0);
        return {};
    }
    std::optional<DealState> stateOf(const QString &dealId)
    {
        const auto d = m_page->session()->deals()->deal(dealId);
        return d ? std::optional<DealState>(d->state) : std::nullopt;
    }
    // The node's news reach the page through the sync engine, as in the app.
    void syncNow() { m_market->sync->syncNow(); }

    Result<Deal> consumerDeal()
    {
        QuoteRequest q;
        q.sizeBytes = 5'000'000'000;
        q.egressBytes = 1'000'000'000;
        q.durationDays = 30;
        q.offerIds = {m_offerId};
        q.protocol = QStringLiteral("local");
        auto sla = await<CreatedSla>(
            [&](QObject *c, Reply<CreatedSla> done) { m_consumer->deals->create(q, c, done); });
        if (!sla)
            return sla.error();
        return sla->deals.first();
    }

    Result<PaymentReceipt> consumerPays(const QString &dealId)
    {
        return m_consumer->payXlm(dealId);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackProviderPanelTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
        m_market = std::make_unique<testkit::LocalMarket>(m_dir.path());
        QVERIFY2(m_market->start(), qPrintable(m_market->error()));
        m_robot = std::make_unique<testkit::UserRobot>();
        m_robot->allowWindow(QStringLiteral("offerEditor"));
        {
            WalletSetupDialog setup(ctx().wallet);
            setup.setKeystoreParams(keystore::fastParams());
            m_robot->expectWalletSetup();
            setup.exec();
        }
        QVERIFY(ctx().wallet->exists());

        m_consumer = std::make_unique<testkit::AppUser>();
        const Status in = m_consumer->connectAndSignIn(m_market->api->baseUrl());
        QVERIFY2(in, qPrintable(why(in)));
        auto funded = m_consumer->faucet();
        QVERIFY2(funded, qPrintable(why(funded)));

        m_page = std::make_unique<ProviderPage>(ctx());
        m_page->resize(1100, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void signInThenOnboarding()
    {
        // Not signed in: the page says so and offers the step, not a dead end.
        QTRY_COMPARE(m_page->state(), ProviderPage::State::SignedOut);
        auto *action = find<QPushButton>(QStringLiteral("providerGateAction"));
        QVERIFY(action->isVisible());
        QVERIFY2(action->text().contains(QStringLiteral("Sign in")), qPrintable(action->text()));
        // The wallet set up above is still unlocked; locked (Lock now), signing in asks for
        // its password, as after a restart.
        ctx().wallet->security()->lock();
        m_robot->expectPassword(QStringLiteral("Sign in"));
        action->click();
        // Signed in, no provider record: the onboarding wizard, inside the page.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->state(), ProviderPage::State::Onboarding, 30000);
        OnboardingWizard *w = m_page->onboarding();
        QVERIFY(w->isVisible());
        QCOMPARE(w->currentId(), int(OnboardingWizard::BusinessPage));
        QAbstractButton *next = w->button(QWizard::NextButton);
        QVERIFY(!next->isEnabled()); // name, jurisdiction and contact are required
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("businessName"), w),
                         QStringLiteral("Rhein Storage"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("jurisdiction"), w), QStringLiteral("DE"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("contact"), w),
                         QStringLiteral("ops@rhein.example"));
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(w->currentId(), int(OnboardingWizard::StoragePage));

        // The store: a local folder under the node's demo storage, suggested from the name.
        auto *folder = find<QLineEdit>(QStringLiteral("storageFolder"), w);
        QVERIFY2(folder->text().endsWith(QStringLiteral("node/demo-storage/rhein-storage")),
                 qPrintable(folder->text()));
        QVERIFY(!next->isEnabled()); // not tested yet
        QVERIFY2(text(QStringLiteral("probeStatus")).contains(QStringLiteral("test the store")),
                 qPrintable(text(QStringLiteral("probeStatus"))));
        find<QPushButton>(QStringLiteral("testStorage"), w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            text(QStringLiteral("probeStatus")).contains(QStringLiteral("The store works")), 20000);
        QVERIFY(next->isEnabled());
        QVERIFY(QDir(folder->text()).exists());
        QVERIFY(QDir(folder->text()).entryList(QDir::Files).isEmpty()); // the probe cleaned up
        next->click();
        QCOMPARE(w->currentId(), int(OnboardingWizard::ReviewPage));
        QVERIFY2(
            text(QStringLiteral("onboardingSummary")).contains(QStringLiteral("Rhein Storage")),
            qPrintable(text(QStringLiteral("onboardingSummary"))));
        w->button(QWizard::FinishButton)->click();

        // Registered: the panel, with what to do next.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->state(), ProviderPage::State::Panel, 20000);
        QCOMPARE(m_page->tabs()->currentIndex(), int(ProviderPage::OverviewTab));
        QVERIFY(m_page->session()->provider().id.startsWith(QStringLiteral("prv_")));
        QCOMPARE(m_page->session()->provider().address, ctx().wallet->stellarAddress());
        QVERIFY2(m_page->overview()->nextSteps().contains(QStringLiteral("Request certification")),
                 qPrintable(m_page->overview()->nextSteps()));
        QVERIFY2(text(QStringLiteral("overviewStorage")).contains(folder->text()),
                 qPrintable(text(QStringLiteral("overviewStorage"))));
        QVERIFY(find<QPushButton>(QStringLiteral("nextCertify"))->isVisible());
        QVERIFY(!find<QPushButton>(QStringLiteral("nextOffer"))->isEnabled());
        testkit::screenshot(m_page.get(), QStringLiteral("provider-overview-new"));
    }

    void certificationApprovedByAdminCli()
    {
        find<QPushButton>(QStringLiteral("nextCertify"))->click();
        QCOMPARE(m_page->tabs()->currentIndex(), int(ProviderPage::CertificationTab));
        QVERIFY2(
            text(QStringLiteral("certificationStatus")).startsWith(QStringLiteral("Not certified")),
            qPrintable(text(QStringLiteral("certificationStatus"))));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("certCertifications")),
                         QStringLiteral("ISO 27001"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("certRegions")),
                         QStringLiteral("eu-central-1"));
        auto *doc = find<QLineEdit>(QStringLiteral("certNewDocument"));
        QTest::keyClicks(doc, QStringLiteral("https://rhein.example/iso27001.pdf"));
        QTest::keyClick(doc, Qt::Key_Return);
        find<QPushButton>(QStringLiteral("requestCertification"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            text(QStringLiteral("certificationStatus")).startsWith(QStringLiteral("Pending")),
            20000);

        // The admin decides with flashback-node on the node's own database.
        QProcess admin;
        admin.start(qEnvironmentVariable("FB_NODE_PATH"),
                    {QStringLiteral("admin"), QStringLiteral("approve"),
                     m_page->session()->provider().id, QStringLiteral("--level"),
                     QStringLiteral("standard"), QStringLiteral("--expires"),
                     QDate::currentDate().addYears(1).toString(Qt::ISODate),
                     QStringLiteral("--data-dir"), m_market->node->dataDir()});
        QVERIFY(admin.waitForFinished(60000));
        const QString out = QString::fromUtf8(admin.readAllStandardOutput());
        QVERIFY2(admin.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(admin.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("certification approved (standard level")),
                 qPrintable(out));

        syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(text(QStringLiteral("certificationStatus"))
                                     .startsWith(QStringLiteral("Approved: standard level")),
                                 30000);
        QVERIFY2(
            text(QStringLiteral("overviewCertification")).startsWith(QStringLiteral("Approved")),
            qPrintable(text(QStringLiteral("overviewCertification"))));
        QVERIFY2(m_page->overview()->nextSteps().contains(QStringLiteral("Publish a first offer")),
                 qPrintable(m_page->overview()->nextSteps()));
    }

    void publishOffer()
    {
        m_page->tabs()->setCurrentIndex(ProviderPage::OverviewTab);
        auto *next = find<QPushButton>(QStringLiteral("nextOffer"));
        QVERIFY(next->isVisible() && next->isEnabled());
        next->click();
        OfferEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = m_page->findChild<OfferEditorDialog *>()) && editor->isVisible());
        QVERIFY(editor->sidePanelLayout());
        QSignalSpy drafts(editor, &OfferEditorDialog::draftChanged);
        auto *price = editor->findChild<QLineEdit *>(QStringLiteral("storagePrice"));
        price->selectAll();
        QTest::keyClicks(price, QStringLiteral("0.0123"));
        QVERIFY(drafts.count() > 0);
        QCOMPARE(editor->draft().priceStoragePerGbMonthUsd7, qint64(123000));
        QCOMPARE(editor->draft().region, QStringLiteral("eu-central-1")); // from the request
        QVERIFY(editor->draft().protocols.contains(QStringLiteral("local")));
        QVERIFY(editor->draft().endpoint.startsWith(QStringLiteral("file:///")));
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("offerName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Rhein Frankfurt"));
        editor->findChild<QPushButton *>(QStringLiteral("publishOffer"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<OfferEditorDialog *>() == nullptr, 20000);
        QTRY_COMPARE(m_page->session()->offers()->rowCount(), 1);
        const Offer o = m_page->session()->offers()->offers().first();
        m_offerId = o.id;
        QCOMPARE(o.name, QStringLiteral("Rhein Frankfurt"));
        QCOMPARE(o.priceStoragePerGbMonthUsd7, qint64(123000));
        QTableView *table = m_page->offers()->table();
        QCOMPARE(table->model()->index(0, ProviderOffersModel::Status).data().toString(),
                 QStringLiteral("Published"));
        QCOMPARE(table->model()->index(0, ProviderOffersModel::StoragePrice).data().toString(),
                 QStringLiteral("$0.0123 /GB-month"));
    }

    void buyingOwnOfferIsRefusedUpFront()
    {
        // The provider's own wallet in the storage wizard with its own offer chosen: the node
        // would refuse the deal after the sign-in at the payment; the first page says so.
        syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(ctx().market->offer(m_offerId).has_value(), 20000);
        SlaWizard wizard(ctx(), {m_offerId});
        m_robot->allowWindow(wizard.objectName());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), wizard.startId()); // stays on the requirements
        auto *error = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Rhein Frankfurt is your own offer")),
                 qPrintable(error->text()));
        wizard.reject();
    }

    void dealArrivesAndIsAccepted()
    {
        QSignalSpy arrived(m_page.get(), &ProviderPage::dealsArrived);
        auto d = consumerDeal();
        QVERIFY2(d, qPrintable(why(d)));
        m_dealId = d->id;
        syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(dealRow(m_dealId).isValid(), 40000);
        QTRY_VERIFY(arrived.count() >= 1);
        QVERIFY2(arrived.first().at(1).toString().contains(QStringLiteral("5 GB for 30 day")),
                 qPrintable(arrived.first().at(1).toString()));
        QCOMPARE(m_page->tabs()->tabText(ProviderPage::DealsTab), QStringLiteral("&Deals (1)"));
        // The inbox row says what the provider decides on.
        const QModelIndex row = dealRow(m_dealId);
        auto cell = [&](int c) { return row.siblingAtColumn(c).data().toString(); };
        QCOMPARE(cell(ProviderDealsModel::State), QStringLiteral("Awaiting your answer"));
        QCOMPARE(cell(ProviderDealsModel::Size), QStringLiteral("5 GB"));
        QVERIFY(cell(ProviderDealsModel::Duration).startsWith(QStringLiteral("30 day")));
        QCOMPARE(cell(ProviderDealsModel::Price), ProviderDealsModel::usd(d->total.units));
        QCOMPARE(cell(ProviderDealsModel::Net), ProviderDealsModel::usd(d->subtotal.units));
        QCOMPARE(cell(ProviderDealsModel::Qos),
                 Formats().percent(99.9) + QStringLiteral(" up, 200 ms"));
        QVERIFY(d->total.units > d->subtotal.units);
        // Locked offer: shown as such, with the deal.
        QTRY_COMPARE(m_page->offers()
                         ->table()
                         ->model()
                         ->index(0, ProviderOffersModel::Status)
                         .data()
                         .toString(),
                     QStringLiteral("Locked by %1").arg(m_dealId));

        m_page->tabs()->setCurrentIndex(ProviderPage::DealsTab);
        deals()->setCurrentIndex(dealRow(m_dealId));
        auto *accept = find<QPushButton>(QStringLiteral("acceptDeal"));
        QVERIFY(accept->isEnabled());
        accept->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_dealId), std::optional(DealState::Accepted), 20000);
        QVERIFY2(text(QStringLiteral("dealStatus")).contains(QStringLiteral("Accepted")),
                 qPrintable(text(QStringLiteral("dealStatus"))));
        QVERIFY(!dealRow(m_dealId).isValid()); // no longer awaiting an answer
    }

    void consumerPaysProviderActivates()
    {
        auto receipt = consumerPays(m_dealId);
        QVERIFY2(receipt, qPrintable(why(receipt)));
        QCOMPARE(receipt->deal.state, DealState::Funded);
        m_page->inbox()->setView(DealInbox::InProgress);
        syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_dealId), std::optional(DealState::Funded), 30000);
        QTRY_VERIFY(dealRow(m_dealId).isValid());
        deals()->setCurrentIndex(dealRow(m_dealId));
        QCOMPARE(dealRow(m_dealId).siblingAtColumn(ProviderDealsModel::State).data().toString(),
                 QStringLiteral("Paid, ready to activate"));
        auto *activate = find<QPushButton>(QStringLiteral("activateDeal"));
        QVERIFY(activate->isVisible() && activate->isEnabled());
        activate->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_dealId), std::optional(DealState::Active), 20000);
        QTRY_VERIFY(dealRow(m_dealId).isValid());
        QCOMPARE(dealRow(m_dealId).siblingAtColumn(ProviderDealsModel::State).data().toString(),
                 QStringLiteral("Active"));
        QVERIFY2(
            dealRow(m_dealId)
                .siblingAtColumn(ProviderDealsModel::Deadline)
                .data()
                .toString()
                .startsWith(QStringLiteral("29 d")),
            qPrintable(
                dealRow(m_dealId).siblingAtColumn(ProviderDealsModel::Deadline).data().toString()));
        testkit::screenshot(m_page.get(), QStringLiteral("provider-deals-active"));
    }

    void acceptWithKeyboardAlone()
    {
        auto d = consumerDeal();
        QVERIFY2(d, qPrintable(why(d)));
        m_page->inbox()->setView(DealInbox::Pending);
        syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(dealRow(d->id).isValid(), 40000);
        // Focus the table, move with the arrows, Enter accepts.
        m_page->activateWindow();
        deals()->setFocus();
        QTest::keyClick(deals(), Qt::Key_Home);
        QTest::keyClick(deals(), Qt::Key_Down);
        QTest::keyClick(deals(), Qt::Key_Up);
        QCOMPARE(deals()->currentIndex().data(ProviderDealsModel::DealIdRole).toString(), d->id);
        QTest::keyClick(deals(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(d->id), std::optional(DealState::Accepted), 20000);
        QVERIFY2(text(QStringLiteral("dealStatus")).contains(d->id),
                 qPrintable(text(QStringLiteral("dealStatus"))));
    }

    void historySearchesAndFilters()
    {
        m_page->inbox()->setView(DealInbox::History);
        QTRY_COMPARE(deals()->model()->rowCount(), 2);
        auto *search = find<QLineEdit>(QStringLiteral("dealSearch"));
        QTest::keyClicks(search, m_dealId.right(6));
        QTRY_COMPARE(deals()->model()->rowCount(), 1);
        QVERIFY(dealRow(m_dealId).isValid());
        search->clear();
        auto *consumer = find<QLineEdit>(QStringLiteral("dealConsumer"));
        QTest::keyClicks(consumer, QStringLiteral("GNOBODY"));
        QTRY_COMPARE(deals()->model()->rowCount(), 0);
        QVERIFY(text(QStringLiteral("dealsEmpty")).contains(QStringLiteral("No deal matches")));
        consumer->clear();
        QTest::keyClicks(consumer, m_consumer->address().left(10));
        QTRY_COMPARE(deals()->model()->rowCount(), 2);
        // By state: one deal is active, the other accepted and waiting for the payment.
        auto *state = find<QComboBox>(QStringLiteral("dealStateFilter"));
        QVERIFY(state && state->isEnabled());
        state->setCurrentIndex(state->findData(int(DealState::Active)));
        QTRY_COMPARE(deals()->model()->rowCount(), 1);
        QVERIFY(dealRow(m_dealId).isValid());
        state->setCurrentIndex(state->findData(int(DealState::Completed)));
        QTRY_COMPARE(deals()->model()->rowCount(), 0);
        state->setCurrentIndex(0); // any state
        QTRY_COMPARE(deals()->model()->rowCount(), 2);
        // The state filter belongs to the history: the inbox's own views set their states.
        m_page->inbox()->setView(DealInbox::Pending);
        QVERIFY(!state->isEnabled());
    }

    void cleanupTestCase()
    {
        QString why;
        if (m_robot)
            QVERIFY2(m_robot->verify(&why), qPrintable(why));
        m_page.reset();
    }
};

QTEST_MAIN(ProviderPanelTest)
#include "tst_providerpanel.moc"
