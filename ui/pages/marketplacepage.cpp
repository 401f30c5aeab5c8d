#include "ui/pages/marketplacepage.h"

#include "ui/dialogs/comparedialog.h"
#include "ui/dialogs/providerdialog.h"
#include "ui/emptystate.h"
#include "ui/pages/marketplaceservices.h"
#include "ui/widgets/badgedelegate.h"
#include "ui/widgets/offerfilterpanel.h"
#include "ui/widgets/offertablemodel.h"

#include "models/marketservice.h"
#include "models/offersmodel.h"
#include "models/syncengine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

MarketplacePage::MarketplacePage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("marketplace"), context, parent)
    , m_stack(new QStackedWidget(this))
    , m_content(new QWidget(this))
    , m_filters(new OfferFilterPanel(m_content))
    , m_results(new QStackedWidget(m_content))
    , m_table(new QTableView(m_results))
    , m_count(new QLabel(m_content))
    , m_hint(new QLabel(m_content))
    , m_provider(new QPushButton(tr("&Provider…"), m_content))
    , m_compare(new QPushButton(tr("Co&mpare"), m_content))
    , m_createSla(new QPushButton(tr("Create SL&A…"), m_content))
    , m_reloadTimer(new QTimer(this))
{
    setHeader(title(), tr("Compare storage offers from certified clouds and DePIN networks."));

    m_notConnected = new EmptyState(
        iconPath(), tr("Not connected"),
        tr("Not connected — the local network is starting. Offers appear here as soon as the "
           "app has synced with the platform; if this takes long, check the platform node in "
           "Settings."),
        m_stack);
    m_notConnected->setObjectName(QStringLiteral("marketplaceNotConnected"));
    connect(m_notConnected->addAction(tr("Open Settings"), tr("Check or change the platform node")),
            &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("settings")); });
    m_noOffers = new EmptyState(
        iconPath(), tr("No offers yet"),
        tr("Offers appear here as soon as the app has synced with the platform. If this takes "
           "long, check the platform connection in Settings."),
        m_stack);
    m_noOffers->setObjectName(QStringLiteral("marketplaceNoOffers"));
    connect(m_noOffers->addAction(tr("Open Settings"), tr("Check or change the platform node")),
            &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("settings")); });

    // Filters on the left: the search on top, the rest scrolling when the window is short; the
    // toggle below the table hides them when the table needs the room.
    connect(m_filters, &OfferFilterPanel::filterChanged, this, &MarketplacePage::applyFilter);

    m_table->setObjectName(QStringLiteral("offersTable"));
    m_table->setAccessibleName(tr("Offers"));
    m_table->setAccessibleDescription(
        tr("Select up to four offers to compare them or create an SLA; Enter opens the provider."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    // Scroll sideways by pixels: per column, the stretched last column counted as a whole page
    // (the thumb sat at the wrong end and one arrow click jumped the whole width). An arrow click
    // moves a few characters.
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->horizontalScrollBar()->setSingleStep(4 * m_table->fontMetrics().averageCharWidth());
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto *badges = new BadgeDelegate(m_table);
    m_table->setItemDelegateForColumn(OfferTableModel::Certification, badges);
    m_table->setItemDelegateForColumn(OfferTableModel::Tier, badges);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openProvider(index.row()); });

    m_noMatch = new EmptyState(
        iconPath(), tr("No offers match"),
        tr("No offer meets every filter. Loosen a filter or clear them all."), m_results);
    m_noMatch->setObjectName(QStringLiteral("marketplaceNoMatch"));
    QPushButton *clear = m_noMatch->addAction(tr("Clear filters"), tr("Show every offer again"));
    clear->setObjectName(QStringLiteral("noMatchClearFilters"));
    connect(clear, &QPushButton::clicked, m_filters, &OfferFilterPanel::clear);
    // The app opens its cache after the window's first paint: meanwhile the page shows its
    // frame (filters, buttons) and this in place of the table.
    m_loading = new EmptyState(iconPath(), tr("Loading offers…"),
                               tr("Opening this computer's copy of the marketplace."), m_results);
    m_loading->setObjectName(QStringLiteral("marketplaceLoading"));
    m_results->addWidget(m_table);
    m_results->addWidget(m_noMatch);
    m_results->addWidget(m_loading);

    m_count->setObjectName(QStringLiteral("offerCount"));
    m_hint->setObjectName(QStringLiteral("selectionHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    // Wraps instead of holding the window wide (the buttons beside it keep their room).
    m_hint->setWordWrap(true);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_provider->setObjectName(QStringLiteral("openProvider"));
    m_provider->setToolTip(tr("Show the provider of the current offer (Enter)"));
    m_provider->setAccessibleName(tr("Show provider"));
    m_compare->setObjectName(QStringLiteral("compareOffers"));
    m_compare->setToolTip(tr("Compare the selected offers side by side (2 to 4)"));
    m_compare->setAccessibleName(tr("Compare selected offers"));
    m_createSla->setObjectName(QStringLiteral("createSla"));
    m_createSla->setToolTip(
        tr("Create an SLA that stores data across the selected offers (up to 4)"));
    m_createSla->setAccessibleName(tr("Create SLA from selected offers"));
    connect(m_provider, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            openProvider(m_table->currentIndex().row());
    });
    connect(m_compare, &QPushButton::clicked, this, &MarketplacePage::compareSelected);
    connect(m_createSla, &QPushButton::clicked, this, &MarketplacePage::requestSla);

    auto *toggle = new QToolButton(m_content);
    toggle->setObjectName(QStringLiteral("toggleFilters"));
    toggle->setCheckable(true);
    toggle->setChecked(true);
    toggle->setText(tr("Filters"));
    toggle->setToolTip(tr("Show or hide the filter panel"));
    toggle->setAccessibleName(tr("Show filters"));
    connect(toggle, &QToolButton::toggled, m_filters, &QWidget::setVisible);

    auto *actions = new QHBoxLayout;
    actions->addWidget(toggle);
    actions->addWidget(m_count);
    actions->addSpacing(12);
    actions->addWidget(m_hint, 1);
    actions->addWidget(m_provider);
    actions->addWidget(m_compare);
    actions->addWidget(m_createSla);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_results, 1);
    right->addLayout(actions);

    auto *contentLayout = new QHBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_filters);
    contentLayout->addLayout(right, 1);

    m_stack->addWidget(m_notConnected);
    m_stack->addWidget(m_noOffers);
    m_stack->addWidget(m_content);
    // Storage offers, and the vendors of auxiliary services in a tab of their own.
    m_services = new MarketplaceServices(context, this);
    connect(m_services, &MarketplaceServices::navigateRequested, this,
            &MarketplacePage::navigateRequested);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("marketplaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stack, tr("Storage &offers"));
    m_tabs->addTab(m_services, tr("Serv&ices"));
    m_tabs->setTabToolTip(0, tr("Storage offers from certified clouds and DePIN networks"));
    m_tabs->setTabToolTip(1, tr("Vendors of migration, analytics and compliance tools"));
    body()->addWidget(m_tabs);

    setTabOrder(m_filters->searchField(), m_table);
    setTabOrder(m_table, m_provider);
    setTabOrder(m_provider, m_compare);
    setTabOrder(m_compare, m_createSla);

    // On its own the page answers Ctrl+F; in the main window, Edit > Find does.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this, toggle] {
        toggle->setChecked(true); // the search is in the filter panel: shown to be typed in
        m_filters->focusSearch();
    });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &MarketplacePage::reload);
    if (context.market)
        connect(context.market, &MarketService::cacheOpened, this, &MarketplacePage::reload);
    if (context.sync) {
        connect(context.sync, &SyncEngine::pageApplied, this,
                [this](qint64, int, const QStringList &entities) {
                    if (entities.contains(QStringLiteral("offer")) ||
                        entities.contains(QStringLiteral("provider")))
                        m_reloadTimer->start();
                });
    }

    ensureModel();
    updateState();
    updateSelection();
    applyPreferredCurrency();
    // Settings > Prices in: the prices follow at once, as on the SLAs and Wallet pages.
    connect(PriceFormat::notifier(), &DisplayCurrencyNotifier::changed, this,
            &MarketplacePage::applyPreferredCurrency);
}

MarketplacePage::~MarketplacePage()
{
    // The table model reads m_offers, which goes before the widgets (a page closed as its own
    // window asked a dangling model for its rows).
    m_table->setModel(nullptr);
    delete m_tableModel;
}

QLineEdit *MarketplacePage::searchField() const
{
    return m_filters->searchField();
}

QHeaderView *MarketplacePage::columnsHeader() const
{
    return m_table->horizontalHeader();
}

QString MarketplacePage::title() const
{
    return tr("Marketplace");
}

bool MarketplacePage::ensureModel()
{
    if (m_offers)
        return true;
    if (!context().market || !context().market->hasCache())
        return false;
    m_offers = context().market->createOffersModel();
    m_offers->setBatchSize(200);
    m_tableModel = new OfferTableModel(m_offers.get(), this);
    m_tableModel->setPriceFormat(m_price);
    m_table->setModel(m_tableModel);
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, &MarketplacePage::updateSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected) {
                limitSelection(selected);
                updateSelection();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MarketplacePage::updateSelection);

    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(OfferTableModel::PriceStorage, Qt::AscendingOrder);
    m_lastSortColumn = OfferTableModel::PriceStorage;
    m_table->setSortingEnabled(true); // sorts the model once: loads the first window
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder) {
                if (OfferTableModel::sourceColumn(column) < 0) {
                    // Not sortable (OffersModel has no such column): keep the previous indicator.
                    const QSignalBlocker block(header);
                    header->setSortIndicator(m_lastSortColumn, m_lastSortColumn >= 0
                                                                   ? header->sortIndicatorOrder()
                                                                   : Qt::AscendingOrder);
                    return;
                }
                m_lastSortColumn = column;
            });
    loadChoices();
    m_filters->setPriceFormat(m_price);
    applyFilter(m_filters->filter());
    m_table->resizeColumnsToContents();
    // Long offer and provider names must not push the prices out of view: cap them and elide
    // (the full text is in the tooltip and the provider page).
    for (int column : {int(OfferTableModel::Offer), int(OfferTableModel::Provider)})
        header->resizeSection(column, 190);
    m_table->setTextElideMode(Qt::ElideRight);
    header->setStretchLastSection(true);
    return true;
}

void MarketplacePage::loadChoices()
{
    const MarketService *market = context().market;
    m_filters->setChoices(market->regions(), market->countries(), market->protocols());
}

void MarketplacePage::reload()
{
    if (!ensureModel()) {
        updateState();
        if (m_services)
            m_services->reload();
        return;
    }
    loadChoices();
    m_offers->refresh();
    updateState();
    if (m_services)
        m_services->reload();
}

void MarketplacePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_offers && ensureModel())
        updateState();
    applyPreferredCurrency(); // the node may not have had its rates when the page was built
}

void MarketplacePage::applyFilter(const OfferFilter &f)
{
    if (!m_offers)
        return;
    if (f == m_offers->filter())
        m_offers->refresh();
    else
        m_offers->setFilter(f);
    updateState();
}

void MarketplacePage::setDisplayCurrency(const QString &code, double ratePerUsd)
{
    m_price.setCurrency(code, ratePerUsd);
    if (m_tableModel)
        m_tableModel->setPriceFormat(m_price);
    m_filters->setPriceFormat(m_price);
}

void MarketplacePage::applyPreferredCurrency()
{
    const QString code = PriceFormat::preferredCurrency();
    if (code == m_price.currency())
        return;
    if (code == QLatin1String("USD") || !context().market || !context().market->connected()) {
        setDisplayCurrency(QStringLiteral("USD"), 1.0);
        return;
    }
    QPointer<MarketplacePage> self(this);
    context().market->rates(this, [self, code](Result<QList<Rate>> r) {
        if (!self || !r.ok())
            return;
        PriceFormat f;
        f.setFromRates(code, *r);
        self->setDisplayCurrency(f.currency(), f.rate());
        if (self->m_tableModel)
            self->m_table->viewport()->update();
    });
}

QString MarketplacePage::state() const
{
    QWidget *w = m_stack->currentWidget();
    if (w == m_notConnected)
        return QStringLiteral("notConnected");
    if (w == m_noOffers)
        return QStringLiteral("noOffers");
    if (m_results->currentWidget() == m_loading)
        return QStringLiteral("loading");
    return m_results->currentWidget() == m_noMatch ? QStringLiteral("noMatch")
                                                   : QStringLiteral("offers");
}

void MarketplacePage::updateState()
{
    if (!m_offers) {
        const bool loading = context().market && context().market->cacheLoading();
        m_stack->setCurrentWidget(loading ? m_content : static_cast<QWidget *>(m_notConnected));
        if (loading) {
            m_results->setCurrentWidget(m_loading);
            m_count->setText(tr("Loading…"));
        }
        m_filters->setEnabled(!loading);
        return;
    }
    m_filters->setEnabled(true);
    const qint64 total = m_offers->totalCount();
    if (total <= 0 && m_offers->filter() == OfferFilter()) {
        // An empty cache: still starting (no API yet) or not synced yet.
        m_stack->setCurrentWidget(
            context().market && context().market->connected() ? m_noOffers : m_notConnected);
        return;
    }
    m_stack->setCurrentWidget(m_content);
    m_results->setCurrentWidget(total > 0 ? static_cast<QWidget *>(m_table) : m_noMatch);
    m_count->setText(total == 1 ? tr("1 offer") : tr("%1 offers").arg(std::max<qint64>(total, 0)));
}

QStringList MarketplacePage::selectedOfferIds() const
{
    QStringList ids;
    if (!m_tableModel)
        return ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        ids << m_tableModel->offerId(i.row());
    return ids;
}

void MarketplacePage::limitSelection(const QItemSelection &selected)
{
    QItemSelectionModel *sm = m_table->selectionModel();
    const QModelIndexList rows = sm->selectedRows();
    if (rows.size() <= kMaxSelection)
        return;
    // Keep what was selected before, then the newly selected rows in order, up to the limit.
    QList<int> fresh;
    for (const QModelIndex &i : selected.indexes())
        if (i.column() == 0)
            fresh << i.row();
    std::sort(fresh.begin(), fresh.end());
    const int keepNew = std::max(0, kMaxSelection - int(rows.size() - fresh.size()));
    QItemSelection drop;
    for (int k = keepNew; k < fresh.size(); ++k)
        drop.select(m_tableModel->index(fresh.at(k), 0),
                    m_tableModel->index(fresh.at(k), OfferTableModel::ColumnCount - 1));
    {
        const QSignalBlocker block(sm);
        sm->select(drop, QItemSelectionModel::Deselect);
    }
    m_table->viewport()->update();
    m_hint->setText(tr("You can pick up to %1 offers at a time.").arg(kMaxSelection));
    m_hint->setProperty("refused", true);
}

void MarketplacePage::updateSelection()
{
    const int n = int(selectedOfferIds().size());
    m_compare->setEnabled(n >= 2 && n <= kMaxSelection);
    m_createSla->setEnabled(n >= 1 && n <= kMaxSelection);
    m_provider->setEnabled(m_tableModel && m_table->currentIndex().isValid());
    if (m_hint->property("refused").toBool()) {
        m_hint->setProperty("refused", false); // shown once, until the next change
        return;
    }
    if (n == 0)
        m_hint->setText(tr("Select up to %1 offers (Ctrl+click) to compare them or create an SLA.")
                            .arg(kMaxSelection));
    else
        m_hint->setText(n == 1 ? tr("1 offer selected (up to %1).").arg(kMaxSelection)
                               : tr("%1 offers selected (up to %2).").arg(n).arg(kMaxSelection));
}

CompareDialog *MarketplacePage::compareSelected()
{
    const QStringList ids = selectedOfferIds();
    const MarketService *market = context().market;
    if (ids.size() < 1 || ids.size() > kMaxSelection || !market)
        return nullptr;
    QList<Offer> offers;
    QHash<QString, Provider> providers;
    for (const QString &id : ids) {
        auto o = market->offer(id);
        if (!o)
            continue;
        offers << *o;
        if (!providers.contains(o->providerId))
            if (auto p = market->provider(o->providerId))
                providers.insert(o->providerId, *p);
    }
    if (offers.isEmpty())
        return nullptr;
    auto *dialog = new CompareDialog(offers, providers, m_price, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::slaRequested, this, &MarketplacePage::slaRequested);
    dialog->show();
    return dialog;
}

ProviderDialog *MarketplacePage::openProvider(int row)
{
    if (!m_tableModel || row < 0 || row >= m_tableModel->rowCount())
        return nullptr;
    const QModelIndex index = m_tableModel->index(row, 0);
    auto *dialog =
        new ProviderDialog(context(), index.data(OfferTableModel::ProviderIdRole).toString(),
                           index.data(OfferTableModel::IdRole).toString(), m_price, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProviderDialog::slaRequested, this, &MarketplacePage::slaRequested);
    dialog->show();
    return dialog;
}

void MarketplacePage::requestSla()
{
    const QStringList ids = selectedOfferIds();
    if (ids.isEmpty() || ids.size() > kMaxSelection)
        return;
    Q_EMIT slaRequested(ids);
}

} // namespace fb::ui
