// Stellar transactions in the network's own format: TransactionEnvelope XDR (v0, v1 and
// fee-bump envelopes), with Payment, CreateAccount, ChangeTrust, ManageData and
// InvokeHostFunction operations and every memo type. Decodes strictly, re-encodes byte for
// byte, signs SHA-256(network id ‖ envelope type ‖ transaction) with a decorated signature, builds
// payments, and explains a transaction in plain words before it is signed.
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"
#include "wallet/txreview.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fb::stellar {

struct Network
{
    QString name;       // "public", "testnet", "futurenet", or "custom"
    QString passphrase; // e.g. "Public Global Stellar Network ; September 2015"
    bool known = false;
    bool test = false;
    QByteArray id() const; // SHA-256 of the passphrase
};
// By name (public/mainnet, testnet, futurenet) or by passphrase; unknown passphrases are
// accepted as "custom" networks (the review warns).
Network network(const QString &nameOrPassphrase);

enum EnvelopeType : qint32 { EnvelopeTxV0 = 0, EnvelopeTx = 2, EnvelopeFeeBump = 5 };
enum OperationType : qint32 {
    CreateAccount = 0,
    Payment = 1,
    ChangeTrust = 6,
    ManageData = 10,
    InvokeHostFunction = 24,
};
enum MemoType : qint32 { MemoNone = 0, MemoText = 1, MemoId = 2, MemoHash = 3, MemoReturn = 4 };

struct MuxedAccount
{
    QByteArray key; // 32-byte ed25519 public key
    std::optional<quint64> id;
    QString address() const; // G… or M…
    bool operator==(const MuxedAccount &) const = default;
};

struct Asset
{
    qint32 type = 0;   // 0 native, 1 alphanum4, 2 alphanum12, 3 pool share (trust lines only)
    QByteArray code;   // 4 or 12 bytes, zero padded
    QByteArray issuer; // 32-byte ed25519 key
    // Pool share (ChangeTrust): the two assets and the fee in basis points.
    QList<Asset> poolAssets;
    qint32 poolFee = 0;
    QString display() const; // "XLM", "USDC:GA5Z…"
    bool operator==(const Asset &) const = default;
};

struct Memo
{
    qint32 type = MemoNone;
    QByteArray text; // up to 28 bytes
    quint64 id = 0;
    QByteArray hash; // 32 bytes for hash and return
    QString display() const;
    bool operator==(const Memo &) const = default;
};

struct SignerKey
{
    qint32 type = 0; // 0 ed25519, 1 pre-auth tx, 2 hash-x, 3 ed25519 signed payload
    QByteArray key;
    QByteArray payload;
    bool operator==(const SignerKey &) const = default;
};

struct Preconditions
{
    qint32 type = 0; // 0 none, 1 time bounds, 2 v2
    quint64 minTime = 0, maxTime = 0;
    bool hasLedgerBounds = false;
    quint32 minLedger = 0, maxLedger = 0;
    std::optional<qint64> minSeqNum;
    quint64 minSeqAge = 0;
    quint32 minSeqLedgerGap = 0;
    QList<SignerKey> extraSigners;
    bool operator==(const Preconditions &) const = default;
};

struct Operation
{
    std::optional<MuxedAccount> source;
    qint32 type = Payment;
    MuxedAccount destination; // payment (muxed) and create account (plain key)
    Asset asset;              // payment asset, or change-trust line
    qint64 amount = 0;        // payment amount, starting balance, or trust limit
    QByteArray dataName;      // manage data
    std::optional<QByteArray> dataValue;
    QByteArray body;  // invoke host function: the operation body as received
    QString contract; // invoke host function: C… of the called contract, if any
    QString function; // invoke host function: called function or action
    bool operator==(const Operation &) const = default;
};

struct Transaction
{
    MuxedAccount source;
    quint32 fee = 0;
    qint64 sequence = 0;
    Preconditions cond;
    Memo memo;
    QList<Operation> operations;
    QByteArray sorobanData; // transaction ext v1, as received (empty for ext v0)
    bool operator==(const Transaction &) const = default;
};

struct Signature
{
    QByteArray hint;      // last 4 bytes of the signer's public key
    QByteArray signature; // 64 bytes
    bool operator==(const Signature &) const = default;
};

struct Envelope
{
    qint32 type = EnvelopeTx;
    Transaction tx;              // the inner transaction of a fee bump
    QList<Signature> signatures; // of the transaction (inner for fee bumps)
    // Fee bump only:
    MuxedAccount feeSource;
    qint64 feeBumpFee = 0;
    QList<Signature> feeBumpSignatures;
};

// Errors: bad_xdr with the byte offset and what was being read; unsupported_operation.
Result<Envelope> decode(QByteArrayView xdr);
// Accepts base64 text (whitespace ignored) as Stellar Laboratory and the SDKs write it.
Result<Envelope> decodeBase64(QByteArrayView text);
QByteArray encode(const Envelope &envelope);
QByteArray encodeBase64(const Envelope &envelope);

// The bytes that are signed and the transaction hash (what explorers show).
QByteArray signatureBase(const Envelope &envelope, const Network &network);
QByteArray hash(const Envelope &envelope, const Network &network);

// Public keys whose signatures the envelope needs (sources of the transaction and operations;
// the fee source for fee bumps).
QList<QByteArray> requiredSigners(const Envelope &envelope);
// Adds the signature of key (a 32-byte ed25519 seed). Refused (code "nothing_to_sign") when the
// key is not a signer the envelope names, or already signed.
Status sign(Envelope &envelope, const SecretBytes &key, const Network &network);
bool hasValidSignature(const Envelope &envelope, const Network &network, QByteArrayView publicKey);

TxReview review(const Envelope &envelope, const Network &network, QByteArrayView ourPublicKey = {});

struct PaymentParams
{
    QString source;      // G… (or M…)
    QString destination; // G… or M…
    qint64 amount = 0;   // stroops
    QString asset;       // "XLM"/"native" or "CODE:ISSUER"
    qint64 sequence = 0; // the sequence number the transaction uses (account's + 1)
    quint32 fee = 100;   // stroops, total
    quint64 minTime = 0, maxTime = 0;
    Memo memo;
    bool createAccount = false; // fund a new account instead (native only)
};
Result<Envelope> buildPayment(const PaymentParams &params);
// Parses an asset spec ("XLM", "native", "USDC:G…").
Result<Asset> parseAsset(const QString &spec);
// "12.5" -> 125000000 stroops (7 decimals), strictly.
Result<qint64> parseAmount(const QString &text);

} // namespace fb::stellar
