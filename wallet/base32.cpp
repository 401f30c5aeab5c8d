#include "wallet/base32.h"

namespace fb::base32 {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}
} // namespace

QString encode(QByteArrayView data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 acc = 0;
    int bits = 0;
    for (const char ch : data) {
        acc = (acc << 8) | static_cast<quint8>(ch);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(acc >> bits) & 0x1f]));
        }
        acc &= (1u << bits) - 1;
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(acc << (5 - bits)) & 0x1f]));
    return out;
}

Result<QByteArray> decode(QStringView text)
{
    // Valid unpadded lengths: the final group of 8 characters holds 0, 2, 4, 5 or 7 characters.
    const qsizetype rest = text.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return Result<QByteArray>::failure(
            QStringLiteral("bad_encoding"),
            QStringLiteral("Base32 text of %1 characters cannot be complete: a character is "
                           "missing or extra.")
                .arg(text.size()));
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const int v = valueOf(c);
        if (v < 0) {
            if (c == u'=')
                return Result<QByteArray>::failure(
                    QStringLiteral("bad_encoding"),
                    QStringLiteral("Base32 padding ('=') is not allowed (position %1).")
                        .arg(i + 1));
            return Result<QByteArray>::failure(
                QStringLiteral("bad_encoding"),
                QStringLiteral("Character %1 is not a base32 letter (A–Z, 2–7).").arg(i + 1));
        }
        acc = (acc << 5) | static_cast<quint32>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((acc >> bits) & 0xff));
        }
        acc &= (1u << bits) - 1;
    }
    if (acc != 0)
        return Result<QByteArray>::failure(
            QStringLiteral("bad_encoding"),
            QStringLiteral("The last base32 character has unused bits set: the text is damaged."));
    return out;
}

} // namespace fb::base32
