#include "RequestStore.h"

#include "Clock.h"
#include "DamagedFile.h"
#include "ExportTarget.h"
#include "PassphraseStore.h"
#include "RequestColumns.h"
#include "RequestSchema.h"
#include "StoredTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QThread>
#include <QUuid>

#include <dlfcn.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>

Q_LOGGING_CATEGORY(lcStore, "als.store")

namespace als {

namespace {

// Text as the database returned it: a string, or (PostgreSQL, see readText) its UTF-8 bytes, decoded so that a
// leading U+FEFF stays the character it is instead of being dropped as a byte order mark.
QString textFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() != QMetaType::QByteArray)
        return value.toString();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(value.toByteArray());
}

void setFrom(const RequestColumn &column, StoredRequest &s, const QVariant &value)
{
    if (column.text)
        s.request.*column.text = textFrom(value);
    else
        column.set(s, value);
}

// PostgreSQL, for the one query of a page while it lives: without the text's index in the query the planner could
// still scan the whole table and sort it; here it may only walk the time index, newest first, and stops at the end
// of the page. (A transaction, so that the settings end with it; the rows are read before it ends.)
class NewestFirstWalk
{
public:
    NewestFirstWalk(QSqlDatabase database, bool on)
        : m_database(std::move(database))
        , m_on(on && m_database.transaction())
    {
        if (!m_on)
            return;
        QSqlQuery set(m_database);
        set.exec(QStringLiteral("SET LOCAL enable_bitmapscan = off"));
        set.exec(QStringLiteral("SET LOCAL enable_seqscan = off"));
    }
    ~NewestFirstWalk()
    {
        if (m_on)
            m_database.commit();
    }
    NewestFirstWalk(const NewestFirstWalk &) = delete;
    NewestFirstWalk &operator=(const NewestFirstWalk &) = delete;

private:
    QSqlDatabase m_database;
    bool m_on;
};

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

} // namespace

// --- RequestStore -------------------------------------------------------------------------------------------------

RequestStore::RequestStore()
    : m_connection(QStringLiteral("requests-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RequestStore::~RequestStore()
{
    close();
}

int RequestStore::currentSchemaVersion()
{
    return RequestSchema::currentSchemaVersion();
}

int RequestStore::schemaVersion() const
{
    return RequestSchema::schemaVersion(database());
}

bool RequestStore::migrate()
{
    return RequestSchema(*this).migrate();
}

QSqlDatabase RequestStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool RequestStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

void RequestStore::close()
{
    m_insertRequest.reset();
    m_insertHistory.reset();
    m_privileges = {};
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        const std::lock_guard lock(m_socketLock);
        m_socket = -1;
        m_interrupted = false;  // what the watchdog broke is gone with it; the next failure is the next one's own
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool RequestStore::interrupt()
{
    const std::lock_guard lock(m_socketLock);
    if (m_socket < 0)
        return false;
    m_interrupted = true;
    qCWarning(lcStore) << "the database server stopped answering: breaking the connection";
    return ::shutdown(m_socket, SHUT_RDWR) == 0;
}

bool RequestStore::connectionLost() const
{
    return !isSqlite() && m_error.kind == ErrorKind::Unreachable;
}

namespace {

// The socket of a libpq connection (libpq's PQsocket), -1 if it cannot be known. libpq is not linked to the program:
// it is the library QPSQL's plugin brings along, already loaded whenever there is a connection to ask about, and
// found here without loading anything (RTLD_NOLOAD). A program that never speaks to a server never loads libpq and
// the twenty libraries it needs (TLS, Kerberos, LDAP), which would cost every start of the guide.
int connectionSocket(void *connection)
{
    using Socket = int (*)(const void *);
    static const Socket socketOf = [] {
        void *libpq = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
        return libpq ? reinterpret_cast<Socket>(dlsym(libpq, "PQsocket")) : nullptr;
    }();
    return socketOf && connection ? socketOf(connection) : -1;
}

}  // namespace

template<typename Run> auto RequestStore::retriedAfterLostConnection(Run run) -> decltype(run())
{
    m_error = {};
    const bool wasOpen = isOpen();
    if (m_heartbeat)
        m_heartbeat(false);
    auto result = run();
    if (!wasOpen || !connectionLost())
        return result;
    qCInfo(lcStore) << "connection lost; connecting again to try once more";
    if (!open(m_location))
        return result;
    return run();
}

bool RequestStore::fail(ErrorKind kind, const QString &message)
{
    m_error = {kind, message, isSqlite() ? m_location.path : QString()};
    // Only the kind goes to the log: a database's own text can quote the row it refused, health data included.
    qCWarning(lcStore) << "storage error of kind" << int(kind);
    return false;
}

bool RequestStore::failFrom(const QSqlError &error, const QString &doing)
{
    const QString where = m_location.displayName();
    const QString code = error.nativeErrorCode();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // A server's words may name the role it was asked for: the address's user information is never shown.
    if (!m_location.user.isEmpty())
        text.replace(QLatin1Char('"') + m_location.user + QLatin1Char('"'), QLatin1String("\"***\""));
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    ErrorKind kind = ErrorKind::Other;
    QString refusal;
    if (!isSqlite() && m_interrupted.exchange(false)) {
        kind = ErrorKind::NotAnswering;
    } else if (isSqlite()) {
        switch (code.toInt() & 0xff) {
        case 8: kind = ErrorKind::ReadOnly; break;        // SQLITE_READONLY
        case 13: kind = ErrorKind::DiskFull; break;       // SQLITE_FULL
        case 5: case 6: kind = ErrorKind::Busy; break;    // SQLITE_BUSY, SQLITE_LOCKED
        case 11: case 26: kind = ErrorKind::Corrupt; break; // SQLITE_CORRUPT, SQLITE_NOTADB
        case 14: kind = ErrorKind::ReadOnly; break;       // SQLITE_CANTOPEN: no right to create or open
        default: break;
        }
        if (kind == ErrorKind::Other && text.contains(QLatin1String("readonly"), Qt::CaseInsensitive))
            kind = ErrorKind::ReadOnly;
    } else {
        // libpq gives no error code for a refused connection, only its words (English under the C locale the
        // program's storage runs in; in another language such a refusal is reported as not reached, with them).
        const auto says = [&text](const char *words) {
            return text.contains(QLatin1String(words), Qt::CaseInsensitive);
        };
        if (says("SSL was required") || says("server does not support SSL")) {
            refusal = QCoreApplication::translate("RequestStore",
                                                  "%1 failed: the database server %2 does not offer an encrypted "
                                                  "connection (SSL), but the address requires one (sslmode=%3).")
                          .arg(doing, where,
                               m_location.option(QStringLiteral("sslmode")).isEmpty()
                                   ? QStringLiteral("require")
                                   : m_location.option(QStringLiteral("sslmode")));
        } else if (says("certificate") || says("SSL error")) {
            refusal = QCoreApplication::translate(
                          "RequestStore",
                          "%1 failed: the encrypted connection to the database server %2 could not be checked (%3).")
                          .arg(doing, where, firstLine);
        } else if (code == QLatin1String("3D000") || (says("database \"") && says("does not exist"))) {
            refusal = QCoreApplication::translate(
                          "RequestStore",
                          "%1 failed: the database server %2 answered, but it has no database named %3.")
                          .arg(doing, where, m_location.database);
        } else if (says("role \"") && says("does not exist")) {
            refusal = QCoreApplication::translate("RequestStore",
                                                  "%1 failed: the database server %2 answered, but the user name in "
                                                  "the address is not a role on it.")
                          .arg(doing, where);
        } else if (code == QLatin1String("28000") || code == QLatin1String("28P01") || says("authentication failed")
                   || says("no pg_hba.conf entry") || says("no password supplied")) {
            refusal = QCoreApplication::translate(
                          "RequestStore",
                          "%1 failed: the database server %2 answered, but did not let this desk sign in (%3).")
                          .arg(doing, where, firstLine);
        } else if (code == QLatin1String("42501")) {
            // The server's words name what was refused ("permission denied for table audit").
            refusal = QCoreApplication::translate("RequestStore",
                                                  "%1 failed: the database role this program signs in as is not "
                                                  "allowed to do this (%2). Ask the clinic's IT to grant it the role "
                                                  "als_desk (a desk) or als_staff (the staff inbox).")
                          .arg(doing, firstLine);
        }
        if (!refusal.isEmpty())
            kind = ErrorKind::Refused;
        else if (code == QLatin1String("53100"))
            kind = ErrorKind::DiskFull;
        else if (code == QLatin1String("25006"))
            kind = ErrorKind::ReadOnly;
        else if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03")
                 || code == QLatin1String("57014"))
            kind = ErrorKind::Busy;  // 55P03: lock_timeout, 57014: statement_timeout
        else if (code.isEmpty() || code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P0"))
                 || code == QLatin1String("53300") || error.type() == QSqlError::ConnectionError)
            kind = ErrorKind::Unreachable;
    }
    QString message;
    switch (kind) {
    case ErrorKind::ReadOnly:
        message = QCoreApplication::translate("RequestStore", "%1 failed: the database %2 cannot be written to (it is read-only).").arg(doing, where);
        break;
    case ErrorKind::DiskFull:
        message = QCoreApplication::translate("RequestStore", "%1 failed: the disk that holds the database %2 is full.").arg(doing, where);
        break;
    case ErrorKind::Busy:
        message = QCoreApplication::translate("RequestStore", "%1 failed: the database %2 stayed busy with another desk for too long.").arg(doing, where);
        break;
    case ErrorKind::Corrupt:
        message = QCoreApplication::translate("RequestStore", "%1 failed: the database file %2 is damaged.").arg(doing, where);
        break;
    case ErrorKind::Unreachable:
        message = QCoreApplication::translate("RequestStore",
                                              "%1 failed: the database server %2 cannot be reached (%3).")
                      .arg(doing, where, firstLine);
        break;
    case ErrorKind::Refused:
        message = refusal;
        break;
    case ErrorKind::NotAnswering:
        message = QCoreApplication::translate("RequestStore",
                                              "%1 failed: the database server %2 is not answering (the connection "
                                              "is open, but no reply came). Please try again in a moment.")
                      .arg(doing, where);
        break;
    default:
        message = QCoreApplication::translate("RequestStore", "%1 failed: the database %2 reported: %3").arg(doing, where, text);
        break;
    }
    return fail(kind, message);
}

bool RequestStore::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Preparing the database"));
    return true;
}

bool RequestStore::begin()
{
    // SQLite: take the write lock now, so that two desks queue on the busy timeout instead of failing later.
    QSqlQuery q(database());
    if (!q.exec(isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Starting to save"));
    return true;
}

bool RequestStore::commit()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Saving"));
        rollback();
        return false;
    }
    return true;
}

void RequestStore::rollback()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("ROLLBACK"));
}

bool RequestStore::isNetworkFileSystem(const QByteArray &type)
{
    static const QList<QByteArray> network{"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs",
                                           "ceph", "glusterfs", "lustre", "davfs", "ncpfs", "coda", "gfs2", "ocfs2"};
    const QByteArray t = type.toLower();
    return network.contains(t) || t.startsWith("fuse.sshfs") || t.startsWith("fuse.glusterfs")
        || t.startsWith("fuse.s3fs") || t.startsWith("fuse.rclone");
}

bool RequestStore::prepareSqliteFile()
{
    const DatabaseLocation &location = m_location;
    const QFileInfo info(location.path);
    if (info.isSymLink() && !info.exists())
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("RequestStore",
                                                "The database %1 is a link to %2, which does not exist. Correct the "
                                                "link or the database setting.")
                        .arg(location.displayName(), QDir::toNativeSeparators(info.symLinkTarget())));
    const QString dir = info.absolutePath();
    // Health data: a folder or file this program creates is the owner's alone. An existing one keeps the
    // permissions its owner gave it (a read-only file stays read-only).
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return fail(ErrorKind::ReadOnly, QCoreApplication::translate("RequestStore", "The folder %1 for the database cannot be created.").arg(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QStorageInfo storage(dir);
    if (isNetworkFileSystem(storage.fileSystemType()))
        return fail(ErrorKind::NetworkFileSystem,
                    QCoreApplication::translate("RequestStore", "The database %1 is on a network file system (%2), where SQLite can lose or damage data. "
                       "Choose a folder on this computer, or use a PostgreSQL server for several desks.")
                        .arg(location.displayName(), QString::fromLatin1(storage.fileSystemType())));

    // Desks starting together on a missing file: one creates it, the others open what it made. Creating only with
    // O_EXCL tells who made the file (and so may make it owner-only) without failing the desks that lost the race.
    const QByteArray name = QFile::encodeName(location.path);
    bool created = false;
    int fd = -1;
    for (int tries = 0; fd < 0 && tries < 100; ++tries) {
        fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            created = true;
            break;
        }
        if (errno != EEXIST)
            break;
        // Not for writing: a read-only file is opened read-only by SQLite and refused with a clearer message.
        // Non-blocking: a pipe put in its place must not hold the desk.
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0 && errno != ENOENT)
            break;  // gone again in between (moved aside by another desk): try once more
    }
    if (fd < 0) {
        const int error = errno;
        return fail(error == EACCES || error == EPERM || error == EROFS ? ErrorKind::ReadOnly : ErrorKind::Other,
                    QCoreApplication::translate("RequestStore", "The database file %1 cannot be created: %2")
                        .arg(location.displayName(), QString::fromLocal8Bit(std::strerror(error))));
    }
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return fail(ErrorKind::NotADatabase,
                    QCoreApplication::translate(
                        "RequestStore",
                        "%1 is a folder or a device, not a file: it cannot hold the requests. Choose a file name.")
                        .arg(location.displayName()));
    if (created && ::fchmod(fd, 0600) != 0)
        return fail(ErrorKind::ReadOnly,
                    QCoreApplication::translate("RequestStore", "The database file %1 cannot be created: %2")
                        .arg(location.displayName(), QString::fromLocal8Bit(std::strerror(errno))));
    // An empty file is a new database (another desk has only just created it). Anything else must be SQLite's.
    if (st.st_size > 0) {
        char header[16] = {};
        if (::pread(fd, header, sizeof header, 0) != qsizetype(sizeof header)
            || QByteArray(header, sizeof header) != kSqliteHeader)
            return fail(ErrorKind::NotADatabase,
                        QCoreApplication::translate("RequestStore",
                                                    "%1 is not a requests database: it is not a database file at all. "
                                                    "It has not been changed; choose another file.")
                            .arg(location.displayName()));
    }
    return true;
}

bool RequestStore::isOurs()
{
    // Another program's SQLite database is valid, and still not ours: one with tables but never a schema_version.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*), SUM(name = 'schema_version') FROM sqlite_master "
                               "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))
        || !q.next())
        return failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Opening the database"));
    if (q.value(0).toInt() > 0 && q.value(1).toInt() == 0)
        return fail(ErrorKind::NotADatabase,
                    QCoreApplication::translate("RequestStore",
                                                "%1 is not a requests database: it is another program's database. It "
                                                "has not been changed; choose another file.")
                        .arg(m_location.displayName()));
    return true;
}

bool RequestStore::checkAndTuneSqlite()
{
    {
        // A damaged database shows here rather than halfway through a save. Only a file with SQLite's header gets
        // this far (prepareSqliteFile), so a failure here means damage, not some other kind of file.
        QSqlQuery check(database());
        const bool ran = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next();
        if (!ran) {
            failFrom(check.lastError(), QCoreApplication::translate("RequestStore", "Opening the database"));
        } else if (check.value(0).toString() != QLatin1String("ok")) {
            m_error.kind = ErrorKind::Corrupt;
        } else {
            m_error = {};
        }
        if (m_error.kind == ErrorKind::Corrupt)
            return fail(ErrorKind::Corrupt, QCoreApplication::translate("RequestStore", "The database file %1 is damaged and cannot be used. It has not been changed.")
                                                 .arg(m_location.displayName()));
        if (!ran)
            return false;
    }
    if (!isOurs())
        return false;
    {
        QSqlQuery wal(database());
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return failFrom(wal.lastError(), QCoreApplication::translate("RequestStore", "Preparing the database"));
        // A file SQLite cannot switch to WAL (a read-only one, say) answers with its old mode: not good enough.
        if (!wal.next() || wal.value(0).toString().toLower() != QLatin1String("wal"))
            return fail(ErrorKind::ReadOnly, QCoreApplication::translate("RequestStore", "%1 failed: the database %2 cannot be written to (it is read-only).")
                                                 .arg(QCoreApplication::translate("RequestStore", "Preparing the database"), m_location.displayName()));
    }
    return exec(QStringLiteral("PRAGMA synchronous=FULL")) && exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        && exec(QStringLiteral("PRAGMA secure_delete=ON"))
        && exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(m_timeouts.busyMs));
}

bool RequestStore::openConnection()
{
    if (isSqlite() && !prepareSqliteFile())
        return false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                                                    m_connection);
        if (isSqlite()) {
            db.setDatabaseName(m_location.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_timeouts.busyMs));
        } else {
            db.setHostName(m_location.host);
            db.setPort(m_location.port);
            db.setUserName(m_location.user);
            db.setDatabaseName(m_location.database);
            // Nothing may hang a desk for good: a server that does not answer, a statement that does not end, a
            // lock another session keeps, a connection that went silent (keepalives; tcp_user_timeout for data
            // the server never acknowledges). The server's notices ("already exists") are not for the desk.
            QStringList options;
            if (m_location.option(QStringLiteral("connect_timeout")).isEmpty())
                options << QStringLiteral("connect_timeout=%1").arg(m_timeouts.connectSeconds);
            if (!m_location.options.isEmpty())
                options << m_location.libpqOptions();
            options << QStringLiteral("fallback_application_name=als-evidence-guide") << QStringLiteral("keepalives=1")
                    << QStringLiteral("keepalives_idle=30") << QStringLiteral("keepalives_interval=10")
                    << QStringLiteral("keepalives_count=3")
                    << QStringLiteral("tcp_user_timeout=%1").arg(std::max(30000, m_timeouts.statementMs))
                    << QStringLiteral(
                           "options='-c statement_timeout=%1 -c lock_timeout=%2 -c client_min_messages=warning'")
                           .arg(m_timeouts.statementMs)
                           .arg(m_timeouts.lockMs);
            db.setConnectOptions(options.join(QLatin1Char(';')));
        }
        if (!db.open()) {
            failFrom(db.lastError(), QCoreApplication::translate("RequestStore", "Opening the database"));
            return false;
        }
        // PostgreSQL: the connection's socket, which interrupt() may break from another thread.
        const QVariant handle = db.driver()->handle();
        if (!isSqlite() && handle.isValid()
            && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)) {
            const std::lock_guard lock(m_socketLock);
            m_interrupted = false;
            m_socket = connectionSocket(*static_cast<void *const *>(handle.constData()));
        }
    }
    if (isSqlite() && !checkAndTuneSqlite())
        return false;
    return migrate();
}

bool RequestStore::open(const DatabaseLocation &location)
{
    if (m_heartbeat)
        m_heartbeat(true);
    close();
    m_location = location;
    m_error = {};
    if (!m_unusable.isEmpty())
        return fail(ErrorKind::Other, m_unusable);

    QElapsedTimer waited;
    waited.start();
    while (!openConnection()) {
        close();
        // SQLite: another desk creating or upgrading the same file holds it a moment. Every step of opening waits
        // for it as long as a save would, not only those SQLite's own busy handler covers.
        if (!isSqlite() || m_error.kind != ErrorKind::Busy || waited.elapsed() >= m_timeouts.busyMs)
            return false;
        QThread::msleep(QRandomGenerator::global()->bounded(5, 40));
    }
    if (isSqlite()) {
        m_textIndex = m_shortTextIndex = true;
    } else {
        QSqlQuery q(database());
        const bool read = q.exec(QStringLiteral("SELECT to_regclass('requests_text_trgm') IS NOT NULL, "
                                                "to_regclass('requests_text_grams') IS NOT NULL")) && q.next();
        m_textIndex = read && q.value(0).toBool();
        m_shortTextIndex = read && q.value(1).toBool();
        if (!m_textIndex || !m_shortTextIndex)
            qCInfo(lcStore) << "text search without an index for" << (m_textIndex ? "one or two characters" : "longer text")
                            << "on this server: those searches read every request";
        // Least privilege: said plainly at every start, to the log and to whoever shows privilegeReport().
        m_privileges = RequestSchema::privileges(database(), m_role);
        if (!m_privileges.ok())
            qCWarning(lcStore).noquote() << m_privileges.message();
    }
    return true;
}

QString RequestStore::PrivilegeReport::message() const
{
    // Without the role's name: no message shows the address's user information.
    QStringList paragraphs;
    if (!tooMuch.isEmpty())
        paragraphs << QCoreApplication::translate(
                          "RequestStore",
                          "The database role that this program signs in as may do more than its "
                          "work needs (%1). Whoever can read this computer's database "
                          "settings could do the same. Ask the clinic's IT to give it only "
                          "the role als_desk (a desk) or als_staff (the staff inbox).")
                          .arg(tooMuch.join(QLatin1String(", ")));
    if (!missing.isEmpty())
        paragraphs << QCoreApplication::translate("RequestStore",
                                                  "The database role that this program signs in as lacks what its work "
                                                  "needs (%1). Ask the clinic's IT to grant it the role als_desk "
                                                  "(a desk) or als_staff (the staff inbox), and to start the program "
                                                  "once as the owner with --migrate-only.")
                          .arg(missing.join(QLatin1String(", ")));
    return paragraphs.join(QLatin1Char(' '));
}

QString RequestStore::newReference()
{
    // Crockford's base32 without I, L, O and U: easy to read aloud and to type back.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString ref;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            ref += QLatin1Char('-');
        ref += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return ref;
}

namespace {

// What a text column's value is read as: the column itself, or on PostgreSQL its UTF-8 bytes, since QPSQL decodes
// text in a way that drops a leading U+FEFF (see textFrom).
QString readText(bool sqlite, const QString &expression, const char *as)
{
    if (sqlite)
        return expression == QLatin1String(as) ? expression : expression + QStringLiteral(" AS ") + QLatin1String(as);
    return QStringLiteral("convert_to(%1, 'UTF8') AS %2").arg(expression, QLatin1String(as));
}

QString selectedColumns(bool sqlite)
{
    QStringList names{QStringLiteral("id")};
    for (const RequestColumn &column : RequestColumns::all())
        names << (column.text ? readText(sqlite, QLatin1String(column.name), column.name) : QLatin1String(column.name));
    return names.join(QLatin1String(", "));
}

bool sameRequest(const StoredRequest &a, const StoredRequest &b)
{
    for (const RequestColumn &column : RequestColumns::all()) {
        if (column.isAsked() && column.value(a) != column.value(b))
            return false;
    }
    return true;
}

}  // namespace

RequestStore::Insert RequestStore::insertOnce(StoredRequest *stored)
{
    const QString doing = QCoreApplication::translate("RequestStore", "Saving the request");
    if (!m_insertRequest) {
        QStringList names;
        QStringList values;
        for (const RequestColumn &column : RequestColumns::all()) {
            names << QLatin1String(column.name);
            // SQLite: text goes in as its UTF-8 bytes, made text again by SQLite itself. Bound as text, QSQLITE
            // hands SQLite UTF-16, whose conversion drops a leading U+FEFF.
            values << (column.text && isSqlite() ? QStringLiteral("CAST(? AS TEXT)") : QStringLiteral("?"));
        }
        const QString columns = names.join(QLatin1String(", "));
        const QString placeholders = values.join(QLatin1String(", "));
        m_insertRequest = std::make_unique<QSqlQuery>(database());
        // One statement is one transaction on PostgreSQL: the request and the first line of its history are
        // committed together, in a single round trip to the server, by the one function a desk may save through.
        const bool prepared = isSqlite()
            ? m_insertRequest->prepare(
                QStringLiteral("INSERT INTO requests (%1) VALUES (%2)").arg(columns, placeholders))
            : m_insertRequest->prepare(QStringLiteral("SELECT als_submit_request(CAST(? AS jsonb))"));
        if (!prepared) {
            failFrom(m_insertRequest->lastError(), doing);
            m_insertRequest.reset();
            return Insert::Failed;
        }
    }
    // SQLite: the write lock first, so that two desks queue on the busy timeout. Bound values stay with the query
    // until it runs, so nothing is bound before that is sure.
    if (isSqlite() && !begin())
        return Insert::Failed;
    QSqlQuery &q = *m_insertRequest;
    if (!isSqlite()) {
        // Every column by name, as one JSON object: text exactly as typed, no age as null.
        QJsonObject values;
        for (const RequestColumn &column : RequestColumns::all()) {
            const QVariant value = column.value(*stored);
            values.insert(QLatin1String(column.name),
                          value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value));
        }
        q.addBindValue(QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)));
    } else {
        for (const RequestColumn &column : RequestColumns::all()) {
            QVariant value = column.value(*stored);
            if (column.text && !value.toString().isEmpty())
                value = value.toString().toUtf8();
            q.addBindValue(value);
        }
    }
    if (!isSqlite()) {
        if (!q.exec()) {
            if (q.lastError().nativeErrorCode() == QLatin1String("23505"))
                return Insert::Taken;
            failFrom(q.lastError(), doing);
            return Insert::Failed;
        }
        if (!q.next()) {
            failFrom(q.lastError(), doing);
            return Insert::Failed;
        }
        stored->id = q.value(0).toLongLong();
        q.finish();
        return Insert::Stored;
    }

    if (!q.exec()) {
        const QSqlError error = q.lastError();
        rollback();
        if (error.databaseText().contains(QLatin1String("UNIQUE constraint failed: requests.reference")))
            return Insert::Taken;
        failFrom(error, doing);
        return Insert::Failed;
    }
    stored->id = q.lastInsertId().toLongLong();
    q.finish();
    if (!m_insertHistory) {
        m_insertHistory = std::make_unique<QSqlQuery>(database());
        m_insertHistory->prepare(
            QStringLiteral("INSERT INTO status_changes (request_id, changed_at, status, note) VALUES (?, ?, ?, ?)"));
    }
    QSqlQuery &history = *m_insertHistory;
    history.addBindValue(stored->id);
    history.addBindValue(isoUtc(stored->createdAt));
    history.addBindValue(stored->status);
    history.addBindValue(QString());
    if (!history.exec()) {
        failFrom(history.lastError(), doing);
        history.finish();
        rollback();
        return Insert::Failed;
    }
    history.finish();
    return commit() ? Insert::Stored : Insert::Failed;
}

std::optional<StoredRequest> RequestStore::submit(const ConsultationRequest &input, const QString &reference)
{
    const QString doing = QCoreApplication::translate("RequestStore", "Saving the request");
    StoredRequest stored;
    stored.request = input.normalised();
    stored.status = QStringLiteral("new");
    // PostgreSQL cannot hold a NUL in text at all (QPSQL would even cut the statement short there); the form refuses
    // it, and so does the store, on either database, rather than send a broken statement.
    for (const RequestColumn &column : RequestColumns::all()) {
        if (column.text && (stored.request.*column.text).contains(QChar(0))) {
            fail(ErrorKind::InvalidText,
                 QCoreApplication::translate("RequestStore",
                                             "%1 failed: the text contains a NUL character (U+0000), which cannot be "
                                             "stored. Remove it and send again.")
                     .arg(doing));
            return std::nullopt;
        }
    }
    const QString given = reference.trimmed().toUpper();
    stored.reference = given.isEmpty() ? newReference() : given;
    // Whether a request already stored under this reference may be this one: given by the caller, or saved by the
    // attempt whose answer the lost connection took away.
    bool mayBeStored = !given.isEmpty();
    bool reconnected = false;
    for (int attempt = 0; attempt < 5;) {
        stored.createdAt = QDateTime::currentDateTimeUtc();
        switch (insertOnce(&stored)) {
        case Insert::Stored:
            return stored;
        case Insert::Taken:
            if (mayBeStored) {
                m_error = {};
                const std::optional<StoredRequest> found = findOwnByReference(stored.reference);
                if (found && sameRequest(*found, stored))
                    return found;
                if (!found && m_error.kind != ErrorKind::None)
                    return std::nullopt;
            }
            // Someone else's, by chance: draw another.
            stored.reference = newReference();
            mayBeStored = false;
            ++attempt;
            break;
        case Insert::Failed:
            // A broken connection (a server restarted, a network hiccup): opened again, the same save is tried once
            // more under the same reference, so a request the server did commit before it went is not stored twice.
            if (isSqlite() || m_error.kind != ErrorKind::Unreachable || reconnected)
                return std::nullopt;
            reconnected = true;
            qCInfo(lcStore) << "connection lost while saving; connecting again to try once more";
            if (!open(m_location))
                return std::nullopt;
            mayBeStored = true;
            break;
        }
    }
    fail(ErrorKind::Other, QCoreApplication::translate("RequestStore", "%1 failed: no free reference number was found. Please try again.").arg(doing));
    return std::nullopt;
}

StoredRequest RequestStore::fromCurrentRow(const QSqlQuery &q) const
{
    StoredRequest s;
    const QSqlRecord record = q.record();
    s.id = q.value(record.indexOf(QStringLiteral("id"))).toLongLong();
    for (const RequestColumn &column : RequestColumns::all())
        setFrom(column, s, q.value(record.indexOf(QLatin1String(column.name))));
    return s;
}

std::optional<StoredRequest> RequestStore::findWhere(const char *column, const QVariant &value, bool ownOnly)
{
    QSqlQuery q(database());
    // A desk on PostgreSQL may read back only a request whose reference it knows, through the function that lets
    // it (see RequestSchema); everyone else reads the table.
    const bool asDesk = !isSqlite() && ownOnly;
    q.prepare(asDesk ? QStringLiteral("SELECT %1 FROM als_request_by_reference(?)").arg(selectedColumns(false))
                     : QStringLiteral("SELECT %1 FROM requests WHERE %2 = ?")
                           .arg(selectedColumns(isSqlite()), QLatin1String(column)));
    q.addBindValue(value);
    if (!q.exec()) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Reading a request"));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return fromCurrentRow(q);
}

std::optional<StoredRequest> RequestStore::find(qint64 id)
{
    return retriedAfterLostConnection([&] { return findWhere("id", id); });
}

std::optional<StoredRequest> RequestStore::findByReference(const QString &reference)
{
    return retriedAfterLostConnection(
        [&] { return findWhere("reference", reference.trimmed().toUpper(), m_role == Role::Desk); });
}

std::optional<StoredRequest> RequestStore::findOwnByReference(const QString &reference)
{
    // Whatever this connection is for, the way a desk must take works for every role.
    return retriedAfterLostConnection([&] { return findWhere("reference", reference.trimmed().toUpper(), true); });
}

bool RequestStore::setStatus(qint64 id, const QString &status, const QString &note)
{
    if (!requestStatuses().contains(status))
        return fail(ErrorKind::Other, QCoreApplication::translate("RequestStore", "'%1' is not a status a request can have.").arg(status));
    const QString doing = QCoreApplication::translate("RequestStore", "Changing the status");
    if (note.contains(QChar(0)))
        return fail(ErrorKind::InvalidText,
                    QCoreApplication::translate("RequestStore",
                                                "%1 failed: the text contains a NUL character (U+0000), which cannot "
                                                "be stored. Remove it and send again.")
                        .arg(doing));
    if (!begin())
        return false;
    QSqlQuery update(database());
    update.prepare(QStringLiteral("UPDATE requests SET status = ? WHERE id = ?"));
    update.addBindValue(status);
    update.addBindValue(id);
    if (!update.exec() || update.numRowsAffected() != 1) {
        if (update.lastError().isValid())
            failFrom(update.lastError(), doing);
        else
            fail(ErrorKind::Other, QCoreApplication::translate("RequestStore", "%1 failed: the request no longer exists.").arg(doing));
        rollback();
        return false;
    }
    QSqlQuery history(database());
    history.prepare(QStringLiteral("INSERT INTO status_changes (request_id, changed_at, status, note) VALUES (?, ?, ?, ?)"));
    history.addBindValue(id);
    history.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    history.addBindValue(status);
    history.addBindValue(note);
    if (!history.exec()) {
        failFrom(history.lastError(), doing);
        rollback();
        return false;
    }
    return commit();
}

QList<StatusChange> RequestStore::history(qint64 id)
{
    return retriedAfterLostConnection([&] { return historyOnce(id); });
}

QList<StatusChange> RequestStore::historyOnce(qint64 id)
{
    QList<StatusChange> changes;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT changed_at, status, note FROM status_changes WHERE request_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec()) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Reading the history"));
        return changes;
    }
    while (q.next())
        changes.append({fromIso(q.value(0).toString()), q.value(1).toString(), q.value(2).toString()});
    return changes;
}

bool RequestStore::remove(qint64 id)
{
    // Run again after a lost connection, it deletes what the first run did not (nothing, if that was committed).
    return retriedAfterLostConnection([&] { return removeOnce(id); });
}

bool RequestStore::removeOnce(qint64 id)
{
    // PostgreSQL: nobody deletes a request directly; the function writes the audit line in the same transaction.
    if (!isSqlite())
        return inTransaction({{QStringLiteral("SELECT als_delete_request(?)"), {id}}},
                             QCoreApplication::translate("RequestStore", "Deleting the request"));
    // The history goes with the request (ON DELETE CASCADE); stated here too for servers without the constraint.
    // The audit line names the request by its reference only: the trail keeps no health information.
    return inTransaction({{QStringLiteral("INSERT INTO audit (at, action, reference, detail) "
                                          "SELECT ?, 'deleted', reference, 'status=' || status FROM requests WHERE id = ?"),
                           {isoUtc(QDateTime::currentDateTimeUtc()), id}},
                          {QStringLiteral("DELETE FROM status_changes WHERE request_id = ?"), {id}},
                          {QStringLiteral("DELETE FROM requests WHERE id = ?"), {id}}},
                         QCoreApplication::translate("RequestStore", "Deleting the request"));
}

bool RequestStore::inTransaction(const QList<QPair<QString, QVariantList>> &statements, const QString &doing)
{
    if (!begin())
        return false;
    for (const auto &[sql, values] : statements) {
        QSqlQuery q(database());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            failFrom(q.lastError(), doing);
            rollback();
            return false;
        }
    }
    return commit();
}

namespace {

// The tokenizer folds case by Unicode, LIKE by ASCII only: they agree on every text when the search has no letter
// with a case (Japanese, digits, signs), and then the index alone gives the answer. Not with a NUL, where the
// tokenizer stops reading.
bool caseless(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (c == 0 || category == QChar::Letter_Lowercase || category == QChar::Letter_Uppercase || category == QChar::Letter_Titlecase
            || QChar::toCaseFolded(c) != c || QChar::toLower(c) != c || QChar::toUpper(c) != c)
            return false;
    }
    return true;
}

QString ftsPhrase(const QString &text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

std::optional<QString> RequestStore::sqliteTextQuery(const QString &text)
{
    // A phrase of trigrams in a row is a substring.
    if (text.toUcs4().size() >= 3)
        return ftsPhrase(text);
    // Too short for a trigram. Every character stored is the first of one, so the requests holding the text are
    // those holding any trigram that begins with it: read from the index's sorted terms (in lower case, as the
    // tokenizer stores letters), then looked up together.
    const QString folded = text.toLower();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT term FROM requests_text_terms WHERE term >= ? AND term < ?"));
    q.addBindValue(folded);
    q.addBindValue(QString(folded + QString::fromUcs4(U"\U0010FFFF")));
    if (!q.exec()) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Searching the requests"));
        return std::nullopt;
    }
    QStringList terms;
    while (q.next())
        terms << ftsPhrase(q.value(0).toString());
    // None: then the text itself, too short to make a trigram, matches nothing, as it should.
    return terms.isEmpty() ? ftsPhrase(text) : terms.join(QLatin1String(" OR "));
}

std::optional<QString> RequestStore::filterSql(const Filter &filter, QVariantList *values, bool newestFirst)
{
    QStringList where;
    if (filter.ownQuestionsOnly)
        where << QStringLiteral("writer = ''");
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("status = ?");
        *values << filter.status;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("created_at >= ?");
        *values << isoUtc(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("created_at < ?");
        *values << isoUtc(filter.to.addDays(1).startOfDay());
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        const QString pattern = QLatin1Char('%') + escapeLike(text.toLower()) + QLatin1Char('%');
        // The index narrows the search to a few candidates; unless they are the answer already, the LIKE below then
        // decides, so the answer is exactly the substring search it always was.
        bool exact = false;
        if (m_textIndex && isSqlite()) {
            const std::optional<QString> match = sqliteTextQuery(text);
            if (!match)
                return std::nullopt;
            // "+id": not a way in for the planner, which then reads the requests newest first (see list()).
            where << (newestFirst ? QStringLiteral("+id") : QStringLiteral("id"))
                    + QStringLiteral(" IN (SELECT rowid FROM requests_text WHERE requests_text MATCH ?)");
            *values << *match;
            exact = caseless(text);
        } else if (!newestFirst && (text.toUcs4().size() >= 3 ? m_textIndex : m_shortTextIndex)) {
            if (text.toUcs4().size() >= 3) {
                where << postgresIndexedText() + QStringLiteral(" LIKE ? ESCAPE '\\'");
                *values << pattern;
                // The indexed value is every text joined by line feeds: only a search holding one could match
                // across two of them. Without the LIKE beside it the planner also estimates well, and reads a
                // common word's page newest first instead of scanning the table.
                exact = !text.contains(QLatin1Char('\n'));
            } else {
                // Kept with the LIKE below: alone, the planner would read the requests newest first and compute
                // every one's pieces to test it, which costs far more than looking them up through the index.
                where << QStringLiteral("request_text_grams(%1) @> ARRAY[?]::text[]").arg(postgresIndexedText());
                *values << text.toLower();
            }
        }
        if (!exact) {
            QStringList any;
            for (const char *column : kSearchedColumns) {
                any << QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
                *values << pattern;
            }
            where << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
        }
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
}

int RequestStore::count(const Filter &filter, int atMost)
{
    return retriedAfterLostConnection([&] { return countOnce(filter, atMost); });
}

int RequestStore::countOnce(const Filter &filter, int atMost)
{
    const QString doing = QCoreApplication::translate("RequestStore", "Counting requests");
    QVariantList values;
    std::optional<QString> sql;
    const QString text = filter.text.trimmed();
    if (m_textIndex && isSqlite() && filter.status.isEmpty() && !filter.from.isValid() && !filter.to.isValid()
        && !filter.ownQuestionsOnly && !text.isEmpty() && caseless(text)) {
        // Searching alone, where the index answers exactly: counted in the index, without reading a request.
        const std::optional<QString> match = sqliteTextQuery(text);
        if (match) {
            sql = atMost > 0 ? QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM requests_text "
                                              "WHERE requests_text MATCH ? LIMIT ?)")
                             : QStringLiteral("SELECT COUNT(*) FROM requests_text WHERE requests_text MATCH ?");
            values << *match;
        }
    } else if (const auto where = filterSql(filter, &values)) {
        sql = atMost > 0 ? QString(QStringLiteral("SELECT COUNT(*) FROM (SELECT id FROM requests") + *where
                                   + QStringLiteral(" LIMIT ?) AS counted"))
                         : QString(QStringLiteral("SELECT COUNT(*) FROM requests") + *where);
    }
    if (sql && atMost > 0)
        values << atMost + 1;
    if (!sql)
        return -1;
    QSqlQuery q(database());
    q.prepare(*sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        failFrom(q.lastError(), doing);
        return -1;
    }
    return q.value(0).toInt();
}

bool RequestStore::manyHold(const Filter &filter, int limit)
{
    const QString text = filter.text.trimmed();
    const bool shortText = text.toUcs4().size() < 3;
    if (text.isEmpty() || (isSqlite() ? !m_textIndex : !(shortText && m_shortTextIndex)))
        return false;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM requests")) || !q.next())
        return false;
    // SQLite: one request in fifty or more; PostgreSQL, whose reading newest first also tests each request's text
    // (not an index's): one in a hundred. Reading newest first then finds a page within a few thousand requests,
    // sooner than looking up and sorting every one that holds the text. Counted only as far as that.
    const qint64 enough = std::max<qint64>(qint64(limit) * 10, q.value(0).toLongLong() / (isSqlite() ? 50 : 100));
    if (isSqlite()) {
        const std::optional<QString> match = sqliteTextQuery(text);
        if (!match)
            return false;
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT rowid FROM requests_text WHERE requests_text MATCH ? LIMIT ?)"));
        q.addBindValue(*match);
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM requests WHERE request_text_grams(%1) @> "
                                 "ARRAY[?]::text[] LIMIT ?) AS probe")
                      .arg(postgresIndexedText()));
        q.addBindValue(text.toLower());
    }
    q.addBindValue(enough);
    return q.exec() && q.next() && q.value(0).toLongLong() >= enough;
}

std::optional<QString> RequestStore::pageSql(const QString &columns, const Filter &filter, const ListRow *after,
                                             int limit, QVariantList *values, bool *newestFirst)
{
    const bool many = manyHold(filter, limit);
    if (newestFirst)
        *newestFirst = many;
    std::optional<QString> where = filterSql(filter, values, many);
    if (!where)
        return std::nullopt;
    if (after) {
        *where += (where->isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("(created_at < ? OR (created_at = ? AND id < ?))");
        *values << isoUtc(after->createdAt) << isoUtc(after->createdAt) << after->id;
    }
    *values << limit;
    return QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM requests") + *where
        + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
}

QList<RequestStore::ListRow> RequestStore::list(const Filter &filter, int limit, const ListRow *after)
{
    return retriedAfterLostConnection([&] { return listOnce(filter, limit, after); });
}

QList<RequestStore::ListRow> RequestStore::listOnce(const Filter &filter, int limit, const ListRow *after)
{
    QVariantList values;
    QList<ListRow> rows;
    bool newestFirst = false;
    const std::optional<QString> sql = pageSql(
        QStringLiteral("id, reference, created_at, status, writer, %1, %2")
            .arg(readText(isSqlite(), QStringLiteral("name"), "name"),
                 readText(isSqlite(), QStringLiteral("substr(question, 1, 120)"), "question")),
        filter, after, limit, &values, &newestFirst);
    if (!sql)
        return rows;
    const NewestFirstWalk walk(database(), newestFirst && !isSqlite());
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(*sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Listing requests"));
        return rows;
    }
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), fromIso(q.value(2).toString()),
                     q.value(3).toString(), q.value(4).toString(), textFrom(q.value(5)), textFrom(q.value(6))});
    }
    return rows;
}

std::optional<QList<StoredRequest>> RequestStore::listRequests(const Filter &filter, int limit, const ListRow *after)
{
    return retriedAfterLostConnection([&] { return listRequestsOnce(filter, limit, after); });
}

std::optional<QList<StoredRequest>> RequestStore::listRequestsOnce(const Filter &filter, int limit,
                                                                   const ListRow *after)
{
    QVariantList values;
    bool newestFirst = false;
    const std::optional<QString> sql = pageSql(selectedColumns(isSqlite()), filter, after, limit, &values,
                                               &newestFirst);
    if (!sql)
        return std::nullopt;
    const NewestFirstWalk walk(database(), newestFirst && !isSqlite());
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(*sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Listing requests"));
        return std::nullopt;
    }
    QList<StoredRequest> requests;
    while (q.next())
        requests.append(fromCurrentRow(q));
    return requests;
}

// The staff passphrase's record: reading it, setting it (the same hash twice is the same) and clearing it after a
// right passphrase connect again and try once more after a lost connection, as the requests' reads do.
std::optional<QString> RequestStore::passphraseHash()
{
    return retriedAfterLostConnection([&] { return PassphraseStore(*this).passphraseHash(); });
}

bool RequestStore::setPassphraseHash(const QString &hash)
{
    return retriedAfterLostConnection([&] { return PassphraseStore(*this).setPassphraseHash(hash); });
}

int RequestStore::failedAttempts()
{
    return retriedAfterLostConnection([&] { return PassphraseStore(*this).failedAttempts(); });
}

QDateTime RequestStore::lastFailedAttempt()
{
    return retriedAfterLostConnection([&] { return PassphraseStore(*this).lastFailedAttempt(); });
}

bool RequestStore::recordAttempt(bool success)
{
    // A right passphrase clears the record, which may be done twice; a wrong one is counted once, never again.
    if (success)
        return retriedAfterLostConnection([&] { return PassphraseStore(*this).recordAttempt(true); });
    return PassphraseStore(*this).recordAttempt(false);
}

std::optional<qint64> RequestStore::secondsSinceLastFailure()
{
    return retriedAfterLostConnection([&] { return PassphraseStore(*this).secondsSinceLastFailure(); });
}

bool RequestStore::moveAside(const QString &path, QString *movedTo, QString *error)
{
    return DamagedFile::moveAside(path, movedTo, error);
}

// --- Keeping and letting go -----------------------------------------------------------------------------------------

int RequestStore::purgeClosed(int months, const QDateTime &now)
{
    // Run again after a lost connection, it deletes what is still due (nothing, if the first run was committed).
    return retriedAfterLostConnection([&] { return purgeClosedOnce(months, now); });
}

int RequestStore::purgeClosedOnce(int months, const QDateTime &now)
{
    if (months <= 0)
        return 0;
    const QString doing = QCoreApplication::translate("RequestStore", "Deleting closed requests past their keeping time");
    // Calendar months: closed on 31 March and kept one month, a request goes after 30 April.
    const QString cutoff = isoUtc(now.toUTC().addMonths(-months));
    if (!isSqlite()) {
        // The same, by the function that is the staff's only way to delete (see RequestSchema).
        QSqlQuery purge(database());
        purge.prepare(QStringLiteral("SELECT als_purge_closed(?, ?)"));
        purge.addBindValue(cutoff);
        purge.addBindValue(months);
        if (!purge.exec() || !purge.next()) {
            failFrom(purge.lastError(), doing);
            return -1;
        }
        const int deleted = purge.value(0).toInt();
        if (deleted > 0)
            qCInfo(lcStore) << "retention deleted" << deleted << "closed requests older than" << months << "months";
        return deleted;
    }
    if (!begin())
        return -1;
    // When it was last closed (a request closed, opened again and closed again counts from the second time).
    // A server locks the rows it is about to delete, so a desk reopening one meanwhile waits and then finds it gone
    // or keeps it; on SQLite the write lock taken by begin() does the same.
    const QString closedAt = QStringLiteral(
        "COALESCE((SELECT MAX(changed_at) FROM status_changes s WHERE s.request_id = requests.id AND s.status = 'closed'), "
        "created_at)");
    QSqlQuery due(database());
    due.setForwardOnly(true);
    due.prepare(QStringLiteral("SELECT id, reference, %1 FROM requests WHERE status = 'closed' AND %1 < ?%2")
                    .arg(closedAt, isSqlite() ? QString() : QStringLiteral(" FOR UPDATE")));
    due.addBindValue(cutoff);
    if (!due.exec()) {
        failFrom(due.lastError(), doing);
        rollback();
        return -1;
    }
    struct Due
    {
        qint64 id;
        QString reference;
        QString closedAt;
    };
    QList<Due> rows;
    while (due.next())
        rows.append({due.value(0).toLongLong(), due.value(1).toString(), due.value(2).toString()});
    due.finish();

    QSqlQuery audit(database());
    audit.prepare(QStringLiteral("INSERT INTO audit (at, action, reference, detail) VALUES (?, 'deleted-retention', ?, ?)"));
    QSqlQuery history(database());
    history.prepare(QStringLiteral("DELETE FROM status_changes WHERE request_id = ?"));
    QSqlQuery request(database());
    request.prepare(QStringLiteral("DELETE FROM requests WHERE id = ?"));
    const QString at = isoUtc(QDateTime::currentDateTimeUtc());
    for (const Due &row : std::as_const(rows)) {
        audit.addBindValue(at);
        audit.addBindValue(row.reference);
        audit.addBindValue(QStringLiteral("closed_at=%1; months=%2").arg(row.closedAt).arg(months));
        history.addBindValue(row.id);
        request.addBindValue(row.id);
        for (QSqlQuery *q : {&audit, &history, &request}) {
            if (!q->exec()) {
                failFrom(q->lastError(), doing);
                rollback();
                return -1;
            }
        }
    }
    if (!commit())
        return -1;
    if (!rows.isEmpty())
        qCInfo(lcStore) << "retention deleted" << rows.size() << "closed requests older than" << months << "months";
    return int(rows.size());
}

QList<RequestStore::AuditEntry> RequestStore::auditTrail(int limit)
{
    return retriedAfterLostConnection([&] { return auditTrailOnce(limit); });
}

QList<RequestStore::AuditEntry> RequestStore::auditTrailOnce(int limit)
{
    QList<AuditEntry> entries;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, action, reference, detail, by_role FROM audit ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Reading the audit trail"));
        return entries;
    }
    while (q.next())
        entries.append({fromIso(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString()});
    return entries;
}

namespace {

// The driver's own connection, but only from the SQLite library this program links itself: a handle made by
// another copy of SQLite must never be passed to this one.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next()
        || q.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// SQLite's online backup of one whole database into another, page by page. The source stays usable meanwhile;
// a step that finds it busy is tried again, for as long as the busy timeout the store uses elsewhere.
int copyDatabase(sqlite3 *to, sqlite3 *from)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqlite3_errcode(to);
    int rc = SQLITE_OK;
    for (int waited = 0; waited < 10000; waited += 50) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

// The first value a statement gives, as text; empty if it gives none.
QString firstValue(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

} // namespace

bool RequestStore::backupTo(const QString &path)
{
    const QString doing = QCoreApplication::translate("RequestStore", "Backing up the requests");
    if (!isSqlite())
        return fail(ErrorKind::Other, QCoreApplication::translate("RequestStore", "The requests are kept on a PostgreSQL server: back them up on the server with pg_dump. This program backs up only its own SQLite file."));
    if (!isOpen() && !open(m_location))
        return false;
    // Where every export may write (a regular file or a new name), decided in one place.
    const QFileInfo target(path);
    if (const QString problem = exportTargetProblem(path); !problem.isEmpty())
        return fail(ErrorKind::Other,
                    QCoreApplication::translate("RequestStore", "%1 failed: %2: %3")
                        .arg(doing, QDir::toNativeSeparators(path), problem));
    sqlite3 *live = sqliteHandle(database());
    if (!live)
        return fail(ErrorKind::Other, QCoreApplication::translate("RequestStore", "%1 failed: the SQLite library of this program does not match the one the database driver uses.").arg(doing));
    // Written beside the target and renamed over it only when whole, so a half-written backup never takes its place.
    // QTemporaryFile creates the file for its owner alone (0600), and SQLite keeps those permissions.
    QTemporaryFile temporary(target.absoluteFilePath() + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return fail(ErrorKind::ReadOnly, QCoreApplication::translate("RequestStore", "%1 failed: %2 cannot be written: %3")
                                             .arg(doing, QDir::toNativeSeparators(path), temporary.errorString()));
    temporary.close();
    sqlite3 *copy = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary.fileName()).constData(), &copy, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK)
        rc = copyDatabase(copy, live);
    // One self-contained file: no -wal beside it to lose when the backup is copied to another disk.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    const QString error = QString::fromUtf8(sqlite3_errmsg(copy));
    sqlite3_close(copy);
    if (rc != SQLITE_OK) {
        return fail(rc == SQLITE_FULL ? ErrorKind::DiskFull : ErrorKind::Other,
                    QCoreApplication::translate("RequestStore", "%1 failed: %2 could not be written (%3).")
                        .arg(doing, QDir::toNativeSeparators(path), error));
    }
    if (::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        return fail(ErrorKind::Other, QCoreApplication::translate("RequestStore", "%1 failed: %2 could not be written (%3).")
                                          .arg(doing, QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    temporary.setAutoRemove(false);
    qCInfo(lcStore) << "requests backed up";
    return true;
}

bool RequestStore::restoreFrom(const QString &path)
{
    const QString doing = QCoreApplication::translate("RequestStore", "Restoring the requests");
    if (!isSqlite())
        return fail(ErrorKind::Other, QCoreApplication::translate("RequestStore", "The requests are kept on a PostgreSQL server: restore them on the server from a pg_dump file. This program restores only its own SQLite file."));
    if (!isOpen() && !open(m_location))
        return false;
    const QString shown = QDir::toNativeSeparators(path);
    const QString notOurs = QCoreApplication::translate("RequestStore", "%1 is not a requests database of this program. Nothing was restored.").arg(shown);
    {
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Other, notOurs);
        if (file.read(16) != QByteArray("SQLite format 3", 16))
            return fail(ErrorKind::Other, notOurs);
    }
    sqlite3 *live = sqliteHandle(database());
    if (!live)
        return fail(ErrorKind::Other, QCoreApplication::translate("RequestStore", "%1 failed: the SQLite library of this program does not match the one the database driver uses.").arg(doing));
    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(source);
        return fail(ErrorKind::Other, notOurs);
    }
    const auto refuse = [&](ErrorKind kind, const QString &message) {
        sqlite3_close(source);
        return fail(kind, message);
    };
    if (firstValue(source, "PRAGMA integrity_check") != QLatin1String("ok"))
        return refuse(ErrorKind::Corrupt, QCoreApplication::translate("RequestStore", "The backup %1 is damaged. Nothing was restored.").arg(shown));
    if (firstValue(source, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                           "('schema_version', 'requests', 'status_changes')") != QLatin1String("3"))
        return refuse(ErrorKind::Other, notOurs);
    bool numeric = false;
    const int version = firstValue(source, "SELECT MAX(version) FROM schema_version").toInt(&numeric);
    if (!numeric || version < 1)
        return refuse(ErrorKind::Other, notOurs);
    if (version > currentSchemaVersion())
        return refuse(ErrorKind::NewerSchema, QCoreApplication::translate("RequestStore", "The backup %1 was made by a newer version of this program (schema %2). Update the program on this desk first. Nothing was restored.")
                                                  .arg(shown)
                                                  .arg(version));

    // The audit trail outlives what it speaks of: lines written since the backup are carried over.
    QList<AuditEntry> trail = auditTrail(std::numeric_limits<int>::max());
    // No statement of this connection may hold the database while its pages are replaced.
    m_insertRequest.reset();
    m_insertHistory.reset();
    const int rc = copyDatabase(live, source);
    const QString error = QString::fromUtf8(sqlite3_errmsg(live));
    sqlite3_close(source);
    if (rc != SQLITE_OK) {
        return fail(rc == SQLITE_FULL ? ErrorKind::DiskFull : ErrorKind::Other,
                    QCoreApplication::translate("RequestStore", "%1 failed: the database %2 reported: %3").arg(doing, m_location.displayName(), error));
    }
    // The backup brought its own journal mode and an older schema, perhaps: both made right again.
    if (!checkAndTuneSqlite() || !migrate())
        return false;
    QSet<QString> present;
    for (const AuditEntry &e : auditTrail(std::numeric_limits<int>::max()))
        present.insert(isoUtc(e.at) + QLatin1Char('\n') + e.action + QLatin1Char('\n') + e.reference + QLatin1Char('\n') + e.detail);
    std::reverse(trail.begin(), trail.end());
    QList<QPair<QString, QVariantList>> lines;
    for (const AuditEntry &e : std::as_const(trail)) {
        if (!present.contains(isoUtc(e.at) + QLatin1Char('\n') + e.action + QLatin1Char('\n') + e.reference + QLatin1Char('\n') + e.detail))
            lines.append({QStringLiteral("INSERT INTO audit (at, action, reference, detail) VALUES (?, ?, ?, ?)"),
                          {isoUtc(e.at), e.action, e.reference, e.detail}});
    }
    lines.append({QStringLiteral("INSERT INTO audit (at, action, reference, detail) VALUES (?, 'restored', '', ?)"),
                  {isoUtc(QDateTime::currentDateTimeUtc()), QStringLiteral("from=%1; schema=%2").arg(QFileInfo(path).fileName()).arg(version)}});
    if (!inTransaction(lines, doing))
        return false;
    qCInfo(lcStore) << "requests restored from a backup of schema" << version;
    return true;
}

} // namespace als
