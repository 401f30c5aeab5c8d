#include "wallet/keystore.h"

#include "wallet/algorand.h"
#include "wallet/bip39.h"
#include "wallet/derivationpath.h"
#include "wallet/slip10.h"
#include "wallet/strkey.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace fb::keystore {

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// ---- File layout (docs/KEYSTORE.md) -------------------------------------------------------

constexpr char kMagic[4] = {'F', 'B', 'K', 'S'};
constexpr quint8 kKdfArgon2id13 = 1;
constexpr qsizetype kSaltSize = 16;
constexpr qsizetype kNonceSize = 24;
constexpr qsizetype kKeySize = 32;
constexpr qsizetype kTagSize = 16;
constexpr qsizetype kWrappedSize = kKeySize + kTagSize;

constexpr qsizetype kOffVersion = 4;
constexpr qsizetype kOffKdf = 6;
constexpr qsizetype kOffOps = 7;
constexpr qsizetype kOffMem = 15;
constexpr qsizetype kOffSalt = 23;
constexpr qsizetype kOffWrapNonce = kOffSalt + kSaltSize;       // 39
constexpr qsizetype kHeaderSize = kOffWrapNonce + kNonceSize;   // 63
constexpr qsizetype kOffWrapped = kHeaderSize;                  // 63
constexpr qsizetype kOffDataNonce = kOffWrapped + kWrappedSize; // 111
constexpr qsizetype kOffLength = kOffDataNonce + kNonceSize;    // 135
constexpr qsizetype kPrefixSize = kOffLength + 4;               // 139
// The payload is a phrase, a passphrase, a seed and a label: far below this.
constexpr quint32 kMaxCiphertext = 1u << 20;

static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == kNonceSize);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kKeySize);
static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == kTagSize);

constexpr quint8 kPayloadVersion = 1;
constexpr quint8 kPayloadBip39 = 1;
constexpr quint8 kPayloadStellarSeed = 2;
constexpr quint8 kPayloadAlgorandSeed = 3;

const uchar *u8(const char *p)
{
    return reinterpret_cast<const uchar *>(p);
}

void putLe(QByteArray &out, quint64 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

quint64 getLe(const char *p, int bytes)
{
    quint64 v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= quint64(u8(p)[i]) << (8 * i);
    return v;
}

Error badKeystore(const QString &why)
{
    return Error{str("bad_keystore"), QStringLiteral("Not a readable keystore: ") + why};
}

struct Parsed
{
    Params params;
    QByteArrayView header; // bytes [0, 63): associated data of the key wrap
    QByteArrayView salt;
    QByteArrayView wrapNonce;
    QByteArrayView wrapped;
    QByteArrayView prefix; // bytes [0, 139): associated data of the payload
    QByteArrayView dataNonce;
    QByteArrayView ciphertext;
};

bool paramsInRange(const Params &p)
{
    return p.opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && p.opsLimit <= kMaxOpsLimit &&
           p.memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && p.memLimit <= kMaxMemLimit;
}

Result<Parsed> parse(QByteArrayView f)
{
    using R = Result<Parsed>;
    if (f.size() < qsizetype(sizeof kMagic))
        return badKeystore(str("the file is too short (truncated)."));
    if (std::memcmp(f.data(), kMagic, sizeof kMagic) != 0)
        return badKeystore(str("the file does not start with \"FBKS\"."));
    if (f.size() < kOffKdf)
        return badKeystore(str("the header is truncated."));
    const quint64 version = getLe(f.data() + kOffVersion, 2);
    if (version != kFormatVersion)
        return badKeystore(QStringLiteral("format version %1 is not supported (this program "
                                          "reads version %2); a newer program may read it.")
                               .arg(version)
                               .arg(kFormatVersion));
    if (f.size() < kHeaderSize)
        return badKeystore(str("the header is truncated."));
    if (quint8(f[kOffKdf]) != kKdfArgon2id13)
        return badKeystore(
            QStringLiteral("unknown key derivation function %1.").arg(quint8(f[kOffKdf])));
    Parsed p;
    p.params.opsLimit = getLe(f.data() + kOffOps, 8);
    p.params.memLimit = getLe(f.data() + kOffMem, 8);
    if (!paramsInRange(p.params))
        return badKeystore(QStringLiteral("Argon2id parameters out of range (opslimit %1, "
                                          "memlimit %2 bytes).")
                               .arg(p.params.opsLimit)
                               .arg(p.params.memLimit));
    if (f.size() < kPrefixSize)
        return badKeystore(str("the file is truncated after the header."));
    const quint64 length = getLe(f.data() + kOffLength, 4);
    if (length < quint64(kTagSize) || length > kMaxCiphertext)
        return badKeystore(QStringLiteral("bad payload length %1.").arg(length));
    const qsizetype total = kPrefixSize + qsizetype(length);
    if (f.size() < total)
        return badKeystore(
            QStringLiteral("the file is truncated (%1 of %2 bytes).").arg(f.size()).arg(total));
    if (f.size() > total)
        return badKeystore(QStringLiteral("%1 unexpected bytes after the end of the keystore.")
                               .arg(f.size() - total));
    p.header = f.first(kHeaderSize);
    p.salt = f.sliced(kOffSalt, kSaltSize);
    p.wrapNonce = f.sliced(kOffWrapNonce, kNonceSize);
    p.wrapped = f.sliced(kOffWrapped, kWrappedSize);
    p.prefix = f.first(kPrefixSize);
    p.dataNonce = f.sliced(kOffDataNonce, kNonceSize);
    p.ciphertext = f.sliced(kPrefixSize, qsizetype(length));
    return R(std::move(p));
}

Result<SecretBytes> deriveKek(const SecretBytes &password, QByteArrayView salt, const Params &p)
{
    SecretBytes kek(kKeySize);
    if (crypto_pwhash(kek.data(), kek.size(), reinterpret_cast<const char *>(password.data()),
                      password.size(), u8(salt.data()), p.opsLimit, std::size_t(p.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Result<SecretBytes>::failure(
            str("kdf_failed"),
            QStringLiteral("Argon2id could not run with %1 MiB of memory; free some memory or "
                           "choose lower parameters.")
                .arg(p.memLimit >> 20));
    return kek;
}

// Opens the key wrap: the DEK, or wrong_password.
Result<SecretBytes> unwrapDek(const Parsed &p, const SecretBytes &password)
{
    auto kek = deriveKek(password, p.salt, p.params);
    if (!kek)
        return kek.error();
    SecretBytes dek(kKeySize);
    unsigned long long dekLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(dek.data(), &dekLen, nullptr,
                                                   u8(p.wrapped.data()), quint64(p.wrapped.size()),
                                                   u8(p.header.data()), quint64(p.header.size()),
                                                   u8(p.wrapNonce.data()), kek->data()) != 0 ||
        dekLen != quint64(kKeySize))
        return Result<SecretBytes>::failure(
            str("wrong_password"),
            str("Wrong password: the keystore does not open with it (or its header was "
                "changed)."));
    return dek;
}

// Opens the payload with the DEK: the serialised secrets, or tampered.
Result<SecretBytes> openPayload(const Parsed &p, const SecretBytes &dek)
{
    SecretBytes plain(std::size_t(p.ciphertext.size() - kTagSize));
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &len, nullptr, u8(p.ciphertext.data()), quint64(p.ciphertext.size()),
            u8(p.prefix.data()), quint64(p.prefix.size()), u8(p.dataNonce.data()),
            dek.data()) != 0 ||
        len != plain.size())
        return Result<SecretBytes>::failure(
            str("tampered"),
            str("The keystore has been tampered with or damaged: the password is right but the "
                "encrypted contents fail authentication. Restore it from a backup."));
    return plain;
}

// ---- Payload ----------------------------------------------------------------------------
// u8 version=1 | u8 kind | i64 created | u16 label length | label (UTF-8)
// | u32 length | mnemonic | u32 length | passphrase | u32 length | seed

quint8 kindCode(const QString &kind)
{
    if (kind == kKindBip39)
        return kPayloadBip39;
    if (kind == kKindStellarSeed)
        return kPayloadStellarSeed;
    if (kind == kKindAlgorandSeed)
        return kPayloadAlgorandSeed;
    return 0;
}

Status checkSecrets(const Secrets &s)
{
    const quint8 code = kindCode(s.kind);
    if (code == 0)
        return Status::failure(str("bad_secrets"),
                               QStringLiteral("Unknown wallet kind \"%1\" (expected bip39, "
                                              "stellar_seed or algorand_seed).")
                                   .arg(s.kind));
    if (code == kPayloadBip39) {
        if (s.mnemonic.isEmpty() || !s.seed.isEmpty())
            return Status::failure(str("bad_secrets"),
                                   str("A bip39 wallet holds a mnemonic and no raw seed."));
    } else if (s.seed.size() != std::size_t(kKeySize) || !s.mnemonic.isEmpty() ||
               !s.passphrase.isEmpty()) {
        return Status::failure(str("bad_secrets"),
                               str("A single-key wallet holds exactly one 32-byte seed."));
    }
    if (s.label.toUtf8().size() > 0xffff)
        return Status::failure(str("bad_secrets"), str("The label is too long."));
    return success();
}

SecretBytes serialise(const Secrets &s, const SecretBytes &mnemonic, qint64 created)
{
    const QByteArray label = s.label.toUtf8();
    const std::size_t size = 1 + 1 + 8 + 2 + std::size_t(label.size()) + 4 + mnemonic.size() + 4 +
                             s.passphrase.size() + 4 + s.seed.size();
    SecretBytes out(size);
    std::uint8_t *w = out.data();
    auto put = [&w](quint64 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            *w++ = std::uint8_t((v >> (8 * i)) & 0xff);
    };
    auto putBytes = [&w](const void *data, std::size_t n) {
        if (n)
            std::memcpy(w, data, n);
        w += n;
    };
    put(kPayloadVersion, 1);
    put(kindCode(s.kind), 1);
    put(quint64(created), 8);
    put(quint64(label.size()), 2);
    putBytes(label.constData(), std::size_t(label.size()));
    put(mnemonic.size(), 4);
    putBytes(mnemonic.data(), mnemonic.size());
    put(s.passphrase.size(), 4);
    putBytes(s.passphrase.data(), s.passphrase.size());
    put(s.seed.size(), 4);
    putBytes(s.seed.data(), s.seed.size());
    return out;
}

Result<Secrets> deserialise(const SecretBytes &b)
{
    const auto bad = [] {
        return Result<Secrets>(badKeystore(str("the decrypted contents are malformed.")));
    };
    const char *p = reinterpret_cast<const char *>(b.data());
    std::size_t left = b.size();
    auto take = [&](std::size_t n, quint64 &v) {
        if (left < n)
            return false;
        v = getLe(p, int(n));
        p += n;
        left -= n;
        return true;
    };
    auto takeBytes = [&](std::size_t n, SecretBytes &out) {
        if (left < n)
            return false;
        out = SecretBytes::fromBytes(QByteArrayView(p, qsizetype(n)));
        p += n;
        left -= n;
        return true;
    };
    quint64 version = 0, kind = 0, created = 0, n = 0;
    if (!take(1, version) || version != kPayloadVersion || !take(1, kind) || !take(8, created) ||
        !take(2, n) || left < n)
        return bad();
    Secrets s;
    s.label = QString::fromUtf8(p, qsizetype(n));
    p += n;
    left -= n;
    s.created = qint64(created);
    switch (kind) {
    case kPayloadBip39:
        s.kind = kKindBip39;
        break;
    case kPayloadStellarSeed:
        s.kind = kKindStellarSeed;
        break;
    case kPayloadAlgorandSeed:
        s.kind = kKindAlgorandSeed;
        break;
    default:
        return bad();
    }
    if (!take(4, n) || !takeBytes(n, s.mnemonic) || !take(4, n) || !takeBytes(n, s.passphrase) ||
        !take(4, n) || !takeBytes(n, s.seed) || left != 0)
        return bad();
    if (!checkSecrets(s))
        return bad();
    return s;
}

// ---- Encryption -------------------------------------------------------------------------

Result<QByteArray> seal(const SecretBytes &dek, const SecretBytes &payload,
                        const SecretBytes &password, const Params &params)
{
    if (!paramsInRange(params))
        return Result<QByteArray>::failure(
            str("bad_params"),
            QStringLiteral("Argon2id parameters out of range: opslimit %1..%2, memlimit %3 bytes "
                           "to %4 GiB.")
                .arg(crypto_pwhash_argon2id_OPSLIMIT_MIN)
                .arg(kMaxOpsLimit)
                .arg(crypto_pwhash_argon2id_MEMLIMIT_MIN)
                .arg(kMaxMemLimit >> 30));
    if (password.isEmpty())
        return Result<QByteArray>::failure(str("bad_password"),
                                           str("The password must not be empty."));
    if (payload.size() + std::size_t(kTagSize) > kMaxCiphertext)
        return Result<QByteArray>::failure(str("bad_secrets"), str("The wallet is too large."));

    QByteArray file;
    file.reserve(kPrefixSize + qsizetype(payload.size()) + kTagSize);
    file.append(kMagic, sizeof kMagic);
    putLe(file, kFormatVersion, 2);
    putLe(file, kKdfArgon2id13, 1);
    putLe(file, params.opsLimit, 8);
    putLe(file, params.memLimit, 8);
    QByteArray salt(kSaltSize, '\0');
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    file.append(salt);
    QByteArray nonce(kNonceSize, '\0');
    randombytes_buf(nonce.data(), std::size_t(nonce.size()));
    file.append(nonce);
    Q_ASSERT(file.size() == kHeaderSize);

    auto kek = deriveKek(password, salt, params);
    if (!kek)
        return kek.error();
    QByteArray wrapped(kWrappedSize, '\0');
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<uchar *>(wrapped.data()), &len, dek.data(), dek.size(),
        u8(file.constData()), quint64(kHeaderSize), nullptr, u8(nonce.constData()), kek->data());
    file.append(wrapped);

    randombytes_buf(nonce.data(), std::size_t(nonce.size()));
    file.append(nonce);
    putLe(file, payload.size() + std::size_t(kTagSize), 4);
    Q_ASSERT(file.size() == kPrefixSize);

    QByteArray ciphertext(qsizetype(payload.size()) + kTagSize, '\0');
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<uchar *>(ciphertext.data()), &len, payload.data(), payload.size(),
        u8(file.constData()), quint64(kPrefixSize), nullptr, u8(nonce.constData()), dek.data());
    file.append(ciphertext);
    return file;
}

// ---- Files ------------------------------------------------------------------------------

Result<QByteArray> loadFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Result<QByteArray>::failure(str("not_found"),
                                           QStringLiteral("No keystore at %1.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            str("not_found"),
            QStringLiteral("Cannot open the keystore %1: %2").arg(path, f.errorString()));
    if (f.size() > kPrefixSize + qsizetype(kMaxCiphertext))
        return Result<QByteArray>(badKeystore(str("the file is far too large.")));
    return f.readAll();
}

void syncDirectory(const QString &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

// Replaces path with bytes: a temporary file in the same directory, flushed to disk, then
// renamed over the old one, then the directory entry flushed. A crash at any instant leaves
// either the old file or the new one.
Status saveAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    f.setDirectWriteFallback(false);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(str("io_error"),
                               QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Status::failure(str("io_error"),
                               QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    syncDirectory(path);
    return success();
}

} // namespace

Params defaultParams()
{
    return Params{};
}

Params fastParams()
{
    return Params{crypto_pwhash_argon2id_OPSLIMIT_MIN, quint64(8) << 20};
}

// ---- Builders ---------------------------------------------------------------------------

Result<Secrets> fromBip39(const SecretBytes &phrase, const SecretBytes &passphrase,
                          const QString &label)
{
    auto normal = bip39::normalise(phrase);
    if (!normal)
        return normal.error();
    Secrets s;
    s.kind = kKindBip39;
    s.mnemonic = std::move(*normal);
    s.passphrase = passphrase.copy();
    s.label = label;
    return s;
}

Result<Secrets> fromStellarSecret(const SecretBytes &secretSeedText, const QString &label)
{
    auto seed = strkey::decodeSeed(secretSeedText);
    if (!seed)
        return seed.error();
    Secrets s;
    s.kind = kKindStellarSeed;
    s.seed = std::move(*seed);
    s.label = label;
    return s;
}

Result<Secrets> fromAlgorandPhrase(const SecretBytes &phrase, const QString &label)
{
    auto seed = algorand::seedFromMnemonic(phrase);
    if (!seed)
        return seed.error();
    Secrets s;
    s.kind = kKindAlgorandSeed;
    s.seed = std::move(*seed);
    s.label = label;
    return s;
}

// ---- Keystore files ---------------------------------------------------------------------

Result<QByteArray> encryptToBytes(const Secrets &secrets, const SecretBytes &password,
                                  const Params &params)
{
    if (auto ok = checkSecrets(secrets); !ok)
        return ok.error();
    SecretBytes mnemonic;
    if (secrets.kind == kKindBip39) {
        auto normal = bip39::normalise(secrets.mnemonic);
        if (!normal)
            return Result<QByteArray>::failure(str("bad_secrets"),
                                               QStringLiteral("The mnemonic is not valid: ") +
                                                   normal.error().message);
        mnemonic = std::move(*normal);
    }
    const qint64 created =
        secrets.created != 0 ? secrets.created : QDateTime::currentMSecsSinceEpoch();
    const SecretBytes payload = serialise(secrets, mnemonic, created);
    SecretBytes dek(kKeySize);
    crypto_aead_xchacha20poly1305_ietf_keygen(dek.data());
    return seal(dek, payload, password, params);
}

Status write(const QString &path, const Secrets &secrets, const SecretBytes &password,
             const Params &params)
{
    removeStaleTemporaries(path);
    auto bytes = encryptToBytes(secrets, password, params);
    if (!bytes)
        return bytes.error();
    return saveAtomically(path, *bytes);
}

Status create(const QString &path, const Secrets &secrets, const SecretBytes &password,
              const Params &params)
{
    removeStaleTemporaries(path);
    const auto exists = [&path] {
        return Status::failure(str("already_exists"),
                               QStringLiteral("%1 already exists; a keystore is never overwritten "
                                              "(move it away first).")
                                   .arg(path));
    };
    if (QFileInfo::exists(path))
        return exists();
    auto bytes = encryptToBytes(secrets, password, params);
    if (!bytes)
        return bytes.error();
    const auto ioError = [&path](const char *step) {
        return Status::failure(
            str("io_error"),
            QStringLiteral("Cannot write %1 (%2): %3")
                .arg(path, QLatin1String(step), QString::fromLocal8Bit(std::strerror(errno))));
    };
    QByteArray temp = QFile::encodeName(path) + ".XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return ioError("temporary file");
    qsizetype done = 0;
    while (done < bytes->size()) {
        const ssize_t n = ::write(fd, bytes->constData() + done, size_t(bytes->size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    const bool written = done == bytes->size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        const Status s = ioError("write");
        ::unlink(temp.constData());
        return s;
    }
    // link() fails with EEXIST when path exists: the check and the creation are one step.
    const int linked = ::link(temp.constData(), QFile::encodeName(path).constData());
    const int linkErrno = errno;
    ::unlink(temp.constData());
    if (linked != 0) {
        errno = linkErrno;
        return linkErrno == EEXIST ? exists() : ioError("link");
    }
    syncDirectory(path);
    return success();
}

void removeStaleTemporaries(const QString &path)
{
    const QFileInfo target(path);
    const QDir dir = target.absoluteDir();
    const QString prefix = target.fileName() + QLatin1Char('.');
    const QDateTime minuteAgo = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (const QFileInfo &f : dir.entryInfoList({prefix + QStringLiteral("??????")},
                                                QDir::Files | QDir::Hidden | QDir::System)) {
        struct stat st;
        if (::lstat(QFile::encodeName(f.absoluteFilePath()).constData(), &st) != 0 ||
            !S_ISREG(st.st_mode))
            continue;
        // Linked into place already (a kill between link and unlink), or abandoned mid-write.
        if (st.st_nlink > 1 || f.lastModified() < minuteAgo)
            QFile::remove(f.absoluteFilePath());
    }
}

Result<Params> inspectBytes(QByteArrayView file)
{
    auto parsed = parse(file);
    if (!parsed)
        return parsed.error();
    return parsed->params;
}

Result<Secrets> readBytes(QByteArrayView file, const SecretBytes &password, const Params &limit)
{
    auto parsed = parse(file);
    if (!parsed)
        return parsed.error();
    if (parsed->params.opsLimit > limit.opsLimit || parsed->params.memLimit > limit.memLimit)
        return badKeystore(QStringLiteral("its Argon2id parameters (opslimit %1, memlimit %2 "
                                          "bytes) exceed the allowed limit.")
                               .arg(parsed->params.opsLimit)
                               .arg(parsed->params.memLimit));
    auto dek = unwrapDek(*parsed, password);
    if (!dek)
        return dek.error();
    auto payload = openPayload(*parsed, *dek);
    if (!payload)
        return payload.error();
    return deserialise(*payload);
}

Result<Secrets> read(const QString &path, const SecretBytes &password)
{
    auto bytes = loadFile(path);
    if (!bytes)
        return bytes.error();
    return readBytes(*bytes, password);
}

Status changePassword(const QString &path, const SecretBytes &oldPassword,
                      const SecretBytes &newPassword, const Params &params)
{
    auto bytes = loadFile(path);
    if (!bytes)
        return bytes.error();
    auto parsed = parse(*bytes);
    if (!parsed)
        return parsed.error();
    auto dek = unwrapDek(*parsed, oldPassword);
    if (!dek)
        return dek.error();
    auto payload = openPayload(*parsed, *dek);
    if (!payload)
        return payload.error();
    if (auto check = deserialise(*payload); !check)
        return check.error();
    // The same DEK under the new password; the payload is sealed again because the header it
    // is bound to (salt, nonces, wrapped key) changes.
    auto sealed = seal(*dek, *payload, newPassword, params);
    if (!sealed)
        return sealed.error();
    return saveAtomically(path, *sealed);
}

Result<Params> inspect(const QString &path)
{
    auto bytes = loadFile(path);
    if (!bytes)
        return bytes.error();
    return inspectBytes(*bytes);
}

// ---- Keys -------------------------------------------------------------------------------

Result<SecretBytes> bip39Seed(const Secrets &secrets)
{
    if (secrets.kind != kKindBip39)
        return Result<SecretBytes>::failure(
            str("not_supported"),
            QStringLiteral("This wallet holds a single %1 key, not a BIP39 mnemonic; it has no "
                           "Bitcoin keys.")
                .arg(secrets.kind == kKindStellarSeed ? str("Stellar") : str("Algorand")));
    return bip39::toSeed(secrets.mnemonic, secrets.passphrase);
}

Result<SecretBytes> accountKey(const Secrets &secrets, const QString &chain, quint32 index)
{
    using R = Result<SecretBytes>;
    const bool stellar = chain == QLatin1String("stellar");
    const bool algo = chain == QLatin1String("algorand");
    if (!stellar && !algo)
        return R::failure(str("unsupported_chain"),
                          QStringLiteral("Unknown chain \"%1\" for an ed25519 account key "
                                         "(expected stellar or algorand).")
                              .arg(chain));
    if (index >= kHardened)
        return R::failure(str("bad_index"),
                          QStringLiteral("Account index %1 is too large (at most %2).")
                              .arg(index)
                              .arg(kHardened - 1));
    if (secrets.kind == kKindBip39) {
        auto seed = bip39::toSeed(secrets.mnemonic, secrets.passphrase);
        if (!seed)
            return seed.error();
        if (algo)
            return algorand::accountSeedFromBip39(*seed, index);
        auto node = slip10::derive(
            *seed, DerivationPath{44 | kHardened, 148 | kHardened, index | kHardened});
        if (!node)
            return node.error();
        return std::move(node->key);
    }
    const bool single = (secrets.kind == kKindStellarSeed && stellar) ||
                        (secrets.kind == kKindAlgorandSeed && algo);
    if (!single)
        return R::failure(
            str("not_supported"),
            QStringLiteral("This wallet holds a single %1 key; it has no %2 "
                           "account.")
                .arg(secrets.kind == kKindStellarSeed ? str("Stellar") : str("Algorand"),
                     stellar ? str("Stellar") : str("Algorand")));
    if (index != 0)
        return R::failure(str("not_supported"),
                          QStringLiteral("This wallet holds a single key: only account 0 "
                                         "exists, not %1.")
                              .arg(index));
    return secrets.seed.copy();
}

} // namespace fb::keystore
