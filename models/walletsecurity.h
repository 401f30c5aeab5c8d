// WalletSecurity: the wallet's unlocked session, as KeePassXC keeps a database open. Once a
// password has opened the keystore, it is kept in libsodium-guarded memory (SecretBytes) so that
// signing, signing in and unlocking files reuse it instead of asking again, until the wallet
// locks: "Lock now" (Wallet page, File menu, Ctrl+Shift+L), an idle time without keyboard or
// mouse input (default five minutes, 0: never), the computer going to sleep or the screen locking
// (logind PrepareForSleep and org.freedesktop.ScreenSaver ActiveChanged over D-Bus, when the build
// has QtDBus). There is one state: unlocked while the session holds the password, locked
// otherwise (also at start). Locking wipes the password and emits lockedChanged(true), on which
// the Files page drops its keys. QSettings holds the auto-lock minutes and nothing else.
//
// The sleep signal comes from the system bus; FB_SLEEP_BUS_ADDRESS (a D-Bus address, read when
// the session is made) points the watcher at another bus (tests run a private dbus-daemon).
#pragma once

#include "models/servicesupport.h"
#include "wallet/secretbytes.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace fb {

class WalletService;

class WalletSecurity : public QObject
{
    Q_OBJECT
public:
    explicit WalletSecurity(WalletService *wallet, QObject *parent = nullptr);
    ~WalletSecurity() override;

    // Locked: no password is kept; the next action that needs the keys asks for it.
    bool isLocked() const { return m_password == nullptr; }
    bool hasPassword() const { return m_password != nullptr; }
    // Wipes the kept password (nothing happens when already locked).
    void lock();
    // Opens the keystore off the GUI thread to check the password; unlocks on success and keeps
    // the password for the session (errors: wrong_password, ...).
    void unlock(std::shared_ptr<const SecretBytes> password, QObject *context, Reply<Ok> done);

    // The password of the unlocked session, or null when the wallet is locked. Using it restarts
    // the idle clock.
    std::shared_ptr<const SecretBytes> password();
    // A password that has just opened the keystore (WalletService reports every success): the
    // session keeps it and the view unlocks. With auto-lock "Never" it stays until "Lock now",
    // sleep, a screen lock or the end of the app.
    // lockCount: lockCount() when the work that opened the keystore started; a lock since then
    // wins (the password is not kept).
    void remember(std::shared_ptr<const SecretBytes> password,
                  std::optional<quint64> lockCount = std::nullopt);
    // How many times the session locked: work started before a lock does not unlock it again.
    quint64 lockCount() const { return m_lockCount; }
    // A password the keystore refused: the session locks if it is the one kept (it changed
    // elsewhere).
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
    // Time left before the idle time locks the session; nullopt when locked or auto-lock is off.
    std::optional<std::chrono::milliseconds> timeUntilAutoLock() const;
    static QString sleepBusEnvironmentVariable(); // "FB_SLEEP_BUS_ADDRESS"
    // Whether the session listens to PrepareForSleep (a bus was reachable).
    bool watchingSleep() const { return m_watchingSleep; }
    // Whether the build listens for sleep and screen lock on D-Bus.
    static bool watchesSystemLock();

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // Locked (the password is wiped) or unlocked (a password opened the keystore).
    void lockedChanged(bool locked);
    // Every lock (Lock now, idle time, sleep, screen lock, a refused password), even when no
    // password was kept: what else holds keys (the files) drops them on this.
    void locked();

private:
    void armTimer();
    void watchSystem();
    // D-Bus signals (logind, the screen saver): lock on sleep or screen lock.
    Q_SLOT void onPrepareForSleep(bool sleeping);
    Q_SLOT void onScreenSaverActive(bool active);

    WalletService *m_wallet;
    QString m_sleepBus; // connection name of a private sleep bus (FB_SLEEP_BUS_ADDRESS)
    bool m_watchingSleep = false;
    quint64 m_lockCount = 0;
    std::shared_ptr<const SecretBytes> m_password;
    QTimer m_idle;
    std::chrono::milliseconds m_override{0};
};

} // namespace fb
