#include "userrobot.h"

#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/walletsetupdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace fb::testkit {

using ui::SignDialog;
using ui::WalletSetupDialog;

UserRobot::UserRobot()
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(); });
    m_timer.start();
}

bool UserRobot::sawPrefix(const QString &prefix) const
{
    for (const QString &s : seen) {
        if (s.startsWith(prefix))
            return true;
    }
    return false;
}

void UserRobot::act()
{
    QWidget *w = QApplication::activeModalWidget();
    if (!w)
        return;
    if (auto *setup = qobject_cast<WalletSetupDialog *>(w)) {
        switch (setup->currentId()) {
        case WalletSetupDialog::IntroPage:
            setup->findChildren<QRadioButton *>().last()->setChecked(true);
            setup->next();
            break;
        case WalletSetupDialog::RestorePage:
            setup->findChild<QPlainTextEdit *>(QStringLiteral("restorePhrase"))
                ->setPlainText(kRobotPhrase);
            setup->next();
            break;
        case WalletSetupDialog::PasswordPage:
            setup->findChild<QLineEdit *>(QStringLiteral("password"))->setText(kRobotPassword);
            setup->findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(kRobotPassword);
            setup->button(QWizard::FinishButton)->click();
            seen << QStringLiteral("wallet");
            break;
        default:
            break;
        }
    } else if (auto *input = qobject_cast<QInputDialog *>(w)) {
        seen << QStringLiteral("sign-in") << QStringLiteral("password:") + input->windowTitle();
        input->setTextValue(kRobotPassword);
        input->accept();
    } else if (auto *sign = qobject_cast<SignDialog *>(w)) {
        seen << QStringLiteral("review:") +
                    sign->findChild<QLabel *>(QStringLiteral("review"))->text();
        if (!signScreenshot.isEmpty())
            screenshot(sign, signScreenshot);
        QTest::keyClicks(sign->findChild<QLineEdit *>(QStringLiteral("password")), kRobotPassword);
        sign->findChild<QPushButton *>(QStringLiteral("sign"))->click();
    } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
        seen << box->objectName() + QLatin1Char(':') + box->text() + QLatin1Char(' ') +
                    box->informativeText();
        for (QAbstractButton *b : box->buttons()) {
            const auto role = box->buttonRole(b);
            if (role == QMessageBox::DestructiveRole || role == QMessageBox::AcceptRole) {
                b->click();
                return;
            }
        }
        box->accept();
    }
}

void screenshot(QWidget *w, const QString &name)
{
    if (qEnvironmentVariableIsSet("FB_SCREENSHOT_DIR"))
        w->grab().save(qEnvironmentVariable("FB_SCREENSHOT_DIR") + QLatin1Char('/') + name +
                       QStringLiteral(".png"));
}

} // namespace fb::testkit
