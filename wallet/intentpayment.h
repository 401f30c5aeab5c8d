// IntentPayment: turns a platform node's payment intent into the chain's own unsigned
// transaction and the plain-words review shown before signing: an Algorand pay transaction
// (note = the intent's memo) or a Bitcoin PSBT with coin selection over the account's coins,
// the escrow output, an OP_RETURN memo and change. Pure: no network; the caller fetches the
// intent and the coins and submits the signed result.
#pragma once

#include "wallet/algorand.h"
#include "wallet/derivationpath.h"
#include "wallet/psbt.h"
#include "wallet/result.h"
#include "wallet/txreview.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fb::intentpay {

// ---- Algorand ---------------------------------------------------------------------------

// What the intent says (PaymentIntent: escrowAddress, amount.units, memo, algorand.*).
struct AlgorandIntent
{
    QString escrowAddress;
    quint64 amount = 0; // microalgos
    QString memo;       // goes in the note, UTF-8
    QString genesisId;
    QByteArray genesisHash; // 32 bytes
    quint64 firstValid = 0;
    quint64 lastValid = 0;
    quint64 minFee = algorand::kMinFee;
};

// The unsigned pay transaction from sender (an Algorand address) for the intent: flat fee =
// the intent's minimum fee, validity window and genesis from the intent. Errors: bad_address,
// bad_checksum, bad_intent (missing genesis, window longer than 1000 rounds, zero amount).
Result<algorand::Transaction> buildAlgorandPayment(const QString &sender,
                                                   const AlgorandIntent &intent);
// algorand::review, with the node's network named ("<genesisId> (development network)") when
// the transaction carries the intent's genesis, and a danger warning `intent_mismatch` when
// receiver, amount, note or genesis differ from the intent.
TxReview reviewAlgorandPayment(const algorand::Transaction &txn, const AlgorandIntent &intent,
                               const std::optional<QByteArray> &ourPub32 = std::nullopt);
// The body of POST /v1/deals/{id}/payments: {"envelope": algorandEnvelope(signed)}.
QString algorandEnvelope(const algorand::SignedTransaction &signedTxn);

// ---- Bitcoin ----------------------------------------------------------------------------

// One spendable coin of the account (GET /v1/dev/accounts/{address} utxos[], plus the key
// that owns it).
struct Coin
{
    QString txid; // hex as explorers show it
    quint32 vout = 0;
    qint64 amount = 0;    // satoshis
    QByteArray script;    // P2WPKH scriptPubKey
    QByteArray prevTx;    // raw creating transaction (NON_WITNESS_UTXO), may be empty
    QByteArray publicKey; // 33 bytes
    DerivationPath path;  // e.g. m/84'/1'/0'/0/0
};

struct BitcoinIntent
{
    QByteArray escrowScript; // bitcoin.escrowScript
    qint64 amount = 0;       // amount.units (satoshis)
    QString memo;            // OP_RETURN data, UTF-8; empty: no OP_RETURN output (a plain
                             // transfer, escrowScript then being the recipient's script)
    qint64 feeRate = 1;      // bitcoin.feeRateSatPerVbyte
};

struct CoinSelection
{
    QList<Coin> inputs;
    qint64 fee = 0;    // satoshis
    qint64 change = 0; // 0 when the rest was below dust and went to the fee
    qint64 vsize = 0;  // estimated virtual size (signatures of 72 bytes)
};

constexpr qint64 kDust = 294; // P2WPKH dust limit at 3 sat/vB, Bitcoin Core's rule

// Virtual size of a P2WPKH transaction with these inputs and outputs (opReturnBytes: the memo's
// length, or -1 for no OP_RETURN output).
qint64 estimateVsize(int inputs, int p2wpkhOutputs, qsizetype opReturnBytes);
// Largest coins first until amount + fee (at feeRate) is covered; the change output is left out
// when it would be dust. Errors: insufficient_funds (says how much is missing), bad_intent.
Result<CoinSelection> selectCoins(const QList<Coin> &coins, const BitcoinIntent &intent);
// The unsigned PSBT: inputs with WITNESS_UTXO (and NON_WITNESS_UTXO when known) and their BIP32
// derivation under masterFingerprint; outputs escrow, OP_RETURN memo, change (with its
// derivation, so the review recognises it). Sign with psbt::sign, then psbt::finalize.
Result<psbt::Psbt> buildBitcoinPsbt(const CoinSelection &selection, const BitcoinIntent &intent,
                                    quint32 masterFingerprint, const QByteArray &changePublicKey,
                                    const DerivationPath &changePath);
// psbt::review plus `intent_mismatch` (danger) when the escrow output, amount, memo or fee rate
// differ from the intent.
TxReview reviewBitcoinPayment(const psbt::Psbt &psbt, const BitcoinIntent &intent,
                              const SecretBytes *seed, const QString &network);
// The body of POST /v1/deals/{id}/payments for a signed and finalized PSBT: base64 PSBT.
QString bitcoinEnvelope(const psbt::Psbt &finalized);

} // namespace fb::intentpay
