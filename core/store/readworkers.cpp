#include "readworkers.h"

#include "store.h"

namespace tandem {

ReadWorkers::ReadWorkers(const Store& store, bool second, SetUp setUp)
    : m_store(store)
    , m_setUp(std::move(setUp))
    , m_opening(second)
{
    if (second)
        m_thread = std::thread([this] { secondConnection(); });
}

ReadWorkers::~ReadWorkers()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
}

Result<void> ReadWorkers::run(std::vector<Task> tasks)
{
    auto batch = std::make_shared<Batch>();
    batch->tasks = std::move(tasks);
    batch->unfinished = batch->tasks.size();
    {
        // Both from the first task on (a few milliseconds to open the file's second connection,
        // against tens for the tasks).
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_opening; });
        m_batch = batch;
    }
    m_changed.notify_all();
    take(*batch, m_store);
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return batch->unfinished == 0; });
    if (batch->failure)
        return *batch->failure;
    return {};
}

void ReadWorkers::take(Batch& batch, const Store& store)
{
    for (size_t task; (task = batch.next.fetch_add(1)) < batch.tasks.size();) {
        Result<void> r = m_stop ? Result<void>() : batch.tasks[task](store, m_stop);
        {
            std::lock_guard lock(m_mutex);
            if (!r && !batch.failure) {
                batch.failure = r.error();
                m_stop = true;
            }
            --batch.unfinished;
        }
        m_changed.notify_all();
    }
}

void ReadWorkers::secondConnection()
{
    // One that cannot be opened (or set up) takes no task: the first connection does them all.
    Result<std::unique_ptr<Store>> other = Store::open(m_store.path(), Store::Access::ReadOnly);
    const bool ready = other && (!m_setUp || m_setUp(**other));
    std::unique_lock lock(m_mutex);
    m_opening = false;
    m_changed.notify_all();
    if (!ready)
        return;
    std::shared_ptr<Batch> done;
    for (;;) {
        m_changed.wait(lock, [&] { return m_quit || m_batch != done; });
        if (m_quit)
            return;
        done = m_batch;
        lock.unlock();
        take(*done, **other);
        lock.lock();
    }
}

} // namespace tandem
