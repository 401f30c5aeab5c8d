#include "models/walletsecurity.h"

#include "models/modelslog.h"
#include "models/walletservice.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

#include <algorithm>

#ifdef FB_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusError>
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
#ifdef FB_HAVE_DBUS
    if (!m_sleepBus.isEmpty())
        QDBusConnection::disconnectFromBus(m_sleepBus);
#endif
}

QString WalletSecurity::sleepBusEnvironmentVariable()
{
    return QStringLiteral("FB_SLEEP_BUS_ADDRESS");
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
    if (!m_password || interval.count() <= 0) {
        m_idle.stop();
        return;
    }
    m_idle.start(interval);
}

void WalletSecurity::noteActivity()
{
    if (m_password && m_idle.isActive())
        m_idle.start(autoLockInterval());
}

std::optional<std::chrono::milliseconds> WalletSecurity::timeUntilAutoLock() const
{
    if (!m_password || !m_idle.isActive())
        return std::nullopt;
    // A coarse timer may report a little more than its interval: never more than the idle time.
    return std::clamp(m_idle.remainingTimeAsDuration(), std::chrono::milliseconds(0),
                      autoLockInterval());
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

void WalletSecurity::remember(std::shared_ptr<const SecretBytes> password,
                              std::optional<quint64> lockCount)
{
    if (!password || password->isEmpty() || (lockCount && *lockCount != m_lockCount))
        return;
    const bool wasLocked = m_password == nullptr;
    m_password = std::move(password);
    armTimer();
    if (wasLocked)
        emit lockedChanged(false);
}

void WalletSecurity::forget(const std::shared_ptr<const SecretBytes> &password)
{
    if (!m_password || (password && password != m_password && !(*password == *m_password)))
        return;
    lock();
}

void WalletSecurity::lock()
{
    m_idle.stop();
    ++m_lockCount;
    const bool had = m_password != nullptr;
    m_password.reset();
    emit locked();
    if (had)
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
    const quint64 locks = m_lockCount;
    m_wallet->unlockAsync(
        password, this, [self, password, reply, locks](Result<keystore::Secrets> s) {
            if (!s) {
                reply(s.error());
                return;
            }
            if (self && self->m_lockCount != locks) {
                reply(Error{QStringLiteral("locked"), tr("The wallet was locked meanwhile.")});
                return;
            }
            if (self)
                self->remember(password, locks);
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
    // logind's PrepareForSleep comes on the system bus, or on the bus FB_SLEEP_BUS_ADDRESS names.
    const QString address = qEnvironmentVariable(qPrintable(sleepBusEnvironmentVariable()));
    if (!address.isEmpty())
        m_sleepBus = QStringLiteral("fb-sleep-%1").arg(quintptr(this), 0, 16);
    QDBusConnection system = address.isEmpty() ? QDBusConnection::systemBus()
                                               : QDBusConnection::connectToBus(address, m_sleepBus);
    if (!address.isEmpty() && !system.isConnected())
        qCWarning(lcApp) << "the sleep bus cannot be reached:" << system.lastError().message();
    if (system.isConnected())
        m_watchingSleep = system.connect(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            this, SLOT(onPrepareForSleep(bool)));
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
