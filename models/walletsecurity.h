// WalletSecurity: whether the wallet page shows the wallet (unlocked) or asks for the password
// first (locked), and the auto-lock after a time without user input. The wallet never keeps a
// secret while unlocked: unlocking only proves the password, signing still asks for it.
// QSettings holds the auto-lock minutes and nothing else.
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

    bool isLocked() const { return m_locked; }
    void lock();
    // Opens the keystore off the GUI thread to check the password; unlocks on success
    // (errors: wrong_password, ...).
    void unlock(std::shared_ptr<const SecretBytes> password, QObject *context, Reply<Ok> done);

    // Minutes without keyboard or mouse input before the wallet locks itself; 0: never.
    static QString autoLockSettingsKey(); // "wallet/autoLockMinutes"
    static QList<int> autoLockChoices();  // 0, 1, 5, 15, 60
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    // The idle time in force (from the minutes unless overridden).
    std::chrono::milliseconds autoLockInterval() const;
    // Replaces the minutes by an exact interval for this object only (tests, demos); 0 ms
    // returns to the setting.
    void overrideAutoLockInterval(std::chrono::milliseconds interval);
    // Restarts the idle clock (the object also watches the application's input events).
    void noteActivity();

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void lockedChanged(bool locked);

private:
    void armTimer();

    WalletService *m_wallet;
    bool m_locked = false;
    QTimer m_idle;
    std::chrono::milliseconds m_override{0};
};

} // namespace fb
