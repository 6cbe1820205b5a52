#pragma once

#include "RequestStore.h"

#include <QObject>
#include <QPointer>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <type_traits>

class QThread;

namespace als {

// The storage of a window, off its thread: whatever the database does (SQLite waiting for another desk's write,
// a PostgreSQL server gone silent), the window keeps painting and the desk keeps clearing a visitor's text.
//
// A thread of its own owns a RequestStore of its own (its own connection, opened on that thread: a QSqlDatabase
// connection belongs to one thread). The store is set up like the one given to the constructor (location,
// timeouts, an unusable setting), never opened by the worker itself: a job opens it when it needs it.
//
//     worker.run(this,                                              // the context: a QObject of the GUI thread
//                [request](RequestStore &store) {                   // runs on the worker's thread
//                    return store.isOpen() || store.open(store.location()) ? store.submit(request)
//                                                                          : std::nullopt;
//                },
//                [this](std::optional<StoredRequest> stored, const RequestStore::Error &error) {  // GUI thread
//                    stored ? showReceipt(*stored) : showStorageError(error);
//                });
//
// - The job is any callable taking RequestStore& and returning T (copyable; void allowed). It must not touch
//   widgets or anything else of the GUI thread: copy what it needs into it (anything it refers to must outlive
//   the worker, which may still run it while being destroyed).
// - The result comes back with the error the store reported during that job (lastError() is cleared before each
//   job; kind None if it reported none), through the GUI thread's event loop, to `done(T, error)`, or to
//   `done(error)` for a void job. If the context was destroyed meanwhile, nothing is called (the job still ran:
//   a request sent is stored even if the form that sent it is gone).
// - Jobs run one at a time in the order run() was called, and their results arrive in the same order.
// - Watchdog (PostgreSQL): a job that runs longer than the statement timeout plus a margin (plus the connect and
//   upgrade waits if it had to open the store) has its connection broken (RequestStore::interrupt()): it fails
//   with ErrorKind::NotAnswering, and the store is closed, so the next job connects again.
// - Destroying the worker runs the jobs already queued (an acknowledged Send is never dropped), then stops; their
//   results are no longer delivered.
class StorageWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageWorker)

public:
    // like: the store whose location, timeouts, role and unusable setting the worker's own store takes (not kept).
    explicit StorageWorker(const RequestStore &like, QObject *parent = nullptr);
    ~StorageWorker() override;

    template<typename Job, typename Done> void run(QObject *context, Job job, Done done);

    // Where the worker's store keeps the requests (as given to the constructor; jobs never change it).
    const DatabaseLocation &location() const { return m_location; }
    const RequestStore::Timeouts &timeouts() const { return m_timeouts; }
    // Jobs queued or running, or whose result has not been delivered yet.
    int pending() const { return m_pending; }
    // Blocks the calling thread until every job queued so far has run (their results still wait for the event
    // loop). False if that took longer than timeoutMs. For shutting down and for tests, never for a window.
    bool waitForJobs(int timeoutMs);
    // How long a job may run before the watchdog breaks its connection (PostgreSQL; see above).
    int watchdogMs(bool opening) const;

Q_SIGNALS:
    // pending() went from 0 to more, or back to 0.
    void busyChanged(bool busy);

private:
    using Task = std::function<void(RequestStore &)>;
    void enqueue(Task task);
    // From the worker's thread: calls `delivery` on the GUI thread's event loop (dropped if the worker is gone).
    void deliver(std::function<void()> delivery);
    void delivered();
    void work();
    void watch();

    const DatabaseLocation m_location;
    const RequestStore::Timeouts m_timeouts;
    const QString m_unusable;
    const RequestStore::Role m_role;
    int m_pending = 0;  // GUI thread only

    std::mutex m_lock;
    std::condition_variable m_wake;  // a task queued, the worker stopping, a job started or ended
    std::deque<Task> m_tasks;
    bool m_stopping = false;
    bool m_finished = false;  // the worker's thread has ended: the watchdog ends too
    bool m_running = false;   // a job is running
    bool m_broken = false;    // the watchdog broke the connection of the job running (or that ran last)
    quint64 m_jobNumber = 0;  // counts jobs started, so that the watchdog knows one job from the next
    std::chrono::steady_clock::time_point m_deadline;
    RequestStore *m_store = nullptr;  // lives on the worker's thread; only interrupt() is called from elsewhere
    QThread *m_thread = nullptr;
    std::thread m_watchdog;
};

template<typename Job, typename Done> void StorageWorker::run(QObject *context, Job job, Done done)
{
    using T = std::invoke_result_t<Job &, RequestStore &>;
    // Made and read on the GUI thread only; the worker's thread just carries it along.
    QPointer<QObject> guard(context);
    enqueue([this, guard, job = std::move(job), done = std::move(done)](RequestStore &store) mutable {
        store.clearError();
        if constexpr (std::is_void_v<T>) {
            job(store);
            deliver([guard, done, error = store.lastError()]() mutable {
                if (guard)
                    done(error);
            });
        } else {
            T result = job(store);
            deliver([guard, done, result = std::move(result), error = store.lastError()]() mutable {
                if (guard)
                    done(std::move(result), error);
            });
        }
    });
}

}  // namespace als
