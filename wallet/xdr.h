// XDR (RFC 4506) reading and writing, as Stellar's wire format uses it: big-endian 4-byte
// units, padded opaques, bounded variable-length arrays. The reader never reads past the end
// and remembers the first error with its byte offset.
#pragma once

#include <QByteArray>
#include <QString>

namespace fb::xdr {

class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {}

    quint32 u32(const char *what);
    qint32 i32(const char *what) { return qint32(u32(what)); }
    quint64 u64(const char *what);
    qint64 i64(const char *what) { return qint64(u64(what)); }
    bool boolean(const char *what);
    QByteArray fixed(qsizetype n, const char *what);
    QByteArray variable(quint32 max, const char *what);
    // Array length, checked against max.
    quint32 count(quint32 max, const char *what);

    void fail(const QString &message);
    bool ok() const { return m_error.isEmpty(); }
    bool atEnd() const { return m_pos == m_data.size(); }
    qsizetype pos() const { return m_pos; }
    QByteArrayView slice(qsizetype from, qsizetype to) const
    {
        return m_data.sliced(from, to - from);
    }
    const QString &error() const { return m_error; }

private:
    bool need(qsizetype n, const char *what);
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    QString m_error;
};

class Writer
{
public:
    void u32(quint32 v);
    void i32(qint32 v) { u32(quint32(v)); }
    void u64(quint64 v);
    void i64(qint64 v) { u64(quint64(v)); }
    void boolean(bool v) { u32(v ? 1 : 0); }
    void fixed(QByteArrayView bytes); // pads to 4
    void variable(QByteArrayView bytes);
    void raw(QByteArrayView bytes) { m_out.append(bytes.data(), bytes.size()); }
    const QByteArray &bytes() const { return m_out; }

private:
    QByteArray m_out;
};

} // namespace fb::xdr
