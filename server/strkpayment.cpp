#include "server/strkpayment.h"

#include "server/strkledger.h"
#include "wallet/starknettx.h"

#include <QCoreApplication>

namespace fb::node {

using starknet::Felt;

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("StrkPayment", text);
}

} // namespace

Result<VerifiedStrkPayment>
verifyStrkPayment(const QString &envelope,
                  const std::function<std::optional<Felt>(const QString &)> &publicKeyOf)
{
    auto refuse = [](const QString &message) {
        return Result<VerifiedStrkPayment>::failure(QStringLiteral("payment_refused"), message);
    };
    if (envelope.size() > 65536)
        return refuse(say("The signed transaction is too large for a payment."));
    // The JSON form itself, or base64 of it.
    QByteArray text = envelope.trimmed().toUtf8();
    if (!text.startsWith('{'))
        text = QByteArray::fromBase64(text, QByteArray::AbortOnBase64DecodingErrors);
    if (text.isEmpty())
        return refuse(say("Send the signed INVOKE v3 transaction in its JSON form (docs/WALLET.md), "
                          "as text or base64."));
    auto tx = starknet::parseJson(text);
    if (!tx)
        return refuse(say("Could not decode the signed transaction: %1").arg(tx.error().message));
    if (tx->chainId != strkdev::chainId()) {
        if (const auto other = starknet::chainById(tx->chainId))
            return refuse(say("The transaction was signed for Starknet %1; this node takes "
                              "payments on its development network (%2).")
                              .arg(other->name, strkdev::chainIdText()));
        return refuse(say("Wrong chain id %1: this network's is %2.")
                          .arg(starknet::chainName(tx->chainId), strkdev::chainIdText()));
    }
    if (tx->signature.size() != 2)
        return refuse(say("The transaction is not signed (its signature must be two felts, r "
                          "and s)."));
    if (!tx->accountDeploymentData.isEmpty() || !tx->paymasterData.isEmpty())
        return refuse(say("Pay from a deployed account, without a paymaster."));
    if (!tx->nonce.fitsBits(63))
        return refuse(say("The nonce %1 is out of range.").arg(tx->nonce.toHex()));
    auto calls = starknet::decodeExecuteCalldata(tx->calldata);
    if (!calls)
        return refuse(say("Could not read the transaction's calls: %1").arg(calls.error().message));
    if (calls->size() != 1)
        return refuse(say("The payment must be a single STRK transfer; the transaction makes %1 "
                          "calls.")
                          .arg(calls->size()));
    const starknet::Call &call = calls->first();
    if (call.to != starknet::strkToken() || call.selector != starknet::selectorOf(QStringLiteral("transfer")))
        return refuse(say("The payment must call transfer on the STRK contract %1.")
                          .arg(starknet::formatAddress(starknet::strkToken())));
    if (call.calldata.size() != 3)
        return refuse(say("transfer takes a recipient and a u256 amount (three felts); the call "
                          "has %1.")
                          .arg(call.calldata.size()));
    const Felt &low = call.calldata.at(1);
    const Felt &high = call.calldata.at(2);
    if (!high.isZero() || !low.fitsBits(128))
        return refuse(say("The amount is out of range."));
    // fri -> platform units (10^9 fri): a whole number of them, and a 64-bit integer.
    const QString fri = low.toDecimal();
    const qsizetype cut = fri.size() - 9;
    bool whole = fri == QLatin1String("0");
    qint64 units = 0;
    if (!whole && cut > 0 && fri.mid(cut) == QLatin1String("000000000")) {
        units = fri.left(cut).toLongLong(&whole);
    }
    if (!whole)
        return refuse(say("The amount %1 fri is not a whole number of nano-STRK (10^9 fri): the "
                          "platform pays and refunds in nano-STRK.")
                          .arg(fri));
    const QString sender = starknet::formatAddress(tx->senderAddress);
    const std::optional<Felt> key = publicKeyOf(sender);
    if (!key)
        return refuse(say("The account %1 is not deployed on the Starknet development network. "
                          "Fund it from the faucet first.")
                          .arg(sender));
    if (!starknet::verify(*tx, *key))
        return refuse(say("The signature does not verify over the transaction hash with the "
                          "key of %1.")
                          .arg(sender));
    VerifiedStrkPayment v;
    v.transfer.chain = strkdev::kChain;
    v.transfer.network = QStringLiteral("dev");
    v.transfer.hash = starknet::transactionHash(*tx).toPaddedHex();
    v.transfer.source = sender;
    v.transfer.sequence = qint64(tx->nonce.low64());
    v.transfer.fee = 0; // the development network does not meter gas
    v.transfer.destination = starknet::formatAddress(call.calldata.at(0));
    v.transfer.asset = strkdev::kAsset;
    v.transfer.amount = units;
    v.transfer.envelope = QString::fromUtf8(text);
    v.nonce = qint64(tx->nonce.low64());
    return v;
}

} // namespace fb::node
