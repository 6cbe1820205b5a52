#pragma once

#include <QDateTime>
#include <QObject>

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
    // Asks for the passphrase (or, the first time, for a new one) and says whether it was right.
    bool authorize(QWidget *parent);
    QString lastMessage() const { return m_message; }
    // For tests: pretend the wait after a failure is over.
    void forgetWait() { m_notBefore = {}; }

private:
    bool setFirstPassphrase(QWidget *parent);

    RequestStore *m_store = nullptr;
    QDateTime m_notBefore;
    QString m_message;
};

} // namespace als
