#include "StorageWorker.h"

#include <QThread>

#include <algorithm>

namespace als {

StorageWorker::StorageWorker(const RequestStore &like, QObject *parent)
    : QObject(parent)
    , m_location(like.location())
    , m_timeouts(like.timeouts())
    , m_unusable(like.unusable())
    , m_role(like.role())
{
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("storage"));
    m_thread->start();
    // SQLite bounds its own waits (busy_timeout): only a server can go silent.
    if (m_location.kind == DatabaseLocation::Kind::Postgres)
        m_watchdog = std::thread([this] { watch(); });
}

StorageWorker::~StorageWorker()
{
    {
        const std::lock_guard lock(m_lock);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    {
        const std::lock_guard lock(m_lock);
        m_finished = true;
    }
    m_wake.notify_all();
    if (m_watchdog.joinable())
        m_watchdog.join();
}

int StorageWorker::watchdogMs(bool opening) const
{
    // A statement ends by the server's statement_timeout; the margin covers the round trips around it. Opening
    // may take as long as connecting and a schema upgrade waiting for other desks.
    const int margin = std::max(1000, m_timeouts.statementMs / 2);
    int limit = m_timeouts.statementMs + margin;
    if (opening)
        limit += m_timeouts.connectSeconds * 1000 + m_timeouts.upgradeLockMs;
    return limit;
}

void StorageWorker::enqueue(Task task)
{
    if (++m_pending == 1)
        Q_EMIT busyChanged(true);
    {
        const std::lock_guard lock(m_lock);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_all();
}

void StorageWorker::deliver(std::function<void()> delivery)
{
    // `this` outlives the worker's thread (the destructor waits for it); a delivery still queued when the worker
    // is destroyed is dropped with it.
    QMetaObject::invokeMethod(
        this,
        [this, delivery = std::move(delivery)] {
            delivery();
            delivered();
        },
        Qt::QueuedConnection);
}

void StorageWorker::delivered()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

bool StorageWorker::waitForJobs(int timeoutMs)
{
    std::unique_lock lock(m_lock);
    return m_wake.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                           [this] { return m_tasks.empty() && !m_running; });
}

void StorageWorker::work()
{
    RequestStore store;
    store.setLocation(m_location);
    store.setTimeouts(m_timeouts);
    // A desk's worker takes the desk's ways (its own request read back through the desk's function) and is checked
    // for what a desk needs; the inbox's, what staff need.
    store.setRole(m_role);
    // Each operation of a job (a page of an export, a reconnection after a restart) gets its own time.
    store.setHeartbeat([this](bool opening) {
        {
            const std::lock_guard lock(m_lock);
            m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(watchdogMs(opening));
        }
        m_wake.notify_all();
    });
    if (!m_unusable.isEmpty())
        store.setUnusable(m_unusable);
    {
        const std::lock_guard lock(m_lock);
        m_store = &store;
    }
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_lock);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                break;  // stopping, and every job queued before has run
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
            m_running = true;
            m_broken = false;
            ++m_jobNumber;
            m_deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(watchdogMs(!store.isOpen()));
        }
        m_wake.notify_all();
        task(store);
        bool broken = false;
        {
            const std::lock_guard lock(m_lock);
            m_running = false;
            broken = m_broken;
        }
        // A connection the watchdog broke is not used again, even if the job finished just before it struck: the
        // next job connects afresh.
        // A connection the watchdog broke, or one the server dropped (libpq has then closed its socket, whose
        // number another connection may soon be given), is closed after its job: the watchdog must never break a
        // number that is no longer this store's, and the next job connects afresh.
        if (broken || store.lastError().kind == RequestStore::ErrorKind::NotAnswering
            || store.lastError().kind == RequestStore::ErrorKind::Unreachable)
            store.close();
        m_wake.notify_all();
    }
    const std::lock_guard lock(m_lock);
    m_store = nullptr;
}

void StorageWorker::watch()
{
    std::unique_lock lock(m_lock);
    while (!m_finished) {
        if (!m_running) {
            m_wake.wait(lock);
            continue;
        }
        const quint64 job = m_jobNumber;
        const auto sameJob = [this, job] { return m_running && m_jobNumber == job && !m_finished; };
        // The deadline moves on as each operation of the job starts (RequestStore::setHeartbeat).
        while (sameJob() && std::chrono::steady_clock::now() < m_deadline)
            m_wake.wait_until(lock, m_deadline);
        if (!sameJob())
            continue;
        // The same job, past its time: the server is not answering.
        if (m_store)
            m_broken = m_store->interrupt();
        m_wake.wait(lock, [&] { return !sameJob(); });
    }
}

}  // namespace als
