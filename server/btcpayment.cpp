#include "server/btcpayment.h"

#include "wallet/bitcoin.h"
#include "wallet/hashes.h"

#include <QSet>

#include <secp256k1.h>

#include <algorithm>
#include <limits>

namespace fb::node {

namespace {

const secp256k1_context *verifyContext()
{
    static const secp256k1_context *ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
    return ctx;
}

const unsigned char *u8(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

// A strict DER signature, low S, verified over digest by the compressed key pub33.
bool verifySignature(const QByteArray &pub33, const QByteArray &digest, const QByteArray &der,
                     QString *why)
{
    secp256k1_pubkey pub;
    if (pub33.size() != 33 ||
        !secp256k1_ec_pubkey_parse(verifyContext(), &pub, u8(pub33), size_t(pub33.size()))) {
        *why = QStringLiteral("its public key is not a compressed secp256k1 key");
        return false;
    }
    secp256k1_ecdsa_signature sig;
    if (!secp256k1_ecdsa_signature_parse_der(verifyContext(), &sig, u8(der), size_t(der.size()))) {
        *why = QStringLiteral("its signature is not DER");
        return false;
    }
    secp256k1_ecdsa_signature normal;
    if (secp256k1_ecdsa_signature_normalize(verifyContext(), &normal, &sig) == 1) {
        *why = QStringLiteral("its signature has a high S value (not standard)");
        return false;
    }
    if (secp256k1_ecdsa_verify(verifyContext(), &sig, u8(digest), &pub) != 1) {
        *why = QStringLiteral("its signature does not verify");
        return false;
    }
    return true;
}

QString hexTxid(const QByteArray &internal)
{
    QByteArray b = internal;
    std::reverse(b.begin(), b.end());
    return QString::fromLatin1(b.toHex());
}

// The data pushed by an OP_RETURN script (6a <push>), or nullopt for another script.
std::optional<QByteArray> opReturnData(const QByteArray &script)
{
    if (script.isEmpty() || quint8(script.at(0)) != 0x6a)
        return std::nullopt;
    if (script.size() == 1)
        return QByteArray();
    const quint8 op = quint8(script.at(1));
    if (op >= 1 && op <= 75 && script.size() == 2 + op)
        return script.mid(2);
    if (op == 0x4c && script.size() >= 3 && script.size() == 3 + quint8(script.at(2)))
        return script.mid(3);
    return QByteArray(); // an OP_RETURN the node does not read: no memo
}

} // namespace

Result<VerifiedBitcoinPayment> verifyBitcoinPayment(const QString &text, const UtxoLookup &lookup,
                                                    const QByteArray &escrowScript,
                                                    qint64 minFeeRate)
{
    auto refuse = [](const QString &message) {
        return Result<VerifiedBitcoinPayment>::failure(QStringLiteral("payment_refused"),
                                                       message);
    };
    const QString trimmed = text.trimmed();
    if (trimmed.size() > 400000)
        return refuse(QStringLiteral("The transaction is too large for a payment."));
    QByteArray raw;
    if (trimmed.startsWith(QLatin1String("cHNidP8")) ||
        trimmed.startsWith(QLatin1String("70736274ff"), Qt::CaseInsensitive)) {
        auto p = psbt::parse(trimmed.toLatin1());
        if (!p)
            return refuse(QStringLiteral("Could not decode the PSBT: %1").arg(p.error().message));
        auto hex = psbt::extractTransaction(*p);
        if (!hex)
            return refuse(QStringLiteral("The PSBT is not finalized: sign every input and "
                                         "finalize it first (%1).")
                              .arg(hex.error().message));
        raw = QByteArray::fromHex(*hex);
    } else {
        raw = QByteArray::fromHex(trimmed.toLatin1());
        if (raw.isEmpty() || raw.toHex() != trimmed.toLatin1().toLower())
            return refuse(QStringLiteral("Send the signed transaction as hex, or a finalized "
                                         "PSBT in base64."));
    }
    auto parsed = psbt::parseTransaction(raw, true);
    if (!parsed)
        return refuse(
            QStringLiteral("Could not decode the transaction: %1").arg(parsed.error().message));
    VerifiedBitcoinPayment v;
    v.tx = *parsed;
    const psbt::Transaction &tx = v.tx;
    if (tx.inputs.isEmpty() || tx.outputs.isEmpty())
        return refuse(QStringLiteral("The transaction needs inputs and outputs."));
    if (tx.inputs.size() > 200 || tx.outputs.size() > 50)
        return refuse(QStringLiteral("Too many inputs or outputs for a payment."));
    if (tx.version < 1 || tx.version > 2)
        return refuse(QStringLiteral("Unsupported transaction version %1.").arg(tx.version));
    if (tx.lockTime != 0)
        return refuse(QStringLiteral("The payment must not be time-locked (nLockTime 0)."));
    qint64 totalIn = 0;
    QSet<QString> outpoints;
    QString firstAddress;
    for (qsizetype i = 0; i < tx.inputs.size(); ++i) {
        const psbt::TxIn &in = tx.inputs.at(i);
        const QString txid = hexTxid(in.prevTxid);
        const QString outpoint = txid + QLatin1Char(':') + QString::number(in.prevIndex);
        if (outpoints.contains(outpoint))
            return refuse(QStringLiteral("Input %1 spends %2 twice.").arg(i).arg(outpoint));
        outpoints.insert(outpoint);
        auto u = lookup(txid, in.prevIndex);
        if (!u)
            return u.error();
        if (!*u)
            return refuse(QStringLiteral("Input %1 spends %2, which the development chain does "
                                         "not know (another network, or a made-up coin).")
                              .arg(i)
                              .arg(outpoint));
        const Utxo &coin = **u;
        if (!coin.spentBy.isEmpty())
            return Result<VerifiedBitcoinPayment>::failure(
                QStringLiteral("payment_replayed"),
                QStringLiteral("Double spend: input %1 spends %2, already spent by %3.")
                    .arg(i)
                    .arg(outpoint, coin.spentBy));
        if (!bitcoin::isP2wpkhScript(coin.script))
            return refuse(QStringLiteral("Input %1 spends a coin that is not P2WPKH.").arg(i));
        if (!in.scriptSig.isEmpty())
            return refuse(QStringLiteral("Input %1 has a scriptSig; native segwit has none.")
                              .arg(i));
        if (in.witness.size() != 2)
            return refuse(QStringLiteral("Input %1 is not signed (its witness must be "
                                         "[signature, public key]).")
                              .arg(i));
        const QByteArray sigWithType = in.witness.at(0);
        const QByteArray pub = in.witness.at(1);
        if (sigWithType.size() < 9 || quint8(sigWithType.back()) != psbt::SighashAll)
            return refuse(QStringLiteral("Input %1 must be signed with SIGHASH_ALL.").arg(i));
        if (hashes::hash160(pub) != coin.script.mid(2))
            return refuse(QStringLiteral("Input %1's public key does not own the coin it "
                                         "spends.")
                              .arg(i));
        const QByteArray digest =
            psbt::sighashP2wpkh(tx, int(i), pub, coin.amount, psbt::SighashAll);
        QString why;
        if (!verifySignature(pub, digest, sigWithType.chopped(1), &why))
            return refuse(QStringLiteral("Input %1: %2 (BIP143).").arg(i).arg(why));
        if (coin.amount < 0 || totalIn > std::numeric_limits<qint64>::max() - coin.amount)
            return refuse(QStringLiteral("Input amounts out of range."));
        totalIn += coin.amount;
        if (i == 0)
            firstAddress = coin.address;
    }
    qint64 totalOut = 0, toEscrow = 0;
    QByteArray memo;
    for (const psbt::TxOut &o : tx.outputs) {
        if (o.amount < 0 || o.amount > 2100000000000000 || totalOut > totalIn - o.amount)
            return refuse(QStringLiteral("The outputs spend more than the inputs hold."));
        totalOut += o.amount;
        if (o.script == escrowScript)
            toEscrow += o.amount;
        if (auto data = opReturnData(o.script)) {
            ++v.opReturns;
            memo = *data;
        }
    }
    v.fee = totalIn - totalOut;
    const qint64 base = tx.serialize(false).size();
    const qint64 total = tx.serialize(true).size();
    v.vsize = (base * 3 + total + 3) / 4;
    if (v.fee < minFeeRate * v.vsize)
        return refuse(QStringLiteral("The fee %1 sat is under %2 sat/vB for %3 vB (%4 sat).")
                          .arg(v.fee)
                          .arg(minFeeRate)
                          .arg(v.vsize)
                          .arg(minFeeRate * v.vsize));
    v.rawHex = QString::fromLatin1(raw.toHex());
    v.transfer.chain = btcdev::kChain;
    v.transfer.network = QStringLiteral("dev");
    v.transfer.hash = tx.txid();
    v.transfer.source = firstAddress;
    v.transfer.fee = v.fee;
    v.transfer.destination = toEscrow > 0 ? btcdev::escrowAddress() : QString();
    v.transfer.asset = btcdev::kAsset;
    v.transfer.amount = toEscrow;
    v.transfer.memo = v.opReturns == 1 ? QString::fromUtf8(memo) : QString();
    v.transfer.envelope = v.rawHex;
    return v;
}

} // namespace fb::node
