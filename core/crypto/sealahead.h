#pragma once

#include <QByteArray>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace tandem {

// crypto_box_seal to one public key, with its costly half done ahead on a thread of its own.
//
// A sealed value is an ephemeral public key followed by the value boxed with the key it shares
// with the recipient. Making that shared key (two X25519 operations) is nearly all the cost, and
// it does not depend on the value: this makes them ahead, each used for exactly one value and
// wiped after. What seal() returns is crypto_box_seal's format, byte for byte as it lays it out,
// and crypto_box_seal_open opens it. Used where many values are sealed in a row (the demo: its
// survivors' identities were a fifth of its work), so that the second core takes that fifth.
class SealAhead {
public:
    // `publicKey`: the recipient's X25519 key (32 bytes); `depth`: how many shared keys to keep
    // ready.
    explicit SealAhead(const QByteArray& publicKey, int depth = 256);
    ~SealAhead(); // stops the thread and wipes the keys not used
    SealAhead(const SealAhead&) = delete;
    SealAhead& operator=(const SealAhead&) = delete;

    const QByteArray& publicKey() const { return m_publicKey; }
    // `plain` sealed to publicKey(): with a key made ahead, or made now when none is ready.
    QByteArray seal(const QByteArray& plain);

private:
    struct Prepared;
    static void prepare(const QByteArray& publicKey, Prepared& into);
    void run();

    const QByteArray m_publicKey;
    const std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_wanted;
    std::deque<std::unique_ptr<Prepared>> m_ready;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace tandem
