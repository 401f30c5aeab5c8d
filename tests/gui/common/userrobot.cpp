#include "userrobot.h"

#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/walletsetupdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <algorithm>

namespace fb::testkit {

using ui::SignDialog;
using ui::WalletSetupDialog;

namespace {

QString plain(QString s)
{
    return s.remove(QLatin1Char('&'));
}

} // namespace

UserRobot::UserRobot()
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(); });
    m_timer.start();
}

void UserRobot::expectWalletSetup()
{
    m_queue.append({Kind::WalletSetup, {}, {}});
}

void UserRobot::expectPassword(const QString &titleFragment, int times)
{
    for (int i = 0; i < times; ++i)
        m_queue.append({Kind::Password, titleFragment, {}});
}

void UserRobot::expectSignature(const QString &reviewFragment)
{
    m_queue.append({Kind::Signature, reviewFragment, {}});
}

void UserRobot::expectMessage(const QString &fragment, const QString &buttonText)
{
    m_queue.append({Kind::Message, fragment, buttonText});
}

QString UserRobot::describe(const Expected &e)
{
    switch (e.kind) {
    case Kind::WalletSetup:
        return QStringLiteral("wallet set-up");
    case Kind::Password:
        return QStringLiteral("password prompt \"%1\"").arg(e.fragment);
    case Kind::Signature:
        return QStringLiteral("signing review \"%1\"").arg(e.fragment);
    case Kind::Message:
        return QStringLiteral("message \"%1\" answered \"%2\"").arg(e.fragment, e.button);
    }
    return {};
}

QString UserRobot::describe(QWidget *w)
{
    QString text;
    if (auto *box = qobject_cast<QMessageBox *>(w))
        text = box->text() + QLatin1Char(' ') + box->informativeText();
    else if (auto *input = qobject_cast<QInputDialog *>(w))
        text = input->labelText();
    return QStringLiteral("%1 \"%2\" (%3): %4")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->windowTitle(), w->objectName(),
             text.simplified());
}

QStringList UserRobot::pending() const
{
    QStringList out;
    for (const Expected &e : m_queue)
        out << describe(e);
    return out;
}

bool UserRobot::verify(QString *why) const
{
    QStringList problems = m_errors;
    if (!m_queue.isEmpty())
        problems << QStringLiteral("expected but never shown: ") +
                        pending().join(QStringLiteral("; "));
    if (why)
        *why = problems.join(QStringLiteral(" | "));
    return problems.isEmpty();
}

bool UserRobot::sawPrefix(const QString &prefix) const
{
    for (const QString &s : seen) {
        if (s.startsWith(prefix))
            return true;
    }
    return false;
}

void UserRobot::unexpected(QWidget *w, const QString &why)
{
    const QString error = why + QStringLiteral(": ") + describe(w);
    m_errors << error;
    QTest::qFail(qPrintable(QStringLiteral("UserRobot: ") + error), __FILE__, __LINE__);
    // Never the accepting answer: the escape button of a message box, else reject().
    if (auto *box = qobject_cast<QMessageBox *>(w); box && box->escapeButton())
        box->escapeButton()->click();
    else if (auto *dialog = qobject_cast<QDialog *>(w))
        dialog->reject();
    else
        w->close();
}

void UserRobot::act()
{
    QWidget *w = QApplication::activeModalWidget();
    if (!w || w == m_answered || m_allowed.contains(w->objectName()))
        return;
    const auto answered = [this, w] {
        m_queue.removeFirst();
        if (auto *dialog = qobject_cast<QDialog *>(w)) {
            m_answered = dialog;
            connect(
                dialog, &QDialog::finished, this, [this] { m_answered = nullptr; },
                Qt::SingleShotConnection);
        }
    };
    const Expected *next = m_queue.isEmpty() ? nullptr : &m_queue.first();
    const QString expecting = next ? describe(*next) : QStringLiteral("none");
    if (auto *setup = qobject_cast<WalletSetupDialog *>(w)) {
        if (!next || next->kind != Kind::WalletSetup)
            return unexpected(w, QStringLiteral("unexpected dialog (expecting %1)").arg(expecting));
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
            answered();
            setup->button(QWizard::FinishButton)->click();
            seen << QStringLiteral("wallet");
            break;
        default:
            break;
        }
    } else if (auto *input = qobject_cast<QInputDialog *>(w)) {
        if (!next || next->kind != Kind::Password || !input->windowTitle().contains(next->fragment))
            return unexpected(w, QStringLiteral("unexpected dialog (expecting %1)").arg(expecting));
        seen << QStringLiteral("sign-in") << QStringLiteral("password:") + input->windowTitle();
        answered();
        input->setTextValue(kRobotPassword);
        input->accept();
    } else if (auto *sign = qobject_cast<SignDialog *>(w)) {
        const QString review = sign->findChild<QLabel *>(QStringLiteral("review"))->text();
        if (!next || next->kind != Kind::Signature || !review.contains(next->fragment))
            return unexpected(w, QStringLiteral("unexpected dialog (expecting %1)").arg(expecting));
        seen << QStringLiteral("review:") + review;
        if (!signScreenshot.isEmpty() && screenshotBackdrop &&
            qEnvironmentVariableIsSet("FB_SCREENSHOT_DIR")) {
            QImage picture = screenshotBackdrop->grab().toImage();
            const QPixmap front = sign->grab();
            QPainter p(&picture);
            p.fillRect(picture.rect(), QColor(0, 0, 0, 90));
            p.drawPixmap((picture.width() - front.width()) / 2,
                         std::max(0, (picture.height() - front.height()) / 2), front);
            p.end();
            picture.save(qEnvironmentVariable("FB_SCREENSHOT_DIR") + QLatin1Char('/') +
                         signScreenshot + QStringLiteral(".png"));
        } else if (!signScreenshot.isEmpty()) {
            screenshot(sign, signScreenshot);
        }
        answered();
        // An unlocked wallet signs without its password: the field is hidden then.
        auto *password = sign->findChild<QLineEdit *>(QStringLiteral("password"));
        if (password->isVisibleTo(sign))
            QTest::keyClicks(password, kRobotPassword);
        else
            seen << QStringLiteral("signed-unlocked");
        sign->findChild<QPushButton *>(QStringLiteral("sign"))->click();
    } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
        const bool matches =
            next && next->kind == Kind::Message &&
            (box->objectName() == next->fragment || box->windowTitle().contains(next->fragment) ||
             box->text().contains(next->fragment) ||
             box->informativeText().contains(next->fragment));
        if (!matches)
            return unexpected(w, QStringLiteral("unexpected dialog (expecting %1)").arg(expecting));
        QAbstractButton *press = nullptr;
        QStringList offered;
        for (QAbstractButton *b : box->buttons()) {
            offered << plain(b->text());
            if (plain(b->text()) == next->button)
                press = b;
        }
        if (!press)
            return unexpected(w, QStringLiteral("no button \"%1\" among [%2]")
                                     .arg(next->button, offered.join(QStringLiteral(", "))));
        seen << box->objectName() + QLatin1Char(':') + box->text() + QLatin1Char(' ') +
                    box->informativeText();
        answered();
        press->click();
    } else {
        unexpected(w, QStringLiteral("unexpected dialog (expecting %1)").arg(expecting));
    }
}

void screenshot(QWidget *w, const QString &name)
{
    if (qEnvironmentVariableIsSet("FB_SCREENSHOT_DIR"))
        w->grab().save(qEnvironmentVariable("FB_SCREENSHOT_DIR") + QLatin1Char('/') + name +
                       QStringLiteral(".png"));
}

} // namespace fb::testkit
