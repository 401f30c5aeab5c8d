// Keystore: one encrypted file per wallet. A random data key (DEK) encrypts the wallet's
// secrets with XChaCha20-Poly1305; the DEK itself is wrapped by a key derived from the password
// with Argon2id (libsodium crypto_pwhash). The file records its own KDF parameters, is written
// atomically (QSaveFile, fsync, rename, directory fsync) and is described byte by byte in
// docs/KEYSTORE.md.
//
// Error codes (Error::code):
//   not_found       the file does not exist or cannot be opened
//   wrong_password  the password does not open the wrapped key (a changed header or wrapped key
//                   looks exactly the same: the AEAD cannot tell them apart)
//   bad_keystore    not a keystore: bad magic, unknown version or KDF, truncated, trailing bytes,
//                   parameters out of range, malformed contents
//   tampered        the password is right but the encrypted contents fail authentication
//   bad_secrets     write() was given secrets that do not make a wallet
//   bad_params      write() was given KDF parameters out of range
//   kdf_failed      Argon2id could not run (usually: not enough memory for memlimit)
//   io_error        the file could not be written
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace fb::keystore {

constexpr quint16 kFormatVersion = 1;

// Argon2id parameters. The defaults are libsodium's MODERATE level (3 passes, 256 MiB).
struct Params
{
    quint64 opsLimit = 3;
    quint64 memLimit = quint64(256) << 20; // bytes

    bool operator==(const Params &) const = default;
};

Params defaultParams();
// The cheapest parameters libsodium accepts for Argon2id (1 pass, 8 MiB): for tests only.
Params fastParams();

// Bounds a file's parameters must respect; anything outside is bad_keystore so a hostile file
// cannot make the reader allocate gigabytes or spin for minutes.
constexpr quint64 kMaxOpsLimit = 20;
constexpr quint64 kMaxMemLimit = quint64(4) << 30; // 4 GiB

// What the wallet holds.
//   kind "bip39":         mnemonic (normalised phrase, UTF-8) and an optional BIP39 passphrase
//   kind "stellar_seed":  seed (32 bytes, from an S… secret)
//   kind "algorand_seed": seed (32 bytes, from a 25-word Algorand phrase)
struct Secrets
{
    QString kind;
    SecretBytes mnemonic;
    SecretBytes passphrase;
    SecretBytes seed;
    QString label;
    qint64 created = 0; // ms since the Unix epoch (UTC); write() fills it in when 0
};

inline const QString kKindBip39 = QStringLiteral("bip39");
inline const QString kKindStellarSeed = QStringLiteral("stellar_seed");
inline const QString kKindAlgorandSeed = QStringLiteral("algorand_seed");

// Builders that check and normalise their input (bad_word_count, unknown_word, bad_checksum,
// bad_encoding, ... from the decoders).
Result<Secrets> fromBip39(const SecretBytes &phrase, const SecretBytes &passphrase,
                          const QString &label = {});
Result<Secrets> fromStellarSecret(const SecretBytes &secretSeedText, const QString &label = {});
Result<Secrets> fromAlgorandPhrase(const SecretBytes &phrase, const QString &label = {});

// Writes a new keystore (fresh salt, fresh DEK, fresh nonces), replacing path atomically.
Status write(const QString &path, const Secrets &secrets, const SecretBytes &password,
             const Params &params = defaultParams());
// Writes a new keystore at path only if there is none: the file is sealed first (the slow
// Argon2 step), written to a temporary beside path, flushed, and linked into place without
// replacing anything, so a keystore that appeared meanwhile is never overwritten
// (already_exists). A crash leaves either no keystore or the whole new one.
Status create(const QString &path, const Secrets &secrets, const SecretBytes &password,
              const Params &params = defaultParams());
// Removes the temporaries (path.XXXXXX) a killed create(), write() or changePassword() left
// beside path: those already linked into place, and those older than a minute.
void removeStaleTemporaries(const QString &path);
// Opens a keystore.
Result<Secrets> read(const QString &path, const SecretBytes &password);
// Re-wraps the same DEK under a new password (new salt, new nonces, possibly new parameters)
// and rewrites the file atomically. The old password no longer opens this file; copies made
// before the change still open with it.
Status changePassword(const QString &path, const SecretBytes &oldPassword,
                      const SecretBytes &newPassword, const Params &params = defaultParams());
// The parameters recorded in the header (no password needed).
Result<Params> inspect(const QString &path);

// The same over bytes in memory. readBytes refuses (bad_keystore) files whose parameters
// exceed limit, so callers that parse untrusted bytes can cap the cost.
Result<Params> inspectBytes(QByteArrayView file);
Result<Secrets> readBytes(QByteArrayView file, const SecretBytes &password,
                          const Params &limit = Params{kMaxOpsLimit, kMaxMemLimit});
Result<QByteArray> encryptToBytes(const Secrets &secrets, const SecretBytes &password,
                                  const Params &params = defaultParams());

// The 32-byte ed25519 seed of an account.
//   bip39:         chain "stellar" → SLIP-0010 m/44'/148'/index' (SEP-0005);
//                  chain "algorand" → algorand::accountSeedFromBip39 (m/44'/283'/index')
//   stellar_seed:  chain "stellar", index 0 only
//   algorand_seed: chain "algorand", index 0 only
// Errors: unsupported_chain, not_supported (kind and chain or index do not fit), bad_index.
Result<SecretBytes> accountKey(const Secrets &secrets, const QString &chain, quint32 index);
// The 64-byte BIP39 seed (for Bitcoin BIP32). Refused (not_supported) for single-key kinds.
Result<SecretBytes> bip39Seed(const Secrets &secrets);

} // namespace fb::keystore
