// Partially Signed Bitcoin Transactions (BIP174, version 0) for the offline signer: strict
// decoding (binary or Base64) that keeps every record, including unknown ones, so a PSBT
// re-serialises byte for byte; BIP143 signing of P2WPKH inputs that derive from the wallet's
// seed; finalisation and extraction; and the TxReview shown before anything is signed.
#pragma once

#include "wallet/bip32.h"
#include "wallet/result.h"
#include "wallet/secretbytes.h"
#include "wallet/txreview.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fb::psbt {

// Key types (BIP174).
enum : quint8 {
    GlobalUnsignedTx = 0x00,
    GlobalXpub = 0x01,
    GlobalVersion = 0xfb,
    InNonWitnessUtxo = 0x00,
    InWitnessUtxo = 0x01,
    InPartialSig = 0x02,
    InSighashType = 0x03,
    InRedeemScript = 0x04,
    InWitnessScript = 0x05,
    InBip32Derivation = 0x06,
    InFinalScriptSig = 0x07,
    InFinalScriptWitness = 0x08,
    OutRedeemScript = 0x00,
    OutWitnessScript = 0x01,
    OutBip32Derivation = 0x02,
};

constexpr quint32 SighashAll = 1;
constexpr quint32 SighashNone = 2;
constexpr quint32 SighashSingle = 3;
constexpr quint32 SighashAnyoneCanPay = 0x80;

struct TxIn
{
    QByteArray prevTxid; // 32 bytes, internal (little-endian) order
    quint32 prevIndex = 0;
    QByteArray scriptSig;
    quint32 sequence = 0xffffffff;
    QList<QByteArray> witness;
};

struct TxOut
{
    qint64 amount = 0; // satoshis
    QByteArray script;
};

struct Transaction
{
    qint32 version = 2;
    QList<TxIn> inputs;
    QList<TxOut> outputs;
    quint32 lockTime = 0;

    bool hasWitness() const;
    // withWitness=false gives the serialisation the txid commits to.
    QByteArray serialize(bool withWitness = true) const;
    QByteArray txidBytes() const; // sha256d(non-witness serialisation), internal order
    QString txid() const;         // hex as explorers show it (reversed)
};

// Parses a complete transaction (legacy or segwit serialisation); errors: bad_tx.
Result<Transaction> parseTransaction(QByteArrayView data, bool allowWitness = true);

struct Record
{
    QByteArray key; // type byte followed by key data
    QByteArray value;

    quint8 type() const { return quint8(key.isEmpty() ? 0 : key.at(0)); }
    QByteArray keyData() const { return key.mid(1); }
};

struct Map
{
    QList<Record> records;

    // The first record of that type (and key data, when given), or nullptr.
    const Record *find(quint8 type) const;
    const Record *find(quint8 type, const QByteArray &keyData) const;
    QList<const Record *> all(quint8 type) const;
    void removeType(quint8 type);
};

struct Psbt
{
    Map global;
    QList<Map> inputs;
    QList<Map> outputs;
    Transaction tx; // the decoded PSBT_GLOBAL_UNSIGNED_TX

    QByteArray serialize() const;
    QString toBase64() const;
};

// Decodes raw bytes, or Base64 / hex text of them. Errors: bad_psbt (the message names the
// map and the byte offset).
Result<Psbt> parse(QByteArrayView data);

struct Bip32Origin
{
    quint32 fingerprint = 0;
    DerivationPath path;
};
// Decodes a BIP32_DERIVATION value (fingerprint, then little-endian indices).
Result<Bip32Origin> parseOrigin(const QByteArray &value);

// BIP143 signature hash of input `index` spending `amount` locked by P2WPKH pubkey hash of
// publicKey33 (scriptCode 76a914{hash}88ac).
QByteArray sighashP2wpkh(const Transaction &tx, int index, const QByteArray &publicKey33,
                         qint64 amount, quint32 sighashType = SighashAll);
// BIP143 signature hash with an explicit scriptCode.
QByteArray sighashSegwitV0(const Transaction &tx, int index, const QByteArray &scriptCode,
                           qint64 amount, quint32 sighashType);

// Adds a PARTIAL_SIG to every P2WPKH input whose BIP32 derivation has this wallet's master
// fingerprint and re-derives to the listed key; other inputs are left as they are. Returns the
// number of inputs signed now. network: "mainnet" | "testnet".
Result<int> sign(Psbt &psbt, const SecretBytes &seed, const QString &network);
Result<int> signWithMaster(Psbt &psbt, const bip32::ExtendedKey &master);

// Writes FINAL_SCRIPTWITNESS for each P2WPKH input once every input carries its signature, and
// clears the partial data as BIP174 says. Errors: not_finalizable.
Status finalize(Psbt &psbt);
// The network transaction of a finalised PSBT, hex-encoded. Errors: not_finalized.
Result<QByteArray> extractTransaction(const Psbt &psbt);

// The review of what signing would approve; seed may be null (nothing is then "ours").
TxReview review(const Psbt &psbt, const SecretBytes *seed, const QString &network);
TxReview reviewWithMaster(const Psbt &psbt, const bip32::ExtendedKey *master,
                          const QString &network);

} // namespace fb::psbt
