// One lock for the whole app, as a user meets it (a real flashback-node, real SQLite, the real
// keystore, a real D-Bus daemon):
//  1. "Lock now" on the Wallet page locks the Files page too: the library's keys and storage
//     access are gone, a running upload shows "Paused (locked)" and sends nothing; unlocking the
//     wallet (one password) continues it, and the file comes back byte for byte.
//  2. After a lock, Send asks for the password once (in the review; the signature unlocks the
//     wallet's session), then sends; a second payment asks nothing.
//     The recovery words likewise: the password once (after the warning), then the session.
//  3. The idle time (a short interval stands in for the minutes) locks the wallet and the files.
//  4. The computer going to sleep: a private dbus-daemon, on which this test plays logind (an
//     object /org/freedesktop/login1, interface org.freedesktop.login1.Manager) and sends
//     PrepareForSleep(true); the app listens there through FB_SLEEP_BUS_ADDRESS. The wallet
//     locks and the files' keys are gone. The screen saver's ActiveChanged(true) (the same bus
//     standing in for the session bus) does the same.
//  5. A provider's S3 secret typed for the session is dropped by the lock too.
//  6. A lock while the files' unlock is running wins; Cancel on a transfer the lock paused asks
//     for the password, then cancels it.
#include "localmarket.h"
#include "models/walletsecurity.h"
#include "models/walletsend.h"
#include "models/walletservice.h"
#include "storage/filelibrary.h"
#include "storage/transferengine.h"
#include "testbytes.h"
#include "ui/pages/filespage.h"
#include "ui/pages/walletpage.h"
#include "ui/provider/providersession.h"
#include "ui/wallet/senddialog.h"
#include "ui/widgets/filelistwidget.h"
#include "ui/widgets/transferspanel.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fb;
using namespace fb::ui;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SecretBytes secret(const QString &s)
{
    return SecretBytes::fromBytes(s.toUtf8());
}

} // namespace

// logind as the app sees it: the object whose PrepareForSleep(bool) the app listens to.
class FakeLogin1 : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    using QObject::QObject;
Q_SIGNALS:
    void PrepareForSleep(bool start);
};

// The desktop's screen saver (session bus): ActiveChanged(true) when the screen locks.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    using QObject::QObject;
Q_SIGNALS:
    void ActiveChanged(bool active);
};

class WalletLockTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QString m_busAddress;
    FakeLogin1 *m_login1 = nullptr;
    FakeScreenSaver *m_screenSaver = nullptr;
    std::unique_ptr<testkit::LocalMarket> m_market;
    std::unique_ptr<testkit::UserRobot> m_robot;
    std::unique_ptr<WalletPage> m_wallet;
    std::unique_ptr<FilesPage> m_files;
    QString m_sla;

    AppContext &ctx() { return m_market->context; }
    WalletSecurity *session() { return ctx().wallet->security(); }
    storage::FileLibrary *library() { return ctx().library; }
    int passwordsAsked() const
    {
        int n = 0;
        for (const QString &s : std::as_const(m_robot->seen))
            n += s.startsWith(QStringLiteral("password:")) ? 1 : 0;
        return n;
    }
    // Runs drive on the modal dialog named name once it is up, then closes it if still open.
    void onModal(const QString &name, std::function<void(QDialog *)> drive)
    {
        m_robot->allowWindow(name);
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, name, drive] {
            auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!d || d->objectName() != name)
                return;
            timer->stop();
            timer->deleteLater();
            drive(d);
            if (d->isVisible())
                d->reject();
        });
        timer->start();
    }
    // Opens the files with the unlocked session (no prompt).
    void unlockFiles()
    {
        const int before = passwordsAsked();
        QVERIFY(session()->hasPassword());
        m_files->ensureUnlocked();
        QTRY_VERIFY_WITH_TIMEOUT(library()->isUnlocked(), 20000);
        QCOMPARE(passwordsAsked(), before);
    }
    // What a locked library still holds: nothing that opens a file or reaches a provider.
    void verifyFilesLocked()
    {
        QVERIFY(!library()->isUnlocked());
        QVERIFY(library()->engine() == nullptr);
        for (const Deal &d : library()->sla(m_sla).deals)
            QVERIFY2(library()->backendFor(d.id) == nullptr, qPrintable(d.id));
        auto files = library()->files(m_sla);
        QVERIFY(files);
        if (!files->isEmpty()) {
            auto refused = library()->download(files->first().id,
                                               m_dir.path() + QStringLiteral("/refused.bin"));
            QVERIFY(!refused);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackWalletLockTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));

        // A bus of our own, with logind on it (this test), named to the app before the wallet's
        // session exists.
        m_bus.setProgram(QStringLiteral("dbus-daemon"));
        m_bus.setArguments({QStringLiteral("--session"), QStringLiteral("--print-address"),
                            QStringLiteral("--nofork")});
        m_bus.start();
        QVERIFY2(m_bus.waitForStarted(10000), "dbus-daemon (Debian package dbus-daemon) is needed");
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY2(m_busAddress.startsWith(QStringLiteral("unix:")), qPrintable(m_busAddress));
        QDBusConnection logind =
            QDBusConnection::connectToBus(m_busAddress, QStringLiteral("fake-logind"));
        QVERIFY2(logind.isConnected(), qPrintable(logind.lastError().message()));
        QVERIFY(logind.registerService(QStringLiteral("org.freedesktop.login1")));
        m_login1 = new FakeLogin1(this);
        QVERIFY(logind.registerObject(QStringLiteral("/org/freedesktop/login1"), m_login1,
                                      QDBusConnection::ExportAllSignals));
        m_screenSaver = new FakeScreenSaver(this);
        QVERIFY(logind.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), m_screenSaver,
                                      QDBusConnection::ExportAllSignals));
        qputenv(qPrintable(WalletSecurity::sleepBusEnvironmentVariable()), m_busAddress.toUtf8());
        // The same bus stands in for the desktop session's (the screen saver's).
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());

        m_market = std::make_unique<testkit::LocalMarket>(m_dir.path());
        QVERIFY2(m_market->start(), qPrintable(m_market->error()));
        m_robot = std::make_unique<testkit::UserRobot>();
        QVERIFY(session()->isLocked()); // nothing typed yet
        QVERIFY(session()->watchingSleep());
    }

    // The set-up a new user goes through: a wallet (its password unlocks the session) and a
    // funded one-copy SLA with the demo providers.
    void buyStorage()
    {
        SlaWizard w(ctx());
        w.setWalletSetupParams(keystore::fastParams());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("local")));
        w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->setValue(1);
        w.findChild<QSpinBox *>(QStringLiteral("copies"))->setValue(1);
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
        m_robot->expectWalletSetup();
        w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
        QVERIFY(ctx().wallet->exists());
        QTRY_VERIFY_WITH_TIMEOUT(session()->hasPassword(), 20000);
        w.findChild<QPushButton *>(QStringLiteral("faucet"))->click();
        auto *pay = w.findChild<QPushButton *>(QStringLiteral("pay"));
        QTRY_VERIFY_WITH_TIMEOUT(pay->isEnabled(), 20000);
        m_robot->expectSignature(QStringLiteral("fb:"));
        pay->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SlaWizard::StatusPage), 60000);
        auto *deals = w.findChild<QTableWidget *>(QStringLiteral("deals"));
        QTRY_VERIFY_WITH_TIMEOUT(deals->rowCount() == 1 && deals->item(0, 1) &&
                                     deals->item(0, 1)->text() == QLatin1String("Funded"),
                                 30000);
        w.close();

        m_wallet = std::make_unique<WalletPage>(ctx());
        m_wallet->resize(1024, 640);
        m_files = std::make_unique<FilesPage>(ctx());
        m_files->resize(1024, 640);
        m_files->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_files.get()));
        QTRY_COMPARE_WITH_TIMEOUT(library()->slaIds().size(), 1, 20000);
        m_sla = library()->slaIds().first();
        QCOMPARE(passwordsAsked(), 0);
    }

    void lockFromWalletPageLocksFiles()
    {
        unlockFiles();
        if (QTest::currentTestFailed())
            return;
        const QString src = m_dir.path() + QStringLiteral("/src/big.bin");
        const QByteArray data = fbtest::randomBytes(3 * 1024 * 1024 + 17, 7);
        QVERIFY(writeFile(src, data));
        // Slow enough that the lock comes in the middle of the upload.
        library()->setBandwidthLimit(300 * 1000);
        QSignalSpy started(library(), &storage::FileLibrary::transferStarted);
        m_files->selectFolder(m_sla, QStringLiteral("/"));
        QVERIFY(m_files->uploadPaths({src}));
        QCOMPARE(started.size(), 1);
        const qint64 id = started.first().first().toLongLong();
        TransfersPanel *panel = m_files->transfersPanel();
        QTRY_VERIFY_WITH_TIMEOUT(library()->engine()->info(id).bytesDone > 0, 30000);
        QVERIFY(!panel->isPaused(id));

        // Lock now, on the Wallet page.
        m_files->hide();
        m_wallet->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wallet.get()));
        auto *lockNow = m_wallet->findChild<QPushButton *>(QStringLiteral("lockWalletNow"));
        QVERIFY(lockNow && lockNow->isVisible());
        QSignalSpy locked(library(), &storage::FileLibrary::locked);
        lockNow->click();
        QVERIFY(session()->isLocked());
        QCOMPARE(locked.size(), 1);
        QVERIFY(locked.first().first().value<QList<qint64>>().contains(id));
        verifyFilesLocked();
        // The wallet page still shows the accounts, and says it is locked.
        QVERIFY(m_wallet->findChild<QWidget *>(QStringLiteral("accounts"))->isVisible());
        QVERIFY(m_wallet->findChild<QLabel *>(QStringLiteral("sessionState"))
                    ->text()
                    .contains(QStringLiteral("Locked")));
        QVERIFY(m_wallet->findChild<QPushButton *>(QStringLiteral("unlock"))->isVisible());
        // Balances come in while locked (public data).
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_wallet->findChild<QLabel *>(QStringLiteral("total"))->text().isEmpty(), 20000);
        testkit::screenshot(m_wallet.get(), QStringLiteral("wallet-locked"));

        // The Files page: the upload is paused, and nothing moves while locked.
        m_wallet->hide();
        m_files->show();
        QVERIFY(panel->isPaused(id));
        QCOMPARE(panel->statusOf(id), QStringLiteral("Paused (locked)"));
        QVERIFY(m_files->findChild<QLabel *>(QStringLiteral("filesStatus"))
                    ->text()
                    .contains(QStringLiteral("wallet locked")));
        auto *list = m_files->findChild<FileListWidget *>(QStringLiteral("files"));
        QTRY_VERIFY(list->topLevelItemCount() == 1);
        QCOMPARE(list->topLevelItem(0)->text(FileListWidget::StatusColumn),
                 QStringLiteral("Paused"));
        testkit::screenshot(m_files.get(), QStringLiteral("files-paused-by-lock"));
        QTest::qWait(1500);
        QVERIFY(panel->isPaused(id));
        QVERIFY(!library()->isUnlocked());

        // Unlock the wallet (one password): the files open with it and the upload continues.
        m_files->hide();
        m_wallet->show();
        const int before = passwordsAsked();
        library()->setBandwidthLimit(0);
        m_robot->expectPassword(QStringLiteral("Unlock the wallet"));
        m_wallet->findChild<QPushButton *>(QStringLiteral("unlock"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isLocked(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(library()->isUnlocked(), 20000);
        QCOMPARE(passwordsAsked(), before + 1);
        QTRY_VERIFY(m_wallet->findChild<QLabel *>(QStringLiteral("sessionState"))
                        ->text()
                        .contains(QStringLiteral("Locks in")));
        testkit::screenshot(m_wallet.get(), QStringLiteral("wallet-unlocked"));
        m_wallet->hide();
        m_files->show();
        QTRY_COMPARE_WITH_TIMEOUT(panel->activeCount(), 0, 60000);
        QVERIFY(library()->engine()->info(id).state == storage::TransferState::Done);
        QCOMPARE(passwordsAsked(), before + 1);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItem(0)->text(FileListWidget::StatusColumn),
                                  QStringLiteral("Stored"), 10000);

        // The file comes back byte for byte.
        const QString out = m_dir.path() + QStringLiteral("/out/big.bin");
        QDir().mkpath(QFileInfo(out).path());
        m_files->selectFiles(
            {list->topLevelItem(0)->data(0, FileListWidget::FileRowRole).toLongLong()});
        QVERIFY(m_files->downloadSelectedTo(out));
        QTRY_COMPARE_WITH_TIMEOUT(panel->activeCount(), 0, 60000);
        QCOMPARE(readFile(out), data);
    }

    void sendAfterLockAsksThePasswordOnce()
    {
        auto second = ctx().wallet->deriveAccounts({{QStringLiteral("stellar"), 1u}},
                                                   secret(testkit::kRobotPassword));
        QVERIFY(second);
        const QString to = second->first().address;
        m_files->hide();
        m_wallet->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wallet.get()));
        m_wallet->findChild<QPushButton *>(QStringLiteral("lockWalletNow"))->click();
        QVERIFY(session()->isLocked());
        QVERIFY(!library()->isUnlocked());

        auto pay = [&](const QString &amount) {
            bool confirmed = false;
            QString status;
            onModal(QStringLiteral("sendDialog"), [&](QDialog *d) {
                d->findChild<QLineEdit *>(QStringLiteral("destination"))->setText(to);
                d->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(amount);
                d->findChild<QPushButton *>(QStringLiteral("review"))->click();
                auto *send = qobject_cast<SendDialog *>(d)->session();
                confirmed = QTest::qWaitFor(
                                [send] {
                                    return send->state() == WalletSend::State::Confirmed ||
                                           send->state() == WalletSend::State::Failed;
                                },
                                30000) &&
                            send->state() == WalletSend::State::Confirmed;
                status = send->statusText();
            });
            m_robot->expectSignature(amount);
            m_wallet->findChild<QPushButton *>(QStringLiteral("send"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), 40000);
            QVERIFY2(confirmed, qPrintable(status));
        };
        const int before = passwordsAsked();
        const int unlockedBefore = int(m_robot->seen.count(QStringLiteral("signed-unlocked")));
        // Locked: the review asks the password once (typed in its field), and the signature
        // unlocks the session.
        pay(QStringLiteral("3.5"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(int(m_robot->seen.count(QStringLiteral("signed-unlocked"))), unlockedBefore);
        QVERIFY(!session()->isLocked());
        QVERIFY(m_wallet->findChild<QPushButton *>(QStringLiteral("lockWalletNow"))->isVisible());
        // Unlocked: the next payment asks nothing; the review signs with the session.
        pay(QStringLiteral("1.25"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(int(m_robot->seen.count(QStringLiteral("signed-unlocked"))), unlockedBefore + 1);
        QCOMPARE(passwordsAsked(), before); // no separate password prompt either time
    }

    // The recovery words: locked, the password is asked once (after the warning); unlocked, the
    // session's password opens the wallet and only the warning is shown.
    void recoveryWordsUseTheSession()
    {
        m_wallet->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wallet.get()));
        auto showWords = [&](bool asksPassword) {
            QStringList words;
            onModal(QStringLiteral("recoveryWordsDialog"), [&](QDialog *d) {
                for (int i = 1; i <= 12; ++i)
                    if (auto *w = d->findChild<QLabel *>(QStringLiteral("word%1").arg(i)))
                        words << w->text();
            });
            m_robot->expectMessage(QStringLiteral("confirmRecoveryWords"),
                                   QStringLiteral("Show the words"));
            if (asksPassword)
                m_robot->expectPassword(QStringLiteral("Show recovery words"));
            m_wallet->findChild<QAction *>(QStringLiteral("showWords"))->trigger();
            (void)QTest::qWaitFor([&words] { return !words.isEmpty(); }, 20000);
            return words.join(QLatin1Char(' '));
        };
        session()->lock();
        const int before = passwordsAsked();
        const QString first = showWords(true);
        QVERIFY2(first.contains(QStringLiteral("legal")) &&
                     first.contains(QStringLiteral("yellow")),
                 qPrintable(first));
        QCOMPARE(passwordsAsked(), before + 1);
        QVERIFY(!session()->isLocked());
        QCOMPARE(showWords(false), first);
        QCOMPARE(passwordsAsked(), before + 1);
    }

    void idleTimeLocksWalletAndFiles()
    {
        m_wallet->hide();
        m_files->show();
        unlockFiles();
        if (QTest::currentTestFailed())
            return;
        // The bar on the Wallet page counts down; no input for the interval locks everything.
        session()->overrideAutoLockInterval(std::chrono::milliseconds(600));
        QVERIFY(session()->timeUntilAutoLock().has_value());
        QTRY_VERIFY_WITH_TIMEOUT(session()->isLocked(), 5000);
        verifyFilesLocked();
        session()->overrideAutoLockInterval(std::chrono::milliseconds(0));
        QVERIFY(!session()->timeUntilAutoLock().has_value());
    }

    void sleepLocksWalletAndFiles()
    {
        // Unlock again (the wallet page's Unlock), then open the files with the session.
        m_files->hide();
        m_wallet->show();
        m_robot->expectPassword(QStringLiteral("Unlock the wallet"));
        m_wallet->findChild<QPushButton *>(QStringLiteral("unlock"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isLocked(), 20000);
        m_wallet->hide();
        m_files->show();
        unlockFiles();
        if (QTest::currentTestFailed())
            return;
        // Waking up changes nothing.
        Q_EMIT m_login1->PrepareForSleep(false);
        QTest::qWait(500);
        QVERIFY(!session()->isLocked());
        QVERIFY(library()->isUnlocked());
        // Going to sleep, as logind announces it on the bus: the wallet and the files lock.
        Q_EMIT m_login1->PrepareForSleep(true);
        QTRY_VERIFY_WITH_TIMEOUT(session()->isLocked(), 10000);
        verifyFilesLocked();
        QVERIFY(m_files->findChild<QLabel *>(QStringLiteral("filesStatus"))
                    ->text()
                    .contains(QStringLiteral("wallet locked")));
    }

    // The screen locking (the desktop's screen saver on the session bus) locks as well.
    void screenLockLocks()
    {
        m_robot->expectPassword(QStringLiteral("Unlock your files"));
        m_files->ensureUnlocked();
        QTRY_VERIFY_WITH_TIMEOUT(library()->isUnlocked(), 20000);
        QVERIFY(!session()->isLocked()); // the typed password unlocked the session too
        Q_EMIT m_screenSaver->ActiveChanged(false);
        QTest::qWait(300);
        QVERIFY(!session()->isLocked());
        Q_EMIT m_screenSaver->ActiveChanged(true);
        QTRY_VERIFY_WITH_TIMEOUT(session()->isLocked(), 10000);
        verifyFilesLocked();
    }

    // A provider's S3 secret, typed for the session, goes with the lock as well.
    void providerSecretGoesWithTheLock()
    {
        ProviderSession provider(ctx());
        StorageEndpoint store;
        store.type = QStringLiteral("s3");
        store.endpoint = QStringLiteral("http://127.0.0.1:9");
        store.bucket = QStringLiteral("b");
        store.accessKey = QStringLiteral("AK");
        store.secretKey = std::make_shared<const SecretBytes>(secret(QStringLiteral("s3-secret")));
        provider.storage() = store;
        store.secretKey.reset();
        QVERIFY(!provider.storage().needsSecret());
        std::weak_ptr<const SecretBytes> kept = provider.storage().secretKey;
        session()->lock();
        QVERIFY(provider.storage().needsSecret());
        QVERIFY(kept.expired()); // freed: SecretBytes zeroes its sodium memory on release
        QVERIFY(provider.storage().isValid()); // the rest of the endpoint stays
    }

    // A lock while the files are being unlocked (the keystore opening off the GUI thread) wins:
    // neither the files nor the wallet end up unlocked.
    void lockDuringUnlockWins()
    {
        QVERIFY(session()->isLocked());
        QVERIFY(!library()->isUnlocked());
        m_robot->expectPassword(QStringLiteral("Unlock your files"));
        QVERIFY(!m_files->ensureUnlocked()); // asked; the keystore opens in the background
        session()->lock();
        QTest::qWait(1500);
        QVERIFY(session()->isLocked());
        QVERIFY(!library()->isUnlocked());
        QVERIFY(m_files->findChild<QLabel *>(QStringLiteral("filesStatus"))
                    ->text()
                    .contains(QStringLiteral("locked before your files were unlocked")));
    }

    // Cancel on a transfer the lock paused asks for the password (the engine needs the keys to
    // clean up), then cancels it.
    void cancelATransferPausedByTheLock()
    {
        m_robot->expectPassword(QStringLiteral("Unlock your files"));
        m_files->ensureUnlocked();
        QTRY_VERIFY_WITH_TIMEOUT(library()->isUnlocked(), 20000);
        const QString src = m_dir.path() + QStringLiteral("/src/cancel.bin");
        QVERIFY(writeFile(src, fbtest::randomBytes(2 * 1024 * 1024 + 5, 9)));
        library()->setBandwidthLimit(200 * 1000);
        QSignalSpy started(library(), &storage::FileLibrary::transferStarted);
        m_files->selectFolder(m_sla, QStringLiteral("/"));
        QVERIFY(m_files->uploadPaths({src}));
        QCOMPARE(started.size(), 1);
        const qint64 id = started.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(library()->engine()->info(id).bytesDone > 0, 30000);
        session()->lock();
        verifyFilesLocked();
        TransfersPanel *panel = m_files->transfersPanel();
        QCOMPARE(panel->statusOf(id), QStringLiteral("Paused (locked)"));
        QPushButton *cancel = nullptr;
        for (QPushButton *b : panel->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Cancel") && b->isVisible())
                cancel = b;
        QVERIFY(cancel);
        m_robot->expectPassword(QStringLiteral("Unlock your files"));
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(library()->isUnlocked(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->activeCount(), 0, 20000);
        QVERIFY(library()->engine()->info(id).state == storage::TransferState::Cancelled);
        library()->setBandwidthLimit(0);
        QString why;
        QVERIFY2(m_robot->verify(&why), qPrintable(why));
    }

    void cleanupTestCase()
    {
        m_files.reset();
        m_wallet.reset();
        m_market.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-logind"));
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
};

QTEST_MAIN(WalletLockTest)
#include "tst_walletlock.moc"
