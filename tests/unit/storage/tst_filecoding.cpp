// Client-side encryption and Reed–Solomon coding: round trips, losing any m shards, corrupted
// shards detected and routed around, tampered and truncated ciphertext refused, manifests.
#include "storage/erasure.h"
#include "storage/filecrypto.h"
#include "storage/s3client.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

using namespace fb;
using namespace fb::storage;

namespace {
bool writeRandom(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator rng(seed);
    QByteArray b(int(size), Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        b[i] = char(rng.bounded(256));
    return f.write(b) == size;
}
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
void flipByte(const QString &path, qint64 at)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(at));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(at));
    QVERIFY(f.putChar(char(c ^ 0x5a)));
}
SecretBytes master()
{
    initSodium();
    return SecretBytes::fromBytes(QByteArray(64, '\x42'));
}
} // namespace

class tst_FileCoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyDerivation();
    void encryptRoundTrip_data();
    void encryptRoundTrip();
    void tamperedOrTruncatedIsRefused();
    void streamDecryptorPieces_data();
    void streamDecryptorPieces();
    void streamDecryptorRefuses();
    void rsLoseAnyM_data();
    void rsLoseAnyM();
    void fileCodingLoseShardsAndCorruption();
    void tooFewShardsFails();
    void manifestJson();
    void onePassPipeline_data();
    void onePassPipeline();
    void streamLayout_data();
    void streamLayout();
    void singleBlockPartsHashOnce();
    void partMemoryBudget();

private:
    QTemporaryDir m_dir;
    QString p(const QString &n) { return m_dir.filePath(n); }
};

void tst_FileCoding::keyDerivation()
{
    const QByteArray s1 = randomSalt(), s2 = randomSalt();
    QCOMPARE(s1.size(), kSaltBytes);
    QVERIFY(s1 != s2);
    QVERIFY(deriveFileKey(master(), s1) == deriveFileKey(master(), s1));
    QVERIFY(!(deriveFileKey(master(), s1) == deriveFileKey(master(), s2)));
    QCOMPARE(deriveFileKey(master(), s1).size(), size_t(32));
}

void tst_FileCoding::encryptRoundTrip_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("chunk");
    QTest::newRow("empty") << qint64(0) << 1024;
    QTest::newRow("1 byte") << qint64(1) << 1024;
    QTest::newRow("exact chunks") << qint64(4096) << 1024;
    QTest::newRow("odd") << qint64(5000) << 1024;
    QTest::newRow("default chunk") << qint64(3 * 1024 * 1024 + 7) << kDefaultChunk;
}

void tst_FileCoding::encryptRoundTrip()
{
    QFETCH(qint64, size);
    QFETCH(int, chunk);
    QVERIFY(writeRandom(p(QStringLiteral("plain")), size, quint32(size)));
    const SecretBytes key = deriveFileKey(master(), randomSalt());
    QVERIFY(encryptFile(p(QStringLiteral("plain")), p(QStringLiteral("enc")), key, chunk).ok());
    QCOMPARE(QFile(p(QStringLiteral("enc"))).size(), encryptedSize(size, chunk));
    QVERIFY(decryptFile(p(QStringLiteral("enc")), p(QStringLiteral("dec")), key, chunk).ok());
    QCOMPARE(readAll(p(QStringLiteral("dec"))), readAll(p(QStringLiteral("plain"))));
}

void tst_FileCoding::tamperedOrTruncatedIsRefused()
{
    QVERIFY(writeRandom(p(QStringLiteral("t")), 5000, 9));
    const SecretBytes key = deriveFileKey(master(), randomSalt());
    QVERIFY(encryptFile(p(QStringLiteral("t")), p(QStringLiteral("t.enc")), key, 1024).ok());
    const QByteArray good = readAll(p(QStringLiteral("t.enc")));

    flipByte(p(QStringLiteral("t.enc")), 3000);
    auto s = decryptFile(p(QStringLiteral("t.enc")), p(QStringLiteral("t.out")), key, 1024);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("bad_checksum"));
    QVERIFY(!QFile::exists(p(QStringLiteral("t.out"))));
    QVERIFY(!QFile::exists(p(QStringLiteral("t.out.part"))));

    // Truncated at a chunk boundary: no FINAL tag.
    QFile f(p(QStringLiteral("t.enc")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(good.left(24 + 2 * (1024 + 17)));
    f.close();
    s = decryptFile(p(QStringLiteral("t.enc")), p(QStringLiteral("t.out")), key, 1024);
    QVERIFY(!s.ok());
    QVERIFY(!QFile::exists(p(QStringLiteral("t.out"))));

    // Wrong key.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(good);
    f.close();
    s = decryptFile(p(QStringLiteral("t.enc")), p(QStringLiteral("t.out")),
                    deriveFileKey(master(), randomSalt()), 1024);
    QVERIFY(!s.ok());
}

void tst_FileCoding::streamDecryptorPieces_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("piece");
    QTest::newRow("empty, whole") << qint64(0) << (1 << 20);
    QTest::newRow("5000 B, 1-byte pieces") << qint64(5000) << 1;
    QTest::newRow("5000 B, 7-byte pieces") << qint64(5000) << 7;
    QTest::newRow("5000 B, chunk + tag pieces") << qint64(5000) << 1024 + 17;
    QTest::newRow("exact chunks, 100-byte pieces") << qint64(4 * 1024) << 100;
    QTest::newRow("exact chunks, one piece") << qint64(4 * 1024) << (1 << 20);
}

// Ciphertext handed over in any pieces decrypts to the plaintext, as decryptFile() does.
void tst_FileCoding::streamDecryptorPieces()
{
    QFETCH(qint64, size);
    QFETCH(int, piece);
    const QString plain = p(QStringLiteral("sd-plain"));
    QVERIFY(writeRandom(plain, size, quint32(size + piece)));
    const SecretBytes key = deriveFileKey(master(), randomSalt());
    QVERIFY(encryptFile(plain, p(QStringLiteral("sd.enc")), key, 1024).ok());
    const QByteArray cipher = readAll(p(QStringLiteral("sd.enc")));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    StreamDecryptor dec(key, 1024, out);
    for (qsizetype at = 0; at < cipher.size(); at += piece)
        QVERIFY(dec.write(cipher.constData() + at, std::min<qsizetype>(piece, cipher.size() - at))
                    .ok());
    QVERIFY(dec.finish().ok());
    QCOMPARE(out.data(), readAll(plain));
}

// A tampered, truncated or overlong stream, or the wrong key, is an error.
void tst_FileCoding::streamDecryptorRefuses()
{
    QVERIFY(writeRandom(p(QStringLiteral("sr")), 5000, 5));
    const SecretBytes key = deriveFileKey(master(), randomSalt());
    QVERIFY(encryptFile(p(QStringLiteral("sr")), p(QStringLiteral("sr.enc")), key, 1024).ok());
    const QByteArray good = readAll(p(QStringLiteral("sr.enc")));
    auto run = [&](const QByteArray &cipher, const SecretBytes &k) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        StreamDecryptor dec(k, 1024, out);
        Status s = dec.write(cipher.constData(), cipher.size());
        return s.ok() ? dec.finish() : s;
    };
    QVERIFY(run(good, key).ok());
    QByteArray tampered = good;
    tampered[3000] = char(tampered[3000] ^ 1);
    QCOMPARE(run(tampered, key).error().code, QStringLiteral("bad_checksum"));
    QVERIFY(!run(good.left(24 + 2 * (1024 + 17)), key).ok()); // no FINAL tag
    QVERIFY(!run(good.left(good.size() - 1), key).ok());
    QVERIFY(!run(good.left(10), key).ok()); // not even a header
    QVERIFY(!run(good + QByteArray("x"), key).ok());
    QVERIFY(!run(good, deriveFileKey(master(), randomSalt())).ok());
}

void tst_FileCoding::rsLoseAnyM_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("m");
    QTest::newRow("4+2") << 4 << 2;
    QTest::newRow("2+1") << 2 << 1;
    QTest::newRow("6+3") << 6 << 3;
    QTest::newRow("3+0") << 3 << 0;
}

void tst_FileCoding::rsLoseAnyM()
{
    QFETCH(int, k);
    QFETCH(int, m);
    const int n = k + m, len = 4096;
    const ReedSolomon rs(k, m);
    std::vector<std::vector<unsigned char>> orig(static_cast<size_t>(n),
                                                 std::vector<unsigned char>(len));
    QRandomGenerator rng(42);
    for (int i = 0; i < k; ++i)
        for (auto &b : orig[size_t(i)])
            b = static_cast<unsigned char>(rng.bounded(256));
    std::vector<unsigned char *> ptr;
    for (auto &v : orig)
        ptr.push_back(v.data());
    rs.encode(ptr.data(), ptr.data() + k, len);
    // Every subset of exactly m lost shards.
    int combos = 0;
    for (int mask = 0; mask < (1 << n); ++mask) {
        if (__builtin_popcount(unsigned(mask)) != m)
            continue;
        ++combos;
        auto work = orig;
        std::vector<unsigned char *> wp;
        std::vector<bool> present(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            wp.push_back(work[size_t(i)].data());
            present[size_t(i)] = !(mask & (1 << i));
            if (!present[size_t(i)])
                std::fill(work[size_t(i)].begin(), work[size_t(i)].end(), 0);
        }
        QVERIFY(rs.reconstruct(wp.data(), present, len));
        for (int i = 0; i < n; ++i)
            QVERIFY2(work[size_t(i)] == orig[size_t(i)],
                     qPrintable(QStringLiteral("mask %1 shard %2").arg(mask).arg(i)));
    }
    QVERIFY(combos > 0);
}

void tst_FileCoding::fileCodingLoseShardsAndCorruption()
{
    const qint64 size = 3 * 4 * 4096 + 1234; // 4 stripes of 4 x 4 KiB, the last partial
    QVERIFY(writeRandom(p(QStringLiteral("f")), size, 5));
    int stripes = 0;
    auto shards =
        encodeShards(p(QStringLiteral("f")), p(QStringLiteral("sh")), 4, 2, 4096, &stripes);
    QVERIFY(shards.ok());
    QCOMPARE(stripes, 4);
    Manifest mf;
    mf.k = 4;
    mf.m = 2;
    mf.blockSize = 4096;
    mf.stripes = stripes;
    mf.chunkSize = 1024;
    mf.shards = *shards;
    QStringList paths;
    for (int i = 0; i < 6; ++i)
        paths << p(QStringLiteral("sh/shard-%1").arg(i));
    const QByteArray want = readAll(p(QStringLiteral("f")));
    // Lose any two shards.
    for (int a = 0; a < 6; ++a) {
        for (int b = a + 1; b < 6; ++b) {
            QStringList pp = paths;
            pp[a].clear();
            pp[b].clear();
            QVERIFY(decodeShards(mf, pp, p(QStringLiteral("f.out")), size).ok());
            QCOMPARE(readAll(p(QStringLiteral("f.out"))), want);
        }
    }
    // One shard lost and another corrupted: detected by its block hash, still decodes.
    flipByte(paths[1], 4096 + 10);
    QStringList pp = paths;
    pp[4].clear();
    QList<int> corrupt;
    QVERIFY(decodeShards(mf, pp, p(QStringLiteral("f.out")), size, &corrupt).ok());
    QCOMPARE(corrupt, QList<int>{1});
    QCOMPARE(readAll(p(QStringLiteral("f.out"))), want);
    QVERIFY(!shardFileMatches(paths[1], mf, 1));
    QVERIFY(shardFileMatches(paths[0], mf, 0));
    QVERIFY(!shardFileMatches(paths[0], mf, 1)); // another shard's bytes

    // A version 1 manifest (written before shard hashes covered block hashes) still verifies
    // shards by the BLAKE2b of their bytes, and survives a JSON round trip.
    QVERIFY(!mf.toJson().contains(QStringLiteral("plainHash")));
    Manifest v1 = mf;
    v1.version = 1;
    v1.plainHash = blake2bFileHex(p(QStringLiteral("f")));
    for (int i = 0; i < 6; ++i)
        if (i != 1 && i != 4)
            v1.shards[i].hash = blake2bFileHex(paths[i]);
    auto back = Manifest::fromJson(v1.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->version, 1);
    QCOMPARE(back->plainHash, v1.plainHash);
    QVERIFY(shardFileMatches(paths[0], *back, 0));
    QVERIFY(!shardFileMatches(paths[0], *back, 2));
    QVERIFY(!shardFileMatches(paths[1], *back, 1));
    QJsonObject future = mf.toJson();
    future.insert(QStringLiteral("version"), 3);
    QVERIFY(!Manifest::fromJson(future).ok());
}

void tst_FileCoding::tooFewShardsFails()
{
    QVERIFY(writeRandom(p(QStringLiteral("g")), 10000, 6));
    int stripes = 0;
    auto shards =
        encodeShards(p(QStringLiteral("g")), p(QStringLiteral("gs")), 2, 1, 1024, &stripes);
    QVERIFY(shards.ok());
    Manifest mf;
    mf.k = 2;
    mf.m = 1;
    mf.blockSize = 1024;
    mf.stripes = stripes;
    mf.shards = *shards;
    const QStringList pp{p(QStringLiteral("gs/shard-0")), QString(), QString()};
    const auto s = decodeShards(mf, pp, p(QStringLiteral("g.out")), 10000);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("not_enough_shards"));
    QVERIFY(!QFile::exists(p(QStringLiteral("g.out"))));
}

void tst_FileCoding::manifestJson()
{
    Manifest mf;
    mf.fileId = QStringLiteral("f1");
    mf.name = QStringLiteral("Ünïcode name.txt");
    mf.size = 123456789012;
    mf.mtime = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    mf.salt = randomSalt();
    mf.chunkSize = kDefaultChunk;
    mf.encryptedSize = encryptedSize(mf.size);
    mf.k = 2;
    mf.m = 1;
    mf.blockSize = 1 << 20;
    mf.stripes = 3;
    mf.plainHash = blake2bHex("x");
    for (int i = 0; i < 3; ++i)
        mf.shards.append({i,
                          QStringLiteral("p%1").arg(i),
                          QStringLiteral("obj%1").arg(i),
                          3 << 20,
                          blake2bHex(QByteArray::number(i)),
                          {blake2bHex("a"), blake2bHex("b")},
                          {}});
    const QByteArray json = QJsonDocument(mf.toJson()).toJson();
    QVERIFY(!json.contains(mf.salt)); // stored base64, never raw
    auto back = Manifest::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(back.ok());
    QCOMPARE(back->toJson(), mf.toJson());
    QCOMPARE(back->shards[2].blockHashes.size(), 2);
    QJsonObject broken = mf.toJson();
    broken[QStringLiteral("k")] = 5;
    QVERIFY(!Manifest::fromJson(broken).ok());
}

QTEST_GUILESS_MAIN(tst_FileCoding)
void tst_FileCoding::onePassPipeline_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("bs");
    QTest::newRow("empty 2+1") << qint64(0) << 2 << 1 << 4096;
    QTest::newRow("1 byte 2+1") << qint64(1) << 2 << 1 << 4096;
    QTest::newRow("exact chunks 2+1") << qint64(8 * 1024) << 2 << 1 << 4096;
    QTest::newRow("many stripes 2+1") << qint64(100 * 1000 + 3) << 2 << 1 << 4096;
    QTest::newRow("many stripes 4+2") << qint64(100 * 1000 + 3) << 4 << 2 << 4096;
    QTest::newRow("no parity 3+0") << qint64(30 * 1000) << 3 << 0 << 4096;
    // Blocks of 256 KiB and more hash on several threads.
    QTest::newRow("parallel hashing 2+1") << qint64(1536 * 1024 + 5) << 2 << 1 << 256 * 1024;
}

void tst_FileCoding::streamLayout_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("blockParts");
    const qint64 mib = 1 << 20;
    QTest::newRow("1 MiB") << mib << false;
    QTest::newRow("40 MiB (10 MiB shards)") << 40 * mib << false;
    QTest::newRow("64 MiB + 1 (just over two parts)") << 64 * mib + 1 << true;
    QTest::newRow("100 MiB") << 100 * mib << true;
    QTest::newRow("1 GiB") << 1024 * mib << true;
    QTest::newRow("5 GiB + 7") << 5 * 1024 * mib + 7 << true;
}

// Large shards go up in single-block parts S3 accepts (5 MiB .. 8 MiB, the last stripe padding
// less than a part per shard); smaller ones keep small blocks, several per part.
void tst_FileCoding::streamLayout()
{
    QFETCH(qint64, size);
    QFETCH(bool, blockParts);
    const int k = 4;
    const qint64 part = 8 << 20;
    int bs = 0, stripes = 0, partStripes = 0;
    fb::storage::streamLayout(size, kDefaultChunk, k, part, &bs, &stripes, &partStripes);
    const qint64 enc = encryptedSize(size, kDefaultChunk);
    QVERIFY(qint64(stripes) * k * bs >= enc);
    QVERIFY(qint64(stripes - 1) * k * bs < enc); // no empty stripe
    QCOMPARE(partStripes == 1, blockParts);
    if (blockParts) {
        QVERIFY(bs >= 5 << 20);
        QVERIFY(bs <= part);
        QCOMPARE(bs % 64, 0);
        QVERIFY(stripes >= 2);
        QVERIFY((qint64(stripes) * k * bs - enc) / k < bs / 8); // little padding
    } else {
        QVERIFY(qint64(partStripes) * bs <= part);
    }
}

// Single-block parts (large shards): each part's SHA-256 is the block hash of the manifest,
// computed once, and equals the SHA-256 of the part's bytes.
void tst_FileCoding::singleBlockPartsHashOnce()
{
    const QString plain = p(QStringLiteral("sb-plain"));
    QVERIFY(writeRandom(plain, 3 * 64 * 1024 + 17, 99));
    const SecretBytes key = deriveFileKey(master(), randomSalt());
    EncodeHooks hooks;
    hooks.partStripes = 1;
    hooks.memoryParts = 2;
    QList<QList<QByteArray>> partBytes, partShas;
    hooks.onPartData = [&](int part, const QList<QByteArray> &bytes,
                           const QList<QByteArray> &shas) {
        QCOMPARE(part, partBytes.size());
        QList<QByteArray> copy;
        for (const QByteArray &b : bytes)
            copy.append(QByteArray(b.constData(), b.size())); // the pool reuses its buffers
        partBytes.append(copy);
        partShas.append(shas);
    };
    auto coded = encryptEncodeShards(plain, QString(), key, kDefaultChunk, 2, 1, 64 * 1024, hooks);
    QVERIFY2(coded.ok(), coded.ok() ? "" : qPrintable(coded.error().message));
    QCOMPARE(partBytes.size(), coded->stripes);
    QVERIFY(coded->stripes >= 2);
    for (int part = 0; part < coded->stripes; ++part) {
        for (int i = 0; i < 3; ++i) {
            const QByteArray want =
                QCryptographicHash::hash(partBytes[part][i], QCryptographicHash::Sha256).toHex();
            QCOMPARE(partShas[part][i], want);
            QCOMPARE(coded->shards[i].blockHashes[part], want);
            QCOMPARE(coded->partSha256[i][part], want);
        }
    }
}

// Part sets in memory stay within the engine's budget: past it an encoder reuses its own set,
// and an encoder always gets one (even when others hold the whole budget).
void tst_FileCoding::partMemoryBudget()
{
    const QString plain = p(QStringLiteral("mb-plain"));
    QVERIFY(writeRandom(plain, 5 * 64 * 1024 + 17, 77));
    const SecretBytes key = deriveFileKey(master(), randomSalt());
    const qint64 oneSet = 3 * 64 * 1024; // 2+1 shards, one 64 KiB block per part
    struct Run
    {
        QSet<const char *> sets; // part buffers seen
        qint64 maxInUse = 0;
        bool ok = false;
    };
    // Each part is held for 20 ms after it is handed over, as an upload still sending it.
    auto run = [&](std::atomic<qint64> *inUse, qint64 budget) {
        Run r;
        std::vector<std::thread> uploads;
        EncodeHooks hooks;
        hooks.partStripes = 1;
        hooks.memoryParts = 2;
        hooks.memoryInUse = inUse;
        hooks.memoryBudget = budget;
        hooks.onPartData = [&](int, const QList<QByteArray> &bytes, const QList<QByteArray> &) {
            r.sets.insert(bytes[0].constData());
            if (inUse)
                r.maxInUse = std::max(r.maxInUse, inUse->load());
            uploads.emplace_back([held = bytes]() mutable {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                held.clear();
            });
        };
        r.ok =
            encryptEncodeShards(plain, QString(), key, kDefaultChunk, 2, 1, 64 * 1024, hooks).ok();
        for (std::thread &t : uploads)
            t.join();
        return r;
    };
    // Without a budget the encoder codes the next part into its second set.
    Run free = run(nullptr, 0);
    QVERIFY(free.ok);
    QCOMPARE(free.sets.size(), 2);
    // A budget of one set: it waits for its one set to come back; the budget is given back.
    std::atomic<qint64> inUse{0};
    Run tight = run(&inUse, oneSet);
    QVERIFY(tight.ok);
    QCOMPARE(tight.sets.size(), 1);
    QCOMPARE(tight.maxInUse, oneSet);
    QCOMPARE(inUse.load(), 0);
    // Another encoder holds the whole budget: this one still gets its one set.
    inUse = 10 * oneSet;
    Run starved = run(&inUse, 10 * oneSet);
    QVERIFY(starved.ok);
    QCOMPARE(starved.sets.size(), 1);
    QCOMPARE(inUse.load(), 10 * oneSet);
    // Two sets' budget: both used.
    inUse = 0;
    Run two = run(&inUse, 2 * oneSet);
    QVERIFY(two.ok);
    QCOMPARE(two.sets.size(), 2);
    QCOMPARE(inUse.load(), 0);
}

// encryptEncodeShards() in one pass gives what encryptFile() + encodeShards() give in three:
// the shards decode and decrypt to the plaintext with any m lost, the whole-shard BLAKE2b and
// SHA-256 match the files, and re-encoding the decoded ciphertext gives the same shards.
void tst_FileCoding::onePassPipeline()
{
    QFETCH(qint64, size);
    QFETCH(int, k);
    QFETCH(int, m);
    QFETCH(int, bs);
    const int chunk = 1024;
    const QString plain = p(QStringLiteral("pp-plain"));
    QVERIFY(writeRandom(plain, size, quint32(size + 11)));
    const SecretBytes key = deriveFileKey(master(), randomSalt());
    auto coded = encryptEncodeShards(plain, p(QStringLiteral("pp")), key, chunk, k, m, bs);
    QVERIFY2(coded.ok(), coded.ok() ? "" : qPrintable(coded.error().message));
    QCOMPARE(coded->size, size);
    QCOMPARE(coded->encryptedSize, encryptedSize(size, chunk));
    QCOMPARE(coded->blockSize, bs);
    QCOMPARE(coded->stripes, int(std::max<qint64>(1, (coded->encryptedSize + qint64(k) * bs - 1) /
                                                         (qint64(k) * bs))));
    QCOMPARE(coded->shards.size(), k + m);
    QStringList paths;
    for (int i = 0; i < k + m; ++i) {
        const QString f = p(QStringLiteral("pp/shard-%1").arg(i));
        paths << f;
        const ShardInfo &s = coded->shards[i];
        QCOMPARE(QFileInfo(f).size(), s.size);
        QCOMPARE(s.blockHashes.size(), coded->stripes);
        QCOMPARE(s.hash, shardDigestHex(s.blockHashes)); // manifest version 2
        QCOMPARE(s.sha256, S3Client::sha256OfFile(f));
    }
    Manifest mf;
    mf.k = k;
    mf.m = m;
    mf.blockSize = bs;
    mf.stripes = coded->stripes;
    mf.chunkSize = chunk;
    mf.shards = coded->shards;
    QCOMPARE(mf.version, 2);
    for (int i = 0; i < k + m; ++i)
        QVERIFY(shardFileMatches(paths[i], mf, i));
    QStringList lossy = paths;
    for (int i = 0; i < m; ++i)
        lossy[i].clear(); // lose data shards: forces reconstruction
    const QString enc = p(QStringLiteral("pp-enc"));
    QVERIFY(decodeShards(mf, lossy, enc, coded->encryptedSize).ok());
    QVERIFY(decryptFile(enc, p(QStringLiteral("pp-dec")), key, chunk).ok());
    QCOMPARE(readAll(p(QStringLiteral("pp-dec"))), readAll(plain));
    int stripes = 0;
    auto again = encodeShards(enc, p(QStringLiteral("pp2")), k, m, bs, &stripes);
    QVERIFY(again.ok());
    QCOMPARE(stripes, coded->stripes);
    for (int i = 0; i < k + m; ++i) {
        QCOMPARE(again->at(i).hash, coded->shards[i].hash);
        QCOMPARE(again->at(i).blockHashes, coded->shards[i].blockHashes);
    }
}

#include "tst_filecoding.moc"
