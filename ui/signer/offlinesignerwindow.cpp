#include "ui/signer/offlinesignerwindow.h"

#include "ui/pages/walletpage.h"
#include "ui/signer/modeswitch.h"
#include "ui/signer/signerwindow.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fb::ui {

OfflineSignerWindow::OfflineSignerWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_signer(new SignerWindow(context.wallet, this))
{
    setObjectName(QStringLiteral("offlineSignerWindow"));
    setWindowTitle(tr("Flashback — offline signer"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/flashback.svg")));

    auto *banner = new QLabel(this);
    banner->setObjectName(QStringLiteral("offlineBanner"));
    banner->setText(QStringLiteral("<b>%1</b> &nbsp; %2")
                        .arg(tr("Offline signer — no network").toHtmlEscaped(),
                             tr("This mode starts no node and opens no connection: transactions "
                                "come and go as files, text or QR codes.")
                                 .toHtmlEscaped()));
    banner->setWordWrap(true);
    banner->setAccessibleName(tr("Offline signer — no network"));
    banner->setMargin(8);
    Theme::setFill(banner, ThemeColor::SignerBanner, ThemeColor::OnSignerBanner);

    m_signer->setWindowFlags(Qt::Widget);
    // QR codes in and out are the signer's own "From QR codes…" (images, a folder of frames or
    // the camera) and "Show as QR…" (animated, with "Save frames…").
    m_tabs->addTab(m_signer, tr("&Sign a transaction"));
    m_tabs->setTabToolTip(0, tr("Review and sign a transaction made on the online computer"));
    m_tabs->addTab(new WalletPage(context, m_tabs), tr("&Wallet"));
    m_tabs->setTabToolTip(1, tr("This computer's wallet: its accounts and keys"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open transaction…"), this, [this] {
        m_tabs->setCurrentWidget(m_signer);
        m_signer->fileSource()->request(m_signer);
    });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *online = file->addAction(tr("&Restart online"), this,
                                      [this] { modeswitch::requestRestart(this, false); });
    online->setObjectName(QStringLiteral("restartOnline"));
    online->setToolTip(tr("Restart Flashback with the marketplace, sync and transfers"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    statusBar()->showMessage(tr("Offline: no node, no network connection."));
    resize(900, 860);
}

bool OfflineSignerWindow::showTab(const QString &id)
{
    if (id == QLatin1String("signer"))
        m_tabs->setCurrentIndex(0);
    else if (id == QLatin1String("wallet"))
        m_tabs->setCurrentIndex(1);
    else
        return false;
    return true;
}

} // namespace fb::ui
