#include "localmarket.h"

#include "models/cacheschema.h"
#include "wire/database.h"

#include <QTest>

namespace fb::testkit {

LocalMarket::LocalMarket(const QString &dataDir, const QStringList &nodeArgs)
    : m_dataDir(dataDir)
    , m_nodeArgs(nodeArgs)
{}

LocalMarket::~LocalMarket()
{
    if (sync)
        sync->stop();
    library.reset();
    services.reset();
}

bool LocalMarket::start(int timeoutMs)
{
    // A paid deal stays Funded unless the test asks the demo agent to activate it (the app's
    // node activates it about ten seconds after payment).
    QStringList args = m_nodeArgs;
    if (!args.contains(QStringLiteral("--demo-activation-delay")))
        args << QStringLiteral("--demo-activation-delay") << QStringLiteral("86400");
    node = std::make_unique<LocalNode>(LocalNode::Options{m_dataDir, {}, args, timeoutMs});
    auto url = node->start();
    if (!url) {
        m_error = url.error().message;
        return false;
    }
    auto session = std::make_shared<AuthSession>();
    api = std::make_unique<ApiClient>(*url, session);
    SyncEngine::Config c;
    c.dataDir = m_dataDir;
    c.baseUrl = *url;
    c.scope = QStringLiteral("local");
    c.session = session;
    c.intervalMs = 0;
    sync = std::make_unique<SyncEngine>(c);
    sync->start();
    if (!QTest::qWaitFor([this] { return sync->state() == SyncEngine::State::UpToDate; },
                         timeoutMs)) {
        m_error = QStringLiteral("the first sync did not finish: %1").arg(sync->statusText());
        return false;
    }
    auto db = CacheDatabase::open(m_dataDir);
    if (!db) {
        m_error = db.error().message;
        return false;
    }
    cache = *db;
    wallet = std::make_unique<WalletService>(m_dataDir);
    services = std::make_unique<PlatformServices>(api.get(), cache, sync.get(), wallet.get());
    library = std::make_unique<storage::FileLibrary>();
    if (auto s = library->open(cache, m_dataDir); !s) {
        m_error = s.error().message;
        return false;
    }
    context.dataDir = m_dataDir;
    context.market = &services->market;
    context.deals = &services->deals;
    context.accounts = &services->accounts;
    context.payments = &services->payments;
    context.providers = &services->providers;
    context.library = library.get();
    context.sync = sync.get();
    context.wallet = wallet.get();
    context.localNetwork = true;
    return true;
}

} // namespace fb::testkit
