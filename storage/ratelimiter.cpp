#include "storage/ratelimiter.h"

#include <QThread>

#include <algorithm>
#include <cmath>

namespace fb::storage {

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::setRate(qint64 bytesPerSecond)
{
    std::lock_guard lock(m_mutex);
    m_rate = std::max<qint64>(0, bytesPerSecond);
    m_lastNs = m_clock.nsecsElapsed();
    m_tokens = double(burstLocked());
}

qint64 RateLimiter::rate() const
{
    std::lock_guard lock(m_mutex);
    return m_rate;
}

qint64 RateLimiter::burstLocked() const
{
    return std::max<qint64>(16 * 1024, m_rate / 20);
}

void RateLimiter::refillLocked() const
{
    const qint64 now = m_clock.nsecsElapsed();
    m_tokens =
        std::min(double(burstLocked()), m_tokens + double(now - m_lastNs) * double(m_rate) / 1e9);
    m_lastNs = now;
}

qint64 RateLimiter::take(qint64 want)
{
    std::lock_guard lock(m_mutex);
    if (m_rate <= 0 || want <= 0)
        return want;
    refillLocked();
    const qint64 got = std::min<qint64>(want, qint64(m_tokens));
    m_tokens -= double(got);
    return got;
}

int RateLimiter::waitMs(qint64 bytes) const
{
    std::lock_guard lock(m_mutex);
    if (m_rate <= 0)
        return 0;
    refillLocked();
    const double need = double(std::min<qint64>(bytes, burstLocked())) - m_tokens;
    if (need <= 0)
        return 0;
    return std::max(1, int(std::ceil(need * 1000.0 / double(m_rate))));
}

qint64 RateLimiter::takeBlocking(qint64 want)
{
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_rate <= 0 || want <= 0)
                return want;
            refillLocked();
            // Whole chunks only (a full bucket, or want if smaller): taking the few bytes that
            // trickled in since the last call made the caller spin through tiny reads, one
            // progress report each, at any low limit.
            const qint64 chunk = std::min(want, burstLocked());
            if (m_tokens >= double(chunk)) {
                const qint64 got = std::min<qint64>(want, qint64(m_tokens));
                m_tokens -= double(got);
                return got;
            }
        }
        QThread::msleep(quint64(std::max(1, waitMs(want))));
    }
}

} // namespace fb::storage
