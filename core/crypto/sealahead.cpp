#include "sealahead.h"

#include "seal.h"
#include "secret.h"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace tandem {

// The value-independent half of one crypto_box_seal: an ephemeral key pair's public key, the
// nonce derived from it and the recipient's key (as libsodium derives it), and the shared key.
struct SealAhead::Prepared {
    std::array<unsigned char, crypto_box_PUBLICKEYBYTES> ephemeral{};
    std::array<unsigned char, crypto_box_NONCEBYTES> nonce{};
    std::array<unsigned char, crypto_box_BEFORENMBYTES> shared{};
    bool ok = false; // false: the recipient's key takes no shared key (a key of low order)
    Prepared() = default;
    Prepared(const Prepared&) = delete;
    Prepared& operator=(const Prepared&) = delete;
    ~Prepared() { sodium_memzero(shared.data(), shared.size()); }
};

void SealAhead::prepare(const QByteArray& publicKey, Prepared& p)
{
    const auto* recipient = reinterpret_cast<const unsigned char*>(publicKey.constData());
    std::array<unsigned char, crypto_box_SECRETKEYBYTES> secret{};
    crypto_box_keypair(p.ephemeral.data(), secret.data());
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, p.nonce.size());
    crypto_generichash_update(&state, p.ephemeral.data(), p.ephemeral.size());
    crypto_generichash_update(&state, recipient, crypto_box_PUBLICKEYBYTES);
    crypto_generichash_final(&state, p.nonce.data(), p.nonce.size());
    p.ok = crypto_box_beforenm(p.shared.data(), recipient, secret.data()) == 0;
    sodium_memzero(secret.data(), secret.size());
}

SealAhead::SealAhead(const QByteArray& publicKey, int depth)
    : m_publicKey(publicKey), m_depth(std::size_t(std::max(1, depth)))
{
    initSodium();
    if (m_publicKey.size() == qsizetype(crypto_box_PUBLICKEYBYTES))
        m_thread = std::thread([this] { run(); });
}

SealAhead::~SealAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wanted.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SealAhead::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wanted.wait(lock, [this] { return m_stopping || m_ready.size() < m_depth; });
        if (m_stopping)
            return;
        lock.unlock();
        auto prepared = std::make_unique<Prepared>();
        prepare(m_publicKey, *prepared);
        lock.lock();
        m_ready.push_back(std::move(prepared));
    }
}

QByteArray SealAhead::seal(const QByteArray& plain)
{
    std::unique_ptr<Prepared> prepared;
    {
        std::lock_guard lock(m_mutex);
        if (!m_ready.empty()) {
            prepared = std::move(m_ready.front());
            m_ready.pop_front();
        }
    }
    m_wanted.notify_one();
    if (!prepared) {
        prepared = std::make_unique<Prepared>();
        prepare(m_publicKey, *prepared);
    }
    if (!prepared->ok)
        return sealTo(plain, m_publicKey); // as crypto_box_seal does with such a key
    // crypto_box_seal's layout: the ephemeral public key, then the boxed value.
    QByteArray out(qsizetype(crypto_box_PUBLICKEYBYTES) + plain.size() + qsizetype(crypto_box_MACBYTES), Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    std::copy(prepared->ephemeral.begin(), prepared->ephemeral.end(), o);
    crypto_box_easy_afternm(o + crypto_box_PUBLICKEYBYTES, reinterpret_cast<const unsigned char*>(plain.constData()),
                            std::size_t(plain.size()), prepared->nonce.data(), prepared->shared.data());
    return out;
}

} // namespace tandem
