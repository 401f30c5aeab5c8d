#include "wallet/stellar.h"
#include "wallet/reviewtext.h"

#include <QCoreApplication>

#include "wallet/hashes.h"
#include "wallet/slip10.h"
#include "wallet/strkey.h"
#include "wallet/xdr.h"

#include <QDateTime>

namespace fb::stellar {

namespace {

constexpr quint32 kKeyTypeEd25519 = 0;
constexpr quint32 kKeyTypeMuxedEd25519 = 0x100;
constexpr int kMaxDepth = 48; // nesting of contract values before a value is refused

// ---- reading ------------------------------------------------------------------------------

class Decoder
{
public:
    explicit Decoder(QByteArrayView data)
        : r(data)
    {}
    xdr::Reader r;
    QString unsupported;

    QByteArray publicKey(const char *what)
    {
        const qsizetype at = r.pos();
        const quint32 t = r.u32(what);
        if (r.ok() && t != kKeyTypeEd25519)
            r.fail(QStringLiteral("byte %1: %2 has unknown key type %3")
                       .arg(at)
                       .arg(QLatin1String(what))
                       .arg(t));
        return r.fixed(32, what);
    }

    MuxedAccount muxed(const char *what)
    {
        MuxedAccount m;
        const qsizetype at = r.pos();
        const quint32 t = r.u32(what);
        if (t == kKeyTypeEd25519) {
            m.key = r.fixed(32, what);
        } else if (t == kKeyTypeMuxedEd25519) {
            m.id = r.u64(what);
            m.key = r.fixed(32, what);
        } else if (r.ok()) {
            r.fail(QStringLiteral("byte %1: %2 has unknown account type %3")
                       .arg(at)
                       .arg(QLatin1String(what))
                       .arg(t));
        }
        return m;
    }

    Asset asset(const char *what, bool trustLine)
    {
        Asset a;
        const qsizetype at = r.pos();
        a.type = r.i32(what);
        switch (a.type) {
        case 0:
            break;
        case 1:
        case 2:
            a.code = r.fixed(a.type == 1 ? 4 : 12, what);
            a.issuer = publicKey(what);
            break;
        case 3:
            if (trustLine) {
                const qint32 poolType = r.i32("liquidity pool type");
                if (r.ok() && poolType != 0) {
                    r.fail(QStringLiteral("byte %1: unknown liquidity pool type %2")
                               .arg(at)
                               .arg(poolType));
                    break;
                }
                a.poolAssets.append(asset("pool asset A", false));
                a.poolAssets.append(asset("pool asset B", false));
                a.poolFee = r.i32("pool fee");
                break;
            }
            [[fallthrough]];
        default:
            if (r.ok())
                r.fail(QStringLiteral("byte %1: %2 has unknown asset type %3")
                           .arg(at)
                           .arg(QLatin1String(what))
                           .arg(a.type));
        }
        return a;
    }

    Memo memo()
    {
        Memo m;
        const qsizetype at = r.pos();
        m.type = r.i32("memo type");
        switch (m.type) {
        case MemoNone:
            break;
        case MemoText:
            m.text = r.variable(28, "memo text");
            break;
        case MemoId:
            m.id = r.u64("memo id");
            break;
        case MemoHash:
        case MemoReturn:
            m.hash = r.fixed(32, "memo hash");
            break;
        default:
            if (r.ok())
                r.fail(QStringLiteral("byte %1: unknown memo type %2").arg(at).arg(m.type));
        }
        return m;
    }

    SignerKey signerKey()
    {
        SignerKey k;
        const qsizetype at = r.pos();
        k.type = r.i32("signer key type");
        if (k.type < 0 || k.type > 3) {
            if (r.ok())
                r.fail(QStringLiteral("byte %1: unknown signer key type %2").arg(at).arg(k.type));
            return k;
        }
        k.key = r.fixed(32, "signer key");
        if (k.type == 3)
            k.payload = r.variable(64, "signed payload");
        return k;
    }

    Preconditions preconditions(bool v0)
    {
        Preconditions c;
        const qsizetype at = r.pos();
        c.type = r.i32(v0 ? "time bounds flag" : "preconditions type");
        if (c.type == 0)
            return c;
        if (c.type == 1 || c.type == 2) {
            if (c.type == 2) {
                // PreconditionsV2: optional time bounds, optional ledger bounds, ...
                if (r.boolean("time bounds flag")) {
                    c.minTime = r.u64("min time");
                    c.maxTime = r.u64("max time");
                }
                c.hasLedgerBounds = r.boolean("ledger bounds flag");
                if (c.hasLedgerBounds) {
                    c.minLedger = r.u32("min ledger");
                    c.maxLedger = r.u32("max ledger");
                }
                if (r.boolean("min sequence flag"))
                    c.minSeqNum = r.i64("min sequence");
                c.minSeqAge = r.u64("min sequence age");
                c.minSeqLedgerGap = r.u32("min sequence ledger gap");
                const quint32 n = r.count(2, "extra signers");
                for (quint32 i = 0; i < n && r.ok(); ++i)
                    c.extraSigners.append(signerKey());
                return c;
            }
            if (!v0 || c.type == 1) {
                c.minTime = r.u64("min time");
                c.maxTime = r.u64("max time");
                return c;
            }
        }
        if (r.ok())
            r.fail(QStringLiteral("byte %1: unknown preconditions type %2").arg(at).arg(c.type));
        return c;
    }

    // ---- contract values: walked to validate and to find their end ----

    QString scAddress(const char *what)
    {
        const qsizetype at = r.pos();
        const qint32 t = r.i32(what);
        if (t == 0) {
            return strkey::accountId(publicKey(what));
        } else if (t == 1) {
            return strkey::encode(strkey::Version::Contract, r.fixed(32, what));
        }
        if (r.ok())
            r.fail(QStringLiteral("byte %1: %2 has unknown address type %3")
                       .arg(at)
                       .arg(QLatin1String(what))
                       .arg(t));
        return {};
    }

    void scVal(int depth)
    {
        if (depth > kMaxDepth) {
            r.fail(QStringLiteral("byte %1: contract value nested too deeply").arg(r.pos()));
            return;
        }
        const qsizetype at = r.pos();
        const qint32 t = r.i32("contract value type");
        switch (t) {
        case 0: // bool
            r.boolean("bool value");
            break;
        case 1:  // void
        case 20: // ledger key contract instance
            break;
        case 2: { // error
            const qint32 et = r.i32("error type");
            if (et < 0 || et > 9)
                r.fail(QStringLiteral("byte %1: unknown error type %2").arg(at).arg(et));
            r.u32("error code");
            break;
        }
        case 3:
        case 4:
            r.u32("32-bit value");
            break;
        case 5:
        case 6:
        case 7:
        case 8:
        case 21:
            r.u64("64-bit value");
            break;
        case 9:
        case 10:
            r.u64("128-bit value");
            r.u64("128-bit value");
            break;
        case 11:
        case 12:
            for (int i = 0; i < 4; ++i)
                r.u64("256-bit value");
            break;
        case 13:
        case 14:
            r.variable(0xffffffffu, "bytes value");
            break;
        case 15:
            r.variable(32, "symbol");
            break;
        case 16: // vec
            if (r.boolean("vector flag")) {
                const quint32 n = r.count(0xffffffu, "vector");
                for (quint32 i = 0; i < n && r.ok(); ++i)
                    scVal(depth + 1);
            }
            break;
        case 17: // map
            if (r.boolean("map flag"))
                scMap(depth + 1);
            break;
        case 18:
            scAddress("address value");
            break;
        case 19: // contract instance
            contractExecutable();
            if (r.boolean("storage flag"))
                scMap(depth + 1);
            break;
        default:
            if (r.ok())
                r.fail(QStringLiteral("byte %1: unknown contract value type %2").arg(at).arg(t));
        }
    }

    void scMap(int depth)
    {
        const quint32 n = r.count(0xffffffu, "map");
        for (quint32 i = 0; i < n && r.ok(); ++i) {
            scVal(depth + 1);
            scVal(depth + 1);
        }
    }

    void contractExecutable()
    {
        const qsizetype at = r.pos();
        const qint32 t = r.i32("contract executable");
        if (t == 0)
            r.fixed(32, "wasm hash");
        else if (t != 1 && r.ok())
            r.fail(QStringLiteral("byte %1: unknown contract executable %2").arg(at).arg(t));
    }

    void contractIdPreimage()
    {
        const qsizetype at = r.pos();
        const qint32 t = r.i32("contract id preimage");
        if (t == 0) {
            scAddress("deployer");
            r.fixed(32, "salt");
        } else if (t == 1) {
            asset("contract asset", false);
        } else if (r.ok()) {
            r.fail(QStringLiteral("byte %1: unknown contract id preimage %2").arg(at).arg(t));
        }
    }

    void invokeArgs(QString *contract, QString *function)
    {
        *contract = scAddress("contract address");
        *function = QString::fromUtf8(r.variable(32, "function name"));
        const quint32 n = r.count(0xffffffu, "arguments");
        for (quint32 i = 0; i < n && r.ok(); ++i)
            scVal(0);
    }

    void hostFunction(qint32 t, qsizetype at, QString *contract, QString *function)
    {
        switch (t) {
        case 0:
            invokeArgs(contract, function);
            break;
        case 1:
        case 3:
            contractIdPreimage();
            contractExecutable();
            *function = QStringLiteral("create contract");
            if (t == 3) {
                const quint32 n = r.count(0xffffffu, "constructor arguments");
                for (quint32 i = 0; i < n && r.ok(); ++i)
                    scVal(0);
            }
            break;
        case 2:
            r.variable(0xffffffffu, "contract code");
            *function = QStringLiteral("upload contract code");
            break;
        default:
            if (r.ok())
                r.fail(QStringLiteral("byte %1: unknown host function %2").arg(at).arg(t));
        }
    }

    void authorizedInvocation(int depth)
    {
        if (depth > kMaxDepth) {
            r.fail(QStringLiteral("byte %1: authorisation nested too deeply").arg(r.pos()));
            return;
        }
        const qsizetype at = r.pos();
        const qint32 t = r.i32("authorized function");
        QString c, f;
        if (t == 0)
            invokeArgs(&c, &f);
        else if (t == 1 || t == 2)
            hostFunction(t == 1 ? 1 : 3, at, &c, &f);
        else if (r.ok())
            r.fail(QStringLiteral("byte %1: unknown authorized function %2").arg(at).arg(t));
        const quint32 n = r.count(0xffffu, "sub-invocations");
        for (quint32 i = 0; i < n && r.ok(); ++i)
            authorizedInvocation(depth + 1);
    }

    void invokeHostFunction(Operation &op)
    {
        const qsizetype start = r.pos();
        const qint32 t = r.i32("host function");
        hostFunction(t, start, &op.contract, &op.function);
        const quint32 n = r.count(0xffffu, "authorisations");
        for (quint32 i = 0; i < n && r.ok(); ++i) {
            const qsizetype at = r.pos();
            const qint32 ct = r.i32("credentials");
            if (ct == 1) {
                scAddress("credentials address");
                r.i64("nonce");
                r.u32("signature expiration ledger");
                scVal(0);
            } else if (ct != 0 && r.ok()) {
                r.fail(QStringLiteral("byte %1: unknown credentials type %2").arg(at).arg(ct));
            }
            authorizedInvocation(0);
        }
        if (r.ok())
            op.body = r.slice(start, r.pos()).toByteArray();
    }

    void ledgerKey()
    {
        const qsizetype at = r.pos();
        const qint32 t = r.i32("ledger key type");
        switch (t) {
        case 0:
            publicKey("account");
            break;
        case 1: {
            publicKey("account");
            const qint32 at2 = r.i32("trust line asset");
            if (at2 == 1 || at2 == 2) {
                r.fixed(at2 == 1 ? 4 : 12, "asset code");
                publicKey("issuer");
            } else if (at2 == 3) {
                r.fixed(32, "pool id");
            } else if (at2 != 0 && r.ok()) {
                r.fail(QStringLiteral("byte %1: unknown trust line asset %2").arg(at).arg(at2));
            }
            break;
        }
        case 2:
            publicKey("seller");
            r.i64("offer id");
            break;
        case 3:
            publicKey("account");
            r.variable(64, "data name");
            break;
        case 4: {
            const qint32 bt = r.i32("balance id type");
            if (bt != 0 && r.ok())
                r.fail(QStringLiteral("byte %1: unknown balance id type %2").arg(at).arg(bt));
            r.fixed(32, "balance id");
            break;
        }
        case 5:
        case 7:
        case 9:
            r.fixed(32, "hash");
            break;
        case 6:
            scAddress("contract");
            scVal(0);
            r.i32("durability");
            break;
        case 8:
            r.i32("config setting");
            break;
        default:
            if (r.ok())
                r.fail(QStringLiteral("byte %1: unknown ledger key type %2").arg(at).arg(t));
        }
    }

    QByteArray sorobanData()
    {
        const qsizetype start = r.pos();
        const qsizetype at = r.pos();
        const qint32 ext = r.i32("soroban data extension");
        if (ext == 1) {
            const quint32 n = r.count(0xffffu, "archived entries");
            for (quint32 i = 0; i < n && r.ok(); ++i)
                r.u32("archived entry");
        } else if (ext != 0 && r.ok()) {
            r.fail(QStringLiteral("byte %1: unknown soroban data extension %2").arg(at).arg(ext));
        }
        for (int list = 0; list < 2 && r.ok(); ++list) {
            const quint32 n = r.count(0xffffu, "footprint");
            for (quint32 i = 0; i < n && r.ok(); ++i)
                ledgerKey();
        }
        r.u32("instructions");
        r.u32("read bytes");
        r.u32("write bytes");
        r.i64("resource fee");
        return r.ok() ? r.slice(start, r.pos()).toByteArray() : QByteArray();
    }

    Operation operation()
    {
        Operation op;
        if (r.boolean("operation source flag"))
            op.source = muxed("operation source");
        const qsizetype at = r.pos();
        op.type = r.i32("operation type");
        switch (op.type) {
        case CreateAccount:
            op.destination.key = publicKey("destination");
            op.amount = r.i64("starting balance");
            break;
        case Payment:
            op.destination = muxed("destination");
            op.asset = asset("asset", false);
            op.amount = r.i64("amount");
            break;
        case ChangeTrust:
            op.asset = asset("trust line", true);
            op.amount = r.i64("limit");
            break;
        case ManageData:
            op.dataName = r.variable(64, "data name");
            if (r.boolean("data value flag"))
                op.dataValue = r.variable(64, "data value");
            break;
        case InvokeHostFunction:
            invokeHostFunction(op);
            break;
        default:
            if (r.ok()) {
                unsupported = QStringLiteral("operation type %1 at byte %2").arg(op.type).arg(at);
                r.fail(QStringLiteral("byte %1: operation type %2 is not supported")
                           .arg(at)
                           .arg(op.type));
            }
        }
        return op;
    }

    Transaction transaction(bool v0)
    {
        Transaction tx;
        if (v0)
            tx.source.key = r.fixed(32, "source account");
        else
            tx.source = muxed("source account");
        tx.fee = r.u32("fee");
        tx.sequence = r.i64("sequence number");
        tx.cond = preconditions(v0);
        tx.memo = memo();
        const quint32 n = r.count(100, "operations");
        for (quint32 i = 0; i < n && r.ok(); ++i)
            tx.operations.append(operation());
        const qsizetype at = r.pos();
        const qint32 ext = r.i32("transaction extension");
        if (ext == 1 && !v0)
            tx.sorobanData = sorobanData();
        else if (ext != 0 && r.ok())
            r.fail(QStringLiteral("byte %1: unknown transaction extension %2").arg(at).arg(ext));
        return tx;
    }

    QList<Signature> signatures()
    {
        QList<Signature> out;
        const quint32 n = r.count(20, "signatures");
        for (quint32 i = 0; i < n && r.ok(); ++i) {
            Signature s;
            s.hint = r.fixed(4, "signature hint");
            s.signature = r.variable(64, "signature");
            out.append(s);
        }
        return out;
    }
};

// ---- writing --------------------------------------------------------------------------------

void writeMuxed(xdr::Writer &w, const MuxedAccount &m)
{
    if (m.id) {
        w.u32(kKeyTypeMuxedEd25519);
        w.u64(*m.id);
    } else {
        w.u32(kKeyTypeEd25519);
    }
    w.fixed(m.key);
}

void writePublicKey(xdr::Writer &w, const QByteArray &key)
{
    w.u32(kKeyTypeEd25519);
    w.fixed(key);
}

void writeAsset(xdr::Writer &w, const Asset &a)
{
    w.i32(a.type);
    if (a.type == 1 || a.type == 2) {
        w.fixed(a.code);
        writePublicKey(w, a.issuer);
    } else if (a.type == 3) {
        w.i32(0);
        for (const auto &p : a.poolAssets)
            writeAsset(w, p);
        w.i32(a.poolFee);
    }
}

void writeMemo(xdr::Writer &w, const Memo &m)
{
    w.i32(m.type);
    if (m.type == MemoText)
        w.variable(m.text);
    else if (m.type == MemoId)
        w.u64(m.id);
    else if (m.type == MemoHash || m.type == MemoReturn)
        w.fixed(m.hash);
}

void writePreconditions(xdr::Writer &w, const Preconditions &c)
{
    w.i32(c.type);
    if (c.type == 1) {
        w.u64(c.minTime);
        w.u64(c.maxTime);
    } else if (c.type == 2) {
        const bool tb = c.minTime || c.maxTime;
        w.boolean(tb);
        if (tb) {
            w.u64(c.minTime);
            w.u64(c.maxTime);
        }
        w.boolean(c.hasLedgerBounds);
        if (c.hasLedgerBounds) {
            w.u32(c.minLedger);
            w.u32(c.maxLedger);
        }
        w.boolean(c.minSeqNum.has_value());
        if (c.minSeqNum)
            w.i64(*c.minSeqNum);
        w.u64(c.minSeqAge);
        w.u32(c.minSeqLedgerGap);
        w.u32(quint32(c.extraSigners.size()));
        for (const auto &s : c.extraSigners) {
            w.i32(s.type);
            w.fixed(s.key);
            if (s.type == 3)
                w.variable(s.payload);
        }
    }
}

void writeOperation(xdr::Writer &w, const Operation &op)
{
    w.boolean(op.source.has_value());
    if (op.source)
        writeMuxed(w, *op.source);
    w.i32(op.type);
    switch (op.type) {
    case CreateAccount:
        writePublicKey(w, op.destination.key);
        w.i64(op.amount);
        break;
    case Payment:
        writeMuxed(w, op.destination);
        writeAsset(w, op.asset);
        w.i64(op.amount);
        break;
    case ChangeTrust:
        writeAsset(w, op.asset);
        w.i64(op.amount);
        break;
    case ManageData:
        w.variable(op.dataName);
        w.boolean(op.dataValue.has_value());
        if (op.dataValue)
            w.variable(*op.dataValue);
        break;
    case InvokeHostFunction:
        w.raw(op.body);
        break;
    default:
        break;
    }
}

QByteArray transactionBytes(const Transaction &tx, bool v0)
{
    xdr::Writer w;
    if (v0)
        w.fixed(tx.source.key);
    else
        writeMuxed(w, tx.source);
    w.u32(tx.fee);
    w.i64(tx.sequence);
    writePreconditions(w, tx.cond);
    writeMemo(w, tx.memo);
    w.u32(quint32(tx.operations.size()));
    for (const auto &op : tx.operations)
        writeOperation(w, op);
    if (!tx.sorobanData.isEmpty()) {
        w.i32(1);
        w.raw(tx.sorobanData);
    } else {
        w.i32(0);
    }
    return w.bytes();
}

void writeSignatures(xdr::Writer &w, const QList<Signature> &sigs)
{
    w.u32(quint32(sigs.size()));
    for (const auto &s : sigs) {
        w.fixed(s.hint);
        w.variable(s.signature);
    }
}

// The inner v1 envelope of a fee bump (type + tx + signatures).
QByteArray feeBumpBytes(const Envelope &e)
{
    xdr::Writer w;
    writeMuxed(w, e.feeSource);
    w.i64(e.feeBumpFee);
    w.i32(EnvelopeTx);
    w.raw(transactionBytes(e.tx, false));
    writeSignatures(w, e.signatures);
    w.i32(0);
    return w.bytes();
}

QString stroopsText(qint64 v, const QString &unit)
{
    return review::amount(QString::number(v), 7, unit);
}

QString utc(quint64 secs)
{
    return review::dateTime(qint64(secs));
}

} // namespace

// ---- networks, accounts, assets -------------------------------------------------------------

QByteArray Network::id() const
{
    return hashes::sha256(passphrase.toUtf8());
}

Network network(const QString &nameOrPassphrase)
{
    const QString n = nameOrPassphrase.trimmed();
    const QString lower = n.toLower();
    static const QString pub = QStringLiteral("Public Global Stellar Network ; September 2015");
    static const QString test = QStringLiteral("Test SDF Network ; September 2015");
    static const QString future = QStringLiteral("Test SDF Future Network ; October 2022");
    if (lower == QLatin1String("public") || lower == QLatin1String("mainnet") ||
        lower == QLatin1String("pubnet") || n == pub)
        return {QStringLiteral("public"), pub, true, false};
    if (lower == QLatin1String("testnet") || n == test)
        return {QStringLiteral("testnet"), test, true, true};
    if (lower == QLatin1String("futurenet") || n == future)
        return {QStringLiteral("futurenet"), future, true, true};
    return {QStringLiteral("custom"), n, false, false};
}

QString MuxedAccount::address() const
{
    if (!id)
        return strkey::accountId(key);
    QByteArray payload = key;
    for (int i = 7; i >= 0; --i)
        payload.append(char(*id >> (8 * i)));
    return strkey::encode(strkey::Version::Muxed, payload);
}

QString Asset::display() const
{
    switch (type) {
    case 0:
        return QStringLiteral("XLM");
    case 1:
    case 2: {
        QByteArray c = code;
        while (c.endsWith('\0'))
            c.chop(1);
        return QString::fromLatin1(c) + QLatin1Char(':') + strkey::accountId(issuer);
    }
    case 3:
        return QStringLiteral("pool share %1 / %2 (fee %3 bp)")
            .arg(poolAssets.value(0).display(), poolAssets.value(1).display())
            .arg(poolFee);
    }
    return QStringLiteral("unknown asset");
}

QString Memo::display() const
{
    switch (type) {
    case MemoText:
        return QCoreApplication::translate("fb::wallet::Review", "text: %1")
            .arg(QString::fromUtf8(text));
    case MemoId:
        return QCoreApplication::translate("fb::wallet::Review", "id: %1").arg(id);
    case MemoHash:
        return QCoreApplication::translate("fb::wallet::Review", "hash: %1")
            .arg(QString::fromLatin1(hash.toHex()));
    case MemoReturn:
        return QCoreApplication::translate("fb::wallet::Review", "return: %1")
            .arg(QString::fromLatin1(hash.toHex()));
    }
    return {};
}

Result<Asset> parseAsset(const QString &spec)
{
    const QString s = spec.trimmed();
    if (s.compare(QLatin1String("XLM"), Qt::CaseInsensitive) == 0 ||
        s.compare(QLatin1String("native"), Qt::CaseInsensitive) == 0)
        return Asset{};
    const auto parts = s.split(QLatin1Char(':'));
    if (parts.size() != 2 || parts[0].isEmpty() || parts[0].size() > 12) {
        return Result<Asset>::failure(
            QStringLiteral("bad_asset"),
            QStringLiteral("An asset is XLM or CODE:ISSUER (code of 1 to 12 letters or digits)."));
    }
    for (QChar c : parts[0]) {
        if (!(c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('z')))) {
            return Result<Asset>::failure(
                QStringLiteral("bad_asset"),
                QStringLiteral("Asset codes use letters and digits only."));
        }
    }
    auto issuer = strkey::decodeAccountId(parts[1]);
    if (!issuer)
        return Result<Asset>::failure(
            issuer.error().code, QStringLiteral("Asset issuer: %1").arg(issuer.error().message));
    Asset a;
    a.type = parts[0].size() <= 4 ? 1 : 2;
    a.code = parts[0].toLatin1();
    a.code.resize(a.type == 1 ? 4 : 12, '\0');
    a.issuer = *issuer;
    return a;
}

Result<qint64> parseAmount(const QString &text)
{
    return parseUnits(text, 7);
}

// ---- envelopes ------------------------------------------------------------------------------

Result<Envelope> decode(QByteArrayView data)
{
    Decoder d(data);
    Envelope e;
    const qsizetype at = d.r.pos();
    e.type = d.r.i32("envelope type");
    if (e.type == EnvelopeTxV0 || e.type == EnvelopeTx) {
        e.tx = d.transaction(e.type == EnvelopeTxV0);
        e.signatures = d.signatures();
    } else if (e.type == EnvelopeFeeBump) {
        e.feeSource = d.muxed("fee source");
        e.feeBumpFee = d.r.i64("fee bump fee");
        const qsizetype innerAt = d.r.pos();
        const qint32 inner = d.r.i32("inner envelope type");
        if (d.r.ok() && inner != EnvelopeTx)
            d.r.fail(QStringLiteral("byte %1: a fee bump wraps a v1 transaction, not type %2")
                         .arg(innerAt)
                         .arg(inner));
        e.tx = d.transaction(false);
        e.signatures = d.signatures();
        const qsizetype extAt = d.r.pos();
        if (d.r.i32("fee bump extension") != 0 && d.r.ok())
            d.r.fail(QStringLiteral("byte %1: unknown fee bump extension").arg(extAt));
        e.feeBumpSignatures = d.signatures();
    } else if (d.r.ok()) {
        d.r.fail(QStringLiteral("byte %1: unknown envelope type %2").arg(at).arg(e.type));
    }
    if (d.r.ok() && !d.r.atEnd())
        d.r.fail(QStringLiteral("byte %1: unexpected bytes after the envelope").arg(d.r.pos()));
    if (!d.r.ok()) {
        if (!d.unsupported.isEmpty()) {
            return Result<Envelope>::failure(
                QStringLiteral("unsupported_operation"),
                QStringLiteral("This transaction contains an operation the wallet cannot review "
                               "(%1), so it will not sign it.")
                    .arg(d.unsupported));
        }
        return Result<Envelope>::failure(QStringLiteral("bad_xdr"),
                                         QStringLiteral("Not a valid Stellar transaction "
                                                        "envelope: %1.")
                                             .arg(d.r.error()));
    }
    return e;
}

Result<Envelope> decodeBase64(QByteArrayView text)
{
    QByteArray compact;
    for (char c : text) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            compact.append(c);
    }
    auto r = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!r || compact.isEmpty()) {
        return Result<Envelope>::failure(
            QStringLiteral("bad_xdr"),
            QStringLiteral("Not a Stellar transaction: the text is not base64 XDR."));
    }
    return decode(*r);
}

QByteArray encode(const Envelope &e)
{
    xdr::Writer w;
    w.i32(e.type);
    if (e.type == EnvelopeFeeBump) {
        w.raw(feeBumpBytes(e));
        writeSignatures(w, e.feeBumpSignatures);
    } else {
        w.raw(transactionBytes(e.tx, e.type == EnvelopeTxV0));
        writeSignatures(w, e.signatures);
    }
    return w.bytes();
}

QByteArray encodeBase64(const Envelope &envelope)
{
    return encode(envelope).toBase64();
}

QByteArray signatureBase(const Envelope &e, const Network &network)
{
    xdr::Writer w;
    w.raw(network.id());
    if (e.type == EnvelopeFeeBump) {
        w.i32(EnvelopeFeeBump);
        w.raw(feeBumpBytes(e));
    } else {
        // A v0 transaction is signed as the v1 transaction it equals: its 32-byte source is an
        // ed25519 muxed account and its optional time bounds are time preconditions.
        w.i32(EnvelopeTx);
        if (e.type == EnvelopeTxV0)
            w.u32(kKeyTypeEd25519);
        w.raw(transactionBytes(e.tx, e.type == EnvelopeTxV0));
    }
    return w.bytes();
}

QByteArray hash(const Envelope &envelope, const Network &network)
{
    return hashes::sha256(signatureBase(envelope, network));
}

QList<QByteArray> requiredSigners(const Envelope &e)
{
    QList<QByteArray> keys;
    auto add = [&](const QByteArray &k) {
        if (!keys.contains(k))
            keys.append(k);
    };
    if (e.type == EnvelopeFeeBump) {
        add(e.feeSource.key);
        return keys;
    }
    add(e.tx.source.key);
    for (const auto &op : e.tx.operations) {
        if (op.source)
            add(op.source->key);
    }
    return keys;
}

bool hasValidSignature(const Envelope &e, const Network &network, QByteArrayView publicKey)
{
    const QByteArray h = hash(e, network);
    const auto &sigs = e.type == EnvelopeFeeBump ? e.feeBumpSignatures : e.signatures;
    const QByteArray hint = publicKey.toByteArray().right(4);
    for (const auto &s : sigs) {
        if (s.hint == hint && slip10::ed25519Verify(publicKey, h, s.signature))
            return true;
    }
    return false;
}

Status sign(Envelope &e, const SecretBytes &key, const Network &network)
{
    const QByteArray pk = slip10::ed25519PublicKey(key);
    if (!requiredSigners(e).contains(pk)) {
        return Status::failure(
            QStringLiteral("nothing_to_sign"),
            QStringLiteral("Account %1 is not a signer of this transaction (its source is %2).")
                .arg(strkey::accountId(pk),
                     e.type == EnvelopeFeeBump ? e.feeSource.address() : e.tx.source.address()));
    }
    if (hasValidSignature(e, network, pk)) {
        return Status::failure(QStringLiteral("nothing_to_sign"),
                               QStringLiteral("This transaction already carries this account's "
                                              "signature."));
    }
    auto &sigs = e.type == EnvelopeFeeBump ? e.feeBumpSignatures : e.signatures;
    if (sigs.size() >= 20)
        return Status::failure(QStringLiteral("nothing_to_sign"),
                               QStringLiteral("The envelope already holds 20 signatures."));
    sigs.append({pk.right(4), slip10::ed25519Sign(key, hash(e, network))});
    return success();
}

// ---- review ---------------------------------------------------------------------------------

TxReview review(const Envelope &e, const Network &network, QByteArrayView ourPublicKey)
{
    TxReview r;
    r.chain = QStringLiteral("stellar");
    r.network = network.known ? network.name : network.passphrase;
    r.testNetwork = network.test;
    if (!network.known) {
        r.warn(TxReviewWarning::Danger, QStringLiteral("unknown_network"),
               QStringLiteral("The network passphrase \"%1\" is not a known Stellar network.")
                   .arg(network.passphrase));
    }
    const Transaction &tx = e.tx;
    r.source = tx.source.address();
    const int nOps = int(tx.operations.size());
    for (const auto &op : tx.operations) {
        TxReviewLine l;
        if (op.source) {
            l.details << QCoreApplication::translate("fb::wallet::Review", "source account: %1")
                             .arg(op.source->address());
            if (!(op.source->key == tx.source.key)) {
                r.warn(TxReviewWarning::Caution, QStringLiteral("source_override"),
                       QStringLiteral("An operation acts for another account (%1).")
                           .arg(op.source->address()));
            }
        }
        switch (op.type) {
        case CreateAccount:
            l.kind = QStringLiteral("create_account");
            l.destination = strkey::accountId(op.destination.key);
            l.amountBase = QString::number(op.amount);
            l.amount = stroopsText(op.amount, QStringLiteral("XLM"));
            l.asset = QStringLiteral("XLM");
            l.details << QCoreApplication::translate("fb::wallet::Review",
                                                     "creates and funds a new account");
            break;
        case Payment:
            l.kind = QStringLiteral("payment");
            l.destination = op.destination.address();
            l.asset = op.asset.display();
            l.amountBase = QString::number(op.amount);
            l.amount = stroopsText(
                op.amount, op.asset.type == 0 ? QStringLiteral("XLM")
                                              : op.asset.display().section(QLatin1Char(':'), 0, 0));
            if (op.destination.id)
                l.details << QCoreApplication::translate("fb::wallet::Review", "muxed id: %1")
                                 .arg(*op.destination.id);
            break;
        case ChangeTrust:
            l.kind = QStringLiteral("change_trust");
            l.asset = op.asset.display();
            l.details << (op.amount == 0
                              ? QCoreApplication::translate("fb::wallet::Review",
                                                            "removes the trust line")
                              : QCoreApplication::translate("fb::wallet::Review", "trust limit %1")
                                    .arg(stroopsText(op.amount, QString()).trimmed()));
            r.warn(TxReviewWarning::Caution, QStringLiteral("trust_line"),
                   QStringLiteral("The transaction changes a trust line for %1.").arg(l.asset));
            break;
        case ManageData:
            l.kind = QStringLiteral("manage_data");
            l.details << QCoreApplication::translate("fb::wallet::Review", "name: %1")
                             .arg(QString::fromUtf8(op.dataName));
            l.details << (op.dataValue
                              ? QCoreApplication::translate("fb::wallet::Review", "value (hex): %1")
                                    .arg(QString::fromLatin1(op.dataValue->toHex()))
                              : QCoreApplication::translate("fb::wallet::Review",
                                                            "deletes the entry"));
            break;
        case InvokeHostFunction:
            l.kind = QStringLiteral("invoke_host_function");
            l.destination = op.contract;
            l.details
                << QCoreApplication::translate("fb::wallet::Review", "calls: %1").arg(op.function);
            r.warn(TxReviewWarning::Caution, QStringLiteral("contract_call"),
                   QStringLiteral("The transaction calls a smart contract (%1); the wallet cannot "
                                  "tell what the contract will do.")
                       .arg(op.function));
            break;
        }
        r.lines.append(l);
    }
    const qint64 totalFee = e.type == EnvelopeFeeBump ? e.feeBumpFee : qint64(tx.fee);
    r.feeBase = QString::number(totalFee);
    r.fee = stroopsText(totalFee, QStringLiteral("XLM"));
    // Soroban transactions carry resource fees; classic ones pay 100 stroops per operation.
    const qint64 highFee = tx.sorobanData.isEmpty() ? qint64(qMax(1, nOps)) * 100000 : 100000000;
    if (totalFee > highFee) {
        r.warn(TxReviewWarning::Danger, QStringLiteral("high_fee"),
               QCoreApplication::translate("fb::wallet::Review", "The fee (%1) is unusually high.")
                   .arg(r.fee));
    }
    if (e.type == EnvelopeFeeBump) {
        r.warn(TxReviewWarning::Caution, QStringLiteral("fee_bump"),
               QStringLiteral("This is a fee bump: %1 pays up to %2 for a transaction of %3.")
                   .arg(e.feeSource.address(), r.fee, r.source));
    }
    r.memo = tx.memo.display();
    QStringList validity{QCoreApplication::translate("fb::wallet::Review", "sequence %1")
                             .arg(review::integer(qint64(tx.sequence)))};
    if (tx.cond.minTime)
        validity << QCoreApplication::translate("fb::wallet::Review", "not before %1")
                        .arg(utc(tx.cond.minTime));
    if (tx.cond.maxTime)
        validity << QCoreApplication::translate("fb::wallet::Review", "until %1")
                        .arg(utc(tx.cond.maxTime));
    else
        validity << QCoreApplication::translate("fb::wallet::Review", "no expiry");
    if (tx.cond.hasLedgerBounds)
        validity << QCoreApplication::translate("fb::wallet::Review", "ledgers %1..%2")
                        .arg(tx.cond.minLedger)
                        .arg(tx.cond.maxLedger);
    r.validity = validity.join(QStringLiteral(", "));
    r.hash = QString::fromLatin1(hash(e, network).toHex());
    if (!ourPublicKey.isEmpty()) {
        const QByteArray ours = ourPublicKey.toByteArray();
        if (requiredSigners(e).contains(ours) && !hasValidSignature(e, network, ours)) {
            r.signableInputs = 1;
        } else if (!requiredSigners(e).contains(ours)) {
            r.warn(TxReviewWarning::Caution, QStringLiteral("not_our_account"),
                   QStringLiteral("Account %1 is not a signer of this transaction.")
                       .arg(strkey::accountId(ours)));
        }
    }
    return r;
}

// ---- building -------------------------------------------------------------------------------

static Result<MuxedAccount> parseMuxed(const QString &text, const QString &what)
{
    MuxedAccount m;
    if (text.startsWith(QLatin1Char('M'))) {
        auto p = strkey::decode(strkey::Version::Muxed, text);
        if (!p)
            return Result<MuxedAccount>::failure(p.error().code,
                                                 what + QStringLiteral(": ") + p.error().message);
        m.key = p->left(32);
        quint64 id = 0;
        for (int i = 32; i < 40; ++i)
            id = (id << 8) | quint8(p->at(i));
        m.id = id;
        return m;
    }
    auto p = strkey::decodeAccountId(text);
    if (!p)
        return Result<MuxedAccount>::failure(p.error().code,
                                             what + QStringLiteral(": ") + p.error().message);
    m.key = *p;
    return m;
}

Result<Envelope> buildPayment(const PaymentParams &p)
{
    auto source = parseMuxed(p.source, QStringLiteral("Source"));
    if (!source)
        return source.error();
    auto dest = parseMuxed(p.destination, QStringLiteral("Destination"));
    if (!dest)
        return dest.error();
    auto asset = parseAsset(p.asset.isEmpty() ? QStringLiteral("XLM") : p.asset);
    if (!asset)
        return asset.error();
    if (p.amount <= 0) {
        return Result<Envelope>::failure(QStringLiteral("bad_amount"),
                                         QStringLiteral("The amount must be above zero."));
    }
    if (p.sequence <= 0) {
        return Result<Envelope>::failure(
            QStringLiteral("bad_sequence"),
            QStringLiteral("The sequence number must be the account's current one plus one."));
    }
    if (p.memo.type == MemoText && p.memo.text.size() > 28) {
        return Result<Envelope>::failure(QStringLiteral("bad_memo"),
                                         QStringLiteral("A text memo holds at most 28 bytes."));
    }
    Envelope e;
    e.type = EnvelopeTx;
    e.tx.source = *source;
    e.tx.fee = p.fee;
    e.tx.sequence = p.sequence;
    e.tx.cond.type = 1;
    e.tx.cond.minTime = p.minTime;
    e.tx.cond.maxTime = p.maxTime;
    e.tx.memo = p.memo;
    Operation op;
    if (p.createAccount) {
        if (asset->type != 0 || dest->id) {
            return Result<Envelope>::failure(
                QStringLiteral("bad_asset"),
                QStringLiteral("A new account is funded in XLM, to a G… address."));
        }
        op.type = CreateAccount;
        op.destination.key = dest->key;
    } else {
        op.type = Payment;
        op.destination = *dest;
        op.asset = *asset;
    }
    op.amount = p.amount;
    e.tx.operations.append(op);
    return e;
}

} // namespace fb::stellar
