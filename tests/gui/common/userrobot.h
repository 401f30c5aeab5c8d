// UserRobot: plays the user in the modal dialogs a GUI test said it expects, and only in those
// (KeePassXC's MessageBox::setNextAnswer). The test queues each dialog before the action that
// opens it; the robot answers the dialog at the head of the queue the way it was told:
//   expectWalletSetup()                 restores the wallet from kRobotPhrase, kRobotPassword
//   expectPassword(fragment)            a password prompt whose title contains fragment
//   expectSignature(fragment)           the signing review, whose text contains fragment
//   expectMessage(fragment, button)     a message box whose object name, title or text contains
//                                       fragment: presses the button with that text, nothing else
// Any other modal (or an expected one that does not match the head of the queue) is a test
// failure: it is recorded in errors(), reported with QTest::qFail at once, and rejected (its
// escape button, never an accept or destructive one). verify() at the end of a test also fails
// when an expected dialog never came. Everything answered is logged in `seen`:
//   "wallet"                         the wallet set-up finished
//   "sign-in", "password:<title>"    a password prompt was answered
//   "review:<text>"                  the signing review (its full text) before signing
//   "signed-unlocked"                that review signed with the unlocked wallet's password
//                                    (WalletSecurity), no password typed
//   "<objectName>:<text> <info>"     a message box, answered with the expected button
#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>
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

    void expectWalletSetup();
    void expectPassword(const QString &titleFragment, int times = 1);
    void expectSignature(const QString &reviewFragment);
    void expectMessage(const QString &fragment, const QString &buttonText);
    // A modal window the test drives itself (by object name, e.g. a wizard the page opens):
    // the robot leaves it alone while it is the active modal widget.
    void allowWindow(const QString &objectName) { m_allowed << objectName; }

    // The dialogs still expected (a description each), and the unexpected ones seen.
    QStringList pending() const;
    const QStringList &errors() const { return m_errors; }
    // True when every expected dialog was answered and no other one appeared; else *why says
    // what went wrong. Use as QVERIFY2(robot.verify(&why), qPrintable(why)).
    bool verify(QString *why) const;

    QStringList seen;
    QStringList m_allowed;
    // When set (and FB_SCREENSHOT_DIR is), the signing review is saved as <name>.png.
    QString signScreenshot;
    // When set, that screenshot is the window behind (dimmed) with the review centred on it,
    // as the user sees them, at the backdrop's size.
    QPointer<QWidget> screenshotBackdrop;

    bool sawPrefix(const QString &prefix) const;

private:
    enum class Kind { WalletSetup, Password, Signature, Message };
    struct Expected
    {
        Kind kind;
        QString fragment;
        QString button; // Message: the text of the button to press
    };
    static QString describe(const Expected &e);
    static QString describe(QWidget *w);

    void act();
    void unexpected(QWidget *w, const QString &why);
    QList<Expected> m_queue;
    QStringList m_errors;
    // The dialog just answered, until it closes (it may stay up for an instant after its
    // answer, and must not count as a second one).
    QPointer<QDialog> m_answered;
    QTimer m_timer;
};

// Saves w as FB_SCREENSHOT_DIR/<name>.png when that variable is set.
void screenshot(QWidget *w, const QString &name);

} // namespace fb::testkit
