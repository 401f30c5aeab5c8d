// storage_upload_helper: uploads one file through TransferEngine to s3rver instances, for the
// kill-and-resume test. Prints "transfer <id>" when started and "shard <i>" after each shard is
// stored, so the test can SIGKILL it mid-upload.
// With FB_HELPER_DOWNLOAD=<fileId> it downloads that file into FILE instead, at
// FB_HELPER_RATE bytes per second, and prints "written <bytes>" each time the journal records a
// segment written (the download's checkpoint), so the test can kill it mid-download.
// Usage: storage_upload_helper JOURNAL WORKDIR FILE MASTERHEX PORT1 PORT2 PORT3
#include "storage/backend.h"
#include "storage/transferengine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace fb;
using namespace fb::storage;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    initSodium();
    const QStringList args = app.arguments();
    if (args.size() != 8) {
        std::fprintf(stderr, "usage: JOURNAL WORKDIR FILE MASTERHEX PORT1 PORT2 PORT3\n");
        return 2;
    }
    std::vector<std::unique_ptr<S3Backend>> backends;
    TransferEngine engine;
    QByteArray master = QByteArray::fromHex(args[4].toLatin1());
    if (Status s = engine.open(args[1], args[2], SecretBytes::fromBytes(master)); !s.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    SecretBytes::wipe(master);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        S3Config c;
        c.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(args[5 + i]));
        c.bucket = QStringLiteral("shards");
        c.accessKeyId = QStringLiteral("S3RVER");
        c.secretAccessKey = SecretBytes::fromBytes("S3RVER");
        ids.append(QStringLiteral("p%1").arg(i + 1));
        backends.push_back(std::make_unique<S3Backend>(ids.last(), std::move(c)));
        engine.addBackend(backends.back().get());
    }
    engine.setConcurrency(1);
    QObject::connect(&engine, &TransferEngine::shardFinished, [](qint64, int index, bool ok) {
        if (ok) {
            std::printf("shard %d\n", index);
            std::fflush(stdout);
        }
    });
    const QString downloadId = qEnvironmentVariable("FB_HELPER_DOWNLOAD");
    if (!downloadId.isEmpty()) {
        engine.setConcurrency(2);
        engine.setBandwidthLimit(qEnvironmentVariableIntValue("FB_HELPER_RATE"));
        auto id = engine.download(downloadId, ids, args[3]);
        if (!id.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return 1;
        }
        const qint64 tid = id.value();
        qint64 written = 0;
        QObject::connect(&engine, &TransferEngine::progress, [&engine, &written, tid](qint64) {
            auto rec = engine.journal().transfer(tid);
            const qint64 plain = rec.ok() ? rec->extra.value(QStringLiteral("cp"))
                                                .toObject()
                                                .value(QStringLiteral("plain"))
                                                .toInteger(0)
                                          : 0;
            if (plain > written) {
                written = plain;
                std::printf("written %lld\n", static_cast<long long>(plain));
                std::fflush(stdout);
            }
        });
        return engine.waitFor(tid) ? 0 : 1;
    }
    auto id = engine.upload(args[3], ids, 2, 1);
    if (!id.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
        return 1;
    }
    std::printf("transfer %lld\n", static_cast<long long>(id.value()));
    std::fflush(stdout);
    return engine.waitFor(id.value()) ? 0 : 1;
}
