#include "wallet/ur.h"

#include "wallet/bytewords.h"

#include <QCborValue>

namespace fb::ur {

namespace {

Error badUr(const QString &what)
{
    return Error{QStringLiteral("bad_ur"), what};
}

struct Parsed
{
    QString type;
    QList<QStringView> path; // after the type: [body] or [seq, body]
};

Result<Parsed> parse(QStringView text, QString &lowered)
{
    lowered = text.trimmed().toString().toLower();
    if (!lowered.startsWith(QLatin1String("ur:")))
        return badUr(QStringLiteral("This is not a UR (it does not start with \"ur:\")."));
    const QStringView rest = QStringView(lowered).mid(3);
    const QList<QStringView> parts = rest.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.size() > 3)
        return badUr(QStringLiteral("A UR is ur:<type>/<data> or ur:<type>/<n>-<count>/<data>."));
    if (!isValidType(parts.front()))
        return badUr(QStringLiteral("\"%1\" is not a valid UR type.")
                         .arg(parts.front().left(40).toString()));
    for (const QStringView p : parts) {
        if (p.isEmpty())
            return badUr(QStringLiteral("A UR has an empty path component."));
    }
    Parsed out;
    out.type = parts.front().toString();
    out.path = parts.mid(1);
    return out;
}

// "n-count" with both positive 32-bit numbers.
bool parseSequence(QStringView s, quint32 &seqNum, quint32 &seqLen)
{
    const QList<QStringView> nums = s.split(QLatin1Char('-'));
    if (nums.size() != 2)
        return false;
    bool ok1 = false, ok2 = false;
    seqNum = nums[0].toUInt(&ok1);
    seqLen = nums[1].toUInt(&ok2);
    return ok1 && ok2 && seqNum > 0 && seqLen > 0;
}

} // namespace

Ur Ur::fromBytes(const QString &type, QByteArrayView payload)
{
    return Ur{type, QCborValue(payload.toByteArray()).toCbor()};
}

Result<QByteArray> Ur::bytes() const
{
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(cbor, &err);
    if (err.error != QCborError::NoError || !v.isByteArray())
        return Result<QByteArray>::failure(
            QStringLiteral("bad_cbor"),
            QStringLiteral("The ur:%1 does not hold a CBOR byte string.").arg(type));
    return v.toByteArray();
}

bool isValidType(QStringView type)
{
    if (type.isEmpty())
        return false;
    for (const QChar c : type) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
            return false;
    }
    return true;
}

QString encodeSinglePart(const Ur &ur)
{
    return QStringLiteral("ur:%1/%2")
        .arg(ur.type, bytewords::encode(bytewords::Style::Minimal, ur.cbor));
}

Result<Ur> decodeSinglePart(QStringView text)
{
    QString lowered;
    auto parsed = parse(text, lowered);
    if (!parsed)
        return parsed.error();
    if (parsed->path.size() != 1)
        return badUr(QStringLiteral("This is one part of a multi-part UR; read all its parts "
                                    "with a decoder."));
    auto cbor = bytewords::decode(bytewords::Style::Minimal, parsed->path.front());
    if (!cbor)
        return cbor.error();
    return Ur{parsed->type, *cbor};
}

// ---- encoder ----------------------------------------------------------------------------

Encoder::Encoder(const Ur &ur, int maxFragmentLen, quint32 firstSeqNum, int minFragmentLen)
    : m_ur(ur)
    , m_fountain(ur.cbor, maxFragmentLen, firstSeqNum, minFragmentLen)
{}

Encoder::Encoder(const QString &type, QByteArrayView payload, int maxFragmentLen)
    : Encoder(Ur::fromBytes(type, payload), maxFragmentLen)
{}

QString Encoder::nextPart()
{
    const FountainPart part = m_fountain.nextPart();
    if (isSinglePart())
        return encodeSinglePart(m_ur);
    return QStringLiteral("ur:%1/%2-%3/%4")
        .arg(m_ur.type)
        .arg(part.seqNum)
        .arg(part.seqLen)
        .arg(bytewords::encode(bytewords::Style::Minimal, part.toCbor()));
}

// ---- decoder ----------------------------------------------------------------------------

bool Decoder::reject(const QString &why)
{
    m_lastError = why;
    return false;
}

bool Decoder::receivePart(QStringView text)
{
    m_lastError.clear();
    if (isComplete())
        return reject(QStringLiteral("The UR is already complete."));
    QString lowered;
    auto parsed = parse(text, lowered);
    if (!parsed)
        return reject(parsed.error().message);
    if (!m_type.isEmpty() && parsed->type != m_type)
        return reject(QStringLiteral("This frame is a ur:%1, not part of the ur:%2 being read.")
                          .arg(parsed->type, m_type));
    if (parsed->path.size() == 1) {
        if (m_fountain.processedParts() > 0)
            return reject(QStringLiteral("This frame is a whole UR, not part of the multi-part "
                                         "ur:%1 being read.")
                              .arg(m_type));
        auto cbor = bytewords::decode(bytewords::Style::Minimal, parsed->path.front());
        if (!cbor)
            return reject(cbor.error().message);
        m_type = parsed->type;
        m_singleParts = 1;
        m_result = Result<Ur>(Ur{parsed->type, *cbor});
        return true;
    }
    quint32 seqNum = 0, seqLen = 0;
    if (!parseSequence(parsed->path.at(0), seqNum, seqLen))
        return reject(QStringLiteral("The frame's sequence \"%1\" is not <n>-<count>.")
                          .arg(parsed->path.at(0).left(24).toString()));
    auto cbor = bytewords::decode(bytewords::Style::Minimal, parsed->path.at(1));
    if (!cbor)
        return reject(cbor.error().message);
    auto part = FountainPart::fromCbor(*cbor);
    if (!part)
        return reject(part.error().message);
    if (part->seqNum != seqNum || part->seqLen != seqLen)
        return reject(QStringLiteral("The frame's sequence does not match its contents."));
    if (!m_fountain.receivePart(*part))
        return reject(m_fountain.lastError());
    m_type = parsed->type;
    if (m_fountain.isComplete()) {
        const auto &r = *m_fountain.result();
        if (r)
            m_result = Result<Ur>(Ur{m_type, *r});
        else
            m_result = Result<Ur>(r.error());
    }
    return true;
}

double Decoder::progress() const
{
    return isComplete() ? 1.0 : m_fountain.progress();
}

int Decoder::expectedFragments() const
{
    return m_singleParts ? 1 : m_fountain.expectedFragments();
}

int Decoder::receivedFragments() const
{
    return m_singleParts ? 1 : m_fountain.receivedFragments();
}

int Decoder::processedParts() const
{
    return m_singleParts ? 1 : m_fountain.processedParts();
}

Result<Ur> Decoder::result() const
{
    if (!m_result)
        return Result<Ur>::failure(QStringLiteral("not_complete"),
                                   QStringLiteral("Not every part of the UR has been read yet."));
    return *m_result;
}

Result<QByteArray> Decoder::payload() const
{
    auto r = result();
    if (!r)
        return r.error();
    return r->bytes();
}

} // namespace fb::ur
