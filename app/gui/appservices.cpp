#include "app/gui/appservices.h"

#include "models/modelslog.h"
#include "ui/mainwindow.h"
#include "ui/settingskeys.h"

#include <QSettings>

namespace fb {

AppServices::AppServices(ui::AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_wallet = std::make_unique<ui::WalletService>(context.dataDir);
    m_context.wallet = m_wallet.get();
    m_context.session = std::make_shared<AuthSession>();
}

AppServices::~AppServices()
{
    if (m_sync)
        m_sync->stop();
    m_context.sync = nullptr;
    m_context.api = nullptr;
}

void AppServices::bindStatus(ui::MainWindow *window)
{
    connect(this, &AppServices::statusChanged, window, &ui::MainWindow::setConnectionStatus);
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
    const QString configured = QSettings().value(ui::SettingsKeys::platformUrl()).toString();
    if (!configured.isEmpty()) {
        const QUrl url(configured);
        m_context.networkName = url.host();
        startSync(url);
        return;
    }
    report(tr("Starting the local network…"), QStringLiteral("busy"));
    m_node = std::make_unique<LocalNode>(LocalNode::Options{m_context.dataDir, {}, {}, 60000});
    connect(m_node.get(), &LocalNode::crashed, this, [this](const QString &reason) {
        report(tr("The local network stopped: %1").arg(reason), QStringLiteral("error"));
    });
    auto url = m_node->start();
    if (!url) {
        report(tr("The local network did not start: %1").arg(url.error().message),
               QStringLiteral("error"));
        return;
    }
    m_context.networkName = LocalNode::statusText();
    startSync(*url);
}

void AppServices::startSync(const QUrl &url)
{
    // A self-signed certificate the user chose to trust in Settings (its SHA-256, pinned).
    const QByteArray pin = QByteArray::fromHex(
        QSettings().value(ui::SettingsKeys::platformCertificatePin(url)).toByteArray());
    m_api = std::make_unique<ApiClient>(url, m_context.session);
    m_api->setPinnedCertificateSha256(pin);
    m_context.api = m_api.get();
    SyncEngine::Config c;
    c.pinnedCertificateSha256 = pin;
    c.dataDir = m_context.dataDir;
    c.baseUrl = url;
    c.scope = url.toString(QUrl::RemoveUserInfo);
    c.session = m_context.session;
    m_sync = std::make_unique<SyncEngine>(c);
    m_context.sync = m_sync.get();
    connect(m_sync.get(), &SyncEngine::stateChanged, this,
            [this](SyncEngine::State s, int, const QString &) {
                QString kind = QStringLiteral("busy");
                if (s == SyncEngine::State::UpToDate)
                    kind = QStringLiteral("ok");
                else if (s == SyncEngine::State::Offline)
                    kind = QStringLiteral("offline");
                else if (s == SyncEngine::State::Error)
                    kind = QStringLiteral("error");
                report(QStringLiteral("%1 · %2").arg(m_context.networkName, m_sync->statusText()),
                       kind);
            });
    m_sync->start();
}

} // namespace fb
