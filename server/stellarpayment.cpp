#include "server/stellarpayment.h"

#include "wallet/stellar.h"
#include "wallet/strkey.h"

namespace fb::node {

Result<VerifiedTransfer> verifyStellarPayment(const QString &envelopeBase64,
                                              const QString &networkPassphrase,
                                              const QString &networkName, qint64 nowSecs)
{
    auto refuse = [](const QString &message) {
        return Result<VerifiedTransfer>::failure(QStringLiteral("payment_refused"), message);
    };
    auto env = stellar::decodeBase64(envelopeBase64.toLatin1());
    if (!env)
        return refuse(QStringLiteral("Could not decode the payment: %1").arg(env.error().message));
    if (env->type == stellar::EnvelopeFeeBump)
        return refuse(QStringLiteral("Pay with a plain transaction, not a fee bump."));
    const stellar::Transaction &tx = env->tx;
    if (tx.operations.size() != 1 || tx.operations.first().type != stellar::Payment)
        return refuse(QStringLiteral("The transaction must hold exactly one payment operation."));
    const stellar::Operation &op = tx.operations.first();
    if (op.source && !(op.source->key == tx.source.key))
        return refuse(
            QStringLiteral("The payment must come from the transaction's source account."));
    const auto net = stellar::network(networkPassphrase);
    const QByteArray sourceKey = tx.source.key;
    if (!stellar::hasValidSignature(*env, net, sourceKey)) {
        for (const char *other : {"public", "testnet", "futurenet"}) {
            const auto n = stellar::network(QLatin1String(other));
            if (n.passphrase != net.passphrase && stellar::hasValidSignature(*env, n, sourceKey)) {
                return refuse(QStringLiteral("The transaction was signed for another network "
                                             "(\"%1\"); this node takes payments on %2 (\"%3\").")
                                  .arg(n.passphrase, networkName, networkPassphrase));
            }
        }
        return refuse(QStringLiteral("No valid signature of the source account %1 on this "
                                     "network.")
                          .arg(tx.source.address()));
    }
    // A payment must expire: an unbounded one could be replayed into a later deal's escrow.
    if (tx.cond.maxTime == 0)
        return refuse(QStringLiteral("The transaction needs a validity window (time bounds "
                                     "with an end); sign one that expires."));
    if (qint64(tx.cond.maxTime) < nowSecs)
        return refuse(QStringLiteral("The transaction's validity window ended; sign a new one."));
    if (tx.cond.minTime != 0 && qint64(tx.cond.minTime) > nowSecs + 60)
        return refuse(QStringLiteral("The transaction's validity window has not opened yet."));
    if (tx.memo.type != stellar::MemoText)
        return refuse(QStringLiteral("The payment needs the intent's text memo."));
    VerifiedTransfer t;
    t.chain = QStringLiteral("stellar");
    t.network = networkName;
    t.hash = QString::fromLatin1(stellar::hash(*env, net).toHex());
    t.source = strkey::accountId(sourceKey);
    t.sequence = tx.sequence;
    t.fee = tx.fee;
    t.destination = strkey::accountId(op.destination.key);
    t.asset = op.asset.display();
    t.amount = op.amount;
    t.memo = QString::fromUtf8(tx.memo.text);
    t.envelope = envelopeBase64;
    return t;
}

} // namespace fb::node
