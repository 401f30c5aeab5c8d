// The wallet set-up a first-time user walks through: create (words shown once, three asked
// back) or restore, then a password; and the signing review with its password prompt.
#include "models/walletservice.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/theme.h"
#include "wallet/slip10.h"
#include "wallet/stellar.h"
#include "wallet/strkey.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fb;
using namespace fb::ui;

namespace {

SecretBytes secret(const QByteArray &s)
{
    return SecretBytes::fromBytes(s);
}

// Closes the next message box the dialog opens, remembering its text.
QString *closeNextMessageBox()
{
    auto *text = new QString;
    QTimer::singleShot(50, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        }
    });
    return text;
}

} // namespace

class WalletSetupTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void createChecksTheWrittenWords()
    {
        QTemporaryDir dir;
        WalletService wallet(dir.path());
        QVERIFY(!wallet.exists());
        WalletSetupDialog d(&wallet);
        d.setKeystoreParams(keystore::fastParams());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.currentId(), int(WalletSetupDialog::IntroPage));
        d.next();
        QCOMPARE(d.currentId(), int(WalletSetupDialog::PhrasePage));
        const QStringList words = d.wordsForTest();
        QCOMPARE(words.size(), 24);
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("word1"))->text().contains(words[0]));
        // Next waits until the user says the words are written down.
        QVERIFY(!d.button(QWizard::NextButton)->isEnabled());
        d.findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(d.button(QWizard::NextButton)->isEnabled());
        d.next();
        QCOMPARE(d.currentId(), int(WalletSetupDialog::CheckPage));
        const QList<int> pos = d.checkedPositions();
        QCOMPARE(pos.size(), 3);
        // A wrong word is refused with the position named.
        for (int i = 0; i < 3; ++i)
            d.findChild<QLineEdit *>(QStringLiteral("check%1").arg(i))->setText(words[pos[i]]);
        d.findChild<QLineEdit *>(QStringLiteral("check1"))->setText(QStringLiteral("zzz"));
        QString *message = closeNextMessageBox();
        d.next();
        QCOMPARE(d.currentId(), int(WalletSetupDialog::CheckPage));
        QVERIFY2(message->contains(QString::number(pos[1] + 1)), qPrintable(*message));
        delete message;
        d.findChild<QLineEdit *>(QStringLiteral("check1"))->setText(words[pos[1]].toUpper());
        d.next();
        QCOMPARE(d.currentId(), int(WalletSetupDialog::PasswordPage));
        // Passwords must match and be long enough.
        d.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("short"));
        d.findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("short"));
        message = closeNextMessageBox();
        d.button(QWizard::FinishButton)->click();
        QVERIFY(message->contains(QStringLiteral("8")));
        delete message;
        QVERIFY(!wallet.exists());
        d.findChild<QLineEdit *>(QStringLiteral("password"))
            ->setText(QStringLiteral("correct horse"));
        d.findChild<QLineEdit *>(QStringLiteral("confirm"))
            ->setText(QStringLiteral("correct horse"));
        d.button(QWizard::FinishButton)->click();
        // The keystore is written off the GUI thread; the dialog closes once it is.
        QTRY_COMPARE_WITH_TIMEOUT(d.result(), int(QDialog::Accepted), 20000);
        QVERIFY(wallet.exists());
        // The words on screen are gone; the wallet opens with the password and holds them.
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("word1"))->text().isEmpty());
        auto secrets = wallet.unlock(secret("correct horse"));
        QVERIFY(secrets);
        QCOMPARE(QString::fromUtf8(secrets->mnemonic.view()), words.join(QLatin1Char(' ')));
        QVERIFY(!wallet.unlock(secret("wrong horse")));
        QVERIFY(wallet.stellarAddress().startsWith(QLatin1Char('G')));
    }

    void restoreFromPhrase()
    {
        QTemporaryDir dir;
        WalletService wallet(dir.path());
        WalletSetupDialog d(&wallet);
        d.setKeystoreParams(keystore::fastParams());
        d.show();
        d.findChild<QRadioButton *>()
            ->parentWidget()
            ->findChildren<QRadioButton *>()
            .last()
            ->setChecked(true);
        d.next();
        QCOMPARE(d.currentId(), int(WalletSetupDialog::RestorePage));
        auto *edit = d.findChild<QPlainTextEdit *>(QStringLiteral("restorePhrase"));
        edit->setPlainText(QStringLiteral("abandon abandon abandon abandon abandon abandon abandon "
                                          "abandon abandon abandon abandon abandon"));
        QString *message = closeNextMessageBox();
        d.next();
        QCOMPARE(d.currentId(), int(WalletSetupDialog::RestorePage));
        QVERIFY2(message->contains(QStringLiteral("checksum")), qPrintable(*message));
        delete message;
        edit->setPlainText(QStringLiteral("Abandon abandon abandon abandon abandon abandon abandon "
                                          "abandon abandon abandon abandon about"));
        d.next();
        QCOMPARE(d.currentId(), int(WalletSetupDialog::PasswordPage));
        d.findChild<QLineEdit *>(QStringLiteral("password"))
            ->setText(QStringLiteral("correct horse"));
        d.findChild<QLineEdit *>(QStringLiteral("confirm"))
            ->setText(QStringLiteral("correct horse"));
        d.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wallet.exists(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(d.result(), int(QDialog::Accepted), 20000);
        // SEP-0005 test 5's first account.
        QCOMPARE(wallet.stellarAddress(),
                 QStringLiteral("GB3JDWCQJCWMJ3IILWIGDTQJJC5567PGVEVXSCVPEQOTDN64VJBDQBYX"));
        auto sig = wallet.signMessage("login nonce", secret("correct horse"));
        QVERIFY(sig);
        auto pk = strkey::decodeAccountId(wallet.stellarAddress());
        QVERIFY(slip10::ed25519Verify(*pk, "login nonce", *sig));
        QCOMPARE(wallet.signMessage("x", secret("nope")).error().code,
                 QStringLiteral("wrong_password"));
        // The Starknet account starknet.js derives from the same phrase (Argent X key,
        // OpenZeppelin account; tests/unit/wallet/data/starknet.json), and a transaction it
        // signs verifies with that key.
        QCOMPARE(
            wallet.starknetAddress(),
            QStringLiteral("0x05e0b5c026e580511421deca0c325adb169a4b3502cf3d275ac18540883c7fd0"));
        starknet::InvokeV3 tx = starknet::buildStrkPayment(
            {*starknet::parseAddress(wallet.starknetAddress()), stark::Felt::fromUInt(0x1234),
             *starknet::parseStrk(QStringLiteral("2.5")), stark::Felt::fromUInt(1),
             starknet::chainByName(QStringLiteral("sepolia"))->id});
        QVERIFY(wallet.signStarknet(tx, secret("correct horse")).ok());
        QVERIFY(starknet::verify(
            tx, *stark::Felt::fromHex(
                    u"0x1f03432e214578b6ac859bd1d282e948a615bef54feaf8da02141d42a5f5fa")));
        tx.senderAddress = stark::Felt::fromUInt(5);
        QCOMPARE(wallet.signStarknet(tx, secret("correct horse")).error().code,
                 QStringLiteral("not_our_account"));
    }

    void signDialogShowsTheReview()
    {
        stellar::PaymentParams p;
        p.source = QStringLiteral("GB3JDWCQJCWMJ3IILWIGDTQJJC5567PGVEVXSCVPEQOTDN64VJBDQBYX");
        p.destination = QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ");
        p.amount = 125000000;
        p.sequence = 2;
        p.maxTime = 1900000000;
        p.memo.type = stellar::MemoText;
        p.memo.text = "fb:deal";
        auto env = stellar::buildPayment(p);
        QVERIFY(env);
        const auto review = stellar::review(*env, stellar::network(QStringLiteral("testnet")));
        SignDialog d(review, QStringLiteral("Pay the escrow for your storage agreement."));
        d.show();
        const QString shown = d.findChild<QLabel *>(QStringLiteral("review"))->text();
        QVERIFY(shown.contains(QStringLiteral("TEST NETWORK")));
        QVERIFY(shown.contains(QStringLiteral("12.5 XLM")));
        QVERIFY(shown.contains(QStringLiteral("GA7Q YNF7")));
        QVERIFY(shown.contains(QStringLiteral("fb:deal")));
        auto *sign = d.findChild<QPushButton *>(QStringLiteral("sign"));
        QVERIFY(!sign->isEnabled());
        QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("password")),
                         QStringLiteral("pw"));
        QVERIFY(sign->isEnabled());
        QCOMPARE(QByteArray(d.takePassword().view().toByteArray()), QByteArray("pw"));
        QVERIFY(d.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
        // The review reads from the top: the red TEST NETWORK banner is the first thing in its
        // box, not below a blank band (the text was centred in the space).
        {
            d.resize(620, 520);
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            auto *label = d.findChild<QLabel *>(QStringLiteral("review"));
            QVERIFY(label->height() > 300); // room to spare below the review
            const QImage image = label->grab().toImage();
            const QColor banner = Theme::color(ThemeColor::DangerBanner);
            int firstBannerRow = -1;
            for (int y = 0; y < image.height() && firstBannerRow < 0; ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (qAbs(c.red() - banner.red()) < 8 && qAbs(c.green() - banner.green()) < 8 &&
                        qAbs(c.blue() - banner.blue()) < 8) {
                        firstBannerRow = y;
                        break;
                    }
                }
            QVERIFY2(firstBannerRow >= 0 && firstBannerRow < 16,
                     qPrintable(QString::number(firstBannerRow)));
        }
        if (qEnvironmentVariableIsSet("FB_SCREENSHOT_DIR")) {
            d.resize(620, 520);
            d.grab().save(qEnvironmentVariable("FB_SCREENSHOT_DIR") +
                          QStringLiteral("/sign-review.png"));
        }
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(WalletSetupTest)
#include "tst_walletsetup.moc"
