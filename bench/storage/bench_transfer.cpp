// TransferEngine end to end against three local s3rver instances: upload + download of one file
// with encryption and 2+1 erasure coding, beside the raw S3Client put + get of the same bytes to
// one of the same servers (no encryption, no coding) as the floor. Usage: bench_transfer [MiB=64]
#include "s3harness.h"
#include "storage/backend.h"
#include "storage/filecrypto.h"
#include "storage/transferengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace fb;
using namespace fb::storage;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    initSodium();
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 64;
    QTemporaryDir dir;
    fbtest::S3rverProcess servers[3];
    std::vector<std::unique_ptr<S3Backend>> backends;
    TransferEngine engine;
    if (!engine
             .open(dir.filePath(QStringLiteral("journal.sqlite")),
                   dir.filePath(QStringLiteral("work")),
                   SecretBytes::fromBytes(QByteArray(32, '\x07')))
             .ok())
        return 1;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        QString error;
        if (!servers[i].start(&error)) {
            std::fprintf(stderr, "s3rver: %s\n", qPrintable(error));
            return 1;
        }
        ids.append(QStringLiteral("p%1").arg(i + 1));
        backends.push_back(
            std::make_unique<S3Backend>(ids.last(), servers[i].config(QStringLiteral("bench"))));
        std::unique_ptr<BackendOp> prep(backends.back()->prepare());
        if (!prep->waitForFinished(20000))
            return 1;
        engine.addBackend(backends.back().get());
    }
    const QString src = dir.filePath(QStringLiteral("src"));
    const QString out = dir.filePath(QStringLiteral("out"));
    if (!fbtest::makeFile(src, mib << 20, 1))
        return 1;
    QElapsedTimer t;
    t.start();
    // The floor: the same bytes, plain, with the raw client.
    S3Client *raw = backends[0]->client();
    std::unique_ptr<S3Reply> put(raw->putObject(QStringLiteral("raw/obj"), S3Body::fromFile(src)));
    if (!put->waitForFinished())
        return 1;
    const qint64 rawPut = t.restart();
    std::unique_ptr<S3Reply> get(raw->getObject(QStringLiteral("raw/obj"), out));
    if (!get->waitForFinished())
        return 1;
    const qint64 rawGet = t.restart();
    // The encoding phase ends with the first progress report (the shards are then known).
    qint64 encodeMs = -1;
    QElapsedTimer te;
    te.start();
    auto conn = QObject::connect(&engine, &TransferEngine::progress, &engine,
                                 [&](qint64, qint64, qint64 total) {
                                     if (encodeMs < 0 && total > 0)
                                         encodeMs = te.elapsed();
                                 });
    auto up = engine.upload(src, ids, 2, 1);
    if (!up.ok() || !engine.waitFor(up.value()))
        return 1;
    const qint64 engUp = t.restart();
    QObject::disconnect(conn);
    QFile::remove(out);
    auto down = engine.download(engine.info(up.value()).fileId, ids, out);
    if (!down.ok() || !engine.waitFor(down.value()))
        return 1;
    const qint64 engDown = t.restart();
    if (blake2bFileHex(out) != blake2bFileHex(src))
        return 1;
    auto mbs = [mib](qint64 ms) { return double(mib) * 1000.0 / double(std::max<qint64>(ms, 1)); };
    std::printf("| path | ms | MiB/s | ratio vs raw |\n|---|---|---|---|\n");
    std::printf("| raw S3Client put (plain, 1 server) | %lld | %.1f | 1.0x |\n",
                static_cast<long long>(rawPut), mbs(rawPut));
    std::printf("| raw S3Client get (plain, 1 server) | %lld | %.1f | 1.0x |\n",
                static_cast<long long>(rawGet), mbs(rawGet));
    std::printf("| engine upload (encrypt + 2+1 RS, 3 servers) | %lld | %.1f | %.2fx |\n",
                static_cast<long long>(engUp), mbs(engUp),
                double(engUp) / double(std::max<qint64>(rawPut, 1)));
    std::printf("| of which: encrypt + encode + hash (one pass) | %lld | %.1f | |\n",
                static_cast<long long>(encodeMs), mbs(encodeMs));
    std::printf("| of which: shard uploads + manifests | %lld | | |\n",
                static_cast<long long>(engUp - encodeMs));
    std::printf("| engine download (any 2 shards, decode, decrypt) | %lld | %.1f | %.2fx |\n",
                static_cast<long long>(engDown), mbs(engDown),
                double(engDown) / double(std::max<qint64>(rawGet, 1)));
    std::printf("| round trip | %lld vs %lld | | %.2fx |\n",
                static_cast<long long>(engUp + engDown), static_cast<long long>(rawPut + rawGet),
                double(engUp + engDown) / double(std::max<qint64>(rawPut + rawGet, 1)));
    return 0;
}
