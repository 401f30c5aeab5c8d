#include "ui/pages/slaspage.h"

#include "ui/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace fb::ui {

SlasPage::SlasPage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("slas"), context, parent)
{
    setHeader(title(), tr("Your storage agreements: their state, cost and measured quality."));
    m_empty = new EmptyState(
        iconPath(), tr("No SLAs yet"),
        tr("An SLA is an agreement with one or more providers to keep your data for a period, "
           "at a price and a quality you choose. Pick offers in the Marketplace to create one."),
        this);
    connect(m_empty->addAction(tr("Browse the Marketplace")), &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("marketplace")); });
    body()->addWidget(m_empty);
}

QString SlasPage::title() const
{
    return tr("SLAs");
}

} // namespace fb::ui
