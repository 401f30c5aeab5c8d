// BtcPayment: decodes a fully signed Bitcoin transaction (raw hex) or a finalized PSBT with the
// wallet library and verifies it against the development UTXO set: every input spends a known,
// unspent P2WPKH output and carries a BIP143 SIGHASH_ALL signature that libsecp256k1 verifies
// (low-S, strict DER); the escrow outputs' sum, the OP_RETURN memo and the fee rate are
// reported for the caller's deal checks.
#pragma once

#include "server/btcledger.h"
#include "server/devledger.h"

#include <functional>

namespace fb::node {

struct VerifiedBitcoinPayment
{
    VerifiedTransfer transfer; // chain "bitcoin"; amount = sum paid to the escrow script
    psbt::Transaction tx;
    QString rawHex;   // network serialisation (with witnesses)
    qint64 fee = 0;   // inputs - outputs
    qint64 vsize = 0; // virtual bytes (weight / 4, rounded up)
    int opReturns = 0;
};

using UtxoLookup = std::function<Result<std::optional<Utxo>>(const QString &txid, quint32 vout)>;

// text: raw transaction hex, or a finalized PSBT (base64, or hex starting 70736274ff).
Result<VerifiedBitcoinPayment> verifyBitcoinPayment(const QString &text, const UtxoLookup &lookup,
                                                    const QByteArray &escrowScript,
                                                    qint64 minFeeRateSatPerVbyte);

} // namespace fb::node
