#pragma once

#include <QDateTime>
#include <QObject>

#include <optional>

class QWidget;

namespace als {

class RequestStore;

// The staff passphrase check in front of the inbox and of leaving desk mode. The first use sets the passphrase;
// after that a wrong one costs a growing wait (1, 2, 4 … 60 s) before the next try, counted in the database so
// that it holds across desks and restarts.
class StaffGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffGate)

public:
    explicit StaffGate(QObject *parent = nullptr);

    void setStore(RequestStore *store) { m_store = store; }
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
    // The stored hash (empty: none set yet), or nothing when the database cannot say, which has been told.
    std::optional<QString> storedHash(QWidget *parent);
    bool setFirstPassphrase(QWidget *parent);

    RequestStore *m_store = nullptr;
    bool m_firstUseAllowed = true;
    bool m_ignoreWait = false;
    QString m_message;
};

} // namespace als
