// The wallet page with a wallet, against the embedded node: balances and their value, the
// receive QR code (decoded back to the address), a payment sent to confirmation (both balances
// change, the history shows it, search and CSV), lock, auto-lock, password change, and a
// keystore that survives a kill at any instant of a password change.
#include "localmarket.h"
#include "models/formats.h"
#include "models/walletaccountsmodel.h"
#include "models/wallethistorymodel.h"
#include "models/walletsecurity.h"
#include "qr/qrcode.h"
#include "ui/pages/walletpage.h"
#include "ui/wallet/receivedialog.h"
#include "ui/wallet/senddialog.h"
#include "userrobot.h"
#include "walletpagerig.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef FB_HAVE_ZBAR
#include <zbar.h>
#endif

using namespace fb;
using namespace fb::ui;

namespace {
const QString kNewPassword = QStringLiteral("a brand new password");

SecretBytes secret(const QString &s)
{
    return SecretBytes::fromBytes(s.toUtf8());
}

#ifdef FB_HAVE_ZBAR
QString decodeQr(const QImage &image)
{
    using namespace zbar;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());
    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *img = zbar_image_create();
    zbar_image_set_format(img, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(img, unsigned(gray.width()), unsigned(gray.height()));
    zbar_image_set_data(img, pixels.constData(), unsigned(pixels.size()), nullptr);
    QString text;
    if (zbar_scan_image(scanner, img) > 0) {
        const zbar_symbol_t *s = zbar_image_first_symbol(img);
        text = QString::fromUtf8(zbar_symbol_get_data(s));
    }
    zbar_image_destroy(img);
    zbar_image_scanner_destroy(scanner);
    return text;
}
#endif

// The child process of the kill test: changes the password back and forth until killed.
int changePasswordForever(const QString &path)
{
    if (!initSodium())
        return 2;
    bool even = true;
    for (;;) {
        auto s = keystore::changePassword(
            path, secret(even ? testkit::kRobotPassword : kNewPassword),
            secret(even ? kNewPassword : testkit::kRobotPassword), keystore::fastParams());
        if (!s && s.error().code != QLatin1String("wrong_password"))
            return 3;
        even = !even;
    }
}
} // namespace

class WalletPageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    testkit::WalletPageRig m_rig;

    AppContext &ctx() { return m_rig.context(); }
    WalletAccountsModel *accounts() { return m_rig.page->accountsModel(); }
    QStackedWidget *stack() { return m_rig.page->findChild<QStackedWidget *>(); }
    bool showsMain()
    {
        auto *view = m_rig.page->findChild<QTableView *>(QStringLiteral("accounts"));
        return view && view->isVisible();
    }
    qint64 units(const QString &address)
    {
        const int row = accounts()->rowOf(address);
        return row < 0 ? -2 : accounts()->units(row);
    }
    void onModal(const QString &name, std::function<void(QDialog *)> drive)
    {
        m_rig.onModal(name, std::move(drive));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        testkit::WalletPageRig::useSettings(m_dir.path(),
                                            QStringLiteral("FlashbackWalletPageTest"));
        QVERIFY2(m_rig.start(m_dir.path(), QSize(1000, 700)), qPrintable(m_rig.error()));
    }

    void noWalletShowsTheEmptyState()
    {
        QVERIFY(!showsMain());
        QVERIFY(m_rig.page->findChild<QWidget *>(QStringLiteral("unlock"))->isHidden() ||
                !m_rig.page->findChild<QWidget *>(QStringLiteral("unlock"))->isVisible());
        // The empty state names every coin a wallet pays with.
        QStringList said;
        for (QLabel *l : stack()->currentWidget()->findChildren<QLabel *>())
            said << l->text();
        const QString text = said.join(QLatin1Char(' '));
        for (const char *coin : {"XLM", "ALGO", "BTC", "STRK"})
            QVERIFY2(text.contains(QLatin1String(coin)), qPrintable(text));
        // Not a dead end (Files' "Set up a wallet" leads here): the set-up opens from the page.
        auto *setUp = m_rig.page->findChild<QPushButton *>(QStringLiteral("setUpWallet"));
        QVERIFY(setUp);
        QTRY_VERIFY(setUp->isVisible());
        bool opened = false;
        onModal(QStringLiteral("walletSetup"), [&opened](QDialog *) { opened = true; });
        QTimer::singleShot(0, setUp, &QPushButton::click);
        QTRY_VERIFY(opened);
        QVERIFY(!showsMain()); // cancelled: still no wallet
    }

    void walletWithFunds()
    {
        auto s = keystore::fromBip39(secret(testkit::kRobotPhrase), SecretBytes());
        QVERIFY(s);
        QVERIFY(ctx().wallet->create(*s, secret(testkit::kRobotPassword), keystore::fastParams()));
        QTRY_VERIFY(showsMain());
        // No payment yet: the history says how the first one comes, not an empty grid.
        auto *noHistory = m_rig.page->findChild<QLabel *>(QStringLiteral("noHistory"));
        auto *history = m_rig.page->findChild<QTableView *>(QStringLiteral("history"));
        QVERIFY(noHistory && history);
        m_rig.page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(noHistory->isVisible() && !m_rig.page->historyModel()->loading(),
                                 20000);
        QVERIFY(!history->isVisible());
        QVERIFY2(noHistory->text().startsWith(QStringLiteral("No payments yet")) &&
                     noHistory->text().contains(QStringLiteral("Faucet")) &&
                     noHistory->text().contains(QStringLiteral("Receive")),
                 qPrintable(noHistory->text()));
        bool funded = false;
        ctx().accounts->faucet(ctx().wallet->stellarAddress(), QString(), this,
                               [&funded](Result<LedgerAccount> r) { funded = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(funded, 20000);
        m_rig.page->refresh();
        const QString me = ctx().wallet->stellarAddress();
        QTRY_COMPARE_WITH_TIMEOUT(units(me), qint64(10000) * 10000000, 20000);
        // The faucet's credit is the first payment: the grid replaces the words.
        QTRY_VERIFY_WITH_TIMEOUT(history->isVisible() && !noHistory->isVisible(), 20000);
        QVERIFY(history->model()->rowCount() >= 1);
        const int row = accounts()->rowOf(me);
        // 10,000 XLM at the development rate of $0.25.
        QCOMPARE(accounts()->index(row, WalletAccountsModel::ValueColumn).data().toString(),
                 QStringLiteral("$2,500.00"));
        QTRY_VERIFY(m_rig.page->findChild<QPushButton *>(QStringLiteral("faucet"))->isVisible());

        // Each Alt+letter reaches one control: none repeats on the page, and none is a menu
        // title's (File, Edit, View, Go, Settings, Help), which Alt+letter would open instead.
        QMap<QString, QString> keys;
        for (const char *menu : {"&File", "&Edit", "&View", "&Go", "&Settings", "&Help"})
            keys.insert(QKeySequence::mnemonic(QLatin1String(menu)).toString(),
                        QLatin1String(menu));
        for (QAbstractButton *b : m_rig.page->findChildren<QAbstractButton *>()) {
            if (!b->isVisible())
                continue;
            const QString key = QKeySequence::mnemonic(b->text()).toString();
            if (key.isEmpty())
                continue;
            QVERIFY2(!keys.contains(key), qPrintable(key + QStringLiteral(": ") + b->text() +
                                                     QStringLiteral(" and ") + keys.value(key)));
            keys.insert(key, b->text());
        }
    }

    void algorandAndBitcoinAccounts()
    {
        m_rig.robot->expectPassword(QStringLiteral("Show your other accounts"));
        m_rig.page->findChild<QPushButton *>(QStringLiteral("deriveAccounts"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(accounts()->rowCount() >= 3, 20000);
        QString algo, btc;
        for (const auto &a : ctx().wallet->accounts()) {
            if (a.chain == QLatin1String("algorand"))
                algo = a.address;
            if (a.chain == QLatin1String("bitcoin"))
                btc = a.address;
        }
        QCOMPARE(algo.size(), 58);
        QVERIFY(btc.startsWith(QStringLiteral("tb1q")));
        QVERIFY(m_rig.robot->sawPrefix(QStringLiteral("password:")));
    }

    void receiveShowsTheAddressAsQr()
    {
        const QString me = ctx().wallet->stellarAddress();
        auto *view = m_rig.page->findChild<QTableView *>(QStringLiteral("accounts"));
        view->selectRow(accounts()->rowOf(me));
        QString shown;
        QImage code;
        bool saved = false;
        const QString png = m_dir.path() + QStringLiteral("/address.png");
        onModal(QStringLiteral("receiveDialog"), [&](QDialog *d) {
            auto *r = qobject_cast<ReceiveDialog *>(d);
            // The picture: the dialog over the page at 1024x640, as the user sees it.
            if (qEnvironmentVariableIsSet("FB_SCREENSHOT_DIR")) {
                const QSize old = m_rig.page->size();
                m_rig.page->resize(1024, 640);
                QTest::qWait(50);
                QPixmap back = m_rig.page->grab();
                QPainter p(&back);
                p.fillRect(back.rect(), QColor(0, 0, 0, 90));
                const QPixmap front = d->grab();
                p.drawPixmap((back.width() - front.width()) / 2,
                             (back.height() - front.height()) / 2, front);
                p.end();
                back.save(qEnvironmentVariable("FB_SCREENSHOT_DIR") +
                          QStringLiteral("/wallet-receive.png"));
                m_rig.page->resize(old);
            }
            shown = r->address();
            code = r->qrImage();
            saved = r->savePng(png);
        });
        m_rig.page->findChild<QPushButton *>(QStringLiteral("receive"))->click();
        QCOMPARE(shown, me);
        QVERIFY(!code.isNull());
        QVERIFY(saved);
        QCOMPARE(QImage(png).size(), code.size());
        // 56 upper-case letters and digits at error correction M, in the alphanumeric mode: a
        // version-3 code (29 modules) with a 4-module quiet zone, 6 pixels each.
        QCOMPARE(qr::moduleCount(me, qr::ErrorCorrection::Medium), 29);
        QCOMPARE(code.width(), (29 + 8) * 6);
#ifdef FB_HAVE_ZBAR
        QCOMPARE(decodeQr(code), me);
#endif
    }

    // The Starknet account is a row like the others: the page's faucet deploys and funds it on the
    // development ledger (with the wallet's public key), its balance in STRK and its value show,
    // and Receive gives its address.
    void starknetAccountFundedAndReceived()
    {
        const QString me = ctx().wallet->starknetAddress();
        QCOMPARE(me.size(), 66);
        QTRY_VERIFY(accounts()->rowOf(me) >= 0);
        auto *view = m_rig.page->findChild<QTableView *>(QStringLiteral("accounts"));
        view->selectRow(accounts()->rowOf(me));
        auto *faucet = m_rig.page->findChild<QPushButton *>(QStringLiteral("faucet"));
        QTRY_VERIFY(faucet->isVisible() && faucet->isEnabled());
        faucet->click();
        QTRY_COMPARE_WITH_TIMEOUT(units(me), qint64(1000) * 1000000000, 20000);
        const int row = accounts()->rowOf(me);
        QCOMPARE(accounts()->index(row, WalletAccountsModel::BalanceColumn).data().toString(),
                 Formats().coin(qint64(1000) * 1000000000, QStringLiteral("STRK")));
        // 1,000 STRK at the development rate of $0.40.
        QCOMPARE(accounts()->index(row, WalletAccountsModel::ValueColumn).data().toString(),
                 QStringLiteral("$400.00"));
        view->selectRow(row);
        QString shown;
        onModal(QStringLiteral("receiveDialog"),
                [&](QDialog *d) { shown = qobject_cast<ReceiveDialog *>(d)->address(); });
        m_rig.page->findChild<QPushButton *>(QStringLiteral("receive"))->click();
        QCOMPARE(shown, me);
    }

    void sendToConfirmation()
    {
        const QString me = ctx().wallet->stellarAddress();
        auto second = ctx().wallet->deriveAccounts({{QStringLiteral("stellar"), 1u}},
                                                   secret(testkit::kRobotPassword));
        QVERIFY(second);
        const QString to = second->first().address;
        m_rig.page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(units(to), qint64(0), 20000);
        const qint64 before = units(me);
        m_rig.robot->expectSignature(QStringLiteral("12.5"));
        bool confirmed = false;
        QString status;
        onModal(QStringLiteral("sendDialog"), [&](QDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("destination"))->setText(to);
            d->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("12.5"));
            d->findChild<QLineEdit *>(QStringLiteral("memo"))->setText(QStringLiteral("rent june"));
            d->findChild<QPushButton *>(QStringLiteral("review"))->click();
            auto *session = qobject_cast<SendDialog *>(d)->session();
            confirmed = QTest::qWaitFor(
                            [session] {
                                return session->state() == WalletSend::State::Confirmed ||
                                       session->state() == WalletSend::State::Failed;
                            },
                            30000) &&
                        session->state() == WalletSend::State::Confirmed;
            status = session->statusText();
        });
        m_rig.page->findChild<QPushButton *>(QStringLiteral("send"))->click();
        QVERIFY2(confirmed, qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("Confirmed")));
        QTRY_COMPARE_WITH_TIMEOUT(units(to), qint64(125000000), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(units(me), before - 125000000 - 100, 20000);

        // The history shows it on both sides; the search finds it by memo; CSV has it.
        WalletHistoryModel *h = m_rig.page->historyModel();
        QTRY_VERIFY_WITH_TIMEOUT(h->rowCount() >= 3, 20000); // faucet, out, in
        auto *search = m_rig.page->findChild<QLineEdit *>(QStringLiteral("historySearch"));
        QTest::keyClicks(search, QStringLiteral("rent june"));
        auto *view = m_rig.page->findChild<QTableView *>(QStringLiteral("history"));
        QCOMPARE(view->model()->rowCount(), 2);
        const QString csvPath = m_dir.path() + QStringLiteral("/history.csv");
        QVERIFY(m_rig.page->exportHistory(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // header + the two sides
        QVERIFY(lines.at(1).contains("rent june"));
        QVERIFY(lines.join().contains("-12.5000000") || lines.join().contains("-12.5"));
        search->clear();
    }

    void lockAndAutoLock()
    {
        QVERIFY(showsMain());
        auto *state = m_rig.page->findChild<QLabel *>(QStringLiteral("sessionState"));
        auto *unlock = m_rig.page->findChild<QPushButton *>(QStringLiteral("unlock"));
        auto *lockNow = m_rig.page->findChild<QPushButton *>(QStringLiteral("lockWalletNow"));
        QVERIFY(state && unlock && lockNow);
        // Locked, the public view stays: accounts and balances, with Unlock in the bar.
        m_rig.page->findChild<QAction *>(QStringLiteral("lockNow"))->trigger();
        QVERIFY(m_rig.page->security()->isLocked());
        QVERIFY(showsMain());
        QVERIFY2(state->text().contains(QStringLiteral("Locked")), qPrintable(state->text()));
        QVERIFY(unlock->isVisible() && !lockNow->isVisible());
        m_rig.robot->expectPassword(QStringLiteral("Unlock the wallet"));
        unlock->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.page->security()->isLocked(), 20000);
        QVERIFY(!unlock->isVisible() && lockNow->isVisible());

        // The setting holds minutes only; a short interval stands in for them here.
        auto *autoLock = m_rig.page->findChild<QComboBox *>(QStringLiteral("autoLock"));
        QVERIFY(autoLock);
        // Chosen on the page (as the user does): kept as minutes, shown in the bar at once.
        autoLock->setCurrentIndex(autoLock->findData(1));
        Q_EMIT autoLock->activated(autoLock->currentIndex());
        QCOMPARE(QSettings().value(WalletSecurity::autoLockSettingsKey()).toInt(), 1);
        QCOMPARE(m_rig.page->security()->autoLockMinutes(), 1);
        // The bar counts down to the auto-lock: "Locks in 1:00 …", then a second later 0:59.
        QVERIFY2(state->text().contains(QStringLiteral("Locks in 1:00")),
                 qPrintable(state->text()));
        QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(QStringLiteral("Locks in 0:5")),
                                  qPrintable(state->text()), 4000);
        m_rig.page->security()->overrideAutoLockInterval(std::chrono::milliseconds(300));
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.page->security()->isLocked(), 5000);
        QVERIFY(state->text().contains(QStringLiteral("Locked")));
        m_rig.page->security()->overrideAutoLockInterval(std::chrono::milliseconds(0));
        m_rig.page->security()->setAutoLockMinutes(0);
        m_rig.robot->expectPassword(QStringLiteral("Unlock the wallet"));
        unlock->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig.page->security()->isLocked(), 20000);
        QVERIFY2(state->text().contains(QStringLiteral("until you lock it")),
                 qPrintable(state->text()));
    }

    void changePassword()
    {
        bool done = false;
        onModal(QStringLiteral("changePasswordDialog"), [&](QDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("current"))->setText(testkit::kRobotPassword);
            d->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(kNewPassword);
            d->findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(kNewPassword);
            d->findChild<QPushButton *>(QStringLiteral("change"))->click();
            done = QTest::qWaitFor([d] { return !d->isVisible(); }, 20000) &&
                   d->result() == QDialog::Accepted;
        });
        m_rig.page->findChild<QAction *>(QStringLiteral("changePassword"))->trigger();
        QVERIFY(done);
        auto old = ctx().wallet->unlock(secret(testkit::kRobotPassword));
        QVERIFY(!old);
        QCOMPARE(old.error().code, QStringLiteral("wrong_password"));
        QVERIFY(ctx().wallet->unlock(secret(kNewPassword)));
        // The old password no longer unlocks the page either.
        m_rig.page->security()->lock();
        m_rig.robot->expectPassword(QStringLiteral("Unlock the wallet"));
        m_rig.robot->expectMessage(QStringLiteral("unlockFailed"), QStringLiteral("OK"));
        m_rig.page->findChild<QPushButton *>(QStringLiteral("unlock"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.robot->pending().isEmpty(), 20000);
        QVERIFY(m_rig.page->security()->isLocked());
        QVERIFY(
            ctx().wallet->changePassword(secret(kNewPassword), secret(testkit::kRobotPassword)));
    }

    void killDuringPasswordChange()
    {
        // A copy of the keystore, changed back and forth by a child process killed at random
        // instants: each time, the file opens with one password or the other.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wallet.fbks"));
        QVERIFY(QFile::copy(ctx().wallet->keystorePath(), path));
        for (int round = 0; round < 12; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("FB_TEST_CHANGE_PASSWORD_FOREVER"), path);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            QTest::qWait(20 + QRandomGenerator::global()->bounded(150));
            QCOMPARE(child.state(), QProcess::Running); // still changing: no error so far
            child.kill();
            QVERIFY(child.waitForFinished());
            keystore::removeStaleTemporaries(path);
            const bool oldOpens = bool(keystore::read(path, secret(testkit::kRobotPassword)));
            const bool newOpens = bool(keystore::read(path, secret(kNewPassword)));
            QVERIFY2(oldOpens != newOpens, qPrintable(QStringLiteral("round %1").arg(round)));
        }
    }

    void cleanupTestCase()
    {
        QString why;
        if (m_rig.robot)
            QVERIFY2(m_rig.robot->verify(&why), qPrintable(why));
        m_rig.stop();
    }
};

int main(int argc, char **argv)
{
    const QString changeLoop = qEnvironmentVariable("FB_TEST_CHANGE_PASSWORD_FOREVER");
    if (!changeLoop.isEmpty())
        return changePasswordForever(changeLoop);
    QApplication app(argc, argv);
    WalletPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_walletpage.moc"
