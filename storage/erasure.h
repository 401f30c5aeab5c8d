// Reed–Solomon erasure coding with ISA-L (Cauchy matrix, GF(2^8)): k data + m parity shards;
// any k intact shards rebuild the data. Files are coded in stripes of k blocks: shard i holds
// block i of every stripe. Each block carries a BLAKE2b hash in the manifest, so a corrupted
// shard is detected and treated as missing. Also the file manifest (JSON).
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace fb::storage {

class ReedSolomon
{
public:
    ReedSolomon(int k, int m);
    int k() const { return m_k; }
    int m() const { return m_m; }
    // data: k pointers, parity: m pointers, each len bytes.
    void encode(const unsigned char *const *data, unsigned char *const *parity, int len) const;
    // shards: k+m pointers to len-byte buffers; present[i] says which hold good data. Rebuilds
    // every missing shard in place. Fails when fewer than k are present.
    bool reconstruct(unsigned char *const *shards, const std::vector<bool> &present, int len) const;

private:
    int m_k;
    int m_m;
    std::vector<unsigned char> m_matrix; // (k+m) x k
    std::vector<unsigned char> m_tables; // encode tables for the parity rows
};

struct ShardInfo
{
    int index = 0;
    QString provider;  // provider id the shard is placed on
    QString objectKey; // random; reveals nothing about the file
    qint64 size = 0;
    QByteArray hash;               // see Manifest::version
    QList<QByteArray> blockHashes; // hex per stripe block (blockHashHex)
    QByteArray sha256; // SHA-256 hex of the whole shard (upload signing; not in the manifest)
};

struct Manifest
{
    // 1: block hashes are BLAKE2b-256, a shard's hash is BLAKE2b-256 of the shard's bytes, and
    // plainHash the plaintext's. 2 (written since): block hashes are SHA-256 (the hash S3 checks
    // a part with: a large shard's parts are single blocks, hashed once for both), a shard's
    // hash is BLAKE2b-256 of its block hashes (shardDigestHex), and there is no plainHash:
    // secretstream authenticates every chunk and the end of the plaintext. An upload hashes
    // each shard byte once instead of three times and no longer hashes the plaintext. Both
    // versions are read.
    static constexpr int kVersion = 2;
    int version = kVersion;
    QString fileId;
    QString name;
    qint64 size = 0; // plaintext
    QDateTime mtime;
    QByteArray salt;   // per-file key salt (the key itself is derived, never stored)
    int chunkSize = 0; // secretstream plaintext chunk
    qint64 encryptedSize = 0;
    int k = 1;
    int m = 0;
    int blockSize = 0;
    int stripes = 0;
    QByteArray plainHash; // version 1: BLAKE2b-256 hex of the plaintext
    QList<ShardInfo> shards;

    QJsonObject toJson() const;
    static Result<Manifest> fromJson(const QJsonObject &json);
};

// A block's hash as the manifest version defines it (1: BLAKE2b-256, 2: SHA-256); lowercase hex.
QByteArray blockHashHex(int manifestVersion, QByteArrayView block);
// A version 2 shard hash: BLAKE2b-256 hex over the shard's block hashes (raw 32 bytes each, in
// stripe order).
QByteArray shardDigestHex(const QList<QByteArray> &blockHashesHex);
// Whether the file at `path` is shard `index` of the manifest, intact: its size, and its hash as
// the manifest's version defines it.
bool shardFileMatches(const QString &path, const Manifest &mf, int index);

// Splits `in` into k+m shard files dir/shard-<i>; returns the shards with hashes filled in, as
// manifest `version` defines them.
Result<QList<ShardInfo>> encodeShards(const QString &in, const QString &dir, int k, int m,
                                      int blockSize, int *stripes,
                                      int version = Manifest::kVersion);
// The upload pipeline in one pass over the plaintext, stripe by stripe: read a chunk, encrypt it
// (secretstream, exactly as encryptFile() does) into the stripe buffer; each full stripe is
// Reed-Solomon encoded, its blocks hashed (block BLAKE2b and the part's or shard's SHA-256 in
// the same pass) and appended to dir/shard-<i>. No encrypted temporary file, no
// second pass; memory is one stripe ((k+m) * blockSize) plus one chunk. blockSize 0: chosen from
// the encrypted size (blockSizeFor()). The shards equal encryptFile() followed by encodeShards().
struct EncodedFile
{
    QList<ShardInfo> shards;
    int stripes = 0;
    int blockSize = 0;
    qint64 size = 0; // plaintext bytes read
    qint64 encryptedSize = 0;
    QList<QList<QByteArray>> partSha256; // with EncodeHooks::partStripes: [shard][part] SHA-256 hex
};
// Streaming: with partStripes > 0 the shards are cut into parts of partStripes blocks (the last
// may be shorter) and each part's SHA-256 is computed instead of the whole shard's; after each
// part is written and flushed to every shard file, onPart(part, shas) runs (on the encoding
// thread) with the part's SHA-256 per shard, so the caller can upload it while the next is coded.
// cancel: polled once per stripe.
// In memory (memoryParts > 0, needs partStripes): no shard files; each part is coded straight
// into per-shard buffers handed to onPartData(part, bytesPerShard, shas). The buffers come from a
// pool of memoryParts sets that are reused once the caller has dropped every copy of them, so at
// most memoryParts parts are held at a time (the encoder waits for a set to come back).
// header: the secretstream header to use (24 bytes; empty: a random one). The same key, header
// and plaintext give the same shards, so an interrupted upload can be coded again and continue
// with the parts already stored.
struct EncodeHooks
{
    int partStripes = 0;
    std::function<void(int part, const QList<QByteArray> &sha256PerShard)> onPart;
    int memoryParts = 0;
    std::function<void(int part, const QList<QByteArray> &bytesPerShard,
                       const QList<QByteArray> &sha256PerShard)>
        onPartData;
    QByteArray header;
    const std::atomic<bool> *cancel = nullptr;
    // In memory, shared by the encoders of one engine: the bytes of part sets they allocated.
    // Past memoryBudget an encoder that already holds a set waits for one of its own to come
    // back instead of allocating another (every encoder may always hold one).
    std::atomic<qint64> *memoryInUse = nullptr;
    qint64 memoryBudget = 0;
};
Result<EncodedFile> encryptEncodeShards(const QString &in, const QString &dir,
                                        const SecretBytes &key, int chunk, int k, int m,
                                        int blockSize = 0, const EncodeHooks &hooks = {});
// The stripe count and block size encryptEncodeShards() uses for a plaintext of `size` bytes.
void shardLayout(qint64 size, int chunk, int k, int *blockSize, int *stripes);
// The block size used for a file of encSize encrypted bytes split into k data shards.
int blockSizeFor(qint64 encSize, int k);
// The layout of a streamed upload (shards sent as multipart objects in parts of about
// partBytes): a shard of at least two parts is cut into single-block parts of at most
// partBytes (and at least 5 MiB, S3's smallest part), so each part's SHA-256 is its block hash;
// a smaller one keeps shardLayout()'s blocks, partBytes / blockSize of them per part.
void streamLayout(qint64 size, int chunk, int k, qint64 partBytes, int *blockSize, int *stripes,
                  int *partStripes);

// Rebuilds the first `size` bytes of the coded file into `out` from shard files (empty path:
// missing). Blocks whose hash does not match are treated as missing; their shard indexes are
// added to *corrupt.
Status decodeShards(const Manifest &manifest, const QStringList &shardPaths, const QString &out,
                    qint64 size, QList<int> *corrupt = nullptr);
// The same, handing the rebuilt bytes to `sink` in order (a failing sink stops the decoding).
// shardsVerified: every given shard already passed shardFileMatches(), its blocks are not
// hashed again.
Status decodeShards(const Manifest &manifest, const QStringList &shardPaths, qint64 size,
                    QList<int> *corrupt, const std::function<Status(const char *, qint64)> &sink,
                    bool shardsVerified = false);

} // namespace fb::storage
