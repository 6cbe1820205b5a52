#include "RequestSchema.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace als {

namespace {

// One migration per schema version. Each runs in a transaction; an older file is upgraded in place.
struct Migration
{
    int version;
    QStringList sqlite;
    QStringList postgres;
    // Groups of PostgreSQL statements the upgrade may go without (an extension the server does not offer or this
    // role may not create): each runs under a savepoint, and after a failure the rest of its group is skipped and
    // the reason logged. Nothing depends on them for being right, only for being fast.
    QList<QStringList> postgresOptional = {};
};

QString searchedColumns()
{
    QStringList names;
    for (const char *column : kSearchedColumns)
        names << QLatin1String(column);
    return names.join(QLatin1String(", "));
}

// SQLite: what the trigram index holds for one request, one column per searched text. Each ends in two line feeds
// so that every character is the first of some trigram, which lets one- and two-character searches use the index
// too (see filterSql).
QString sqliteIndexedValues(const QString &row)
{
    QStringList values;
    for (const char *column : kSearchedColumns)
        values << QStringLiteral("coalesce(%1.%2, '') || char(10, 10)").arg(row, QLatin1String(column));
    return values.join(QLatin1String(", "));
}

QList<Migration> migrations()
{
    const QString requestColumns = QStringLiteral(
        "reference TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'new', "
        "writer TEXT NOT NULL, name TEXT NOT NULL, age INTEGER, sex TEXT, prefecture TEXT, medical_history TEXT, "
        "current_problem TEXT, problem_since TEXT, treatments TEXT, current_condition TEXT, question TEXT NOT NULL, "
        "email TEXT, phone TEXT, consent INTEGER NOT NULL");
    return {
        {1,
         {QStringLiteral("CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT, ") + requestColumns
          + QLatin1Char(')')},
         {QStringLiteral("CREATE TABLE requests (id BIGSERIAL PRIMARY KEY, ") + requestColumns + QLatin1Char(')')}},
        // 2: the audit trail of status changes, the language of the request, indexes for the inbox, the staff secret.
        {2,
         {QStringLiteral("ALTER TABLE requests ADD COLUMN language TEXT"),
          QStringLiteral(
              "CREATE TABLE status_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, request_id INTEGER NOT NULL "
              "REFERENCES requests(id) ON DELETE CASCADE, changed_at TEXT NOT NULL, status TEXT NOT NULL, note TEXT)"),
          QStringLiteral("INSERT INTO status_changes (request_id, changed_at, status, note) SELECT id, created_at, "
                         "status, '' FROM requests"),
          QStringLiteral("CREATE INDEX requests_by_time ON requests (created_at, id)"),
          QStringLiteral("CREATE INDEX requests_by_status_time ON requests (status, created_at, id)"),
          QStringLiteral("CREATE INDEX status_changes_by_request ON status_changes (request_id)"),
          QStringLiteral("CREATE TABLE staff (id INTEGER PRIMARY KEY CHECK (id = 1), passphrase_hash TEXT NOT NULL, "
                         "failed_attempts INTEGER NOT NULL DEFAULT 0)")},
         {QStringLiteral("ALTER TABLE requests ADD COLUMN language TEXT"),
          QStringLiteral("CREATE TABLE status_changes (id BIGSERIAL PRIMARY KEY, request_id BIGINT NOT NULL "
                         "REFERENCES requests(id) ON DELETE CASCADE, changed_at TEXT NOT NULL, status TEXT NOT NULL, "
                         "note TEXT)"),
          QStringLiteral("INSERT INTO status_changes (request_id, changed_at, status, note) SELECT id, created_at, "
                         "status, '' FROM requests"),
          QStringLiteral("CREATE INDEX requests_by_time ON requests (created_at, id)"),
          QStringLiteral("CREATE INDEX requests_by_status_time ON requests (status, created_at, id)"),
          QStringLiteral("CREATE INDEX status_changes_by_request ON status_changes (request_id)"),
          QStringLiteral("CREATE TABLE staff (id INTEGER PRIMARY KEY CHECK (id = 1), passphrase_hash TEXT NOT NULL, "
                         "failed_attempts INTEGER NOT NULL DEFAULT 0)")}},
        // 3: when the last wrong passphrase was typed, so the wait it costs holds across restarts and desks.
        {3,
         {QStringLiteral("ALTER TABLE staff ADD COLUMN last_failed_at TEXT")},
         {QStringLiteral("ALTER TABLE staff ADD COLUMN last_failed_at TEXT")}},
        // 4: an index for searching the inbox's texts, filled from the requests already there and kept in step by
        // the database itself. SQLite: FTS5 with the trigram tokenizer, contentless (the texts are not stored twice),
        // its terms listed by fts5vocab for searches shorter than a trigram. PostgreSQL: pg_trgm's GIN index, and one
        // of its own for searches of one or two characters.
        {4,
         {QStringLiteral("CREATE VIRTUAL TABLE requests_text USING fts5(%1, tokenize = 'trigram', content = '')")
              .arg(searchedColumns()),
          QStringLiteral("CREATE VIRTUAL TABLE requests_text_terms USING fts5vocab(requests_text, 'row')"),
          QStringLiteral("INSERT INTO requests_text (rowid, %1) SELECT id, %2 FROM requests")
              .arg(searchedColumns(), sqliteIndexedValues(QStringLiteral("requests"))),
          QStringLiteral("CREATE TRIGGER requests_text_insert AFTER INSERT ON requests BEGIN "
                         "INSERT INTO requests_text (rowid, %1) VALUES (new.id, %2); END")
              .arg(searchedColumns(), sqliteIndexedValues(QStringLiteral("new"))),
          // A contentless table forgets a row only when told exactly what it held: the old values, built the same way.
          QStringLiteral("CREATE TRIGGER requests_text_delete AFTER DELETE ON requests BEGIN "
                         "INSERT INTO requests_text (requests_text, rowid, %1) VALUES ('delete', old.id, %2); END")
              .arg(searchedColumns(), sqliteIndexedValues(QStringLiteral("old"))),
          QStringLiteral("CREATE TRIGGER requests_text_update AFTER UPDATE OF %1 ON requests BEGIN "
                         "INSERT INTO requests_text (requests_text, rowid, %1) VALUES ('delete', old.id, %2); "
                         "INSERT INTO requests_text (rowid, %1) VALUES (new.id, %3); END")
              .arg(searchedColumns(), sqliteIndexedValues(QStringLiteral("old")),
                   sqliteIndexedValues(QStringLiteral("new")))},
         {},
         {{QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
           QStringLiteral("CREATE INDEX requests_text_trgm ON requests USING gin ((%1) gin_trgm_ops)")
               .arg(postgresIndexedText())},
          // pg_trgm cannot narrow a search of one or two characters (a Japanese name is often two): every
          // one- and two-character piece of the texts, in a GIN index of its own, can.
          {QStringLiteral("CREATE OR REPLACE FUNCTION request_text_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE "
                          "STRICT "
                          "PARALLEL SAFE AS $$ SELECT array_agg(DISTINCT g) FROM (SELECT substr(t, i, 2) FROM "
                          "generate_series(1, length(t)) AS i UNION ALL SELECT substr(t, i, 1) FROM "
                          "generate_series(1, length(t)) AS i) AS grams (g) $$"),
           QStringLiteral("CREATE INDEX requests_text_grams ON requests USING gin (request_text_grams(%1))")
               .arg(postgresIndexedText())}}},
        // 5: the audit trail of deletions and restores. Append-only: the database itself refuses to change or
        // remove a line, whoever asks.
        {5,
         {QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, action TEXT NOT "
                         "NULL, "
                         "reference TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN "
                         "SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
          QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN "
                         "SELECT RAISE(ABORT, 'the audit trail is append-only'); END")},
         {QStringLiteral("CREATE TABLE audit (id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, "
                         "reference TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                         "'BEGIN RAISE EXCEPTION ''the audit trail is append-only''; END'"),
          QStringLiteral("CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit "
                         "FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()")}},
    };
}

}  // namespace

QString postgresIndexedText()
{
    QStringList values;
    for (const char *column : kSearchedColumns)
        values << QStringLiteral("coalesce(%1, '')").arg(QLatin1String(column));
    return QStringLiteral("lower(") + values.join(QLatin1String(" || E'\\n' || ")) + QLatin1Char(')');
}

RequestSchema::RequestSchema(RequestStore &store)
    : m_store(store)
    , m_timeouts(store.m_timeouts)
    , m_location(store.m_location)
{
}

int RequestSchema::currentSchemaVersion()
{
    return migrations().constLast().version;
}

int RequestSchema::schemaVersion(const QSqlDatabase &database)
{
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool RequestSchema::migrate()
{
    // An upgrade may build an index over every request: no statement limit then, and a longer wait for the desks
    // that upgrade at the same moment, but never an endless one.
    if (!isSqlite()
        && !(exec(QStringLiteral("SET statement_timeout = 0"))
             && exec(QStringLiteral("SET lock_timeout = %1").arg(m_timeouts.upgradeLockMs))))
        return false;
    // Desks starting together on an empty server: one creates the tables, the others wait for it.
    const bool locked = !isSqlite() && exec(QStringLiteral("SELECT pg_advisory_lock(7141964)"));
    const bool ok = migrateLocked();
    if (locked)
        exec(QStringLiteral("SELECT pg_advisory_unlock(7141964)"));
    // Back to the limits the connection was opened with.
    if (!isSqlite() && ok)
        return exec(QStringLiteral("RESET statement_timeout")) && exec(QStringLiteral("RESET lock_timeout"));
    return ok;
}

bool RequestSchema::migrateLocked()
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
        return fail(
            RequestStore::ErrorKind::NewerSchema,
            QCoreApplication::translate("RequestStore",
                                        "The database %1 was made by a newer version of this program (schema %2). "
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
        if (!isSqlite()) {
            for (const QStringList &group : m.postgresOptional)
                runOptional(group);
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

void RequestSchema::runOptional(const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(database());
        q.exec(QStringLiteral("SAVEPOINT optional"));
        if (!q.exec(sql)) {
            // The server's own words go to the log here: they name an extension or a privilege, never a request.
            qCWarning(lcStore).noquote() << "optional upgrade step skipped, searching stays a full scan:"
                                         << q.lastError().databaseText();
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT optional"));
            return;
        }
        q.exec(QStringLiteral("RELEASE SAVEPOINT optional"));
    }
}

}  // namespace als
