// ProviderPage: the provider's dashboard: registration, certification, offers, earnings.
#pragma once

#include "ui/page.h"

namespace fb::ui {

class EmptyState;

class ProviderPage : public Page
{
    Q_OBJECT
public:
    explicit ProviderPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/provider.svg"); }

private:
    EmptyState *m_empty;
};

} // namespace fb::ui
