// LocalMarket: what the app has after it started on a fresh install — the embedded node with
// its demo network, the API client, the first sync into an empty cache, the wallet service —
// wired into an AppContext for the widgets under test, through the same typed services and file
// library the app's composition root builds.
#pragma once

#include "models/apiclient.h"
#include "models/localnode.h"
#include "models/platformservices.h"
#include "models/syncengine.h"
#include "models/walletservice.h"
#include "storage/filelibrary.h"
#include "ui/appcontext.h"

#include <QSqlDatabase>

#include <memory>

namespace fb::testkit {

class LocalMarket
{
public:
    // nodeArgs go to flashback-node as they are (e.g. --qos-interval 1 for a fast cycle); without
    // --demo-activation-delay among them, paid demo deals stay Funded (a delay of a day). The
    // sync engine syncs at start and on demand only (no periodic or Funded follow-up runs).
    explicit LocalMarket(const QString &dataDir, const QStringList &nodeArgs = {});
    ~LocalMarket();

    // Starts the node and waits for the first sync; false (with error()) on failure.
    bool start(int timeoutMs = 60000);
    QString error() const { return m_error; }

    ui::AppContext context;
    std::unique_ptr<LocalNode> node;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<WalletService> wallet;
    std::unique_ptr<PlatformServices> services;
    std::unique_ptr<storage::FileLibrary> library;
    QSqlDatabase cache; // the GUI thread's connection, for tests that look behind the services

private:
    QString m_dataDir;
    QStringList m_nodeArgs;
    QString m_error;
};

} // namespace fb::testkit
