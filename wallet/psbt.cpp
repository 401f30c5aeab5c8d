#include "wallet/psbt.h"
#include "wallet/reviewtext.h"

#include <QCoreApplication>
#include <QLocale>

#include "wallet/bech32.h"
#include "wallet/bitcoin.h"
#include "wallet/hashes.h"

#include <QSet>

#include <algorithm>
#include <cctype>

#include <limits>

namespace fb::psbt {

namespace {

constexpr qint64 kMaxMoney = 21000000LL * 100000000LL;
const QByteArray kMagic("psbt\xff", 5);

// ---- byte reading / writing -------------------------------------------------------------

class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 at byte %2").arg(what).arg(m_pos);
        return false;
    }

    bool bytes(qsizetype n, QByteArray &out, const QString &what)
    {
        if (n < 0 || n > remaining())
            return fail(QStringLiteral("truncated %1 (needs %2 bytes, %3 left)")
                            .arg(what)
                            .arg(n)
                            .arg(remaining()));
        out = m_data.sliced(m_pos, n).toByteArray();
        m_pos += n;
        return true;
    }

    bool u8(quint8 &v, const QString &what)
    {
        if (remaining() < 1)
            return fail(QStringLiteral("truncated %1").arg(what));
        v = static_cast<quint8>(m_data[m_pos++]);
        return true;
    }

    bool uint(int size, quint64 &v, const QString &what)
    {
        if (remaining() < size)
            return fail(QStringLiteral("truncated %1").arg(what));
        v = 0;
        for (int i = 0; i < size; ++i)
            v |= quint64(static_cast<quint8>(m_data[m_pos + i])) << (8 * i);
        m_pos += size;
        return true;
    }

    bool u32(quint32 &v, const QString &what)
    {
        quint64 x = 0;
        if (!uint(4, x, what))
            return false;
        v = quint32(x);
        return true;
    }

    bool compact(quint64 &v, const QString &what)
    {
        quint8 first = 0;
        if (!u8(first, what))
            return false;
        if (first < 0xfd) {
            v = first;
            return true;
        }
        const int size = first == 0xfd ? 2 : first == 0xfe ? 4 : 8;
        if (!uint(size, v, what))
            return false;
        const quint64 min = size == 2 ? 0xfd : size == 4 ? 0x10000 : 0x100000000ULL;
        if (v < min)
            return fail(QStringLiteral("non-canonical length of %1").arg(what));
        return true;
    }

    bool varBytes(QByteArray &out, const QString &what)
    {
        quint64 n = 0;
        if (!compact(n, what))
            return false;
        if (n > quint64(remaining()))
            return fail(QStringLiteral("truncated %1 (needs %2 bytes, %3 left)")
                            .arg(what)
                            .arg(n)
                            .arg(remaining()));
        return bytes(qsizetype(n), out, what);
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    QString m_error;
};

void putU32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

void putU64(QByteArray &out, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

void putCompact(QByteArray &out, quint64 n)
{
    if (n < 0xfd) {
        out.append(char(n));
    } else if (n <= 0xffff) {
        out.append(char(0xfd));
        out.append(char(n & 0xff));
        out.append(char(n >> 8));
    } else if (n <= 0xffffffffULL) {
        out.append(char(0xfe));
        putU32(out, quint32(n));
    } else {
        out.append(char(0xff));
        putU64(out, n);
    }
}

void putVarBytes(QByteArray &out, const QByteArray &b)
{
    putCompact(out, quint64(b.size()));
    out.append(b);
}

QByteArray reversed(QByteArray b)
{
    std::reverse(b.begin(), b.end());
    return b;
}

Error badPsbt(const QString &message)
{
    return Error{QStringLiteral("bad_psbt"), message};
}

// ---- transactions ----------------------------------------------------------------------

bool readTx(Reader &r, Transaction &tx, bool allowWitness)
{
    quint32 version = 0;
    if (!r.u32(version, QStringLiteral("transaction version")))
        return false;
    tx.version = static_cast<qint32>(version);
    quint64 nIn = 0;
    if (!r.compact(nIn, QStringLiteral("input count")))
        return false;
    bool segwit = false;
    if (nIn == 0) {
        quint8 flag = 0;
        if (!r.u8(flag, QStringLiteral("segwit flag")))
            return false;
        if (flag != 1)
            return r.fail(QStringLiteral("unknown segwit flag %1").arg(flag));
        if (!allowWitness)
            return r.fail(QStringLiteral("witness serialisation not allowed here"));
        segwit = true;
        if (!r.compact(nIn, QStringLiteral("input count")))
            return false;
    }
    if (nIn == 0)
        return r.fail(QStringLiteral("transaction has no inputs"));
    if (nIn > quint64(r.remaining() / 41))
        return r.fail(QStringLiteral("input count %1 exceeds the data").arg(nIn));
    for (quint64 i = 0; i < nIn; ++i) {
        TxIn in;
        const QString where = QStringLiteral("input %1").arg(i);
        if (!r.bytes(32, in.prevTxid, where + QStringLiteral(" outpoint")) ||
            !r.u32(in.prevIndex, where + QStringLiteral(" outpoint index")) ||
            !r.varBytes(in.scriptSig, where + QStringLiteral(" scriptSig")) ||
            !r.u32(in.sequence, where + QStringLiteral(" sequence")))
            return false;
        tx.inputs.append(in);
    }
    quint64 nOut = 0;
    if (!r.compact(nOut, QStringLiteral("output count")))
        return false;
    if (nOut > quint64(r.remaining() / 9))
        return r.fail(QStringLiteral("output count %1 exceeds the data").arg(nOut));
    for (quint64 i = 0; i < nOut; ++i) {
        TxOut out;
        quint64 amount = 0;
        const QString where = QStringLiteral("output %1").arg(i);
        if (!r.uint(8, amount, where + QStringLiteral(" amount")))
            return false;
        if (amount > quint64(kMaxMoney))
            return r.fail(where + QStringLiteral(" amount is out of range"));
        out.amount = qint64(amount);
        if (!r.varBytes(out.script, where + QStringLiteral(" script")))
            return false;
        tx.outputs.append(out);
    }
    if (segwit) {
        bool any = false;
        for (TxIn &in : tx.inputs) {
            quint64 items = 0;
            if (!r.compact(items, QStringLiteral("witness item count")))
                return false;
            if (items > quint64(r.remaining()))
                return r.fail(QStringLiteral("witness item count exceeds the data"));
            for (quint64 k = 0; k < items; ++k) {
                QByteArray item;
                if (!r.varBytes(item, QStringLiteral("witness item")))
                    return false;
                in.witness.append(item);
            }
            any = any || items > 0;
        }
        if (!any)
            return r.fail(QStringLiteral("segwit serialisation without any witness"));
    }
    return r.u32(tx.lockTime, QStringLiteral("lock time"));
}

bool parseWitnessStack(const QByteArray &value, QList<QByteArray> &stack)
{
    Reader r(value);
    quint64 items = 0;
    if (!r.compact(items, QStringLiteral("witness")) || items > quint64(r.remaining()))
        return false;
    for (quint64 k = 0; k < items; ++k) {
        QByteArray item;
        if (!r.varBytes(item, QStringLiteral("witness item")))
            return false;
        stack.append(item);
    }
    return r.atEnd();
}

bool parseWitnessUtxo(const QByteArray &value, TxOut &out)
{
    Reader r(value);
    quint64 amount = 0;
    if (!r.uint(8, amount, QStringLiteral("amount")) || amount > quint64(kMaxMoney))
        return false;
    out.amount = qint64(amount);
    return r.varBytes(out.script, QStringLiteral("script")) && r.atEnd();
}

bool isPubKeyKey(const QByteArray &keyData)
{
    return (keyData.size() == 33 || keyData.size() == 65) && bip32::isValidPublicKey(keyData);
}

// ---- maps ------------------------------------------------------------------------------

bool readMap(Reader &r, Map &map, const QString &where)
{
    QSet<QByteArray> seen;
    for (;;) {
        quint64 keyLen = 0;
        if (!r.compact(keyLen, where + QStringLiteral(" key length")))
            return false;
        if (keyLen == 0)
            return true;
        Record rec;
        if (keyLen > quint64(r.remaining()))
            return r.fail(QStringLiteral("truncated %1 key").arg(where));
        if (!r.bytes(qsizetype(keyLen), rec.key, where + QStringLiteral(" key")) ||
            !r.varBytes(rec.value, where + QStringLiteral(" value")))
            return false;
        if (seen.contains(rec.key))
            return r.fail(QStringLiteral("duplicate key %1 in %2")
                              .arg(QString::fromLatin1(rec.key.toHex()), where));
        seen.insert(rec.key);
        map.records.append(rec);
    }
}

void writeMap(QByteArray &out, const Map &map)
{
    for (const Record &rec : map.records) {
        putVarBytes(out, rec.key);
        putVarBytes(out, rec.value);
    }
    out.append('\0');
}

QString hexType(quint8 t)
{
    return QStringLiteral("0x%1").arg(t, 2, 16, QLatin1Char('0'));
}

Status checkGlobal(const Map &map)
{
    for (const Record &rec : map.records) {
        const quint8 t = rec.type();
        if (t == GlobalUnsignedTx && rec.key.size() != 1)
            return badPsbt(QStringLiteral("global unsigned transaction key has %1 extra bytes")
                               .arg(rec.key.size() - 1));
        if (t == GlobalXpub &&
            (rec.key.size() != 79 || rec.value.size() < 4 || rec.value.size() % 4 != 0))
            return badPsbt(QStringLiteral("global xpub record is malformed"));
        if (t == GlobalVersion) {
            if (rec.key.size() != 1 || rec.value.size() != 4)
                return badPsbt(QStringLiteral("global version record is malformed"));
            if (rec.value != QByteArray(4, '\0'))
                return badPsbt(QStringLiteral("PSBT version %1 is not supported (only 0)")
                                   .arg(QString::fromLatin1(rec.value.toHex())));
        }
    }
    return success();
}

Status checkInput(const Map &map, int index, const Transaction &tx)
{
    const QString where = QStringLiteral("input %1").arg(index);
    for (const Record &rec : map.records) {
        const quint8 t = rec.type();
        const bool single = rec.key.size() == 1;
        switch (t) {
        case InNonWitnessUtxo: {
            if (!single)
                return badPsbt(where + QStringLiteral(": non-witness UTXO key has extra bytes"));
            auto prev = parseTransaction(rec.value, true);
            if (!prev)
                return badPsbt(where + QStringLiteral(": non-witness UTXO: ") +
                               prev.error().message);
            const TxIn &in = tx.inputs.at(index);
            if (prev->txidBytes() != in.prevTxid)
                return badPsbt(
                    where +
                    QStringLiteral(": non-witness UTXO is transaction %1, but the "
                                   "input spends %2")
                        .arg(prev->txid(), QString::fromLatin1(reversed(in.prevTxid).toHex())));
            if (in.prevIndex >= quint32(prev->outputs.size()))
                return badPsbt(where + QStringLiteral(": spends output %1 that the non-witness "
                                                      "UTXO does not have")
                                           .arg(in.prevIndex));
            break;
        }
        case InWitnessUtxo: {
            TxOut out;
            if (!single)
                return badPsbt(where + QStringLiteral(": witness UTXO key has extra bytes"));
            if (!parseWitnessUtxo(rec.value, out))
                return badPsbt(where + QStringLiteral(": witness UTXO value is malformed"));
            break;
        }
        case InPartialSig:
            if (!isPubKeyKey(rec.keyData()))
                return badPsbt(where + QStringLiteral(": partial signature key is not a valid "
                                                      "public key"));
            if (rec.value.isEmpty())
                return badPsbt(where + QStringLiteral(": partial signature is empty"));
            break;
        case InSighashType:
            if (!single || rec.value.size() != 4)
                return badPsbt(where + QStringLiteral(": sighash type record is malformed"));
            break;
        case InRedeemScript:
        case InWitnessScript:
        case InFinalScriptSig:
            if (!single)
                return badPsbt(where +
                               QStringLiteral(": key type %1 has extra bytes").arg(hexType(t)));
            break;
        case InFinalScriptWitness: {
            QList<QByteArray> stack;
            if (!single || !parseWitnessStack(rec.value, stack))
                return badPsbt(where + QStringLiteral(": final script witness is malformed"));
            break;
        }
        case InBip32Derivation:
            if (!isPubKeyKey(rec.keyData()))
                return badPsbt(where + QStringLiteral(": BIP32 derivation key is not a valid "
                                                      "public key"));
            if (rec.value.size() < 4 || rec.value.size() % 4 != 0)
                return badPsbt(where + QStringLiteral(": BIP32 derivation value is malformed"));
            break;
        default:
            break;
        }
    }
    return success();
}

Status checkOutput(const Map &map, int index)
{
    const QString where = QStringLiteral("output %1").arg(index);
    for (const Record &rec : map.records) {
        const quint8 t = rec.type();
        if ((t == OutRedeemScript || t == OutWitnessScript) && rec.key.size() != 1)
            return badPsbt(where + QStringLiteral(": key type %1 has extra bytes").arg(hexType(t)));
        if (t == OutBip32Derivation) {
            if (!isPubKeyKey(rec.keyData()))
                return badPsbt(where + QStringLiteral(": BIP32 derivation key is not a valid "
                                                      "public key"));
            if (rec.value.size() < 4 || rec.value.size() % 4 != 0)
                return badPsbt(where + QStringLiteral(": BIP32 derivation value is malformed"));
        }
    }
    return success();
}

// ---- signing helpers -------------------------------------------------------------------

struct InputInfo
{
    bool finalized = false;
    bool hasUtxo = false;
    bool hasNonWitnessUtxo = false;
    qint64 amount = 0;
    QByteArray script;
    quint32 sighash = SighashAll;
    bool hasSighash = false;
    bool ours = false;           // derivable by this wallet and P2WPKH of that key
    bool ourFingerprint = false; // some derivation names our master fingerprint
    QByteArray publicKey;
    DerivationPath path;
    QString problem; // why an input with our fingerprint cannot be signed
};

bool utxoOf(const Psbt &psbt, int i, TxOut &out, bool &fromNonWitness, QString &problem)
{
    const Map &map = psbt.inputs.at(i);
    fromNonWitness = false;
    TxOut witness;
    const Record *w = map.find(InWitnessUtxo);
    const bool hasWitness = w != nullptr && parseWitnessUtxo(w->value, witness);
    if (const Record *nw = map.find(InNonWitnessUtxo)) {
        auto prev = parseTransaction(nw->value, true);
        const quint32 vout = psbt.tx.inputs.at(i).prevIndex;
        if (prev && prev->txidBytes() == psbt.tx.inputs.at(i).prevTxid &&
            vout < quint32(prev->outputs.size())) {
            out = prev->outputs.at(vout);
            fromNonWitness = true;
            if (hasWitness && (witness.amount != out.amount || witness.script != out.script)) {
                problem = QStringLiteral("the witness UTXO disagrees with the previous "
                                         "transaction");
                return false;
            }
            return true;
        }
        problem = QStringLiteral("the previous transaction does not match the outpoint");
        return false;
    }
    if (hasWitness) {
        out = witness;
        return true;
    }
    problem = QStringLiteral("no UTXO information");
    return false;
}

InputInfo analyseInput(const Psbt &psbt, int i, const bip32::ExtendedKey *master)
{
    InputInfo info;
    const Map &map = psbt.inputs.at(i);
    info.finalized = map.find(InFinalScriptWitness) || map.find(InFinalScriptSig);
    TxOut utxo;
    QString utxoProblem;
    info.hasUtxo = utxoOf(psbt, i, utxo, info.hasNonWitnessUtxo, utxoProblem);
    if (info.hasUtxo) {
        info.amount = utxo.amount;
        info.script = utxo.script;
    }
    if (const Record *sh = map.find(InSighashType)) {
        const auto *p = reinterpret_cast<const uchar *>(sh->value.constData());
        info.sighash =
            quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
        info.hasSighash = true;
    }
    if (!master)
        return info;
    const quint32 ourFp = bip32::fingerprint(master->publicKey);
    for (const Record *rec : map.all(InBip32Derivation)) {
        auto origin = parseOrigin(rec->value);
        if (!origin || origin->fingerprint != ourFp)
            continue;
        info.ourFingerprint = true;
        auto key = bip32::derivePath(*master, origin->path);
        if (!key || key->publicKey != rec->keyData()) {
            info.problem = QStringLiteral("its key does not derive from this wallet at %1")
                               .arg(formatDerivationPath(origin->path));
            continue;
        }
        if (!info.hasUtxo) {
            info.problem = utxoProblem;
            continue;
        }
        if (info.script != bitcoin::p2wpkhScript(key->publicKey)) {
            info.problem = QStringLiteral("the coin is not locked to P2WPKH of our key");
            continue;
        }
        info.ours = true;
        info.publicKey = key->publicKey;
        info.path = origin->path;
        info.problem.clear();
        break;
    }
    return info;
}

QByteArray outpointBytes(const TxIn &in)
{
    QByteArray out = in.prevTxid;
    putU32(out, in.prevIndex);
    return out;
}

QByteArray txOutBytes(const TxOut &o)
{
    QByteArray out;
    putU64(out, quint64(o.amount));
    putVarBytes(out, o.script);
    return out;
}

QString sats(qint64 v)
{
    return QString::number(v);
}

QString btc(qint64 v)
{
    return review::amount(QString::number(v), 8, QStringLiteral("BTC"));
}

// Coin type of a BIP44/84-style path (0 mainnet, 1 testnet), or -1.
int coinType(const DerivationPath &path)
{
    if (path.size() < 2 || !(path.at(1) & kHardened))
        return -1;
    return int(path.at(1) & ~kHardened);
}

} // namespace

// ---- Transaction -----------------------------------------------------------------------

bool Transaction::hasWitness() const
{
    for (const TxIn &in : inputs) {
        if (!in.witness.isEmpty())
            return true;
    }
    return false;
}

QByteArray Transaction::serialize(bool withWitness) const
{
    const bool segwit = withWitness && hasWitness();
    QByteArray out;
    putU32(out, quint32(version));
    if (segwit) {
        out.append('\0');
        out.append('\1');
    }
    putCompact(out, quint64(inputs.size()));
    for (const TxIn &in : inputs) {
        out.append(outpointBytes(in));
        putVarBytes(out, in.scriptSig);
        putU32(out, in.sequence);
    }
    putCompact(out, quint64(outputs.size()));
    for (const TxOut &o : outputs)
        out.append(txOutBytes(o));
    if (segwit) {
        for (const TxIn &in : inputs) {
            putCompact(out, quint64(in.witness.size()));
            for (const QByteArray &item : in.witness)
                putVarBytes(out, item);
        }
    }
    putU32(out, lockTime);
    return out;
}

QByteArray Transaction::txidBytes() const
{
    return hashes::sha256d(serialize(false));
}

QString Transaction::txid() const
{
    return QString::fromLatin1(reversed(txidBytes()).toHex());
}

Result<Transaction> parseTransaction(QByteArrayView data, bool allowWitness)
{
    Reader r(data);
    Transaction tx;
    if (!readTx(r, tx, allowWitness))
        return Result<Transaction>::failure(QStringLiteral("bad_tx"), r.error());
    if (!r.atEnd())
        return Result<Transaction>::failure(
            QStringLiteral("bad_tx"),
            QStringLiteral("%1 unexpected bytes after the transaction").arg(r.remaining()));
    return tx;
}

// ---- Map / Psbt ------------------------------------------------------------------------

const Record *Map::find(quint8 type) const
{
    for (const Record &r : records) {
        if (r.type() == type && r.key.size() == 1)
            return &r;
    }
    return nullptr;
}

const Record *Map::find(quint8 type, const QByteArray &keyData) const
{
    for (const Record &r : records) {
        if (r.type() == type && r.key.size() == keyData.size() + 1 && r.key.sliced(1) == keyData)
            return &r;
    }
    return nullptr;
}

QList<const Record *> Map::all(quint8 type) const
{
    QList<const Record *> out;
    for (const Record &r : records) {
        if (!r.key.isEmpty() && r.type() == type)
            out.append(&r);
    }
    return out;
}

void Map::removeType(quint8 type)
{
    records.removeIf([type](const Record &r) { return !r.key.isEmpty() && r.type() == type; });
}

QByteArray Psbt::serialize() const
{
    QByteArray out = kMagic;
    writeMap(out, global);
    for (const Map &m : inputs)
        writeMap(out, m);
    for (const Map &m : outputs)
        writeMap(out, m);
    return out;
}

QString Psbt::toBase64() const
{
    return QString::fromLatin1(serialize().toBase64());
}

Result<Psbt> parse(QByteArrayView input)
{
    QByteArray raw;
    if (input.size() >= 5 && input.first(5) == QByteArrayView(kMagic)) {
        raw = input.toByteArray();
    } else {
        const QByteArray text = input.toByteArray().trimmed();
        if (text.startsWith("70736274ff")) {
            for (char c : text) {
                if (!std::isxdigit(static_cast<unsigned char>(c)))
                    return badPsbt(QStringLiteral("the hex text contains a non-hex character"));
            }
            if (text.size() % 2 != 0)
                return badPsbt(QStringLiteral("the hex text has an odd length"));
            raw = QByteArray::fromHex(text);
        } else if (text.startsWith("cHNidP8")) {
            auto decoded = QByteArray::fromBase64Encoding(
                text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return badPsbt(QStringLiteral("the Base64 text is malformed"));
            raw = *decoded;
        } else {
            return badPsbt(QStringLiteral("not a PSBT: the data does not start with the PSBT "
                                          "magic (binary 'psbt\\xff' or Base64 'cHNidP8')"));
        }
    }
    if (!raw.startsWith(kMagic))
        return badPsbt(QStringLiteral("not a PSBT: missing magic bytes"));
    Reader r(QByteArrayView(raw).sliced(5));
    Psbt psbt;
    auto fail = [&r]() { return badPsbt(r.error()); };
    if (!readMap(r, psbt.global, QStringLiteral("global map")))
        return fail();
    if (auto s = checkGlobal(psbt.global); !s)
        return s.error();
    const Record *txRec = psbt.global.find(GlobalUnsignedTx);
    if (!txRec)
        return badPsbt(QStringLiteral("the global map has no unsigned transaction"));
    {
        Reader tr(txRec->value);
        if (!readTx(tr, psbt.tx, false))
            return badPsbt(QStringLiteral("unsigned transaction: %1").arg(tr.error()));
        if (!tr.atEnd())
            return badPsbt(
                QStringLiteral("unsigned transaction has %1 trailing bytes").arg(tr.remaining()));
    }
    for (int i = 0; i < psbt.tx.inputs.size(); ++i) {
        if (!psbt.tx.inputs.at(i).scriptSig.isEmpty())
            return badPsbt(
                QStringLiteral("input %1 of the unsigned transaction has a scriptSig").arg(i));
    }
    for (int i = 0; i < psbt.tx.inputs.size(); ++i) {
        if (r.atEnd())
            return badPsbt(QStringLiteral("the PSBT has %1 input maps but the transaction has "
                                          "%2 inputs")
                               .arg(i)
                               .arg(psbt.tx.inputs.size()));
        Map m;
        if (!readMap(r, m, QStringLiteral("input %1").arg(i)))
            return fail();
        if (auto s = checkInput(m, i, psbt.tx); !s)
            return s.error();
        psbt.inputs.append(m);
    }
    for (int i = 0; i < psbt.tx.outputs.size(); ++i) {
        if (r.atEnd())
            return badPsbt(QStringLiteral("the PSBT has %1 output maps but the transaction has "
                                          "%2 outputs")
                               .arg(i)
                               .arg(psbt.tx.outputs.size()));
        Map m;
        if (!readMap(r, m, QStringLiteral("output %1").arg(i)))
            return fail();
        if (auto s = checkOutput(m, i); !s)
            return s.error();
        psbt.outputs.append(m);
    }
    if (!r.atEnd())
        return badPsbt(
            QStringLiteral("%1 unexpected bytes after the last output map").arg(r.remaining()));
    return psbt;
}

Result<Bip32Origin> parseOrigin(const QByteArray &value)
{
    if (value.size() < 4 || value.size() % 4 != 0)
        return badPsbt(QStringLiteral("a BIP32 derivation value is malformed"));
    const auto *p = reinterpret_cast<const uchar *>(value.constData());
    Bip32Origin o;
    o.fingerprint =
        (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    for (qsizetype k = 4; k < value.size(); k += 4) {
        o.path.append(quint32(p[k]) | (quint32(p[k + 1]) << 8) | (quint32(p[k + 2]) << 16) |
                      (quint32(p[k + 3]) << 24));
    }
    return o;
}

// ---- BIP143 ----------------------------------------------------------------------------

QByteArray sighashSegwitV0(const Transaction &tx, int index, const QByteArray &scriptCode,
                           qint64 amount, quint32 sighashType)
{
    if (index < 0 || index >= tx.inputs.size())
        return {};
    const quint32 base = sighashType & 0x1f;
    const bool anyoneCanPay = sighashType & SighashAnyoneCanPay;
    const QByteArray zero(32, '\0');
    QByteArray prevouts;
    QByteArray sequences;
    QByteArray outputs;
    for (const TxIn &in : tx.inputs) {
        prevouts.append(outpointBytes(in));
        putU32(sequences, in.sequence);
    }
    const QByteArray hashPrevouts = anyoneCanPay ? zero : hashes::sha256d(prevouts);
    const QByteArray hashSequence = (anyoneCanPay || base == SighashSingle || base == SighashNone)
                                        ? zero
                                        : hashes::sha256d(sequences);
    QByteArray hashOutputs = zero;
    if (base != SighashSingle && base != SighashNone) {
        for (const TxOut &o : tx.outputs)
            outputs.append(txOutBytes(o));
        hashOutputs = hashes::sha256d(outputs);
    } else if (base == SighashSingle && index < tx.outputs.size()) {
        hashOutputs = hashes::sha256d(txOutBytes(tx.outputs.at(index)));
    }
    const TxIn &in = tx.inputs.at(index);
    QByteArray pre;
    putU32(pre, quint32(tx.version));
    pre.append(hashPrevouts);
    pre.append(hashSequence);
    pre.append(outpointBytes(in));
    putVarBytes(pre, scriptCode);
    putU64(pre, quint64(amount));
    putU32(pre, in.sequence);
    pre.append(hashOutputs);
    putU32(pre, tx.lockTime);
    putU32(pre, sighashType);
    return hashes::sha256d(pre);
}

QByteArray sighashP2wpkh(const Transaction &tx, int index, const QByteArray &publicKey33,
                         qint64 amount, quint32 sighashType)
{
    QByteArray scriptCode = QByteArray::fromHex("76a914");
    scriptCode.append(hashes::hash160(publicKey33));
    scriptCode.append(QByteArray::fromHex("88ac"));
    return sighashSegwitV0(tx, index, scriptCode, amount, sighashType);
}

// ---- signer / finaliser / extractor ----------------------------------------------------

Result<int> sign(Psbt &psbt, const SecretBytes &seed, const QString &network)
{
    if (!bitcoin::isKnownNetwork(network))
        return Result<int>::failure(QStringLiteral("bad_network"),
                                    QStringLiteral("Unknown Bitcoin network \"%1\".").arg(network));
    auto m = bip32::master(seed);
    if (!m)
        return m.error();
    return signWithMaster(psbt, *m);
}

Result<int> signWithMaster(Psbt &psbt, const bip32::ExtendedKey &master)
{
    if (psbt.inputs.size() != psbt.tx.inputs.size())
        return badPsbt(QStringLiteral("input maps do not match the transaction"));
    int count = 0;
    for (int i = 0; i < psbt.inputs.size(); ++i) {
        const InputInfo info = analyseInput(psbt, i, &master);
        if (info.finalized || !info.ours)
            continue;
        if (psbt.inputs.at(i).find(InPartialSig, info.publicKey))
            continue;
        auto key = bip32::derivePath(master, info.path);
        if (!key)
            continue;
        const QByteArray digest =
            sighashP2wpkh(psbt.tx, i, info.publicKey, info.amount, info.sighash);
        QByteArray sig = bip32::signDer(key->key, digest);
        if (sig.isEmpty())
            return Result<int>::failure(QStringLiteral("sign_failed"),
                                        QStringLiteral("Signing input %1 failed.").arg(i));
        sig.append(char(info.sighash & 0xff));
        Record rec;
        rec.key = QByteArray(1, char(InPartialSig)) + info.publicKey;
        rec.value = sig;
        // Keep records ordered by key type, as other BIP174 implementations write them.
        QList<Record> &records = psbt.inputs[i].records;
        qsizetype at = 0;
        while (at < records.size() && !records.at(at).key.isEmpty() &&
               records.at(at).type() <= InPartialSig)
            ++at;
        records.insert(at, rec);
        ++count;
    }
    return count;
}

Status finalize(Psbt &psbt)
{
    QList<QByteArray> witnesses(psbt.inputs.size());
    for (int i = 0; i < psbt.inputs.size(); ++i) {
        const Map &map = psbt.inputs.at(i);
        if (map.find(InFinalScriptWitness) || map.find(InFinalScriptSig))
            continue;
        TxOut utxo;
        bool fromNonWitness = false;
        QString problem;
        if (!utxoOf(psbt, i, utxo, fromNonWitness, problem))
            return Status::failure(
                QStringLiteral("not_finalizable"),
                QStringLiteral("Input %1 cannot be finalised: %2.").arg(i).arg(problem));
        if (!bitcoin::isP2wpkhScript(utxo.script))
            return Status::failure(QStringLiteral("not_finalizable"),
                                   QStringLiteral("Input %1 is not P2WPKH; this wallet "
                                                  "finalises only P2WPKH inputs.")
                                       .arg(i));
        for (const Record *sig : map.all(InPartialSig)) {
            if (bitcoin::p2wpkhScript(sig->keyData()) == utxo.script) {
                QByteArray w;
                putCompact(w, 2);
                putVarBytes(w, sig->value);
                putVarBytes(w, sig->keyData());
                witnesses[i] = w;
                break;
            }
        }
        if (witnesses.at(i).isEmpty())
            return Status::failure(QStringLiteral("not_finalizable"),
                                   QStringLiteral("Input %1 has no signature yet.").arg(i));
    }
    for (int i = 0; i < psbt.inputs.size(); ++i) {
        if (witnesses.at(i).isEmpty())
            continue;
        Map &map = psbt.inputs[i];
        for (quint8 t :
             {InPartialSig, InSighashType, InRedeemScript, InWitnessScript, InBip32Derivation})
            map.removeType(t);
        map.records.append({QByteArray(1, char(InFinalScriptWitness)), witnesses.at(i)});
    }
    return success();
}

Result<QByteArray> extractTransaction(const Psbt &psbt)
{
    Transaction tx = psbt.tx;
    for (int i = 0; i < psbt.inputs.size(); ++i) {
        const Map &map = psbt.inputs.at(i);
        const Record *fw = map.find(InFinalScriptWitness);
        const Record *fs = map.find(InFinalScriptSig);
        if (!fw && !fs)
            return Result<QByteArray>::failure(QStringLiteral("not_finalized"),
                                               QStringLiteral("Input %1 is not finalised.").arg(i));
        if (fs)
            tx.inputs[i].scriptSig = fs->value;
        if (fw && !parseWitnessStack(fw->value, tx.inputs[i].witness))
            return badPsbt(QStringLiteral("input %1: final script witness is malformed").arg(i));
    }
    return tx.serialize(true).toHex();
}

// ---- review ----------------------------------------------------------------------------

TxReview review(const Psbt &psbt, const SecretBytes *seed, const QString &network)
{
    if (!seed)
        return reviewWithMaster(psbt, nullptr, network);
    auto m = bip32::master(*seed);
    return reviewWithMaster(psbt, m ? &m.value() : nullptr, network);
}

TxReview reviewWithMaster(const Psbt &psbt, const bip32::ExtendedKey *master,
                          const QString &network)
{
    TxReview rv;
    rv.chain = QStringLiteral("bitcoin");
    rv.network = network;
    rv.testNetwork = network != QLatin1String("mainnet");
    rv.hash = psbt.tx.txid();
    const int expectedCoin = network == QLatin1String("mainnet") ? 0 : 1;
    if (!bitcoin::isKnownNetwork(network))
        rv.warn(TxReviewWarning::Danger, QStringLiteral("unknown_network"),
                QStringLiteral("\"%1\" is not a Bitcoin network this wallet knows.").arg(network));
    bool networkMismatch = false;

    qint64 totalIn = 0;
    bool allInputsKnown = true;
    bool sighashWarned = false;
    for (int i = 0; i < psbt.tx.inputs.size() && i < psbt.inputs.size(); ++i) {
        const TxIn &in = psbt.tx.inputs.at(i);
        const InputInfo info = analyseInput(psbt, i, master);
        TxReviewLine line;
        line.kind = QStringLiteral("input");
        line.destination = QStringLiteral("%1:%2")
                               .arg(QString::fromLatin1(reversed(in.prevTxid).toHex()))
                               .arg(in.prevIndex);
        line.asset = QStringLiteral("BTC");
        if (info.hasUtxo) {
            totalIn += info.amount;
            line.amountBase = sats(info.amount);
            line.amount = btc(info.amount);
            const QString addr = bitcoin::scriptToAddress(info.script, network);
            line.details << QCoreApplication::translate("fb::wallet::Review", "from: %1")
                                .arg(addr.isEmpty() ? QString::fromLatin1(info.script.toHex())
                                                    : addr);
            if (!info.hasNonWitnessUtxo)
                line.details << QCoreApplication::translate(
                    "fb::wallet::Review", "amount not proven by the previous transaction");
        } else {
            allInputsKnown = false;
            line.details << QCoreApplication::translate("fb::wallet::Review", "amount unknown");
            rv.warn(TxReviewWarning::Danger, QStringLiteral("missing_utxo"),
                    QStringLiteral("Input %1 carries no usable UTXO, so its amount and the fee "
                                   "cannot be checked.")
                        .arg(i));
        }
        if (info.ours) {
            line.details << QCoreApplication::translate("fb::wallet::Review", "ours: %1")
                                .arg(formatDerivationPath(info.path));
            if (coinType(info.path) != expectedCoin && bitcoin::isKnownNetwork(network))
                networkMismatch = true;
        } else {
            line.details << QCoreApplication::translate("fb::wallet::Review", "ours: no");
        }
        if (info.finalized) {
            line.details << QCoreApplication::translate("fb::wallet::Review", "already finalised");
        } else if (master && info.ours) {
            ++rv.signableInputs;
        } else if (master) {
            rv.warn(TxReviewWarning::Caution, QStringLiteral("unsignable_input"),
                    info.problem.isEmpty()
                        ? QStringLiteral("Input %1 is not from this wallet; it will stay unsigned.")
                              .arg(i)
                        : QStringLiteral("Input %1 names this wallet but cannot be signed: %2.")
                              .arg(i)
                              .arg(info.problem));
        }
        if (info.hasSighash && info.sighash != SighashAll) {
            line.details << QCoreApplication::translate("fb::wallet::Review", "sighash type %1")
                                .arg(info.sighash);
            if (!sighashWarned) {
                rv.warn(TxReviewWarning::Danger, QStringLiteral("sighash_not_all"),
                        QStringLiteral("Input %1 asks for sighash type 0x%2 instead of ALL: "
                                       "others could change the transaction after you sign.")
                            .arg(i)
                            .arg(info.sighash, 2, 16, QLatin1Char('0')));
                sighashWarned = true;
            }
        }
        rv.lines.append(line);
    }

    const quint32 ourFp = master ? bip32::fingerprint(master->publicKey) : 0;
    qint64 totalOut = 0;
    for (int i = 0; i < psbt.tx.outputs.size(); ++i) {
        const TxOut &out = psbt.tx.outputs.at(i);
        totalOut += out.amount;
        TxReviewLine line;
        line.kind = QStringLiteral("output");
        const QString addr = bitcoin::scriptToAddress(out.script, network);
        line.destination = addr.isEmpty() ? QString::fromLatin1(out.script.toHex()) : addr;
        line.amountBase = sats(out.amount);
        line.amount = btc(out.amount);
        line.asset = QStringLiteral("BTC");
        if (master && i < psbt.outputs.size()) {
            bool change = false;
            bool foreign = false;
            for (const Record *rec : psbt.outputs.at(i).all(OutBip32Derivation)) {
                auto origin = parseOrigin(rec->value);
                if (!origin || origin->fingerprint != ourFp)
                    continue;
                auto key = bip32::derivePath(*master, origin->path);
                if (key && key->publicKey == rec->keyData() &&
                    bitcoin::p2wpkhScript(key->publicKey) == out.script) {
                    change = true;
                    line.details << QCoreApplication::translate("fb::wallet::Review", "ours: %1")
                                        .arg(formatDerivationPath(origin->path));
                    if (coinType(origin->path) != expectedCoin && bitcoin::isKnownNetwork(network))
                        networkMismatch = true;
                    break;
                }
                foreign = true;
            }
            if (change) {
                line.kind = QStringLiteral("change");
            } else if (foreign) {
                rv.warn(TxReviewWarning::Danger, QStringLiteral("foreign_change"),
                        QStringLiteral("Output %1 claims to be this wallet's change but does not "
                                       "derive from it; treat it as a payment to someone else.")
                            .arg(i));
            }
        }
        rv.lines.append(line);
    }

    for (const Record *x : psbt.global.all(GlobalXpub)) {
        if (x->key.size() != 79)
            continue;
        const QByteArray version = x->key.mid(1, 4);
        const bool mainXpub = version == QByteArray::fromHex("0488b21e");
        const bool testXpub = version == QByteArray::fromHex("043587cf");
        if ((mainXpub && expectedCoin != 0) || (testXpub && expectedCoin != 1))
            networkMismatch = true;
    }
    if (networkMismatch)
        rv.warn(TxReviewWarning::Danger, QStringLiteral("unknown_network"),
                QStringLiteral("This transaction carries keys for another Bitcoin network than "
                               "%1.")
                    .arg(network));

    if (allInputsKnown && !psbt.tx.inputs.isEmpty()) {
        const qint64 fee = totalIn - totalOut;
        rv.feeBase = sats(fee);
        rv.fee = btc(fee);
        if (fee < 0) {
            rv.warn(TxReviewWarning::Danger, QStringLiteral("negative_fee"),
                    QStringLiteral("The outputs spend more than the inputs hold."));
        } else {
            // P2WPKH estimate: per input 108 witness bytes (count, 72-byte sig, 33-byte key).
            const qint64 base = psbt.tx.serialize(false).size();
            const qint64 weight = base * 4 + 2 + 108 * qint64(psbt.tx.inputs.size());
            const qint64 vbytes = (weight + 3) / 4;
            const double rate = double(fee) / double(vbytes);
            // The rate in the user's locale where the app localizes the review.
            rv.fee += QCoreApplication::translate("fb::wallet::Review", " (about %1 sat/vB)")
                          .arg(review::hasDateFormatter() ? QLocale().toString(rate, 'f', 1)
                                                          : QString::number(rate, 'f', 1));
            if (fee * 20 > totalOut || rate > 100.0)
                rv.warn(TxReviewWarning::Danger, QStringLiteral("high_fee"),
                        QStringLiteral("The fee of %1 is unusually high (over 5% of the amount "
                                       "sent or over 100 sat/vB).")
                            .arg(btc(fee)));
        }
    }
    return rv;
}

} // namespace fb::psbt
