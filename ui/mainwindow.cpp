#include "ui/mainwindow.h"

#include "models/syncengine.h"
#include "ui/aboutdialog.h"
#include "ui/page.h"
#include "ui/pages/filespage.h"
#include "ui/pages/marketplacepage.h"
#include "ui/pages/providerpage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/slaspage.h"
#include "ui/pages/walletpage.h"
#include "ui/settingskeys.h"
#include "ui/signer/modeswitch.h"
#include "ui/signer/signerwindow.h"
#include "ui/uilog.h"
#include "ui/wizard/slawizard.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fb::ui {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_roleButtons(new QButtonGroup(this))
    , m_connection(new QLabel(this))
    , m_connectionDot(new QLabel(this))
{
    setWindowTitle(tr("Flashback"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/flashback.svg")));

    // Sidebar: role switch over the list of areas.
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("sidebar"));
    side->setAutoFillBackground(true);
    QPalette sp = side->palette();
    sp.setColor(QPalette::Window, sp.color(QPalette::Base));
    side->setPalette(sp);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(10, 12, 10, 10);

    auto *brand = new QLabel(QStringLiteral("<b>Flashback</b>"), side);
    QFont bf = brand->font();
    bf.setPointSizeF(bf.pointSizeF() * 1.3);
    brand->setFont(bf);
    sideLayout->addWidget(brand);
    sideLayout->addSpacing(6);

    auto *roleRow = new QHBoxLayout;
    roleRow->setSpacing(0);
    const std::pair<Role, QString> roles[] = {{Role::Consumer, tr("Consumer")},
                                              {Role::Provider, tr("Provider")}};
    for (const auto &[role, label] : roles) {
        auto *b = new QToolButton(side);
        b->setText(label);
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setToolTip(role == Role::Consumer ? tr("Buy storage and keep files (Ctrl+Shift+C)")
                                             : tr("Sell storage and manage offers (Ctrl+Shift+P)"));
        b->setShortcut(role == Role::Consumer ? QKeySequence(tr("Ctrl+Shift+C"))
                                              : QKeySequence(tr("Ctrl+Shift+P")));
        b->setAccessibleName(tr("%1 role").arg(label));
        m_roleButtons->addButton(b, int(role));
        roleRow->addWidget(b);
    }
    sideLayout->addLayout(roleRow);
    sideLayout->addSpacing(8);

    m_sidebar->setObjectName(QStringLiteral("sidebarList"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setAccessibleName(tr("Areas"));
    // A soft selection tint keeps the blue icons and the text readable on the selected row.
    QPalette lp = sp;
    QColor tint = sp.color(QPalette::Highlight);
    tint.setAlpha(60);
    lp.setColor(QPalette::Highlight, tint);
    lp.setColor(QPalette::HighlightedText, sp.color(QPalette::Text));
    m_sidebar->setPalette(lp);
    sideLayout->addWidget(m_sidebar, 1);
    side->setFixedWidth(200);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Each area's title and icon as its page has them (Page::title(), Page::iconPath()).
    addPage(QStringLiteral("marketplace"), MarketplacePage::tr("Marketplace"),
            QStringLiteral(":/icons/marketplace.svg"), QKeySequence(tr("Ctrl+1")), [this] {
                auto *market = new MarketplacePage(m_context, this);
                connect(market, &MarketplacePage::slaRequested, this, &MainWindow::openSlaWizard);
                return market;
            });
    addPage(QStringLiteral("slas"), SlasPage::tr("SLAs"), QStringLiteral(":/icons/slas.svg"),
            QKeySequence(tr("Ctrl+2")), [this] {
                auto *slas = new SlasPage(m_context, this);
                connect(slas, &SlasPage::slaWizardRequested, this, &MainWindow::openSlaWizard);
                return slas;
            });
    addPage(QStringLiteral("files"), FilesPage::tr("Files"), QStringLiteral(":/icons/files.svg"),
            QKeySequence(tr("Ctrl+3")), [this] {
                auto *files = new FilesPage(m_context, this);
                connect(files, &FilesPage::newSlaRequested, this, [this] { openSlaWizard(); });
                return files;
            });
    addPage(QStringLiteral("wallet"), WalletPage::tr("Wallet"),
            QStringLiteral(":/icons/wallet.svg"), QKeySequence(tr("Ctrl+4")),
            [this] { return new WalletPage(m_context, this); });
    addPage(QStringLiteral("provider"), ProviderPage::tr("Provider"),
            QStringLiteral(":/icons/provider.svg"), QKeySequence(tr("Ctrl+5")),
            [this] { return new ProviderPage(m_context, this); });
    addPage(QStringLiteral("settings"), SettingsPage::tr("Settings"),
            QStringLiteral(":/icons/settings.svg"), QKeySequence::Preferences, [this] {
                m_settings = new SettingsPage(m_context, this);
                connect(m_settings, &SettingsPage::platformUrlChanged, this,
                        &MainWindow::platformUrlChanged);
                if (!m_connectionText.isEmpty())
                    m_settings->setConnectionText(m_connectionText);
                return m_settings;
            });

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_slots.size())
            return;
        ensurePage(row);
        m_stack->setCurrentIndex(row);
    });
    // The switch changes what the sidebar shows and goes to the role's home page: the Provider
    // page (onboarding for an account that is not a provider yet) or the Marketplace.
    connect(m_roleButtons, &QButtonGroup::idClicked, this, [this](int id) {
        setRole(Role(id));
        showPage(Role(id) == Role::Provider ? QStringLiteral("provider")
                                            : QStringLiteral("marketplace"));
    });

    // Status bar: connection state on the left, permanent.
    m_connectionDot->setFixedWidth(14);
    statusBar()->addWidget(m_connectionDot);
    statusBar()->addWidget(m_connection, 1);
    m_connection->setAccessibleName(tr("Platform connection"));
    setConnectionStatus(tr("Not connected to a platform node yet"), QStringLiteral("offline"));

    buildMenus();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &id, const QString &title, const QString &icon,
                         const QKeySequence &shortcut, std::function<Page *()> create)
{
    PageSlot slot{id, title, icon, shortcut, std::move(create)};
    // Until the page is built, an empty widget holds its place in the stack.
    slot.placeholder = new QWidget(m_stack);
    m_stack->addWidget(slot.placeholder);
    QIcon qicon(icon);
    qicon.addFile(icon, QSize(), QIcon::Selected); // no automatic selected tint
    auto *item = new QListWidgetItem(qicon, title, m_sidebar);
    item->setData(Qt::UserRole, id);
    item->setToolTip(tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    item->setSizeHint(QSize(0, 36));
    auto *action = new QAction(title, this);
    action->setShortcut(shortcut);
    action->setData(id);
    connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
    addAction(action);
    m_slots.append(std::move(slot));
}

Page *MainWindow::ensurePage(int index)
{
    PageSlot &slot = m_slots[index];
    if (slot.page)
        return slot.page;
    slot.page = slot.create();
    slot.create = nullptr;
    connect(slot.page, &Page::navigateRequested, this, &MainWindow::showPage);
    // The page takes its placeholder's place (and its turn as the current one, if it was).
    const bool current = m_stack->currentWidget() == slot.placeholder;
    m_stack->insertWidget(index, slot.page);
    if (current)
        m_stack->setCurrentIndex(index);
    m_stack->removeWidget(slot.placeholder);
    delete slot.placeholder;
    slot.placeholder = nullptr;
    qCDebug(lcUi) << "page built:" << slot.id;
    return slot.page;
}

void MainWindow::buildRemainingPages()
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (!m_slots[i].page) {
            ensurePage(i);
            QTimer::singleShot(0, this, &MainWindow::buildRemainingPages);
            return;
        }
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newSla =
        file->addAction(tr("&New storage agreement…"), this, [this] { openSlaWizard(); });
    newSla->setShortcut(QKeySequence::New);
    newSla->setObjectName(QStringLiteral("newSla"));
    file->addSeparator();
    // The offline signer: its window here, or the whole app restarted in air-gapped mode.
    QAction *signTx = file->addAction(tr("Sign a &transaction…"), this, [this] {
        auto *signer = new SignerWindow(m_context.wallet, this);
        signer->setWindowFlag(Qt::Window);
        signer->setAttribute(Qt::WA_DeleteOnClose);
        signer->show();
    });
    signTx->setObjectName(QStringLiteral("signTransaction"));
    signTx->setToolTip(tr("Review and sign a transaction file or text, then export it"));
    QAction *offline = file->addAction(tr("Restart as &offline signer…"), this,
                                       [this] { modeswitch::requestRestart(this, true); });
    offline->setObjectName(QStringLiteral("restartOfflineSigner"));
    offline->setToolTip(tr("Restart with only the wallet and the signer: no node, no network"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (QAction *a : actions())
        if (a->data().isValid())
            go->addAction(a);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Flashback"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
}

void MainWindow::openSlaWizard(const QStringList &offerIds)
{
    auto *wizard = new SlaWizard(m_context, offerIds, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SlaWizard::slaCreated, this, [this] {
        if (m_context.sync)
            m_context.sync->syncNow();
    });
    wizard->open();
}

void MainWindow::restoreState()
{
    QSettings s;
    if (!restoreGeometry(s.value(SettingsKeys::geometry()).toByteArray()))
        resize(1200, 760);
    setRole(s.value(SettingsKeys::role()).toString() == QLatin1String("provider") ? Role::Provider
                                                                                  : Role::Consumer);
    const QString last = s.value(SettingsKeys::lastPage()).toString();
    if ((m_role == Role::Consumer && isProviderPage(last)) || !showPage(last))
        showPage(m_role == Role::Provider ? QStringLiteral("provider")
                                          : QStringLiteral("marketplace"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(SettingsKeys::geometry(), saveGeometry());
    s.setValue(SettingsKeys::lastPage(), currentPageId());
    QMainWindow::closeEvent(event);
}

bool MainWindow::isProviderPage(const QString &pageId)
{
    return pageId == QLatin1String("provider");
}

bool MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].id == pageId) {
            // Asking for a provider page (its shortcut, a link) is asking for the provider role.
            if (isProviderPage(pageId) && m_role != Role::Provider)
                setRole(Role::Provider);
            ensurePage(i);
            m_sidebar->setCurrentRow(i);
            m_stack->setCurrentIndex(i);
            QSettings().setValue(SettingsKeys::lastPage(), pageId);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    const int i = m_stack->currentIndex();
    return i >= 0 && i < m_slots.size() ? m_slots[i].id : QString();
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const PageSlot &s : m_slots)
        ids << s.id;
    return ids;
}

Page *MainWindow::page(const QString &pageId) const
{
    for (int i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].id == pageId)
            return const_cast<MainWindow *>(this)->ensurePage(i);
    return nullptr;
}

bool MainWindow::isPageBuilt(const QString &pageId) const
{
    for (const PageSlot &s : m_slots)
        if (s.id == pageId)
            return s.page != nullptr;
    return false;
}

void MainWindow::setRole(Role role)
{
    m_role = role;
    if (auto *b = m_roleButtons->button(int(role)))
        b->setChecked(true);
    // One account can be both: the provider's pages show only in the provider role.
    for (int i = 0; i < m_slots.size(); ++i)
        if (isProviderPage(m_slots[i].id))
            m_sidebar->setRowHidden(i, role != Role::Provider);
    if (role == Role::Consumer && isProviderPage(currentPageId()))
        showPage(QStringLiteral("marketplace"));
    QSettings().setValue(SettingsKeys::role(), role == Role::Provider ? QStringLiteral("provider")
                                                                      : QStringLiteral("consumer"));
    qCDebug(lcUi) << "role" << (role == Role::Provider ? "provider" : "consumer");
    Q_EMIT roleChanged(role);
}

void MainWindow::setConnectionStatus(const QString &text, const QString &kind)
{
    QColor c(0x9a, 0x9e, 0xa6);
    if (kind == QLatin1String("ok"))
        c = QColor(0x2e, 0xa0, 0x43);
    else if (kind == QLatin1String("busy"))
        c = QColor(0x3d, 0x6f, 0xd6);
    else if (kind == QLatin1String("error"))
        c = QColor(0xd0, 0x3a, 0x3a);
    m_connectionDot->setText(QStringLiteral("<span style='color:%1'>●</span>").arg(c.name()));
    m_connection->setText(text);
    m_connectionText = text;
    if (m_settings)
        m_settings->setConnectionText(text);
}

} // namespace fb::ui
