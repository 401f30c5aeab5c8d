#include "wallet/algorand.h"
#include "wallet/reviewtext.h"

#include <QCoreApplication>

#include "wallet/base32.h"
#include "wallet/bip39.h"
#include "wallet/derivationpath.h"
#include "wallet/hashes.h"
#include "wallet/slip10.h"

#include <sodium.h>

#include <QStringDecoder>

#include <cstring>
#include <functional>

namespace fb::algorand {

namespace {

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

bool allZero(QByteArrayView b)
{
    for (const char c : b)
        if (c != 0)
            return false;
    return true;
}

// A byte field is present on the wire only when it is non-empty and not all zero: the zero value
// of a fixed-size array is left out by the canonical encoder.
bool present(const QByteArray &b)
{
    return !b.isEmpty() && !allZero(b);
}

QByteArray zeroKey()
{
    return QByteArray(32, '\0');
}

// ---- msgpack writer ---------------------------------------------------------------------

class Writer
{
public:
    QByteArray out;

    void byte(quint8 b) { out.append(static_cast<char>(b)); }
    void be(quint64 v, int bytes)
    {
        for (int i = bytes - 1; i >= 0; --i)
            byte(static_cast<quint8>((v >> (8 * i)) & 0xff));
    }
    void mapHeader(int n)
    {
        if (n < 16)
            byte(static_cast<quint8>(0x80 | n));
        else {
            byte(0xde);
            be(static_cast<quint64>(n), 2);
        }
    }
    void uint(quint64 v)
    {
        if (v < 0x80)
            byte(static_cast<quint8>(v));
        else if (v <= 0xff) {
            byte(0xcc);
            be(v, 1);
        } else if (v <= 0xffff) {
            byte(0xcd);
            be(v, 2);
        } else if (v <= 0xffffffffull) {
            byte(0xce);
            be(v, 4);
        } else {
            byte(0xcf);
            be(v, 8);
        }
    }
    void str(QByteArrayView s)
    {
        const auto n = static_cast<quint64>(s.size());
        if (n < 32)
            byte(static_cast<quint8>(0xa0 | n));
        else if (n <= 0xff) {
            byte(0xd9);
            be(n, 1);
        } else if (n <= 0xffff) {
            byte(0xda);
            be(n, 2);
        } else {
            byte(0xdb);
            be(n, 4);
        }
        out.append(s);
    }
    void bin(QByteArrayView b)
    {
        const auto n = static_cast<quint64>(b.size());
        if (n <= 0xff) {
            byte(0xc4);
            be(n, 1);
        } else if (n <= 0xffff) {
            byte(0xc5);
            be(n, 2);
        } else {
            byte(0xc6);
            be(n, 4);
        }
        out.append(b);
    }
};

// One key/value pair waiting to be written; pairs are emitted in the fixed key order.
struct Field
{
    const char *key;
    std::function<void(Writer &)> write;
};

void writeMap(Writer &w, const QList<Field> &fields)
{
    w.mapHeader(static_cast<int>(fields.size()));
    for (const Field &f : fields) {
        w.str(QByteArrayView(f.key, qsizetype(std::strlen(f.key))));
        f.write(w);
    }
}

void writeTxn(Writer &w, const Transaction &t)
{
    // Keys in bytewise order.
    QList<Field> f;
    auto u = [&f](const char *k, quint64 v) {
        if (v != 0)
            f.append({k, [v](Writer &x) { x.uint(v); }});
    };
    auto b = [&f](const char *k, const QByteArray &v) {
        if (present(v))
            f.append({k, [v](Writer &x) { x.bin(v); }});
    };
    auto s = [&f](const char *k, const QString &v) {
        if (!v.isEmpty()) {
            const QByteArray utf8 = v.toUtf8();
            f.append({k, [utf8](Writer &x) { x.str(utf8); }});
        }
    };
    u("aamt", t.assetAmount);
    b("aclose", t.assetCloseTo);
    u("amt", t.amount);
    b("arcv", t.assetReceiver);
    b("asnd", t.assetSender);
    b("close", t.closeRemainderTo);
    u("fee", t.fee);
    u("fv", t.firstValid);
    s("gen", t.genesisId);
    b("gh", t.genesisHash);
    b("grp", t.group);
    u("lv", t.lastValid);
    b("lx", t.lease);
    if (!t.note.isEmpty()) // a note is a variable-length byte string: only empty is left out
        f.append({"note", [n = t.note](Writer &x) { x.bin(n); }});
    b("rcv", t.receiver);
    b("rekey", t.rekeyTo);
    b("snd", t.sender);
    s("type", t.type);
    u("xaid", t.assetId);
    writeMap(w, f);
}

// ---- msgpack reader ---------------------------------------------------------------------

struct ParseError
{
    qsizetype offset;
    QString what;
};

class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    std::optional<ParseError> error;

    bool fail(const QString &what, qsizetype at = -1)
    {
        if (!error)
            error = ParseError{at < 0 ? m_pos : at, what};
        return false;
    }

    bool need(qsizetype n)
    {
        if (n < 0 || m_data.size() - m_pos < n)
            return fail(str("truncated (the data ends in the middle of a value)"));
        return true;
    }

    bool peek(quint8 &b)
    {
        if (!need(1))
            return false;
        b = static_cast<quint8>(m_data[m_pos]);
        return true;
    }

    bool readBe(int bytes, quint64 &v)
    {
        if (!need(bytes))
            return false;
        v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | static_cast<quint8>(m_data[m_pos + i]);
        m_pos += bytes;
        return true;
    }

    bool mapHeader(qsizetype &n)
    {
        const qsizetype at = m_pos;
        quint8 b = 0;
        if (!peek(b))
            return false;
        ++m_pos;
        if ((b & 0xf0) == 0x80) {
            n = b & 0x0f;
            return true;
        }
        quint64 v = 0;
        if (b == 0xde) {
            if (!readBe(2, v))
                return false;
            if (v < 16)
                return fail(str("non-canonical map length (map16 for fewer than 16 entries)"), at);
        } else if (b == 0xdf) {
            if (!readBe(4, v))
                return false;
            if (v <= 0xffff)
                return fail(str("non-canonical map length (map32 for fewer than 65536 entries)"),
                            at);
        } else
            return fail(str("wrong type (expected a map)"), at);
        n = static_cast<qsizetype>(v);
        return true;
    }

    bool uint(quint64 &v)
    {
        const qsizetype at = m_pos;
        quint8 b = 0;
        if (!peek(b))
            return false;
        ++m_pos;
        if (b < 0x80) {
            v = b;
            return true;
        }
        int bytes = 0;
        quint64 min = 0;
        switch (b) {
        case 0xcc:
            bytes = 1;
            min = 0x80;
            break;
        case 0xcd:
            bytes = 2;
            min = 0x100;
            break;
        case 0xce:
            bytes = 4;
            min = 0x10000;
            break;
        case 0xcf:
            bytes = 8;
            min = 0x100000000ull;
            break;
        default:
            return fail(str("wrong type (expected an unsigned integer)"), at);
        }
        if (!readBe(bytes, v))
            return false;
        if (v < min)
            return fail(str("non-canonical integer (a shorter encoding exists)"), at);
        return true;
    }

    bool lengthPrefixed(bool wantStr, QByteArrayView &out)
    {
        const qsizetype at = m_pos;
        quint8 b = 0;
        if (!peek(b))
            return false;
        ++m_pos;
        quint64 n = 0;
        quint64 min = 0;
        if (wantStr && (b & 0xe0) == 0xa0) {
            n = b & 0x1f;
        } else if (wantStr && b == 0xd9) {
            if (!readBe(1, n))
                return false;
            min = 32;
        } else if (wantStr && b == 0xda) {
            if (!readBe(2, n))
                return false;
            min = 0x100;
        } else if (wantStr && b == 0xdb) {
            if (!readBe(4, n))
                return false;
            min = 0x10000;
        } else if (!wantStr && b == 0xc4) {
            if (!readBe(1, n))
                return false;
        } else if (!wantStr && b == 0xc5) {
            if (!readBe(2, n))
                return false;
            min = 0x100;
        } else if (!wantStr && b == 0xc6) {
            if (!readBe(4, n))
                return false;
            min = 0x10000;
        } else
            return fail(wantStr ? str("wrong type (expected a string)")
                                : str("wrong type (expected a byte string)"),
                        at);
        if (n < min)
            return fail(str("non-canonical length (a shorter encoding exists)"), at);
        if (!need(static_cast<qsizetype>(n)))
            return false;
        out = m_data.sliced(m_pos, static_cast<qsizetype>(n));
        m_pos += static_cast<qsizetype>(n);
        return true;
    }

    bool string(QByteArrayView &out) { return lengthPrefixed(true, out); }
    bool bytes(QByteArrayView &out) { return lengthPrefixed(false, out); }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

// Reads a map whose keys are strings in strictly increasing bytewise order; calls onKey for each
// (which must consume the value or fail).
bool readMap(Reader &r, const std::function<bool(const QByteArray &key, qsizetype keyAt)> &onKey)
{
    qsizetype n = 0;
    if (!r.mapHeader(n))
        return false;
    if (n == 0)
        return r.fail(str("empty map (an empty object is left out in canonical form)"));
    QByteArray previous;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype keyAt = r.pos();
        QByteArrayView k;
        if (!r.string(k))
            return false;
        const QByteArray key = k.toByteArray();
        if (i > 0) {
            if (key == previous)
                return r.fail(QStringLiteral("duplicate key \"%1\"").arg(QString::fromUtf8(key)),
                              keyAt);
            if (key < previous)
                return r.fail(QStringLiteral("unsorted key \"%1\" after \"%2\"")
                                  .arg(QString::fromUtf8(key), QString::fromUtf8(previous)),
                              keyAt);
        }
        previous = key;
        if (!onKey(key, keyAt))
            return false;
    }
    return true;
}

bool readUintField(Reader &r, const QByteArray &key, quint64 &v)
{
    const qsizetype at = r.pos();
    if (!r.uint(v))
        return false;
    if (v == 0)
        return r.fail(QStringLiteral("field \"%1\" holds zero (left out in canonical form)")
                          .arg(QString::fromLatin1(key)),
                      at);
    return true;
}

bool readFixedField(Reader &r, const QByteArray &key, qsizetype size, QByteArray &v)
{
    const qsizetype at = r.pos();
    QByteArrayView b;
    if (!r.bytes(b))
        return false;
    if (b.size() != size)
        return r.fail(QStringLiteral("field \"%1\" has %2 bytes, expected %3")
                          .arg(QString::fromLatin1(key))
                          .arg(b.size())
                          .arg(size),
                      at);
    if (allZero(b))
        return r.fail(QStringLiteral("field \"%1\" is all zero (left out in canonical form)")
                          .arg(QString::fromLatin1(key)),
                      at);
    v = b.toByteArray();
    return true;
}

bool readStringField(Reader &r, const QByteArray &key, QString &v)
{
    const qsizetype at = r.pos();
    QByteArrayView s;
    if (!r.string(s))
        return false;
    if (s.isEmpty())
        return r.fail(QStringLiteral("field \"%1\" is empty (left out in canonical form)")
                          .arg(QString::fromLatin1(key)),
                      at);
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = dec.decode(s);
    if (dec.hasError())
        return r.fail(
            QStringLiteral("field \"%1\" is not valid UTF-8").arg(QString::fromLatin1(key)), at);
    v = text;
    return true;
}

enum class Scope { Common, Pay, Axfer };

bool readTxn(Reader &r, Transaction &t, QList<QPair<QByteArray, Scope>> &seen)
{
    return readMap(r, [&](const QByteArray &key, qsizetype keyAt) -> bool {
        Scope scope = Scope::Common;
        bool ok = false;
        if (key == "aamt") {
            scope = Scope::Axfer;
            ok = readUintField(r, key, t.assetAmount);
        } else if (key == "aclose") {
            scope = Scope::Axfer;
            ok = readFixedField(r, key, 32, t.assetCloseTo);
        } else if (key == "amt") {
            scope = Scope::Pay;
            ok = readUintField(r, key, t.amount);
        } else if (key == "arcv") {
            scope = Scope::Axfer;
            ok = readFixedField(r, key, 32, t.assetReceiver);
        } else if (key == "asnd") {
            scope = Scope::Axfer;
            ok = readFixedField(r, key, 32, t.assetSender);
        } else if (key == "close") {
            scope = Scope::Pay;
            ok = readFixedField(r, key, 32, t.closeRemainderTo);
        } else if (key == "fee") {
            ok = readUintField(r, key, t.fee);
        } else if (key == "fv") {
            ok = readUintField(r, key, t.firstValid);
        } else if (key == "gen") {
            ok = readStringField(r, key, t.genesisId);
        } else if (key == "gh") {
            ok = readFixedField(r, key, 32, t.genesisHash);
        } else if (key == "grp") {
            ok = readFixedField(r, key, 32, t.group);
        } else if (key == "lv") {
            ok = readUintField(r, key, t.lastValid);
        } else if (key == "lx") {
            ok = readFixedField(r, key, 32, t.lease);
        } else if (key == "note") {
            const qsizetype at = r.pos();
            QByteArrayView b;
            ok = r.bytes(b);
            if (ok && b.isEmpty())
                ok = r.fail(str("field \"note\" is empty (left out in canonical form)"), at);
            if (ok && b.size() > kMaxNoteSize)
                ok = r.fail(QStringLiteral("note of %1 bytes is longer than 1024").arg(b.size()),
                            at);
            if (ok)
                t.note = b.toByteArray();
        } else if (key == "rcv") {
            scope = Scope::Pay;
            ok = readFixedField(r, key, 32, t.receiver);
        } else if (key == "rekey") {
            ok = readFixedField(r, key, 32, t.rekeyTo);
        } else if (key == "snd") {
            ok = readFixedField(r, key, 32, t.sender);
        } else if (key == "type") {
            ok = readStringField(r, key, t.type);
        } else if (key == "xaid") {
            scope = Scope::Axfer;
            ok = readUintField(r, key, t.assetId);
        } else {
            return r.fail(QStringLiteral("unknown key \"%1\" in transaction")
                              .arg(QString::fromUtf8(key).left(40)),
                          keyAt);
        }
        if (ok)
            seen.append({key, scope});
        return ok;
    });
}

Error parseError(const ParseError &e)
{
    return Error{str("bad_msgpack"),
                 QStringLiteral("The transaction data is not valid canonical Algorand msgpack "
                                "(byte %1: %2).")
                     .arg(e.offset)
                     .arg(e.what)};
}

// Checks the type and that every field belongs to it.
std::optional<Error> checkType(const Transaction &t, const QList<QPair<QByteArray, Scope>> &seen)
{
    Scope want;
    if (t.type == QLatin1String("pay"))
        want = Scope::Pay;
    else if (t.type == QLatin1String("axfer"))
        want = Scope::Axfer;
    else if (t.type.isEmpty())
        return Error{str("unsupported_transaction"),
                     str("The transaction has no type; only payments (pay) and asset transfers "
                         "(axfer) can be signed.")};
    else
        return Error{str("unsupported_transaction"),
                     QStringLiteral("Transactions of type \"%1\" are not supported; only payments "
                                    "(pay) and asset transfers (axfer) can be signed.")
                         .arg(t.type.left(40))};
    for (const auto &[key, scope] : seen)
        if (scope != Scope::Common && scope != want)
            return Error{str("unsupported_transaction"),
                         QStringLiteral("Field \"%1\" does not belong in a \"%2\" transaction.")
                             .arg(QString::fromLatin1(key), t.type)};
    return std::nullopt;
}

// Reads one SignedTxn object from r.
std::optional<Error> readSigned(Reader &r, SignedTransaction &s)
{
    QList<QPair<QByteArray, Scope>> seen;
    bool haveTxn = false;
    const qsizetype start = r.pos();
    const bool ok = readMap(r, [&](const QByteArray &key, qsizetype keyAt) -> bool {
        if (key == "sgnr")
            return readFixedField(r, key, 32, s.signer);
        if (key == "sig")
            return readFixedField(r, key, 64, s.sig);
        if (key == "txn") {
            haveTxn = true;
            return readTxn(r, s.txn, seen);
        }
        return r.fail(QStringLiteral("unknown key \"%1\" in signed transaction (multisig and "
                                     "logic signatures are not supported)")
                          .arg(QString::fromUtf8(key).left(40)),
                      keyAt);
    });
    if (!ok)
        return parseError(*r.error);
    if (!haveTxn)
        return parseError({start, str("signed transaction without \"txn\"")});
    return checkType(s.txn, seen);
}

// True when the map at r's position is a bare transaction ({"amt", "fee", ...}, as algosdk's
// encodeUnsignedTransaction writes it) rather than a SignedTxn ({"sig", "txn"}, as goal writes
// it): its first key, in canonical order, is a transaction field.
bool isBareTransaction(QByteArrayView bytes)
{
    Reader r(bytes);
    qsizetype n = 0;
    QByteArrayView key;
    if (!r.mapHeader(n) || n == 0 || !r.string(key))
        return false; // let the strict reader report what is wrong
    for (const char *signedKey : {"lsig", "msig", "sgnr", "sig", "txn"})
        if (key == QByteArrayView(signedKey))
            return false;
    return true;
}

const QList<NetworkInfo> &networks()
{
    static const QList<NetworkInfo> list = {
        {str("mainnet"), str("mainnet-v1.0"),
         QByteArray::fromBase64("wGHE2Pwdvd7S12BL5FaOP20EGYesN73ktiC1qzkkit8="), false},
        {str("testnet"), str("testnet-v1.0"),
         QByteArray::fromBase64("SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI="), true},
        {str("betanet"), str("betanet-v1.0"), QByteArray(), true},
    };
    return list;
}

QString algos(quint64 micro)
{
    return review::amount(QString::number(micro), 6, QStringLiteral("ALGO"));
}

} // namespace

// ---- Addresses --------------------------------------------------------------------------

QString address(QByteArrayView pub32)
{
    Q_ASSERT(pub32.size() == 32);
    const QByteArray digest = hashes::sha512_256(pub32);
    QByteArray raw = pub32.toByteArray();
    raw.append(digest.right(4));
    return base32::encode(raw);
}

Result<QByteArray> decodeAddress(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() != 58)
        return Result<QByteArray>::failure(
            str("bad_address"),
            QStringLiteral("An Algorand address has 58 characters; this one has %1.")
                .arg(t.size()));
    auto raw = base32::decode(t);
    if (!raw)
        return Result<QByteArray>::failure(
            str("bad_address"),
            QStringLiteral("Not an Algorand address: %1").arg(raw.error().message));
    const QByteArray pub = raw->left(32);
    if (hashes::sha512_256(pub).right(4) != raw->mid(32))
        return Result<QByteArray>::failure(
            str("bad_checksum"),
            str("The address checksum does not match: a character is probably mistyped."));
    return pub;
}

// ---- 25-word phrase ---------------------------------------------------------------------

SecretBytes mnemonicFromSeed(const SecretBytes &seed32)
{
    Q_ASSERT(seed32.size() == 32);
    int idx[25] = {};
    quint32 acc = 0;
    int bits = 0;
    int n = 0;
    for (std::size_t i = 0; i < seed32.size(); ++i) {
        acc |= static_cast<quint32>(seed32.data()[i]) << bits;
        bits += 8;
        if (bits >= 11) {
            idx[n++] = static_cast<int>(acc & 0x7ff);
            acc >>= 11;
            bits -= 11;
        }
    }
    if (bits > 0)
        idx[n++] = static_cast<int>(acc);
    acc = 0;
    const QByteArray h = hashes::sha512_256(seed32.view());
    idx[24] = static_cast<quint8>(h[0]) | ((static_cast<quint8>(h[1]) & 0x07) << 8);

    const QStringList &words = bip39::englishWords();
    std::size_t total = 24; // spaces
    for (int i : idx)
        total += static_cast<std::size_t>(words[i].size());
    SecretBytes phrase(total);
    std::size_t p = 0;
    for (int i = 0; i < 25; ++i) {
        if (i)
            phrase.data()[p++] = ' ';
        const QByteArray w = words[idx[i]].toLatin1();
        std::memcpy(phrase.data() + p, w.constData(), static_cast<std::size_t>(w.size()));
        p += static_cast<std::size_t>(w.size());
    }
    sodium_memzero(idx, sizeof idx);
    return phrase;
}

Result<SecretBytes> seedFromMnemonic(const SecretBytes &phrase)
{
    // Split on ASCII white space and lower-case each word in guarded memory.
    SecretBytes lower(phrase.size());
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        const std::uint8_t c = phrase.data()[i];
        lower.data()[i] = (c >= 'A' && c <= 'Z') ? static_cast<std::uint8_t>(c + 32) : c;
    }
    int idx[25] = {};
    int count = 0;
    std::size_t i = 0;
    const auto isSpace = [](std::uint8_t c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    int unknownAt = 0;
    while (i < lower.size()) {
        while (i < lower.size() && isSpace(lower.data()[i]))
            ++i;
        if (i >= lower.size())
            break;
        const std::size_t start = i;
        while (i < lower.size() && !isSpace(lower.data()[i]))
            ++i;
        ++count;
        if (count <= 25) {
            const int w = bip39::wordIndex(QByteArrayView(
                reinterpret_cast<const char *>(lower.data() + start), qsizetype(i - start)));
            if (w < 0 && unknownAt == 0)
                unknownAt = count;
            idx[count - 1] = w;
        }
    }
    if (count != 25) {
        sodium_memzero(idx, sizeof idx);
        return Result<SecretBytes>::failure(
            str("bad_word_count"),
            QStringLiteral("An Algorand account phrase has 25 words; this one has %1.").arg(count));
    }
    if (unknownAt) {
        sodium_memzero(idx, sizeof idx);
        return Result<SecretBytes>::failure(
            str("unknown_word"),
            QStringLiteral("Word %1 is not in the BIP39 English word list.").arg(unknownAt));
    }
    // 24 words × 11 bits = 264 bits: 32 seed bytes and a final byte that must be zero.
    SecretBytes bytes(33);
    quint32 acc = 0;
    int bits = 0;
    std::size_t n = 0;
    for (int w = 0; w < 24; ++w) {
        acc |= static_cast<quint32>(idx[w]) << bits;
        bits += 11;
        while (bits >= 8) {
            bytes.data()[n++] = static_cast<std::uint8_t>(acc & 0xff);
            acc >>= 8;
            bits -= 8;
        }
    }
    acc = 0;
    const int checksumWord = idx[24];
    sodium_memzero(idx, sizeof idx);
    const auto bad = [] {
        return Result<SecretBytes>::failure(
            str("bad_checksum"),
            str("The phrase's checksum (last word) does not match: a word is probably wrong or "
                "out of order."));
    };
    if (n != 33 || bytes.data()[32] != 0)
        return bad();
    SecretBytes seed = SecretBytes::fromBytes(bytes.view().first(32));
    const QByteArray h = hashes::sha512_256(seed.view());
    const int expected = static_cast<quint8>(h[0]) | ((static_cast<quint8>(h[1]) & 0x07) << 8);
    if (expected != checksumWord)
        return bad();
    return seed;
}

// ---- Derivation -------------------------------------------------------------------------

QString derivationPath(quint32 account)
{
    return QStringLiteral("m/44'/283'/%1'").arg(account);
}

Result<SecretBytes> accountSeedFromBip39(const SecretBytes &bip39Seed, quint32 account)
{
    if (account >= kHardened)
        return Result<SecretBytes>::failure(str("bad_path"),
                                            str("The account number is too large."));
    const DerivationPath path{44 | kHardened, 283 | kHardened, account | kHardened};
    auto node = slip10::derive(bip39Seed, path);
    if (!node)
        return node.error();
    return std::move(node->key);
}

// ---- Transactions -----------------------------------------------------------------------

QByteArray encode(const Transaction &txn)
{
    Writer w;
    writeTxn(w, txn);
    return w.out;
}

Result<Transaction> decode(QByteArrayView bytes)
{
    Reader r(bytes);
    Transaction t;
    QList<QPair<QByteArray, Scope>> seen;
    if (!readTxn(r, t, seen))
        return parseError(*r.error);
    if (!r.atEnd())
        return parseError({r.pos(), str("trailing bytes after the transaction")});
    if (auto e = checkType(t, seen))
        return *e;
    return t;
}

QByteArray encodeSigned(const SignedTransaction &s)
{
    Writer w;
    QList<Field> f;
    if (present(s.signer))
        f.append({"sgnr", [v = s.signer](Writer &x) { x.bin(v); }});
    if (present(s.sig))
        f.append({"sig", [v = s.sig](Writer &x) { x.bin(v); }});
    f.append({"txn", [&s](Writer &x) { writeTxn(x, s.txn); }});
    writeMap(w, f);
    return w.out;
}

Result<SignedTransaction> decodeSigned(QByteArrayView bytes)
{
    Reader r(bytes);
    SignedTransaction s;
    if (auto e = readSigned(r, s))
        return *e;
    if (!r.atEnd())
        return parseError({r.pos(), str("trailing bytes after the signed transaction")});
    return s;
}

Result<QList<SignedTransaction>> decodeFile(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return Result<QList<SignedTransaction>>::failure(str("bad_msgpack"),
                                                         str("The transaction file is empty."));
    QList<SignedTransaction> list;
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const QByteArrayView rest = bytes.sliced(offset);
        Reader r(rest);
        SignedTransaction s;
        std::optional<Error> e;
        if (isBareTransaction(rest)) {
            QList<QPair<QByteArray, Scope>> seen;
            if (!readTxn(r, s.txn, seen))
                e = parseError(*r.error);
            else
                e = checkType(s.txn, seen);
        } else {
            e = readSigned(r, s);
        }
        if (e) {
            e->message += QStringLiteral(" (transaction %1 in the file, starting at byte %2)")
                              .arg(list.size() + 1)
                              .arg(offset);
            return *e;
        }
        list.append(std::move(s));
        offset += r.pos();
    }
    return list;
}

QByteArray encodeFile(const QList<SignedTransaction> &list)
{
    QByteArray out;
    for (const SignedTransaction &s : list)
        out += encodeSigned(s);
    return out;
}

QByteArray bytesToSign(const Transaction &txn)
{
    return QByteArray("TX") + encode(txn);
}

QString txId(const Transaction &txn)
{
    return base32::encode(hashes::sha512_256(bytesToSign(txn)));
}

Result<SignedTransaction> sign(const Transaction &txn, const SecretBytes &seed32,
                               bool senderRekeyedToKey)
{
    if (seed32.size() != 32)
        return Result<SignedTransaction>::failure(str("bad_key"),
                                                  str("An Algorand key seed has 32 bytes."));
    if (txn.type != QLatin1String("pay") && txn.type != QLatin1String("axfer"))
        return Result<SignedTransaction>::failure(
            str("unsupported_transaction"),
            str("Only payments (pay) and asset transfers (axfer) can be signed."));
    const QByteArray pub = slip10::ed25519PublicKey(seed32);
    const QByteArray sender = txn.sender.isEmpty() ? zeroKey() : txn.sender;
    SignedTransaction s;
    s.txn = txn;
    if (pub != sender) {
        if (!senderRekeyedToKey)
            return Result<SignedTransaction>::failure(
                str("not_our_account"),
                QStringLiteral("The transaction is sent from %1, which is not this key's account "
                               "(%2).")
                    .arg(address(sender), address(pub)));
        s.signer = pub;
    }
    s.sig = slip10::ed25519Sign(seed32, bytesToSign(txn));
    return s;
}

bool verify(const SignedTransaction &s)
{
    if (s.sig.size() != 64)
        return false;
    const QByteArray key = present(s.signer)        ? s.signer
                           : s.txn.sender.isEmpty() ? zeroKey()
                                                    : s.txn.sender;
    return slip10::ed25519Verify(key, bytesToSign(s.txn), s.sig);
}

// ---- Building ---------------------------------------------------------------------------

std::optional<NetworkInfo> networkByName(const QString &name)
{
    for (const NetworkInfo &n : networks())
        if (n.name == name)
            return n;
    return std::nullopt;
}

std::optional<NetworkInfo> networkByGenesisId(const QString &genesisId)
{
    for (const NetworkInfo &n : networks())
        if (n.genesisId == genesisId)
            return n;
    return std::nullopt;
}

Result<Transaction> buildPayment(const PaymentParams &p)
{
    auto sender = decodeAddress(p.sender);
    if (!sender)
        return Error{sender.error().code, QStringLiteral("Sender: %1").arg(sender.error().message)};
    auto receiver = decodeAddress(p.receiver);
    if (!receiver)
        return Error{receiver.error().code,
                     QStringLiteral("Receiver: %1").arg(receiver.error().message)};
    const auto net = networkByName(p.network);
    if (!net || net->genesisHash.isEmpty())
        return Result<Transaction>::failure(
            str("unknown_network"),
            QStringLiteral("Unknown Algorand network \"%1\" (use mainnet or testnet).")
                .arg(p.network));
    if (p.lastValid < p.firstValid || p.lastValid - p.firstValid > kMaxValidityRounds)
        return Result<Transaction>::failure(
            str("bad_validity"),
            QStringLiteral("The validity window %1..%2 must run forwards and span at most 1000 "
                           "rounds.")
                .arg(p.firstValid)
                .arg(p.lastValid));
    if (p.note.size() > kMaxNoteSize)
        return Result<Transaction>::failure(
            str("note_too_long"),
            QStringLiteral("The note has %1 bytes; at most 1024 are allowed.").arg(p.note.size()));
    Transaction t;
    t.type = str("pay");
    t.sender = *sender;
    t.receiver = *receiver;
    t.amount = p.amount;
    t.fee = qMax(p.fee, kMinFee);
    t.firstValid = p.firstValid;
    t.lastValid = p.lastValid;
    t.genesisId = net->genesisId;
    t.genesisHash = net->genesisHash;
    t.note = p.note;
    return t;
}

// ---- Review -----------------------------------------------------------------------------

TxReview review(const Transaction &t, const std::optional<QByteArray> &ourPub32)
{
    TxReview r;
    r.chain = str("algorand");
    const auto addr = [](const QByteArray &k) { return address(k.isEmpty() ? zeroKey() : k); };

    const auto net = networkByGenesisId(t.genesisId);
    if (net) {
        r.network = net->name;
        r.testNetwork = net->test;
        if (!net->genesisHash.isEmpty() && t.genesisHash != net->genesisHash)
            r.warn(TxReviewWarning::Danger, str("genesis_mismatch"),
                   QStringLiteral("The genesis hash does not belong to %1: the transaction is "
                                  "for a different network than it claims.")
                       .arg(net->genesisId));
    } else {
        r.network = t.genesisId.isEmpty() ? QStringLiteral("(no genesis id)") : t.genesisId;
        r.warn(TxReviewWarning::Caution, str("unknown_network"),
               QStringLiteral("Unknown Algorand network \"%1\" (genesis hash %2).")
                   .arg(r.network, QString::fromLatin1(t.genesisHash.toBase64())));
    }
    r.source = addr(t.sender);

    if (t.type == QLatin1String("pay")) {
        TxReviewLine line;
        line.kind = str("payment");
        line.destination = addr(t.receiver);
        line.amountBase = QString::number(t.amount);
        line.amount = algos(t.amount);
        line.asset = str("ALGO");
        if (present(t.closeRemainderTo)) {
            line.details << QCoreApplication::translate(
                                "fb::wallet::Review",
                                "closes the account: the whole remaining balance "
                                "goes to %1")
                                .arg(addr(t.closeRemainderTo));
            r.warn(TxReviewWarning::Danger, str("close_account"),
                   QStringLiteral("This payment closes the sending account and sends ALL its "
                                  "remaining ALGO to %1.")
                       .arg(addr(t.closeRemainderTo)));
        }
        r.lines.append(line);
    } else if (t.type == QLatin1String("axfer")) {
        TxReviewLine line;
        const QString receiver = addr(t.assetReceiver);
        const bool optIn = t.assetAmount == 0 && receiver == r.source && !present(t.assetCloseTo) &&
                           !present(t.assetSender);
        line.kind = optIn ? str("asset_opt_in") : str("asset_transfer");
        line.destination = receiver;
        line.amountBase = QString::number(t.assetAmount);
        line.amount = QCoreApplication::translate("fb::wallet::Review", "%1 base units of ASA %2")
                          .arg(review::integer(qint64(t.assetAmount)))
                          .arg(t.assetId);
        line.asset = QStringLiteral("ASA %1").arg(t.assetId);
        if (optIn)
            line.details << QCoreApplication::translate("fb::wallet::Review",
                                                        "opt-in: lets this account hold the asset");
        if (present(t.assetSender)) {
            line.details << QCoreApplication::translate("fb::wallet::Review", "clawback from %1")
                                .arg(addr(t.assetSender));
            r.warn(TxReviewWarning::Caution, str("clawback"),
                   QStringLiteral("This transfer takes the asset from %1 (clawback).")
                       .arg(addr(t.assetSender)));
        }
        if (present(t.assetCloseTo)) {
            line.details << QCoreApplication::translate(
                                "fb::wallet::Review",
                                "closes the asset holding: all remaining units go "
                                "to %1")
                                .arg(addr(t.assetCloseTo));
            r.warn(TxReviewWarning::Danger, str("close_account"),
                   QStringLiteral("This transfer closes the holding of ASA %1 and sends ALL "
                                  "remaining units to %2.")
                       .arg(t.assetId)
                       .arg(addr(t.assetCloseTo)));
        }
        r.lines.append(line);
    }

    r.feeBase = QString::number(t.fee);
    r.fee = algos(t.fee);
    if (t.fee > kHighFee)
        r.warn(TxReviewWarning::Caution, str("high_fee"),
               QCoreApplication::translate("fb::wallet::Review", "The fee of %1 is unusually high.")
                   .arg(r.fee));

    if (!t.note.isEmpty()) {
        r.memo = QCoreApplication::translate("fb::wallet::Review", "note: %1")
                     .arg(QString::fromLatin1(t.note.toHex()));
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = dec.decode(t.note);
        bool printable = !dec.hasError();
        for (const QChar c : text)
            if (!c.isPrint() && c != QLatin1Char(' ')) {
                printable = false;
                break;
            }
        if (printable)
            r.memo +=
                QCoreApplication::translate("fb::wallet::Review", " (text: \"%1\")").arg(text);
    }
    r.validity =
        QCoreApplication::translate("fb::wallet::Review", "rounds %1..%2")
            .arg(review::integer(qint64(t.firstValid)), review::integer(qint64(t.lastValid)));
    r.hash = txId(t);

    if (present(t.rekeyTo))
        r.warn(TxReviewWarning::Danger, str("rekey"),
               QStringLiteral("This transaction hands control of the sending account to %1 "
                              "(rekey): afterwards only that key can sign for it.")
                   .arg(addr(t.rekeyTo)));
    if (present(t.group))
        r.warn(TxReviewWarning::Caution, str("group"),
               str("This transaction is part of a group: it only takes effect together with the "
                   "other transactions of the group, which are not shown here."));
    if (present(t.lease))
        r.warn(TxReviewWarning::Caution, str("lease"),
               QStringLiteral("The transaction carries a lease (%1): no other transaction with "
                              "the same lease can be sent from this account until round %2.")
                   .arg(QString::fromLatin1(t.lease.toHex()))
                   .arg(t.lastValid));
    const bool ours = ourPub32 && *ourPub32 == (t.sender.isEmpty() ? zeroKey() : t.sender);
    if (ourPub32 && !ours)
        r.warn(TxReviewWarning::Danger, str("not_our_account"),
               QStringLiteral("The sender %1 is not this wallet's account %2.")
                   .arg(r.source, ourPub32->size() == 32 ? address(*ourPub32)
                                                         : QString::fromLatin1(ourPub32->toHex())));
    r.signableInputs = ours ? 1 : 0;
    return r;
}

} // namespace fb::algorand
