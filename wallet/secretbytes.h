// SecretBytes: key material in libsodium-guarded memory (sodium_malloc, mlock'ed, guard pages),
// zeroed on destruction. Move-only, no QDebug streaming, no implicit conversion to QByteArray.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace fb {

class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    // Copies the bytes; the caller should wipe its own copy (see wipe()).
    static SecretBytes fromBytes(QByteArrayView bytes);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
    }
    SecretBytes copy() const { return fromBytes(view()); }
    bool operator==(const SecretBytes &other) const;

    void clear();

    // Zeroes a temporary buffer that held secret bytes (sodium_memzero).
    static void wipe(QByteArray &bytes);
    static void wipe(QString &text);

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

// Must run once before any SecretBytes is created (sodium_init). Safe to call repeatedly.
bool initSodium();

} // namespace fb
