// AppServices: the GUI's composition of the lower layers. It starts the embedded platform node
// when no node URL is configured (or uses the configured one), the API client, the background
// sync and the wallet, fills the AppContext the widgets read, and reports the connection in
// the status bar. Switching node in Settings re-points the same API client and sync engine (the
// pages keep their pointers and connections). Everything stops when it is destroyed (the node
// is never left orphaned).
#pragma once

#include "models/apiclient.h"
#include "models/localnode.h"
#include "models/syncengine.h"
#include "ui/appcontext.h"
#include "ui/walletservice.h"

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
    AppServices(ui::AppContext &context, QObject *parent = nullptr);
    ~AppServices() override;

    // Connects to the platform: the configured URL, else a local node. Reports progress and
    // errors through statusChanged.
    void start();
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

    QString m_statusText;
    QString m_statusKind;
    bool m_started = false;
    QString m_configured; // the node in use: its URL, or "" for the local network
    QByteArray m_pin;

    ui::AppContext &m_context;
    std::unique_ptr<LocalNode> m_node;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<ui::WalletService> m_wallet;
};

} // namespace fb
