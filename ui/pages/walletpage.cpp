#include "ui/pages/walletpage.h"

#include "ui/emptystate.h"

#include <QVBoxLayout>

namespace fb::ui {

WalletPage::WalletPage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("wallet"), context, parent)
{
    setHeader(title(), tr("Your keys stay on this computer, encrypted under your password."));
    m_empty = new EmptyState(
        iconPath(), tr("No wallet yet"),
        tr("A wallet pays for SLAs in XLM, ALGO or BTC and signs you in to the platform. You "
           "will create one, or restore one from your recovery words, when you first pay for "
           "an SLA."),
        this);
    body()->addWidget(m_empty);
}

QString WalletPage::title() const
{
    return tr("Wallet");
}

} // namespace fb::ui
