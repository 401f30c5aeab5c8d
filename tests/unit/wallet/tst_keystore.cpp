// Keystore: round trips for each wallet kind, one test per class of bad file (wrong password,
// truncated, trailing bytes, bad magic, future version, hostile parameters, tampered), password
// change, no plaintext on disk, and a writer killed with SIGKILL at random instants that must
// always leave a keystore that opens.
#include "wallet/algorand.h"
#include "wallet/bip39.h"
#include "wallet/keystore.h"
#include "wallet/slip10.h"
#include "wallet/strkey.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace fb;
using namespace fb::keystore;

namespace {

constexpr char kAbandon[] = "abandon abandon abandon abandon abandon abandon abandon abandon "
                            "abandon abandon abandon about";
constexpr char kSep5[] = "illness spike retreat truth genius clock brain pass fit cave bargain toe";

// Offsets of the v1 layout (docs/KEYSTORE.md).
constexpr qsizetype kHeaderSize = 63;
constexpr qsizetype kOffWrapped = 63;
constexpr qsizetype kOffDataNonce = 111;
constexpr qsizetype kOffLength = 135;
constexpr qsizetype kPrefixSize = 139;

SecretBytes secret(const QByteArray &s)
{
    return SecretBytes::fromBytes(s);
}

QByteArray bytes(const SecretBytes &s)
{
    return s.view().toByteArray();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

Secrets bip39Secrets(const char *phrase, const QByteArray &passphrase, const QString &label)
{
    auto s = fromBip39(secret(phrase), secret(passphrase), label);
    Q_ASSERT(s.ok());
    return std::move(s).value();
}

Secrets seedSecrets(const QString &kind, char fill, const QString &label)
{
    Secrets s;
    s.kind = kind;
    s.seed = secret(QByteArray(32, fill));
    s.label = label;
    return s;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool same(const Secrets &a, const Secrets &b)
{
    return a.kind == b.kind && a.mnemonic == b.mnemonic && a.passphrase == b.passphrase &&
           a.seed == b.seed && a.label == b.label;
}

} // namespace

class KeystoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A small valid keystore file in memory (bip39 with passphrase, password "pw").
    QByteArray sample()
    {
        auto b = encryptToBytes(bip39Secrets(kAbandon, "TREZOR", QStringLiteral("main")),
                                secret("pw"), fastParams());
        Q_ASSERT(b.ok());
        return *b;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QVERIFY(m_dir.isValid());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("bip39") << kKindBip39 << QByteArray();
        QTest::newRow("bip39 + passphrase") << kKindBip39 << QByteArray("TREZOR \xc3\xa9");
        QTest::newRow("stellar_seed") << kKindStellarSeed << QByteArray();
        QTest::newRow("algorand_seed") << kKindAlgorandSeed << QByteArray();
    }
    void roundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, passphrase);
        Secrets s = kind == kKindBip39
                        ? bip39Secrets(kAbandon, passphrase, QStringLiteral("Wallet \xe2\x82\xac"))
                        : seedSecrets(kind, '\x07', QStringLiteral("single"));
        s.created = 1700000000123;
        const QString file = path(QStringLiteral("rt.fbks"));
        const SecretBytes pw = secret("correct horse battery staple");
        QVERIFY(write(file, s, pw, fastParams()).ok());
        auto back = read(file, pw);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QVERIFY(same(*back, s));
        QCOMPARE(back->created, s.created);
        QCOMPARE(QFile::permissions(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void createdIsStamped()
    {
        const QString file = path(QStringLiteral("stamp.fbks"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(
            write(file, seedSecrets(kKindAlgorandSeed, 1, {}), secret("pw"), fastParams()).ok());
        auto back = read(file, secret("pw"));
        QVERIFY(back.ok());
        QVERIFY(back->created >= before);
        QVERIFY(back->created <= QDateTime::currentMSecsSinceEpoch());
    }

    void mnemonicIsNormalised()
    {
        Secrets s;
        s.kind = kKindBip39;
        s.mnemonic = secret("  Abandon abandon ABANDON abandon abandon abandon abandon abandon "
                            "abandon abandon abandon   about\n");
        const QString file = path(QStringLiteral("norm.fbks"));
        QVERIFY(write(file, s, secret("pw"), fastParams()).ok());
        auto back = read(file, secret("pw"));
        QVERIFY(back.ok());
        QCOMPARE(bytes(back->mnemonic), QByteArray(kAbandon));
    }

    void builders()
    {
        const QByteArray raw(32, '\x5a');
        const SecretBytes seed = secret(raw);
        const QString sText = strkey::encodeSeed(seed);
        auto st = fromStellarSecret(secret(sText.toLatin1()), QStringLiteral("s"));
        QVERIFY(st.ok());
        QCOMPARE(st->kind, kKindStellarSeed);
        QCOMPARE(bytes(st->seed), raw);

        auto al = fromAlgorandPhrase(algorand::mnemonicFromSeed(seed));
        QVERIFY(al.ok());
        QCOMPARE(al->kind, kKindAlgorandSeed);
        QCOMPARE(bytes(al->seed), raw);

        QCOMPARE(fromBip39(secret("abandon about"), {}).error().code,
                 QStringLiteral("bad_word_count"));
        QVERIFY(!fromStellarSecret(secret("SXXX")).ok());
        QVERIFY(!fromAlgorandPhrase(secret("abandon")).ok());
    }

    void writeRefuses()
    {
        const QString file = path(QStringLiteral("refused.fbks"));
        Secrets unknown = seedSecrets(QStringLiteral("ethereum"), 1, {});
        QCOMPARE(write(file, unknown, secret("pw"), fastParams()).error().code,
                 QStringLiteral("bad_secrets"));
        Secrets shortSeed;
        shortSeed.kind = kKindStellarSeed;
        shortSeed.seed = secret(QByteArray(31, 'x'));
        QCOMPARE(write(file, shortSeed, secret("pw"), fastParams()).error().code,
                 QStringLiteral("bad_secrets"));
        Secrets badPhrase;
        badPhrase.kind = kKindBip39;
        badPhrase.mnemonic = secret("abandon abandon abandon abandon abandon abandon abandon "
                                    "abandon abandon abandon abandon abandon");
        QCOMPARE(write(file, badPhrase, secret("pw"), fastParams()).error().code,
                 QStringLiteral("bad_secrets"));
        const Secrets ok = seedSecrets(kKindStellarSeed, 1, {});
        QCOMPARE(write(file, ok, SecretBytes(), fastParams()).error().code,
                 QStringLiteral("bad_password"));
        QCOMPARE(write(file, ok, secret("pw"), Params{21, 8 << 20}).error().code,
                 QStringLiteral("bad_params"));
        QCOMPARE(write(file, ok, secret("pw"), Params{1, (quint64(4) << 30) + 1}).error().code,
                 QStringLiteral("bad_params"));
        QCOMPARE(write(file, ok, secret("pw"), Params{0, 8 << 20}).error().code,
                 QStringLiteral("bad_params"));
        QVERIFY(!QFile::exists(file));
    }

    void notFound()
    {
        const QString file = path(QStringLiteral("missing.fbks"));
        QCOMPARE(read(file, secret("pw")).error().code, QStringLiteral("not_found"));
        QCOMPARE(inspect(file).error().code, QStringLiteral("not_found"));
        QCOMPARE(changePassword(file, secret("a"), secret("b"), fastParams()).error().code,
                 QStringLiteral("not_found"));
    }

    void wrongPassword()
    {
        const QString file = path(QStringLiteral("wrong.fbks"));
        QVERIFY(write(file, bip39Secrets(kAbandon, {}, {}), secret("right"), fastParams()).ok());
        auto r = read(file, secret("wrong"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("wrong_password"));
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(read(file, secret("righ")).error().code, QStringLiteral("wrong_password"));
        QCOMPARE(read(file, secret("right ")).error().code, QStringLiteral("wrong_password"));
    }

    void inspectParams()
    {
        const QString file = path(QStringLiteral("params.fbks"));
        const Params p{2, quint64(12) << 20};
        QVERIFY(write(file, seedSecrets(kKindStellarSeed, 3, {}), secret("pw"), p).ok());
        auto got = inspect(file);
        QVERIFY(got.ok());
        QCOMPARE(got->opsLimit, p.opsLimit);
        QCOMPARE(got->memLimit, p.memLimit);
        QVERIFY(read(file, secret("pw")).ok());
        const Params d = defaultParams();
        QCOMPARE(d.opsLimit, quint64(3));
        QCOMPARE(d.memLimit, quint64(256) << 20);
    }

    // Every cut of a valid file: inside the magic, the header, the wrapped key, the data nonce,
    // the length and the ciphertext.
    void truncated()
    {
        const QByteArray full = sample();
        QVERIFY(full.size() > kPrefixSize + 16);
        for (qsizetype n = 0; n < full.size(); ++n) {
            auto r = readBytes(full.first(n), secret("pw"));
            QVERIFY2(!r.ok() && r.error().code == QLatin1String("bad_keystore"),
                     qPrintable(QStringLiteral("cut at %1").arg(n)));
            QCOMPARE(inspectBytes(full.first(n)).error().code, QStringLiteral("bad_keystore"));
        }
        const QString file = path(QStringLiteral("cut.fbks"));
        QVERIFY(writeAll(file, full.first(full.size() - 1)));
        QCOMPARE(read(file, secret("pw")).error().code, QStringLiteral("bad_keystore"));
        QVERIFY(writeAll(file, QByteArray()));
        QCOMPARE(read(file, secret("pw")).error().code, QStringLiteral("bad_keystore"));
    }

    void trailingBytes()
    {
        const QByteArray full = sample();
        QVERIFY(readBytes(full, secret("pw")).ok());
        QCOMPARE(readBytes(QByteArray(full + '\0'), secret("pw")).error().code,
                 QStringLiteral("bad_keystore"));
        QCOMPARE(readBytes(QByteArray(full + full), secret("pw")).error().code,
                 QStringLiteral("bad_keystore"));
        const QString file = path(QStringLiteral("trailing.fbks"));
        QVERIFY(writeAll(file, QByteArray(full + "x")));
        QCOMPARE(read(file, secret("pw")).error().code, QStringLiteral("bad_keystore"));
        QCOMPARE(inspect(file).error().code, QStringLiteral("bad_keystore"));
    }

    void badMagic()
    {
        QByteArray f = sample();
        f[0] = 'X';
        QCOMPARE(readBytes(f, secret("pw")).error().code, QStringLiteral("bad_keystore"));
        QCOMPARE(readBytes(QByteArray("{\"version\":3}"), secret("pw")).error().code,
                 QStringLiteral("bad_keystore"));
    }

    void futureVersion()
    {
        QByteArray f = sample();
        f[4] = 2;
        auto r = readBytes(f, secret("pw"));
        QCOMPARE(r.error().code, QStringLiteral("bad_keystore"));
        QVERIFY(r.error().message.contains(QLatin1String("version 2")));
        f[4] = 0;
        QCOMPARE(readBytes(f, secret("pw")).error().code, QStringLiteral("bad_keystore"));
        f[4] = 1;
        f[5] = 1; // 257
        QCOMPARE(readBytes(f, secret("pw")).error().code, QStringLiteral("bad_keystore"));
        f[5] = 0;
        f[6] = 2; // unknown KDF
        QCOMPARE(readBytes(f, secret("pw")).error().code, QStringLiteral("bad_keystore"));
    }

    // Parameters a hostile file could use to exhaust memory or time are refused before any
    // key derivation runs.
    void hostileParams_data()
    {
        QTest::addColumn<quint64>("ops");
        QTest::addColumn<quint64>("mem");
        QTest::newRow("ops 0") << quint64(0) << (quint64(8) << 20);
        QTest::newRow("ops 21") << quint64(21) << (quint64(8) << 20);
        QTest::newRow("ops max") << ~quint64(0) << (quint64(8) << 20);
        QTest::newRow("mem 4 GiB + 1") << quint64(1) << (quint64(4) << 30) + 1;
        QTest::newRow("mem max") << quint64(1) << ~quint64(0);
        QTest::newRow("mem 0") << quint64(1) << quint64(0);
    }
    void hostileParams()
    {
        QFETCH(quint64, ops);
        QFETCH(quint64, mem);
        QByteArray f = sample();
        for (int i = 0; i < 8; ++i) {
            f[7 + i] = char((ops >> (8 * i)) & 0xff);
            f[15 + i] = char((mem >> (8 * i)) & 0xff);
        }
        QCOMPARE(readBytes(f, secret("pw")).error().code, QStringLiteral("bad_keystore"));
        QCOMPARE(inspectBytes(f).error().code, QStringLiteral("bad_keystore"));
    }

    void limitIsHonoured()
    {
        const QByteArray f = sample(); // 1 pass, 8 MiB
        QCOMPARE(readBytes(f, secret("pw"), Params{1, quint64(1) << 20}).error().code,
                 QStringLiteral("bad_keystore"));
        QVERIFY(readBytes(f, secret("pw"), fastParams()).ok());
    }

    // Any changed byte in the ciphertext (or its nonce) after a correct password is "tampered".
    void tamperedCiphertext()
    {
        const QByteArray full = sample();
        for (qsizetype i = kOffDataNonce; i < full.size(); ++i) {
            if (i >= kOffLength && i < kPrefixSize)
                continue; // the length field: see tamperedHeader
            QByteArray f = full;
            f[i] = char(f[i] ^ 0x01);
            auto r = readBytes(f, secret("pw"));
            QVERIFY2(!r.ok() && r.error().code == QLatin1String("tampered"),
                     qPrintable(QStringLiteral("byte %1").arg(i)));
        }
        const QString file = path(QStringLiteral("tampered.fbks"));
        QByteArray f = full;
        f[f.size() - 20] = char(f[f.size() - 20] ^ 0x80);
        QVERIFY(writeAll(file, f));
        auto r = read(file, secret("pw"));
        QCOMPARE(r.error().code, QStringLiteral("tampered"));
        QVERIFY(r.error().message.contains(QLatin1String("tampered")));
        // Changing the password of a tampered file is refused and leaves it as it was.
        QCOMPARE(changePassword(file, secret("pw"), secret("new"), fastParams()).error().code,
                 QStringLiteral("tampered"));
        QCOMPARE(readAll(file), f);
    }

    // A changed header byte: format fields give bad_keystore; everything the key wrap
    // authenticates (parameters, salt, nonce, wrapped key) gives wrong_password, since the AEAD
    // cannot tell a changed header from a wrong password; the length field gives bad_keystore.
    void tamperedHeader()
    {
        const QByteArray full = sample();
        for (qsizetype i = 0; i < kOffDataNonce; ++i) {
            QByteArray f = full;
            f[i] = char(f[i] ^ 0x01);
            auto r = readBytes(f, secret("pw"));
            QVERIFY(!r.ok());
            const QString code = r.error().code;
            const QString where = QStringLiteral("byte %1: %2").arg(i).arg(code);
            if (i < 7) // magic, version, KDF id
                QVERIFY2(code == QLatin1String("bad_keystore"), qPrintable(where));
            else if (i < kHeaderSize)
                QVERIFY2(code == QLatin1String("bad_keystore") ||
                             code == QLatin1String("wrong_password"),
                         qPrintable(where));
            else // the wrapped key
                QVERIFY2(i >= kOffWrapped && code == QLatin1String("wrong_password"),
                         qPrintable(where));
        }
        for (qsizetype i = kOffLength; i < kPrefixSize; ++i) {
            QByteArray f = full;
            f[i] = char(f[i] ^ 0x01);
            QCOMPARE(readBytes(f, secret("pw")).error().code, QStringLiteral("bad_keystore"));
        }
        // Salt and wrap nonce: always wrong_password.
        for (qsizetype i = 23; i < kHeaderSize; ++i) {
            QByteArray f = full;
            f[i] = char(f[i] ^ 0x40);
            QCOMPARE(readBytes(f, secret("pw")).error().code, QStringLiteral("wrong_password"));
        }
    }

    void neverPlaintext()
    {
        const QString file = path(QStringLiteral("plain.fbks"));
        const QByteArray passphrase("my very secret passphrase");
        const QString label = QStringLiteral("Savings label");
        QVERIFY(
            write(file, bip39Secrets(kSep5, passphrase, label), secret("pw"), fastParams()).ok());
        const QByteArray f = readAll(file);
        QVERIFY(f.startsWith("FBKS"));
        QVERIFY(!f.contains("illness"));
        QVERIFY(!f.contains("spike"));
        QVERIFY(!f.contains("toe"));
        QVERIFY(!f.contains(passphrase));
        QVERIFY(!f.contains(label.toUtf8()));
        QVERIFY(!f.contains("pw"));

        const QByteArray raw =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        Secrets s;
        s.kind = kKindStellarSeed;
        s.seed = secret(raw);
        QVERIFY(write(file, s, secret("pw"), fastParams()).ok());
        const QByteArray g = readAll(file);
        QVERIFY(!g.contains(raw.first(8)));
        QVERIFY(!g.contains(raw.last(8)));
        // Two writes of the same secrets differ entirely (fresh salt, key and nonces).
        QVERIFY(write(file, s, secret("pw"), fastParams()).ok());
        QVERIFY(readAll(file) != g);
    }

    void passwordChange()
    {
        const QString file = path(QStringLiteral("change.fbks"));
        const Secrets s = bip39Secrets(kAbandon, "pp", QStringLiteral("change"));
        QVERIFY(write(file, s, secret("old"), fastParams()).ok());
        const QByteArray before = readAll(file);
        const qint64 created = read(file, secret("old"))->created;

        // A wrong old password changes nothing.
        QCOMPARE(changePassword(file, secret("bad"), secret("new"), fastParams()).error().code,
                 QStringLiteral("wrong_password"));
        QCOMPARE(readAll(file), before);
        // An empty new password is refused.
        QCOMPARE(changePassword(file, secret("old"), SecretBytes(), fastParams()).error().code,
                 QStringLiteral("bad_password"));
        QCOMPARE(readAll(file), before);

        const Params p{2, quint64(9) << 20};
        QVERIFY(changePassword(file, secret("old"), secret("new"), p).ok());
        QCOMPARE(read(file, secret("old")).error().code, QStringLiteral("wrong_password"));
        auto back = read(file, secret("new"));
        QVERIFY(back.ok());
        QVERIFY(same(*back, s));
        QCOMPARE(back->created, created);
        QCOMPARE(*inspect(file), p);
        const QByteArray after = readAll(file);
        QVERIFY(after != before);
        QCOMPARE(after.mid(23, 16) == before.mid(23, 16), false); // new salt

        // The old file (a backup made before the change) still opens with the old password.
        QVERIFY(readBytes(before, secret("old")).ok());
    }

    void accountKeys()
    {
        const Secrets s = bip39Secrets(kSep5, {}, {});
        auto k0 = accountKey(s, QStringLiteral("stellar"), 0);
        QVERIFY(k0.ok());
        QCOMPARE(k0->size(), std::size_t(32));
        // SEP-0005 test 1, account 0.
        QCOMPARE(strkey::encodeSeed(*k0),
                 QStringLiteral("SBGWSG6BTNCKCOB3DIFBGCVMUPQFYPA2G4O34RMTB343OYPXU5DJDVMN"));
        QCOMPARE(strkey::accountId(slip10::ed25519PublicKey(*k0)),
                 QStringLiteral("GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6"));

        auto seed = bip39Seed(s);
        QVERIFY(seed.ok());
        QCOMPARE(seed->size(), std::size_t(64));
        auto a3 = accountKey(s, QStringLiteral("algorand"), 3);
        auto expected = algorand::accountSeedFromBip39(*seed, 3);
        QVERIFY(a3.ok() && expected.ok());
        QVERIFY(*a3 == *expected);
        QVERIFY(!(*a3 == *accountKey(s, QStringLiteral("stellar"), 3)));

        // The passphrase takes part.
        const Secrets withPass = bip39Secrets(kSep5, "x", {});
        QVERIFY(!(*accountKey(withPass, QStringLiteral("stellar"), 0) == *k0));

        QCOMPARE(accountKey(s, QStringLiteral("bitcoin"), 0).error().code,
                 QStringLiteral("unsupported_chain"));
        QCOMPARE(accountKey(s, QStringLiteral("stellar"), 0x80000000u).error().code,
                 QStringLiteral("bad_index"));
    }

    void singleKeyAccounts()
    {
        const Secrets st = seedSecrets(kKindStellarSeed, '\x11', {});
        auto k = accountKey(st, QStringLiteral("stellar"), 0);
        QVERIFY(k.ok());
        QCOMPARE(bytes(*k), QByteArray(32, '\x11'));
        QCOMPARE(accountKey(st, QStringLiteral("stellar"), 1).error().code,
                 QStringLiteral("not_supported"));
        QCOMPARE(accountKey(st, QStringLiteral("algorand"), 0).error().code,
                 QStringLiteral("not_supported"));
        QCOMPARE(bip39Seed(st).error().code, QStringLiteral("not_supported"));

        const Secrets al = seedSecrets(kKindAlgorandSeed, '\x22', {});
        QCOMPARE(bytes(*accountKey(al, QStringLiteral("algorand"), 0)), QByteArray(32, '\x22'));
        QCOMPARE(accountKey(al, QStringLiteral("algorand"), 2).error().code,
                 QStringLiteral("not_supported"));
        QCOMPARE(accountKey(al, QStringLiteral("stellar"), 0).error().code,
                 QStringLiteral("not_supported"));
        QCOMPARE(bip39Seed(al).error().code, QStringLiteral("not_supported"));
    }

    // create() never replaces a keystore, even one that appears while it runs Argon2 (the
    // window in which a check-then-write lost 13 races out of 30).
    void createNeverOverwrites()
    {
        const QString file = path(QStringLiteral("exclusive.fbks"));
        const Secrets mine = seedSecrets(kKindStellarSeed, 7, QStringLiteral("mine"));
        QVERIFY(create(file, mine, secret("pw"), fastParams()).ok());
        QCOMPARE(read(file, secret("pw"))->label, QStringLiteral("mine"));
        const QByteArray before = fileBytes(file);
        const Status again =
            create(file, seedSecrets(kKindStellarSeed, 8, {}), secret("pw"), fastParams());
        QCOMPARE(again.error().code, QStringLiteral("already_exists"));
        QCOMPARE(fileBytes(file), before);

        // Another writer creates the file while create() is deriving its key.
        for (int round = 0; round < 3; ++round) {
            const QString raced = path(QStringLiteral("raced%1.fbks").arg(round));
            std::atomic<bool> started{false};
            Status result = success();
            std::thread creator([&] {
                started = true;
                result = create(raced, mine, secret("pw"), defaultParams()); // ~1 s of Argon2
            });
            while (!started)
                std::this_thread::yield();
            const int fd = ::open(QFile::encodeName(raced).constData(),
                                  O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            const bool intruderWon = fd >= 0;
            if (fd >= 0) {
                QCOMPARE(::write(fd, "intruder", 8), ssize_t(8));
                ::close(fd);
            }
            creator.join();
            if (intruderWon) {
                QCOMPARE(result.error().code, QStringLiteral("already_exists"));
                QCOMPARE(fileBytes(raced), QByteArray("intruder"));
            } else {
                QVERIFY(result.ok());
                QCOMPARE(read(raced, secret("pw"))->label, QStringLiteral("mine"));
            }
            // No temporary is left beside it.
            QCOMPARE(QDir(m_dir.path())
                         .entryList({QStringLiteral("raced%1.fbks.*").arg(round)}, QDir::Files)
                         .size(),
                     0);
        }
    }

    // A kill between link and unlink, or mid-write, leaves a temporary: the next start (or
    // write) removes it, and nothing else.
    void staleTemporariesAreRemoved()
    {
        const QString file = path(QStringLiteral("tidy.fbks"));
        QVERIFY(
            create(file, seedSecrets(kKindStellarSeed, 9, {}), secret("pw"), fastParams()).ok());
        const QString linked = file + QStringLiteral(".AbC123");
        QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(linked).constData()),
                 0);
        const QString old = file + QStringLiteral(".XyZ789");
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a keystore");
            f.flush();
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                  QFileDevice::FileModificationTime));
        }
        const QString fresh = file + QStringLiteral(".New456"); // a writer still at work
        {
            QFile f(fresh);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QString unrelated = file + QStringLiteral(".backup");
        QVERIFY(QFile::copy(file, unrelated));
        removeStaleTemporaries(file);
        QVERIFY(!QFile::exists(linked));
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(fresh));
        QVERIFY(QFile::exists(unrelated));
        QVERIFY(read(file, secret("pw")).ok());
    }

    // A writer that alternates contents and passwords is killed with SIGKILL at random
    // instants; every time, the keystore must open with one of the two passwords and hold one
    // of the two wallets.
    void killDuringWrite()
    {
        const QString file = path(QStringLiteral("killed.fbks"));
        const SecretBytes one = secret("password one");
        const SecretBytes two = secret("password two");
        const Secrets a = bip39Secrets(kAbandon, "extra", QStringLiteral("A"));
        const Secrets b = seedSecrets(kKindStellarSeed, '\x42', QStringLiteral("B"));
        QVERIFY(write(file, a, one, fastParams()).ok());

        QElapsedTimer clock;
        clock.start();
        int kills = 0;
        QSet<QString> seen;
        for (int round = 0; round < 30; ++round) {
            QProcess writer;
            writer.setProgram(QStringLiteral(KEYSTORE_WRITER));
            writer.setArguments({file});
            writer.start();
            QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
            QVERIFY(writer.waitForReadyRead(5000));
            QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
            QTest::qSleep(int(QRandomGenerator::global()->bounded(1, 120)));
            if (writer.state() == QProcess::Running) {
                writer.kill(); // SIGKILL
                ++kills;
            }
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            auto r = read(file, one);
            QString which = QStringLiteral("one");
            if (!r.ok()) {
                QCOMPARE(r.error().code, QStringLiteral("wrong_password"));
                r = read(file, two);
                which = QStringLiteral("two");
            }
            QVERIFY2(r.ok(), qPrintable(QStringLiteral("round %1: %2")
                                            .arg(round)
                                            .arg(r.ok() ? QString() : r.error().message)));
            QVERIFY(same(*r, a) || same(*r, b));
            seen.insert(r->label + which);
        }
        QCOMPARE(kills, 30);
        QVERIFY2(clock.elapsed() < 60000, "the kill test took too long");
        // Some variety proves the kills landed in different phases of the loop.
        QVERIFY(seen.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(KeystoreTest)
#include "tst_keystore.moc"
