#include "ui/pages/marketplacepage.h"

#include "ui/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace fb::ui {

MarketplacePage::MarketplacePage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("marketplace"), context, parent)
{
    setHeader(title(), tr("Compare storage offers from certified clouds and DePIN networks."));
    m_empty = new EmptyState(
        iconPath(), tr("No offers yet"),
        tr("Offers appear here as soon as the app has synced with the platform. If this takes "
           "long, check the platform connection in Settings."),
        this);
    connect(m_empty->addAction(tr("Open Settings"), tr("Check or change the platform node")),
            &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("settings")); });
    body()->addWidget(m_empty);
}

QString MarketplacePage::title() const
{
    return tr("Marketplace");
}

} // namespace fb::ui
