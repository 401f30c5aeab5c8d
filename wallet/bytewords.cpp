#include "wallet/bytewords.h"

#include <QList>

#include <zlib.h>

#include <array>

namespace fb::bytewords {

namespace {

// The Bytewords list as published with BCR-2020-012, sixteen words a line, in byte order.
// Each word's first and last letters are unique across the list: the minimal style keeps
// only those two.
constexpr char kWords[] =
    "able acid also apex aqua arch atom aunt away axis back bald barn belt beta bias "
    "blue body brag brew bulb buzz calm cash cats chef city claw code cola cook cost "
    "crux curl cusp cyan dark data days deli dice diet door down draw drop drum dull "
    "duty each easy echo edge epic even exam exit eyes fact fair fern figs film fish "
    "fizz flap flew flux foxy free frog fuel fund gala game gear gems gift girl glow "
    "good gray grim guru gush gyro half hang hard hawk heat help high hill holy hope "
    "horn huts iced idea idle inch inky into iris iron item jade jazz join jolt jowl "
    "judo jugs jump junk jury keep keno kept keys kick kiln king kite kiwi knob lamb "
    "lava lazy leaf legs liar limp lion list logo loud love luau luck lung main many "
    "math maze memo menu meow mild mint miss monk nail navy need news next noon note "
    "numb obey oboe omit onyx open oval owls paid part peck play plus poem pool pose "
    "puff puma purr quad quiz race ramp real redo rich road rock roof ruby ruin runs "
    "rust safe saga scar sets silk skew slot soap solo song stub surf swan taco task "
    "taxi tent tied time tiny toil tomb toys trip tuna twin ugly undo unit urge user "
    "vast very veto vial vibe view visa void vows wall wand warm wasp wave waxy webs "
    "what when whiz wolf work yank yawn yell yoga yurt zaps zero zest zinc zone zoom";
static_assert(sizeof(kWords) == 256 * 5, "256 words of four letters and a separator");

QLatin1StringView fullWord(quint8 byte)
{
    return QLatin1StringView(kWords + 5 * byte, 4);
}

// (first letter, last letter) -> byte + 1; 0 for pairs that are not a word.
const std::array<quint16, 26 * 26> &lookup()
{
    static const std::array<quint16, 26 * 26> table = [] {
        std::array<quint16, 26 * 26> t{};
        for (int b = 0; b < 256; ++b) {
            const char *w = kWords + 5 * b;
            t[size_t((w[0] - 'a') * 26 + (w[3] - 'a'))] = quint16(b + 1);
        }
        return t;
    }();
    return table;
}

int letter(QChar c)
{
    const char16_t u = c.toLower().unicode();
    return (u >= u'a' && u <= u'z') ? int(u - u'a') : -1;
}

// The byte a word stands for, or -1.
int wordValue(QStringView w, Style style)
{
    const qsizetype len = style == Style::Minimal ? 2 : 4;
    if (w.size() != len)
        return -1;
    const int first = letter(w.front());
    const int last = letter(w.back());
    if (first < 0 || last < 0)
        return -1;
    const int b = int(lookup()[size_t(first * 26 + last)]) - 1;
    if (b < 0)
        return -1;
    if (len == 4) {
        const QLatin1StringView full = fullWord(quint8(b));
        if (w.at(1).toLower() != QLatin1Char(full.at(1)) ||
            w.at(2).toLower() != QLatin1Char(full.at(2)))
            return -1;
    }
    return b;
}

Error badBytewords(const QString &what)
{
    return Error{QStringLiteral("bad_bytewords"), what};
}

} // namespace

QString word(quint8 byte)
{
    return QString(fullWord(byte));
}

quint32 crc32(QByteArrayView data)
{
    uLong c = ::crc32(0L, Z_NULL, 0);
    // zlib takes lengths as uInt: feed large inputs in slices.
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype n = std::min<qsizetype>(data.size() - at, 1 << 30);
        c = ::crc32(c, reinterpret_cast<const Bytef *>(data.data() + at), uInt(n));
        at += n;
    }
    return quint32(c);
}

QString encode(Style style, QByteArrayView data)
{
    QByteArray bytes = data.toByteArray();
    const quint32 c = crc32(data);
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes.append(char((c >> shift) & 0xff));
    QString out;
    out.reserve(bytes.size() * (style == Style::Minimal ? 2 : 5));
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const QLatin1StringView w = fullWord(quint8(bytes[i]));
        if (style == Style::Minimal) {
            out += w.front();
            out += w.back();
            continue;
        }
        if (i > 0)
            out += style == Style::Standard ? QLatin1Char(' ') : QLatin1Char('-');
        out += w;
    }
    return out;
}

Result<QByteArray> decode(Style style, QStringView text)
{
    QByteArray bytes;
    auto take = [&](QStringView w) -> bool {
        const int b = wordValue(w, style);
        if (b < 0)
            return false;
        bytes.append(char(b));
        return true;
    };
    if (style == Style::Minimal) {
        if (text.size() % 2 != 0)
            return badBytewords(QStringLiteral("Minimal bytewords come in pairs of letters; this "
                                               "text has an odd length."));
        for (qsizetype i = 0; i < text.size(); i += 2) {
            if (!take(text.mid(i, 2)))
                return badBytewords(QStringLiteral("\"%1\" at letter %2 is not a byteword.")
                                        .arg(text.mid(i, 2).toString())
                                        .arg(i + 1));
        }
    } else {
        const QChar sep = style == Style::Standard ? QLatin1Char(' ') : QLatin1Char('-');
        for (const QStringView w : text.split(sep, Qt::SkipEmptyParts)) {
            if (!take(w))
                return badBytewords(
                    QStringLiteral("\"%1\" is not a byteword.").arg(w.left(12).toString()));
        }
    }
    if (bytes.size() < 5)
        return badBytewords(QStringLiteral("Too few bytewords: there must be at least one byte "
                                           "of data and the four-byte checksum."));
    const QByteArray body = bytes.first(bytes.size() - 4);
    quint32 stated = 0;
    for (qsizetype i = bytes.size() - 4; i < bytes.size(); ++i)
        stated = (stated << 8) | quint8(bytes[i]);
    if (stated != crc32(body))
        return badBytewords(QStringLiteral("The bytewords' checksum does not match: a word was "
                                           "misread or the text is incomplete."));
    return body;
}

} // namespace fb::bytewords
