// WalletPage: the embedded wallet: accounts, balances, payments and offline signing.
#pragma once

#include "ui/page.h"

namespace fb::ui {

class EmptyState;

class WalletPage : public Page
{
    Q_OBJECT
public:
    explicit WalletPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/wallet.svg"); }

private:
    EmptyState *m_empty;
};

} // namespace fb::ui
