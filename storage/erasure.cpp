#include "storage/erasure.h"

#include "storage/filecrypto.h"

#include <QCoreApplication>
#include <isa-l/erasure_code.h>
#include <openssl/evp.h>
#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <array>
#include <cstring>
#include <memory>

namespace fb::storage {

ReedSolomon::ReedSolomon(int k, int m)
    : m_k(k)
    , m_m(m)
    , m_matrix(size_t((k + m) * k))
    , m_tables(size_t(32 * k * std::max(m, 1)))
{
    gf_gen_cauchy1_matrix(m_matrix.data(), k + m, k);
    if (m > 0)
        ec_init_tables(k, m, m_matrix.data() + k * k, m_tables.data());
}

void ReedSolomon::encode(const unsigned char *const *data, unsigned char *const *parity,
                         int len) const
{
    if (m_m == 0)
        return;
    ec_encode_data(len, m_k, m_m, const_cast<unsigned char *>(m_tables.data()),
                   const_cast<unsigned char **>(data), const_cast<unsigned char **>(parity));
}

bool ReedSolomon::reconstruct(unsigned char *const *shards, const std::vector<bool> &present,
                              int len) const
{
    const int n = m_k + m_m;
    std::vector<int> rows;
    for (int i = 0; i < n && int(rows.size()) < m_k; ++i)
        if (present[size_t(i)])
            rows.push_back(i);
    if (int(rows.size()) < m_k)
        return false;
    std::vector<int> missingData;
    for (int i = 0; i < m_k; ++i)
        if (!present[size_t(i)])
            missingData.push_back(i);
    if (!missingData.empty()) {
        std::vector<unsigned char> b(size_t(m_k * m_k)), inv(size_t(m_k * m_k));
        for (int r = 0; r < m_k; ++r)
            for (int c = 0; c < m_k; ++c)
                b[size_t(r * m_k + c)] = m_matrix[size_t(rows[size_t(r)] * m_k + c)];
        if (gf_invert_matrix(b.data(), inv.data(), m_k) != 0)
            return false;
        const int nm = int(missingData.size());
        std::vector<unsigned char> decode(size_t(nm * m_k));
        for (int i = 0; i < nm; ++i)
            for (int c = 0; c < m_k; ++c)
                decode[size_t(i * m_k + c)] = inv[size_t(missingData[size_t(i)] * m_k + c)];
        std::vector<unsigned char> tables(size_t(32 * m_k * nm));
        ec_init_tables(m_k, nm, decode.data(), tables.data());
        std::vector<unsigned char *> src, dst;
        for (int r : rows)
            src.push_back(shards[r]);
        for (int i : missingData)
            dst.push_back(shards[i]);
        ec_encode_data(len, m_k, nm, tables.data(), src.data(), dst.data());
    }
    // Parity shards that were missing: encode again from the (now complete) data.
    bool parityMissing = false;
    for (int i = m_k; i < n; ++i)
        parityMissing |= !present[size_t(i)];
    if (parityMissing) {
        std::vector<std::vector<unsigned char>> tmp(
            static_cast<size_t>(m_m), std::vector<unsigned char>(static_cast<size_t>(len)));
        std::vector<unsigned char *> parity;
        for (auto &t : tmp)
            parity.push_back(t.data());
        encode(shards, parity.data(), len);
        for (int i = m_k; i < n; ++i)
            if (!present[size_t(i)])
                std::copy(tmp[size_t(i - m_k)].begin(), tmp[size_t(i - m_k)].end(), shards[i]);
    }
    return true;
}

// ---------------------------------------------------------------------------------- Manifest

QJsonObject Manifest::toJson() const
{
    QJsonArray shardArray;
    for (const ShardInfo &s : shards) {
        QJsonArray blocks;
        for (const QByteArray &h : s.blockHashes)
            blocks.append(QString::fromLatin1(h));
        shardArray.append(QJsonObject{{QStringLiteral("index"), s.index},
                                      {QStringLiteral("provider"), s.provider},
                                      {QStringLiteral("key"), s.objectKey},
                                      {QStringLiteral("size"), double(s.size)},
                                      {QStringLiteral("hash"), QString::fromLatin1(s.hash)},
                                      {QStringLiteral("blocks"), blocks}});
    }
    QJsonObject o{{QStringLiteral("version"), version},
                  {QStringLiteral("fileId"), fileId},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("size"), double(size)},
                  {QStringLiteral("mtime"), mtime.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                  {QStringLiteral("chunkSize"), chunkSize},
                  {QStringLiteral("encryptedSize"), double(encryptedSize)},
                  {QStringLiteral("k"), k},
                  {QStringLiteral("m"), m},
                  {QStringLiteral("blockSize"), blockSize},
                  {QStringLiteral("stripes"), stripes},
                  {QStringLiteral("shards"), shardArray}};
    if (!plainHash.isEmpty()) // version 1
        o.insert(QStringLiteral("plainHash"), QString::fromLatin1(plainHash));
    return o;
}

Result<Manifest> Manifest::fromJson(const QJsonObject &o)
{
    Manifest m;
    m.version = o.value(QStringLiteral("version")).toInt();
    if (m.version != 1 && m.version != 2)
        return Result<Manifest>::failure(
            QStringLiteral("bad_manifest"),
            QCoreApplication::translate("fb::storage::Errors", "Unknown manifest version %1")
                .arg(m.version));
    m.fileId = o.value(QStringLiteral("fileId")).toString();
    m.name = o.value(QStringLiteral("name")).toString();
    m.size = o.value(QStringLiteral("size")).toInteger(-1);
    m.mtime = QDateTime::fromString(o.value(QStringLiteral("mtime")).toString(), Qt::ISODateWithMs);
    m.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    m.chunkSize = o.value(QStringLiteral("chunkSize")).toInt();
    m.encryptedSize = o.value(QStringLiteral("encryptedSize")).toInteger(-1);
    m.k = o.value(QStringLiteral("k")).toInt();
    m.m = o.value(QStringLiteral("m")).toInt();
    m.blockSize = o.value(QStringLiteral("blockSize")).toInt();
    m.stripes = o.value(QStringLiteral("stripes")).toInt();
    m.plainHash = o.value(QStringLiteral("plainHash")).toString().toLatin1();
    for (const QJsonValue &v : o.value(QStringLiteral("shards")).toArray()) {
        const QJsonObject s = v.toObject();
        ShardInfo si;
        si.index = s.value(QStringLiteral("index")).toInt();
        si.provider = s.value(QStringLiteral("provider")).toString();
        si.objectKey = s.value(QStringLiteral("key")).toString();
        si.size = s.value(QStringLiteral("size")).toInteger(-1);
        if (si.size < 0)
            return Result<Manifest>::failure(QStringLiteral("bad_manifest"),
                                             QStringLiteral("A shard of the manifest has no size"));
        si.hash = s.value(QStringLiteral("hash")).toString().toLatin1();
        for (const QJsonValue &b : s.value(QStringLiteral("blocks")).toArray())
            si.blockHashes.append(b.toString().toLatin1());
        m.shards.append(si);
    }
    if (m.size < 0 || m.encryptedSize < 0 || m.k < 1 || m.m < 0 || m.k + m.m > 255 ||
        m.blockSize <= 0 || m.shards.size() != m.k + m.m || m.chunkSize <= 0)
        return Result<Manifest>::failure(
            QStringLiteral("bad_manifest"),
            QCoreApplication::translate("fb::storage::Errors",
                                        "The file manifest is inconsistent"));
    return m;
}

// ------------------------------------------------------------------------------ file coding

Result<QList<ShardInfo>> encodeShards(const QString &in, const QString &dir, int k, int m,
                                      int blockSize, int *stripesOut, int version)
{
    using R = Result<QList<ShardInfo>>;
    QFile src(in);
    if (!src.open(QIODevice::ReadOnly))
        return R::failure(
            QStringLiteral("io"),
            QCoreApplication::translate("fb::storage::Errors", "Cannot read %1").arg(in));
    const qint64 total = src.size();
    const qint64 stripeBytes = qint64(k) * blockSize;
    const int stripes = int(std::max<qint64>(1, (total + stripeBytes - 1) / stripeBytes));
    const int n = k + m;
    QDir().mkpath(dir);
    std::vector<std::unique_ptr<QFile>> outs;
    QList<ShardInfo> shards;
    for (int i = 0; i < n; ++i) {
        auto f = std::make_unique<QFile>(QDir(dir).filePath(QStringLiteral("shard-%1").arg(i)));
        if (!f->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return R::failure(QStringLiteral("io"),
                              QCoreApplication::translate("fb::storage::Errors", "Cannot write %1")
                                  .arg(f->fileName()));
        outs.push_back(std::move(f));
        ShardInfo s;
        s.index = i;
        s.size = qint64(stripes) * blockSize;
        shards.append(s);
    }
    const ReedSolomon rs(k, m);
    std::vector<unsigned char> buf(size_t(n) * size_t(blockSize));
    std::vector<unsigned char *> ptr(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        ptr[size_t(i)] = buf.data() + size_t(i) * size_t(blockSize);
    for (int s = 0; s < stripes; ++s) {
        std::fill(buf.begin(), buf.begin() + qsizetype(stripeBytes), 0);
        const qint64 got = src.read(reinterpret_cast<char *>(buf.data()), stripeBytes);
        if (got < 0)
            return R::failure(
                QStringLiteral("io"),
                QCoreApplication::translate("fb::storage::Errors", "Cannot read %1").arg(in));
        rs.encode(ptr.data(), ptr.data() + k, blockSize);
        for (int i = 0; i < n; ++i) {
            const QByteArrayView block(reinterpret_cast<const char *>(ptr[size_t(i)]), blockSize);
            shards[i].blockHashes.append(blockHashHex(version, block));
            if (outs[size_t(i)]->write(block.data(), blockSize) != blockSize)
                return R::failure(QStringLiteral("io"),
                                  QCoreApplication::translate("fb::storage::Errors",
                                                              "Cannot write shards (disk full?)"));
        }
    }
    for (int i = 0; i < n; ++i) {
        outs[size_t(i)]->close();
        shards[i].hash = version < 2 ? blake2bFileHex(outs[size_t(i)]->fileName())
                                     : shardDigestHex(shards[i].blockHashes);
    }
    if (stripesOut)
        *stripesOut = stripes;
    return shards;
}

int blockSizeFor(qint64 encSize, int k)
{
    const qint64 perShard = (encSize + k - 1) / k;
    const qint64 rounded = (perShard + 63) / 64 * 64;
    return int(std::clamp<qint64>(rounded, 4096, 1 << 20));
}

namespace {
constexpr int kParallelHashBlock = 256 * 1024;

QByteArray hexOf(const unsigned char *bytes, size_t n)
{
    return QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(n)).toHex();
}

struct EvpDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
} // namespace

Result<EncodedFile> encryptEncodeShards(const QString &in, const QString &dir,
                                        const SecretBytes &key, int chunk, int k, int m,
                                        int blockSize, const EncodeHooks &hooks)
{
    using R = Result<EncodedFile>;
    constexpr qint64 kHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    constexpr qint64 kTag = crypto_secretstream_xchacha20poly1305_ABYTES;
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return R::failure(
            QStringLiteral("bad_key"),
            QCoreApplication::translate("fb::storage::Errors", "The file key has the wrong size"));
    if (k < 1 || m < 0 || k + m > 255 || chunk <= 0)
        return R::failure(QStringLiteral("bad_scheme"),
                          QCoreApplication::translate("fb::storage::Errors", "Bad erasure scheme"));
    QFile src(in);
    if (!src.open(QIODevice::ReadOnly))
        return R::failure(
            QStringLiteral("io"),
            QCoreApplication::translate("fb::storage::Errors", "Cannot read %1").arg(in));
    const qint64 total = src.size();
    EncodedFile ef;
    ef.encryptedSize = encryptedSize(total, chunk);
    ef.blockSize = blockSize > 0 ? blockSize : blockSizeFor(ef.encryptedSize, k);
    const int bs = ef.blockSize;
    const qint64 stripeBytes = qint64(k) * bs;
    ef.stripes = int(std::max<qint64>(1, (ef.encryptedSize + stripeBytes - 1) / stripeBytes));
    const int n = k + m;

    const bool inMemory = hooks.memoryParts > 0 && hooks.partStripes > 0;
    if (!hooks.header.isEmpty() && hooks.header.size() != kHeader)
        return R::failure(QStringLiteral("bad_key"),
                          QCoreApplication::translate("fb::storage::Errors",
                                                      "The stream header has the wrong size"));
    std::vector<std::unique_ptr<QFile>> outs;
    if (!inMemory)
        QDir().mkpath(dir);
    std::vector<std::unique_ptr<EVP_MD_CTX, EvpDeleter>> shardSha;
    for (int i = 0; i < n; ++i) {
        if (!inMemory) {
            auto f = std::make_unique<QFile>(QDir(dir).filePath(QStringLiteral("shard-%1").arg(i)));
            if (!f->open(QIODevice::WriteOnly | QIODevice::Truncate))
                return R::failure(
                    QStringLiteral("io"),
                    QCoreApplication::translate("fb::storage::Errors", "Cannot write %1")
                        .arg(f->fileName()));
            outs.push_back(std::move(f));
        }
        shardSha.emplace_back(EVP_MD_CTX_new());
        if (!shardSha.back() ||
            EVP_DigestInit_ex(shardSha.back().get(), EVP_sha256(), nullptr) != 1)
            return R::failure(
                QStringLiteral("crypto"),
                QCoreApplication::translate("fb::storage::Errors", "SHA-256 unavailable"));
        ShardInfo s;
        s.index = i;
        s.size = qint64(ef.stripes) * bs;
        s.blockHashes.reserve(ef.stripes);
        ef.shards.append(s);
    }

    const ReedSolomon rs(k, m);
    // ptr[i]: where block i of the current stripe is coded (the stripe buffer, or the current
    // part's buffer of shard i in memory).
    std::vector<unsigned char> stripe(inMemory ? 0 : size_t(n) * size_t(bs));
    std::vector<unsigned char *> ptr(static_cast<size_t>(n));
    for (int i = 0; !inMemory && i < n; ++i)
        ptr[size_t(i)] = stripe.data() + size_t(i) * size_t(bs);
    std::vector<QList<QByteArray>> pool(static_cast<size_t>(std::max(hooks.memoryParts, 0)));
    QList<QByteArray> *partSet = nullptr;
    qint64 allocated = 0; // bytes of this encoder's sets, counted in hooks.memoryInUse
    const auto releaseBudget = qScopeGuard([&] {
        if (hooks.memoryInUse)
            hooks.memoryInUse->fetch_sub(allocated);
    });
    // In memory: takes a buffer set nobody else holds for the part starting at stripesDone.
    auto beginPart = [&](int firstStripe) -> bool {
        const qint64 len = qint64(std::min(hooks.partStripes, ef.stripes - firstStripe)) * bs;
        for (;;) {
            for (QList<QByteArray> &set : pool) {
                if (set.isEmpty() && hooks.memoryInUse) {
                    // A new set: within the engine's budget, or this encoder's first.
                    const qint64 need = qint64(n) * hooks.partStripes * bs;
                    if (hooks.memoryInUse->fetch_add(need) + need > hooks.memoryBudget &&
                        allocated > 0) {
                        hooks.memoryInUse->fetch_sub(need);
                        continue;
                    }
                    allocated += need;
                }
                // Free when nobody holds the list or any of its buffers any more.
                bool free = set.isEmpty() || set.isDetached();
                for (const QByteArray &b : std::as_const(set))
                    free = free && (b.isNull() || b.isDetached());
                if (!free)
                    continue;
                // The last holder dropped its copy on another thread: see its reads first.
                std::atomic_thread_fence(std::memory_order_acquire);
                set.resize(n);
                for (int i = 0; i < n; ++i) {
                    set[i].resize(len);
                    ptr[size_t(i)] = reinterpret_cast<unsigned char *>(set[i].data());
                }
                partSet = &set;
                return true;
            }
            if (hooks.cancel && hooks.cancel->load())
                return false;
            QThread::msleep(2);
        }
    };
    std::vector<std::array<unsigned char, 32>> blockHash(static_cast<size_t>(n));
    // Single-block parts: the part's SHA-256 is the block's hash, computed once.
    const bool blockParts = hooks.partStripes == 1;
    QList<int> hashJobs;
    for (int j = 0; j < 2 * n; ++j)
        if (!blockParts || j % 2 == 0)
            hashJobs.append(j);
    qint64 fill = 0; // bytes of ciphertext in the current stripe
    int stripesDone = 0;

    auto flushStripe = [&]() -> bool {
        if (inMemory && !partSet && !beginPart(stripesDone))
            return false;
        for (qint64 at = fill; at < stripeBytes;) {
            const qint64 block = at / bs, off = at % bs;
            std::memset(ptr[size_t(block)] + off, 0, size_t(bs - off));
            at += bs - off;
        }
        rs.encode(ptr.data(), ptr.data() + k, bs);
        // The two hashes of each block are independent: with large blocks, spread them over
        // the cores.
        const auto hashJob = [&](int job) {
            const size_t i = size_t(job / 2);
            const unsigned char *block = ptr[i];
            if (job % 2 == 0)
                EVP_Digest(block, size_t(bs), blockHash[i].data(), nullptr, EVP_sha256(), nullptr);
            else
                EVP_DigestUpdate(shardSha[i].get(), block, size_t(bs)); // whole shard or part
        };
        if (bs >= kParallelHashBlock) {
            QtConcurrent::blockingMap(hashJobs, hashJob);
        } else {
            for (int job : std::as_const(hashJobs))
                hashJob(job);
        }
        for (int i = 0; i < n; ++i) {
            ef.shards[i].blockHashes.append(hexOf(blockHash[size_t(i)].data(), 32));
            if (inMemory)
                ptr[size_t(i)] += bs; // the next stripe's block in the part buffer
            else if (outs[size_t(i)]->write(reinterpret_cast<const char *>(ptr[size_t(i)]), bs) !=
                     bs)
                return false;
        }
        fill = 0;
        ++stripesDone;
        if (hooks.partStripes > 0 &&
            (stripesDone % hooks.partStripes == 0 || stripesDone == ef.stripes)) {
            QList<QByteArray> shas;
            for (int i = 0; i < n; ++i) {
                if (!inMemory && !outs[size_t(i)]->flush())
                    return false;
                if (blockParts) {
                    shas.append(hexOf(blockHash[size_t(i)].data(), 32));
                } else {
                    unsigned char sha[EVP_MAX_MD_SIZE];
                    unsigned int shaLen = 0;
                    EVP_DigestFinal_ex(shardSha[size_t(i)].get(), sha, &shaLen);
                    EVP_DigestInit_ex(shardSha[size_t(i)].get(), EVP_sha256(), nullptr);
                    shas.append(hexOf(sha, shaLen));
                }
                if (ef.partSha256.size() <= i)
                    ef.partSha256.resize(n);
                ef.partSha256[i].append(shas.last());
            }
            const int part = (stripesDone - 1) / hooks.partStripes;
            if (hooks.onPart)
                hooks.onPart(part, shas);
            if (inMemory) {
                if (hooks.onPartData)
                    hooks.onPartData(part, *partSet, shas);
                partSet = nullptr;
            }
        }
        return true;
    };
    // Appends ciphertext to the stripe, flushing each stripe as it fills.
    auto append = [&](const unsigned char *data, qint64 len) -> bool {
        if (hooks.cancel && hooks.cancel->load())
            return false;
        while (len > 0) {
            if (inMemory && !partSet && !beginPart(stripesDone))
                return false;
            const qint64 take = std::min({len, stripeBytes - fill, bs - fill % bs});
            std::memcpy(ptr[size_t(fill / bs)] + fill % bs, data, size_t(take));
            fill += take;
            data += take;
            len -= take;
            if (fill == stripeBytes && !flushStripe())
                return false;
        }
        return true;
    };
    const auto diskFull = [&hooks] {
        if (hooks.cancel && hooks.cancel->load())
            return R::failure(
                QStringLiteral("cancelled"),
                QCoreApplication::translate("fb::storage::Errors", "The transfer was cancelled"));
        return R::failure(
            QStringLiteral("io"),
            QCoreApplication::translate("fb::storage::Errors", "Cannot write shards (disk full?)"));
    };

    crypto_secretstream_xchacha20poly1305_state st;
    unsigned char header[kHeader];
    if (hooks.header.isEmpty()) {
        crypto_secretstream_xchacha20poly1305_init_push(&st, header, key.data());
    } else {
        // The push state from a given header: init_pull derives exactly what init_push does
        // (subkey and nonce from key and header), without drawing a random header.
        std::memcpy(header, hooks.header.constData(), size_t(kHeader));
        crypto_secretstream_xchacha20poly1305_init_pull(&st, header, key.data());
    }
    if (!append(header, kHeader))
        return diskFull();
    std::vector<unsigned char> plain(static_cast<size_t>(chunk));
    std::vector<unsigned char> cipher(static_cast<size_t>(chunk + kTag));
    qint64 done = 0;
    do {
        const qint64 got =
            src.read(reinterpret_cast<char *>(plain.data()), std::min<qint64>(chunk, total - done));
        if (got < 0)
            return R::failure(
                QStringLiteral("io"),
                QCoreApplication::translate("fb::storage::Errors", "Cannot read %1").arg(in));
        if (got == 0 && done < total)
            return R::failure(QStringLiteral("io"),
                              QStringLiteral("%1 changed while reading").arg(in));
        done += got;
        const unsigned char tag =
            done >= total ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long clen = 0;
        crypto_secretstream_xchacha20poly1305_push(&st, cipher.data(), &clen, plain.data(),
                                                   static_cast<unsigned long long>(got), nullptr, 0,
                                                   tag);
        if (!append(cipher.data(), qint64(clen)))
            return diskFull();
    } while (done < total);
    sodium_memzero(&st, sizeof st);
    sodium_memzero(plain.data(), plain.size());
    if ((fill > 0 || stripesDone == 0) && !flushStripe())
        return diskFull();
    if (stripesDone != ef.stripes)
        return R::failure(QStringLiteral("io"), QStringLiteral("%1 changed while reading").arg(in));
    ef.size = total;
    for (int i = 0; i < n; ++i) {
        if (!inMemory && !outs[size_t(i)]->flush())
            return diskFull();
        if (!inMemory)
            outs[size_t(i)]->close();
        ef.shards[i].hash = shardDigestHex(ef.shards[i].blockHashes);
        if (hooks.partStripes > 0)
            continue;
        unsigned char sha[EVP_MAX_MD_SIZE];
        unsigned int shaLen = 0;
        EVP_DigestFinal_ex(shardSha[size_t(i)].get(), sha, &shaLen);
        ef.shards[i].sha256 = hexOf(sha, shaLen);
    }
    return ef;
}

void shardLayout(qint64 size, int chunk, int k, int *blockSize, int *stripes)
{
    const qint64 enc = encryptedSize(size, chunk);
    const int bs = blockSizeFor(enc, k);
    const qint64 stripeBytes = qint64(k) * bs;
    *blockSize = bs;
    *stripes = int(std::max<qint64>(1, (enc + stripeBytes - 1) / stripeBytes));
}

void streamLayout(qint64 size, int chunk, int k, qint64 partBytes, int *blockSize, int *stripes,
                  int *partStripes)
{
    const qint64 enc = encryptedSize(size, chunk);
    const qint64 perShard = (enc + k - 1) / k;
    constexpr qint64 kMinPart = 5 << 20;
    if (partBytes >= kMinPart && perShard >= 2 * partBytes) {
        // Parts of equal size (rounded up to 64 bytes), so the last stripe pads little.
        const qint64 parts = (perShard + partBytes - 1) / partBytes;
        const qint64 bs = ((perShard + parts - 1) / parts + 63) / 64 * 64;
        *blockSize = int(std::max(bs, kMinPart));
        *stripes = int((enc + qint64(k) * *blockSize - 1) / (qint64(k) * *blockSize));
        *partStripes = 1;
        return;
    }
    shardLayout(size, chunk, k, blockSize, stripes);
    *partStripes = int(std::max<qint64>(1, partBytes / *blockSize));
}

QByteArray shardDigestHex(const QList<QByteArray> &blockHashesHex)
{
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, 32);
    for (const QByteArray &hex : blockHashesHex) {
        const QByteArray raw = QByteArray::fromHex(hex);
        crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(raw.constData()),
                                  static_cast<unsigned long long>(raw.size()));
    }
    unsigned char h[32];
    crypto_generichash_final(&st, h, sizeof h);
    return hexOf(h, sizeof h);
}

QByteArray blockHashHex(int manifestVersion, QByteArrayView block)
{
    if (manifestVersion < 2)
        return blake2bHex(block);
    unsigned char h[32];
    EVP_Digest(block.data(), size_t(block.size()), h, nullptr, EVP_sha256(), nullptr);
    return hexOf(h, sizeof h);
}

bool shardFileMatches(const QString &path, const Manifest &mf, int index)
{
    if (index < 0 || index >= mf.shards.size())
        return false;
    const ShardInfo &shard = mf.shards[index];
    if (QFileInfo(path).size() != shard.size)
        return false;
    if (mf.version < 2)
        return blake2bFileHex(path) == shard.hash;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || mf.blockSize <= 0)
        return false;
    QList<QByteArray> blocks;
    blocks.reserve(int(shard.size / mf.blockSize));
    QByteArray buf(mf.blockSize, Qt::Uninitialized);
    for (qint64 at = 0; at < shard.size; at += mf.blockSize) {
        if (f.read(buf.data(), mf.blockSize) != mf.blockSize)
            return false;
        blocks.append(blockHashHex(mf.version, buf));
    }
    return blocks == shard.blockHashes && shardDigestHex(blocks) == shard.hash;
}

Status decodeShards(const Manifest &mf, const QStringList &shardPaths, qint64 size,
                    QList<int> *corrupt, const std::function<Status(const char *, qint64)> &sink,
                    bool shardsVerified)
{
    const int k = mf.k, n = mf.k + mf.m, bs = mf.blockSize;
    if (shardPaths.size() != n)
        return Status::failure(
            QStringLiteral("bad_manifest"),
            QCoreApplication::translate("fb::storage::Errors", "Wrong shard count"));
    std::vector<std::unique_ptr<QFile>> ins(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        if (shardPaths[i].isEmpty())
            continue;
        auto f = std::make_unique<QFile>(shardPaths[i]);
        if (f->open(QIODevice::ReadOnly))
            ins[size_t(i)] = std::move(f);
    }
    const ReedSolomon rs(k, mf.m);
    std::vector<unsigned char> buf(size_t(n) * size_t(bs));
    std::vector<unsigned char *> ptr(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        ptr[size_t(i)] = buf.data() + size_t(i) * size_t(bs);
    qint64 left = size;
    for (int s = 0; s < mf.stripes; ++s) {
        std::vector<bool> present(size_t(n), false);
        for (int i = 0; i < n; ++i) {
            QFile *f = ins[size_t(i)].get();
            if (!f)
                continue;
            if (f->read(reinterpret_cast<char *>(ptr[size_t(i)]), bs) != bs)
                continue;
            const QByteArrayView block(reinterpret_cast<const char *>(ptr[size_t(i)]), bs);
            if (shardsVerified ||
                (s < mf.shards[i].blockHashes.size() &&
                 blockHashHex(mf.version, block) == mf.shards[i].blockHashes[s])) {
                present[size_t(i)] = true;
            } else if (corrupt && !corrupt->contains(i)) {
                corrupt->append(i);
            }
        }
        bool dataComplete = true;
        for (int i = 0; i < k; ++i)
            dataComplete &= present[size_t(i)];
        if (!dataComplete && !rs.reconstruct(ptr.data(), present, bs)) {
            return Status::failure(
                QStringLiteral("not_enough_shards"),
                QCoreApplication::translate("fb::storage::Errors",
                                            "Fewer than %1 intact shards: the file cannot be "
                                            "rebuilt")
                    .arg(k));
        }
        for (int i = 0; i < k && left > 0; ++i) {
            const qint64 w = std::min<qint64>(left, bs);
            if (Status s = sink(reinterpret_cast<const char *>(ptr[size_t(i)]), w); !s)
                return s;
            left -= w;
        }
    }
    return success();
}

Status decodeShards(const Manifest &mf, const QStringList &shardPaths, const QString &out,
                    qint64 size, QList<int> *corrupt)
{
    QFile dst(out);
    if (!dst.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(
            QStringLiteral("io"),
            QCoreApplication::translate("fb::storage::Errors", "Cannot write %1").arg(out));
    Status s = decodeShards(mf, shardPaths, size, corrupt, [&](const char *data, qint64 len) {
        return dst.write(data, len) == len
                   ? success()
                   : Status::failure(
                         QStringLiteral("io"),
                         QCoreApplication::translate("fb::storage::Errors", "Cannot write %1")
                             .arg(out));
    });
    if (!s) {
        dst.close();
        dst.remove();
    }
    return s;
}

} // namespace fb::storage
