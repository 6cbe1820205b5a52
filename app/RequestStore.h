#pragma once

#include "ConsultationRequest.h"
#include "DatabaseLocation.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace als {

// Keeps consultation requests durably. An acknowledged submit() is on disk (SQLite: WAL with synchronous=FULL;
// PostgreSQL: a committed transaction). Every value goes through bound parameters; text is stored exactly as typed.
// Errors come back as a kind and a sentence the desk can show; nothing here talks to widgets. The tables and their
// upgrades (RequestSchema), the staff passphrase (PassphraseStore), moving a damaged file aside (DamagedFile) and
// the address (DatabaseLocation) are units of their own; this one keeps the requests.
class RequestStore final
{
public:
    // Corrupt: an SQLite file (it has SQLite's header) that fails its integrity check, the only kind a desk may
    // offer to move aside. NotADatabase: any other file, or another program's SQLite database; never touched.
    // Refused: the server answered but will not serve this desk (no such role or database, no sign-in, no TLS).
    // InvalidText: a value no database can hold (a NUL character); nothing was sent.
    // NotAnswering: a PostgreSQL server kept the connection open but stopped answering; the connection was broken
    // (see interrupt()) and the next operation connects again.
    enum class ErrorKind {
        None,
        NetworkFileSystem,
        ReadOnly,
        DiskFull,
        Busy,
        Corrupt,
        NotADatabase,
        NewerSchema,
        Unreachable,
        Refused,
        InvalidText,
        NotAnswering,
        Other
    };
    struct Error
    {
        ErrorKind kind = ErrorKind::None;
        QString message;
        QString file;  // the SQLite file concerned, if any
    };

    struct Filter
    {
        QString status;  // empty: any
        QDate from;      // inclusive, local dates; invalid: open
        QDate to;
        QString text;    // searched in name, reference, question and the other free texts
        // Only what a reader kept for themselves at home (no writer: nobody was asked to answer), never a
        // visitor's request to a clinic.
        bool ownQuestionsOnly = false;
    };

    struct ListRow
    {
        qint64 id = 0;
        QString reference;
        QDateTime createdAt;
        QString status;
        QString writer;
        QString name;
        QString question;  // the first characters only
    };

    // How long a desk waits before it says so, rather than freezing: the defaults, shortened by tests.
    struct Timeouts
    {
        int connectSeconds = 10;    // PostgreSQL: a server that does not answer (unless the URL says connect_timeout)
        int statementMs = 10000;    // PostgreSQL: the longest one statement may run
        int lockMs = 5000;          // PostgreSQL: the longest a statement waits for a lock another session holds
        int busyMs = 10000;         // SQLite: the longest any step waits for another desk's write, opening included
        int upgradeLockMs = 60000;  // PostgreSQL: a schema upgrade waits this long for other desks (no statement limit)
    };

    RequestStore();
    ~RequestStore();
    RequestStore(const RequestStore &) = delete;
    RequestStore &operator=(const RequestStore &) = delete;

    // Applies from the next open().
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    const Timeouts &timeouts() const { return m_timeouts; }
    bool open(const DatabaseLocation &location);
    // Opens at the location set before, unless already open (a worker's job opens its store the first time it is
    // needed); true if the store is open.
    bool ensureOpen() { return isOpen() || open(m_location); }
    // Remembers where to open later, without opening.
    void setLocation(const DatabaseLocation &location) { m_location = location; }
    void close();
    bool isOpen() const;
    const Error &lastError() const { return m_error; }
    // Forgets the last error, so that lastError() then speaks of what follows only.
    void clearError() { m_error = {}; }
    const DatabaseLocation &location() const { return m_location; }

    // What this store is for, so that it takes the ways its role may on PostgreSQL (a desk reads back its own
    // request only through a function) and the start-up check knows what it needs. Applies from the next open().
    enum class Role { Unknown, Desk, Staff };
    void setRole(Role role) { m_role = role; }
    Role role() const { return m_role; }

    // PostgreSQL: what the role this program signs in as may do, against what its job (desk or staff) needs. open()
    // makes it for a Desk or Staff store, and writes a warning line to stderr when it is more or less than needed.
    struct PrivilegeReport
    {
        bool checked = false;  // false on SQLite, for Role::Unknown, or if the server's catalogue could not be read
        QString roleName;      // the role signed in as (for a test or a log; message() never shows it)
        QStringList tooMuch;   // what it may do that its job does not need, e.g. "superuser", "DELETE on requests"
        QStringList missing;   // what its job needs that it may not do, e.g. "EXECUTE on als_submit_request"
        bool ok() const { return tooMuch.isEmpty() && missing.isEmpty(); }
        // A paragraph for the window and the log; empty when all is well.
        QString message() const;
    };
    const PrivilegeReport &privilegeReport() const { return m_privileges; }

    static int currentSchemaVersion();
    int schemaVersion() const;

    // Idempotent by reference: given the reference of an earlier submit of the same request (Send pressed again
    // after an error), a request already stored under it is returned rather than stored twice. Empty: a new one.
    // On PostgreSQL a lost connection is opened again and the save tried once more, under the same reference; so are
    // the reads and deletions below (find, history, remove, count, list, listRequests, auditTrail, purgeClosed).
    std::optional<StoredRequest> submit(const ConsultationRequest &request, const QString &reference = QString());
    std::optional<StoredRequest> find(qint64 id);
    std::optional<StoredRequest> findByReference(const QString &reference);
    bool setStatus(qint64 id, const QString &status, const QString &note);
    QList<StatusChange> history(qint64 id);
    bool remove(qint64 id);

    // How many requests the filter holds. With atMost > 0 counting stops past atMost (the answer is then
    // atMost + 1): a common word among a million requests costs a page's worth of reading, not the whole table.
    int count(const Filter &filter, int atMost = 0);
    // The inbox counts exactly up to here; past it it says "more than 1,000", which no one needs more precisely.
    static constexpr int kInboxCountLimit = 1000;
    // Newest first. after: the last row of the previous page (keyset paging, fast at any depth).
    QList<ListRow> list(const Filter &filter, int limit, const ListRow *after = nullptr);
    // The same pages with every field, for exports; nullopt if the database could not be read.
    std::optional<QList<StoredRequest>> listRequests(const Filter &filter, int limit, const ListRow *after = nullptr);

    // Keeping and letting go. Deletes the closed requests whose closing is more than `months` months before `now`,
    // each deletion written to the audit trail; other statuses are never touched. The number deleted, or -1.
    int purgeClosed(int months, const QDateTime &now);
    // What was deleted, and when and why, newest first: the audit trail outlives the requests it speaks of.
    struct AuditEntry
    {
        QDateTime at;  // UTC
        QString action;     // "deleted", "deleted-retention", "restored"
        QString reference;  // the request's reference number
        QString detail;
        QString by;  // PostgreSQL: the role that signed in (empty on SQLite and before schema 6)
    };
    QList<AuditEntry> auditTrail(int limit = 500);

    // SQLite only: an owner-only copy of the whole database made with SQLite's online backup while it stays in use,
    // and the way back. restoreFrom() first checks that the file is a requests database this program can read.
    bool backupTo(const QString &path);
    bool restoreFrom(const QString &path);

    // The staff passphrase, only ever as an Argon2id hash, with the wrong attempts since the last right one (kept by
    // PassphraseStore). nullopt: the database could not be read (never to be taken for "no passphrase yet").
    std::optional<QString> passphraseHash();
    bool setPassphraseHash(const QString &hash);
    int failedAttempts();
    QDateTime lastFailedAttempt();
    // Seconds since the last wrong passphrase by the database's own clock (PostgreSQL: now() on the server), so that
    // a desk whose clock is ahead cannot shorten the wait; nullopt if there was none or it cannot be read. Never
    // negative: a failure stamped in the future (the clock was set back) has its wait restarted from now.
    std::optional<qint64> secondsSinceLastFailure();
    bool recordAttempt(bool success);

    // A configured location that cannot be used (a malformed URL in the settings): open() fails with this.
    void setUnusable(const QString &why) { m_unusable = why; }
    const QString &unusable() const { return m_unusable; }

    // PostgreSQL, from any thread: breaks the open connection, so that a statement waiting on a server that went
    // silent with the connection still open (which no statement_timeout can end: the server enforces it) fails at
    // once as NotAnswering; the next operation connects again. False if there was no connection to break.
    bool interrupt();
    // Called as each operation starts (opening: a connection is about to be made, which may take longer), so that
    // a watchdog gives every operation of a long job its own time rather than one time for the whole job.
    void setHeartbeat(std::function<void(bool opening)> heartbeat) { m_heartbeat = std::move(heartbeat); }

    // See DamagedFile::moveAside().
    static bool moveAside(const QString &path, QString *movedTo, QString *error);
    static bool isNetworkFileSystem(const QByteArray &type);
    static QString newReference();

    QSqlDatabase database() const;

private:
    // Runs a read or an idempotent change; if it failed because the connection was lost (a server restarted),
    // opens the connection again and runs it once more. Clears the last error first.
    template<typename Run> auto retriedAfterLostConnection(Run run) -> decltype(run());
    bool connectionLost() const;
    // What the public functions of the same names do, once; they retry it after a lost connection.
    QList<StatusChange> historyOnce(qint64 id);
    bool removeOnce(qint64 id);
    int countOnce(const Filter &filter, int atMost);
    QList<ListRow> listOnce(const Filter &filter, int limit, const ListRow *after);
    std::optional<QList<StoredRequest>> listRequestsOnce(const Filter &filter, int limit, const ListRow *after);
    QList<AuditEntry> auditTrailOnce(int limit);
    // Each works on this store's connection and reports through its errors.
    friend class RequestSchema;
    friend class PassphraseStore;

    int purgeClosedOnce(int months, const QDateTime &now);
    bool fail(ErrorKind kind, const QString &message);
    bool failFrom(const class QSqlError &error, const QString &doing);
    bool exec(const QString &sql);
    bool begin();
    // Runs the statements, each with its bound values, in one transaction: all or none.
    bool inTransaction(const QList<QPair<QString, QVariantList>> &statements, const QString &doing);
    bool commit();
    void rollback();
    bool migrate();
    bool migrateLocked();
    void runOptional(const QStringList &statements);
    bool prepareSqliteFile();
    bool openConnection();
    bool checkAndTuneSqlite();
    bool isOurs();
    enum class Insert { Stored, Taken, Failed };
    Insert insertOnce(StoredRequest *stored);
    bool isSqlite() const { return m_location.kind == DatabaseLocation::Kind::Sqlite; }
    // The WHERE clause of a filter and the query for one page of it; nullopt if the search index could not be read.
    // newestFirst: read the requests in date order rather than through the search index.
    std::optional<QString> filterSql(const Filter &filter, QVariantList *values, bool newestFirst = false);
    // newestFirst, if given, says whether the page reads the requests in date order (see manyHold()).
    std::optional<QString> pageSql(const QString &columns, const Filter &filter, const ListRow *after, int limit,
                                   QVariantList *values, bool *newestFirst = nullptr);
    // SQLite: the FTS5 query for the requests holding the text; nullopt if the index could not be read.
    std::optional<QString> sqliteTextQuery(const QString &text);
    // Whether so many requests hold the searched text that a page is found sooner by reading newest first (SQLite,
    // and PostgreSQL's 1–2 character searches, whose index finds every holder before the first can be sorted).
    bool manyHold(const Filter &filter, int limit);
    StoredRequest fromCurrentRow(const class QSqlQuery &query) const;
    // ownOnly: by reference, the way a desk may read on PostgreSQL (only a request of the last day).
    std::optional<StoredRequest> findWhere(const char *column, const QVariant &value, bool ownOnly = false);
    // submit()'s look at a request already stored under a reference, the way a desk may take on PostgreSQL.
    std::optional<StoredRequest> findOwnByReference(const QString &reference);

    // Prepared once per connection: a durable submit then costs one round trip to a server, not three.
    std::unique_ptr<class QSqlQuery> m_insertRequest;
    std::unique_ptr<class QSqlQuery> m_insertHistory;
    // The database has indexes for searching text of three characters or more and of one or two (SQLite always,
    // from schema 4; PostgreSQL if the server let the upgrade make them).
    bool m_textIndex = false;
    bool m_shortTextIndex = false;
    QString m_connection;
    QString m_unusable;
    DatabaseLocation m_location;
    Timeouts m_timeouts;
    Error m_error;
    // The socket of the open PostgreSQL connection, for interrupt() from another thread; -1 when there is none.
    // The lock keeps the socket from being closed (and its number reused) while interrupt() breaks it.
    std::mutex m_socketLock;
    int m_socket = -1;
    std::atomic<bool> m_interrupted = false;
    Role m_role = Role::Unknown;
    std::function<void(bool opening)> m_heartbeat;
    PrivilegeReport m_privileges;
};

} // namespace als
