#include "ui/pages/filespage.h"

#include "ui/emptystate.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace fb::ui {

FilesPage::FilesPage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("files"), context, parent)
{
    setHeader(title(),
              tr("Files are encrypted on this computer, then spread across your providers."));
    m_empty = new EmptyState(
        iconPath(), tr("No files yet"),
        tr("To store files you need an active SLA with at least one provider. Once it is "
           "active, drop files here or use Upload."),
        this);
    connect(m_empty->addAction(tr("See my SLAs")), &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("slas")); });
    body()->addWidget(m_empty);
}

QString FilesPage::title() const
{
    return tr("Files");
}

} // namespace fb::ui
