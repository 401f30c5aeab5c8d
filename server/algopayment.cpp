#include "server/algopayment.h"

#include "server/algoledger.h"
#include "wallet/algorand.h"

#include <limits>

namespace fb::node {

Result<VerifiedAlgorandPayment> verifyAlgorandPayment(const QString &signedBase64, quint64 round,
                                                      bool requireNote)
{
    auto refuse = [](const QString &message) {
        return Result<VerifiedAlgorandPayment>::failure(QStringLiteral("payment_refused"), message);
    };
    if (signedBase64.size() > 8192)
        return refuse(QStringLiteral("The signed transaction is too large for a payment."));
    const QByteArray bytes =
        QByteArray::fromBase64(signedBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (bytes.isEmpty())
        return refuse(QStringLiteral("Send the signed transaction as base64 of its msgpack "
                                     "encoding (algosdk's signTxn output)."));
    auto st = algorand::decodeSigned(bytes);
    if (!st)
        return refuse(
            QStringLiteral("Could not decode the signed transaction: %1").arg(st.error().message));
    const algorand::Transaction &tx = st->txn;
    if (tx.type != QLatin1String("pay"))
        return refuse(QStringLiteral("The transaction must be a payment (type \"pay\"), not "
                                     "\"%1\".")
                          .arg(tx.type));
    if (st->sig.size() != 64)
        return refuse(QStringLiteral("The transaction is not signed."));
    if (!st->signer.isEmpty())
        return refuse(QStringLiteral("Pay from an account signed by its own key; rekeyed "
                                     "senders are not supported on the development network."));
    if (!algorand::verify(*st))
        return refuse(QStringLiteral("The signature of %1 does not verify over the "
                                     "transaction.")
                          .arg(algorand::address(tx.sender)));
    if (tx.genesisHash != algodev::genesisHash()) {
        const auto other = algorand::networkByGenesisId(tx.genesisId);
        if (other && tx.genesisHash == other->genesisHash)
            return refuse(QStringLiteral("The transaction was signed for Algorand %1 (\"%2\"); "
                                         "this node takes payments on its development network "
                                         "(\"%3\").")
                              .arg(other->name, other->genesisId, algodev::genesisId()));
        return refuse(
            QStringLiteral("Wrong genesis hash: the transaction is for another "
                           "network; this node's is %1 (\"%2\").")
                .arg(QString::fromLatin1(algodev::genesisHash().toBase64()), algodev::genesisId()));
    }
    if (!tx.genesisId.isEmpty() && tx.genesisId != algodev::genesisId())
        return refuse(QStringLiteral("Wrong genesis id \"%1\"; this network is \"%2\".")
                          .arg(tx.genesisId, algodev::genesisId()));
    if (!tx.closeRemainderTo.isEmpty() && tx.closeRemainderTo != QByteArray(32, '\0'))
        return refuse(QStringLiteral("A payment must not close the sending account."));
    if (!tx.rekeyTo.isEmpty() && tx.rekeyTo != QByteArray(32, '\0'))
        return refuse(QStringLiteral("A payment must not rekey the sending account."));
    if (!tx.group.isEmpty())
        return refuse(QStringLiteral("Send the payment alone, not in a group."));
    if (tx.fee < algodev::kMinFee)
        return refuse(QStringLiteral("The fee %1 is under the minimum of %2 microalgos.")
                          .arg(tx.fee)
                          .arg(algodev::kMinFee));
    if (tx.lastValid < tx.firstValid || tx.lastValid - tx.firstValid > algodev::kMaxWindow)
        return refuse(QStringLiteral("The validity window %1..%2 must run forwards and span at "
                                     "most %3 rounds.")
                          .arg(tx.firstValid)
                          .arg(tx.lastValid)
                          .arg(algodev::kMaxWindow));
    if (round < tx.firstValid)
        return refuse(QStringLiteral("The transaction is valid from round %1; the network is "
                                     "at round %2.")
                          .arg(tx.firstValid)
                          .arg(round));
    if (round > tx.lastValid)
        return refuse(QStringLiteral("The transaction's validity window ended at round %1; the "
                                     "network is at round %2. Sign a new one.")
                          .arg(tx.lastValid)
                          .arg(round));
    if (tx.amount > quint64(std::numeric_limits<qint64>::max()) ||
        tx.fee > quint64(std::numeric_limits<qint64>::max() - qint64(tx.amount)))
        return refuse(QStringLiteral("Amount out of range."));
    if (requireNote && tx.note.isEmpty())
        return refuse(QStringLiteral("The payment needs the intent's memo as its note."));
    VerifiedAlgorandPayment v;
    v.transfer.chain = algodev::kChain;
    v.transfer.network = QStringLiteral("dev");
    v.transfer.hash = algorand::txId(tx);
    v.transfer.source = algorand::address(tx.sender);
    v.transfer.sequence = qint64(tx.firstValid);
    v.transfer.fee = qint64(tx.fee);
    v.transfer.destination =
        algorand::address(tx.receiver.isEmpty() ? QByteArray(32, '\0') : tx.receiver);
    v.transfer.asset = algodev::kAsset;
    v.transfer.amount = qint64(tx.amount);
    v.transfer.memo = QString::fromUtf8(tx.note);
    v.transfer.envelope = signedBase64;
    v.lease = tx.lease;
    v.firstValid = tx.firstValid;
    v.lastValid = tx.lastValid;
    return v;
}

} // namespace fb::node
