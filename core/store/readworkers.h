#pragma once

#include "util/result.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tandem {

class Store;

// Read-only tasks that need no other's result, done by the caller's connection and, when asked
// for, by a second read-only connection to the same file on a thread of its own: each connection
// takes the next task not yet taken. The dashboard's figures and a merge's checks of a large
// payload share two cores this way.
//
// The second connection sees the file as last committed: never use it while the caller's
// connection is inside a transaction whose changes the tasks must see.
class ReadWorkers {
public:
    using Task = std::function<Result<void>(const Store&, const std::atomic<bool>& stop)>;
    // Prepares the second connection before it takes a task (attaches what the tasks read, ...);
    // one that fails takes no task, and the caller's connection does them all.
    using SetUp = std::function<Result<void>(Store&)>;

    ReadWorkers(const Store& store, bool second, SetUp setUp = {});
    ~ReadWorkers();
    ReadWorkers(const ReadWorkers&) = delete;
    ReadWorkers& operator=(const ReadWorkers&) = delete;

    // Runs every task and returns when all are done: the first failure, if any (the tasks not yet
    // begun then are not run, and those running are told to stop).
    Result<void> run(std::vector<Task> tasks);

private:
    struct Batch {
        std::vector<Task> tasks;
        std::atomic<size_t> next{0};
        size_t unfinished = 0;        // under m_mutex
        std::optional<Error> failure; // under m_mutex
    };

    void take(Batch& batch, const Store& store);
    void secondConnection();

    const Store& m_store;
    SetUp m_setUp;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::shared_ptr<Batch> m_batch; // under m_mutex
    bool m_opening = false;         // the second connection is being opened; under m_mutex
    bool m_quit = false;            // under m_mutex
    std::atomic<bool> m_stop{false};
};

} // namespace tandem
