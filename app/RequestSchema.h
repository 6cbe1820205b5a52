#pragma once

#include "RequestStore.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace als {

// The free texts the inbox searches, as the text filter has always searched them.
inline const char *const kSearchedColumns[] = {
    "reference",         "name",  "question", "medical_history", "current_problem", "treatments",
    "current_condition", "email", "phone"};

// PostgreSQL: every searched text lower-cased in one value, for one pg_trgm index that serves `LIKE '%...%'`.
QString postgresIndexedText();

// The tables of the requests database and the way an older one is upgraded: one migration per schema version, all
// of them in one transaction, under an advisory lock on PostgreSQL so that desks starting together wait for each
// other. Works on the store's open connection and reports through the store's errors.
class RequestSchema final
{
public:
    explicit RequestSchema(RequestStore &store);

    static int currentSchemaVersion();
    // 0 if the database has no schema yet (or it cannot be read).
    static int schemaVersion(const QSqlDatabase &database);
    // Brings the database to the current schema. A role that may not change the tables can still use a database
    // that is already current; one that is older is then refused with a message saying who must upgrade it.
    bool migrate();
    // --migrate-only: opens the database at this address (which upgrades it, and on PostgreSQL gives the group roles
    // their rights when the role signed in as owns the tables), and says in a sentence or two what was done or why
    // not. 0 when the database is current.
    static int migrateOnly(const QString &url, QString *said);
    // PostgreSQL: what the signed-in role may do against what the role's job needs (see RequestStore).
    static RequestStore::PrivilegeReport privileges(const QSqlDatabase &database, RequestStore::Role role);

private:
    bool migrateLocked();
    // PostgreSQL: whether this session should make and upgrade the tables as the group role als_owner.
    bool ownerGroup();
    void runOptional(const QStringList &statements);

    // The store's connection and error reporting, under the names the migration code has always used.
    QSqlDatabase database() const { return m_store.database(); }
    bool isSqlite() const { return m_store.isSqlite(); }
    bool exec(const QString &sql) { return m_store.exec(sql); }
    bool begin() { return m_store.begin(); }
    bool commit() { return m_store.commit(); }
    void rollback() { m_store.rollback(); }
    bool fail(RequestStore::ErrorKind kind, const QString &message) { return m_store.fail(kind, message); }
    bool failFrom(const class QSqlError &error, const QString &doing) { return m_store.failFrom(error, doing); }
    int schemaVersion() const { return schemaVersion(database()); }

    RequestStore &m_store;
    const RequestStore::Timeouts &m_timeouts;
    const DatabaseLocation &m_location;
};

}  // namespace als
