// MainWindow: the app shell: a sidebar of areas (Marketplace, SLAs, Files, Wallet, Provider,
// Settings), the role switch (the provider's pages show in the provider role only), the
// connection state in the status bar, and window memory. Pages are built when first shown
// (or asked for), so the window paints without building the ones nobody looks at yet. While the
// cache is still opening (the app opens it after the first paint), only the Marketplace (which
// shows its frame, loading) and Settings are built; another page keeps its place empty and is
// built when the market service reports the cache open.
// Menus: File (new agreement, signer, quit), Edit (copy, find in the page), View (theme,
// columns of the page's table), Go (pages), Settings (Ctrl+,), Help (welcome,
// documentation, shortcuts, logs folder, problem report, about). The welcome greets a
// first start (maybeShowWelcome(), called by the app).
#pragma once

#include "ui/appcontext.h"
#include "ui/dialogs/helpdialogs.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QActionGroup;
class QButtonGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace fb::ui {

class GuideWindow;
class Page;
class SettingsPage;

enum class Role { Consumer, Provider };

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the page with this id ("marketplace", "slas", "files", "wallet", "provider",
    // "settings"). Returns false for an unknown id.
    bool showPage(const QString &pageId);
    QString currentPageId() const;
    QStringList pageIds() const;
    // The page with this id, built now if it was not yet; nullptr for an unknown id, or while
    // the page waits for the cache.
    Page *page(const QString &pageId) const;
    // Whether the page has been built (pages are built when first shown or asked for).
    bool isPageBuilt(const QString &pageId) const;
    // Builds the pages not built yet, one per turn of the event loop (the app calls it once the
    // window is up, so a first visit to a page does not wait for its construction).
    void buildRemainingPages();

    Role role() const { return m_role; }
    // Shows or hides the provider's pages in the sidebar (they show in the provider role only);
    // leaves a hidden page for the Marketplace. Does not otherwise change the page.
    void setRole(Role role);
    // The pages that belong to the provider role ("provider").
    static bool isProviderPage(const QString &pageId);

    // The platform connection as the status bar shows it. kind: "ok", "busy", "offline", "error".
    void setConnectionStatus(const QString &text, const QString &kind);
    // Opens the SLA wizard, optionally with offers chosen in the marketplace.
    void openSlaWizard(const QStringList &offerIds = {});

    // The greeting: shown (window-modal, not blocking) by showWelcome(), and by
    // maybeShowWelcome() unless the user asked not to see it again.
    void showWelcome();
    bool maybeShowWelcome();
    // Every shortcut of the window, by menu: what Help > Keyboard Shortcuts lists.
    QList<ShortcutEntry> shortcuts() const;
    // The menu action with this object name ("copy", "find", "preferences", ...), or nullptr.
    QAction *menuAction(const QString &objectName) const;
    // Help > Documentation (F1): the user guide's window (one, raised if already open).
    GuideWindow *showGuide();

Q_SIGNALS:
    void roleChanged(fb::ui::Role role);
    // Settings saved a platform node ("": the local network); the composition root switches.
    void platformUrlChanged(const QString &url);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // An area of the sidebar. title and icon must be the page's own title() and iconPath() (the
    // sidebar shows them before the page exists; tst_mainwindow checks that they agree).
    struct PageSlot
    {
        QString id;
        QString title;
        QString icon;
        QKeySequence shortcut;
        std::function<Page *()> create;
        Page *page = nullptr;
        QWidget *placeholder = nullptr;
    };
    void addPage(const QString &id, const QString &title, const QString &icon,
                 const QKeySequence &shortcut, std::function<Page *()> create);
    Page *ensurePage(int index);
    // True while the cache opens, for pages that read it at construction.
    bool waitsForCache(const PageSlot &slot) const;
    void buildMenus();
    void copySelection();
    void findInPage();
    void updatePageActions();
    void restoreState();
    // Gives the sidebar, the role switch and the status dot the current theme's colours.
    void applyTheme();

    AppContext &m_context;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QButtonGroup *m_roleButtons;
    QLabel *m_connection;
    QLabel *m_connectionDot;
    SettingsPage *m_settings = nullptr;
    QList<PageSlot> m_slots;
    QString m_connectionText;
    QString m_connectionKind;
    QWidget *m_side = nullptr;
    QActionGroup *m_themes = nullptr;
    QAction *m_find = nullptr;
    QAction *m_columns = nullptr;
    QPointer<GuideWindow> m_guide;
    Role m_role = Role::Consumer;
};

} // namespace fb::ui
