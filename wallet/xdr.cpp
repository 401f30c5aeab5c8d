#include "wallet/xdr.h"

namespace fb::xdr {

void Reader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_pos = m_data.size();
}

bool Reader::need(qsizetype n, const char *what)
{
    if (!ok())
        return false;
    if (n < 0 || m_data.size() - m_pos < n) {
        fail(QStringLiteral("truncated at byte %1 while reading %2")
                 .arg(m_pos)
                 .arg(QLatin1String(what)));
        return false;
    }
    return true;
}

quint32 Reader::u32(const char *what)
{
    if (!need(4, what))
        return 0;
    const auto *p = reinterpret_cast<const quint8 *>(m_data.data() + m_pos);
    m_pos += 4;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint64 Reader::u64(const char *what)
{
    const quint64 hi = u32(what);
    const quint64 lo = u32(what);
    return (hi << 32) | lo;
}

bool Reader::boolean(const char *what)
{
    const qsizetype at = m_pos;
    const quint32 v = u32(what);
    if (v > 1)
        fail(QStringLiteral("byte %1: %2 is not a boolean").arg(at).arg(QLatin1String(what)));
    return v == 1;
}

QByteArray Reader::fixed(qsizetype n, const char *what)
{
    const qsizetype padded = (n + 3) & ~qsizetype(3);
    if (!need(padded, what))
        return {};
    QByteArray out(m_data.data() + m_pos, n);
    for (qsizetype i = n; i < padded; ++i) {
        if (m_data[m_pos + i] != 0) {
            fail(QStringLiteral("byte %1: non-zero padding after %2")
                     .arg(m_pos + i)
                     .arg(QLatin1String(what)));
            return {};
        }
    }
    m_pos += padded;
    return out;
}

QByteArray Reader::variable(quint32 max, const char *what)
{
    const qsizetype at = m_pos;
    const quint32 n = u32(what);
    if (!ok())
        return {};
    if (n > max) {
        fail(QStringLiteral("byte %1: %2 is %3 bytes long, more than the %4 allowed")
                 .arg(at)
                 .arg(QLatin1String(what))
                 .arg(n)
                 .arg(max));
        return {};
    }
    return fixed(qsizetype(n), what);
}

quint32 Reader::count(quint32 max, const char *what)
{
    const qsizetype at = m_pos;
    const quint32 n = u32(what);
    if (ok() && n > max) {
        fail(QStringLiteral("byte %1: %2 has %3 entries, more than the %4 allowed")
                 .arg(at)
                 .arg(QLatin1String(what))
                 .arg(n)
                 .arg(max));
        return 0;
    }
    return n;
}

void Writer::u32(quint32 v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    m_out.append(b, 4);
}

void Writer::u64(quint64 v)
{
    u32(quint32(v >> 32));
    u32(quint32(v));
}

void Writer::fixed(QByteArrayView bytes)
{
    m_out.append(bytes.data(), bytes.size());
    const qsizetype pad = (4 - bytes.size() % 4) % 4;
    m_out.append(pad, '\0');
}

void Writer::variable(QByteArrayView bytes)
{
    u32(quint32(bytes.size()));
    fixed(bytes);
}

} // namespace fb::xdr
