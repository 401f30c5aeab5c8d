// AppServices: the GUI's composition of the lower layers. It starts the embedded platform node
// when no node URL is configured (or uses the configured one), the API client, the background
// sync and the wallet, fills the AppContext the widgets read, and reports the connection in
// the status bar. It owns the file library (and so its transfer engine) for the whole run, so
// transfers do not depend on a page being alive. Switching node in Settings re-points the same API
// client and sync engine (the pages keep their pointers and connections). Everything stops when it
// is destroyed (the node is never left orphaned).
#pragma once

#include "models/apiclient.h"
#include "models/localnode.h"
#include "models/platformservices.h"
#include "models/syncengine.h"
#include "models/walletservice.h"
#include "storage/filelibrary.h"
#include "ui/appcontext.h"

#include <QSqlDatabase>

#include <QObject>

#include <memory>

namespace fb::ui {
class MainWindow;
}

namespace fb {

class AppServices : public QObject
{
    Q_OBJECT
public:
    // Online: everything above. OfflineSigner (flashback --offline-signer): the wallet only; no
    // node, no API client, no sync engine, no file library, nothing that opens a socket, and
    // start() does nothing.
    enum class Mode { Online, OfflineSigner };
    AppServices(ui::AppContext &context, QSqlDatabase cache, QObject *parent = nullptr);
    AppServices(ui::AppContext &context, QSqlDatabase cache, Mode mode, QObject *parent = nullptr);
    Mode mode() const { return m_mode; }
    ~AppServices() override;

    // Builds the services, the sync engine and the API client the pages bind to (cheap: nothing
    // is started, no socket opened), so the window can be built and shown at once. Built without
    // a cache, the market service says it is loading until openCache().
    void start();
    // The cache, opened after the window's first paint: the file library, the market and the
    // deals read it from now on (MarketService::cacheOpened tells the pages). Before
    // connectPlatform(), whose sync engine writes it.
    void openCache(QSqlDatabase cache);
    // Connects to the platform: the configured URL, else a local node (started here; it takes a
    // few hundred milliseconds, so the app calls this once its window has painted). Reports
    // progress and errors through statusChanged. Does nothing before start() or the second time.
    void connectPlatform();
    // Also connects the window's Settings page: a saved node applies at once.
    void bindStatus(ui::MainWindow *window);
    // Switches to another node ("": the local network): stops the sync, signs out (tokens
    // belong to a node), re-points the API client and restarts the sync. Does nothing before
    // start() or when the node and its pinned certificate are the ones in use.
    void switchPlatform(const QString &url);

signals:
    void statusChanged(const QString &text, const QString &kind);

private:
    void connectTo(const QString &configured);
    void startSync(const QUrl &url, const QString &scope);
    void report(const QString &text, const QString &kind);

    Mode m_mode = Mode::Online;
    QString m_statusText;
    QString m_statusKind;
    bool m_started = false;
    bool m_connecting = false; // connectPlatform() or switchPlatform() has run
    QString m_configured;      // the node in use: its URL, or "" for the local network
    QByteArray m_pin;

    ui::AppContext &m_context;
    QSqlDatabase m_cache;
    std::shared_ptr<AuthSession> m_session;
    std::unique_ptr<LocalNode> m_node;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<WalletService> m_wallet;
    std::unique_ptr<PlatformServices> m_services;
    std::unique_ptr<storage::FileLibrary> m_library;
};

} // namespace fb
