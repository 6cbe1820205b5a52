#include "SingleInstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace als {

Q_LOGGING_CATEGORY(lcInstance, "als.instance")

namespace {

// What a later run says to the first; anything else on the socket is ignored.
constexpr char kActivate[] = "activate\n";
constexpr int kAnswerMs = 2000;

} // namespace

SingleInstance::SingleInstance(const QString &directory, const QString &name, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_name(name)
    , m_lock(QDir(directory).filePath(name + QStringLiteral(".lock")))
{
    // Never stale by age: a guide left open at a desk for weeks still holds it. A lock whose process is gone is
    // stale all the same (QLockFile checks the process id), which is how a crashed run's lock is taken over.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::defaultDirectory()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return !runtime.isEmpty() ? runtime : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString SingleInstance::lockPath() const
{
    return QDir(m_directory).filePath(m_name + QStringLiteral(".lock"));
}

QString SingleInstance::serverName() const
{
    // A full path, not a bare name: the socket then lives in the user's own folder, never in a shared /tmp.
    return QDir(m_directory).filePath(m_name + QStringLiteral(".socket"));
}

SingleInstance::Claim SingleInstance::claim()
{
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory)) {
        m_error = QStringLiteral("no folder for the lock file (%1)").arg(m_directory);
        return Claim::Unguarded;
    }
    if (m_lock.tryLock(0)) {
        listen();
        return Claim::First;
    }
    if (m_lock.error() != QLockFile::LockFailedError) {
        m_error = QStringLiteral("cannot write %1").arg(lockPath());
        return Claim::Unguarded;
    }
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (socket.waitForConnected(kAnswerMs)) {
        socket.write(kActivate);
        m_reached = socket.waitForBytesWritten(kAnswerMs);
        socket.disconnectFromServer();
        if (socket.state() != QLocalSocket::UnconnectedState)
            socket.waitForDisconnected(kAnswerMs);
    }
    return Claim::AlreadyRunning;
}

void SingleInstance::listen()
{
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock: a socket file still there was left by a run that ended without removing it.
    QLocalServer::removeServer(serverName());
    if (!m_server->listen(serverName())) {
        // The guard still holds through the lock; only bringing this window forward from a later start is lost.
        qCWarning(lcInstance) << "cannot listen on" << serverName() << m_server->errorString();
        return;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->canReadLine() && socket->readLine() == kActivate)
                    Q_EMIT activationRequested();
            });
        }
    });
}

} // namespace als
