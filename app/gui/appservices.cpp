#include "app/gui/appservices.h"

#include "models/modelslog.h"
#include "ui/mainwindow.h"
#include "ui/settingskeys.h"

#include <QSettings>

namespace fb {

AppServices::AppServices(ui::AppContext &context, QSqlDatabase cache, QObject *parent)
    : AppServices(context, std::move(cache), Mode::Online, parent)
{}

AppServices::AppServices(ui::AppContext &context, QSqlDatabase cache, Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_context(context)
    , m_cache(std::move(cache))
    , m_session(std::make_shared<AuthSession>())
{
    m_wallet = std::make_unique<WalletService>(context.dataDir);
    m_context.wallet = m_wallet.get();
    if (m_mode == Mode::OfflineSigner) {
        // The air-gapped signer: the wallet and nothing that could reach a network.
        m_context.networkName = tr("Offline signer — no network");
        qCInfo(lcApp) << "offline signer: no node, no API client, no sync";
        return;
    }
    // The API client exists from the start, pointed nowhere until a node is up: services and
    // pages keep one pointer for the whole run.
    m_api = std::make_unique<ApiClient>(QUrl(), m_session);
    m_library = std::make_unique<storage::FileLibrary>();
    if (m_cache.isValid() && !m_context.dataDir.isEmpty()) {
        if (auto s = m_library->open(m_cache, m_context.dataDir); !s)
            qCWarning(lcApp) << "the file library cannot be opened:" << s.error().message;
    }
    m_context.library = m_library.get();
}

void AppServices::openCache(QSqlDatabase cache)
{
    if (m_mode == Mode::OfflineSigner)
        return;
    m_cache = std::move(cache);
    if (m_library && m_cache.isValid() && !m_context.dataDir.isEmpty()) {
        if (auto s = m_library->open(m_cache, m_context.dataDir); !s)
            qCWarning(lcApp) << "the file library cannot be opened:" << s.error().message;
    }
    if (m_services)
        m_services->setCache(m_cache);
}

AppServices::~AppServices()
{
    if (m_sync)
        m_sync->stop();
    m_context.sync = nullptr;
    m_context.market = nullptr;
    m_context.deals = nullptr;
    m_context.accounts = nullptr;
    m_context.payments = nullptr;
    m_context.providers = nullptr;
    m_context.library = nullptr;
}

void AppServices::bindStatus(ui::MainWindow *window)
{
    if (m_mode == Mode::OfflineSigner)
        return;
    connect(this, &AppServices::statusChanged, window, &ui::MainWindow::setConnectionStatus);
    connect(window, &ui::MainWindow::platformUrlChanged, this, &AppServices::switchPlatform);
    if (!m_statusText.isEmpty())
        window->setConnectionStatus(m_statusText, m_statusKind);
}

void AppServices::report(const QString &text, const QString &kind)
{
    m_statusText = text;
    m_statusKind = kind;
    emit statusChanged(text, kind);
}

void AppServices::start()
{
    if (m_mode == Mode::OfflineSigner)
        return;
    m_started = true;
    // The sync engine exists from the start, even when no node could be reached: the pages
    // connect to it once, and a later switch in Settings restarts this same engine.
    SyncEngine::Config c;
    c.dataDir = m_context.dataDir;
    c.session = m_session;
    m_sync = std::make_unique<SyncEngine>(c);
    m_context.sync = m_sync.get();
    m_services =
        std::make_unique<PlatformServices>(m_api.get(), m_cache, m_sync.get(), m_wallet.get());
    m_context.market = &m_services->market;
    m_context.deals = &m_services->deals;
    m_context.accounts = &m_services->accounts;
    m_context.payments = &m_services->payments;
    m_context.providers = &m_services->providers;
    if (!m_cache.isValid())
        m_services->market.setCacheLoading(true); // openCache() follows the first paint
    connect(m_sync.get(), &SyncEngine::stateChanged, this,
            [this](SyncEngine::State s, int, const QString &) {
                QString kind = QStringLiteral("busy");
                if (s == SyncEngine::State::UpToDate)
                    kind = QStringLiteral("ok");
                else if (s == SyncEngine::State::Offline)
                    kind = QStringLiteral("offline");
                else if (s == SyncEngine::State::Error)
                    kind = QStringLiteral("error");
                report(QStringLiteral("%1 · %2").arg(m_context.networkDisplayName(),
                                                     m_sync->statusText()),
                       kind);
            });
    const QString configured = QSettings().value(ui::SettingsKeys::platformUrl()).toString();
    m_context.localNetwork = configured.isEmpty();
    m_context.networkName = configured.isEmpty() ? QString() : QUrl(configured).host();
    report(configured.isEmpty() ? tr("Starting the local network…") : tr("Connecting…"),
           QStringLiteral("busy"));
}

void AppServices::connectPlatform()
{
    if (!m_started || m_connecting)
        return;
    connectTo(QSettings().value(ui::SettingsKeys::platformUrl()).toString());
}

void AppServices::switchPlatform(const QString &url)
{
    if (!m_started)
        return;
    const bool localUp = m_node && m_node->isRunning();
    const QByteArray pin =
        url.isEmpty()
            ? QByteArray()
            : QByteArray::fromHex(QSettings()
                                      .value(ui::SettingsKeys::platformCertificatePin(QUrl(url)))
                                      .toByteArray());
    if (url == m_configured && pin == m_pin && m_sync->isRunning() && (!url.isEmpty() || localUp))
        return; // the node in use (saved again)
    qCInfo(lcApp) << "switching the platform node to"
                  << (url.isEmpty() ? QStringLiteral("local") : url);
    m_sync->stop();
    m_api->abortAll();
    // Tokens are the old node's: they mean nothing (or somebody else) on the new one.
    m_session->clear();
    connectTo(url);
}

void AppServices::connectTo(const QString &configured)
{
    m_connecting = true;
    m_configured = configured;
    if (!configured.isEmpty()) {
        if (m_node) // a remote node replaces the local one
            m_node->stop();
        const QUrl url(configured);
        m_context.localNetwork = false;
        m_context.networkName = url.host();
        startSync(url, SyncEngine::scopeFor(url, false));
        return;
    }
    m_context.localNetwork = true;
    m_context.networkName.clear();
    if (!m_node) {
        m_node = std::make_unique<LocalNode>(LocalNode::Options{m_context.dataDir, {}, {}, 60000});
        connect(m_node.get(), &LocalNode::crashed, this, [this](const QString &reason) {
            report(tr("The local network stopped: %1").arg(reason), QStringLiteral("error"));
        });
    }
    if (!m_node->isRunning())
        report(tr("Starting the local network…"), QStringLiteral("busy"));
    auto url = m_node->start();
    if (!url) {
        m_api->abortAll(); // nothing to talk to: no request may reach the previous node
        m_api->setBaseUrl(QUrl());
        report(tr("The local network did not start: %1").arg(url.error().message),
               QStringLiteral("error"));
        return;
    }
    startSync(*url, SyncEngine::scopeFor(*url, true));
}

void AppServices::startSync(const QUrl &url, const QString &scope)
{
    // A self-signed certificate the user chose to trust in Settings (its SHA-256, pinned).
    const QByteArray pin = QByteArray::fromHex(
        QSettings().value(ui::SettingsKeys::platformCertificatePin(url)).toByteArray());
    m_pin = m_configured.isEmpty() ? QByteArray() : pin;
    // The same client and engine on every switch: the pages hold their pointers and signals.
    m_api->abortAll();
    m_api->setBaseUrl(url);
    m_api->setPinnedCertificateSha256(pin);
    SyncEngine::Config c;
    c.pinnedCertificateSha256 = pin;
    c.dataDir = m_context.dataDir;
    c.baseUrl = url;
    c.scope = scope;
    c.session = m_session;
    m_sync->reconfigure(c); // starts the engine (first time) or restarts it for this node
}

} // namespace fb
