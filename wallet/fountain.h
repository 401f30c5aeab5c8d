// The fountain code of BC-UR multi-part URs (BCR-2020-005): a message is cut into equal
// fragments; parts 1..n carry one fragment each, later parts the XOR of a pseudo-random set of
// fragments, so a reader that missed frames completes from whichever parts it sees next.
#pragma once

#include "wallet/result.h"
#include "wallet/xoshiro256.h"

#include <QByteArray>
#include <QList>

#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace fb::ur {

// One part as carried in a UR: the CBOR array [seqNum, seqLen, messageLen, checksum, data].
struct FountainPart
{
    quint32 seqNum = 0;     // 1, 2, ...: which part (also seeds the fragment choice)
    quint32 seqLen = 0;     // number of fragments
    quint32 messageLen = 0; // bytes of the whole message
    quint32 checksum = 0;   // CRC-32 of the whole message
    QByteArray data;        // one fragment's length

    QByteArray toCbor() const;
    // Errors: bad_part (not a five-element array of four unsigned 32-bit integers and a byte
    // string, or values that cannot belong together).
    static Result<FountainPart> fromCbor(QByteArrayView cbor);
    bool operator==(const FountainPart &) const = default;
};

// Walker/Vose alias sampling of an index with the given (positive) weights, drawing two doubles
// from the generator per sample, as the spec does.
class RandomSampler
{
public:
    explicit RandomSampler(const std::vector<double> &weights);
    int next(Xoshiro256 &rng) const;

private:
    std::vector<double> m_probs;
    std::vector<int> m_aliases;
};

// How many fragments a mixed part XORs: 1..seqLen with weights 1/d (robust soliton-like).
int chooseDegree(int seqLen, Xoshiro256 &rng);
// items in the order the generator picks them out one by one.
std::vector<int> shuffled(std::vector<int> items, Xoshiro256 &rng);
// The fragment indexes (0-based, ascending) that part seqNum carries.
std::vector<int> chooseFragments(quint32 seqNum, int seqLen, quint32 checksum);
// The smallest fragment length not above maxFragmentLen that splits the message into equal
// fragments of at least minFragmentLen (the whole message when it is shorter than that).
int nominalFragmentLength(qsizetype messageLen, int minFragmentLen, int maxFragmentLen);
// The message cut into fragments of fragmentLen, the last one padded with zeros.
QList<QByteArray> partitionMessage(QByteArrayView message, int fragmentLen);

class FountainEncoder
{
public:
    static constexpr int kDefaultMinFragmentLen = 10;

    FountainEncoder(const QByteArray &message, int maxFragmentLen, quint32 firstSeqNum = 0,
                    int minFragmentLen = kDefaultMinFragmentLen);

    FountainPart nextPart();
    quint32 seqNum() const { return m_seqNum; } // of the last part made
    int seqLen() const { return int(m_fragments.size()); }
    int fragmentLen() const { return m_fragmentLen; }
    quint32 checksum() const { return m_checksum; }
    // True once every fragment has gone out on its own at least once.
    bool isComplete() const { return m_seqNum >= quint32(seqLen()); }

private:
    QList<QByteArray> m_fragments;
    quint32 m_messageLen = 0;
    quint32 m_checksum = 0;
    int m_fragmentLen = 0;
    quint32 m_seqNum = 0;
};

class FountainDecoder
{
public:
    // Limits against hostile frames: a message this long or cut this fine is refused.
    static constexpr quint32 kMaxMessageLen = 16 * 1024 * 1024;
    static constexpr quint32 kMaxSeqLen = 65536;

    // Takes a part; false when it was ignored (the decoder is complete, or the part belongs to
    // another message or is malformed: see lastError()).
    bool receivePart(const FountainPart &part);

    bool isComplete() const { return m_result.has_value(); }
    bool isSuccess() const { return m_result && m_result->ok(); }
    // The message, or bad_checksum when the reassembled message does not match its CRC-32.
    // Only meaningful once isComplete().
    const std::optional<Result<QByteArray>> &result() const { return m_result; }
    QString lastError() const { return m_lastError; }

    int expectedFragments() const { return int(m_seqLen); }
    int receivedFragments() const { return int(m_simple.size()); }
    int processedParts() const { return m_processed; }
    // 0 before the first part, 1 when complete, else an estimate in [0, 0.99]: the larger of the
    // share of fragments recovered and the spec's processed / (1.75 * fragments).
    double progress() const;

private:
    using Indexes = std::vector<int>; // ascending
    struct Pending
    {
        Indexes indexes;
        QByteArray data;
    };

    bool validate(const FountainPart &part);
    void processSimple(int index, const QByteArray &data);
    void processMixed(Pending p);
    void reduceMixedBy(const Pending &by);
    void finish();

    quint32 m_seqLen = 0;
    quint32 m_messageLen = 0;
    quint32 m_checksum = 0;
    qsizetype m_fragmentLen = 0;
    std::map<int, QByteArray> m_simple;
    std::map<Indexes, QByteArray> m_mixed;
    std::deque<Pending> m_queue;
    int m_processed = 0;
    std::optional<Result<QByteArray>> m_result;
    QString m_lastError;
};

} // namespace fb::ur
