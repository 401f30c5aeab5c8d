#include "wallet/secretbytes.h"

#include <QString>

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace fb {

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecretBytes::SecretBytes(std::size_t size)
{
    initSodium();
    if (size == 0)
        return;
    m_data = static_cast<std::uint8_t *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecretBytes SecretBytes::fromBytes(QByteArrayView bytes)
{
    SecretBytes s(std::size_t(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(s.m_data, bytes.data(), std::size_t(bytes.size()));
    return s;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

bool SecretBytes::operator==(const SecretBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecretBytes::clear()
{
    if (m_data) {
        sodium_free(m_data); // zeroes before freeing
        m_data = nullptr;
    }
    m_size = 0;
}

void SecretBytes::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void SecretBytes::wipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace fb
