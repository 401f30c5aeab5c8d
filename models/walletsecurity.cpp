#include "models/walletsecurity.h"

#include "models/walletservice.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

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
    const int m = QSettings().value(autoLockSettingsKey(), 15).toInt(&ok);
    return ok && m >= 0 && m <= 24 * 60 ? m : 15;
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
    if (m_locked || interval.count() <= 0) {
        m_idle.stop();
        return;
    }
    m_idle.start(interval);
}

void WalletSecurity::noteActivity()
{
    if (!m_locked && m_idle.isActive())
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

void WalletSecurity::lock()
{
    m_idle.stop();
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
    m_wallet->unlockAsync(password, this, [self, reply](Result<keystore::Secrets> s) {
        if (!s) {
            reply(s.error());
            return;
        }
        if (self && self->m_locked) {
            self->m_locked = false;
            self->armTimer();
            emit self->lockedChanged(false);
        }
        reply(Ok{});
    });
}

} // namespace fb
