#include "wallet/intentpayment.h"

#include "wallet/bitcoin.h"

#include <algorithm>

namespace fb::intentpay {

namespace {

template <typename T> Result<T> badIntent(const QString &message)
{
    return Result<T>::failure(QStringLiteral("bad_intent"), message);
}

void putCompact(QByteArray &out, quint64 n)
{
    if (n < 0xfd) {
        out.append(char(n));
    } else if (n <= 0xffff) {
        out.append(char(0xfd));
        out.append(char(n & 0xff));
        out.append(char((n >> 8) & 0xff));
    } else {
        out.append(char(0xfe));
        for (int i = 0; i < 4; ++i)
            out.append(char((n >> (8 * i)) & 0xff));
    }
}

void putRecord(QByteArray &out, const QByteArray &key, const QByteArray &value)
{
    putCompact(out, quint64(key.size()));
    out.append(key);
    putCompact(out, quint64(value.size()));
    out.append(value);
}

QByteArray le64(qint64 v)
{
    QByteArray b;
    for (int i = 0; i < 8; ++i)
        b.append(char((quint64(v) >> (8 * i)) & 0xff));
    return b;
}

QByteArray origin(quint32 fingerprint, const DerivationPath &path)
{
    QByteArray b;
    for (int i = 3; i >= 0; --i)
        b.append(char((fingerprint >> (8 * i)) & 0xff));
    for (quint32 index : path)
        for (int i = 0; i < 4; ++i)
            b.append(char((index >> (8 * i)) & 0xff));
    return b;
}

QByteArray opReturnScript(const QByteArray &data)
{
    QByteArray s(1, char(0x6a));
    if (data.size() <= 75) {
        s.append(char(data.size()));
    } else {
        s.append(char(0x4c));
        s.append(char(data.size()));
    }
    s.append(data);
    return s;
}

void mismatch(TxReview &r, const QString &text)
{
    r.warn(TxReviewWarning::Danger, QStringLiteral("intent_mismatch"), text);
}

} // namespace

// ---- Algorand ---------------------------------------------------------------------------

Result<algorand::Transaction> buildAlgorandPayment(const QString &sender,
                                                   const AlgorandIntent &intent)
{
    auto from = algorand::decodeAddress(sender);
    if (!from)
        return Error{from.error().code, QStringLiteral("Sender: %1").arg(from.error().message)};
    auto to = algorand::decodeAddress(intent.escrowAddress);
    if (!to)
        return Error{to.error().code, QStringLiteral("Escrow address: %1").arg(to.error().message)};
    if (intent.genesisHash.size() != 32 || intent.genesisId.isEmpty())
        return badIntent<algorand::Transaction>(
            QStringLiteral("The intent does not name its Algorand network (genesis)."));
    if (intent.lastValid < intent.firstValid ||
        intent.lastValid - intent.firstValid > algorand::kMaxValidityRounds)
        return badIntent<algorand::Transaction>(
            QStringLiteral("The intent's validity window %1..%2 is not usable.")
                .arg(intent.firstValid)
                .arg(intent.lastValid));
    if (intent.amount == 0 || intent.memo.isEmpty())
        return badIntent<algorand::Transaction>(
            QStringLiteral("The intent has no amount or no memo."));
    algorand::Transaction t;
    t.type = QStringLiteral("pay");
    t.sender = *from;
    t.receiver = *to;
    t.amount = intent.amount;
    t.fee = std::max(intent.minFee, algorand::kMinFee);
    t.firstValid = intent.firstValid;
    t.lastValid = intent.lastValid;
    t.genesisId = intent.genesisId;
    t.genesisHash = intent.genesisHash;
    t.note = intent.memo.toUtf8();
    if (t.note.size() > algorand::kMaxNoteSize)
        return badIntent<algorand::Transaction>(QStringLiteral("The intent's memo is too long."));
    return t;
}

TxReview reviewAlgorandPayment(const algorand::Transaction &txn, const AlgorandIntent &intent,
                               const std::optional<QByteArray> &ourPub32)
{
    TxReview r = algorand::review(txn, ourPub32);
    if (txn.genesisHash == intent.genesisHash && txn.genesisId == intent.genesisId &&
        !algorand::networkByGenesisId(txn.genesisId)) {
        r.warnings.removeIf(
            [](const TxReviewWarning &w) { return w.code == QLatin1String("unknown_network"); });
        r.network = QStringLiteral("%1 (development network)").arg(intent.genesisId);
        r.testNetwork = true;
    }
    if (txn.genesisHash != intent.genesisHash)
        mismatch(r, QStringLiteral("The transaction is for another network than the intent."));
    if (txn.type != QLatin1String("pay") ||
        algorand::address(txn.receiver.isEmpty() ? QByteArray(32, '\0') : txn.receiver) !=
            intent.escrowAddress)
        mismatch(r, QStringLiteral("The payment does not go to the escrow address %1.")
                        .arg(intent.escrowAddress));
    if (txn.amount != intent.amount)
        mismatch(r, QStringLiteral("The amount differs from the intent's %1 microalgos.")
                        .arg(intent.amount));
    if (txn.note != intent.memo.toUtf8())
        mismatch(r, QStringLiteral("The note is not the intent's memo \"%1\": the node could not "
                                   "tell which deal this pays.")
                        .arg(intent.memo));
    return r;
}

QString algorandEnvelope(const algorand::SignedTransaction &signedTxn)
{
    return QString::fromLatin1(algorand::encodeSigned(signedTxn).toBase64());
}

// ---- Bitcoin ----------------------------------------------------------------------------

qint64 estimateVsize(int inputs, int p2wpkhOutputs, qsizetype opReturnBytes)
{
    // Base bytes x 4 plus witness bytes, over 4: version, locktime, counts (10 base bytes),
    // marker and flag (2 witness bytes); per input 41 base bytes and a witness of
    // 1 + (1 + 72) + (1 + 33); per P2WPKH output 31 bytes; OP_RETURN 8 + 1 + script.
    qint64 weight = (10 * 4) + 2;
    weight += qint64(inputs) * (41 * 4 + 108);
    weight += qint64(p2wpkhOutputs) * 31 * 4;
    if (opReturnBytes >= 0)
        weight += (8 + 1 + 2 + (opReturnBytes > 75 ? 1 : 0) + opReturnBytes) * 4;
    return (weight + 3) / 4;
}

Result<CoinSelection> selectCoins(const QList<Coin> &coins, const BitcoinIntent &intent)
{
    if (intent.amount <= 0 || intent.feeRate < 0 || intent.escrowScript.isEmpty() ||
        intent.memo.toUtf8().size() > 80)
        return badIntent<CoinSelection>(
            QStringLiteral("The intent needs an amount, an escrow script, a fee rate and a memo "
                           "of at most 80 bytes."));
    QList<Coin> sorted = coins;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Coin &a, const Coin &b) { return a.amount > b.amount; });
    // No memo: no OP_RETURN output (a plain transfer, not a deal payment).
    const qsizetype memo = intent.memo.isEmpty() ? -1 : intent.memo.toUtf8().size();
    CoinSelection s;
    qint64 total = 0;
    for (const Coin &c : std::as_const(sorted)) {
        if (c.amount <= 0 || !bitcoin::isP2wpkhScript(c.script))
            continue;
        s.inputs.append(c);
        total += c.amount;
        const int n = int(s.inputs.size());
        // With change first; without it when the rest would be dust.
        const qint64 vWith = estimateVsize(n, 2, memo);
        const qint64 feeWith = vWith * intent.feeRate;
        if (total - intent.amount - feeWith >= kDust) {
            s.vsize = vWith;
            s.fee = feeWith;
            s.change = total - intent.amount - feeWith;
            return s;
        }
        const qint64 vWithout = estimateVsize(n, 1, memo);
        if (total - intent.amount >= vWithout * intent.feeRate) {
            s.vsize = vWithout;
            s.fee = total - intent.amount; // the dust goes to the fee
            s.change = 0;
            return s;
        }
    }
    const qint64 need =
        intent.amount +
        estimateVsize(int(std::max<qsizetype>(1, s.inputs.size())), 1, memo) * intent.feeRate;
    return Result<CoinSelection>::failure(
        QStringLiteral("insufficient_funds"),
        QStringLiteral("The account holds %1 sat in spendable coins; the payment needs about "
                       "%2 sat with its fee (%3 sat missing).")
            .arg(total)
            .arg(need)
            .arg(need - total));
}

Result<psbt::Psbt> buildBitcoinPsbt(const CoinSelection &selection, const BitcoinIntent &intent,
                                    quint32 masterFingerprint, const QByteArray &changePublicKey,
                                    const DerivationPath &changePath)
{
    if (selection.inputs.isEmpty())
        return badIntent<psbt::Psbt>(QStringLiteral("No coins selected."));
    psbt::Transaction tx;
    tx.version = 2;
    for (const Coin &c : selection.inputs) {
        psbt::TxIn in;
        in.prevTxid = QByteArray::fromHex(c.txid.toLatin1());
        if (in.prevTxid.size() != 32)
            return badIntent<psbt::Psbt>(QStringLiteral("Coin %1 has a bad txid.").arg(c.txid));
        std::reverse(in.prevTxid.begin(), in.prevTxid.end());
        in.prevIndex = c.vout;
        in.sequence = 0xfffffffd; // replaceable, no locktime semantics
        tx.inputs.append(in);
    }
    tx.outputs.append(psbt::TxOut{intent.amount, intent.escrowScript});
    if (!intent.memo.isEmpty())
        tx.outputs.append(psbt::TxOut{0, opReturnScript(intent.memo.toUtf8())});
    QByteArray changeScript;
    qsizetype changeIndex = -1;
    if (selection.change > 0) {
        changeScript = bitcoin::p2wpkhScript(changePublicKey);
        if (changeScript.isEmpty())
            return badIntent<psbt::Psbt>(QStringLiteral("The change key is not a compressed key."));
        changeIndex = tx.outputs.size();
        tx.outputs.append(psbt::TxOut{selection.change, changeScript});
    }
    QByteArray raw("psbt\xff", 5);
    putRecord(raw, QByteArray(1, char(psbt::GlobalUnsignedTx)), tx.serialize(false));
    raw.append('\0');
    for (const Coin &c : selection.inputs) {
        if (!c.prevTx.isEmpty())
            putRecord(raw, QByteArray(1, char(psbt::InNonWitnessUtxo)), c.prevTx);
        QByteArray utxo = le64(c.amount);
        putCompact(utxo, quint64(c.script.size()));
        utxo.append(c.script);
        putRecord(raw, QByteArray(1, char(psbt::InWitnessUtxo)), utxo);
        if (c.publicKey.size() == 33)
            putRecord(raw, QByteArray(1, char(psbt::InBip32Derivation)) + c.publicKey,
                      origin(masterFingerprint, c.path));
        raw.append('\0');
    }
    for (qsizetype i = 0; i < tx.outputs.size(); ++i) {
        if (i == changeIndex && changePublicKey.size() == 33)
            putRecord(raw, QByteArray(1, char(psbt::OutBip32Derivation)) + changePublicKey,
                      origin(masterFingerprint, changePath));
        raw.append('\0');
    }
    return psbt::parse(raw);
}

TxReview reviewBitcoinPayment(const psbt::Psbt &p, const BitcoinIntent &intent,
                              const SecretBytes *seed, const QString &network)
{
    TxReview r = psbt::review(p, seed, network);
    qint64 toEscrow = 0;
    int memos = 0;
    bool memoOk = false;
    for (const psbt::TxOut &o : p.tx.outputs) {
        if (o.script == intent.escrowScript)
            toEscrow += o.amount;
        if (!o.script.isEmpty() && quint8(o.script.at(0)) == 0x6a) {
            ++memos;
            memoOk = o.script == opReturnScript(intent.memo.toUtf8());
        }
    }
    if (toEscrow != intent.amount)
        mismatch(r, QStringLiteral("The escrow output carries %1 sat; the intent asks for %2.")
                        .arg(toEscrow)
                        .arg(intent.amount));
    if (memos != 1 || !memoOk)
        mismatch(r, QStringLiteral("The OP_RETURN output is not the intent's memo \"%1\": the "
                                   "node could not tell which deal this pays.")
                        .arg(intent.memo));
    return r;
}

QString bitcoinEnvelope(const psbt::Psbt &finalized)
{
    return finalized.toBase64();
}

} // namespace fb::intentpay
