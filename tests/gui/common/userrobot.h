// UserRobot: plays the user in whatever modal dialog the app opens during a GUI test. It
// restores the wallet from a known phrase in the wallet set-up, types the password into
// password prompts and the signing review, and accepts confirmations; everything it saw is
// logged in `seen` so tests can assert what the user was shown:
//   "wallet"                         the wallet set-up finished
//   "sign-in", "password:<title>"    a password prompt was answered
//   "review:<text>"                  the signing review (its full text) before signing
//   "<objectName>:<text> <info>"     a message box, accepted (destructive or accept role)
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace fb::testkit {

inline const QString kRobotPassword = QStringLiteral("correct horse battery");
inline const QString kRobotPhrase =
    QStringLiteral("legal winner thank year wave sausage worth useful legal winner thank yellow");

class UserRobot : public QObject
{
public:
    UserRobot();
    QStringList seen;
    // When set (and FB_SCREENSHOT_DIR is), the signing review is saved as <name>.png.
    QString signScreenshot;

    bool sawPrefix(const QString &prefix) const;

private:
    void act();
    QTimer m_timer;
};

// Saves w as FB_SCREENSHOT_DIR/<name>.png when that variable is set.
void screenshot(QWidget *w, const QString &name);

} // namespace fb::testkit
