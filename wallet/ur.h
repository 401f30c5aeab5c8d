// Uniform Resources (BC-UR 2.0, BCR-2020-005): a typed CBOR payload as "ur:<type>/<bytewords>",
// or, when it is too long for one QR code, as fountain-coded parts
// "ur:<type>/<seq>-<count>/<bytewords>" that a reader completes in any order. The offline
// signer moves PSBTs as ur:crypto-psbt and Stellar and Algorand transactions as ur:bytes.
#pragma once

#include "wallet/fountain.h"
#include "wallet/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace fb::ur {

inline const QString kTypeBytes = QStringLiteral("bytes");
inline const QString kTypePsbt = QStringLiteral("crypto-psbt");
// A fragment length that keeps each frame a QR code of version 15 or so, which phone cameras
// and webcams read at arm's length.
constexpr int kDefaultMaxFragmentLen = 200;

// A UR: its type ("bytes", "crypto-psbt": lower-case letters, digits and hyphens) and its CBOR.
struct Ur
{
    QString type;
    QByteArray cbor;

    // The UR of a payload that travels as a CBOR byte string (bytes, crypto-psbt).
    static Ur fromBytes(const QString &type, QByteArrayView payload);
    // The byte string inside the CBOR. Errors: bad_cbor.
    Result<QByteArray> bytes() const;
    bool operator==(const Ur &) const = default;
};

bool isValidType(QStringView type);

// The single-part form "ur:<type>/<minimal bytewords>", whatever the length.
QString encodeSinglePart(const Ur &ur);
// Reads a single-part UR (any letter case). Errors: bad_ur, bad_bytewords.
Result<Ur> decodeSinglePart(QStringView text);

// Makes the frames of a UR: the single-part form when it fits one fragment, else fountain parts
// for ever (parts 1..fragmentCount() carry one fragment each, later ones mixtures).
class Encoder
{
public:
    explicit Encoder(const Ur &ur, int maxFragmentLen = kDefaultMaxFragmentLen,
                     quint32 firstSeqNum = 0,
                     int minFragmentLen = FountainEncoder::kDefaultMinFragmentLen);
    // A payload carried as a CBOR byte string (ur:bytes, ur:crypto-psbt).
    Encoder(const QString &type, QByteArrayView payload,
            int maxFragmentLen = kDefaultMaxFragmentLen);

    // The next frame, lower case as the spec writes it (upper-case it for a QR code's
    // alphanumeric mode: UR strings are case-insensitive).
    QString nextPart();
    bool isSinglePart() const { return m_fountain.seqLen() == 1; }
    // The number of fragments: frames needed at the least, and the length of one cycle through
    // the pure fragments.
    int fragmentCount() const { return m_fountain.seqLen(); }
    quint32 seqNum() const { return m_fountain.seqNum(); } // of the last frame made
    const Ur &ur() const { return m_ur; }

private:
    Ur m_ur;
    FountainEncoder m_fountain;
};

// Reads frames in any order, ignoring duplicates and frames of other URs, until the UR is
// complete. One decoder reads one UR; make a new one for the next.
class Decoder
{
public:
    // Takes one frame's text; false when it was not used (see lastError()): not a UR, a damaged
    // frame, another UR's frame, or the UR is already complete.
    bool receivePart(QStringView text);

    bool isComplete() const { return m_result.has_value(); }
    bool isSuccess() const { return m_result && m_result->ok(); }
    // 0 before the first frame, 1 when complete, else an estimate in [0, 0.99].
    double progress() const;
    // The type of the UR being read (empty before the first frame).
    QString type() const { return m_type; }
    int expectedFragments() const; // 1 for a single-part UR, 0 before the first frame
    int receivedFragments() const; // fragments recovered so far
    int processedParts() const;    // frames accepted so far
    QString lastError() const { return m_lastError; }

    // The UR once complete; bad_checksum when the frames did not reassemble, not_complete
    // before.
    Result<Ur> result() const;
    // The CBOR byte string of the result (bytes, crypto-psbt).
    Result<QByteArray> payload() const;

private:
    bool reject(const QString &why);

    QString m_type;
    FountainDecoder m_fountain;
    std::optional<Result<Ur>> m_result;
    int m_singleParts = 0;
    QString m_lastError;
};

} // namespace fb::ur
