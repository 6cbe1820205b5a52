#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace als {

// One guide per user at a time, so that a second start can neither end a desk nor open a window beside it. The
// first run holds a lock file and listens on a local socket, both in the user's own runtime folder; a later run
// finds the lock held, asks the first to come to the front through the socket, and goes. A lock left by a run that
// crashed is taken over.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Claim {
        First,        // this run is the only one: it holds the lock and listens
        AlreadyRunning,  // another run holds the lock; it has been asked to come forward (if it answered)
        Unguarded,    // the lock could not be made (no writable folder): this run goes on, unguarded
    };

    // directory: where the lock and the socket live (defaultDirectory() in use); name: their base name.
    SingleInstance(const QString &directory, const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The user's runtime folder (XDG_RUNTIME_DIR, owner-only), else the app's data folder.
    static QString defaultDirectory();

    Claim claim();
    // After AlreadyRunning: whether the first run took the message. After Unguarded: why there is no lock.
    bool reachedFirst() const { return m_reached; }
    QString errorString() const { return m_error; }
    QString lockPath() const;
    QString serverName() const;

Q_SIGNALS:
    // In the first run: a later one was started and wants the window in front.
    void activationRequested();

private:
    void listen();

    QString m_directory;
    QString m_name;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
    bool m_reached = false;
    QString m_error;
};

} // namespace als
