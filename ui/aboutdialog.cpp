#include "ui/aboutdialog.h"

#include "wire/database.h"
#include "wallet/libraryversions.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace fb::ui {

QStringList AboutDialog::componentVersions()
{
    const QString sqlite = Database::sqliteLibraryVersion();
    return {QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
            QStringLiteral("libsodium %1").arg(sodiumVersion()), opensslVersion(),
            QStringLiteral("SQLite %1").arg(sqlite)};
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Flashback"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/flashback.svg")).pixmap(64, 64));
    auto *name =
        new QLabel(QStringLiteral("<h2>Flashback %1</h2>").arg(QStringLiteral(FB_VERSION)), this);
    auto *what = new QLabel(tr("A desktop client for the Flashback storage marketplace: buy "
                               "storage from clouds and DePIN networks under enforced SLAs, "
                               "keep your files encrypted across providers, and pay from an "
                               "embedded wallet."),
                            this);
    what->setWordWrap(true);
    auto *versions =
        new QLabel(tr("Built on: %1").arg(componentVersions().join(QStringLiteral(", "))), this);
    versions->setObjectName(QStringLiteral("versions"));
    versions->setWordWrap(true);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(name, 0, Qt::AlignHCenter);
    layout->addWidget(what);
    layout->addWidget(versions);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace fb::ui
