#pragma once

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QWidget;

namespace als {

class RequestStore;
class StorageWorker;

// The staff passphrase check in front of the inbox and of leaving desk mode. The first use sets the passphrase;
// after that a wrong one costs a growing wait (1, 2, 4 … 60 s, decided by StaffAuth) before the next try, counted in
// the database so that it holds across desks and restarts.
//
// The database is asked on a StorageWorker of the gate's own, and hashing and checking the passphrase run there too:
// while it answers, the windows keep painting and their timers run (a desk's idle clearing included), and only
// keyboard and mouse input waits, so that nothing is typed into a window behind the question.
class StaffGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffGate)

public:
    explicit StaffGate(QObject *parent = nullptr);
    ~StaffGate() override;

    // Where the passphrase is kept (not owned): the gate's worker is set up like it, at its first question.
    void setStore(RequestStore *store);
    // At a desk in desk mode a visitor stands at the keyboard: a first passphrase can never be set there.
    void setFirstUseAllowed(bool allowed) { m_firstUseAllowed = allowed; }
    // Asks for the passphrase (or, the first time, for a new one) and says whether it was right.
    bool authorize(QWidget *parent);
    // Before desk mode starts: true if a passphrase is set, or if staff set one now (asked whatever
    // setFirstUseAllowed() says, since desk mode has not begun). A desk without one could never be left.
    bool ensurePassphrase(QWidget *parent);
    QString lastMessage() const { return m_message; }
    // For tests: pretend the wait after a failure is over.
    void forgetWait() { m_ignoreWait = true; }

private:
    struct Stored;
    // The stored hash (empty: none set yet) with the failures counted so far, or nothing when the database cannot
    // say, which has been told.
    std::optional<Stored> stored(QWidget *parent);
    bool setFirstPassphrase(QWidget *parent);
    // Runs `job` on the gate's worker and returns its result with the store's error, handling only events that are
    // not input meanwhile.
    template<typename Job> auto onStorage(Job job);

    RequestStore *m_store = nullptr;
    std::unique_ptr<StorageWorker> m_storage;
    bool m_waiting = false;  // a question to the database is waiting for its answer (see onStorage())
    bool m_firstUseAllowed = true;
    bool m_ignoreWait = false;
    QString m_message;
};

} // namespace als
