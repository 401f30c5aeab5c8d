// Throughput of the client-side pipeline on this CPU: secretstream encryption, ISA-L 4+2
// erasure coding (with BLAKE2b block hashes), against floors: file copy and OpenSSL SHA-256.
// Also, in memory: ISA-L alone, libsodium BLAKE2b alone, and the upload's one pass as the engine
// runs it for streamed shards (read, hash, encrypt, RS, block and part hashes, no shard files).
// Usage: bench_filecoding [MiB=256]
#include "storage/erasure.h"
#include "storage/filecrypto.h"
#include "storage/s3client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sodium.h>

#include <cstdio>
#include <vector>

using namespace fb;
using namespace fb::storage;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    initSodium();
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 256;
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain"));
    {
        QFile f(plain);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray b(1 << 20, Qt::Uninitialized);
        for (qint64 i = 0; i < mib; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()),
                                                  b.size() / 4);
            f.write(b);
        }
    }
    auto rate = [mib](qint64 ms) { return double(mib) * 1000.0 / double(std::max<qint64>(ms, 1)); };
    QElapsedTimer t;
    t.start();
    QFile::copy(plain, dir.filePath(QStringLiteral("copy")));
    const qint64 copyMs = t.restart();
    const QByteArray sha = S3Client::sha256OfFile(plain);
    const qint64 shaMs = t.restart();
    const SecretBytes key =
        deriveFileKey(SecretBytes::fromBytes(QByteArray(32, 'k')), randomSalt());
    if (!encryptFile(plain, dir.filePath(QStringLiteral("enc")), key).ok())
        return 1;
    const qint64 encMs = t.restart();
    int stripes = 0;
    if (!encodeShards(dir.filePath(QStringLiteral("enc")), dir.filePath(QStringLiteral("sh")), 4, 2,
                      1 << 20, &stripes)
             .ok())
        return 1;
    const qint64 ecMs = t.restart();
    // ISA-L alone: 4+2 over 1 MiB blocks, as many stripes as the file has 4 MiB.
    std::vector<unsigned char> stripe(size_t(6) << 20, 0x5a);
    std::vector<unsigned char *> ptr(6);
    for (size_t i = 0; i < 6; ++i)
        ptr[i] = stripe.data() + (i << 20);
    const ReedSolomon rs(4, 2);
    t.restart();
    for (qint64 i = 0; i < mib / 4; ++i)
        rs.encode(ptr.data(), ptr.data() + 4, 1 << 20);
    const qint64 isalMs = t.restart();
    unsigned char h[32];
    for (qint64 i = 0; i < mib; ++i)
        crypto_generichash(h, sizeof h, stripe.data() + ((i % 6) << 20), 1 << 20, nullptr, 0);
    const qint64 blakeMs = t.restart();
    EncodeHooks hooks;
    hooks.partStripes = 8;
    hooks.memoryParts = 2;
    hooks.onPartData = [](int, const QList<QByteArray> &, const QList<QByteArray> &) {};
    if (!encryptEncodeShards(plain, {}, key, kDefaultChunk, 4, 2, 0, hooks).ok())
        return 1;
    const qint64 onePassMs = t.restart();
    std::printf("size %lld MiB\n", mib);
    std::printf("file copy (floor)          %8.1f MiB/s\n", rate(copyMs));
    std::printf("SHA-256 OpenSSL (floor)    %8.1f MiB/s\n", rate(shaMs));
    std::printf("secretstream encrypt       %8.1f MiB/s\n", rate(encMs));
    std::printf("RS 4+2 encode + BLAKE2b    %8.1f MiB/s\n", rate(ecMs));
    std::printf("encrypt + RS 4+2 pipeline  %8.1f MiB/s\n", rate(encMs + ecMs));
    std::printf("ISA-L RS 4+2 encode only   %8.1f MiB/s (of data, in memory)\n", rate(isalMs));
    std::printf("BLAKE2b only (libsodium)   %8.1f MiB/s (in memory)\n", rate(blakeMs));
    std::printf("engine's one pass, memory  %8.1f MiB/s (of plaintext; 1.5x hashed)\n",
                rate(onePassMs));
    return sha.isEmpty() ? 1 : 0;
}
