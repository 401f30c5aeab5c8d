// Starknet INVOKE v3 transactions: the transaction hash (Poseidon, as the protocol defines it),
// the JSON file form the offline signer reads and writes (the JSON-RPC INVOKE_TXN_V3 fields plus
// chain_id), account multicall calldata, STRK transfers, signing and the review shown before
// signing. The file form is described in docs/WALLET.md.
#pragma once

#include "wallet/result.h"
#include "wallet/secretbytes.h"
#include "wallet/starknet.h"
#include "wallet/txreview.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace fb::starknet {

constexpr int kStrkDecimals = 18; // 1 STRK = 10^18 fri

// The STRK ERC-20 contract (the same address on mainnet and Sepolia).
Felt strkToken();

enum class DaMode { L1 = 0, L2 = 1 };

struct ResourceBound
{
    quint64 maxAmount = 0; // u64 units of the resource
    Felt maxPricePerUnit;  // u128, fri per unit
    bool operator==(const ResourceBound &) const = default;
};

struct InvokeV3
{
    Felt senderAddress;
    QList<Felt> calldata; // the account's __execute__ calldata
    Felt nonce;
    ResourceBound l1Gas;
    ResourceBound l2Gas;
    ResourceBound l1DataGas;
    quint64 tip = 0; // fri per unit of L2 gas
    QList<Felt> paymasterData;
    QList<Felt> accountDeploymentData;
    DaMode nonceDaMode = DaMode::L1;
    DaMode feeDaMode = DaMode::L1;
    Felt chainId;
    QList<Felt> signature; // empty, or [r, s] once signed

    bool operator==(const InvokeV3 &) const = default;
};

// poseidon_many("invoke", 3, sender, poseidon_many(tip, L1_GAS, L2_GAS, L1_DATA bounds),
// poseidon_many(paymaster_data), chain_id, nonce, nonce_da << 32 | fee_da,
// poseidon_many(account_deployment_data), poseidon_many(calldata)).
Felt transactionHash(const InvokeV3 &tx);

// The most the transaction can cost, in fri: the sum of max_amount * max_price_per_unit over the
// three resources plus tip * l2_gas.max_amount, as a decimal string.
QString maxFeeFri(const InvokeV3 &tx);

// The file form. Errors: bad_json (what and where: not JSON, a missing or unknown field, a
// value that is not a felt or exceeds its width), unsupported_transaction (a type other than
// INVOKE, or a version other than 0x3: the query version 2^128 + 3 is never signed).
Result<InvokeV3> parseJson(QByteArrayView text);
QByteArray toJson(const InvokeV3 &tx);

// ---- Calls -----------------------------------------------------------------------------

struct Call
{
    Felt to;
    Felt selector;
    QList<Felt> calldata;
    bool operator==(const Call &) const = default;
};
// Cairo 1 account multicall: [n, (to, selector, len, data...) * n].
QList<Felt> executeCalldata(const QList<Call> &calls);
// Errors: bad_calldata (counts that do not add up, trailing felts).
Result<QList<Call>> decodeExecuteCalldata(const QList<Felt> &calldata);
// The selector of an entry point the wallet knows ("transfer", "approve", ...), from the table.
std::optional<Felt> selectorOf(const QString &name);
QString selectorName(const Felt &selector); // the name, or empty

// A STRK transfer: transfer(recipient, u256 amount) on the STRK contract. The amount is in fri
// and below 2^128 (3.4 * 10^20 STRK).
Call strkTransfer(const Felt &recipient, const Felt &amountFri);
// "12.5" STRK -> fri. Errors: bad_amount.
Result<Felt> parseStrk(const QString &text);

struct PaymentParams
{
    Felt sender;
    Felt recipient;
    Felt amountFri;
    Felt nonce;
    Felt chainId;
    ResourceBound l1Gas{0, Felt()};
    ResourceBound l2Gas{0, Felt()};
    ResourceBound l1DataGas{0, Felt()};
    quint64 tip = 0;
};
InvokeV3 buildStrkPayment(const PaymentParams &params);

// ---- Signing and review -----------------------------------------------------------------

// Signs the transaction hash; the signature becomes [r, s]. Errors from stark::sign.
Status sign(InvokeV3 &tx, const SecretBytes &privateKey);
// True when signature is [r, s] over the hash by this stark key.
bool verify(const InvokeV3 &tx, const Felt &publicKey);

// review() warns (danger) above this maximum fee: 20 STRK.
QString highFeeFri();

TxReview review(const InvokeV3 &tx, const std::optional<Felt> &ourAddress = std::nullopt);

} // namespace fb::starknet
