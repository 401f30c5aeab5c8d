// AppContext: the services the composition root (app/) hands to the widgets layer. Pages reach
// data only through what is here: typed platform services (which read the cache and speak to the
// node), the sync engine's signals, the wallet and the file library. Every pointer may be null
// (tests, or before the node is up): pages then show an empty state that says what is missing.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace fb {
class AccountService;
class DealService;
class MarketService;
class PaymentService;
class ProviderService;
class SyncEngine;
class WalletService;
namespace storage {
class FileLibrary;
}
} // namespace fb

namespace fb::ui {

struct AppContext
{
    AppContext() = default;
    explicit AppContext(const QString &dir)
        : dataDir(dir)
    {}

    QString dataDir;
    MarketService *market = nullptr;         // offers, providers, quotes, rates
    DealService *deals = nullptr;            // agreements, payments, intents, disputes
    AccountService *accounts = nullptr;      // sign-in, the development ledgers
    PaymentService *payments = nullptr;      // intents, payments on every chain, card checkout
    ProviderService *providers = nullptr;    // the provider's record, offers, deals, payouts
    SyncEngine *sync = nullptr;              // background delta sync (its signals refresh models)
    WalletService *wallet = nullptr;         // the embedded wallet
    storage::FileLibrary *library = nullptr; // the user's files (owned by the composition root)
    QString networkName;                     // the node's host (empty on the local network)
    bool localNetwork = false;               // the embedded node on this computer
    // What the user reads for the network, in the language in effect now: "Local network"
    // ("Réseau local", "Lokales Netzwerk") or the node's host.
    QString networkDisplayName() const
    {
        return localNetwork ? QCoreApplication::translate("fb::LocalNode", "Local network")
                            : networkName;
    }
    // Builds a web view for documents (QtWebEngine lives in its own target, wired by app/).
    // Null: documents open in the system browser.
    std::function<QWidget *(const QUrl &url, QWidget *parent)> documentView;
};

} // namespace fb::ui
