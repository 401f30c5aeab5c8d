#include "server/btcledger.h"

#include "wallet/bech32.h"
#include "wallet/bip32.h"
#include "wallet/bitcoin.h"
#include "wallet/hashes.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace fb::node {

namespace btcdev {

QByteArray devPublicKey(const QByteArray &label)
{
    const QByteArray seed =
        hashes::sha256(QByteArray(QByteArrayLiteral("flashback development network: ") + label));
    SecretBytes secret(32);
    std::memcpy(secret.data(), seed.constData(), 32);
    return bip32::publicKey(secret);
}

QByteArray escrowScript()
{
    static const QByteArray s = bitcoin::p2wpkhScript(devPublicKey("bitcoin escrow"));
    return s;
}

QString escrowAddress()
{
    return bitcoin::scriptToAddress(escrowScript(), kAddressNetwork);
}

QByteArray platformFeeScript()
{
    static const QByteArray s = bitcoin::p2wpkhScript(devPublicKey("bitcoin platform fees"));
    return s;
}

QString platformFeeAddress()
{
    return bitcoin::scriptToAddress(platformFeeScript(), kAddressNetwork);
}

QString demoPayoutAddress(const QString &providerAddress)
{
    return bitcoin::scriptToAddress(
        bitcoin::p2wpkhScript(devPublicKey("bitcoin payout " + providerAddress.toLatin1())),
        kAddressNetwork);
}

Result<QByteArray> scriptOfAddress(const QString &address)
{
    auto a = bech32::decodeSegwit(address, bitcoin::hrp(kAddressNetwork));
    if (!a)
        return Result<QByteArray>::failure(
            QStringLiteral("bad_address"),
            QCoreApplication::translate("BtcLedger", "Not a development-network Bitcoin "
                                                     "address (tb1..., P2WPKH): %1")
                .arg(a.error().message));
    if (a->version != 0 || a->program.size() != 20)
        return Result<QByteArray>::failure(
            QStringLiteral("bad_address"),
            QCoreApplication::translate("BtcLedger",
                                        "Only P2WPKH addresses (tb1q..., 20-byte "
                                        "programs) are supported on the development network."));
    return bech32::scriptPubKey(0, a->program);
}

} // namespace btcdev

using namespace btcdev;

namespace {
Status refused(const QString &code, const QString &message)
{
    return Status::failure(code, message);
}
const QString kBaseHeight = QStringLiteral("btc_base_height");
const QString kBaseAt = QStringLiteral("btc_base_at");
constexpr qint64 kFirstHeight = 100;

Utxo utxoOf(const QSqlQuery &q)
{
    Utxo u;
    u.txid = q.value(0).toString();
    u.vout = quint32(q.value(1).toLongLong());
    u.script = QByteArray::fromHex(q.value(2).toString().toLatin1());
    u.address = q.value(3).toString();
    u.amount = q.value(4).toLongLong();
    u.height = q.value(5).toLongLong();
    u.spentBy = q.value(6).toString();
    return u;
}
const QString kUtxoColumns =
    QStringLiteral("txid, vout, script, address, amount, height, COALESCE(spent_by, '')");
} // namespace

BtcLedger::BtcLedger(NodeDb &db, int blockSeconds)
    : m_db(db)
    , m_blockMs(qint64(std::max(1, blockSeconds)) * 1000)
{}

Result<qint64> BtcLedger::tipHeight()
{
    const qint64 now = NodeDb::nowMs();
    auto base =
        m_db.scalar(QStringLiteral("SELECT value FROM node_meta WHERE name = ?"), {kBaseHeight});
    if (!base)
        return base.error();
    auto at = m_db.scalar(QStringLiteral("SELECT value FROM node_meta WHERE name = ?"), {kBaseAt});
    if (!at)
        return at.error();
    if (!base->isValid() || !at->isValid()) {
        for (const auto &[k, v] : {std::pair{kBaseHeight, kFirstHeight}, std::pair{kBaseAt, now}})
            if (auto ins = m_db.exec(QStringLiteral("INSERT INTO node_meta (name, value) VALUES "
                                                    "(?, ?) ON CONFLICT (name) DO NOTHING"),
                                     {k, QString::number(v)});
                !ins)
                return ins.error();
        return kFirstHeight;
    }
    const qint64 elapsed = std::max<qint64>(0, now - at->toString().toLongLong());
    return base->toString().toLongLong() + elapsed / m_blockMs;
}

Status BtcLedger::mine(int count)
{
    auto tip = tipHeight();
    if (!tip)
        return tip.error();
    // The new base keeps the time-driven part: the next timed block comes a full interval on.
    for (const auto &[k, v] :
         {std::pair{kBaseHeight, *tip + count}, std::pair{kBaseAt, NodeDb::nowMs()}})
        if (auto up = m_db.exec(QStringLiteral("UPDATE node_meta SET value = ? WHERE name = ?"),
                                {QString::number(v), k});
            !up)
            return up.error();
    return success();
}

Status BtcLedger::record(const QString &txid, const QString &source, qint64 height,
                         const QString &hex)
{
    auto rec = m_db.exec(QStringLiteral("INSERT INTO dev_transactions (chain, hash, source, seq, "
                                        "envelope, applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {kChain, txid, source, height, hex, NodeDb::nowMs()});
    if (!rec)
        return rec.error();
    return success();
}

Status BtcLedger::addOutputs(const psbt::Transaction &tx, const QString &txid, qint64 height)
{
    for (qsizetype i = 0; i < tx.outputs.size(); ++i) {
        const psbt::TxOut &o = tx.outputs.at(i);
        if (!o.script.isEmpty() && quint8(o.script.at(0)) == 0x6a)
            continue; // OP_RETURN: data, not a coin
        auto ins = m_db.exec(
            QStringLiteral("INSERT INTO dev_utxos (txid, vout, script, address, amount, height, "
                           "spent_by, created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)"),
            {txid, qint64(i), QString::fromLatin1(o.script.toHex()),
             bitcoin::scriptToAddress(o.script, kAddressNetwork), o.amount, height,
             NodeDb::nowMs()});
        if (!ins)
            return ins.error();
    }
    return success();
}

Result<QString> BtcLedger::faucet(const QString &address, qint64 sats)
{
    auto script = scriptOfAddress(address);
    if (!script)
        return script.error();
    auto tip = tipHeight();
    if (!tip)
        return tip.error();
    // A coinbase-like transaction: no real input, a random tag so each id is new.
    psbt::Transaction tx;
    psbt::TxIn in;
    in.prevTxid = QByteArray(32, '\0');
    in.prevIndex = 0xffffffff;
    in.scriptSig = QByteArray(1, '\x08');
    const quint64 tag = QRandomGenerator::system()->generate64();
    in.scriptSig.append(reinterpret_cast<const char *>(&tag), 8);
    tx.inputs.append(in);
    tx.outputs.append(psbt::TxOut{sats, *script});
    const QString txid = tx.txid();
    const QString hex = QString::fromLatin1(tx.serialize().toHex());
    if (auto s = record(txid, QStringLiteral("faucet"), *tip, hex); !s)
        return s.error();
    if (auto s = addOutputs(tx, txid, *tip); !s)
        return s.error();
    return txid;
}

Result<std::optional<Utxo>> BtcLedger::utxo(const QString &txid, quint32 vout)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kUtxoColumns +
                           QStringLiteral(" FROM dev_utxos WHERE txid = ? AND vout = ?"),
                       {txid, qint64(vout)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Utxo>();
    return std::optional<Utxo>(utxoOf(*q));
}

Result<QList<Utxo>> BtcLedger::unspent(const QString &address)
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kUtxoColumns +
                           QStringLiteral(" FROM dev_utxos WHERE address = ? AND spent_by IS "
                                          "NULL ORDER BY amount DESC, txid, vout LIMIT 500"),
                       {address});
    if (!q)
        return q.error();
    QList<Utxo> out;
    while (q->next())
        out.append(utxoOf(*q));
    return out;
}

Status BtcLedger::apply(const psbt::Transaction &tx, const QString &rawHex)
{
    const QString txid = tx.txid();
    auto seen = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM dev_transactions WHERE chain = ? AND hash = ?"),
        {kChain, txid});
    if (!seen)
        return seen.error();
    if (seen->toInt() > 0)
        return refused(QStringLiteral("payment_replayed"),
                       QCoreApplication::translate("BtcLedger", "Transaction %1 is already on the "
                                                                "development chain.")
                           .arg(txid));
    auto tip = tipHeight();
    if (!tip)
        return tip.error();
    for (const psbt::TxIn &in : tx.inputs) {
        QByteArray prev = in.prevTxid;
        std::reverse(prev.begin(), prev.end());
        auto up = m_db.exec(QStringLiteral("UPDATE dev_utxos SET spent_by = ? WHERE txid = ? AND "
                                           "vout = ? AND spent_by IS NULL"),
                            {txid, QString::fromLatin1(prev.toHex()), qint64(in.prevIndex)});
        if (!up)
            return up.error();
        if (up->numRowsAffected() != 1)
            return refused(QStringLiteral("payment_replayed"),
                           QCoreApplication::translate("BtcLedger",
                                                       "Double spend: output %1:%2 is spent "
                                                       "or unknown.")
                               .arg(QString::fromLatin1(prev.toHex()))
                               .arg(in.prevIndex));
    }
    if (auto s = record(txid, QString(), *tip + 1, rawHex); !s)
        return s;
    return addOutputs(tx, txid, *tip + 1);
}

Result<QString> BtcLedger::move(const QString &from, const QString &to, qint64 sats)
{
    auto fromScript = scriptOfAddress(from);
    auto toScript = scriptOfAddress(to);
    if (!fromScript)
        return fromScript.error();
    if (!toScript)
        return toScript.error();
    auto coins = unspent(from);
    if (!coins)
        return coins.error();
    psbt::Transaction tx;
    qint64 total = 0;
    for (const Utxo &u : std::as_const(*coins)) {
        if (total >= sats)
            break;
        psbt::TxIn in;
        in.prevTxid = QByteArray::fromHex(u.txid.toLatin1());
        std::reverse(in.prevTxid.begin(), in.prevTxid.end());
        in.prevIndex = u.vout;
        tx.inputs.append(in);
        total += u.amount;
    }
    if (total < sats)
        return Result<QString>::failure(
            QStringLiteral("payment_refused"),
            QCoreApplication::translate("BtcLedger", "%1 holds %2 sat on the development chain, "
                                                     "%3 are needed.")
                .arg(from)
                .arg(total)
                .arg(sats));
    tx.outputs.append(psbt::TxOut{sats, *toScript});
    if (total > sats)
        tx.outputs.append(psbt::TxOut{total - sats, *fromScript});
    if (auto s = apply(tx, QString::fromLatin1(tx.serialize().toHex())); !s)
        return s.error();
    return tx.txid();
}

Result<int> BtcLedger::mempoolSize()
{
    auto tip = tipHeight();
    if (!tip)
        return tip.error();
    auto n = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM dev_transactions WHERE chain = ? AND seq > ?"),
        {kChain, *tip});
    if (!n)
        return n.error();
    return int(n->toLongLong());
}

// The development network's fee policy: economy (6 blocks) pays the floor plus one sat/vB per 20
// waiting transactions, normal (3 blocks) twice the floor plus one per 10, priority (the next
// block) four times the floor plus one per 5. Documented in docs/API.md.
QList<BtcLedger::FeeTarget> BtcLedger::feeEstimate(qint64 minRate, int mempool)
{
    const qint64 floor = std::max<qint64>(1, minRate);
    const qint64 waiting = std::max(0, mempool);
    return {{QStringLiteral("economy"), 6, floor + waiting / 20},
            {QStringLiteral("normal"), 3, 2 * floor + waiting / 10},
            {QStringLiteral("priority"), 1, 4 * floor + waiting / 5}};
}

Result<int> BtcLedger::confirmations(const QString &txid)
{
    auto h =
        m_db.scalar(QStringLiteral("SELECT seq FROM dev_transactions WHERE chain = ? AND hash = ?"),
                    {kChain, txid});
    if (!h)
        return h.error();
    if (!h->isValid())
        return 0;
    auto tip = tipHeight();
    if (!tip)
        return tip.error();
    const qint64 height = h->toLongLong();
    return *tip >= height ? int(std::min<qint64>(*tip - height + 1, 1000000)) : 0;
}

Result<QString> BtcLedger::rawTransaction(const QString &txid)
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT envelope FROM dev_transactions WHERE chain = ? AND hash = ?"),
        {kChain, txid});
    if (!v)
        return v.error();
    return v->isValid() ? v->toString() : QString();
}

} // namespace fb::node
