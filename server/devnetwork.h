// DevNetwork: the facts of the node's development network: its name and passphrase, the
// escrow and USD-issuer accounts, the seeded demo providers' accounts, the platform fee.
// Its keys derive from published labels: they protect nothing, and the network has no value.
#pragma once

#include "wallet/result.h"

#include <QString>

namespace fb::node {

constexpr int kFeeBps = 200; // platform fee: 2 % of the provider's subtotal

QString devNetworkName();       // "dev"
QString devNetworkPassphrase(); // signs transactions for the development ledger
QString escrowAddress();        // holds deal funds until release or refund
QString usdIssuerAddress();
QString platformFeeAddress(); // receives the platform fee     // issues the development "USD" asset
QString demoProviderAddress(int index);
// Ledger asset for a payment currency: "XLM" (native) or "USD:<issuer>"; empty if unsupported.
QString assetForCurrency(const QString &currency);
// The modelled network round trip (ms) from this node to a seeded demo offer's region, which
// the QoS oracle adds to its probe of the local directory behind it; 0 for any other offer.
int demoNetworkLatencyMs(const QString &offerId);

} // namespace fb::node
