#include "wallet/strkey.h"

#include "wallet/base32.h"

namespace fb::strkey {

namespace {

QString kindName(quint8 v)
{
    switch (Version(v)) {
    case Version::AccountId:
        return QStringLiteral("an account id (G…)");
    case Version::Muxed:
        return QStringLiteral("a muxed account (M…)");
    case Version::Seed:
        return QStringLiteral("a secret seed (S…)");
    case Version::PreAuthTx:
        return QStringLiteral("a pre-authorised transaction (T…)");
    case Version::HashX:
        return QStringLiteral("a hash-x signer (X…)");
    case Version::SignedPayload:
        return QStringLiteral("a signed payload (P…)");
    case Version::Contract:
        return QStringLiteral("a contract (C…)");
    }
    return QStringLiteral("an unknown key kind");
}

qsizetype payloadSize(Version v)
{
    switch (v) {
    case Version::Muxed:
        return 40;
    case Version::SignedPayload:
        return -1; // 32 + 4 + 4..64, checked separately
    default:
        return 32;
    }
}

} // namespace

quint16 crc16xmodem(QByteArrayView data)
{
    quint16 crc = 0;
    for (char ch : data) {
        crc ^= quint16(quint16(quint8(ch)) << 8);
        for (int i = 0; i < 8; ++i)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

QString encode(Version version, QByteArrayView payload)
{
    QByteArray raw;
    raw.reserve(payload.size() + 3);
    raw.append(char(quint8(version)));
    raw.append(payload.data(), payload.size());
    const quint16 crc = crc16xmodem(raw);
    raw.append(char(crc & 0xff));
    raw.append(char(crc >> 8));
    QString out = base32::encode(raw);
    SecretBytes::wipe(raw);
    return out;
}

Result<QByteArray> decode(Version expected, QStringView text)
{
    auto raw = base32::decode(text);
    if (!raw) {
        return Result<QByteArray>::failure(
            QStringLiteral("bad_encoding"),
            QStringLiteral("This is not a Stellar key: %1").arg(raw.error().message));
    }
    QByteArray &b = *raw;
    if (b.size() < 3) {
        return Result<QByteArray>::failure(QStringLiteral("bad_encoding"),
                                           QStringLiteral("This Stellar key is too short."));
    }
    const quint8 version = quint8(b[0]);
    if (version != quint8(expected)) {
        SecretBytes::wipe(b);
        return Result<QByteArray>::failure(QStringLiteral("bad_version"),
                                           QStringLiteral("Expected %1 but this is %2.")
                                               .arg(kindName(quint8(expected)), kindName(version)));
    }
    const qsizetype n = b.size() - 3;
    const qsizetype want = payloadSize(expected);
    const bool sizeOk = want >= 0 ? n == want : (n >= 40 && n <= 100 && (n - 36) % 4 == 0);
    if (!sizeOk) {
        SecretBytes::wipe(b);
        return Result<QByteArray>::failure(
            QStringLiteral("bad_encoding"),
            QStringLiteral("This Stellar key has the wrong length."));
    }
    const quint16 crc = crc16xmodem(QByteArrayView(b).first(b.size() - 2));
    const quint16 stored = quint16(quint8(b[b.size() - 2]) | (quint8(b[b.size() - 1]) << 8));
    if (crc != stored) {
        SecretBytes::wipe(b);
        return Result<QByteArray>::failure(
            QStringLiteral("bad_checksum"),
            QStringLiteral("The Stellar key's checksum does not match: a character is wrong."));
    }
    QByteArray payload = b.mid(1, n);
    SecretBytes::wipe(b);
    return payload;
}

Result<QByteArray> decodeAccountId(QStringView text)
{
    return decode(Version::AccountId, text);
}

QString encodeSeed(const SecretBytes &seed)
{
    return encode(Version::Seed, seed.view());
}

Result<SecretBytes> decodeSeed(const SecretBytes &text)
{
    QString s = QString::fromLatin1(text.view()).trimmed();
    auto r = decode(Version::Seed, s);
    SecretBytes::wipe(s);
    if (!r)
        return r.error();
    SecretBytes out = SecretBytes::fromBytes(*r);
    SecretBytes::wipe(*r);
    return out;
}

} // namespace fb::strkey
