#include "ui/mainwindow.h"

#include "models/marketservice.h"
#include "models/syncengine.h"
#include "models/walletsecurity.h"
#include "models/walletservice.h"
#include "ui/aboutdialog.h"
#include "ui/dialogs/guidewindow.h"
#include "ui/dialogs/helpdialogs.h"
#include "ui/dialogs/welcomedialog.h"
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
#include "ui/theme.h"
#include "ui/uilog.h"
#include "ui/wizard/slawizard.h"
#include "wire/logfile.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

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
    m_side = side;
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
        b->setObjectName(role == Role::Consumer ? QStringLiteral("roleConsumer")
                                                : QStringLiteral("roleProvider"));
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
            QStringLiteral(":/icons/settings.svg"), QKeySequence(tr("Ctrl+,")), [this] {
                m_settings = new SettingsPage(m_context, this);
                connect(m_settings, &SettingsPage::platformUrlChanged, this,
                        &MainWindow::platformUrlChanged);
                if (!m_connectionText.isEmpty())
                    m_settings->setConnectionText(m_connectionText);
                connect(m_settings, &SettingsPage::themeChanged, this, [this] {
                    const QString name = m_settings->themeName();
                    if (m_themes) {
                        for (QAction *a : m_themes->actions())
                            a->setChecked(a->data().toString() == name);
                    }
                });
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
    applyTheme();
    // The sidebar, the role switch and the status dot hold colours of their own: they follow
    // a live theme change at once (the rest follows the application palette).
    connect(Theme::notifier(), &ThemeNotifier::changed, this, &MainWindow::applyTheme);
    restoreState();
    // The page on screen, if it waited for the cache, is built as soon as the cache is open.
    if (m_context.market) {
        connect(m_context.market, &MarketService::cacheOpened, this, [this] {
            const int i = m_stack->currentIndex();
            if (i >= 0 && i < m_slots.size())
                ensurePage(i);
        });
    }
}

void MainWindow::applyTheme()
{
    const QColor background = Theme::color(ThemeColor::SidebarBackground);
    const QColor text = Theme::color(ThemeColor::SidebarText);
    QPalette sp = m_side->palette();
    sp.setColor(QPalette::Window, background);
    sp.setColor(QPalette::WindowText, text);
    sp.setColor(QPalette::Base, background);
    sp.setColor(QPalette::Text, text);
    m_side->setPalette(sp);
    // A soft selection tint keeps the blue icons and the text readable on the selected row.
    QPalette lp = m_sidebar->palette();
    lp.setColor(QPalette::Base, background);
    lp.setColor(QPalette::Window, background);
    lp.setColor(QPalette::Text, text);
    lp.setColor(QPalette::Highlight, Theme::color(ThemeColor::SidebarSelection));
    lp.setColor(QPalette::HighlightedText, text);
    m_sidebar->setPalette(lp);
    // The role switch: the checked role filled with the accent in both themes.
    const QString css =
        QStringLiteral("QToolButton { background: %1; color: %2; border: 1px solid %3; "
                       "padding: 5px 6px; }"
                       "QToolButton:hover:!checked { border-color: %4; }"
                       "QToolButton:checked { background: %4; color: %5; border-color: %4; "
                       "font-weight: bold; }"
                       "QToolButton:focus { border: 1px solid %2; }")
            .arg(Theme::colorName(ThemeColor::RoleToggle),
                 Theme::colorName(ThemeColor::RoleToggleText),
                 Theme::colorName(ThemeColor::RoleToggleBorder),
                 Theme::colorName(ThemeColor::RoleToggleChecked),
                 Theme::colorName(ThemeColor::RoleToggleCheckedText));
    for (QAbstractButton *b : m_roleButtons->buttons())
        b->setStyleSheet(css);
    if (!m_connectionKind.isEmpty())
        setConnectionStatus(m_connectionText, m_connectionKind);
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
    if (waitsForCache(slot))
        return nullptr;
    slot.page = slot.create();
    slot.create = nullptr;
    connect(slot.page, &Page::navigateRequested, this, &MainWindow::showPage);
    // A page's own Find key (for the page shown alone) would make the menu's Find ambiguous.
    for (QShortcut *s : slot.page->findChildren<QShortcut *>()) {
        if (s->key() == QKeySequence(QKeySequence::Find))
            s->setEnabled(false);
    }
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
        if (!m_slots[i].page && ensurePage(i)) {
            QTimer::singleShot(0, this, &MainWindow::buildRemainingPages);
            return;
        }
    }
}

bool MainWindow::waitsForCache(const PageSlot &slot) const
{
    if (slot.id == QLatin1String("marketplace") || slot.id == QLatin1String("settings"))
        return false;
    return m_context.market && m_context.market->cacheLoading();
}

namespace {
// "&New storage agreement…" -> "New storage agreement".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}
} // namespace

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newSla = file->addAction(tr("&New storage agreement…"), this, [this] {
        // The page on screen may make a new item of its own (a provider's new offer).
        const int i = m_stack->currentIndex();
        Page *p = i >= 0 && i < m_slots.size() ? m_slots[i].page : nullptr;
        if (!p || !p->newItem())
            openSlaWizard();
    });
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
    // Forgets the wallet's password now (WalletSecurity): the next signature asks again.
    QAction *lockWallet = file->addAction(tr("&Lock wallet now"), this, [this] {
        if (m_context.wallet)
            m_context.wallet->security()->lock();
    });
    lockWallet->setObjectName(QStringLiteral("lockWallet"));
    lockWallet->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    lockWallet->setShortcutContext(Qt::ApplicationShortcut);
    lockWallet->setEnabled(m_context.wallet != nullptr);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    // Ctrl+Q where the platform names no Quit key of its own.
    const QKeySequence platformQuit(QKeySequence::Quit);
    quit->setShortcut(platformQuit.isEmpty() ? QKeySequence(tr("Ctrl+Q")) : platformQuit);
    quit->setObjectName(QStringLiteral("quit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setObjectName(QStringLiteral("copy"));
    copy->setShortcut(QKeySequence::Copy);
    // Text fields and views handle the key themselves; the action serves the menu and the rest.
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setToolTip(tr("Copy the selected text or rows"));
    m_find = edit->addAction(tr("&Find…"), this, &MainWindow::findInPage);
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setToolTip(tr("Go to the search field of this page"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    m_themes = new QActionGroup(this);
    m_themes->setExclusive(true);
    const std::pair<QString, QString> themes[] = {
        {QStringLiteral("system"), tr("Follow the &System")},
        {QStringLiteral("light"), tr("&Light")},
        {QStringLiteral("dark"), tr("&Dark")}};
    const QString current =
        QSettings().value(SettingsKeys::theme(), QStringLiteral("system")).toString();
    for (const auto &[name, label] : themes) {
        QAction *a = theme->addAction(label);
        a->setObjectName(QStringLiteral("theme_") + name);
        a->setCheckable(true);
        a->setChecked(name == current);
        a->setData(name);
        m_themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] {
            if (auto *settings = qobject_cast<SettingsPage *>(page(QStringLiteral("settings"))))
                settings->selectTheme(name);
        });
    }
    m_columns = view->addAction(tr("&Columns…"), this, [this] {
        Page *p = page(currentPageId());
        if (!p || !p->columnsHeader())
            return;
        ColumnsDialog dialog(p->columnsHeader(), this);
        dialog.exec();
    });
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setToolTip(tr("Show or hide the columns of this page's table"));
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setObjectName(QStringLiteral("fullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *preferencesPage = nullptr;
    for (QAction *a : actions()) {
        if (!a->data().isValid())
            continue;
        if (a->data().toString() == QLatin1String("settings"))
            preferencesPage = a;
        else
            go->addAction(a);
    }

    // Settings: the settings page, Ctrl+, wherever the platform has no other convention.
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settings->addAction(tr("&Preferences…"), this,
                                               [this] { showPage(QStringLiteral("settings")); });
    preferences->setObjectName(QStringLiteral("preferences"));
    QList<QKeySequence> prefKeys{QKeySequence(tr("Ctrl+,"))};
    const QKeySequence platformPrefs(QKeySequence::Preferences);
    if (!platformPrefs.isEmpty() && !prefKeys.contains(platformPrefs))
        prefKeys.append(platformPrefs);
    preferences->setShortcuts(prefKeys);
    if (preferencesPage) // the page's own entry would take the same keys
        removeAction(preferencesPage);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *welcome = help->addAction(tr("&Welcome…"), this, &MainWindow::showWelcome);
    welcome->setObjectName(QStringLiteral("welcome"));
    // The user guide built into the app, in the UI language, beside the window.
    QAction *docs = help->addAction(tr("&Documentation"), this, &MainWindow::showGuide);
    docs->setObjectName(QStringLiteral("documentation"));
    docs->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts…"), this, [this] {
        ShortcutsDialog dialog(shortcuts(), this);
        dialog.exec();
    });
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    keys->setShortcut(QKeySequence(tr("Ctrl+/")));
    QAction *logs = help->addAction(tr("Open &Logs Folder"), this, [this] {
        const QString log = LogFile::currentPath();
        const QString dir = log.isEmpty() ? QDir(m_context.dataDir).filePath(QStringLiteral("logs"))
                                          : QFileInfo(log).absolutePath();
        QDir().mkpath(dir);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
            QMessageBox::information(this, tr("Logs"),
                                     tr("The logs are in %1.").arg(QDir::toNativeSeparators(dir)));
    });
    logs->setObjectName(QStringLiteral("openLogs"));
    logs->setToolTip(tr("The app's log files, for a problem report"));
    QAction *report = help->addAction(tr("&Report a Problem…"), this, [this] {
        ReportProblemDialog dialog(LogFile::currentPath(), this);
        dialog.exec();
    });
    report->setObjectName(QStringLiteral("reportProblem"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Flashback"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    updatePageActions();
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updatePageActions);
}

void MainWindow::updatePageActions()
{
    // Only a page already built: asking for one here would build it before the first paint.
    const int i = m_stack->currentIndex();
    Page *p = i >= 0 && i < m_slots.size() ? m_slots[i].page : nullptr;
    if (m_find)
        m_find->setEnabled(p && p->searchField());
    if (m_columns)
        m_columns->setEnabled(p && p->columnsHeader());
}

void MainWindow::copySelection()
{
    QWidget *w = QApplication::focusWidget();
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->copy();
    } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
        text->copy();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
        plain->copy();
    } else if (auto *label = qobject_cast<QLabel *>(w); label && label->hasSelectedText()) {
        QGuiApplication::clipboard()->setText(label->selectedText());
    } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
        // The selected rows as tab-separated text, in the order they show.
        QModelIndexList cells =
            view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList{};
        if (cells.isEmpty() && view->currentIndex().isValid())
            cells << view->currentIndex();
        std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
            return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
        });
        QStringList lines;
        int row = -1;
        for (const QModelIndex &c : std::as_const(cells)) {
            if (auto *table = qobject_cast<QTableView *>(view);
                table && table->isColumnHidden(c.column()))
                continue;
            if (c.row() != row || lines.isEmpty()) {
                lines << QString();
                row = c.row();
            } else {
                lines.last() += QLatin1Char('\t');
            }
            lines.last() += c.data(Qt::DisplayRole).toString();
        }
        if (!lines.isEmpty())
            QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    }
}

void MainWindow::findInPage()
{
    Page *p = page(currentPageId());
    QLineEdit *field = p ? p->searchField() : nullptr;
    if (!field || !field->isVisible()) {
        statusBar()->showMessage(
            field ? tr("Nothing to search here yet") : tr("This page has nothing to search"), 3000);
        return;
    }
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

QList<ShortcutEntry> MainWindow::shortcuts() const
{
    QList<ShortcutEntry> out;
    std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu,
                                                                   const QString &section) {
        for (QAction *a : menu->actions()) {
            if (a->menu()) {
                walk(a->menu(), section);
                continue;
            }
            if (a->isSeparator())
                continue;
            for (const QKeySequence &k : a->shortcuts())
                out.append({section, plainText(a->text()), k});
        }
    };
    for (QAction *top : menuBar()->actions()) {
        if (top->menu())
            walk(top->menu(), plainText(top->text()));
    }
    for (QAbstractButton *b : m_roleButtons->buttons()) {
        if (!b->shortcut().isEmpty())
            out.append({tr("Role"), b->accessibleName(), b->shortcut()});
    }
    return out;
}

QAction *MainWindow::menuAction(const QString &objectName) const
{
    for (QAction *top : menuBar()->actions()) {
        if (!top->menu())
            continue;
        if (auto *a = top->menu()->findChild<QAction *>(objectName))
            return a;
        for (QAction *a : top->menu()->actions()) {
            if (a->objectName() == objectName)
                return a;
            if (a->menu()) {
                for (QAction *sub : a->menu()->actions())
                    if (sub->objectName() == objectName)
                        return sub;
            }
        }
    }
    return nullptr;
}

GuideWindow *MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new GuideWindow(QString(), this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void MainWindow::showWelcome()
{
    auto *dialog = new WelcomeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WelcomeDialog::roleChosen, this, [this](const QString &role) {
        if (role == QLatin1String("provider")) {
            showPage(QStringLiteral("provider"));
        } else if (role == QLatin1String("signer")) {
            if (QAction *sign = menuAction(QStringLiteral("signTransaction")))
                sign->trigger();
        } else {
            setRole(Role::Consumer);
            showPage(QStringLiteral("marketplace"));
        }
    });
    dialog->open();
}

bool MainWindow::maybeShowWelcome()
{
    if (!WelcomeDialog::shouldShowAtStart())
        return false;
    showWelcome();
    return true;
}

void MainWindow::openSlaWizard(const QStringList &offerIds)
{
    if (m_context.market && m_context.market->cacheLoading()) {
        // Asked for in the first moment after start: the wizard reads the cache, so it opens
        // with it.
        connect(
            m_context.market, &MarketService::cacheOpened, this,
            [this, offerIds] { openSlaWizard(offerIds); }, Qt::SingleShotConnection);
        return;
    }
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
    ThemeColor c = ThemeColor::Neutral;
    if (kind == QLatin1String("ok"))
        c = ThemeColor::Success;
    else if (kind == QLatin1String("busy"))
        c = ThemeColor::Info;
    else if (kind == QLatin1String("error"))
        c = ThemeColor::Danger;
    m_connectionKind = kind;
    m_connectionDot->setText(
        QStringLiteral("<span style='color:%1'>●</span>").arg(Theme::colorName(c)));
    m_connection->setText(text);
    m_connectionText = text;
    if (m_settings)
        m_settings->setConnectionText(text);
}

} // namespace fb::ui
