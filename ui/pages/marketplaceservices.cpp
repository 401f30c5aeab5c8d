#include "ui/pages/marketplaceservices.h"

#include "models/marketservice.h"
#include "models/providersmodel.h"
#include "models/servicevendorsmodel.h"
#include "ui/appcontext.h"
#include "ui/emptystate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fb::ui {

MarketplaceServices::MarketplaceServices(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_stack(new QStackedWidget(this))
    , m_list(new QWidget(this))
    , m_search(new QLineEdit(m_list))
    , m_certified(new QCheckBox(tr("&Certified only"), m_list))
    , m_table(new QTableView(m_list))
    , m_count(new QLabel(m_list))
{
    const QString icon = QStringLiteral(":/icons/marketplace.svg");
    m_notConnected = new EmptyState(
        icon, tr("Not connected"),
        tr("Service vendors appear here once the app has synced with the platform. If this "
           "takes long, check the platform node in Settings."),
        m_stack);
    m_notConnected->setObjectName(QStringLiteral("servicesNotConnected"));
    connect(m_notConnected->addAction(tr("Open Settings"), tr("Check or change the platform node")),
            &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("settings")); });
    m_none = new EmptyState(
        icon, tr("No service vendors yet"),
        tr("Vendors of migration, analytics and compliance tools for storage consumers are "
           "listed here once they register. To sell a service yourself, switch to the Provider "
           "role and choose \"Service vendor\" on the first page of the registration."),
        m_stack);
    m_none->setObjectName(QStringLiteral("servicesEmpty"));
    m_noMatch = new EmptyState(icon, tr("No vendor matches"),
                               tr("No service vendor matches this search. Clear the search or "
                                  "show uncertified vendors too."),
                               m_stack);
    m_noMatch->setObjectName(QStringLiteral("servicesNoMatch"));
    connect(m_noMatch->addAction(tr("Clear the search")), &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_certified->setChecked(false);
    });

    m_search->setObjectName(QStringLiteral("servicesSearch"));
    m_search->setPlaceholderText(tr("Search vendors and their services"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Lists the vendors whose name, services, jurisdiction or account "
                            "contains this text"));
    m_certified->setObjectName(QStringLiteral("servicesCertifiedOnly"));
    m_certified->setToolTip(tr("Only vendors whose certification is approved and unexpired"));
    m_table->setObjectName(QStringLiteral("servicesTable"));
    m_table->setAccessibleName(tr("Service vendors"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_count->setObjectName(QStringLiteral("servicesCount"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_certified);
    top->addWidget(m_count);
    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);

    m_stack->addWidget(m_notConnected);
    m_stack->addWidget(m_none);
    m_stack->addWidget(m_noMatch);
    m_stack->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setTabOrder(m_search, m_certified);
    setTabOrder(m_certified, m_table);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (ensureModel())
            m_model->setSearch(text);
        updateState();
    });
    connect(m_certified, &QCheckBox::toggled, this, [this](bool on) {
        if (ensureModel())
            m_model->setCertifiedOnly(on);
        updateState();
    });
    reload();
}

MarketplaceServices::~MarketplaceServices()
{
    m_table->setModel(nullptr);
}

bool MarketplaceServices::ensureModel()
{
    if (m_model)
        return true;
    if (!m_ctx.market || !m_ctx.market->hasCache())
        return false;
    const std::unique_ptr<ProvidersModel> providers = m_ctx.market->createProvidersModel();
    if (!providers)
        return false;
    m_model = std::make_unique<ServiceVendorsModel>(*providers);
    m_table->setModel(m_model.get());
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(ServiceVendorsModel::Description, QHeaderView::Stretch);
    h->setSortIndicator(ServiceVendorsModel::Reputation, Qt::DescendingOrder);
    return true;
}

void MarketplaceServices::reload()
{
    if (ensureModel())
        m_model->refresh();
    updateState();
}

void MarketplaceServices::updateState()
{
    if (!ensureModel()) {
        m_stack->setCurrentWidget(m_notConnected);
        return;
    }
    const qint64 shown = m_model->totalCount();
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_certified->isChecked();
    if (shown > 0) {
        m_count->setText(tr("%n vendor(s)", nullptr, int(shown)));
        m_stack->setCurrentWidget(m_list);
        return;
    }
    m_stack->setCurrentWidget(filtered ? static_cast<QWidget *>(m_noMatch) : m_none);
}

QString MarketplaceServices::state() const
{
    QWidget *w = m_stack->currentWidget();
    if (w == m_list)
        return QStringLiteral("services");
    if (w == m_noMatch)
        return QStringLiteral("noMatch");
    if (w == m_none)
        return QStringLiteral("noServices");
    return QStringLiteral("notConnected");
}

} // namespace fb::ui
