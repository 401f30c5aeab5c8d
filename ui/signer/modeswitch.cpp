#include "ui/signer/modeswitch.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace fb::ui::modeswitch {

namespace {
std::optional<QStringList> &pending()
{
    static std::optional<QStringList> args;
    return args;
}
} // namespace

QStringList argumentsFor(const QStringList &current, bool offlineSigner)
{
    QStringList out;
    for (int i = 0; i < current.size(); ++i) {
        const QString &a = current.at(i);
        if (a == kOfflineSignerOption)
            continue;
        // A screenshot run ends by itself; the restarted app is for the user.
        if (a == QLatin1String("--screenshot") || a == QLatin1String("--page")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--screenshot=")) || a.startsWith(QLatin1String("--page=")))
            continue;
        out << a;
    }
    if (offlineSigner)
        out << kOfflineSignerOption;
    return out;
}

bool requestRestart(QWidget *parent, bool offlineSigner)
{
    QMessageBox box(QMessageBox::Question,
                    offlineSigner ? QApplication::translate("modeswitch", "Restart as offline signer?")
                                  : QApplication::translate("modeswitch", "Restart online?"),
                    offlineSigner
                        ? QApplication::translate(
                              "modeswitch",
                              "Flashback restarts with only the wallet and the transaction "
                              "signer. It starts no node and opens no network connection; "
                              "transfers and sync stop until you restart online.")
                        : QApplication::translate("modeswitch",
                                                  "Flashback restarts with the marketplace, "
                                                  "sync and transfers, and connects to the "
                                                  "platform node again."),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("restartMode"));
    auto *restart = box.addButton(QApplication::translate("modeswitch", "Restart"),
                                  QMessageBox::AcceptRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() != restart)
        return false;
    pending() = argumentsFor(QApplication::arguments().mid(1), offlineSigner);
    QApplication::closeAllWindows();
    QApplication::quit();
    return true;
}

std::optional<QStringList> pendingRestartArguments()
{
    return pending();
}

} // namespace fb::ui::modeswitch
