// AlgoPayment: decodes a signed Algorand pay transaction (canonical msgpack) with the wallet
// library and verifies it against the node's Algorand development network: ed25519 signature
// over "TX" || transaction, type and fields, genesis hash (naming the network it was signed for
// when it is another), fee, and that the current round lies inside its validity window. The
// deal-specific checks (receiver, amount, note) are the caller's.
#pragma once

#include "server/devledger.h"

namespace fb::node {

struct VerifiedAlgorandPayment
{
    VerifiedTransfer transfer; // chain "algorand", hash = transaction id, memo = note (UTF-8)
    QByteArray lease;          // 32 bytes or empty
    quint64 firstValid = 0;
    quint64 lastValid = 0;
};

// signedBase64: base64 of the msgpack SignedTxn {"sig", "txn"}; round: the network's round now.
// requireNote: a deal payment carries its intent's memo as the note; a plain transfer between two
// accounts (POST /v1/dev/transfers) may have none.
Result<VerifiedAlgorandPayment> verifyAlgorandPayment(const QString &signedBase64, quint64 round,
                                                      bool requireNote = true);

} // namespace fb::node
