// Send, signed on another device, end to end against a real flashback-node: the Wallet page's
// Send dialog builds the payment, its review offers "Sign on another device…", which exports the
// unsigned transaction (a signing request file, or QR frames saved as PNGs) with a summary; an
// offline signer (a SignerWindow over the same recovery phrase restored in another data dir)
// opens it, signs with its password and writes the result (a file, or its own QR frames); the
// Send dialog imports it, submits it, and the ledger confirms it. XLM, ALGO and STRK through
// files; BTC through QR frames only, both ways (a bare PSBT in ur:crypto-psbt), confirmed by a
// block. Both balances change by exactly the amount, the sender's by the amount and the fee.
// What was exported, brought back unsigned, is refused; so is a signed transaction that is not
// the one exported (an earlier payment's signed file), and nothing moves.
//
// With FB_SCREENSHOT_DIR set, the export (the page behind, 1024x640) is saved there as
// wallet-send-elsewhere.png.
#include "localmarket.h"
#include "models/accountservice.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/signelsewheredialog.h"
#include "ui/pages/walletpage.h"
#include "ui/qr/qrplayer.h"
#include "ui/qr/qrreader.h"
#include "ui/signer/payloadio.h"
#include "ui/signer/qrio.h"
#include "ui/signer/signerwindow.h"
#include "ui/wallet/senddialog.h"
#include "userrobot.h"
#include "wallet/keystore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fb;
using namespace fb::ui;

namespace {
SecretBytes secret(const QString &s)
{
    return SecretBytes::fromBytes(s.toUtf8());
}
// Wallet B, the recipient: the BIP39 test vector of twelve words (all zero entropy).
const QString kPhraseB = QStringLiteral("abandon abandon abandon abandon abandon abandon abandon "
                                        "abandon abandon abandon abandon about");
const QString kOrganization = QStringLiteral("FlashbackSendElsewhereTest");

QStringList files(const QString &dir, const QString &pattern)
{
    QStringList out;
    for (const QString &f : QDir(dir).entryList({pattern}, QDir::Files, QDir::Name))
        out << QDir(dir).filePath(f);
    return out;
}

QPushButton *buttonEndingWith(QWidget *w, const QString &suffix)
{
    for (auto *b : w->findChildren<QPushButton *>())
        if (b->objectName().endsWith(suffix))
            return b;
    return nullptr;
}
} // namespace

class SendElsewhereTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testkit::LocalMarket> m_market;
    std::unique_ptr<WalletPage> m_page;
    QHash<QString, QString> m_a; // the sender's accounts
    QHash<QString, QString> m_b; // the recipient's
    QString m_algoSigned;        // the signed file of the ALGO payment, once sent

    AppContext &ctx() { return m_market->context; }

    qint64 balance(const QString &address, const QString &currency)
    {
        bool done = false;
        qint64 units = -1;
        ctx().accounts->account(address, this, [&](Result<LedgerAccount> r) {
            done = true;
            if (r)
                units = r->balance(currency);
            else if (r.error().code == QLatin1String("not_found"))
                units = 0;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return -2;
        return units;
    }

    // The offline signer's wallet: the sender's recovery phrase, restored in its own data dir.
    std::unique_ptr<WalletService> offlineWallet(const QString &dataDir)
    {
        auto wallet = std::make_unique<WalletService>(dataDir);
        auto s = keystore::fromBip39(secret(testkit::kRobotPhrase), SecretBytes());
        if (!s || !wallet->create(*s, secret(testkit::kRobotPassword), keystore::fastParams()))
            return nullptr;
        return wallet;
    }

    struct Outcome
    {
        WalletSend::State state = WalletSend::State::Idle;
        QString status;
        qint64 fee = -1;
        QString summary;      // the export's summary, as the Send dialog showed it
        QString signerReview; // what the offline signer showed
        QString unsignedRefusal;
        QString wrongRefusal;
        QString wrongCode; // WalletSend::submitSigned(bytes) on the wrong transaction
        int exportedFrames = 0;
        int signedFrames = 0;
        QStringList problems;
    };

    // Sends amount from A to B on chain, signed on the offline signer; through QR frames both
    // ways when qr, else through files. wrongFile: a signed transaction imported first, which
    // must be refused.
    Outcome roundTrip(const QString &chain, const QString &amount, bool qr,
                      const QString &wrongFile = {})
    {
        Outcome out;
        const QString root = m_dir.filePath(QStringLiteral("trip-") + chain);
        const QString exportDir = root + QStringLiteral("/export");
        const QString signedDir = root + QStringLiteral("/signed");
        const QString signedFile = root + QStringLiteral("/signed-payment");

        testkit::UserRobot robot;
        for (const char *name : {"sendDialog", "sendReview", "signElsewhereDialog",
                                 "qrPlayerDialog", "qrReaderDialog"})
            robot.allowWindow(QLatin1String(name));

        auto signerWallet = offlineWallet(root + QStringLiteral("/offline"));
        if (!signerWallet) {
            out.problems << QStringLiteral("no offline wallet");
            return out;
        }
        SignerWindow signer(signerWallet.get());
        signer.resize(1024, 640);
        signer.show();
        signer.qrSource()->setFolderChooser([exportDir](QWidget *) { return exportDir; });
        signer.qrSink()->setFolderChooser([signedDir](QWidget *) { return signedDir; });
        signer.fileSink()->setPathChooser(
            [signedFile](QWidget *, const QString &) { return signedFile; });

        int step = 0;
        WalletSend *sendSession = nullptr;
        QTimer drive;
        drive.setInterval(50);
        connect(&drive, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            switch (step) {
            case 0: // the review: "Sign on another device…"
                if (auto *review = qobject_cast<SignDialog *>(modal)) {
                    auto *b = review->findChild<QPushButton *>(QStringLiteral("signElsewhere"));
                    if (!b) {
                        out.problems << QStringLiteral("the review has no Sign on another device");
                        review->reject();
                        step = 9;
                        return;
                    }
                    step = 1;
                    b->click();
                }
                return;
            case 1: { // the export, with its summary
                auto *d = qobject_cast<SignElsewhereDialog *>(modal);
                if (!d)
                    return;
                out.summary = d->summaryText();
                if (chain == QLatin1String("algorand") &&
                    qEnvironmentVariableIsSet("FB_SCREENSHOT_DIR")) {
                    QImage picture = m_page->grab().toImage();
                    const QPixmap front = d->grab();
                    QPainter p(&picture);
                    p.fillRect(picture.rect(), QColor(0, 0, 0, 90));
                    p.drawPixmap((picture.width() - front.width()) / 2,
                                 std::max(0, (picture.height() - front.height()) / 2), front);
                    p.end();
                    picture.save(qEnvironmentVariable("FB_SCREENSHOT_DIR") +
                                 QStringLiteral("/wallet-send-elsewhere.png"));
                }
                bool ok = true;
                if (qr) {
                    d->showQrPlayer();
                    const QList<QrPlayer *> players = d->qrPlayers();
                    if (players.size() != 1) {
                        out.problems << QStringLiteral("%1 QR players").arg(players.size());
                        step = 9;
                        return;
                    }
                    QrPlayer *p = players.first();
                    out.exportedFrames = p->frameCount();
                    if (!p->currentText().startsWith(QStringLiteral("UR:CRYPTO-PSBT/")) &&
                        chain == QLatin1String("bitcoin"))
                        out.problems << QStringLiteral("not a crypto-psbt: ") + p->currentText();
                    p->setFolderChooser([exportDir](QWidget *) { return exportDir; });
                    p->findChild<QPushButton *>(QStringLiteral("saveFrames"))->click();
                    ok = !files(exportDir, QStringLiteral("frame-*.png")).isEmpty();
                    p->window()->close();
                    // The offline signer: "From QR codes…", then its reader's "Open folder…".
                    buttonEndingWith(&signer, QStringLiteral("QrSource"))->click();
                    QrReader *reader = signer.qrSource()->reader();
                    if (!reader) {
                        out.problems << QStringLiteral("the signer opened no QR reader");
                        step = 9;
                        return;
                    }
                    reader->findChild<QPushButton *>(QStringLiteral("openFolder"))->click();
                    if (!reader->errorText().isEmpty())
                        out.problems << QStringLiteral("signer's reader: ") + reader->errorText();
                } else {
                    ok = d->exportFiles(exportDir);
                    const QStringList f = files(exportDir, QStringLiteral("send-*.json"));
                    if (f.size() != 1)
                        out.problems << QStringLiteral("the export wrote %1 files").arg(f.size());
                    else
                        signer.loadFile(f.first());
                }
                if (!ok) {
                    out.problems << QStringLiteral("export: ") + d->errorText();
                    step = 9;
                    return;
                }
                step = 2;
                return;
            }
            case 2: // the signer shows the payment, and signs
                if (!signer.transaction() || signer.isSigned() || !out.problems.isEmpty()) {
                    out.problems << QStringLiteral("signer: ") + signer.errorText();
                    step = 9;
                    return;
                }
                out.signerReview = signer.reviewText();
                step = 3;
                // The development Stellar and Starknet networks are no public ones: the signer
                // says so and asks before signing.
                if (chain == QLatin1String("stellar") || chain == QLatin1String("starknet"))
                    robot.expectMessage(QStringLiteral("dangerWarning"),
                                        QStringLiteral("Sign anyway"));
                robot.expectPassword(QStringLiteral("Unlock"));
                QTimer::singleShot(0, &signer, [&signer] {
                    signer.findChild<QPushButton *>(QStringLiteral("sign"))->click();
                });
                return;
            case 3: // the signed result goes out as QR frames (or a file)
                if (!signer.isSigned())
                    return;
                if (qr) {
                    buttonEndingWith(&signer, QStringLiteral("QrSink"))->click();
                    QrPlayer *player = signer.qrSink()->player();
                    if (!player) {
                        out.problems << QStringLiteral("the signer showed no QR player");
                        step = 9;
                        return;
                    }
                    if (player->isAnimated()) {
                        player->findChild<QPushButton *>(QStringLiteral("saveFrames"))->click();
                    } else {
                        const QString file =
                            QDir(signedDir).filePath(QStringLiteral("frame-001.png"));
                        QDir().mkpath(signedDir);
                        player->setFileChooser([file](QWidget *) { return file; });
                        player->findChild<QPushButton *>(QStringLiteral("saveImage"))->click();
                    }
                    player->window()->close();
                } else {
                    buttonEndingWith(&signer, QStringLiteral("FileSink"))->click();
                }
                step = 4;
                return;
            case 4: { // back online: refusals first, then the signed one; submit
                auto *d = qobject_cast<SignElsewhereDialog *>(modal);
                if (!d)
                    return;
                const QStringList unsignedBack =
                    qr ? files(exportDir, QStringLiteral("frame-*.png"))
                       : files(exportDir, QStringLiteral("send-*.json"));
                if (d->importSigned(unsignedBack) != 0)
                    out.problems << QStringLiteral("the unsigned export was taken");
                out.unsignedRefusal = d->errorText();
                if (!wrongFile.isEmpty()) {
                    if (d->importSigned({wrongFile}) != 0)
                        out.problems << QStringLiteral("another transaction was taken");
                    out.wrongRefusal = d->errorText();
                    // The model refuses it as well, and keeps waiting for the right one.
                    QFile f(wrongFile);
                    if (sendSession && f.open(QIODevice::ReadOnly)) {
                        const auto r = sendSession->submitSigned(f.readAll());
                        out.wrongCode = r ? QStringLiteral("taken") : r.error().code;
                        if (sendSession->state() != WalletSend::State::AwaitingSignature)
                            out.problems << QStringLiteral("the session left its review");
                    }
                }
                if (d->findChild<QPushButton *>(QStringLiteral("submit"))->isEnabled())
                    out.problems << QStringLiteral("Submit enabled before the signed import");
                if (qr) {
                    out.signedFrames = int(files(signedDir, QStringLiteral("frame-*.png")).size());
                    d->findChild<QPushButton *>(QStringLiteral("readSignedQr"))->click();
                    QrReader *reader = d->signedQrReader();
                    if (!reader) {
                        out.problems << QStringLiteral("no reader for the signed payment");
                    } else {
                        reader->setFolderChooser([signedDir](QWidget *) { return signedDir; });
                        reader->findChild<QPushButton *>(QStringLiteral("openFolder"))->click();
                        if (!reader->isComplete() || !d->errorText().isEmpty())
                            out.problems << QStringLiteral("signed QR: %1 %2")
                                                .arg(reader->errorText(), d->errorText());
                    }
                } else if (d->importSigned({signedFile}) != 1) {
                    out.problems << QStringLiteral("import: ") + d->errorText();
                }
                if (!d->submit()) {
                    out.problems << QStringLiteral("submit: ") + d->errorText();
                    d->reject();
                }
                step = 5;
                return;
            }
            default:
                return;
            }
        });

        robot.allowWindow(QStringLiteral("sendDialog"));
        auto *opener = new QTimer(this);
        opener->setInterval(20);
        connect(opener, &QTimer::timeout, this, [&, opener] {
            auto *d = qobject_cast<SendDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            opener->stop();
            opener->deleteLater();
            auto *from = d->findChild<QComboBox *>(QStringLiteral("from"));
            for (int i = 0; i < from->count(); ++i)
                if (from->itemText(i).contains(m_a.value(chain).left(10)))
                    from->setCurrentIndex(i);
            d->findChild<QLineEdit *>(QStringLiteral("destination"))->setText(m_b.value(chain));
            d->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(amount);
            WalletSend *session = d->session();
            sendSession = session;
            drive.start();
            d->findChild<QPushButton *>(QStringLiteral("review"))->click();
            bool mined = false;
            (void)QTest::qWaitFor(
                [&] {
                    if (step >= 9)
                        return true;
                    if (session->state() == WalletSend::State::Confirming &&
                        session->confirmations() == 0 && !mined &&
                        chain == QLatin1String("bitcoin")) {
                        mined = true;
                        ctx().accounts->mineBitcoinBlocks(1, this, [](Result<qint64>) {});
                    }
                    return session->state() == WalletSend::State::Confirmed ||
                           session->state() == WalletSend::State::Failed;
                },
                90000);
            drive.stop();
            out.state = session->state();
            out.status = session->statusText();
            out.fee = session->fee();
            d->reject();
        });
        opener->start();
        m_page->findChild<QPushButton *>(QStringLiteral("send"))->click();
        if (chain == QLatin1String("algorand"))
            m_algoSigned = signedFile;
        QString why;
        if (!robot.verify(&why))
            out.problems << why;
        return out;
    }

    // The summary and the signer both named the payment: recipient, amount.
    void checkBothSides(const Outcome &o, const QString &chain, const QString &amountText,
                        bool qr = false)
    {
        QVERIFY2(o.summary.contains(m_a.value(chain)) && o.summary.contains(m_b.value(chain)),
                 qPrintable(o.summary));
        QVERIFY2(o.summary.contains(amountText), qPrintable(o.summary));
        QVERIFY2(o.summary.contains(QStringLiteral("Network fee")), qPrintable(o.summary));
        QVERIFY2(o.summary.contains(QStringLiteral("Made at")), qPrintable(o.summary));
        QString compact = o.signerReview;
        compact.remove(QLatin1Char(' '));
        QVERIFY2(compact.contains(m_b.value(chain), Qt::CaseInsensitive),
                 qPrintable(o.signerReview));
        QVERIFY2(o.signerReview.contains(amountText), qPrintable(o.signerReview));
        // A request file carries the summary to the signer; a bare PSBT (QR) does not.
        if (!qr)
            QVERIFY2(o.signerReview.contains(QStringLiteral("Made at")) &&
                         o.signerReview.contains(m_a.value(chain)),
                     qPrintable(o.signerReview));
        QVERIFY2(o.unsignedRefusal.contains(QStringLiteral("sign it on the other device")) ||
                     o.unsignedRefusal.contains(QStringLiteral("not fully signed")),
                 qPrintable(o.unsignedRefusal));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(kOrganization);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
        {
            QCoreApplication::setOrganizationName(kOrganization + QStringLiteral("B"));
            WalletService b(m_dir.path() + QStringLiteral("/walletB"));
            auto s = keystore::fromBip39(secret(kPhraseB), SecretBytes());
            QVERIFY(s);
            QVERIFY(
                b.create(*s, secret(QStringLiteral("B's own password")), keystore::fastParams()));
            m_b[QStringLiteral("stellar")] = b.stellarAddress();
            m_b[QStringLiteral("algorand")] = b.algorandAddress();
            m_b[QStringLiteral("bitcoin")] = b.bitcoinAccount().address;
            m_b[QStringLiteral("starknet")] = b.starknetAddress();
            QCoreApplication::setOrganizationName(kOrganization);
        }
        m_market = std::make_unique<testkit::LocalMarket>(
            m_dir.path(),
            QStringList{QStringLiteral("--btc-block-seconds"), QStringLiteral("86400")});
        QVERIFY2(m_market->start(), qPrintable(m_market->error()));
        m_page = std::make_unique<WalletPage>(ctx());
        m_page->resize(1024, 640);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

        auto s = keystore::fromBip39(secret(testkit::kRobotPhrase), SecretBytes());
        QVERIFY(s);
        QVERIFY(ctx().wallet->create(*s, secret(testkit::kRobotPassword), keystore::fastParams()));
        auto derived = ctx().wallet->deriveAccounts(
            {{QStringLiteral("algorand"), 0u}, {QStringLiteral("bitcoin"), 0u}},
            secret(testkit::kRobotPassword));
        QVERIFY(derived);
        m_a[QStringLiteral("stellar")] = ctx().wallet->stellarAddress();
        m_a[QStringLiteral("algorand")] = ctx().wallet->algorandAddress();
        m_a[QStringLiteral("bitcoin")] = ctx().wallet->bitcoinAccount().address;
        m_a[QStringLiteral("starknet")] = ctx().wallet->starknetAddress();

        int funded = 0;
        auto count = [&funded](Result<LedgerAccount> r) { funded += r ? 1 : 100; };
        ctx().accounts->faucet(m_a.value(QStringLiteral("stellar")), QString(), this, count);
        ctx().accounts->faucet(m_a.value(QStringLiteral("algorand")), QStringLiteral("ALGO"), this,
                               count);
        ctx().accounts->faucet(m_a.value(QStringLiteral("bitcoin")), QStringLiteral("BTC"), this,
                               count);
        ctx().accounts->faucet(m_a.value(QStringLiteral("starknet")), QStringLiteral("STRK"), this,
                               count, 0, ctx().wallet->starknetPublicKey());
        QTRY_VERIFY_WITH_TIMEOUT(funded >= 4, 20000);
        QCOMPARE(funded, 4);
        m_page->refresh();
    }

    void algorandThroughFiles()
    {
        const QString a = m_a.value(QStringLiteral("algorand"));
        const QString b = m_b.value(QStringLiteral("algorand"));
        const qint64 beforeA = balance(a, QStringLiteral("ALGO"));
        const qint64 beforeB = balance(b, QStringLiteral("ALGO"));
        const Outcome o = roundTrip(QStringLiteral("algorand"), QStringLiteral("3.25"), false);
        QVERIFY2(o.problems.isEmpty(), qPrintable(o.problems.join(QStringLiteral("; "))));
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        checkBothSides(o, QStringLiteral("algorand"), QStringLiteral("3.25"));
        // The round the ledger was at travels with it, and the signer judges the window by it.
        QVERIFY2(o.summary.contains(QStringLiteral("round")), qPrintable(o.summary));
        QCOMPARE(o.fee, qint64(1000));
        QCOMPARE(balance(a, QStringLiteral("ALGO")), beforeA - 3250000 - 1000);
        QCOMPARE(balance(b, QStringLiteral("ALGO")), beforeB + 3250000);
    }

    // An earlier payment's signed file is not this payment: refused, nothing moves; the right
    // one is then taken.
    void anotherSignedTransactionIsRefused()
    {
        QVERIFY(QFileInfo::exists(m_algoSigned));
        const QString wrong = m_dir.filePath(QStringLiteral("earlier-signed-algo"));
        QVERIFY(QFile::copy(m_algoSigned, wrong));
        const QString a = m_a.value(QStringLiteral("algorand"));
        const QString b = m_b.value(QStringLiteral("algorand"));
        const qint64 beforeA = balance(a, QStringLiteral("ALGO"));
        const qint64 beforeB = balance(b, QStringLiteral("ALGO"));
        QDir(m_dir.filePath(QStringLiteral("trip-algorand"))).removeRecursively();
        const Outcome o =
            roundTrip(QStringLiteral("algorand"), QStringLiteral("1.5"), false, wrong);
        QVERIFY2(o.wrongRefusal.contains(QStringLiteral("not the payment exported here")),
                 qPrintable(o.wrongRefusal));
        QCOMPARE(o.wrongCode, QStringLiteral("not_this_payment"));
        QVERIFY2(o.problems.isEmpty(), qPrintable(o.problems.join(QStringLiteral("; "))));
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        // Only the right one moved money, once.
        QCOMPARE(balance(a, QStringLiteral("ALGO")), beforeA - 1500000 - 1000);
        QCOMPARE(balance(b, QStringLiteral("ALGO")), beforeB + 1500000);
    }

    void stellarThroughFiles()
    {
        const QString a = m_a.value(QStringLiteral("stellar"));
        const QString b = m_b.value(QStringLiteral("stellar"));
        const qint64 beforeA = balance(a, QStringLiteral("XLM"));
        const qint64 beforeB = balance(b, QStringLiteral("XLM"));
        QVERIFY(beforeA > 0);
        const Outcome o = roundTrip(QStringLiteral("stellar"), QStringLiteral("12.5"), false);
        QVERIFY2(o.problems.isEmpty(), qPrintable(o.problems.join(QStringLiteral("; "))));
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        checkBothSides(o, QStringLiteral("stellar"), QStringLiteral("12.5"));
        QVERIFY2(o.summary.contains(QStringLiteral("Valid until")), qPrintable(o.summary));
        QCOMPARE(o.fee, qint64(100));
        QCOMPARE(balance(a, QStringLiteral("XLM")), beforeA - 125000000 - 100);
        QCOMPARE(balance(b, QStringLiteral("XLM")), beforeB + 125000000);
    }

    void starknetThroughFiles()
    {
        const QString a = m_a.value(QStringLiteral("starknet"));
        const QString b = m_b.value(QStringLiteral("starknet"));
        const qint64 beforeA = balance(a, QStringLiteral("STRK"));
        const qint64 beforeB = balance(b, QStringLiteral("STRK"));
        const Outcome o = roundTrip(QStringLiteral("starknet"), QStringLiteral("7.5"), false);
        QVERIFY2(o.problems.isEmpty(), qPrintable(o.problems.join(QStringLiteral("; "))));
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        checkBothSides(o, QStringLiteral("starknet"), QStringLiteral("7.5"));
        QCOMPARE(o.fee, qint64(0)); // the development network does not meter gas
        QCOMPARE(balance(a, QStringLiteral("STRK")), beforeA - 7500000000);
        QCOMPARE(balance(b, QStringLiteral("STRK")), beforeB + 7500000000);
    }

    // Bitcoin through QR frame files only, both ways: the bare PSBT as ur:crypto-psbt out, the
    // finalised one back; confirmed once a block holds it.
    void bitcoinThroughQrFrames()
    {
        const QString a = m_a.value(QStringLiteral("bitcoin"));
        const QString b = m_b.value(QStringLiteral("bitcoin"));
        const qint64 beforeA = balance(a, QStringLiteral("BTC"));
        const qint64 beforeB = balance(b, QStringLiteral("BTC"));
        const Outcome o = roundTrip(QStringLiteral("bitcoin"), QStringLiteral("0.0025"), true);
        QVERIFY2(o.problems.isEmpty(), qPrintable(o.problems.join(QStringLiteral("; "))));
        QVERIFY2(o.state == WalletSend::State::Confirmed, qPrintable(o.status));
        QVERIFY2(o.status.contains(QStringLiteral("Confirmed in a Bitcoin block")),
                 qPrintable(o.status));
        checkBothSides(o, QStringLiteral("bitcoin"), QStringLiteral("0.0025"), true);
        QVERIFY(o.exportedFrames >= 2); // a PSBT with its previous transaction: animated
        QVERIFY(o.signedFrames >= 1);
        QVERIFY(o.fee > 0);
        QCOMPARE(balance(a, QStringLiteral("BTC")), beforeA - 250000 - o.fee);
        QCOMPARE(balance(b, QStringLiteral("BTC")), beforeB + 250000);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_market.reset();
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    SendElsewhereTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sendelsewhere.moc"
