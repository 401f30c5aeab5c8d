// WalletSecurity: the wallet's unlocked session, as KeePassXC keeps a database open. Once a
// password has opened the keystore, it is kept in libsodium-guarded memory (SecretBytes) so that
// signing, signing in and unlocking files reuse it instead of asking again, until the wallet
// locks: "Lock now", an idle time without keyboard or mouse input (default five minutes, 0:
// never), the computer going to sleep or the screen locking (logind PrepareForSleep and
// org.freedesktop.ScreenSaver ActiveChanged over D-Bus, when the build has QtDBus). Locking
// wipes the password. QSettings holds the auto-lock minutes and nothing else.
#pragma once

#include "models/servicesupport.h"
#include "wallet/secretbytes.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace fb {

class WalletService;

class WalletSecurity : public QObject
{
    Q_OBJECT
public:
    explicit WalletSecurity(WalletService *wallet, QObject *parent = nullptr);
    ~WalletSecurity() override;

    // The wallet page's view: locked hides the accounts until the password is given again.
    bool isLocked() const { return m_locked; }
    // Wipes the kept password and locks the view.
    void lock();
    // Opens the keystore off the GUI thread to check the password; unlocks on success and keeps
    // the password for the session (errors: wrong_password, ...).
    void unlock(std::shared_ptr<const SecretBytes> password, QObject *context, Reply<Ok> done);

    // The password of the unlocked session, or null when the wallet is locked. Using it restarts
    // the idle clock.
    std::shared_ptr<const SecretBytes> password();
    bool hasPassword() const { return m_password != nullptr; }
    // A password that has just opened the keystore (WalletService reports every success): the
    // session keeps it and the view unlocks. With auto-lock "Never" it stays until "Lock now",
    // sleep, a screen lock or the end of the app.
    void remember(std::shared_ptr<const SecretBytes> password);
    // A password the keystore refused: forgotten if it is the one kept (it changed elsewhere).
    void forget(const std::shared_ptr<const SecretBytes> &password);

    // Minutes without keyboard or mouse input before the wallet locks itself; 0: never.
    static QString autoLockSettingsKey(); // "wallet/autoLockMinutes"
    static QList<int> autoLockChoices();  // 0, 1, 5, 15, 60
    static int defaultAutoLockMinutes() { return 5; }
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    // The idle time in force (from the minutes unless overridden).
    std::chrono::milliseconds autoLockInterval() const;
    // Replaces the minutes by an exact interval for this object only (tests, demos); 0 ms
    // returns to the setting.
    void overrideAutoLockInterval(std::chrono::milliseconds interval);
    // Restarts the idle clock (the object also watches the application's input events).
    void noteActivity();
    // Whether the build listens for sleep and screen lock on D-Bus.
    static bool watchesSystemLock();

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void lockedChanged(bool locked);
    // The session holds a password (true) or no longer does (false).
    void sessionChanged(bool unlocked);

private:
    void armTimer();
    void watchSystem();
    // D-Bus signals (logind, the screen saver): lock on sleep or screen lock.
    Q_SLOT void onPrepareForSleep(bool sleeping);
    Q_SLOT void onScreenSaverActive(bool active);

    WalletService *m_wallet;
    bool m_locked = false;
    std::shared_ptr<const SecretBytes> m_password;
    QTimer m_idle;
    std::chrono::milliseconds m_override{0};
};

} // namespace fb
