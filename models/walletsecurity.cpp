#include "models/walletsecurity.h"

#include "models/modelslog.h"
#include "models/walletservice.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

#ifdef FB_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace fb {

WalletSecurity::WalletSecurity(WalletService *wallet, QObject *parent)
    : QObject(parent)
    , m_wallet(wallet)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &WalletSecurity::lock);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    armTimer();
    watchSystem();
}

WalletSecurity::~WalletSecurity()
{
    m_password.reset(); // SecretBytes wipes itself when the last holder lets go
}

QString WalletSecurity::autoLockSettingsKey()
{
    return QStringLiteral("wallet/autoLockMinutes");
}

QList<int> WalletSecurity::autoLockChoices()
{
    return {0, 1, 5, 15, 60};
}

int WalletSecurity::autoLockMinutes() const
{
    bool ok = false;
    const int m = QSettings().value(autoLockSettingsKey(), defaultAutoLockMinutes()).toInt(&ok);
    return ok && m >= 0 && m <= 24 * 60 ? m : defaultAutoLockMinutes();
}

void WalletSecurity::setAutoLockMinutes(int minutes)
{
    QSettings().setValue(autoLockSettingsKey(), qBound(0, minutes, 24 * 60));
    armTimer();
}

std::chrono::milliseconds WalletSecurity::autoLockInterval() const
{
    if (m_override.count() > 0)
        return m_override;
    return std::chrono::minutes(autoLockMinutes());
}

void WalletSecurity::overrideAutoLockInterval(std::chrono::milliseconds interval)
{
    m_override = interval;
    armTimer();
}

void WalletSecurity::armTimer()
{
    const auto interval = autoLockInterval();
    if ((m_locked && !m_password) || interval.count() <= 0) {
        m_idle.stop();
        return;
    }
    m_idle.start(interval);
}

void WalletSecurity::noteActivity()
{
    if ((!m_locked || m_password) && m_idle.isActive())
        m_idle.start(autoLockInterval());
}

bool WalletSecurity::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

std::shared_ptr<const SecretBytes> WalletSecurity::password()
{
    if (m_password)
        noteActivity();
    return m_password;
}

void WalletSecurity::remember(std::shared_ptr<const SecretBytes> password)
{
    if (!password || password->isEmpty())
        return;
    const bool had = m_password != nullptr;
    m_password = std::move(password);
    const bool wasLocked = m_locked;
    m_locked = false;
    armTimer();
    if (wasLocked)
        emit lockedChanged(false);
    if (!had)
        emit sessionChanged(true);
}

void WalletSecurity::forget(const std::shared_ptr<const SecretBytes> &password)
{
    if (!m_password || (password && password != m_password && !(*password == *m_password)))
        return;
    m_password.reset();
    emit sessionChanged(false);
}

void WalletSecurity::lock()
{
    m_idle.stop();
    const bool had = m_password != nullptr;
    m_password.reset();
    if (had)
        emit sessionChanged(false);
    if (m_locked)
        return;
    m_locked = true;
    emit lockedChanged(true);
}

void WalletSecurity::unlock(std::shared_ptr<const SecretBytes> password, QObject *context,
                            Reply<Ok> done)
{
    auto reply = guarded(context, std::move(done));
    if (!m_wallet || !m_wallet->exists()) {
        reply(Error{QStringLiteral("no_wallet"), tr("There is no wallet to unlock.")});
        return;
    }
    QPointer<WalletSecurity> self(this);
    m_wallet->unlockAsync(password, this, [self, password, reply](Result<keystore::Secrets> s) {
        if (!s) {
            reply(s.error());
            return;
        }
        if (self)
            self->remember(password);
        reply(Ok{});
    });
}

bool WalletSecurity::watchesSystemLock()
{
#ifdef FB_HAVE_DBUS
    return true;
#else
    return false;
#endif
}

void WalletSecurity::watchSystem()
{
#ifdef FB_HAVE_DBUS
    // Either bus may be missing (a headless test, a desktop without logind): then nothing
    // watches, and the idle time and "Lock now" still lock.
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected())
        system.connect(QStringLiteral("org.freedesktop.login1"),
                       QStringLiteral("/org/freedesktop/login1"),
                       QStringLiteral("org.freedesktop.login1.Manager"),
                       QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const QString &path :
             {QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("/ScreenSaver")})
            session.connect(QString(), path, QStringLiteral("org.freedesktop.ScreenSaver"),
                            QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActive(bool)));
    }
#endif
}

void WalletSecurity::onPrepareForSleep(bool sleeping)
{
    if (sleeping) {
        qCInfo(lcApp) << "the computer goes to sleep: locking the wallet";
        lock();
    }
}

void WalletSecurity::onScreenSaverActive(bool active)
{
    if (active) {
        qCInfo(lcApp) << "the screen locked: locking the wallet";
        lock();
    }
}

} // namespace fb
