// The provider's Earnings and QoS tab against a real flashback-node, as a provider with a running
// deal sees it. The embedded node (with its demo market) names the test's second person (the
// consumer, an AppUser) an admin, who runs the node's cycle (QoS probes and settlement) on
// demand. The provider signs in through the page, is registered
// and certified (expiring in 20 days: the dashboard warns), publishes an offer on a local folder
// under the node's demo storage, accepts, gets paid and activates a deal. Then:
//   - after a cycle the earnings cards show what the node released, in XLM units;
//   - the QoS chart has the probes as points; with the folder gone the next probe fails and the
//     chart marks the breach; the window selector asks the node for 24 hours, 7 days, 30 days;
//   - the consumer's dispute shows with the node's evidence, and the provider's response from
//     the dashboard reaches the node;
//   - a second offer's editor shows the pricing assistant's percentile and suggestion against
//     the comparable offers (same region, tier and protocol) of the synced market.
#include "appuser.h"
#include "localmarket.h"
#include "models/accountservice.h"
#include "models/apiclient.h"
#include "models/dealservice.h"
#include "models/formats.h"
#include "models/paymentservice.h"
#include "models/providerdashboardmodels.h"
#include "models/providerservice.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/pages/providerpage.h"
#include "ui/provider/dealinbox.h"
#include "ui/provider/offereditordialog.h"
#include "ui/provider/offerspanel.h"
#include "ui/provider/onboardingwizard.h"
#include "ui/provider/providerdashboard.h"
#include "ui/provider/providersession.h"
#include "ui/provider/storageendpoint.h"
#include "ui/theme.h"
#include "ui/widgets/qoschart.h"
#include "userrobot.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace fb;
using namespace fb::ui;

using testkit::await;
using testkit::why;

class ProviderDashboardTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // The other person: its own key and app; an admin of the node (--admin).
    testkit::AppUser m_consumer;
    std::unique_ptr<testkit::LocalMarket> m_market;
    std::unique_ptr<testkit::UserRobot> m_robot;
    std::unique_ptr<ProviderPage> m_page;
    Provider m_provider;
    Offer m_offer;
    Deal m_deal;
    QString m_folder;

    AppContext &ctx() { return m_market->context; }
    ProviderDashboard *dashboard() { return m_page->findChild<ProviderDashboard *>(); }
    template <typename W> W *find(const QString &name) { return m_page->findChild<W *>(name); }
    QString text(const QString &labelName)
    {
        auto *l = find<QLabel>(labelName);
        return l ? l->text() : QStringLiteral("<no label %1>").arg(labelName);
    }
    void syncNow() { m_market->sync->syncNow(); }

    // A request as the consumer (an admin too); the reply when it came.
    ApiResponse consumerCall(const QByteArray &verb, const QString &path,
                             const QJsonObject &body = {})
    {
        return m_consumer.call(verb, path, body);
    }
    static QString failure(const ApiResponse &r)
    {
        return r.ok() ? QString() : r.error->code + QStringLiteral(": ") + r.error->message;
    }
    // The node's cycle now: QoS probes, settlement, completion.
    bool cycle()
    {
        const ApiResponse r = consumerCall("POST", QStringLiteral("/v1/admin/cycle"));
        if (!r.ok())
            qWarning("cycle: %s", qPrintable(failure(r)));
        return r.ok();
    }
    // What the node released to the provider from the deal's escrow, in the coin paid (the
    // escrow movements of kind "release"); -1 when the node did not answer.
    qint64 releasedUnits(const QString &dealId, QString *currency = nullptr)
    {
        const ApiResponse r =
            consumerCall("GET", QStringLiteral("/v1/deals/%1/payments").arg(dealId));
        if (!r.ok())
            return -1;
        qint64 sum = 0;
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
            auto p = Payment::fromJson(v.toObject());
            if (p && p->kind == QLatin1String("release")) {
                sum += p->amount.units;
                if (currency)
                    *currency = p->amount.currency;
            }
        }
        return sum;
    }

    Result<PaymentReceipt> consumerPays(const QString &dealId) { return m_consumer.payXlm(dealId); }

    QChart *qosChart()
    {
        auto *chart = dashboard()->findChild<QosChart *>();
        return chart ? chart->chart() : nullptr;
    }
    int qosPoints()
    {
        QChart *chart = qosChart();
        int n = 0;
        if (chart)
            for (QAbstractSeries *s : chart->series())
                if (auto *xy = qobject_cast<QXYSeries *>(s);
                    xy && !qobject_cast<QScatterSeries *>(s))
                    n = std::max(n, int(xy->count()));
        return n;
    }
    int breachMarks()
    {
        QChart *chart = qosChart();
        if (!chart)
            return 0;
        for (QAbstractSeries *s : chart->series())
            if (auto *sc = qobject_cast<QScatterSeries *>(s);
                sc && sc->name() == QStringLiteral("Breaches"))
                return int(sc->count());
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackProviderDashboardTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_market = std::make_unique<testkit::LocalMarket>(
            m_dir.path(), QStringList{QStringLiteral("--admin"), m_consumer.address()});
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

        const Status in = m_consumer.connectAndSignIn(m_market->api->baseUrl());
        QVERIFY2(in, qPrintable(why(in)));
        auto funded = m_consumer.faucet();
        QVERIFY2(funded, qPrintable(why(funded)));

        m_page = std::make_unique<ProviderPage>(ctx());
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // Sign in through the page, as the provider does.
        QTRY_COMPARE(m_page->state(), ProviderPage::State::SignedOut);
        // The wallet set up above is still unlocked (WalletSecurity): no password asked.
        find<QPushButton>(QStringLiteral("providerGateAction"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->state(), ProviderPage::State::Onboarding, 30000);
    }

    void providerWithAnActiveDeal()
    {
        // Registered, certified until 20 days from now, one offer on a local folder.
        Provider entry;
        entry.role = QStringLiteral("provider");
        entry.name = QStringLiteral("Elbe Storage");
        entry.kind = QStringLiteral("cloud");
        entry.jurisdiction = QStringLiteral("DE");
        entry.contact = QStringLiteral("ops@elbe.example");
        auto p = await<Provider>([&](QObject *c, Reply<Provider> done) {
            ctx().providers->registerProvider(entry, c, done);
        });
        QVERIFY2(p, qPrintable(why(p)));
        Certification request;
        request.certifications = {QStringLiteral("ISO 27001")};
        request.regions = {QStringLiteral("eu-central-1")};
        request.dataProtection = QStringLiteral("GDPR processor agreement.");
        request.documents = {QStringLiteral("https://elbe.example/iso27001.pdf")};
        auto asked = await<Provider>([&](QObject *c, Reply<Provider> done) {
            ctx().providers->requestCertification(p->id, request, c, done);
        });
        QVERIFY2(asked, qPrintable(why(asked)));
        const ApiResponse approved = consumerCall(
            "POST", QStringLiteral("/v1/providers/%1/certification/approve").arg(p->id),
            {{QStringLiteral("level"), QStringLiteral("standard")},
             {QStringLiteral("expiresAt"),
              timestampToJson(QDateTime::currentDateTimeUtc().addDays(20))}});
        QVERIFY2(approved.ok(), qPrintable(failure(approved)));
        m_provider = *p;

        StorageEndpoint store;
        store.type = QStringLiteral("local");
        store.path = StorageEndpoint::suggestedLocalFolder(m_dir.path(), entry.name);
        QVERIFY(QDir().mkpath(store.path));
        m_folder = store.path;

        Offer o;
        o.providerId = p->id;
        o.name = QStringLiteral("Elbe Hamburg");
        o.region = QStringLiteral("eu-central-1");
        o.country = QStringLiteral("DE");
        o.qosTier = QStringLiteral("silver");
        o.protocols = {QStringLiteral("local")};
        o.priceStoragePerGbMonthUsd7 = 80000; // $0.008
        o.priceEgressPerGbUsd7 = 100000;
        o.capacityBytes = qint64(10) * 1000 * 1000 * 1000 * 1000;
        o.uptimeTargetBps = 9900;
        o.latencyTargetMs = 500;
        o.minDurationDays = 1;
        o.maxDurationDays = 365;
        o.currencies = {QStringLiteral("XLM")};
        o.endpoint = store.offerEndpoint();
        auto published = await<Offer>(
            [&](QObject *c, Reply<Offer> done) { ctx().providers->createOffer(o, c, done); });
        QVERIFY2(published, qPrintable(why(published)));
        m_offer = *published;

        m_page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->state(), ProviderPage::State::Panel, 30000);
        m_page->session()->setStorage(store);

        // The consumer's deal: accepted, paid in XLM, activated.
        QuoteRequest q;
        q.sizeBytes = 800'000'000'000;
        q.egressBytes = 1'000'000'000;
        q.durationDays = 30;
        q.offerIds = {m_offer.id};
        q.protocol = QStringLiteral("local");
        auto sla = await<CreatedSla>(
            [&](QObject *c, Reply<CreatedSla> done) { m_consumer.deals->create(q, c, done); });
        QVERIFY2(sla, qPrintable(why(sla)));
        auto accepted = await<Deal>([&](QObject *c, Reply<Deal> done) {
            ctx().providers->accept(sla->deals.first(), m_page->session()->storage(), c, done);
        });
        QVERIFY2(accepted, qPrintable(why(accepted)));
        auto receipt = consumerPays(accepted->id);
        QVERIFY2(receipt, qPrintable(why(receipt)));
        QCOMPARE(receipt->deal.state, DealState::Funded);
        auto active = await<Deal>([&](QObject *c, Reply<Deal> done) {
            ctx().providers->activate(accepted->id, c, done);
        });
        QVERIFY2(active, qPrintable(why(active)));
        QCOMPARE(active->state, DealState::Active);
        m_deal = *active;
    }

    void earningsShowWhatTheNodeReleased()
    {
        // The cycle probes the folder and settles: some of the escrow is released.
        QTRY_VERIFY_WITH_TIMEOUT((cycle(), releasedUnits(m_deal.id) > 0), 60000);
        QString coin;
        const qint64 released = releasedUnits(m_deal.id, &coin);
        QCOMPARE(coin, QStringLiteral("XLM"));

        int dashTab = -1;
        for (int i = 0; i < m_page->tabs()->count(); ++i)
            if (m_page->tabs()->widget(i) == dashboard())
                dashTab = i;
        QVERIFY(dashTab >= 0);
        m_page->tabs()->setCurrentIndex(dashTab);
        syncNow();
        dashboard()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard()->isLoading() && !dashboard()->earnings().isEmpty(),
                                 30000);
        QCOMPARE(dashboard()->currency(), QStringLiteral("XLM"));
        // The released amount in XLM to the unit (7 decimals), the same in every window; the
        // escrow holds the rest of what the consumer paid for the provider.
        QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("earnings_all_released")),
                                  unitsText(released, QStringLiteral("XLM")), 30000);
        QCOMPARE(text(QStringLiteral("earnings_7d_released")),
                 text(QStringLiteral("earnings_all_released")));
        QVERIFY2(
            text(QStringLiteral("earnings_all_released")).endsWith(QStringLiteral("\u00A0XLM")),
            qPrintable(text(QStringLiteral("earnings_all_released"))));
        QVERIFY2(
            text(QStringLiteral("earnings_all_escrowed")).endsWith(QStringLiteral("\u00A0XLM")),
            qPrintable(text(QStringLiteral("earnings_all_escrowed"))));
        QVERIFY(text(QStringLiteral("earnings_all_escrowed")) !=
                unitsText(0, QStringLiteral("XLM")));
        // The certification expires in 20 days: the header warns.
        QVERIFY2(text(QStringLiteral("dashboardHeader")).contains(QStringLiteral("expires in")),
                 qPrintable(text(QStringLiteral("dashboardHeader"))));
        // Capacity: the deal's 800 GB sold on the offer and in total.
        auto *capacity = find<QTableView>(QStringLiteral("capacityTable"));
        QVERIFY(capacity && capacity->model()->rowCount() >= 2);
        testkit::screenshot(m_page.get(), QStringLiteral("provider-dashboard"));
    }

    void qosChartMarksABreach()
    {
        auto *window = find<QComboBox>(QStringLiteral("qosWindow"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(qosPoints() > 0, 30000);
        QCOMPARE(breachMarks(), 0);
        // The provider's folder disappears: the next probe fails, the chart marks it.
        const QString moved = m_folder + QStringLiteral(".away");
        QVERIFY(QDir().rename(m_folder, moved));
        QVERIFY(cycle());
        syncNow();
        dashboard()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(breachMarks() > 0, 30000);
        QVERIFY2(text(QStringLiteral("qosSummary")).contains(QStringLiteral("breach")),
                 qPrintable(text(QStringLiteral("qosSummary"))));
        QVERIFY(QDir().rename(moved, m_folder));
        // Each window asks the node again; a month holds at least what a day holds.
        const int day = qosPoints();
        window->setCurrentIndex(2); // 30 days
        QTRY_VERIFY_WITH_TIMEOUT(qosPoints() >= day, 30000);
        QVERIFY(breachMarks() > 0);
        window->setCurrentIndex(0);
    }

    void disputeAnsweredFromTheDashboard()
    {
        const ApiResponse opened =
            consumerCall("POST", QStringLiteral("/v1/deals/%1/disputes").arg(m_deal.id),
                         {{QStringLiteral("reason"), QStringLiteral("Files were unreadable")}});
        QVERIFY2(opened.ok(), qPrintable(failure(opened)));
        const QString disputeId = opened.json.value(QStringLiteral("id")).toString();
        syncNow();
        auto *table = find<QTableView>(QStringLiteral("disputesTable"));
        QVERIFY(table);
        // It arrives through the sync (the dashboard refreshes on dispute changes).
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1 && !dashboard()->isLoading(),
                                 60000);
        QCOMPARE(table->model()->index(0, DisputesModel::Reason).data().toString(),
                 QStringLiteral("Files were unreadable"));
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *evidence = find<QPlainTextEdit>(QStringLiteral("disputeEvidence"));
        QVERIFY(!evidence->toPlainText().isEmpty());
        auto *response = find<QPlainTextEdit>(QStringLiteral("disputeResponse"));
        auto *send = find<QPushButton>(QStringLiteral("respondDispute"));
        QVERIFY(response->isEnabled());
        QVERIFY(!send->isEnabled()); // nothing written yet
        response->setFocus();
        QTest::keyClicks(response, QStringLiteral("The folder was moved during maintenance."));
        QVERIFY(send->isEnabled());
        send->click();
        // The node has it, and the consumer reads it.
        const auto answer = [&] {
            const ApiResponse seen =
                consumerCall("GET", QStringLiteral("/v1/disputes/") + disputeId);
            return seen.ok() ? seen.json : QJsonObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(answer().value(QStringLiteral("response")).toString(),
                                  QStringLiteral("The folder was moved during maintenance."),
                                  30000);
        QCOMPARE(answer().value(QStringLiteral("respondedBy")).toString(),
                 ctx().wallet->stellarAddress());
        // The dashboard shows it as answered, with the response under the evidence.
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, DisputesModel::State).data().toString(),
                                  QStringLiteral("Open, answered"), 30000);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_VERIFY(evidence->toPlainText().contains(
            QStringLiteral("The folder was moved during maintenance.")));
        testkit::screenshot(m_page.get(), QStringLiteral("provider-dashboard-dispute"));
    }

    void pricingAssistantInTheOfferEditor()
    {
        // A second offer like the first: the market has comparables (the demo network's
        // eu-central-1 silver offer on local storage, and the provider's own first offer).
        m_page->tabs()->setCurrentIndex(ProviderPage::OffersTab);
        QTRY_VERIFY(m_page->offers()->isVisible());
        m_page->offers()->duplicateOffer();
        OfferEditorDialog *editor = nullptr;
        QTRY_VERIFY((editor = m_page->findChild<OfferEditorDialog *>()) && editor->isVisible());
        auto *percentile = editor->findChild<QLabel *>(QStringLiteral("pricingPercentile"));
        auto *suggested = editor->findChild<QLabel *>(QStringLiteral("pricingSuggestedPrice"));
        QVERIFY(percentile && suggested);
        QTRY_VERIFY_WITH_TIMEOUT(percentile->isVisible() && !percentile->text().isEmpty(), 20000);
        QVERIFY2(percentile->text().contains(QStringLiteral("percentile")) ||
                     percentile->text().contains(QLatin1Char('%')),
                 qPrintable(percentile->text()));
        QVERIFY2(suggested->text().contains(QLatin1Char('$')), qPrintable(suggested->text()));
        testkit::screenshot(editor, QStringLiteral("provider-offer-editor-pricing"));
        editor->reject();
        QTRY_VERIFY(m_page->findChild<OfferEditorDialog *>() == nullptr);
    }

    // FB_SCREENSHOT_DIR set: the provider's screens in the light and the dark theme, at
    // 1024x640 and at full size (1600x1000).
    void screenshots()
    {
        if (!qEnvironmentVariableIsSet("FB_SCREENSHOT_DIR"))
            QSKIP("FB_SCREENSHOT_DIR not set");
        int dashTab = -1;
        for (int i = 0; i < m_page->tabs()->count(); ++i)
            if (m_page->tabs()->widget(i) == dashboard())
                dashTab = i;
        const QList<std::pair<QString, QSize>> sizes{{QStringLiteral("1024"), QSize(1024, 640)},
                                                     {QStringLiteral("full"), QSize(1600, 1000)}};
        for (const auto &[theme, mode] : {std::pair{QStringLiteral("light"), ThemeMode::Light},
                                          std::pair{QStringLiteral("dark"), ThemeMode::Dark}}) {
            Theme::apply(mode);
            for (const auto &[sizeName, size] : sizes) {
                const QString suffix = QStringLiteral("-%1-%2").arg(theme, sizeName);
                m_page->resize(size);
                QApplication::processEvents();
                const QList<std::pair<int, QString>> tabs{
                    {int(ProviderPage::OffersTab), QStringLiteral("provider-offers")},
                    {int(ProviderPage::DealsTab), QStringLiteral("provider-inbox")},
                    {dashTab, QStringLiteral("provider-dashboard")}};
                for (const auto &[tab, name] : tabs) {
                    m_page->tabs()->setCurrentIndex(tab);
                    if (tab == int(ProviderPage::DealsTab))
                        m_page->inbox()->setView(DealInbox::History);
                    QApplication::processEvents();
                    testkit::screenshot(m_page.get(), name + suffix);
                }
                // The dashboard's lower half (QoS, disputes) scrolled into view.
                m_page->tabs()->setCurrentIndex(dashTab);
                if (auto *area = dashboard()->findChild<QScrollArea *>()) {
                    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
                    QApplication::processEvents();
                    testkit::screenshot(m_page.get(),
                                        QStringLiteral("provider-earnings-qos") + suffix);
                    area->verticalScrollBar()->setValue(0);
                }
                // The offer editor with the pricing assistant.
                m_page->tabs()->setCurrentIndex(ProviderPage::OffersTab);
                m_page->offers()->table()->setCurrentIndex(
                    m_page->offers()->table()->model()->index(0, 0));
                m_page->offers()->duplicateOffer();
                OfferEditorDialog *editor = nullptr;
                QTRY_VERIFY((editor = m_page->findChild<OfferEditorDialog *>()) &&
                            editor->isVisible());
                editor->resize(size.width() >= 1600 ? QSize(1300, 860) : QSize(1000, 620));
                QTRY_VERIFY_WITH_TIMEOUT(
                    !editor->findChild<QLabel *>(QStringLiteral("pricingPercentile"))
                         ->text()
                         .isEmpty(),
                    20000);
                QApplication::processEvents();
                testkit::screenshot(editor, QStringLiteral("provider-offer-editor") + suffix);
                editor->reject();
                QTRY_VERIFY(m_page->findChild<OfferEditorDialog *>() == nullptr);
                // Onboarding's first page, as a newcomer sees it.
                OnboardingWizard wizard(ctx());
                wizard.resize(size);
                wizard.show();
                QVERIFY(QTest::qWaitForWindowExposed(&wizard));
                testkit::screenshot(&wizard, QStringLiteral("provider-onboarding") + suffix);
            }
        }
        Theme::apply(ThemeMode::Light);
        m_page->resize(1280, 900);
    }

    void cleanupTestCase()
    {
        QString why;
        if (m_robot)
            QVERIFY2(m_robot->verify(&why), qPrintable(why));
        m_page.reset();
    }
};

QTEST_MAIN(ProviderDashboardTest)
#include "tst_providerdashboard.moc"
