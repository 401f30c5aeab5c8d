// AppContext: the services the composition root (app/) hands to the widgets layer. Pages reach
// data only through what is here: the cache (read by item models), the platform API, the sync
// engine and the wallet service. Every pointer may be null (tests, or before the node is up):
// pages then show an empty state that says what is missing.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QWidget;

namespace fb {
class ApiClient;
class AuthSession;
class SyncEngine;
} // namespace fb

namespace fb::ui {

class WalletService;

struct AppContext
{
    AppContext() = default;
    explicit AppContext(const QString &dir)
        : dataDir(dir)
    {}

    QString dataDir;
    QSqlDatabase cache;                   // GUI-thread connection to the local cache
    ApiClient *api = nullptr;             // the platform API (GUI thread)
    std::shared_ptr<AuthSession> session; // shared by the API client and the sync engine
    SyncEngine *sync = nullptr;           // background delta sync
    WalletService *wallet = nullptr;      // the embedded wallet
    QString networkName;                  // "Local network" or the node's host
    // Builds a web view for documents (QtWebEngine lives in its own target, wired by app/).
    // Null: documents open in the system browser.
    std::function<QWidget *(const QUrl &url, QWidget *parent)> documentView;
};

} // namespace fb::ui
