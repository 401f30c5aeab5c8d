// StrkPayment: decodes a signed Starknet INVOKE v3 transaction (the JSON form of docs/WALLET.md,
// as text or base64) with the wallet library and verifies it against the node's Starknet
// development network: the chain id (naming the network it was signed for when it is another),
// a single transfer call on the STRK contract, the u256 amount as a whole number of platform
// units, and the signature over the Poseidon transaction hash by the sender account's key. The
// nonce and balance are the ledger's checks; destination and amount against the intent the
// caller's.
#pragma once

#include "server/devledger.h"
#include "wallet/starknet.h"

#include <functional>
#include <optional>

namespace fb::node {

struct VerifiedStrkPayment
{
    VerifiedTransfer transfer; // chain "starknet", hash = transaction hash, amount in nano-STRK
    qint64 nonce = 0;
};

// publicKeyOf answers the deployed account's key, or nullopt when the sender is not deployed.
Result<VerifiedStrkPayment>
verifyStrkPayment(const QString &envelope,
                  const std::function<std::optional<starknet::Felt>(const QString &)> &publicKeyOf);

} // namespace fb::node
