#include "RequestStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "als.store")

namespace als {

namespace {

const char *const kColumns = "id, reference, created_at, status, writer, name, age, sex, prefecture, medical_history, "
                             "current_problem, problem_since, treatments, current_condition, question, email, phone, "
                             "consent, language";

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// One migration per schema version. Each runs in a transaction; an older file is upgraded in place.
struct Migration
{
    int version;
    QStringList sqlite;
    QStringList postgres;
};

QList<Migration> migrations()
{
    const QString requestColumns = QStringLiteral(
        "reference TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'new', "
        "writer TEXT NOT NULL, name TEXT NOT NULL, age INTEGER, sex TEXT, prefecture TEXT, medical_history TEXT, "
        "current_problem TEXT, problem_since TEXT, treatments TEXT, current_condition TEXT, question TEXT NOT NULL, "
        "email TEXT, phone TEXT, consent INTEGER NOT NULL");
    return {
        {1,
         {QStringLiteral("CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT, ") + requestColumns + QLatin1Char(')')},
         {QStringLiteral("CREATE TABLE requests (id BIGSERIAL PRIMARY KEY, ") + requestColumns + QLatin1Char(')')}},
        // 2: the audit trail of status changes, the language of the request, indexes for the inbox, the staff secret.
        {2,
         {QStringLiteral("ALTER TABLE requests ADD COLUMN language TEXT"),
          QStringLiteral("CREATE TABLE status_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, request_id INTEGER NOT NULL "
                         "REFERENCES requests(id) ON DELETE CASCADE, changed_at TEXT NOT NULL, status TEXT NOT NULL, note TEXT)"),
          QStringLiteral("INSERT INTO status_changes (request_id, changed_at, status, note) SELECT id, created_at, status, '' FROM requests"),
          QStringLiteral("CREATE INDEX requests_by_time ON requests (created_at, id)"),
          QStringLiteral("CREATE INDEX requests_by_status_time ON requests (status, created_at, id)"),
          QStringLiteral("CREATE INDEX status_changes_by_request ON status_changes (request_id)"),
          QStringLiteral("CREATE TABLE staff (id INTEGER PRIMARY KEY CHECK (id = 1), passphrase_hash TEXT NOT NULL, "
                         "failed_attempts INTEGER NOT NULL DEFAULT 0)")},
         {QStringLiteral("ALTER TABLE requests ADD COLUMN language TEXT"),
          QStringLiteral("CREATE TABLE status_changes (id BIGSERIAL PRIMARY KEY, request_id BIGINT NOT NULL "
                         "REFERENCES requests(id) ON DELETE CASCADE, changed_at TEXT NOT NULL, status TEXT NOT NULL, note TEXT)"),
          QStringLiteral("INSERT INTO status_changes (request_id, changed_at, status, note) SELECT id, created_at, status, '' FROM requests"),
          QStringLiteral("CREATE INDEX requests_by_time ON requests (created_at, id)"),
          QStringLiteral("CREATE INDEX requests_by_status_time ON requests (status, created_at, id)"),
          QStringLiteral("CREATE INDEX status_changes_by_request ON status_changes (request_id)"),
          QStringLiteral("CREATE TABLE staff (id INTEGER PRIMARY KEY CHECK (id = 1), passphrase_hash TEXT NOT NULL, "
                         "failed_attempts INTEGER NOT NULL DEFAULT 0)")}},
        // 3: when the last wrong passphrase was typed, so the wait it costs holds across restarts and desks.
        {3,
         {QStringLiteral("ALTER TABLE staff ADD COLUMN last_failed_at TEXT")},
         {QStringLiteral("ALTER TABLE staff ADD COLUMN last_failed_at TEXT")}},
    };
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

} // namespace

// --- DatabaseLocation -------------------------------------------------------------------------------------------

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    DatabaseLocation location;
    if (url.scheme() == QLatin1String("sqlite")) {
        location.kind = Kind::Sqlite;
        location.path = url.path();
        if (location.path.isEmpty() || !QDir::isAbsolutePath(location.path) || !url.host().isEmpty()) {
            *error = QCoreApplication::translate("RequestStore", "A SQLite database is written sqlite:///absolute/path/file.db (three slashes).");
            return std::nullopt;
        }
        return location;
    }
    if (url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres")) {
        location.kind = Kind::Postgres;
        location.host = url.host();
        location.port = url.port(5432);
        location.user = url.userName();
        location.database = url.path().mid(1);
        if (!url.password().isEmpty()) {
            *error = QCoreApplication::translate("RequestStore", "Do not put a password in the database address: keep it in ~/.pgpass, which only you can read.");
            return std::nullopt;
        }
        if (location.host.isEmpty() || location.database.isEmpty() || location.database.contains(QLatin1Char('/'))) {
            *error = QCoreApplication::translate("RequestStore", "A PostgreSQL database is written postgresql://user@host:port/dbname.");
            return std::nullopt;
        }
        return location;
    }
    *error = QCoreApplication::translate("RequestStore", "The database address must start with sqlite:// or postgresql://, not '%1'.").arg(text);
    return std::nullopt;
}

DatabaseLocation DatabaseLocation::defaultSqlite()
{
    DatabaseLocation location;
    location.path = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/requests.db");
    return location;
}

QString DatabaseLocation::toUrl() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite://") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString DatabaseLocation::displayName() const
{
    return kind == Kind::Sqlite ? QDir::toNativeSeparators(path) : toUrl();
}

// --- RequestStore -------------------------------------------------------------------------------------------------

RequestStore::RequestStore()
    : m_connection(QStringLiteral("requests-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RequestStore::~RequestStore()
{
    close();
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
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
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
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    ErrorKind kind = ErrorKind::Other;
    if (isSqlite()) {
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
        if (code == QLatin1String("53100"))
            kind = ErrorKind::DiskFull;
        else if (code == QLatin1String("25006") || code == QLatin1String("42501"))
            kind = ErrorKind::ReadOnly;
        else if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03")
                 || code == QLatin1String("57014"))
            kind = ErrorKind::Busy;
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
        message = QCoreApplication::translate("RequestStore", "%1 failed: the database server %2 cannot be reached (%3).").arg(doing, where, text.section(QLatin1Char('\n'), 0, 0));
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
    if (!info.exists()) {
        QFile file(location.path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorKind::ReadOnly, QCoreApplication::translate("RequestStore", "The database file %1 cannot be created: %2")
                                                 .arg(location.displayName(), file.errorString()));
        if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(ErrorKind::ReadOnly, QCoreApplication::translate("RequestStore", "The database file %1 cannot be created: %2")
                                                 .arg(location.displayName(), file.errorString()));
        file.close();
    }
    return true;
}

bool RequestStore::checkAndTuneSqlite()
{
    {
        // A file that is not a database, or a damaged one, shows here rather than halfway through a save.
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
        && exec(QStringLiteral("PRAGMA secure_delete=ON")) && exec(QStringLiteral("PRAGMA busy_timeout=10000"));
}

bool RequestStore::open(const DatabaseLocation &location)
{
    close();
    m_location = location;
    m_error = {};
    if (!m_unusable.isEmpty())
        return fail(ErrorKind::Other, m_unusable);

    if (isSqlite() && !prepareSqliteFile())
        return false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                                                    m_connection);
        if (isSqlite()) {
            db.setDatabaseName(location.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setDatabaseName(location.database);
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!db.open()) {
            failFrom(db.lastError(), QCoreApplication::translate("RequestStore", "Opening the database"));
            db = QSqlDatabase();
            close();
            return false;
        }
    }
    if (isSqlite() && !checkAndTuneSqlite()) {
        close();
        return false;
    }
    if (!migrate()) {
        close();
        return false;
    }
    return true;
}

int RequestStore::currentSchemaVersion()
{
    return migrations().constLast().version;
}

int RequestStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool RequestStore::migrate()
{
    // Desks starting together on an empty server: one creates the tables, the others wait for it.
    const bool locked = !isSqlite() && exec(QStringLiteral("SELECT pg_advisory_lock(7141964)"));
    const bool ok = migrateLocked();
    if (locked)
        exec(QStringLiteral("SELECT pg_advisory_unlock(7141964)"));
    return ok;
}

bool RequestStore::migrateLocked()
{
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return false;
    if (!begin())
        return false;
    if (!isSqlite()) {
        // Two desks starting at once: the second waits here and then finds the work done.
        QSqlQuery lock(database());
        if (!lock.exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"))) {
            failFrom(lock.lastError(), QCoreApplication::translate("RequestStore", "Upgrading the database"));
            rollback();
            return false;
        }
    }
    const int version = schemaVersion();
    if (version > currentSchemaVersion()) {
        rollback();
        return fail(ErrorKind::NewerSchema, QCoreApplication::translate("RequestStore", "The database %1 was made by a newer version of this program (schema %2). "
                                               "Update the program on this desk.")
                                                .arg(m_location.displayName())
                                                .arg(version));
    }
    for (const Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        for (const QString &sql : isSqlite() ? m.sqlite : m.postgres) {
            QSqlQuery q(database());
            if (!q.exec(sql)) {
                failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Upgrading the database"));
                rollback();
                return false;
            }
        }
        QSqlQuery q(database());
        q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        q.addBindValue(m.version);
        if (!q.exec()) {
            failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Upgrading the database"));
            rollback();
            return false;
        }
        qCInfo(lcStore) << "database upgraded to schema" << m.version;
    }
    return commit();
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

std::optional<StoredRequest> RequestStore::submit(const ConsultationRequest &input)
{
    const ConsultationRequest r = input.normalised();
    const QString doing = QCoreApplication::translate("RequestStore", "Saving the request");
    const QString columns = QStringLiteral(
        "reference, created_at, status, writer, name, age, sex, prefecture, medical_history, current_problem, "
        "problem_since, treatments, current_condition, question, email, phone, consent, language");
    const QString values = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    for (int attempt = 0; attempt < 5; ++attempt) {
        StoredRequest stored;
        stored.reference = newReference();
        stored.createdAt = QDateTime::currentDateTimeUtc();
        stored.status = QStringLiteral("new");
        stored.request = r;
        const QVariantList bound{stored.reference, isoUtc(stored.createdAt), stored.status, r.writer, r.name,
                                 r.ageValue(), r.sex, r.prefecture, r.medicalHistory, r.currentProblem,
                                 r.problemSince, r.treatments, r.currentCondition, r.question, r.email, r.phone,
                                 r.consent ? 1 : 0, r.language};
        if (!m_insertRequest) {
            m_insertRequest = std::make_unique<QSqlQuery>(database());
            // One statement is one transaction on PostgreSQL: the request and the first line of its history are
            // committed together, in a single round trip to the server.
            const bool prepared = isSqlite()
                ? m_insertRequest->prepare(QStringLiteral("INSERT INTO requests (%1) VALUES (%2)").arg(columns, values))
                : m_insertRequest->prepare(
                      QStringLiteral("WITH r AS (INSERT INTO requests (%1) VALUES (%2) RETURNING id, created_at, status) "
                                     "INSERT INTO status_changes (request_id, changed_at, status, note) "
                                     "SELECT id, created_at, status, '' FROM r RETURNING request_id")
                          .arg(columns, values));
            if (!prepared) {
                failFrom(m_insertRequest->lastError(), doing);
                m_insertRequest.reset();
                return std::nullopt;
            }
        }
        QSqlQuery &q = *m_insertRequest;
        if (!isSqlite()) {
            for (const QVariant &v : bound)
                q.addBindValue(v);
            if (!q.exec()) {
                if (q.lastError().nativeErrorCode() == QLatin1String("23505"))
                    continue;  // a reference already taken, by chance: draw another
                failFrom(q.lastError(), doing);
                if (m_error.kind == ErrorKind::Unreachable) {
                    // The connection broke: the server may have committed before it went. Reconnect and look,
                    // so that a saved request is never reported lost (and then sent twice).
                    const Error lost = m_error;
                    const DatabaseLocation where = m_location;
                    if (open(where)) {
                        if (auto found = findByReference(stored.reference))
                            return found;
                    }
                    m_error = lost;
                }
                return std::nullopt;
            }
            if (!q.next()) {
                failFrom(q.lastError(), doing);
                return std::nullopt;
            }
            stored.id = q.value(0).toLongLong();
            q.finish();
            return stored;
        }

        if (!begin())
            return std::nullopt;
        for (const QVariant &v : bound)
            q.addBindValue(v);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            rollback();
            if (error.databaseText().contains(QLatin1String("UNIQUE constraint failed: requests.reference")))
                continue;
            failFrom(error, doing);
            return std::nullopt;
        }
        stored.id = q.lastInsertId().toLongLong();
        q.finish();
        if (!m_insertHistory) {
            m_insertHistory = std::make_unique<QSqlQuery>(database());
            m_insertHistory->prepare(QStringLiteral(
                "INSERT INTO status_changes (request_id, changed_at, status, note) VALUES (?, ?, ?, ?)"));
        }
        QSqlQuery &history = *m_insertHistory;
        history.addBindValue(stored.id);
        history.addBindValue(isoUtc(stored.createdAt));
        history.addBindValue(stored.status);
        history.addBindValue(QString());
        if (!history.exec()) {
            failFrom(history.lastError(), doing);
            history.finish();
            rollback();
            return std::nullopt;
        }
        history.finish();
        if (!commit())
            return std::nullopt;
        return stored;
    }
    fail(ErrorKind::Other, QCoreApplication::translate("RequestStore", "%1 failed: no free reference number was found. Please try again.").arg(doing));
    return std::nullopt;
}

StoredRequest RequestStore::fromCurrentRow(const QSqlQuery &q) const
{
    StoredRequest s;
    s.id = q.value(0).toLongLong();
    s.reference = q.value(1).toString();
    s.createdAt = fromIso(q.value(2).toString());
    s.status = q.value(3).toString();
    ConsultationRequest &r = s.request;
    r.writer = q.value(4).toString();
    r.name = q.value(5).toString();
    r.age = q.value(6).isNull() ? QString() : QString::number(q.value(6).toInt());
    r.sex = q.value(7).toString();
    r.prefecture = q.value(8).toString();
    r.medicalHistory = q.value(9).toString();
    r.currentProblem = q.value(10).toString();
    r.problemSince = q.value(11).toString();
    r.treatments = q.value(12).toString();
    r.currentCondition = q.value(13).toString();
    r.question = q.value(14).toString();
    r.email = q.value(15).toString();
    r.phone = q.value(16).toString();
    r.consent = q.value(17).toInt() != 0;
    r.language = q.value(18).toString();
    return s;
}

std::optional<StoredRequest> RequestStore::findWhere(const char *column, const QVariant &value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM requests WHERE %2 = ?").arg(QLatin1String(kColumns), QLatin1String(column)));
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
    return findWhere("id", id);
}

std::optional<StoredRequest> RequestStore::findByReference(const QString &reference)
{
    return findWhere("reference", reference.trimmed().toUpper());
}

bool RequestStore::setStatus(qint64 id, const QString &status, const QString &note)
{
    if (!requestStatuses().contains(status))
        return fail(ErrorKind::Other, QCoreApplication::translate("RequestStore", "'%1' is not a status a request can have.").arg(status));
    const QString doing = QCoreApplication::translate("RequestStore", "Changing the status");
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
    // The history goes with the request (ON DELETE CASCADE); stated here too for servers without the constraint.
    return inTransaction({{QStringLiteral("DELETE FROM status_changes WHERE request_id = ?"), {id}},
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

QString RequestStore::filterSql(const Filter &filter, QVariantList *values) const
{
    QStringList where;
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
        QStringList any;
        for (const char *column : {"reference", "name", "question", "medical_history", "current_problem", "treatments",
                                   "current_condition", "email", "phone"}) {
            any << QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            *values << pattern;
        }
        where << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
}

int RequestStore::count(const Filter &filter)
{
    QVariantList values;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM requests") + filterSql(filter, &values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Counting requests"));
        return -1;
    }
    return q.value(0).toInt();
}

QString RequestStore::pageSql(const QString &columns, const Filter &filter, const ListRow *after, QVariantList *values) const
{
    QString where = filterSql(filter, values);
    if (after) {
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("(created_at < ? OR (created_at = ? AND id < ?))");
        *values << isoUtc(after->createdAt) << isoUtc(after->createdAt) << after->id;
    }
    return QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM requests") + where
        + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
}

QList<RequestStore::ListRow> RequestStore::list(const Filter &filter, int limit, const ListRow *after)
{
    QVariantList values;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(pageSql(QStringLiteral("id, reference, created_at, status, writer, name, substr(question, 1, 120)"), filter,
                      after, &values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<ListRow> rows;
    if (!q.exec()) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Listing requests"));
        return rows;
    }
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), fromIso(q.value(2).toString()),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return rows;
}

std::optional<QList<StoredRequest>> RequestStore::listRequests(const Filter &filter, int limit, const ListRow *after)
{
    QVariantList values;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(pageSql(QLatin1String(kColumns), filter, after, &values));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec()) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Listing requests"));
        return std::nullopt;
    }
    QList<StoredRequest> requests;
    while (q.next())
        requests.append(fromCurrentRow(q));
    return requests;
}

std::optional<QString> RequestStore::passphraseHash()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT passphrase_hash FROM staff WHERE id = 1"))) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Reading a request"));
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool RequestStore::setPassphraseHash(const QString &hash)
{
    return inTransaction({{QStringLiteral("DELETE FROM staff"), {}},
                          {QStringLiteral("INSERT INTO staff (id, passphrase_hash, failed_attempts) VALUES (1, ?, 0)"), {hash}}},
                         QCoreApplication::translate("RequestStore", "Saving the staff passphrase"));
}

int RequestStore::failedAttempts()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT failed_attempts FROM staff WHERE id = 1")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QDateTime RequestStore::lastFailedAttempt()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT last_failed_at FROM staff WHERE id = 1")) || !q.next() || q.value(0).isNull())
        return {};
    return fromIso(q.value(0).toString());
}

bool RequestStore::recordAttempt(bool success)
{
    QSqlQuery q(database());
    if (success) {
        q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = 0, last_failed_at = NULL WHERE id = 1"));
    } else {
        q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1, last_failed_at = ? WHERE id = 1"));
        q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    }
    if (!q.exec() || q.numRowsAffected() != 1)
        return failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Recording a sign-in attempt"));
    return true;
}

bool RequestStore::moveAside(const QString &path, QString *movedTo, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    // The journal files go first: left behind, a stale -wal would be replayed into the new, empty database.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side) && !QFile::rename(side, target + QLatin1String(suffix))) {
            *error = QCoreApplication::translate("RequestStore", "The damaged database %1 could not be moved aside to %2.").arg(side, target + QLatin1String(suffix));
            return false;
        }
    }
    if (!QFile::rename(path, target)) {
        *error = QCoreApplication::translate("RequestStore", "The damaged database %1 could not be moved aside to %2.").arg(path, target);
        return false;
    }
    *movedTo = target;
    return true;
}

// --- Keeping and letting go (being written) -----------------------------------------------------------------------

int RequestStore::purgeClosed(int, const QDateTime &)
{
    fail(ErrorKind::Other, QStringLiteral("not available yet"));
    return -1;
}

QList<RequestStore::AuditEntry> RequestStore::auditTrail(int)
{
    return {};
}

bool RequestStore::backupTo(const QString &)
{
    return fail(ErrorKind::Other, QStringLiteral("not available yet"));
}

bool RequestStore::restoreFrom(const QString &)
{
    return fail(ErrorKind::Other, QStringLiteral("not available yet"));
}

std::optional<qint64> RequestStore::secondsSinceLastFailure()
{
    const QDateTime last = lastFailedAttempt();
    if (!last.isValid())
        return std::nullopt;
    return last.secsTo(QDateTime::currentDateTimeUtc());
}

} // namespace als
