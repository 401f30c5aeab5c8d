// The marketplace offscreen over a cache filled through CacheStore::applyPage (no node): the
// table lists the offers; search, region and tier filters narrow it; a header click sorts by
// price; saved filters survive a round trip; Compare and "Create SLA…" take two offers and
// refuse a fifth; the provider dialog shows the certification expiry and charts QoS samples.
// While the app opens its cache (after its first paint) the page shows its frame, loading, and
// fills when the cache is open.
#include "models/formats.h"
#include "ui/appcontext.h"
#include "ui/dialogs/comparedialog.h"
#include "ui/dialogs/providerdialog.h"
#include "ui/pages/marketplacepage.h"
#include "ui/pages/marketplaceservices.h"
#include "ui/widgets/offerfilterpanel.h"
#include "ui/widgets/offertablemodel.h"
#include "ui/widgets/qoschart.h"

#include "models/cacheschema.h"
#include "models/cachestore.h"
#include "models/offersmodel.h"
#include "models/platformservices.h"
#include "models/servicevendorsmodel.h"
#include "wire/database.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleOptionSlider>

#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cmath>

using namespace fb;
using namespace fb::ui;

namespace {
const QStringList kProviderNames{
    QStringLiteral("Aurora Cloud"),   QStringLiteral("Helix DePIN"),
    QStringLiteral("Nordlicht Data"), QStringLiteral("Kestrel Storage"),
    QStringLiteral("Mistral Vault"),  QStringLiteral("Tessera Net")};
const QStringList kRegions{QStringLiteral("eu-central-1"), QStringLiteral("us-east-1"),
                           QStringLiteral("ap-south-1"), QStringLiteral("eu-west-3")};
const QStringList kCountries{QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("IN"),
                             QStringLiteral("FR")};
const QStringList kTiers{QStringLiteral("bronze"), QStringLiteral("silver"), QStringLiteral("gold"),
                         QStringLiteral("platinum")};
const QStringList kProtocols{QStringLiteral("s3"), QStringLiteral("gcs"),
                             QStringLiteral("azure-blob"), QStringLiteral("local")};
constexpr int kOffers = 50;

Change change(qint64 seq, const QString &entity, const QString &id, const QJsonObject &data)
{
    Change c;
    c.seq = seq;
    c.entity = entity;
    c.id = id;
    c.data = data;
    return c;
}

QString screenshotDir()
{
    return qEnvironmentVariable("FB_SCREENSHOT_DIR");
}
} // namespace

class tst_Marketplace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void notConnectedWithoutCache();
    void showsOffers();
    void searchFiltersRows();
    void regionAndTierNarrowRows();
    void noMatchOffersClear();
    void headerClickSortsByPrice();
    void savedFilterRoundTrip();
    void compareShowsBoth();
    void refusesFifthOffer();
    void createSlaEmitsIds();
    void enterOpensProvider();
    void providerShowsCertificationAndChart();
    void providerWithoutSamplesShowsEmptyState();
    void horizontalScrollFollowsColumns();
    void searchStaysInViewWhenFiltersScroll();

    void servicesTabListsVendors();
    void screenshots();
    // Last: its own window takes the focus from the shared page.
    void loadingUntilTheCacheOpens();

private:
    int rows() const { return m_page->tableModel()->rowCount(); }
    int countWhere(const std::function<bool(const Offer &)> &pred) const
    {
        return int(std::count_if(m_offers.begin(), m_offers.end(), pred));
    }
    void resetFilters()
    {
        m_page->filterPanel()->clear();
        m_page->table()->clearSelection();
        QCOMPARE(rows(), kOffers);
    }

    QTemporaryDir m_dir;
    AppContext m_ctx;
    std::unique_ptr<CacheStore> m_store;
    QList<Provider> m_providers;
    QList<Offer> m_offers;
    std::unique_ptr<MarketplacePage> m_page;
    QString m_sampledOffer;
    QSqlDatabase m_cache;
    std::unique_ptr<PlatformServices> m_services;
};

void tst_Marketplace::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FlashbackTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    auto db = CacheDatabase::open(m_dir.path(), QStringLiteral("marketplace"));
    QVERIFY(db.ok());
    m_ctx.dataDir = m_dir.path();
    m_cache = *db;
    m_services = std::make_unique<PlatformServices>(nullptr, m_cache, nullptr, nullptr);
    m_ctx.market = &m_services->market;
    m_ctx.deals = &m_services->deals;
    m_ctx.accounts = &m_services->accounts;
    m_ctx.payments = &m_services->payments;
    m_ctx.providers = &m_services->providers;
    m_store = std::make_unique<CacheStore>(m_cache);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 seq = 0;
    ChangesPage page;
    for (int i = 0; i < kProviderNames.size(); ++i) {
        Provider p;
        p.id = QStringLiteral("prv_%1").arg(i);
        p.address = QStringLiteral("GPROVIDER%1").arg(i);
        p.name = kProviderNames.at(i);
        p.kind = i % 2 ? QStringLiteral("depin") : QStringLiteral("cloud");
        p.jurisdiction = kCountries.at(i % kCountries.size());
        p.contact = QStringLiteral("compliance@%1.example").arg(i);
        p.description = QStringLiteral("%1 runs storage in %2 data centres with 24/7 operations.")
                            .arg(p.name)
                            .arg(3 + i);
        p.reputation = 55 + i * 8;
        if (i % 3 != 2) {
            p.certification.status = QStringLiteral("approved");
            p.certification.level =
                i == 0 ? QStringLiteral("enterprise") : QStringLiteral("standard");
            p.certification.expiresAt = now.addDays(200 + i).addMSecs(-now.time().msec());
            p.certification.certifications = {QStringLiteral("ISO 27001"), QStringLiteral("SOC 2")};
            p.certification.regions = {QStringLiteral("EU"), QStringLiteral("US")};
            p.certification.dataProtection =
                QStringLiteral("GDPR data processing agreement on request.");
            p.certification.documents = {
                QStringLiteral("https://docs.example/%1/iso27001.pdf").arg(p.id)};
        }
        p.createdAt = p.updatedAt = now;
        m_providers << p;
        page.changes << change(++seq, QStringLiteral("provider"), p.id, p.toJson());
    }
    for (int i = 0; i < kOffers; ++i) {
        Offer o;
        o.id = QStringLiteral("off_%1").arg(i, 3, 10, QLatin1Char('0'));
        const Provider &p = m_providers.at(i % m_providers.size());
        o.providerId = p.id;
        o.name =
            QStringLiteral("%1 %2")
                .arg(i % 5 == 0 ? QStringLiteral("Archive") : QStringLiteral("Hot"))
                .arg(kRegions.at(i % kRegions.size()).section(QLatin1Char('-'), 0, 0).toUpper() +
                     QString::number(i));
        o.region = kRegions.at((i / 2) % kRegions.size());
        o.country = kCountries.at((i / 2) % kCountries.size());
        o.qosTier = kTiers.at((i * 7) % kTiers.size());
        o.protocols = {kProtocols.at(i % kProtocols.size())};
        if (i % 3 == 0 && !o.protocols.contains(QStringLiteral("s3")))
            o.protocols << QStringLiteral("s3");
        o.priceStoragePerGbMonthUsd7 = 40000 + qint64((i * 7919) % 50) * 9000; // $0.004..$0.049
        o.priceEgressPerGbUsd7 = 50000 + qint64((i * 31) % 20) * 40000;
        o.uptimeTargetBps = 9900 + (i % 4) * 25;
        o.latencyTargetMs = 80 + (i % 5) * 40;
        o.measuredUptimeBps = i % 6 == 5 ? -1 : 9880 + (i * 13) % 120;
        o.measuredLatencyMs = i % 6 == 5 ? -1 : 40 + (i * 37) % 200;
        o.capacityBytes = qint64(100) * 1000 * 1000 * 1000 * 1000;
        o.freeBytes = qint64((i * 17) % 90 + 1) * 1000 * 1000 * 1000 * 1000;
        o.currencies = {QStringLiteral("USD"), QStringLiteral("XLM")};
        o.features.versioning = i % 2 == 0;
        o.features.encryptionAtRest = true;
        o.endpoint = QStringLiteral("https://s3.%1.example").arg(o.id);
        o.createdAt = o.updatedAt = now;
        m_offers << o;
        page.changes << change(++seq, QStringLiteral("offer"), o.id, o.toJson());
    }
    page.next = seq;
    QVERIFY(m_store->applyPage(QStringLiteral("market"), page).ok());

    // Two days of QoS probes every 30 min for the first offer.
    m_sampledOffer = m_offers.first().id;
    QList<QosSample> samples;
    for (int k = 0; k < 96; ++k) {
        QosSample s;
        s.id = QStringLiteral("qos_%1").arg(k);
        s.offerId = m_sampledOffer;
        s.providerId = m_offers.first().providerId;
        s.at = now.addSecs(-30 * 60 * (96 - k));
        s.ok = k % 23 != 7;
        s.latencyMs =
            s.ok ? int(62 + 14 * std::sin(k / 6.0) + (k * 7) % 11 + (k > 60 && k < 66 ? 95 : 0))
                 : -1;
        s.httpStatus = s.ok ? 200 : 503;
        s.method = QStringLiteral("HEAD");
        samples << s;
    }
    QVERIFY(m_store->storeQosSeries(samples).ok());

    m_page = std::make_unique<MarketplacePage>(m_ctx);
    m_page->resize(1400, 820);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_Marketplace::notConnectedWithoutCache()
{
    AppContext none;
    none.dataDir = m_dir.path();
    MarketplacePage page(none);
    QCOMPARE(page.state(), QStringLiteral("notConnected"));
    auto *empty = page.findChild<QWidget *>(QStringLiteral("marketplaceNotConnected"));
    QVERIFY(empty);
    bool mentionsStarting = false;
    for (QLabel *l : empty->findChildren<QLabel *>())
        mentionsStarting |= l->text().contains(QStringLiteral("local network is starting"));
    QVERIFY(mentionsStarting);
    QSignalSpy nav(&page, &Page::navigateRequested);
    auto *settings = empty->findChild<QPushButton *>();
    QVERIFY(settings);
    settings->click();
    QCOMPARE(nav.size(), 1);
    QCOMPARE(nav.first().first().toString(), QStringLiteral("settings"));
}

void tst_Marketplace::loadingUntilTheCacheOpens()
{
    // As the app builds it: services without a cache yet, the page, then the cache.
    PlatformServices services(nullptr, QSqlDatabase(), nullptr, nullptr);
    services.market.setCacheLoading(true);
    AppContext ctx;
    ctx.dataDir = m_dir.path();
    ctx.market = &services.market;
    ctx.deals = &services.deals;
    MarketplacePage page(ctx);
    page.resize(1200, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.state(), QStringLiteral("loading"));
    auto *loading = page.findChild<QWidget *>(QStringLiteral("marketplaceLoading"));
    QVERIFY(loading && loading->isVisible());
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("marketplaceNotConnected"))->isVisible());
    QVERIFY(page.filterPanel()->isVisible()); // the frame is there, waiting
    QVERIFY(!page.filterPanel()->isEnabled());
    QVERIFY(!page.tableModel());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("createSla"))->isEnabled());

    QSignalSpy opened(&services.market, &MarketService::cacheOpened);
    services.setCache(m_cache);
    QCOMPARE(opened.size(), 1);
    QVERIFY(services.deals.hasCache());
    QCOMPARE(page.state(), QStringLiteral("offers"));
    QVERIFY(page.tableModel());
    QCOMPARE(page.tableModel()->rowCount(), kOffers);
    QVERIFY(page.filterPanel()->isEnabled());
    QVERIFY(!loading->isVisible());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("offerCount"))
                ->text()
                .contains(QStringLiteral("50")));
}

void tst_Marketplace::showsOffers()
{
    QCOMPARE(m_page->state(), QStringLiteral("offers"));
    QCOMPARE(rows(), kOffers);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("offerCount"))
                ->text()
                .contains(QStringLiteral("50")));
    // Every listed column has a header and the first row renders each.
    OfferTableModel *m = m_page->tableModel();
    for (int c = 0; c < OfferTableModel::ColumnCount; ++c)
        QVERIFY(!m->headerData(c, Qt::Horizontal).toString().isEmpty());
    const QString price = m->index(0, OfferTableModel::PriceStorage).data().toString();
    QVERIFY2(price.startsWith(QLatin1Char('$')), qPrintable(price));
    QVERIFY(m->index(0, OfferTableModel::Location).data().toString().contains(QLatin1Char('(')));
    QVERIFY(m->index(0, OfferTableModel::Uptime).data().toString().contains(QLatin1Char('/')));
    // Certified badge matches the provider's approval.
    for (int r = 0; r < rows(); ++r) {
        const QString pid = m->index(r, 0).data(OfferTableModel::ProviderIdRole).toString();
        const int pi = pid.mid(4).toInt();
        QCOMPARE(m->index(r, OfferTableModel::Certification)
                     .data(OfferTableModel::CertifiedRole)
                     .toBool(),
                 pi % 3 != 2);
    }
    // Display currency setter.
    m_page->setDisplayCurrency(QStringLiteral("EUR"), 0.5);
    QVERIFY(m->index(0, OfferTableModel::PriceStorage)
                .data()
                .toString()
                .startsWith(QStringLiteral("€")));
    m_page->setDisplayCurrency(QStringLiteral("USD"), 1.0);
}

void tst_Marketplace::searchFiltersRows()
{
    resetFilters();
    QLineEdit *search = m_page->filterPanel()->searchField();
    // Ctrl+F focuses the search field.
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("helix"));
    QCOMPARE(rows(), kOffers); // debounced: nothing re-queried per keystroke
    const int expected =
        countWhere([](const Offer &o) { return o.providerId == QLatin1String("prv_1"); });
    QTRY_COMPARE(rows(), expected);
    for (int r = 0; r < rows(); ++r)
        QCOMPARE(m_page->tableModel()->index(r, OfferTableModel::Provider).data().toString(),
                 QStringLiteral("Helix DePIN"));
}

void tst_Marketplace::regionAndTierNarrowRows()
{
    resetFilters();
    auto *region = m_page->filterPanel()->findChild<QComboBox *>(QStringLiteral("regionFilter"));
    auto *tier = m_page->filterPanel()->findChild<QComboBox *>(QStringLiteral("tierFilter"));
    auto *country = m_page->filterPanel()->findChild<QComboBox *>(QStringLiteral("countryFilter"));
    QVERIFY(region && tier && country);
    QCOMPARE(region->count(), kRegions.size() + 1); // "Any" + DISTINCT regions from the cache
    QCOMPARE(country->count(), kCountries.size() + 1);
    region->setCurrentIndex(region->findData(QStringLiteral("eu-central-1")));
    const int inRegion =
        countWhere([](const Offer &o) { return o.region == QLatin1String("eu-central-1"); });
    QCOMPARE(rows(), inRegion);
    tier->setCurrentIndex(tier->findData(QStringLiteral("gold")));
    const int inRegionGold = countWhere([](const Offer &o) {
        return o.region == QLatin1String("eu-central-1") && CacheStore::tierRank(o.qosTier) >= 3;
    });
    QVERIFY(inRegionGold > 0 && inRegionGold < inRegion);
    QCOMPARE(rows(), inRegionGold);
    for (int r = 0; r < rows(); ++r) {
        const QString t =
            m_page->tableModel()->index(r, OfferTableModel::Tier).data().toString().toLower();
        QVERIFY2(t == QLatin1String("gold") || t == QLatin1String("platinum"), qPrintable(t));
    }
}

void tst_Marketplace::noMatchOffersClear()
{
    resetFilters();
    QTest::keyClicks(m_page->filterPanel()->searchField(), QStringLiteral("zzz-no-such-offer"));
    QTRY_COMPARE(m_page->state(), QStringLiteral("noMatch"));
    auto *clear = m_page->findChild<QPushButton *>(QStringLiteral("noMatchClearFilters"));
    QVERIFY(clear && clear->isVisible());
    clear->click();
    QCOMPARE(m_page->state(), QStringLiteral("offers"));
    QCOMPARE(rows(), kOffers);
    QVERIFY(m_page->filterPanel()->searchField()->text().isEmpty());
}

void tst_Marketplace::headerClickSortsByPrice()
{
    resetFilters();
    QHeaderView *header = m_page->table()->horizontalHeader();
    const int section = OfferTableModel::PriceStorage;
    auto clickHeader = [&] {
        const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    auto prices = [&] {
        QList<qint64> p;
        for (int r = 0; r < rows(); ++r)
            p << m_page->tableModel()
                     ->index(r, section)
                     .data(OfferTableModel::SortValueRole)
                     .toLongLong();
        return p;
    };
    // Sort by egress first, then click the storage price header.
    m_page->table()->sortByColumn(OfferTableModel::PriceEgress, Qt::AscendingOrder);
    clickHeader();
    QList<qint64> p = prices();
    QCOMPARE(p.size(), kOffers);
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QVERIFY(std::is_sorted(p.begin(), p.end()) || std::is_sorted(p.rbegin(), p.rend()));
    clickHeader();
    QVERIFY(header->sortIndicatorOrder() != first);
    p = prices();
    if (header->sortIndicatorOrder() == Qt::AscendingOrder)
        QVERIFY(std::is_sorted(p.begin(), p.end()));
    else
        QVERIFY(std::is_sorted(p.rbegin(), p.rend()));
    QVERIFY(p.first() != p.last());
    m_page->table()->sortByColumn(section, Qt::AscendingOrder);
    // The certification column has no SQL sort: a click keeps the previous order.
    const int certX = header->sectionViewportPosition(OfferTableModel::Certification) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(certX, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), section);
}

void tst_Marketplace::savedFilterRoundTrip()
{
    resetFilters();
    OfferFilterPanel *panel = m_page->filterPanel();
    OfferFilter f;
    f.region = QStringLiteral("us-east-1");
    f.minTier = QStringLiteral("silver");
    f.certifiedOnly = true;
    f.maxPriceStorage = 300000;
    f.minReputation = 60;
    panel->setFilter(f);
    const int narrowed = rows();
    QVERIFY(narrowed < kOffers);
    panel->saveFilter(QStringLiteral("US certified"));
    QVERIFY(panel->savedFilterNames().contains(QStringLiteral("US certified")));
    // Stored as JSON text in QSettings, without anything secret.
    const QString raw = QSettings().value(OfferFilterPanel::savedFiltersKey()).toString();
    QVERIFY(raw.contains(QStringLiteral("\"us-east-1\"")));

    panel->clear();
    QCOMPARE(rows(), kOffers);
    OfferFilterPanel other; // a fresh panel (next start) sees it
    QCOMPARE(other.savedFilterNames(), QStringList{QStringLiteral("US certified")});
    QVERIFY(panel->applySavedFilter(QStringLiteral("US certified")));
    QCOMPARE(panel->filter(), f);
    QCOMPARE(rows(), narrowed);
    panel->deleteSavedFilter(QStringLiteral("US certified"));
    QVERIFY(panel->savedFilterNames().isEmpty());
}

void tst_Marketplace::compareShowsBoth()
{
    resetFilters();
    QTableView *t = m_page->table();
    t->selectionModel()->select(m_page->tableModel()->index(0, 0),
                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    t->selectionModel()->select(m_page->tableModel()->index(3, 0),
                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList ids = m_page->selectedOfferIds();
    QCOMPARE(ids.size(), 2);
    auto *compare = m_page->findChild<QPushButton *>(QStringLiteral("compareOffers"));
    QVERIFY(compare->isEnabled());
    compare->click();
    auto *dialog = m_page->findChild<CompareDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTableWidget *table = dialog->table();
    QCOMPARE(table->columnCount(), 2);
    for (int c = 0; c < 2; ++c) {
        const Offer &o = *std::find_if(m_offers.begin(), m_offers.end(),
                                       [&](const Offer &x) { return x.id == ids.at(c); });
        QCOMPARE(table->horizontalHeaderItem(c)->text(), o.name);
    }
    // The storage price row highlights the cheaper offer.
    int priceRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->verticalHeaderItem(r)->text() == QLatin1String("Storage / GB-month"))
            priceRow = r;
    QVERIFY(priceRow >= 0);
    const qint64 p0 = m_page->tableModel()
                          ->index(0, OfferTableModel::PriceStorage)
                          .data(OfferTableModel::SortValueRole)
                          .toLongLong();
    const qint64 p1 = m_page->tableModel()
                          ->index(3, OfferTableModel::PriceStorage)
                          .data(OfferTableModel::SortValueRole)
                          .toLongLong();
    if (p0 != p1) {
        QCOMPARE(table->item(priceRow, 0)->data(CompareDialog::BestRole).toBool(), p0 < p1);
        QCOMPARE(table->item(priceRow, 1)->data(CompareDialog::BestRole).toBool(), p1 < p0);
    }
    if (!screenshotDir().isEmpty())
        dialog->grab().save(screenshotDir() + QStringLiteral("/marketplace-compare.png"));
    dialog->close();
}

void tst_Marketplace::refusesFifthOffer()
{
    resetFilters();
    QTableView *t = m_page->table();
    for (int r = 0; r < 5; ++r) {
        const QRect rect = t->visualRect(m_page->tableModel()->index(r, OfferTableModel::Provider));
        QTest::mouseClick(t->viewport(), Qt::LeftButton, r ? Qt::ControlModifier : Qt::NoModifier,
                          rect.center());
    }
    QCOMPARE(m_page->selectedOfferIds().size(), MarketplacePage::kMaxSelection);
    QVERIFY(!t->selectionModel()->isRowSelected(4, {}));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("selectionHint"))
                ->text()
                .contains(QStringLiteral("up to 4")));
    // A range of six at once keeps four too.
    t->clearSelection();
    t->selectionModel()->select(
        QItemSelection(m_page->tableModel()->index(10, 0),
                       m_page->tableModel()->index(15, OfferTableModel::ColumnCount - 1)),
        QItemSelectionModel::Select);
    QCOMPARE(m_page->selectedOfferIds().size(), MarketplacePage::kMaxSelection);
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("compareOffers"))->isEnabled());
}

void tst_Marketplace::createSlaEmitsIds()
{
    resetFilters();
    QSignalSpy spy(m_page.get(), &MarketplacePage::slaRequested);
    auto *create = m_page->findChild<QPushButton *>(QStringLiteral("createSla"));
    QVERIFY(!create->isEnabled());
    QTableView *t = m_page->table();
    t->selectionModel()->select(m_page->tableModel()->index(1, 0),
                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    t->selectionModel()->select(m_page->tableModel()->index(2, 0),
                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(create->isEnabled());
    create->click();
    QCOMPARE(spy.size(), 1);
    const QStringList expected{m_page->tableModel()->offerId(1), m_page->tableModel()->offerId(2)};
    QCOMPARE(spy.first().first().toStringList(), expected);
}

void tst_Marketplace::enterOpensProvider()
{
    resetFilters();
    QTableView *t = m_page->table();
    t->setFocus();
    t->setCurrentIndex(m_page->tableModel()->index(2, 0));
    const QString pid =
        m_page->tableModel()->index(2, 0).data(OfferTableModel::ProviderIdRole).toString();
    QTest::keyClick(t, Qt::Key_Return);
    auto *dialog = m_page->findChild<ProviderDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->hasProvider());
    const Provider &p = m_providers.at(pid.mid(4).toInt());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("providerName"))->text(), p.name);
    dialog->close();
    QTRY_VERIFY(!m_page->findChild<ProviderDialog *>());
}

void tst_Marketplace::providerShowsCertificationAndChart()
{
    resetFilters();
    const Offer &o = m_offers.first();
    const Provider &p = m_providers.first();
    ProviderDialog dialog(m_ctx, p.id, o.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.hasProvider());
    const QString expiry = Formats().date(p.certification.expiresAt);
    QVERIFY2(dialog.certificationText().contains(expiry), qPrintable(dialog.certificationText()));
    QVERIFY(dialog.certificationText().contains(QStringLiteral("enterprise")));
    QVERIFY(dialog.qosChart()->hasData());
    QChart *chart = dialog.qosChart()->chart();
    QVERIFY(chart);
    QVERIFY(chart->series().size() >= 2);
    auto *latency = qobject_cast<QLineSeries *>(chart->series().first());
    QVERIFY(latency);
    QVERIFY(latency->count() > 80); // the successful probes
    QVERIFY(dialog.qosChart()->chartView()->isVisible());
    const int providerOffers = countWhere([&](const Offer &x) { return x.providerId == p.id; });
    QCOMPARE(dialog.offersTable()->rowCount(), providerOffers);
    // Availability per bucket: one failure in a bucket of four is 75 %.
    QList<QosSample> s(4);
    s[1].ok = s[2].ok = s[3].ok = true;
    QCOMPARE(QosChart::availability(s, 1).first().second, 75.0);
}

void tst_Marketplace::providerWithoutSamplesShowsEmptyState()
{
    const Provider &p = m_providers.at(2); // not certified, no samples
    ProviderDialog dialog(m_ctx, p.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.qosChart()->hasData());
    QVERIFY(dialog.qosChart()->findChild<QLabel *>(QStringLiteral("qosEmpty"))->isVisible());
    QVERIFY(dialog.certificationText().contains(QStringLiteral("Not certified")));
}

void tst_Marketplace::horizontalScrollFollowsColumns()
{
    // A narrow window: the columns are wider than the table. The thumb starts at the left with
    // the first column in view, and an arrow click moves a few pixels, not the whole width.
    resetFilters();
    m_page->resize(820, 560);
    QTableView *table = m_page->table();
    QScrollBar *bar = table->horizontalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->minimum());
    QCOMPARE(table->columnViewportPosition(table->horizontalHeader()->logicalIndex(0)), 0);
    const int viewport = table->viewport()->width();
    // The thumb's position says which part of the columns shows: at the left, the first ones.
    QStyleOptionSlider opt;
    opt.initFrom(bar);
    opt.orientation = Qt::Horizontal;
    opt.minimum = bar->minimum();
    opt.maximum = bar->maximum();
    opt.sliderPosition = bar->sliderPosition();
    opt.sliderValue = bar->value();
    opt.singleStep = bar->singleStep();
    opt.pageStep = bar->pageStep();
    opt.upsideDown = bar->invertedAppearance();
    opt.rect = bar->rect();
    const QRect thumb =
        bar->style()->subControlRect(QStyle::CC_ScrollBar, &opt, QStyle::SC_ScrollBarSlider, bar);
    QVERIFY2(thumb.left() < bar->width() / 4,
             qPrintable(QStringLiteral("thumb at %1 of %2").arg(thumb.left()).arg(bar->width())));
    // The scroll range is the columns' overflow in pixels.
    const int content = table->horizontalHeader()->length();
    QVERIFY2(
        std::abs(bar->maximum() - (content - viewport)) <= 2,
        qPrintable(
            QStringLiteral("range %1, overflow %2").arg(bar->maximum()).arg(content - viewport)));
    bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    const int moved = bar->value() - bar->minimum();
    QVERIFY2(moved > 0 && moved < viewport / 4, qPrintable(QString::number(moved)));
    QCOMPARE(table->horizontalHeader()->offset(), bar->value());
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    QCOMPARE(table->horizontalHeader()->offset(), content - viewport);
    bar->triggerAction(QAbstractSlider::SliderToMinimum);
    QCOMPARE(table->horizontalHeader()->offset(), 0);
    if (!screenshotDir().isEmpty())
        m_page->grab().save(screenshotDir() + QStringLiteral("/marketplace-narrow.png"));
    m_page->resize(1400, 820);
}

namespace {
// Whether all of w shows in the viewport of the scroll area it is in (or on screen at all).
bool wholeInView(QWidget *w)
{
    if (!w->isVisible() || w->visibleRegion().boundingRect() != w->rect())
        return false;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            const QRect at(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
            return area->viewport()->rect().contains(at);
        }
    }
    return true;
}
} // namespace

void tst_Marketplace::searchStaysInViewWhenFiltersScroll()
{
    // Issue 19: the filter panel at the height the page has at 1024x640 scrolls; scrolled to the
    // bottom, the search field is still whole on top. Every filter the keyboard reaches, by Tab
    // or by a jump (a label's Alt key, a click), is scrolled into view, and Ctrl+F brings the
    // search even with the panel hidden.
    resetFilters();
    m_page->resize(820, 420);
    m_page->activateWindow(); // the keyboard's window again, after the dialogs before
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    OfferFilterPanel *panel = m_page->filterPanel();
    QLineEdit *search = panel->searchField();
    QScrollArea *area = panel->filtersArea();
    QVERIFY(area && !area->isAncestorOf(search));
    QScrollBar *bar = area->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    QVERIFY(wholeInView(search));
    QCOMPARE(search->mapTo(panel, QPoint(0, 0)).y(), 0);

    // Tab through the filters from the first (the search's Tab goes to the offers): each one
    // whole in view when it has the focus.
    bar->setValue(bar->maximum());
    auto *region = panel->findChild<QComboBox *>(QStringLiteral("regionFilter"));
    QVERIFY(region);
    region->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(region->hasFocus());
    QVERIFY(wholeInView(region));
    QStringList reached;
    for (int i = 0; i < 16; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || !area->isAncestorOf(now))
            break;
        reached << now->accessibleName();
        QVERIFY2(wholeInView(now),
                 qPrintable(QStringLiteral("%1 (%6) at %2+%7 in a %3 px view, scrolled %4 of %5")
                                .arg(now->accessibleName())
                                .arg(now->mapTo(area->viewport(), QPoint(0, 0)).y())
                                .arg(area->viewport()->height())
                                .arg(bar->value())
                                .arg(bar->maximum())
                                .arg(QString::fromLatin1(now->metaObject()->className()))
                                .arg(now->height())));
    }
    QVERIFY2(reached.size() >= 6, qPrintable(reached.join(u", ")));
    // Shift+Tab back up from the last filter reached, to the top.
    bar->setValue(bar->maximum());
    for (int i = 0; i < 16; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QWidget *now = QApplication::focusWidget();
        if (!now || !area->isAncestorOf(now))
            break;
        QVERIFY2(wholeInView(now), qPrintable(now->accessibleName()));
    }

    // A jump to the last filter with the panel scrolled to the top.
    bar->setValue(0);
    auto *saved = panel->findChild<QPushButton *>(QStringLiteral("saveFilter"));
    QVERIFY(saved && saved->isEnabled() && area->isAncestorOf(saved));
    QVERIFY(!wholeInView(saved));
    saved->setFocus(Qt::ShortcutFocusReason);
    QTRY_VERIFY(saved->hasFocus());
    QVERIFY2(wholeInView(saved), qPrintable(QString::number(bar->value())));

    // Ctrl+F from the table with the panel hidden: the panel comes back, the search focused.
    auto *toggle = m_page->findChild<QToolButton *>(QStringLiteral("toggleFilters"));
    QVERIFY(toggle);
    toggle->setChecked(false);
    QVERIFY(!panel->isVisible());
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QVERIFY(toggle->isChecked() && wholeInView(search));
    if (!screenshotDir().isEmpty())
        m_page->grab().save(screenshotDir() + QStringLiteral("/marketplace-short.png"));
    m_page->resize(1400, 820);
}

void tst_Marketplace::servicesTabListsVendors()
{
    // The Services tab: the storage providers are not listed there, so it starts empty and
    // says how a vendor gets listed.
    QTabWidget *tabs = m_page->tabs();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    tabs->setCurrentWidget(m_page->services());
    MarketplaceServices *services = m_page->services();
    QTRY_VERIFY(services->isVisible());
    QCOMPARE(services->state(), QStringLiteral("noServices"));
    auto *empty = services->findChild<QWidget *>(QStringLiteral("servicesEmpty"));
    QVERIFY(empty && empty->isVisible());
    bool saysHow = false;
    for (QLabel *l : empty->findChildren<QLabel *>())
        saysHow |= l->text().contains(QStringLiteral("Service vendor"));
    QVERIFY(saysHow);

    // Two vendors arrive through the sync: one certified, one pending.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ChangesPage page;
    qint64 seq = 10000;
    for (int i = 0; i < 2; ++i) {
        Provider v;
        v.id = QStringLiteral("prv_svc%1").arg(i);
        v.address = QStringLiteral("GSERVICE%1").arg(i);
        v.role = QStringLiteral("service");
        v.name = i == 0 ? QStringLiteral("Ferry Migrations") : QStringLiteral("Ledger Audit Tools");
        v.kind = QStringLiteral("cloud");
        v.jurisdiction = i == 0 ? QStringLiteral("NL") : QStringLiteral("CH");
        v.contact = QStringLiteral("hello@svc%1.example").arg(i);
        v.description = i == 0 ? QStringLiteral("Bucket-to-bucket migration with checksums.")
                               : QStringLiteral("Compliance reports for stored archives.");
        v.reputation = 60 + i;
        if (i == 0) {
            v.certification.status = QStringLiteral("approved");
            v.certification.level = QStringLiteral("standard");
            v.certification.expiresAt = now.addDays(90).addMSecs(-now.time().msec());
            v.certification.regions = {QStringLiteral("EU")};
        } else {
            v.certification.status = QStringLiteral("pending");
        }
        v.createdAt = v.updatedAt = now;
        page.changes << change(++seq, QStringLiteral("provider"), v.id, v.toJson());
    }
    page.next = seq;
    QVERIFY(m_store->applyPage(QStringLiteral("market"), page).ok());
    m_page->reload();
    QCOMPARE(services->state(), QStringLiteral("services"));
    QTableView *table = services->table();
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    // The storage offers are untouched: vendors are not storage providers.
    QCOMPARE(m_page->state(), QStringLiteral("offers"));
    QStringList descriptions;
    for (int r = 0; r < 2; ++r)
        descriptions
            << table->model()->index(r, ServiceVendorsModel::Description).data().toString();
    QVERIFY(descriptions.contains(QStringLiteral("Bucket-to-bucket migration with checksums.")));

    // Search by what they sell, the certified-only switch, and a search matching nothing.
    auto *search = services->findChild<QLineEdit *>(QStringLiteral("servicesSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("compliance"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ServiceVendorsModel::Name).data().toString(),
             QStringLiteral("Ledger Audit Tools"));
    QCOMPARE(table->model()->index(0, ServiceVendorsModel::Certification).data().toString(),
             QStringLiteral("Pending"));
    search->clear();
    auto *certified = services->findChild<QCheckBox *>(QStringLiteral("servicesCertifiedOnly"));
    QVERIFY(certified);
    certified->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(table->model()
                ->index(0, ServiceVendorsModel::Certification)
                .data()
                .toString()
                .startsWith(QStringLiteral("Certified (standard) until")));
    search->setText(QStringLiteral("no such vendor"));
    QCOMPARE(services->state(), QStringLiteral("noMatch"));
    auto *noMatch = services->findChild<QWidget *>(QStringLiteral("servicesNoMatch"));
    QVERIFY(noMatch);
    auto *clear = noMatch->findChild<QPushButton *>();
    QVERIFY(clear);
    clear->click();
    QCOMPARE(services->state(), QStringLiteral("services"));
    QCOMPARE(table->model()->rowCount(), 2);
    if (const QString dir = screenshotDir(); !dir.isEmpty())
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/marketplace-services.png")));
    tabs->setCurrentIndex(0);
}

void tst_Marketplace::screenshots()
{
    const QString dir = screenshotDir();
    if (dir.isEmpty())
        QSKIP("FB_SCREENSHOT_DIR not set");
    resetFilters();
    m_page->table()->sortByColumn(OfferTableModel::PriceStorage, Qt::AscendingOrder);
    QTableView *t = m_page->table();
    t->selectionModel()->select(m_page->tableModel()->index(1, 0),
                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    t->selectionModel()->select(m_page->tableModel()->index(3, 0),
                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::qWait(50);
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/marketplace.png")));
    ProviderDialog dialog(m_ctx, m_providers.first().id, m_offers.first().id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/provider-profile.png")));
}

QTEST_MAIN(tst_Marketplace)
#include "tst_marketplace.moc"
