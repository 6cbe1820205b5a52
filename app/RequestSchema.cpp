#include "RequestSchema.h"

#include "StoredTime.h"

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

// PostgreSQL, schema 6: the functions every role but the owner works through. Each runs with its owner's rights
// (SECURITY DEFINER), so each finds the tables only in the schema they were made in (and pg_temp last), never in
// one a caller could put first.
QStringList postgresFunctions()
{
    const QString nowIso = QLatin1String(kPostgresNowIso);
    const QString definer = QStringLiteral("SECURITY DEFINER SET search_path FROM CURRENT");
    return {
        // What FROM CURRENT above captures: this schema alone, then pg_temp. Until the end of the upgrade only.
        QStringLiteral("SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true)"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN by_role TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit ALTER COLUMN by_role SET DEFAULT session_user"),
        // A new request and the first line of its history in one call. Always a new one: the status and the
        // time are the store's to give, never the caller's (a desk's clock, or a forged call, could otherwise keep a
        // request readable by reference for years and first in the inbox).
        QStringLiteral("CREATE FUNCTION als_submit_request(r jsonb) RETURNS bigint LANGUAGE plpgsql %1 AS $$ "
                       "DECLARE n requests := jsonb_populate_record(NULL::requests, r); "
                       "BEGIN "
                       "n.id := nextval('requests_id_seq'); "
                       "n.status := 'new'; "
                       "n.created_at := %2; "
                       "INSERT INTO requests SELECT n.*; "
                       "INSERT INTO status_changes (request_id, changed_at, status, note) "
                       "VALUES (n.id, n.created_at, n.status, ''); "
                       "RETURN n.id; END $$")
            .arg(definer, nowIso),
        // Only a request whose reference the caller knows, and only for a day: long enough to tell whether a
        // save whose answer was lost went through, too short to read a visitor's request back from a receipt.
        QStringLiteral("CREATE FUNCTION als_request_by_reference(ref text) RETURNS SETOF requests LANGUAGE sql STABLE "
                       "%1 AS $$ SELECT * FROM requests WHERE reference = ref AND created_at::timestamptz > now() - "
                       "interval '1 day' $$")
            .arg(definer),
        // The passphrase's Argon2id hash and the lock-out record, for checking a passphrase on the desk (libsodium
        // there; the server has no Argon2id). Never the way to change them.
        QStringLiteral("CREATE FUNCTION als_sign_in_state() RETURNS SETOF staff LANGUAGE sql STABLE %1 AS $$ "
                       "SELECT * FROM staff $$")
            .arg(definer),
        QStringLiteral(
            "CREATE FUNCTION als_record_attempt(success boolean) RETURNS integer LANGUAGE sql %1 AS $$ "
            "WITH u AS (UPDATE staff SET failed_attempts = CASE WHEN success THEN 0 ELSE failed_attempts + 1 "
            "END, last_failed_at = CASE WHEN success THEN NULL ELSE %2 END WHERE id = 1 RETURNING 1) "
            "SELECT CAST(count(*) AS integer) FROM u $$")
            .arg(definer, nowIso),
        // A failure stamped in the future (the clock was set back): its wait starts again from now.
        QStringLiteral("CREATE FUNCTION als_restart_failure_wait() RETURNS void LANGUAGE sql %1 AS $$ "
                       "UPDATE staff SET last_failed_at = %2 WHERE id = 1 AND last_failed_at::timestamptz > now() $$")
            .arg(definer, nowIso),
        // Deleting writes its audit line in the same transaction, naming the request by its reference only.
        QStringLiteral("CREATE FUNCTION als_delete_request(request bigint) RETURNS boolean LANGUAGE plpgsql %1 AS $$ "
                       "BEGIN "
                       "INSERT INTO audit (at, action, reference, detail) "
                       "SELECT %2, 'deleted', reference, 'status=' || status FROM requests WHERE id = request; "
                       "DELETE FROM status_changes WHERE request_id = request; "
                       "DELETE FROM requests WHERE id = request; "
                       "RETURN FOUND; END $$")
            .arg(definer, nowIso),
        // Keeping and letting go, as RequestStore::purgeClosed() does it on SQLite.
        QStringLiteral(
            "CREATE FUNCTION als_purge_closed(cutoff text, months integer) RETURNS integer LANGUAGE plpgsql %1 AS $$ "
            "DECLARE r record; n integer := 0; stamp text := %2; "
            "BEGIN "
            "FOR r IN SELECT id, reference, closed_at FROM (SELECT id, reference, COALESCE((SELECT MAX(changed_at) "
            "FROM status_changes s WHERE s.request_id = requests.id AND s.status = 'closed'), created_at) AS closed_at "
            "FROM requests WHERE status = 'closed' FOR UPDATE) AS due WHERE closed_at < cutoff LOOP "
            "INSERT INTO audit (at, action, reference, detail) VALUES (stamp, 'deleted-retention', r.reference, "
            "'closed_at=' || r.closed_at || '; months=' || CAST(months AS text)); "
            "DELETE FROM status_changes WHERE request_id = r.id; "
            "DELETE FROM requests WHERE id = r.id; "
            "n := n + 1; "
            "END LOOP; "
            "RETURN n; END $$")
            .arg(definer, nowIso),
    };
}

// PostgreSQL: what each group role may do, given again by the owner at every start (a role IT creates later gets
// its rights then). Nothing for PUBLIC; a group that does not exist is skipped, so a single-role installation keeps
// working as it did (and the self-check says that its one role may do too much).
QString privilegeStatements()
{
    const QString functions = QStringLiteral(
        "als_submit_request(jsonb), als_request_by_reference(text), als_sign_in_state(), als_record_attempt(boolean), "
        "als_restart_failure_wait()");
    const QString staffFunctions = QStringLiteral("als_delete_request(bigint), als_purge_closed(text, integer)");
    return QStringLiteral("DO $$ BEGIN "
                          "REVOKE ALL ON schema_version, requests, status_changes, audit, staff FROM PUBLIC; "
                          "REVOKE ALL ON FUNCTION %1, %2 FROM PUBLIC; "
                          "IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'als_desk') THEN "
                          "REVOKE ALL ON schema_version, requests, status_changes, audit, staff FROM als_desk; "
                          "GRANT SELECT ON schema_version TO als_desk; "
                          "GRANT EXECUTE ON FUNCTION %1 TO als_desk; "
                          "END IF; "
                          "IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'als_staff') THEN "
                          "REVOKE ALL ON schema_version, requests, status_changes, audit, staff FROM als_staff; "
                          "GRANT SELECT ON schema_version TO als_staff; "
                          "GRANT SELECT, UPDATE (status) ON requests TO als_staff; "
                          "GRANT SELECT, INSERT ON status_changes TO als_staff; "
                          "GRANT SELECT ON audit TO als_staff; "
                          "GRANT USAGE ON SEQUENCE status_changes_id_seq TO als_staff; "
                          "GRANT SELECT, INSERT, UPDATE, DELETE ON staff TO als_staff; "
                          "GRANT EXECUTE ON FUNCTION %1, %2 TO als_staff; "
                          "END IF; "
                          "END $$")
        .arg(functions, staffFunctions);
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
        // 6: least privilege on PostgreSQL (see privilegeStatements()). Who deleted, by the role they signed in as.
        // A desk saves, reads back its own request by reference and checks the staff passphrase only through these
        // functions, which run with the owner's rights and do nothing else; the staff deletes only through
        // functions that write the audit line in the same transaction.
        {6, {QStringLiteral("ALTER TABLE audit ADD COLUMN by_role TEXT NOT NULL DEFAULT ''")}, postgresFunctions()},
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
    if (!isSqlite()) {
        // A desk or staff role may not change the tables, and need not: a database already current is used as it
        // is. The owner is whoever may act as the role that owns the tables.
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("SELECT NOT pg_has_role(relowner, 'USAGE'), has_table_privilege(oid, 'SELECT') "
                                   "FROM pg_class WHERE oid = to_regclass('schema_version')")))
            return failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Opening the database"));
        if (q.next() && q.value(0).toBool()) {
            if (!q.value(1).toBool())
                return fail(RequestStore::ErrorKind::Refused,
                            QCoreApplication::translate(
                                "RequestStore",
                                "The database role this program signs in as may not use the database %1 (it lacks "
                                "SELECT on schema_version). Ask the clinic's IT to grant it the role als_desk (a "
                                "desk) or als_staff (the staff inbox). After an update of this program, the owner "
                                "must first upgrade the database once with --migrate-only.")
                                .arg(m_location.displayName()));
            QSqlQuery v(database());
            if (!v.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !v.next())
                return failFrom(v.lastError(), QCoreApplication::translate("RequestStore", "Opening the database"));
            const int version = v.value(0).toInt();
            if (version == currentSchemaVersion())
                return true;
            if (version < currentSchemaVersion())
                return fail(RequestStore::ErrorKind::Refused,
                            QCoreApplication::translate(
                                "RequestStore",
                                "The database %1 has schema %2 and must be upgraded to schema %3 by the role that owns "
                                "its tables. Ask the clinic's IT to run this program once as that role with "
                                "--migrate-only.")
                                .arg(m_location.displayName())
                                .arg(version)
                                .arg(currentSchemaVersion()));
        } else if (!q.isValid()) {
            // No tables yet, and a role that may not make them (a desk's or the staff's): the owner goes first.
            QSqlQuery create(database());
            if (create.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')")) && create.next()
                && !create.value(0).toBool())
                return fail(RequestStore::ErrorKind::Refused,
                            QCoreApplication::translate("RequestStore",
                                                        "The database %1 has no requests tables yet, and the role "
                                                        "this program signs in as may not make them. Ask the "
                                                        "clinic's IT to run this program once as the owner with "
                                                        "--migrate-only.")
                                .arg(m_location.displayName()));
        }
    }
    // An upgrade may build an index over every request: no statement limit then, and a longer wait for the desks
    // that upgrade at the same moment, but never an endless one.
    if (!isSqlite()
        && !(exec(QStringLiteral("SET statement_timeout = 0"))
             && exec(QStringLiteral("SET lock_timeout = %1").arg(m_timeouts.upgradeLockMs))))
        return false;
    // Desks starting together on an empty server: one creates the tables, the others wait for it.
    const bool locked = !isSqlite() && exec(QStringLiteral("SELECT pg_advisory_lock(7141964)"));
    // Tables a member of the owner group creates belong to the group, not to the member who happened to start
    // first: another member of it can upgrade them later.
    const bool asOwnerGroup = !isSqlite() && locked && ownerGroup() && exec(QStringLiteral("SET ROLE als_owner"));
    const bool ok = migrateLocked();
    if (asOwnerGroup)
        exec(QStringLiteral("RESET ROLE"));
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
    if (!isSqlite()) {
        QSqlQuery q(database());
        if (!q.exec(privilegeStatements())) {
            failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Upgrading the database"));
            rollback();
            return false;
        }
    }
    return commit();
}

bool RequestSchema::ownerGroup()
{
    // Only when the group could create the tables here, and owns them if they exist (a database made before the
    // group was, by a member itself, stays its maker's until IT hands it over).
    QSqlQuery q(database());
    return q.exec(QStringLiteral(
               "SELECT 1 FROM pg_roles r WHERE r.rolname = 'als_owner' AND pg_has_role(session_user, r.oid, 'MEMBER') "
               "AND has_schema_privilege(r.oid, current_schema(), 'CREATE') AND COALESCE((SELECT c.relowner = r.oid "
               "FROM pg_class c WHERE c.oid = to_regclass('schema_version')), true)"))
        && q.next();
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

namespace {

// One thing a role may do, and whether a desk's and the staff's job need it.
struct Privilege
{
    const char *
        kind;  // "table": has_any_column_privilege, or has_table_privilege for what no column has; "function"; "sequence"
    const char *object;
    const char *privilege;
    bool desk;
    bool staff;
};

const Privilege kPrivileges[] = {
    {"table", "schema_version", "SELECT", true, true},
    {"table", "requests", "SELECT", false, true},
    {"table", "requests", "INSERT", false, false},
    {"table", "requests", "UPDATE", false, true},
    {"table", "requests", "DELETE", false, false},
    {"table", "requests", "TRUNCATE", false, false},
    {"table", "status_changes", "SELECT", false, true},
    {"table", "status_changes", "INSERT", false, true},
    {"table", "status_changes", "UPDATE", false, false},
    {"table", "status_changes", "DELETE", false, false},
    {"table", "audit", "SELECT", false, true},
    {"table", "audit", "INSERT", false, false},  // only the deleting functions write it
    {"table", "audit", "UPDATE", false, false},
    {"table", "audit", "DELETE", false, false},
    {"table", "audit", "TRUNCATE", false, false},
    {"table", "staff", "SELECT", false, true},
    {"table", "staff", "INSERT", false, true},
    {"table", "staff", "UPDATE", false, true},
    {"table", "staff", "DELETE", false, true},
    {"table", "staff", "TRUNCATE", false, false},
    {"table", "status_changes", "TRUNCATE", false, false},
    {"table", "schema_version", "INSERT", false, false},
    {"table", "schema_version", "UPDATE", false, false},
    {"table", "schema_version", "DELETE", false, false},
    // A trigger on a table runs in every session that writes it: a role that may add one could copy each request.
    {"table", "requests", "TRIGGER", false, false},
    {"table", "status_changes", "TRIGGER", false, false},
    {"table", "audit", "TRIGGER", false, false},
    {"table", "staff", "TRIGGER", false, false},
    {"table", "requests", "REFERENCES", false, false},
    {"sequence", "status_changes_id_seq", "USAGE", false, true},
    {"function", "als_submit_request(jsonb)", "EXECUTE", true, true},
    {"function", "als_request_by_reference(text)", "EXECUTE", true, true},
    {"function", "als_sign_in_state()", "EXECUTE", true, true},
    {"function", "als_record_attempt(boolean)", "EXECUTE", true, true},
    {"function", "als_restart_failure_wait()", "EXECUTE", true, true},
    {"function", "als_delete_request(bigint)", "EXECUTE", false, true},
    {"function", "als_purge_closed(text, integer)", "EXECUTE", false, true},
};

QString sqlText(const char *text)
{
    return QLatin1Char('\'') + QLatin1String(text) + QLatin1Char('\'');
}

}  // namespace

RequestStore::PrivilegeReport RequestSchema::privileges(const QSqlDatabase &database, RequestStore::Role role)
{
    RequestStore::PrivilegeReport report;
    if (role == RequestStore::Role::Unknown || database.driverName() != QLatin1String("QPSQL"))
        return report;
    const bool desk = role == RequestStore::Role::Desk;
    // One query: the role, whether it is a superuser, whether it may act as the tables' owner, then each privilege.
    QStringList columns{QStringLiteral("session_user"),
                        QStringLiteral("(SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"),
                        QStringLiteral("pg_has_role((SELECT relowner FROM pg_class WHERE oid = "
                                       "to_regclass('requests')), 'USAGE')")};
    for (const Privilege &p : kPrivileges) {
        const QString kind = QLatin1String(p.kind);
        // A column's privilege counts too: UPDATE (status) is what the staff is given.
        const QString function = kind == QLatin1String("function") ? QStringLiteral("has_function_privilege")
            : kind == QLatin1String("sequence")                    ? QStringLiteral("has_sequence_privilege")
            : (qstrcmp(p.privilege, "DELETE") == 0 || qstrcmp(p.privilege, "TRUNCATE") == 0
               || qstrcmp(p.privilege, "TRIGGER") == 0)
            ? QStringLiteral("has_table_privilege")
            : QStringLiteral("has_any_column_privilege");
        columns << QStringLiteral("%1(%2, %3)").arg(function, sqlText(p.object), sqlText(p.privilege));
    }
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT ") + columns.join(QLatin1String(", "))) || !q.next()) {
        qCWarning(lcStore).noquote() << "the database role's privileges could not be read:"
                                     << q.lastError().databaseText();
        return report;
    }
    report.checked = true;
    report.roleName = q.value(0).toString();
    if (q.value(1).toBool())
        report.tooMuch << QStringLiteral("superuser");
    else if (q.value(2).toBool())
        report.tooMuch << QStringLiteral("owner of the tables");
    const bool wholesale = !report.tooMuch.isEmpty();
    int i = 3;
    for (const Privilege &p : kPrivileges) {
        const bool has = q.value(i++).toBool();
        const bool needed = desk ? p.desk : p.staff;
        QString object = QLatin1String(p.object);
        object = object.section(QLatin1Char('('), 0, 0);
        const QString what = QStringLiteral("%1 on %2").arg(QLatin1String(p.privilege), object);
        if (needed && !has)
            report.missing << what;
        else if (!needed && has && !wholesale)  // a superuser's or owner's every right is said once, above
            report.tooMuch << what;
    }
    return report;
}

int RequestSchema::migrateOnly(const QString &url, QString *said)
{
    QString problem;
    const std::optional<DatabaseLocation> location = url.isEmpty() ? DatabaseLocation::defaultSqlite()
                                                                   : DatabaseLocation::parse(url, &problem);
    if (!location) {
        *said = problem;
        return 1;
    }
    RequestStore store;
    if (!store.open(*location)) {
        *said = store.lastError().message;
        return 1;
    }
    *said = QCoreApplication::translate("RequestStore", "The database %1 is at schema %2, the one this version uses.")
                .arg(location->displayName())
                .arg(store.schemaVersion());
    if (location->kind == DatabaseLocation::Kind::Sqlite)
        return 0;
    QSqlQuery q(store.database());
    if (!q.exec(
            QStringLiteral("SELECT pg_has_role((SELECT relowner FROM pg_class WHERE oid = to_regclass('requests')), "
                           "'USAGE'), (SELECT string_agg(g, ', ') FROM unnest(ARRAY['als_owner', 'als_desk', "
                           "'als_staff']) AS g WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = g))"))
        || !q.next()) {
        *said = store.lastError().message;
        return 1;
    }
    if (!q.value(0).toBool()) {
        *said += QLatin1Char(' ')
            + QCoreApplication::translate("RequestStore",
                                          "The role signed in as does not own the tables, so no rights were given: "
                                          "run this as a member of als_owner.");
        return 1;
    }
    *said += QLatin1Char(' ')
        + (q.value(1).toString().isEmpty()
               ? QCoreApplication::translate("RequestStore",
                                             "The roles als_desk and als_staff have what a desk and the staff inbox "
                                             "need, and no more.")
               : QCoreApplication::translate("RequestStore",
                                             "The roles %1 do not exist on this server, so every desk signs in with "
                                             "more than it needs. The README shows the lines that make them.")
                     .arg(q.value(1).toString()));
    return 0;
}

}  // namespace als
