#include "wallet/fountain.h"

#include "wallet/bytewords.h"

#include <QCborArray>
#include <QCborValue>

#include <algorithm>
#include <cmath>

namespace fb::ur {

namespace {

Error badPart(const QString &what)
{
    return Error{QStringLiteral("bad_part"), what};
}

QByteArray be32(quint32 n)
{
    const char b[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    return QByteArray(b, 4);
}

void xorInto(QByteArray &target, const QByteArray &source)
{
    char *t = target.data();
    const char *s = source.constData();
    for (qsizetype i = 0; i < target.size(); ++i)
        t[i] = char(t[i] ^ s[i]);
}

// a is a proper subset of b (both ascending).
bool isStrictSubset(const std::vector<int> &a, const std::vector<int> &b)
{
    return a.size() < b.size() && std::includes(b.begin(), b.end(), a.begin(), a.end());
}

std::vector<int> difference(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<int> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

} // namespace

// ---- parts ------------------------------------------------------------------------------

QByteArray FountainPart::toCbor() const
{
    QCborArray a;
    a.append(qint64(seqNum));
    a.append(qint64(seqLen));
    a.append(qint64(messageLen));
    a.append(qint64(checksum));
    a.append(data);
    return QCborValue(a).toCbor();
}

Result<FountainPart> FountainPart::fromCbor(QByteArrayView cbor)
{
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(cbor.toByteArray(), &err);
    if (err.error != QCborError::NoError)
        return badPart(QStringLiteral("The part is not valid CBOR (%1).").arg(err.errorString()));
    if (!v.isArray() || v.toArray().size() != 5)
        return badPart(QStringLiteral("A part is a CBOR array of five elements."));
    const QCborArray a = v.toArray();
    quint32 n[4] = {};
    for (int i = 0; i < 4; ++i) {
        const QCborValue x = a.at(i);
        if (!x.isInteger() || x.toInteger() < 0 || x.toInteger() > 0xffffffffLL)
            return badPart(QStringLiteral("Element %1 of a part must be an unsigned 32-bit "
                                          "integer.")
                               .arg(i + 1));
        n[i] = quint32(x.toInteger());
    }
    if (!a.at(4).isByteArray())
        return badPart(QStringLiteral("The last element of a part must be a byte string."));
    FountainPart p;
    p.seqNum = n[0];
    p.seqLen = n[1];
    p.messageLen = n[2];
    p.checksum = n[3];
    p.data = a.at(4).toByteArray();
    if (p.seqNum == 0 || p.seqLen == 0 || p.messageLen == 0 || p.data.isEmpty())
        return badPart(QStringLiteral("A part's sequence number, fragment count, message length "
                                      "and data must not be zero or empty."));
    return p;
}

// ---- choosing fragments -----------------------------------------------------------------

RandomSampler::RandomSampler(const std::vector<double> &weights)
{
    const size_t n = weights.size();
    double sum = 0;
    for (double w : weights)
        sum += w;
    std::vector<double> p(n);
    for (size_t i = 0; i < n; ++i)
        p[i] = weights[i] * double(n) / sum;
    // Small and large work lists, filled from the highest index down (the spec's order: it
    // decides which alias each slot gets, so it must match for the same samples).
    std::vector<int> small, large;
    for (int i = int(n) - 1; i >= 0; --i)
        (p[size_t(i)] < 1 ? small : large).push_back(i);
    m_probs.assign(n, 0);
    m_aliases.assign(n, 0);
    while (!small.empty() && !large.empty()) {
        const int a = small.back();
        small.pop_back();
        const int g = large.back();
        large.pop_back();
        m_probs[size_t(a)] = p[size_t(a)];
        m_aliases[size_t(a)] = g;
        p[size_t(g)] += p[size_t(a)] - 1;
        (p[size_t(g)] < 1 ? small : large).push_back(g);
    }
    for (int i : large)
        m_probs[size_t(i)] = 1;
    for (int i : small) // only through rounding
        m_probs[size_t(i)] = 1;
}

int RandomSampler::next(Xoshiro256 &rng) const
{
    const double r1 = rng.nextDouble();
    const double r2 = rng.nextDouble();
    const int i = int(double(m_probs.size()) * r1);
    return r2 < m_probs[size_t(i)] ? i : m_aliases[size_t(i)];
}

int chooseDegree(int seqLen, Xoshiro256 &rng)
{
    std::vector<double> weights;
    weights.reserve(size_t(seqLen));
    for (int d = 1; d <= seqLen; ++d)
        weights.push_back(1.0 / d);
    return RandomSampler(weights).next(rng) + 1;
}

std::vector<int> shuffled(std::vector<int> items, Xoshiro256 &rng)
{
    std::vector<int> out;
    out.reserve(items.size());
    while (!items.empty()) {
        const auto at = qsizetype(rng.nextInt(0, items.size() - 1));
        out.push_back(items[size_t(at)]);
        items.erase(items.begin() + at);
    }
    return out;
}

std::vector<int> chooseFragments(quint32 seqNum, int seqLen, quint32 checksum)
{
    // The first seqLen parts are the fragments themselves, in order.
    if (seqNum <= quint32(seqLen))
        return {int(seqNum - 1)};
    const QByteArray seed = be32(seqNum) + be32(checksum);
    Xoshiro256 rng(seed);
    const int degree = chooseDegree(seqLen, rng);
    std::vector<int> all(static_cast<size_t>(seqLen));
    for (int i = 0; i < seqLen; ++i)
        all[size_t(i)] = i;
    std::vector<int> chosen = shuffled(std::move(all), rng);
    chosen.resize(size_t(degree));
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

int nominalFragmentLength(qsizetype messageLen, int minFragmentLen, int maxFragmentLen)
{
    minFragmentLen = std::max(1, minFragmentLen);
    maxFragmentLen = std::max(minFragmentLen, maxFragmentLen);
    const qsizetype maxCount = std::max<qsizetype>(1, messageLen / minFragmentLen);
    qsizetype len = messageLen;
    for (qsizetype count = 1; count <= maxCount; ++count) {
        len = (messageLen + count - 1) / count;
        if (len <= maxFragmentLen)
            break;
    }
    return int(std::max<qsizetype>(1, len));
}

QList<QByteArray> partitionMessage(QByteArrayView message, int fragmentLen)
{
    QList<QByteArray> out;
    for (qsizetype at = 0; at < message.size(); at += fragmentLen) {
        QByteArray f =
            message.sliced(at, std::min<qsizetype>(fragmentLen, message.size() - at)).toByteArray();
        f.append(QByteArray(fragmentLen - f.size(), '\0'));
        out.append(f);
    }
    return out;
}

// ---- encoder ----------------------------------------------------------------------------

FountainEncoder::FountainEncoder(const QByteArray &message, int maxFragmentLen, quint32 firstSeqNum,
                                 int minFragmentLen)
    : m_messageLen(quint32(message.size()))
    , m_checksum(bytewords::crc32(message))
    , m_fragmentLen(nominalFragmentLength(message.size(), minFragmentLen, maxFragmentLen))
    , m_seqNum(firstSeqNum)
{
    m_fragments = partitionMessage(message, m_fragmentLen);
}

FountainPart FountainEncoder::nextPart()
{
    ++m_seqNum; // wraps at 2^32 as the spec says
    FountainPart p;
    p.seqNum = m_seqNum;
    p.seqLen = quint32(seqLen());
    p.messageLen = m_messageLen;
    p.checksum = m_checksum;
    p.data = QByteArray(m_fragmentLen, '\0');
    for (int i : chooseFragments(m_seqNum, seqLen(), m_checksum))
        xorInto(p.data, m_fragments.at(i));
    return p;
}

// ---- decoder ----------------------------------------------------------------------------

bool FountainDecoder::validate(const FountainPart &part)
{
    if (m_seqLen == 0) {
        if (part.messageLen > kMaxMessageLen || part.seqLen > kMaxSeqLen) {
            m_lastError = QStringLiteral("The message (%1 bytes in %2 fragments) is larger than "
                                         "this reader accepts.")
                              .arg(part.messageLen)
                              .arg(part.seqLen);
            return false;
        }
        // The fragments must exactly cover the message, as the encoder cuts it.
        const quint64 fragments =
            (quint64(part.messageLen) + quint64(part.data.size()) - 1) / quint64(part.data.size());
        if (fragments != part.seqLen) {
            m_lastError = QStringLiteral("The part's fragment count does not match its message "
                                         "and fragment lengths.");
            return false;
        }
        m_seqLen = part.seqLen;
        m_messageLen = part.messageLen;
        m_checksum = part.checksum;
        m_fragmentLen = part.data.size();
        return true;
    }
    if (part.seqLen != m_seqLen || part.messageLen != m_messageLen || part.checksum != m_checksum ||
        part.data.size() != m_fragmentLen) {
        m_lastError = QStringLiteral("The part belongs to another message than the parts read "
                                     "so far.");
        return false;
    }
    return true;
}

bool FountainDecoder::receivePart(const FountainPart &part)
{
    m_lastError.clear();
    if (isComplete()) {
        m_lastError = QStringLiteral("The message is already complete.");
        return false;
    }
    if (part.seqNum == 0 || part.seqLen == 0 || part.data.isEmpty()) {
        m_lastError = QStringLiteral("The part is empty.");
        return false;
    }
    if (!validate(part))
        return false;
    m_queue.push_back({chooseFragments(part.seqNum, int(m_seqLen), m_checksum), part.data});
    while (!isComplete() && !m_queue.empty()) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        if (p.indexes.size() == 1)
            processSimple(p.indexes.front(), p.data);
        else
            processMixed(std::move(p));
    }
    ++m_processed;
    return true;
}

void FountainDecoder::processSimple(int index, const QByteArray &data)
{
    if (m_simple.count(index))
        return;
    m_simple.emplace(index, data);
    if (m_simple.size() == size_t(m_seqLen)) {
        finish();
        return;
    }
    reduceMixedBy({{index}, data});
}

void FountainDecoder::reduceMixedBy(const Pending &by)
{
    std::map<Indexes, QByteArray> kept;
    for (auto &[indexes, data] : m_mixed) {
        if (!isStrictSubset(by.indexes, indexes)) {
            kept.emplace(indexes, std::move(data));
            continue;
        }
        Pending reduced{difference(indexes, by.indexes), std::move(data)};
        xorInto(reduced.data, by.data);
        if (reduced.indexes.size() == 1)
            m_queue.push_back(std::move(reduced));
        else
            kept.emplace(std::move(reduced.indexes), std::move(reduced.data));
    }
    m_mixed = std::move(kept);
}

void FountainDecoder::processMixed(Pending p)
{
    if (m_mixed.count(p.indexes))
        return;
    // Take out every fragment already known, then every mixed part it contains.
    for (const auto &[index, data] : m_simple) {
        if (p.indexes.size() > 1 && std::binary_search(p.indexes.begin(), p.indexes.end(), index)) {
            p.indexes = difference(p.indexes, {index});
            xorInto(p.data, data);
        }
    }
    for (const auto &[indexes, data] : m_mixed) {
        if (isStrictSubset(indexes, p.indexes)) {
            p.indexes = difference(p.indexes, indexes);
            xorInto(p.data, data);
        }
    }
    if (p.indexes.size() == 1) {
        m_queue.push_back(std::move(p));
        return;
    }
    reduceMixedBy(p);
    m_mixed.emplace(std::move(p.indexes), std::move(p.data));
}

void FountainDecoder::finish()
{
    QByteArray message;
    message.reserve(qsizetype(m_seqLen) * m_fragmentLen);
    for (const auto &[index, data] : m_simple)
        message += data;
    message.truncate(m_messageLen);
    if (bytewords::crc32(message) != m_checksum)
        m_result = Result<QByteArray>::failure(
            QStringLiteral("bad_checksum"),
            QStringLiteral("The reassembled message does not match its checksum: the frames "
                           "were damaged. Scan them again."));
    else
        m_result = Result<QByteArray>(std::move(message));
    m_mixed.clear();
    m_queue.clear();
}

double FountainDecoder::progress() const
{
    if (isComplete())
        return 1.0;
    if (m_seqLen == 0)
        return 0.0;
    const double recovered = double(m_simple.size()) / double(m_seqLen);
    const double spec = double(m_processed) / (double(m_seqLen) * 1.75);
    return std::min(0.99, std::max(recovered, spec));
}

} // namespace fb::ur
