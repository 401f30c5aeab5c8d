// WalletPageRig: the wallet page against a real node as the wallet tests set it up: settings of
// the test's own (INI files in its directory, as the app keeps them), the embedded node with its
// development ledgers (LocalMarket), the robot that answers the app's dialogs, and the page shown
// at a given size. onModal() drives a dialog the page opens.
#pragma once

#include "localmarket.h"
#include "ui/pages/walletpage.h"
#include "userrobot.h"

#include <QDialog>
#include <QObject>
#include <QSize>

#include <functional>
#include <memory>

namespace fb::testkit {

class WalletPageRig
{
public:
    WalletPageRig();
    ~WalletPageRig();
    WalletPageRig(const WalletPageRig &) = delete;
    WalletPageRig &operator=(const WalletPageRig &) = delete;

    // QSettings for organization in dir/settings (INI), from now on for the whole test.
    static void useSettings(const QString &dir, const QString &organization);
    // Starts the node (nodeArgs as flashback-node takes them) in dir, the robot, and the page
    // shown at size; false with error() on failure.
    bool start(const QString &dir, const QSize &size, const QStringList &nodeArgs = {});
    QString error() const { return m_error; }
    ui::AppContext &context() { return market->context; }

    // Runs drive on the modal dialog named name (allowed to the robot) once it is up, then
    // closes it if it is still open. Call before the action that opens it.
    void onModal(const QString &name, std::function<void(QDialog *)> drive);

    // The page, then the node.
    void stop();

    std::unique_ptr<LocalMarket> market;
    std::unique_ptr<UserRobot> robot;
    std::unique_ptr<ui::WalletPage> page;

private:
    QObject m_timers; // parent of onModal's timers
    QString m_error;
};

} // namespace fb::testkit
