#include "secret.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace tandem {

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
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, size);
}

SecretBytes SecretBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecretBytes s = copyOf(reinterpret_cast<const unsigned char*>(utf8.constData()), std::size_t(utf8.size()));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return s;
}

SecretBytes SecretBytes::copyOf(const unsigned char* data, std::size_t size)
{
    SecretBytes s(size);
    if (size)
        std::memcpy(s.m_data, data, size);
    return s;
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data);
}

bool SecretBytes::operator==(const SecretBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace tandem
