#include "models/signelsewhere.h"

#include "wallet/intentpayment.h"
#include "wallet/starknet.h"

#include <QCoreApplication>

namespace fb::signelsewhere {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SignElsewhere)
};
} // namespace

Result<QString> signedSubmission(const offlinetx::Transaction &tx, const Signer &signer,
                                 const QString &what)
{
    auto notSigned = [&what](const QString &message) {
        return Error{QStringLiteral("not_signed"), message.arg(what)};
    };
    switch (tx.chain) {
    case offlinetx::Chain::Stellar:
        if (!stellar::hasValidSignature(tx.stellarEnvelope, signer.stellarNetwork,
                                        signer.stellarSource))
            return notSigned(
                Text::tr("%1 carries no valid signature of your Stellar account: sign it "
                         "on the other device with this wallet, then import it again."));
        return QString::fromLatin1(stellar::encodeBase64(tx.stellarEnvelope));
    case offlinetx::Chain::Algorand:
        if (tx.algorandTxns.size() != 1 || tx.algorandTxns.first().sig.isEmpty() ||
            !algorand::verify(tx.algorandTxns.first()))
            return notSigned(
                Text::tr("%1 carries no valid signature of your Algorand account: sign "
                         "it on the other device with this wallet, then import it again."));
        return intentpay::algorandEnvelope(tx.algorandTxns.first());
    case offlinetx::Chain::Bitcoin:
        if (!psbt::extractTransaction(tx.psbt))
            return notSigned(
                Text::tr("%1 is not fully signed (the signer finalises a Bitcoin payment "
                         "once every input is signed): sign it on the other device with "
                         "this wallet, then import it again."));
        return intentpay::bitcoinEnvelope(tx.psbt);
    case offlinetx::Chain::Starknet: {
        // The hash matched an exported transaction, so the sender is this wallet's account; the
        // signature must be that account's key over it. Without the key the node checks.
        const starknet::InvokeV3 &sent = tx.starknetTx;
        bool valid = sent.signature.size() == 2;
        if (valid && !signer.starknetPublicKey.isEmpty()) {
            if (const auto pub = stark::Felt::fromHex(signer.starknetPublicKey))
                valid = starknet::verify(sent, *pub);
        }
        if (!valid)
            return notSigned(
                Text::tr("%1 carries no valid signature of your Starknet account: sign "
                         "it on the other device with this wallet, then import it again."));
        return QString::fromUtf8(starknet::toJson(sent));
    }
    }
    return notSigned(Text::tr("%1 is of a chain this app cannot submit."));
}

} // namespace fb::signelsewhere
