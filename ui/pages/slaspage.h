// SlasPage: the consumer's SLAs (or, in the provider role, the SLAs made on its offers).
#pragma once

#include "ui/page.h"

namespace fb::ui {

class EmptyState;

class SlasPage : public Page
{
    Q_OBJECT
public:
    explicit SlasPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/slas.svg"); }

private:
    EmptyState *m_empty;
};

} // namespace fb::ui
