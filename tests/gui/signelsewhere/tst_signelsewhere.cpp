// Sign on another device, end to end: the SLA wizard (online, on a real node) builds the
// payment, its review offers "Sign on another device…", which exports the unsigned payment with
// the agreement's terms; an offline signer (a SignerWindow with the same wallet restored in
// another data dir) reads it, shows the terms beside the payment, signs with its password and
// writes the result; the wizard imports it, submits it, and the deal is Funded. QR codes move
// through the app's one QR output and one QR input on both sides: a QrPlayer's "Save frames…"
// writes PNG frames, a QrReader's "Open folder…" reads them. XLM and STRK (a Starknet INVOKE v3,
// JSON in ur:bytes) through QR frames only, both ways; ALGO through files; BTC with two
// providers through QR frames, one payment at a time. The unsigned export brought back is
// refused with a reason.
#include "localmarket.h"
#include "models/formats.h"
#include "models/purchasesession.h"
#include "models/walletservice.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/signelsewheredialog.h"
#include "ui/qr/qrplayer.h"
#include "ui/qr/qrreader.h"
#include "ui/signer/qrio.h"
#include "ui/signer/signerwindow.h"
#include "ui/theme.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"
#include "wallet/keystore.h"
#include "wallet/starknet.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fb;
using namespace fb::ui;
using fb::testkit::kRobotPassword;
using fb::testkit::kRobotPhrase;

namespace {

QString pageText(const SlaWizard &w)
{
    QStringList lines;
    const QWidget *page = w.page(SlaWizard::PaymentPage);
    for (const char *name : {"walletState", "coinAmount", "status", "error"})
        for (auto *l : page->findChildren<QLabel *>(QLatin1String(name)))
            if (l->isVisible() && !l->text().isEmpty())
                lines << l->text();
    return lines.join(QStringLiteral(" | "));
}

QPushButton *buttonEndingWith(QWidget *w, const QString &suffix)
{
    for (auto *b : w->findChildren<QPushButton *>())
        if (b->objectName().endsWith(suffix))
            return b;
    return nullptr;
}

QStringList files(const QString &dir, const QString &pattern)
{
    QStringList out;
    for (const QString &f : QDir(dir).entryList({pattern}, QDir::Files, QDir::Name))
        out << QDir(dir).filePath(f);
    return out;
}

} // namespace

class SignElsewhereTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_suffix; // appended to screenshot names (e.g. "-dark")
    QSize m_size{1024, 640};

    void walkToPayment(SlaWizard &w, const QString &currency, int copies)
    {
        auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
        protocol->setCurrentIndex(protocol->findData(QStringLiteral("local")));
        w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->setValue(10);
        w.findChild<QSpinBox *>(QStringLiteral("copies"))->setValue(copies);
        auto *payWith = w.findChild<QComboBox *>(QStringLiteral("payWith"));
        payWith->setCurrentIndex(payWith->findData(currency));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        w.next();
        QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
    }

    // The offline signer's wallet: the same recovery phrase, restored in its own data dir.
    std::unique_ptr<WalletService> offlineWallet(const QString &dataDir)
    {
        auto wallet = std::make_unique<WalletService>(dataDir);
        auto secrets =
            keystore::fromBip39(SecretBytes::fromBytes(kRobotPhrase.toUtf8()), SecretBytes());
        if (!secrets.ok())
            return nullptr;
        if (!wallet
                 ->create(*secrets, SecretBytes::fromBytes(kRobotPassword.toUtf8()),
                          keystore::fastParams())
                 .ok())
            return nullptr;
        return wallet;
    }

    // The whole round trip in one coin; qr: QR frame files both ways, else files.
    void roundTrip(const QString &currency, const QString &funded, bool qr, int copies = 1)
    {
        const QString root = m_dir.filePath(currency);
        fb::testkit::LocalMarket market(root + QStringLiteral("/online"));
        QVERIFY2(market.start(), qPrintable(market.error()));
        AppContext &ctx = market.context;

        SlaWizard w(ctx);
        w.setWalletSetupParams(keystore::fastParams());
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        walkToPayment(w, currency, copies);
        if (QTest::currentTestFailed())
            return;

        fb::testkit::UserRobot robot;
        robot.allowWindow(QStringLiteral("paymentReview"));
        robot.allowWindow(QStringLiteral("signElsewhereDialog"));
        robot.allowWindow(QStringLiteral("qrPlayerDialog"));
        robot.allowWindow(QStringLiteral("qrReaderDialog"));
        robot.expectWalletSetup();
        w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
        QVERIFY(market.wallet->exists());
        auto *walletState = w.findChild<QLabel *>(QStringLiteral("walletState"));
        w.findChild<QPushButton *>(QStringLiteral("faucet"))->click();
        QTRY_VERIFY2_WITH_TIMEOUT(walletState->text().contains(funded),
                                  qPrintable(walletState->text()), 20000);

        // The offline signer, on its own data dir: QR codes in through its reader, out through
        // its player.
        auto signerWallet = offlineWallet(root + QStringLiteral("/offline"));
        QVERIFY(signerWallet);
        SignerWindow signer(signerWallet.get());
        signer.resize(m_size);
        signer.show();

        const QString exportDir = root + QStringLiteral("/export");
        const QString signedDir = root + QStringLiteral("/signed");
        const QString signedFile = root + QStringLiteral("/signed-payment");
        // Payment k of the export (one per provider) and where its signed result goes.
        int k = 0;
        auto exported = [&](int i) {
            return copies == 1 ? exportDir : exportDir + QStringLiteral("/payment-%1").arg(i + 1);
        };
        auto signedAt = [&](int i) {
            return copies == 1 ? (qr ? signedDir : signedFile)
                               : (qr ? signedDir : signedFile) + QStringLiteral("-%1").arg(i + 1);
        };
        signer.qrSource()->setFolderChooser([&](QWidget *) { return exported(k); });
        signer.qrSink()->setFolderChooser([&](QWidget *) { return signedAt(k); });
        signer.fileSink()->setPathChooser([&](QWidget *, const QString &) { return signedAt(k); });

        // The user's side of the two modal dialogs, step by step as they appear (they run
        // nested event loops, so a timer plays the user, as the robot does).
        int step = 0;
        QStringList problems;
        QString terms, signerReview, exportStatus;
        QStringList laterReviews;
        int exportedFrames = 0, signedFrames = 0, imported = 0;
        // The offline signer reads what was exported for payment k, and nothing else.
        auto loadPayment = [&] {
            if (qr) {
                // "From QR codes…", then the reader's "Open folder…" on the saved frames.
                exportedFrames += int(files(exported(k), QStringLiteral("frame-*.png")).size());
                buttonEndingWith(&signer, QStringLiteral("QrSource"))->click();
                QrReader *reader = signer.qrSource()->reader();
                if (!reader) {
                    problems << QStringLiteral("the signer opened no QR reader");
                    return;
                }
                reader->findChild<QPushButton *>(QStringLiteral("openFolder"))->click();
                if (!reader->errorText().isEmpty())
                    problems << QStringLiteral("signer's reader: ") + reader->errorText();
            } else {
                const QStringList f =
                    files(exportDir, QStringLiteral("payment-%1-of-*.json").arg(k + 1));
                if (f.size() != 1)
                    problems << QStringLiteral("export wrote %1 files for payment %2")
                                    .arg(f.size())
                                    .arg(k + 1);
                else
                    signer.loadFile(f.first());
            }
        };
        QTimer drive;
        drive.setInterval(50);
        connect(&drive, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            switch (step) {
            case 0: // the review: "Sign on another device…"
                if (auto *review = qobject_cast<SignDialog *>(modal)) {
                    auto *b = review->findChild<QPushButton *>(QStringLiteral("signElsewhere"));
                    if (!b) {
                        problems << QStringLiteral("the review has no Sign on another device");
                        review->reject();
                        step = 9;
                        return;
                    }
                    step = 1;
                    b->click();
                }
                return;
            case 1: { // the export, with the terms
                auto *d = qobject_cast<SignElsewhereDialog *>(modal);
                if (!d)
                    return;
                terms = d->summaryText();
                fb::testkit::screenshot(
                    d,
                    QStringLiteral("sign-elsewhere-export-%1%2").arg(currency.toLower(), m_suffix));
                bool ok = true;
                if (qr) {
                    // "Show as QR…": one player per payment, animated; each saves its frames.
                    d->showQrPlayer();
                    const QList<QrPlayer *> players = d->qrPlayers();
                    int frames = 0;
                    for (int i = 0; i < players.size(); ++i) {
                        QrPlayer *p =
                            d->findChild<QrPlayer *>(QStringLiteral("payment%1").arg(i + 1));
                        if (!p)
                            continue;
                        frames = std::max(frames, p->frameCount());
                        p->setFolderChooser([&exported, i](QWidget *) { return exported(i); });
                        p->findChild<QPushButton *>(QStringLiteral("saveFrames"))->click();
                    }
                    if (players.size() != d->paymentCount() || frames < 2)
                        problems << QStringLiteral("QR player: %1 players, %2 frames")
                                        .arg(players.size())
                                        .arg(frames);
                    for (int i = 0; i < d->paymentCount(); ++i)
                        ok = ok && !files(exported(i), QStringLiteral("frame-*.png")).isEmpty();
                    if (!players.isEmpty())
                        fb::testkit::screenshot(players.first()->window(),
                                                QStringLiteral("sign-elsewhere-qr-%1%2")
                                                    .arg(currency.toLower(), m_suffix));
                    if (!players.isEmpty())
                        players.first()->window()->close();
                } else {
                    ok = d->exportFiles(exportDir);
                }
                exportStatus = d->statusText();
                if (!ok) {
                    problems << QStringLiteral("export: ") + d->errorText();
                    step = 9;
                    return;
                }
                if (d->paymentCount() != copies) {
                    problems << QStringLiteral("%1 payments to export").arg(d->paymentCount());
                    step = 9;
                    return;
                }
                loadPayment();
                step = 2;
                return;
            }
            case 2: // the signer shows the payment and the terms, and signs
                if (!signer.transaction() || signer.isSigned() || !problems.isEmpty()) {
                    problems << QStringLiteral("signer: ") + signer.errorText();
                    step = 9;
                    return;
                }
                if (k == 0)
                    signerReview = signer.reviewText();
                else
                    laterReviews << signer.reviewText();
                fb::testkit::screenshot(
                    &signer,
                    QStringLiteral("sign-elsewhere-signer-%1%2").arg(currency.toLower(), m_suffix));
                step = 3;
                // The development ledger's passphrase is no public Stellar network, the
                // development Starknet's chain id neither mainnet nor Sepolia: the signer says
                // so and asks before signing.
                if (currency == QLatin1String("XLM") || currency == QLatin1String("STRK"))
                    robot.expectMessage(QStringLiteral("dangerWarning"),
                                        QStringLiteral("Sign anyway"));
                // The offline wallet asks once; the next payment reuses its unlocked session.
                if (k == 0)
                    robot.expectPassword(QStringLiteral("Unlock"));
                QTimer::singleShot(0, &signer, [&signer] {
                    signer.findChild<QPushButton *>(QStringLiteral("sign"))->click();
                });
                return;
            case 3: // the signed result goes out as QR frames (or a file)
                if (!signer.isSigned())
                    return;
                if (qr) {
                    // "Show as QR…", then the player's "Save frames…" (a still code: "Save as
                    // image…" as frame-001.png).
                    buttonEndingWith(&signer, QStringLiteral("QrSink"))->click();
                    QrPlayer *player = signer.qrSink()->player();
                    if (!player) {
                        problems << QStringLiteral("the signer showed no QR player");
                        step = 9;
                        return;
                    }
                    if (k == 0)
                        fb::testkit::screenshot(player->window(),
                                                QStringLiteral("sign-elsewhere-signed-qr-%1%2")
                                                    .arg(currency.toLower(), m_suffix));
                    if (player->isAnimated()) {
                        player->findChild<QPushButton *>(QStringLiteral("saveFrames"))->click();
                    } else {
                        const QString file =
                            QDir(signedAt(k)).filePath(QStringLiteral("frame-001.png"));
                        QDir().mkpath(signedAt(k));
                        player->setFileChooser([file](QWidget *) { return file; });
                        player->findChild<QPushButton *>(QStringLiteral("saveImage"))->click();
                    }
                    player->window()->close();
                } else {
                    buttonEndingWith(&signer, QStringLiteral("FileSink"))->click();
                }
                if (++k < copies) { // the next payment, the same way
                    loadPayment();
                    step = 2;
                } else {
                    step = 4;
                }
                return;
            case 4: { // back online: import, submit
                auto *d = qobject_cast<SignElsewhereDialog *>(modal);
                if (!d)
                    return;
                // What was exported, still unsigned, is refused with the reason and the next step.
                const QStringList unsignedBack =
                    qr ? files(exported(0), QStringLiteral("frame-*.png"))
                       : files(exportDir, QStringLiteral("payment-1-of-*.json"));
                if (d->importSigned(unsignedBack) != 0 ||
                    !d->errorText().contains(QStringLiteral("sign it on the other device")))
                    problems << QStringLiteral("the unsigned export was taken: ") + d->errorText();
                // QR: "Read signed QR…" and its reader's "Open folder…", one payment at a time;
                // files: all at once.
                if (qr) {
                    for (int i = 0; i < copies; ++i) {
                        signedFrames +=
                            int(files(signedAt(i), QStringLiteral("frame-*.png")).size());
                        d->findChild<QPushButton *>(QStringLiteral("readSignedQr"))->click();
                        QrReader *reader = d->signedQrReader();
                        if (!reader) {
                            problems << QStringLiteral("no reader for the signed payment");
                            break;
                        }
                        reader->setFolderChooser([&signedAt, i](QWidget *) { return signedAt(i); });
                        reader->findChild<QPushButton *>(QStringLiteral("openFolder"))->click();
                        if (!reader->isComplete() || !d->errorText().isEmpty())
                            problems << QStringLiteral("signed QR %1: %2 %3")
                                            .arg(i + 1)
                                            .arg(reader->errorText(), d->errorText());
                        else
                            ++imported;
                    }
                } else {
                    QStringList back;
                    for (int i = 0; i < copies; ++i)
                        back << signedAt(i);
                    imported = d->importSigned(back);
                }
                if (imported != copies || !d->submit()) {
                    problems << QStringLiteral("import: ") + d->errorText();
                    d->reject();
                }
                step = 5;
                return;
            }
            default:
                return;
            }
        });
        drive.start();

        // The wallet is unlocked since its set-up: the sign-in asks no password.
        w.findChild<QPushButton *>(QStringLiteral("pay"))->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            step >= 5,
            qPrintable(QStringLiteral("step %1: %2 | %3")
                           .arg(step)
                           .arg(problems.join(QStringLiteral("; ")), pageText(w))),
            90000);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        PurchaseSession *session = w.session();
        if (currency == QLatin1String("BTC")) {
            // The deals turn Funded once a block confirms the payments: ask for one now.
            QTRY_VERIFY2_WITH_TIMEOUT(session->state() == PurchaseSession::State::Confirming ||
                                          w.currentId() == int(SlaWizard::StatusPage),
                                      qPrintable(pageText(w)), 60000);
            if (session->state() == PurchaseSession::State::Confirming) {
                std::optional<Result<qint64>> mined;
                ctx.accounts->mineBitcoinBlocks(1, this, [&mined](Result<qint64> r) { mined = r; });
                QTRY_VERIFY_WITH_TIMEOUT(mined.has_value(), 20000);
                QVERIFY(*mined);
            }
        }
        QTRY_VERIFY2_WITH_TIMEOUT(w.currentId() == int(SlaWizard::StatusPage),
                                  qPrintable(pageText(w)), 60000);
        drive.stop();

        // The terms were readable on both sides: providers, size, duration, redundancy, price.
        const QList<Deal> deals = session->deals();
        QCOMPARE(deals.size(), copies);
        const QList<PaymentIntent> intents = session->intents();
        QCOMPARE(intents.size(), copies);
        QCOMPARE(laterReviews.size(), copies - 1);
        for (int i = 1; i < copies; ++i) // each payment is reviewed with its own deal
            QVERIFY2(laterReviews[i - 1].contains(intents[i].dealId) &&
                         laterReviews[i - 1].contains(
                             QStringLiteral("payment %1 of %2").arg(i + 1).arg(copies)),
                     qPrintable(laterReviews[i - 1]));
        const QString amount = Formats().coin(intents.first().amount.units, currency);
        for (const QString &side : {terms, signerReview}) {
            QVERIFY2(side.contains(deals.first().providerId), qPrintable(side));
            QVERIFY2(side.contains(QStringLiteral("10")) && side.contains(QStringLiteral("GB")),
                     qPrintable(side));
            QVERIFY2(side.contains(QStringLiteral("day")), qPrintable(side));
            // Formatted for the locale (a no-break space before the coin) or as the exporter wrote
            // it.
            const QString plain = QString(side).replace(QChar(0x00A0), QLatin1Char(' '));
            QVERIFY2(plain.contains(QString(amount).replace(QChar(0x00A0), QLatin1Char(' '))) &&
                         side.contains(currency),
                     qPrintable(side));
            QVERIFY2(side.contains(deals.first().id), qPrintable(side));
        }
        QVERIFY2(signerReview.contains(QStringLiteral("Redundancy")), qPrintable(signerReview));
        QVERIFY2(signerReview.contains(QStringLiteral("Made at")), qPrintable(signerReview));
        // The signer reviewed the very payment: the escrow and the memo.
        QString compact = signerReview;
        compact.remove(QLatin1Char(' '));
        QString escrow = intents.first().escrowAddress;
        if (currency == QLatin1String("STRK")) // as Starknet addresses are shown: 64 digits
            escrow = starknet::formatAddress(*starknet::parseAddress(escrow));
        QVERIFY2(compact.contains(escrow, Qt::CaseInsensitive), qPrintable(signerReview));
        if (qr) {
            QVERIFY(exportedFrames >= 1);
            QVERIFY(signedFrames >= 1);
            QVERIFY2(exportStatus.contains(QStringLiteral("frame")), qPrintable(exportStatus));
        }
        QCOMPARE(imported, copies);

        // The deal is Funded on the node, paid with the signature made offline.
        auto *table = w.findChild<QTableWidget *>(QStringLiteral("deals"));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), copies, 10000);
        for (int i = 0; i < copies; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(
                table->item(i, 1) && table->item(i, 1)->text() == QLatin1String("Funded"), 30000);
        QCOMPARE(session->paidCount(), copies);
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackSignElsewhereTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
        // Screenshots: FB_THEME=dark renders the dark palette.
        if (qEnvironmentVariableIsSet("FB_THEME"))
            Theme::apply(Theme::fromString(qEnvironmentVariable("FB_THEME")));
        m_suffix = qEnvironmentVariable("FB_SCREENSHOT_SUFFIX");
        // FB_SCREENSHOT_SIZE=1600x1000 renders the signer at full size.
        const QStringList size = qEnvironmentVariable("FB_SCREENSHOT_SIZE").split(QLatin1Char('x'));
        if (size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
            m_size = QSize(size[0].toInt(), size[1].toInt());
    }

    // Stellar through QR frame files only, both ways.
    void stellarThroughQrFrames()
    {
        roundTrip(QStringLiteral("XLM"),
                  Formats().coin(qint64(10000) * 10000000, QStringLiteral("XLM")), true);
    }

    // Algorand through files.
    void algorandThroughFiles()
    {
        roundTrip(QStringLiteral("ALGO"),
                  Formats().coin(qint64(10000) * 1000000, QStringLiteral("ALGO")), false);
    }

    // Starknet: a STRK transfer (INVOKE v3 as JSON, in ur:bytes) through QR frames only, both
    // ways; the node checks the signature and the transfer, and the deal is Funded.
    void starknetThroughQrFrames()
    {
        roundTrip(QStringLiteral("STRK"),
                  Formats().coin(qint64(1000) * 1000000000, QStringLiteral("STRK")), true);
    }

    // Bitcoin, two providers: two PSBTs, each through its own QR frames both ways, imported one
    // payment at a time, submitted together, confirmed by a block.
    void bitcoinTwoPaymentsThroughQrFrames()
    {
        roundTrip(QStringLiteral("BTC"), Formats().coin(100000000, QStringLiteral("BTC")), true, 2);
    }
};

QTEST_MAIN(SignElsewhereTest)
#include "tst_signelsewhere.moc"
