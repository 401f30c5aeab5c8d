// FilesPage: the files kept, encrypted, with the providers of the user's SLAs.
#pragma once

#include "ui/page.h"

namespace fb::ui {

class EmptyState;

class FilesPage : public Page
{
    Q_OBJECT
public:
    explicit FilesPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/files.svg"); }

private:
    EmptyState *m_empty;
};

} // namespace fb::ui
