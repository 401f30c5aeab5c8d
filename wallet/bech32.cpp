#include "wallet/bech32.h"

#include <QList>

namespace fb::bech32 {

namespace {

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr quint32 kBech32Const = 1;
constexpr quint32 kBech32mConst = 0x2bc830a3;

int charValue(char c)
{
    for (int i = 0; i < 32; ++i) {
        if (kCharset[i] == c)
            return i;
    }
    return -1;
}

quint32 polymod(const QList<int> &values)
{
    static constexpr quint32 gen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 chk = 1;
    for (int v : values) {
        const quint32 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ quint32(v);
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                chk ^= gen[i];
        }
    }
    return chk;
}

QList<int> hrpExpand(const QByteArray &hrp)
{
    QList<int> out;
    out.reserve(hrp.size() * 2 + 1);
    for (char c : hrp)
        out.append(static_cast<unsigned char>(c) >> 5);
    out.append(0);
    for (char c : hrp)
        out.append(static_cast<unsigned char>(c) & 31);
    return out;
}

// Regroups bits; pad=true for 8->5, pad=false (strict) for 5->8.
bool convertBits(const QList<int> &in, int fromBits, int toBits, bool pad, QList<int> &out)
{
    int acc = 0;
    int bits = 0;
    const int maxv = (1 << toBits) - 1;
    for (int value : in) {
        if (value < 0 || (value >> fromBits) != 0)
            return false;
        acc = ((acc << fromBits) | value) & 0xfffff;
        bits += fromBits;
        while (bits >= toBits) {
            bits -= toBits;
            out.append((acc >> bits) & maxv);
        }
    }
    if (pad) {
        if (bits > 0)
            out.append((acc << (toBits - bits)) & maxv);
    } else if (bits >= fromBits || ((acc << (toBits - bits)) & maxv) != 0) {
        return false;
    }
    return true;
}

Result<SegwitAddress> fail(const QString &code, const QString &message)
{
    return Result<SegwitAddress>::failure(code, message);
}

} // namespace

QString encode(const QString &hrpText, int witnessVersion, const QByteArray &program)
{
    if (witnessVersion < 0 || witnessVersion > 16 || program.size() < 2 || program.size() > 40)
        return {};
    if (witnessVersion == 0 && program.size() != 20 && program.size() != 32)
        return {};
    const QByteArray hrp = hrpText.toLower().toLatin1();
    if (hrp.isEmpty() || hrp.size() > 83)
        return {};
    QList<int> data{witnessVersion};
    QList<int> bytes;
    for (char c : program)
        bytes.append(static_cast<unsigned char>(c));
    convertBits(bytes, 8, 5, true, data);
    QList<int> values = hrpExpand(hrp) + data;
    for (int i = 0; i < 6; ++i)
        values.append(0);
    const quint32 mod = polymod(values) ^ (witnessVersion == 0 ? kBech32Const : kBech32mConst);
    QByteArray out = hrp + '1';
    for (int v : data)
        out.append(kCharset[v]);
    for (int i = 0; i < 6; ++i)
        out.append(kCharset[(mod >> (5 * (5 - i))) & 31]);
    return QString::fromLatin1(out);
}

Result<SegwitAddress> decodeSegwit(const QString &address, const QString &expectedHrp)
{
    if (address.size() > 90)
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("The address is longer than 90 characters."));
    bool lower = false;
    bool upper = false;
    for (QChar ch : address) {
        const ushort u = ch.unicode();
        if (u < 33 || u > 126)
            return fail(
                QStringLiteral("bad_address"),
                QStringLiteral("The address contains a character outside printable ASCII."));
        if (u >= 'a' && u <= 'z')
            lower = true;
        if (u >= 'A' && u <= 'Z')
            upper = true;
    }
    if (lower && upper)
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("The address mixes upper and lower case."));
    const QByteArray text = address.toLower().toLatin1();
    const qsizetype sep = text.lastIndexOf('1');
    if (sep < 1)
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("The address has no human-readable part before the '1'."));
    if (sep + 7 > text.size())
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("The address is too short to hold a checksum."));
    const QByteArray hrp = text.first(sep);
    QList<int> data;
    for (qsizetype i = sep + 1; i < text.size(); ++i) {
        const int v = charValue(text.at(i));
        if (v < 0)
            return fail(
                QStringLiteral("bad_address"),
                QStringLiteral("Character '%1' at position %2 is not in the bech32 alphabet.")
                    .arg(QChar::fromLatin1(text.at(i)))
                    .arg(i + 1));
        data.append(v);
    }
    const quint32 mod = polymod(hrpExpand(hrp) + data);
    int encoding = 0; // 1 bech32, 2 bech32m
    if (mod == kBech32Const)
        encoding = 1;
    else if (mod == kBech32mConst)
        encoding = 2;
    else
        return fail(QStringLiteral("bad_checksum"),
                    QStringLiteral("The address checksum does not match: check for a typo."));
    data.resize(data.size() - 6);
    if (data.isEmpty())
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("The address carries no witness version."));
    const int version = data.first();
    if (version > 16)
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("Witness version %1 does not exist.").arg(version));
    if ((version == 0 && encoding != 1) || (version != 0 && encoding != 2))
        return fail(QStringLiteral("bad_checksum"),
                    QStringLiteral("The address uses the wrong checksum variant for witness "
                                   "version %1 (bech32 for v0, bech32m for v1+).")
                        .arg(version));
    QList<int> prog;
    if (!convertBits(data.mid(1), 5, 8, false, prog))
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("The witness program has invalid padding."));
    if (prog.size() < 2 || prog.size() > 40)
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("The witness program is %1 bytes; 2 to 40 are allowed.")
                        .arg(prog.size()));
    if (version == 0 && prog.size() != 20 && prog.size() != 32)
        return fail(QStringLiteral("bad_address"),
                    QStringLiteral("A version 0 witness program must be 20 or 32 bytes, not %1.")
                        .arg(prog.size()));
    const QString hrpString = QString::fromLatin1(hrp);
    if (!expectedHrp.isEmpty() && hrpString != expectedHrp.toLower())
        return fail(QStringLiteral("wrong_network"),
                    QStringLiteral("The address is for \"%1\", expected \"%2\".")
                        .arg(hrpString, expectedHrp.toLower()));
    SegwitAddress out;
    out.hrp = hrpString;
    out.version = version;
    out.program.reserve(prog.size());
    for (int b : prog)
        out.program.append(char(b));
    return out;
}

QByteArray scriptPubKey(int witnessVersion, const QByteArray &program)
{
    QByteArray s;
    s.append(char(witnessVersion == 0 ? 0 : 0x50 + witnessVersion));
    s.append(char(program.size()));
    s.append(program);
    return s;
}

} // namespace fb::bech32
