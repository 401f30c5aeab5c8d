// RateLimiter: a token bucket on bytes, shared by every backend of a TransferEngine (and across
// threads: LocalBackend copies on a worker thread). rate 0 = unlimited. The bucket holds at most
// 50 ms of tokens (at least 16 KiB), so the average stays close to the rate over any second.
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <mutex>

namespace fb::storage {

class RateLimiter
{
public:
    RateLimiter();
    void setRate(qint64 bytesPerSecond);
    qint64 rate() const;
    // Takes up to want bytes of tokens and returns how many it got (want when unlimited).
    qint64 take(qint64 want);
    // Milliseconds until `bytes` (at most a full bucket) can be taken; 0 when now.
    int waitMs(qint64 bytes) const;
    // Blocks (worker threads only) until a whole chunk (want, or a full bucket if smaller) can
    // be taken; returns what it got (never more than want).
    qint64 takeBlocking(qint64 want);

private:
    void refillLocked() const;
    qint64 burstLocked() const;

    mutable std::mutex m_mutex;
    qint64 m_rate = 0;
    mutable double m_tokens = 0;
    mutable qint64 m_lastNs = 0;
    QElapsedTimer m_clock;
};

} // namespace fb::storage
