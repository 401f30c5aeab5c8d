// The "Sign a transaction" window as the offline signer's user meets it: an unsigned Stellar,
// Algorand, Bitcoin or Starknet (a STRK transfer, INVOKE v3 JSON) transaction opened from a file or
// pasted as text, its review in plain words (operations, fee, network, the accounts that sign with
// this wallet's marked, the validity window), signed with the wallet password (the robot types it),
// exported to a file and as text; the signature checked with the wallet's own verifiers. Expired or
// expiring time bounds ask first; malformed input says why and replaces nothing.
#include "userrobot.h"

#include "models/walletsecurity.h"
#include "models/walletservice.h"
#include "qr/qrcode.h"
#include "ui/language.h"
#include "ui/qr/qrplayer.h"
#include "ui/qr/qrreader.h"
#include "ui/signer/modeswitch.h"
#include "ui/signer/qrio.h"
#include "ui/signer/signerwindow.h"
#include "ui/theme.h"
#include "wallet/algorand.h"
#include "wallet/keystore.h"
#include "wallet/offlinetx.h"
#include "wallet/psbt.h"
#include "wallet/slip10.h"
#include "wallet/starknettx.h"
#include "wallet/stellar.h"
#include "wallet/strkey.h"
#include "wallet/ur.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace fb;
using namespace fb::ui;
using fb::testkit::kRobotPassword;
using fb::testkit::UserRobot;

namespace {

const char *kPhrase = "abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                      "abandon abandon about";

// bitcoinjs-lib 6.1.8: the "abandon … about" wallet spends m/84'/0'/0'/0/0 to bc1qw508…f3t4
// with change to m/84'/0'/0'/1/0 (tests/unit/wallet/tst_bitcoin.cpp), unsigned and finalised.
const char *kPsbtUnsigned =
    "cHNidP8BAHECAAAAAcgx6jwBdSircVbSr/hMJUqO3hapXK2U6cR4tjVwVYI2AQAAAAD9////"
    "AmDqAAAAAAAAFgAUdR526BmRltRUlBxF0bOjI/"
    "FDO9ZYmAAAAAAAABYAFD40mF3Kb93J+"
    "zaZQOTH2OKHP1KcAAAAAAABAF0CAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAAFR/////"
    "wIAAAAAAAAAAAFqoIYBAAAAAAAWABTAzrzWw9PKjHXcXsYuvlUzDvkQ4gAAAAABAR+"
    "ghgEAAAAAABYAFMDOvNbD08qMddxexi6+VTMO+"
    "RDiIgYDMNVP0N1CCm5fjTYk9fNILK41D3nV8HU79b7vnC2RrzwYc8XaClQAAIAAAACAAAAAgAAAAAAAAAAAAAAiAgMCUyS"
    "IjkKauOPbrx94AmSLnNAem0GEhcX6TBubVwDhphhzxdoKVAAAgAAAAIAAAACAAQAAAAAAAAAA";
const char *kPsbtFinal =
    "cHNidP8BAHECAAAAAcgx6jwBdSircVbSr/hMJUqO3hapXK2U6cR4tjVwVYI2AQAAAAD9////"
    "AmDqAAAAAAAAFgAUdR526BmRltRUlBxF0bOjI/"
    "FDO9ZYmAAAAAAAABYAFD40mF3Kb93J+"
    "zaZQOTH2OKHP1KcAAAAAAABAF0CAAAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAAAAAFR/////"
    "wIAAAAAAAAAAAFqoIYBAAAAAAAWABTAzrzWw9PKjHXcXsYuvlUzDvkQ4gAAAAABAR+"
    "ghgEAAAAAABYAFMDOvNbD08qMddxexi6+VTMO+RDiAQhrAkcwRAIgDtXagpIpt2PPpYtRLd52bfLP/"
    "V5XyohDbepVuA5raNoCIHR50fTzbcMk5ui0psru3y3Fiv0xClKD5n3qHXGHaORnASEDMNVP0N1CCm5fjTYk9fNILK41D3n"
    "V8HU79b7vnC2RrzwAACICAwJTJIiOQpq449uvH3gCZIuc0B6bQYSFxfpMG5tXAOGmGHPF2gpUAACAAAAAgAAAAIABAAAAA"
    "AAAAAA=";
const char *kBitcoinTx =
    "02000000000101c831ea3c017528ab7156d2aff84c254a8ede16a95cad94e9c478b635705582360100000000fdffff"
    "ff0260ea000000000000160014751e76e8199196d454941c45d1b3a323f1433bd658980000000000001600143e3498"
    "5dca6fddc9fb369940e4c7d8e2873f529c0247304402200ed5da829229b763cfa58b512dde766df2cffd5e57ca8843"
    "6dea55b80e6b68da02207479d1f4f36dc324e6e8b4a6caeedf2dc58afd310a5283e67dea1d718768e46701210330d5"
    "4fd0dd420a6e5f8d3624f5f3482cae350f79d5f0753bf5beef9c2d91af3c00000000";

// Addresses as the review shows them: in groups of four.
QString grouped(const QString &address)
{
    QStringList parts;
    for (qsizetype i = 0; i < address.size(); i += 4)
        parts << address.mid(i, 4);
    return parts.join(QLatin1Char(' '));
}

QPushButton *button(QWidget *w, const QString &name)
{
    auto *b = w->findChild<QPushButton *>(name);
    if (!b)
        qWarning("no button %s", qPrintable(name));
    return b;
}

} // namespace

class SignerWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    std::unique_ptr<WalletService> m_wallet;
    QByteArray m_stellarPub, m_algorandPub;
    QString m_stellarOurs, m_algorandOurs, m_stellarOther, m_algorandOther;

    QByteArray stellarPayment(qint64 maxTimeFromNow)
    {
        stellar::PaymentParams p;
        p.source = m_stellarOurs;
        p.destination = m_stellarOther;
        p.amount = 125000000; // 12.5 XLM
        p.asset = QStringLiteral("XLM");
        p.sequence = 4242;
        p.fee = 100;
        p.maxTime =
            maxTimeFromNow ? quint64(QDateTime::currentSecsSinceEpoch() + maxTimeFromNow) : 0;
        p.memo.type = stellar::MemoText;
        p.memo.text = "deal 7";
        auto env = stellar::buildPayment(p);
        return env ? stellar::encodeBase64(*env) : QByteArray();
    }

    QByteArray algorandFile()
    {
        algorand::PaymentParams p;
        p.sender = m_algorandOurs;
        p.receiver = m_algorandOther;
        p.amount = 2500000; // 2.5 ALGO
        p.fee = 1000;
        p.firstValid = 1000;
        p.lastValid = 1500;
        p.network = QStringLiteral("testnet");
        auto txn = algorand::buildPayment(p);
        if (!txn)
            return {};
        algorand::SignedTransaction s;
        s.txn = *txn;
        return algorand::encodeFile({s});
    }

    // 2.5 STRK from this wallet's Starknet account (as the wallet caches it) on Sepolia.
    QByteArray starknetPayment()
    {
        const auto sender = starknet::parseAddress(m_wallet->starknetAddress());
        const auto recipient = starknet::parseAddress(
            QStringLiteral("0x0517b0b3b3c2e7b4a3b7d2a1c0ffee0000000000000000000000000000000042"));
        const auto amount = starknet::parseStrk(QStringLiteral("2.5"));
        if (!sender || !recipient || !amount)
            return {};
        starknet::PaymentParams p;
        p.sender = *sender;
        p.recipient = *recipient;
        p.amountFri = *amount;
        p.nonce = stark::Felt::fromUInt(7);
        p.chainId = starknet::chainByName(QStringLiteral("sepolia"))->id;
        p.l2Gas = {2000000, stark::Felt::fromUInt(1000000000)}; // at most 0.002 STRK
        return starknet::toJson(starknet::buildStrkPayment(p));
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // The unsigned transaction of a chain in its binary form, as a QR code's UR carries it.
    QByteArray unsignedBinary(const QString &chain)
    {
        if (chain == QLatin1String("stellar"))
            return QByteArray::fromBase64(stellarPayment(3600));
        if (chain == QLatin1String("algorand"))
            return algorandFile();
        if (chain == QLatin1String("starknet"))
            return starknetPayment();
        return psbt::parse(QByteArray(kPsbtUnsigned))->serialize();
    }

    // An animated UR as the other device's frames saved as images: every pure fragment but the
    // second, one frame twice, and fountain mixtures beyond the first round, shuffled.
    QStringList qrFrameFiles(const QString &type, const QByteArray &payload, const QString &dir)
    {
        ur::Encoder encoder(type, payload, 30);
        const int count = encoder.fragmentCount();
        QStringList texts;
        for (int i = 0; i < count + count / 2 + 4; ++i)
            texts << encoder.nextPart().toUpper();
        texts.removeAt(1);
        texts << texts.at(3);
        QRandomGenerator shuffle(7);
        for (qsizetype i = texts.size() - 1; i > 0; --i)
            texts.swapItemsAt(i, qsizetype(shuffle.bounded(quint32(i + 1))));
        QDir().mkpath(dir);
        QStringList files;
        for (int i = 0; i < texts.size(); ++i) {
            const QString path = QDir(dir).filePath(QStringLiteral("scan-%1.png").arg(i));
            if (!qr::encode(texts.at(i), 4).save(path))
                return {};
            files << path;
        }
        return files;
    }

    // Loads through the window's own controls: the Open file button (its dialog answered with
    // path) or a paste into the text box.
    void load(SignerWindow &w, const QString &how, const QByteArray &payload, const QString &name)
    {
        if (how == QLatin1String("file")) {
            const QString path = write(name, payload);
            QVERIFY(!path.isEmpty());
            w.fileSource()->setPathChooser([path](QWidget *, const QString &) { return path; });
            QTest::mouseClick(button(&w, QStringLiteral("source_FileSource")), Qt::LeftButton);
        } else {
            QApplication::clipboard()->setText(QString::fromLatin1(payload));
            auto *paste = w.findChild<QPlainTextEdit *>(QStringLiteral("pasteInput"));
            paste->setFocus();
            QTest::keyClick(paste, Qt::Key_V, Qt::ControlModifier);
        }
        QTRY_VERIFY2(w.transaction(), qPrintable(w.errorText()));
    }

    // Signs with the robot typing the password, exports to a file and as text; *written is the
    // file.
    void signAndExport(SignerWindow &w, UserRobot &robot, const QString &outName,
                       QByteArray *written)
    {
        robot.expectPassword(QStringLiteral("Unlock"));
        QTest::mouseClick(button(&w, QStringLiteral("sign")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.isSigned(), 20000);
        const QString out = m_dir.filePath(outName);
        w.fileSink()->setPathChooser([out](QWidget *, const QString &) { return out; });
        QSignalSpy exported(&w, &SignerWindow::exported);
        QTest::mouseClick(button(&w, QStringLiteral("sink_FileSink")), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QVERIFY(QFile::exists(out));
        QTest::mouseClick(button(&w, QStringLiteral("sink_ClipboardSink")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text().toLatin1(), w.signedPayload().text.trimmed());
        QCOMPARE(exported.count(), 2);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        *written = f.readAll();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        m_wallet = std::make_unique<WalletService>(m_dir.filePath(QStringLiteral("data")));
        auto secrets = keystore::fromBip39(SecretBytes::fromBytes(kPhrase), SecretBytes());
        QVERIFY(secrets.ok());
        QVERIFY(m_wallet
                    ->create(*secrets, SecretBytes::fromBytes(kRobotPassword.toUtf8()),
                             keystore::fastParams())
                    .ok());
        auto key = [&](const char *chain, quint32 index) {
            auto k = keystore::accountKey(*secrets, QLatin1String(chain), index);
            return k ? slip10::ed25519PublicKey(*k) : QByteArray();
        };
        m_stellarPub = key("stellar", 0);
        m_algorandPub = key("algorand", 0);
        m_stellarOurs = strkey::accountId(m_stellarPub);
        m_stellarOther = strkey::accountId(key("stellar", 1));
        m_algorandOurs = algorand::address(m_algorandPub);
        m_algorandOther = algorand::address(key("algorand", 1));
        QCOMPARE(m_wallet->stellarAddress(), m_stellarOurs);
    }

    // Each case starts with the wallet locked, as after the signer starts: its first signature
    // asks for the password (the unlocked session is the case below).
    void init() { m_wallet->security()->lock(); }

    // Unlocked once, the wallet signs the next transaction without asking again; locked (Lock
    // now), it asks again.
    void unlockedWalletSignsWithoutAsking()
    {
        UserRobot robot;
        SignerWindow w(m_wallet.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.loadBytes(stellarPayment(3600), QStringLiteral("first")));
        robot.expectPassword(QStringLiteral("Unlock"));
        QTest::mouseClick(button(&w, QStringLiteral("sign")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.isSigned(), 20000);
        QVERIFY(m_wallet->security()->hasPassword());
        // Copied out (else loading the next one asks whether to drop the signature).
        QTest::mouseClick(button(&w, QStringLiteral("sink_ClipboardSink")), Qt::LeftButton);
        QVERIFY(w.loadBytes(stellarPayment(3000), QStringLiteral("second")));
        QVERIFY(!w.isSigned());
        QTest::mouseClick(button(&w, QStringLiteral("sign")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.isSigned(), 20000);
        m_wallet->security()->lock();
        QTest::mouseClick(button(&w, QStringLiteral("sink_ClipboardSink")), Qt::LeftButton);
        QVERIFY(w.loadBytes(stellarPayment(2400), QStringLiteral("third")));
        robot.expectPassword(QStringLiteral("Unlock"));
        QTest::mouseClick(button(&w, QStringLiteral("sign")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.isSigned(), 20000);
        int asked = 0;
        for (const QString &seen : std::as_const(robot.seen))
            asked += seen.startsWith(QStringLiteral("password:")) ? 1 : 0;
        QCOMPARE(asked, 2);
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
    }

    void signEachChain_data()
    {
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QString>("how");
        for (const char *chain : {"stellar", "algorand", "bitcoin", "starknet"}) {
            for (const char *how : {"file", "paste"})
                QTest::addRow("%s-%s", chain, how)
                    << QString::fromLatin1(chain) << QString::fromLatin1(how);
        }
    }

    void signEachChain()
    {
        QFETCH(QString, chain);
        QFETCH(QString, how);
        UserRobot robot;
        SignerWindow w(m_wallet.get());
        w.resize(1024, 640); // the smallest size the app supports
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QByteArray payload;
        QString name;
        if (chain == QLatin1String("stellar")) {
            payload = stellarPayment(3600);
            name = QStringLiteral("payment.xdr");
        } else if (chain == QLatin1String("algorand")) {
            payload = algorandFile();
            if (how == QLatin1String("paste"))
                payload = payload.toBase64();
            name = QStringLiteral("payment.txn");
        } else if (chain == QLatin1String("starknet")) {
            payload = starknetPayment();
            if (how == QLatin1String("paste"))
                payload = payload.toBase64();
            name = QStringLiteral("payment.json");
        } else {
            payload = QByteArray(kPsbtUnsigned);
            if (how == QLatin1String("file"))
                payload = psbt::parse(payload)->serialize(); // a binary PSBT file
            name = QStringLiteral("spend.psbt");
        }
        QVERIFY(!payload.isEmpty());
        load(w, how, payload, name);
        QCOMPARE(offlinetx::chainName(w.transaction()->chain), chain);
        if (how == QLatin1String("file"))
            fb::testkit::screenshot(&w, QStringLiteral("signer-review-") + chain);

        // The review in plain words, before anything is signed.
        const QString review = w.reviewText();
        QVERIFY2(review.contains(QStringLiteral("Accounts that sign")), qPrintable(review));
        QVERIFY2(review.contains(QStringLiteral("Network fee")), qPrintable(review));
        QVERIFY2(review.contains(QStringLiteral("signature needed")), qPrintable(review));
        if (chain == QLatin1String("stellar")) {
            QVERIFY2(review.contains(QStringLiteral("Stellar transaction")), qPrintable(review));
            QVERIFY2(review.contains(QStringLiteral("12.5")), qPrintable(review));
            QVERIFY2(review.contains(grouped(m_stellarOther)), qPrintable(review));
            QVERIFY2(review.contains(QStringLiteral("deal 7")), qPrintable(review));
            QVERIFY2(review.contains(QStringLiteral("public")), qPrintable(review));
            // The cached address marks this wallet's account before the password.
            QVERIFY2(review.contains(QStringLiteral("this wallet")), qPrintable(review));
            QVERIFY2(w.validityText().contains(QStringLiteral("Valid now")),
                     qPrintable(w.validityText()));
        } else if (chain == QLatin1String("algorand")) {
            QVERIFY2(review.contains(QStringLiteral("Algorand transaction")), qPrintable(review));
            QVERIFY2(review.contains(QStringLiteral("2.5")), qPrintable(review));
            QVERIFY2(review.contains(grouped(m_algorandOther)), qPrintable(review));
            QVERIFY2(review.contains(QStringLiteral("testnet")), qPrintable(review));
            QVERIFY2(w.validityText().contains(QStringLiteral("Cannot be checked offline")),
                     qPrintable(w.validityText()));
        } else if (chain == QLatin1String("starknet")) {
            QVERIFY2(review.contains(QStringLiteral("Starknet transaction")), qPrintable(review));
            QVERIFY2(review.contains(QStringLiteral("2.5 STRK")), qPrintable(review));
            QVERIFY2(
                QString(review).remove(QLatin1Char(' ')).contains(QStringLiteral("0x0517b0b3")),
                qPrintable(review));
            QVERIFY2(review.contains(QStringLiteral("sepolia")), qPrintable(review));
            QVERIFY2(review.contains(QStringLiteral("nonce 7")), qPrintable(review));
            // The cached address marks this wallet's account before the password.
            QVERIFY2(review.contains(QStringLiteral("this wallet")), qPrintable(review));
            QVERIFY2(w.validityText().contains(QStringLiteral("Does not expire")),
                     qPrintable(w.validityText()));
        } else {
            QVERIFY2(review.contains(QStringLiteral("Bitcoin transaction")), qPrintable(review));
            QVERIFY2(review.contains(
                         grouped(QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"))),
                     qPrintable(review));
            QVERIFY2(review.contains(QStringLiteral("mainnet")), qPrintable(review));
            QVERIFY2(w.validityText().contains(QStringLiteral("Does not expire")),
                     qPrintable(w.validityText()));
        }

        QByteArray out;
        signAndExport(w, robot, QStringLiteral("signed-") + name, &out);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!out.isEmpty());
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
        // After the password the review marks this wallet's accounts, now signed.
        QVERIFY2(w.reviewText().contains(QStringLiteral("this wallet")),
                 qPrintable(w.reviewText()));
        QVERIFY2(w.reviewText().contains(QStringLiteral("signed")), qPrintable(w.reviewText()));

        // The signature, checked by the wallet core.
        if (chain == QLatin1String("stellar")) {
            auto env = stellar::decodeBase64(out);
            QVERIFY(env.ok());
            QVERIFY(stellar::hasValidSignature(*env, stellar::network(QStringLiteral("public")),
                                               m_stellarPub));
            QVERIFY(!stellar::hasValidSignature(*env, stellar::network(QStringLiteral("testnet")),
                                                m_stellarPub));
        } else if (chain == QLatin1String("algorand")) {
            // Written the way it came: goal's binary file, or its base64.
            auto txns = algorand::decodeFile(
                how == QLatin1String("file") ? out : QByteArray::fromBase64(out.trimmed()));
            QVERIFY(txns.ok());
            QCOMPARE(txns->size(), 1);
            QVERIFY(!txns->first().sig.isEmpty());
            QVERIFY(algorand::verify(txns->first()));
            QCOMPARE(txns->first().txn.sender, m_algorandPub);
        } else if (chain == QLatin1String("starknet")) {
            // The JSON form with [r, s] over the transaction hash by the account's Stark key.
            auto tx = starknet::parseJson(out);
            QVERIFY2(tx.ok(), qPrintable(QString::fromUtf8(out)));
            QCOMPARE(tx->signature.size(), 2);
            const auto pub = stark::Felt::fromHex(m_wallet->starknetPublicKey());
            QVERIFY(pub);
            QVERIFY(starknet::verify(*tx, *pub));
            auto unsignedTx = starknet::parseJson(starknetPayment());
            QVERIFY(unsignedTx.ok());
            QCOMPARE(starknet::transactionHash(*tx), starknet::transactionHash(*unsignedTx));
        } else {
            auto p = psbt::parse(out);
            QVERIFY(p.ok());
            QCOMPARE(out.startsWith("psbt\xff"), how == QLatin1String("file"));
            // Byte for byte what bitcoinjs-lib finalises, and the network transaction it gives.
            QCOMPARE(p->toBase64(), QString::fromLatin1(kPsbtFinal));
            QCOMPARE(*psbt::extractTransaction(*p), QByteArray(kBitcoinTx));
        }
    }

    // Each chain's unsigned transaction read from the QR images of an animated UR (shuffled,
    // a frame missing, one twice, surplus fountain frames), signed, shown as QR codes, and the
    // player's frames read back by a reader to the same signed bytes; also saved as frames.
    void signEachChainFromQr_data()
    {
        QTest::addColumn<QString>("chain");
        for (const char *chain : {"stellar", "algorand", "bitcoin", "starknet"})
            QTest::newRow(chain) << QString::fromLatin1(chain);
    }

    void signEachChainFromQr()
    {
        QFETCH(QString, chain);
        UserRobot robot;
        robot.allowWindow(QStringLiteral("qrReaderDialog"));
        SignerWindow w(m_wallet.get());
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        const QString type = urTypeForChain(chain);
        QCOMPARE(type, chain == QLatin1String("bitcoin") ? QStringLiteral("crypto-psbt")
                                                         : QStringLiteral("bytes"));
        const QStringList files = qrFrameFiles(type, unsignedBinary(chain),
                                               m_dir.filePath(QStringLiteral("in-") + chain));
        QVERIFY(files.size() > 6);
        // The user opens the first few images, then the rest.
        const QStringList first = files.mid(0, 3);
        const QStringList rest = files.mid(3);
        int calls = 0;
        w.qrSource()->setImagesChooser([&](QWidget *) { return calls++ == 0 ? first : rest; });
        QTest::mouseClick(button(&w, QStringLiteral("source_QrSource")), Qt::LeftButton);
        QrReader *reader = w.qrSource()->reader();
        QVERIFY(reader);
        QVERIFY(QTest::qWaitForWindowExposed(reader->window()));
        QTest::mouseClick(button(reader, QStringLiteral("openImages")), Qt::LeftButton);
        QVERIFY2(reader->errorText().isEmpty(), qPrintable(reader->errorText()));
        QVERIFY(reader->progress() > 0 && reader->progress() < 1);
        QVERIFY2(reader->statusText().contains(QStringLiteral("— 3 part")),
                 qPrintable(reader->statusText()));
        QVERIFY(!w.transaction());
        if (chain == QLatin1String("bitcoin")) {
            reader->window()->resize(1024, 640);
            QTest::qWait(50);
            fb::testkit::screenshot(reader->window(), QStringLiteral("signer-qr-reader"));
        }
        QTest::mouseClick(button(reader, QStringLiteral("openImages")), Qt::LeftButton);
        QTRY_VERIFY2(w.transaction(), qPrintable(w.errorText()));
        QTRY_VERIFY(!w.qrSource()->reader()); // the reader's window closed
        QCOMPARE(offlinetx::chainName(w.transaction()->chain), chain);
        QVERIFY2(w.findChild<QLabel *>(QStringLiteral("origin"))
                     ->text()
                     .contains(QStringLiteral("QR codes (ur:") + type),
                 qPrintable(w.findChild<QLabel *>(QStringLiteral("origin"))->text()));
        QVERIFY2(w.reviewText().contains(QStringLiteral("signature needed")),
                 qPrintable(w.reviewText()));
        fb::testkit::screenshot(&w, QStringLiteral("signer-qr-review-") + chain);

        robot.expectPassword(QStringLiteral("Unlock"));
        QTest::mouseClick(button(&w, QStringLiteral("sign")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.isSigned(), 20000);
        const QByteArray signedBytes = w.signedPayload().binary;
        QVERIFY(!signedBytes.isEmpty());
        QVERIFY(signedBytes != unsignedBinary(chain));

        // Shown as QR codes: small frames, so every chain's transaction is animated.
        w.qrSink()->setMaxFragmentLen(40);
        QSignalSpy exported(&w, &SignerWindow::exported);
        QTest::mouseClick(button(&w, QStringLiteral("sink_QrSink")), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QrPlayer *player = w.qrSink()->player();
        QVERIFY(player);
        QVERIFY(QTest::qWaitForWindowExposed(player->window()));
        QVERIFY(player->isAnimated());
        QVERIFY(player->isPlaying());
        player->pause();
        if (chain == QLatin1String("bitcoin")) {
            player->window()->resize(1024, 640);
            QTest::qWait(50);
            fb::testkit::screenshot(player->window(), QStringLiteral("signer-qr-player"));
        }

        // A camera that misses every third frame still reads it, from the pictures shown.
        QrReader back;
        back.setAcceptedTypes({type});
        QSignalSpy done(&back, &QrReader::completed);
        for (int i = 0; i < 10 * player->frameCount() && done.isEmpty(); ++i) {
            if (i % 3 != 2)
                back.addImage(player->currentImage(), QStringLiteral("frame"));
            player->advance();
        }
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toString(), type);
        QCOMPARE(done.first().at(1).toByteArray(), signedBytes);

        // Saved as numbered images, read back in reverse order.
        const QString out = m_dir.filePath(QStringLiteral("out-") + chain);
        player->setFolderChooser([out](QWidget *) { return out; });
        QSignalSpy saved(player, &QrPlayer::saved);
        QTest::mouseClick(button(player, QStringLiteral("saveFrames")), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QStringList frames;
        for (const QString &f : QDir(out).entryList({QStringLiteral("frame-*.png")}, QDir::Files,
                                                    QDir::Name | QDir::Reversed))
            frames << QDir(out).filePath(f);
        QCOMPARE(frames.size(), player->frameCount());
        QrReader fromFiles;
        QSignalSpy filesDone(&fromFiles, &QrReader::completed);
        QVERIFY2(fromFiles.addImageFiles(frames), qPrintable(fromFiles.errorText()));
        QCOMPARE(filesDone.count(), 1);
        QCOMPARE(filesDone.first().at(1).toByteArray(), signedBytes);
        player->window()->close();
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
    }

    // QR images dropped on the window go to the QR reader, which completes and loads them.
    void dropQrImages()
    {
        UserRobot robot;
        robot.allowWindow(QStringLiteral("qrReaderDialog"));
        SignerWindow w(m_wallet.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList files =
            qrFrameFiles(ur::kTypeBytes, unsignedBinary(QStringLiteral("algorand")),
                         m_dir.filePath(QStringLiteral("dropped-qr")));
        QVERIFY(!files.isEmpty());
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &f : files)
            urls << QUrl::fromLocalFile(f);
        data.setUrls(urls);
        const QPoint at = w.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QTRY_VERIFY2(w.transaction(), qPrintable(w.errorText()));
        QCOMPARE(w.transaction()->chain, offlinetx::Chain::Algorand);
        QTRY_VERIFY(!w.qrSource()->reader());
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
    }

    // Pictures of the QR windows and the signer (FB_SCREENSHOT_DIR only): light and dark,
    // English, French and German, 1024x640 and 1600x1000.
    void qrPictures_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("lang");
        QTest::newRow("light-en") << "light"
                                  << "en";
        QTest::newRow("dark-en") << "dark"
                                 << "en";
        QTest::newRow("light-fr") << "light"
                                  << "fr";
        QTest::newRow("light-de") << "light"
                                  << "de";
    }

    void qrPictures()
    {
        if (!qEnvironmentVariableIsSet("FB_SCREENSHOT_DIR"))
            QSKIP("FB_SCREENSHOT_DIR is not set");
        QFETCH(QString, theme);
        QFETCH(QString, lang);
        Theme::apply(Theme::fromString(theme));
        Language::install(lang);
        const QString tag = QStringLiteral("-%1-%2").arg(theme, lang);
        {
            UserRobot robot;
            robot.allowWindow(QStringLiteral("qrReaderDialog"));
            SignerWindow w(m_wallet.get());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const QStringList files =
                qrFrameFiles(ur::kTypePsbt, unsignedBinary(QStringLiteral("bitcoin")),
                             m_dir.filePath(QStringLiteral("pictures") + tag));
            w.qrSource()->readImages(&w, files.mid(0, 4));
            QrReader *reader = w.qrSource()->reader();
            QVERIFY(reader);
            QVERIFY(QTest::qWaitForWindowExposed(reader->window()));
            reader->window()->resize(1024, 640);
            QTest::qWait(50);
            fb::testkit::screenshot(reader->window(), QStringLiteral("signer-qr-reader") + tag);
            reader->addImageFiles(files.mid(4));
            QTRY_VERIFY(w.transaction());
            for (const QSize size : {QSize(1024, 640), QSize(1600, 1000)}) {
                w.resize(size);
                QTest::qWait(50); // let the layout settle before the picture
                fb::testkit::screenshot(
                    &w, QStringLiteral("signer-review-bitcoin%1-%2").arg(tag).arg(size.width()));
            }
            m_wallet->security()->lock(); // the prompt, as on a fresh start
            robot.expectPassword(QString());
            QTest::mouseClick(button(&w, QStringLiteral("sign")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(w.isSigned(), 20000);
            QTest::mouseClick(button(&w, QStringLiteral("sink_QrSink")), Qt::LeftButton);
            QrPlayer *player = w.qrSink()->player();
            QVERIFY(player);
            QVERIFY(QTest::qWaitForWindowExposed(player->window()));
            player->pause();
            player->advance();
            player->advance();
            player->window()->resize(1024, 640);
            QTest::qWait(50);
            fb::testkit::screenshot(player->window(), QStringLiteral("signer-qr-player") + tag);
            player->window()->close();
        }
        Theme::apply(ThemeMode::Light);
        Language::install(QStringLiteral("en"));
    }

    void expiredTimeBoundsAskFirst()
    {
        UserRobot robot;
        SignerWindow w(m_wallet.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        load(w, QStringLiteral("paste"), stellarPayment(-120), QString());
        QVERIFY2(w.validityText().contains(QStringLiteral("Expired")),
                 qPrintable(w.validityText()));
        QVERIFY2(w.reviewText().contains(QStringLiteral("Expired at")), qPrintable(w.reviewText()));

        // Declined: nothing is signed, no password asked.
        robot.expectMessage(QStringLiteral("expiryWarning"), QStringLiteral("Cancel"));
        QTest::mouseClick(button(&w, QStringLiteral("sign")), Qt::LeftButton);
        QTRY_VERIFY(robot.pending().isEmpty());
        QVERIFY(!w.isSigned());
        QVERIFY(robot.seen.last().contains(QStringLiteral("expired")));

        // Confirmed: signed after the password.
        robot.expectMessage(QStringLiteral("expiryWarning"), QStringLiteral("Sign anyway"));
        robot.expectPassword(QStringLiteral("Unlock"));
        QTest::mouseClick(button(&w, QStringLiteral("sign")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.isSigned(), 20000);
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
    }

    void expiringWithinTheMinuteAsksFirst()
    {
        UserRobot robot;
        SignerWindow w(m_wallet.get());
        // The clock stands 30 s before the upper bound.
        const QByteArray payload = stellarPayment(600);
        w.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(570); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        load(w, QStringLiteral("paste"), payload, QString());
        QVERIFY2(w.validityText().contains(QStringLiteral("Expires within a minute")),
                 qPrintable(w.validityText()));
        robot.expectMessage(QStringLiteral("expiryWarning"), QStringLiteral("Cancel"));
        QTest::mouseClick(button(&w, QStringLiteral("sign")), Qt::LeftButton);
        QTRY_VERIFY(robot.pending().isEmpty());
        QVERIFY(!w.isSigned());
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
    }

    void algorandRoundRecordedByTheExporter()
    {
        SignerWindow w(m_wallet.get());
        offlinetx::ExporterContext c;
        c.round = 1200;
        c.madeAt = QDateTime::currentDateTimeUtc();
        c.summary = QStringLiteral("Storage agreement 7: 2 providers, 100 GB, 30 days");
        QVERIFY(w.loadBytes(offlinetx::signingRequest(offlinetx::Chain::Algorand,
                                                      QStringLiteral("testnet"), algorandFile(), c),
                            QStringLiteral("test")));
        QVERIFY2(w.validityText().contains(QStringLiteral("Valid now")),
                 qPrintable(w.validityText()));
        QVERIFY2(w.validityText().contains(QStringLiteral("round 1500")),
                 qPrintable(w.validityText()));
        QVERIFY(w.reviewText().contains(QStringLiteral("Storage agreement 7")));
        c.round = 1600; // the network was past the last valid round
        QVERIFY(w.loadBytes(offlinetx::signingRequest(offlinetx::Chain::Algorand,
                                                      QStringLiteral("testnet"), algorandFile(), c),
                            QStringLiteral("test")));
        QVERIFY2(w.validityText().contains(QStringLiteral("Expired")),
                 qPrintable(w.validityText()));
    }

    void malformedInputReplacesNothing()
    {
        SignerWindow w(m_wallet.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *paste = w.findChild<QPlainTextEdit *>(QStringLiteral("pasteInput"));
        QTest::keyClicks(paste, QStringLiteral("hello"));
        QVERIFY(!w.transaction());
        QVERIFY2(w.errorText().contains(QStringLiteral("not a transaction this signer reads")),
                 qPrintable(w.errorText()));
        QCOMPARE(paste->toPlainText(), QStringLiteral("hello"));
        QVERIFY(!button(&w, QStringLiteral("sign"))->isEnabled());

        // A transaction loaded from a file stays when garbage is pasted afterwards.
        load(w, QStringLiteral("file"), stellarPayment(3600), QStringLiteral("good.xdr"));
        QVERIFY(w.errorText().isEmpty());
        paste->clear();
        QTest::keyClicks(paste, QStringLiteral("AAAA"));
        QVERIFY(w.transaction());
        QCOMPARE(w.transaction()->chain, offlinetx::Chain::Stellar);
        QVERIFY2(w.errorText().contains(QStringLiteral("was not replaced")),
                 qPrintable(w.errorText()));
        QCOMPARE(paste->toPlainText(), QStringLiteral("AAAA"));

        // An unreadable file says so.
        QVERIFY(!w.loadFile(m_dir.filePath(QStringLiteral("missing.xdr"))));
        QVERIFY2(w.errorText().contains(QStringLiteral("cannot be opened")),
                 qPrintable(w.errorText()));
    }

    void dropAFile()
    {
        SignerWindow w(m_wallet.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString path = write(QStringLiteral("dropped.psbt"), QByteArray(kPsbtUnsigned));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = w.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(w.transaction());
        QCOMPARE(w.transaction()->chain, offlinetx::Chain::Bitcoin);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("origin"))
                    ->text()
                    .contains(QStringLiteral("dropped.psbt")));
    }

    void restartArguments()
    {
        using fb::ui::modeswitch::argumentsFor;
        const QStringList online = {QStringLiteral("--data-dir"), QStringLiteral("/d"),
                                    QStringLiteral("--screenshot"), QStringLiteral("x.png")};
        QCOMPARE(argumentsFor(online, true),
                 (QStringList{QStringLiteral("--data-dir"), QStringLiteral("/d"),
                              QStringLiteral("--offline-signer")}));
        QCOMPARE(argumentsFor(argumentsFor(online, true), false),
                 (QStringList{QStringLiteral("--data-dir"), QStringLiteral("/d")}));
    }

    void wrongPasswordSignsNothing()
    {
        SignerWindow w(m_wallet.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.loadBytes(stellarPayment(3600), QStringLiteral("test")));
        // Answer the prompt by hand with a wrong password.
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *dialog = QApplication::activeModalWidget();
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            edit->setText(QStringLiteral("not the password"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QSignalSpy failed(&w, &SignerWindow::signFailed);
        QTest::mouseClick(button(&w, QStringLiteral("sign")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("password")));
        QVERIFY(!w.isSigned());
        QVERIFY(button(&w, QStringLiteral("sign"))->isEnabled());
    }
};

QTEST_MAIN(SignerWindowTest)
#include "tst_signerwindow.moc"
