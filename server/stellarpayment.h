// StellarPayment: decodes a signed Stellar transaction envelope with the wallet library and
// verifies it as a single payment: signature by the source account under the node's network
// passphrase (reporting when it was signed for another network), operation, asset, memo and
// validity window. The deal-specific checks (destination, amount, memo value) are the caller's.
#pragma once

#include "server/devledger.h"

namespace fb::node {

// nowSecs: current UNIX time for the time-bounds check.
Result<VerifiedTransfer> verifyStellarPayment(const QString &envelopeBase64,
                                              const QString &networkPassphrase,
                                              const QString &networkName, qint64 nowSecs);

} // namespace fb::node
