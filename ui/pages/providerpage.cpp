#include "ui/pages/providerpage.h"

#include "ui/emptystate.h"

#include <QVBoxLayout>

namespace fb::ui {

ProviderPage::ProviderPage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("provider"), context, parent)
{
    setHeader(title(), tr("Sell storage: publish offers, accept SLAs, follow QoS and earnings."));
    m_empty = new EmptyState(
        iconPath(), tr("Not registered as a provider"),
        tr("Providers register their business, get certified and publish offers that consumers "
           "find in the Marketplace. Switch the role to Provider in the sidebar to start."),
        this);
    body()->addWidget(m_empty);
}

QString ProviderPage::title() const
{
    return tr("Provider");
}

} // namespace fb::ui
