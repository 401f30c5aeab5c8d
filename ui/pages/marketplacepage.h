// MarketplacePage: the offers providers publish, to browse, filter and compare.
#pragma once

#include "ui/page.h"

namespace fb::ui {

class EmptyState;

class MarketplacePage : public Page
{
    Q_OBJECT
public:
    explicit MarketplacePage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/marketplace.svg"); }

private:
    EmptyState *m_empty;
};

} // namespace fb::ui
