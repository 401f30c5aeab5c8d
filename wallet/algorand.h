// Algorand: addresses, the native 25-word account phrase, the derivation the wallet uses for
// BIP39 seeds, canonical msgpack for payment and asset-transfer transactions (hand-encoded
// fixed schema with a strict parser), signing, goal-compatible transaction files and the review
// shown before signing.
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"
#include "wallet/txreview.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace fb::algorand {

constexpr quint64 kMinFee = 1000;            // microalgos
constexpr quint64 kMaxValidityRounds = 1000; // lv - fv
constexpr qsizetype kMaxNoteSize = 1024;
constexpr quint64 kHighFee = 10000; // review warns above this (microalgos)

// ---- Addresses --------------------------------------------------------------------------

// base32(pk || sha512_256(pk)[28..32]), 58 characters. pub must be 32 bytes.
QString address(QByteArrayView pub32);
// The 32-byte public key of an address. Errors: bad_address (length, characters),
// bad_checksum (well-formed but the last four bytes do not match: a typo).
Result<QByteArray> decodeAddress(const QString &text);

// ---- Native 25-word phrase ------------------------------------------------------------

// The 25 words for a 32-byte account seed (lower case, single spaces).
SecretBytes mnemonicFromSeed(const SecretBytes &seed32);
// The 32-byte seed of a 25-word phrase (case and extra white space ignored). Errors:
// bad_word_count, unknown_word (names the position), bad_checksum.
Result<SecretBytes> seedFromMnemonic(const SecretBytes &phrase);

// ---- Accounts from a BIP39 seed --------------------------------------------------------

// The wallet derives Algorand accounts from a BIP39 seed with SLIP-0010 ed25519 along
// m/44'/283'/account' (every level hardened). The result is an ordinary 32-byte ed25519 seed,
// so each account can also be exported and restored as a native 25-word phrase. Ledger's
// BIP32-Ed25519 scheme (m/44'/283'/account'/0/0 with non-hardened levels and extended-key
// signing) gives different addresses and is not supported; accounts record which scheme made
// them so nothing is ever guessed.
Result<SecretBytes> accountSeedFromBip39(const SecretBytes &bip39Seed, quint32 account);
QString derivationPath(quint32 account); // "m/44'/283'/0'"

// ---- Transactions -----------------------------------------------------------------------

struct Transaction
{
    QString type;      // "pay" or "axfer"
    QByteArray sender; // 32 bytes
    quint64 fee = 0;
    quint64 firstValid = 0;
    quint64 lastValid = 0;
    QString genesisId;
    QByteArray genesisHash; // 32 bytes
    QByteArray note;        // up to 1024 bytes
    QByteArray lease;       // 32 bytes or empty
    QByteArray group;       // 32 bytes or empty
    QByteArray rekeyTo;     // 32 bytes or empty
    // pay
    QByteArray receiver; // 32 bytes or empty (empty = the all-zero address)
    quint64 amount = 0;
    QByteArray closeRemainderTo;
    // axfer
    quint64 assetId = 0;      // xaid
    quint64 assetAmount = 0;  // aamt
    QByteArray assetReceiver; // arcv
    QByteArray assetCloseTo;  // aclose
    QByteArray assetSender;   // asnd (clawback)

    bool operator==(const Transaction &) const = default;
};

struct SignedTransaction
{
    Transaction txn;
    QByteArray sig;    // 64 bytes, or empty when unsigned
    QByteArray signer; // sgnr: 32 bytes when the signing key is not the sender's own key

    bool operator==(const SignedTransaction &) const = default;
};

// Canonical msgpack: keys in bytewise order, zero and empty fields left out, smallest integer
// and length encodings, bin for byte fields, str for strings.
QByteArray encode(const Transaction &txn);
// Strict parser for a transaction map. Errors: bad_msgpack (where and what: truncated, unknown
// key, wrong type, duplicate or unsorted key, non-canonical integer or length, trailing bytes),
// unsupported_transaction (a type other than pay/axfer, or a field that type does not have).
Result<Transaction> decode(QByteArrayView bytes);

QByteArray encodeSigned(const SignedTransaction &stxn);
Result<SignedTransaction> decodeSigned(QByteArrayView bytes);
// A transaction file: one or more concatenated {"txn"} or {"sig","txn"} objects (goal, algokit)
// or bare transactions {"amt","fee",...} (algosdk's encodeUnsignedTransaction), which read as
// unsigned. encodeFile writes the {"txn"} form.
Result<QList<SignedTransaction>> decodeFile(QByteArrayView bytes);
QByteArray encodeFile(const QList<SignedTransaction> &list);

// "TX" || encode(txn): the exact bytes an Algorand signature covers.
QByteArray bytesToSign(const Transaction &txn);
// base32(sha512_256("TX" || msgpack)), 52 characters.
QString txId(const Transaction &txn);

// Signs with a 32-byte account seed. The key must be the sender's own key (else error
// not_our_account), unless senderRekeyedToKey says the sender account has been rekeyed to this
// key: then the signature carries sgnr = this key's public key.
Result<SignedTransaction> sign(const Transaction &txn, const SecretBytes &seed32,
                               bool senderRekeyedToKey = false);
// Checks sig against sgnr (or the sender when sgnr is absent).
bool verify(const SignedTransaction &stxn);

// ---- Building payments ------------------------------------------------------------------

struct PaymentParams
{
    QString sender;        // address
    QString receiver;      // address
    quint64 amount = 0;    // microalgos
    quint64 fee = kMinFee; // flat fee in microalgos; raised to the 1000 minimum
    quint64 firstValid = 0;
    quint64 lastValid = 0;
    QString network; // "mainnet" or "testnet"
    QByteArray note;
};

// Errors: bad_address / bad_checksum, unknown_network, bad_validity (lv < fv or more than 1000
// rounds), note_too_long.
Result<Transaction> buildPayment(const PaymentParams &params);

struct NetworkInfo
{
    QString name;      // "mainnet", "testnet", "betanet"
    QString genesisId; // "mainnet-v1.0"
    QByteArray genesisHash;
    bool test = false;
};
std::optional<NetworkInfo> networkByName(const QString &name);
std::optional<NetworkInfo> networkByGenesisId(const QString &genesisId);

// ---- Review -----------------------------------------------------------------------------

TxReview review(const Transaction &txn, const std::optional<QByteArray> &ourPub32 = std::nullopt);

} // namespace fb::algorand
