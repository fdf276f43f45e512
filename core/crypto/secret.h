#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace tandem {

// A buffer for secrets (secret keys, passphrases, file keys): allocated with sodium_malloc, so it
// sits between guard pages, is locked out of swap where the system allows, and is wiped when
// freed. Move-only: a secret has exactly one owner.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    static SecretBytes fromUtf8(const QString& text); // a passphrase typed by a person
    static SecretBytes copyOf(const unsigned char* data, std::size_t size);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes();

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Constant-time comparison.
    bool operator==(const SecretBytes& other) const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// libsodium must be initialised once before use; every crypto entry point calls this.
bool initSodium();

} // namespace tandem
